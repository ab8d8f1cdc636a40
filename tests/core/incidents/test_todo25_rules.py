"""Rules of session 25's leftover items: equipment by its doer, not its object; origin places named
before a relative clause of fire; a ground force destroying a launcher.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze
from incident_fixtures import coded

DAY = date(2015, 8, 12)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _equipment(text: str) -> list[tuple[str, str]]:
    return [(e["name_en"], e["fate"]) for i in analyze(text, DAY).incidents for e in i.equipment]


SHELLED = "قصف الحوثيون حي الروضة في مدينة تعز أمس، {}."


def test_rockets_that_destroyed_homes_are_no_equipment_lost() -> None:
    """«ودمرت صواريخ الكاتيوشا منازل المواطنين»: the rockets are the verb's doer (an object follows
    them), not something destroyed (they were listed as destroyed Katyusha rockets)."""
    assert _equipment(SHELLED.format("ودمرت صواريخ الكاتيوشا منازل المواطنين")) == []
    assert _equipment(SHELLED.format("ودمرت قذيفة هاون المنزل")) == []


@pytest.mark.parametrize("told", ["ودمرت دبابة للحوثيين", "ودُمرت دبابة", "وتم تدمير دبابة للحوثيين",
                                  "ودمرت المقاومة دبابة", "ودمرت المدفعية أمس دبابة"])
def test_a_tank_the_verb_acts_on_is_destroyed(told: str) -> None:
    """A passive «دمرت دبابة للحوثيين» (no object after it), «دُمرت», «تم تدمير», and a tank after
    the verb's subject are the thing destroyed — the doer before it is not («المدفعية»)."""
    assert _equipment(SHELLED.format(told)) == [("Tank", "destroyed")]


def test_air_defences_that_downed_a_drone_are_its_doer() -> None:
    """«وأسقطت الدفاعات الجوية طائرة بدون طيار»: the drone was downed, the air defences downed it."""
    got = _equipment("اشتبكت المقاومة مع الحوثيين في مأرب أمس، وأسقطت الدفاعات الجوية طائرة بدون طيار.")
    assert got == [("Drone", "destroyed")]


def test_a_passive_list_of_vehicles_is_all_destroyed() -> None:
    got = _equipment("اشتبكت المقاومة مع الحوثيين في مأرب أمس، ودمرت دبابة وعربتان مدرعتان.")
    assert got == [("Tank", "destroyed"), ("Armoured vehicle", "destroyed")]


def _coded(text: str) -> list[tuple[str, str, str, str]]:
    return coded(text, DAY, "event_type", "sub_event_type", "actor1", "actor2")


@pytest.mark.parametrize("told", ["ودمرت المقاومة منصة إطلاق صواريخ للحوثيين في مديرية صرواح بمأرب أمس.",
                                  "دمرت المقاومة أمس راجمة صواريخ تابعة للحوثيين في مديرية صرواح بمأرب."])
def test_a_ground_force_destroying_a_launcher_fought(told: str) -> None:
    """«ودمرت المقاومة منصة إطلاق صواريخ للحوثيين»: the launcher destroyed is no shelling, and a
    ground force destroyed it in a fight — an armed clash between the two (as the gold codes «أعطبت
    سيارة كانت تقل مسلحين حوثيين», «تدمير دفاعات ميليشيات الحوثي»); before, nothing was coded."""
    assert _coded(told) == [("Battles", "Armed clash", "Popular Resistance", "Houthis (Ansar Allah)")]


def test_rockets_seized_or_destroyed_from_the_air_stay_as_they_were() -> None:
    """Seized rockets still code nothing; a launcher the coalition's aircraft destroyed is their strike."""
    assert _coded("غنمت المقاومة صواريخ كاتيوشا في مديرية صرواح بمأرب أمس.") == []
    got = _coded("دمر طيران التحالف عربة كاتيوشا تابعة للحوثيين في مديرية صرواح بمأرب أمس.")
    assert [g[:2] for g in got] == [("Explosions/Remote violence", "Air/drone strike")]


def test_a_ground_force_disabling_a_tank_fought() -> None:
    """«تمكن رجال المقاومة أمس من إعطاب دبابة تابعة للمسلحين الحوثيين»: a clash, the tank its equipment."""
    got = analyze("وتمكن رجال المقاومة أمس من إعطاب دبابة تابعة للمسلحين الحوثيين في مديرية صرواح بمأرب.", DAY).incidents
    assert [(i.event_type, i.sub_event_type, [e["name_en"] for e in i.equipment]) for i in got] == \
        [("Battles", "Armed clash", ["Tank"])]


def test_destroying_beside_a_strike_is_the_strike() -> None:
    """A weak fight: a strike told in its sentence is the event, no clash beside it."""
    got = _coded("شنت طائرات التحالف غارات على مواقع الحوثيين في مديرية صرواح بمأرب أمس، ودمرت المقاومة دبابة لهم.")
    assert [g[:2] for g in got] == [("Explosions/Remote violence", "Air/drone strike")]
