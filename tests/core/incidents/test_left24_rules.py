"""Rules added for two patterns the session-24 error analyses found and left: a weapon that is the
thing destroyed is equipment, not a shelling of its own; a place fire or forces came from is not
where the event happened.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 2)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _incidents(text: str):
    return analyze(text, DAY).incidents


def _found(text: str) -> list[tuple[str, str]]:
    return sorted((i.sub_event_type, i.location.text if i.location else "") for i in _incidents(text))


def test_a_rocket_vehicle_the_aircraft_destroyed_is_their_strikes_target() -> None:
    """«دمر طيران التحالف عربة كاتيوشا»: the Katyusha is what the strike destroyed (equipment), not
    the weapon of a shelling of its own; so are rockets named by their vehicle or platform after a
    destroy verb with no doer of its own («… ودمر عربة كاتيوشا»)."""
    incidents = _incidents("ودمر طيران التحالف أمس عربة كاتيوشا تابعة للحوثيين في مديرية صرواح بمحافظة مأرب.")
    assert [i.sub_event_type for i in incidents] == ["Air/drone strike"]
    assert [e["fate"] for e in incidents[0].equipment] == ["destroyed"]
    found = _found("وشن طيران التحالف أمس غارات على مواقع الحوثيين في مديرية صرواح بمأرب ودمر عربة كاتيوشا.")
    assert [s for s, _ in found] == ["Air/drone strike"]


def test_rocket_platforms_the_coalition_destroyed_are_an_air_strike() -> None:
    """«كما دمر التحالف أربع منصات لإطلاق صواريخ الكاتيوشا»: the coalition (which strikes from the
    air) destroying launch platforms is its air strike, not a shelling by it."""
    found = _found("كما دمر التحالف أمس أربع منصات لإطلاق صواريخ الكاتيوشا قرب جسر الحسيني في محافظة لحج.")
    assert [s for s, _ in found] == ["Air/drone strike"]


def test_a_rocket_launcher_a_ground_force_destroyed_is_no_shelling() -> None:
    """«تدمير منصة صواريخ», «دمرت المقاومة راجمة صواريخ»: equipment lost, as a seized one is
    («غنمت»): no shelling told."""
    assert not any(s == "Shelling/artillery/missile attack" for s, _ in _found(
        "وتمكنت المقاومة أمس من تدمير منصة صواريخ للحوثيين في منطقة العند بمحافظة لحج."))
    assert not any(s == "Shelling/artillery/missile attack" for s, _ in _found(
        "ودمرت المقاومة الشعبية أمس راجمة صواريخ تابعة للحوثيين في مديرية الزاهر بمحافظة البيضاء."))


def test_rockets_that_destroy_or_that_vehicles_fire_are_still_shelling() -> None:
    """The weapon as the doer of the destroy verb («دمرت صواريخ الكاتيوشا منازل») or a vehicle that
    fires («قصفت عربات الكاتيوشا مواقع») is fire: the shelling stays."""
    assert [s for s, _ in _found("ودمرت صواريخ الكاتيوشا أمس منازل المواطنين في مدينة تعز.")] \
        == ["Shelling/artillery/missile attack"]
    assert [s for s, _ in _found("وقصفت عربات الكاتيوشا أمس مواقع الحوثيين في منطقة العند بلحج.")] \
        == ["Shelling/artillery/missile attack"]


def test_a_place_after_min_nahiya_or_min_jiha_is_where_fire_came_from() -> None:
    """«من ناحية / من جهة / من اتجاه» + a place (`origin_cues`): the side the fire came from, not a
    second target, when the clause names another place; also a town the origin is told near
    («من ناحية المدينة الخضراء جنوب الحوطة»): the shelling stays where it fell."""
    assert _found("وقصف الحوثيون أمس مدينة زنجبار من ناحية مدينة شقرة.") \
        == [("Shelling/artillery/missile attack", "مدينة زنجبار")]
    incidents = _incidents("وقال مدير عام مديرية دار سعد إن ميليشيات الحوثي قصفت أمس هذه الأحياء بصواريخ "
                           "الكاتيوشا، لافتا إلى أن إطلاق الصواريخ كان من ناحية المدينة الخضراء جنوب الحوطة "
                           "عاصمة محافظة لحج.")
    assert [(i.sub_event_type, i.location.admin1_en) for i in incidents] \
        == [("Shelling/artillery/missile attack", "Aden")]


def test_a_place_rockets_or_forces_set_out_from_is_not_the_events() -> None:
    """«صواريخ انطلقت من مدينة شقرة على مدينة زنجبار», «قوات قدمت من مديرية مكيراس»: where they set
    out from (another place named in the clause is the event's)."""
    assert _found("وسقطت أمس صواريخ انطلقت من مدينة شقرة على مدينة زنجبار بمحافظة أبين.") \
        == [("Shelling/artillery/missile attack", "مدينة زنجبار")]
    incidents = _incidents("واشتبكت المقاومة أمس مع قوات حوثية قدمت من مديرية مكيراس في مدينة لودر.")
    assert [(i.sub_event_type, i.location.admin1_en) for i in incidents] == [("Armed clash", "Abyan")]


def test_a_place_fire_is_told_to_come_from_in_a_relative_clause_is_its_origin() -> None:
    """«منطقة الفيصل التي كانوا يقصفون منها المدينة»: a relative pronoun, a verb of fire or setting
    out (`origin_relative_verbs`) and «منها» tell where the fire came from; the deed a relative
    clause tells at its place («قاعدة العند التي طرد منها المتمردون») stays there."""
    assert _found("وقصفت الميليشيات أمس بصواريخ الكاتيوشا حي المنصورة في مدينة عدن من منطقة الفيصل التي "
                  "كانوا يقصفون منها المدينة.") == [("Shelling/artillery/missile attack", "المنصورة")]
    found = _found("وتمكنت المقاومة أمس من تحرير مدينة الحوطة وقاعدة العند التي طرد منها المتمردون.")
    assert sorted(p for _, p in found) == ["قاعدة العند", "مدينة الحوطة"]
