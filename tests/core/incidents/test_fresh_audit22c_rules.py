"""Rules added after the fresh-article audit 22c (seeds 2211–2213: a coder's reading of
never-coded war news).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 6)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _places(text: str, title: str = "") -> list[tuple[str, str]]:
    return [(i.location.admin1_en, i.sub_event_type) for i in analyze(text, DAY, title).incidents if i.location]


@pytest.mark.parametrize("text, admin1", [
    ("دارت أمس معارك عنيفة بين رجال المقاومة ومسلحي الحوثي في محيط مدينة تعز.", "Taizz"),
    ("قصفت مقاتلات التحالف فجر اليوم تجمعات للمتمردين في ضواحي مدينة ذمار.", "Dhamar"),
])
def test_a_city_after_a_generic_head_is_that_city_not_algiers(text: str, admin1: str) -> None:
    """«في محيط مدينة تعز», «في ضواحي مدينة ذمار»: the indefinite «مدينة» (a city) after a generic
    head (محيط, ضواحي, منطقة) is the head of the name that follows, not a name of its own — the
    gazetteer lists «مدينة» among Algiers' Arabic names, which put the fight in Algeria."""
    places = _places(text)
    assert places and all(a == admin1 for a, _ in places), places


def test_a_human_rights_ministers_headline_is_no_rights_report() -> None:
    """«وزير حقوق الإنسان يدعو …»: «حقوق الإنسان» in a minister's or ministry's title is an office,
    not a rights group's report retelling months of abuses — the shelling he tells of, dated
    yesterday with its toll, is coded; a rights group's headline still sets it aside."""
    text = ("طالبت الوزارة في بيان لها بالتحقيق في القصف الذي شنته ميليشيات الحوثي أمس على حي المنصورة "
            "بمدينة عدن وأدى إلى مقتل 12 مدنيا.")
    for title in ("وزير حقوق الإنسان يطالب بالتحقيق في جرائم الحوثيين بعدن",
                  "وزارة حقوق الإنسان تدين قصف الأحياء السكنية"):
        doc = analyze(text, DAY, title)
        assert [(i.location.admin1_en, i.fatalities) for i in doc.incidents] == [("Aden", 12)], title
    doc = analyze(text, DAY, "هيومن رايتس ووتش تطالب بالتحقيق في جرائم الحوثيين بعدن")
    assert not doc.incidents and doc.set_aside


def test_a_taking_told_days_back_in_a_relative_clause_describes_a_place() -> None:
    """«معسكر كذا القريب من قاعدة العند التي استعادها الثوار قبل يومين شهد مواجهات»: a taking told in a
    relative clause right before the sentence goes on to its own event, and not dated to the day or
    the day before, describes the place; the event is the fight, not a retaking at the camp."""
    for day in ("قبل ثلاثة أيام", "قبل يومين"):
        text = ("ذكر المركز الإعلامي للمقاومة أن معسكر لبوزة الذي يقع شمال غرب قاعدة العند الاستراتيجية التي "
                f"حررها الثوار {day} شهد اشتباكات متقطعة بين رجال المقاومة الشعبية والمسلحين الحوثيين.")
        assert _places(text) == [("Lahij", "Armed clash")], day
    text = ("شهدت مديرية صرواح التي حررتها القوات الحكومية الشهر الماضي اشتباكات متقطعة أمس بين الجيش "
            "والمسلحين الحوثيين.")
    assert _places(text) == [("Marib", "Armed clash")]


def test_a_taking_told_alone_in_a_relative_clause_is_still_the_event() -> None:
    """«… في مدينة زنجبار التي استعادها الثوار» with no other event after it: the taking is told."""
    text = "وصلت تعزيزات عسكرية أمس إلى مدينة زنجبار التي استعادها الثوار من قبضة الحوثيين."
    assert [s for _, s in _places(text)] == ["Government regains territory"]


def test_strikes_near_the_capital_then_placed_in_sanaa_governorate_are_one_event() -> None:
    """«غارتان على معسكر في ضواحي العاصمة صنعاء» then, the very next sentence, «… في مديرية بني مطر
    التابعة لمحافظة صنعاء»: the capital told loosely (near it, not in it) and the governorate that
    bears its name are one strike, at the district; strikes told in the city itself stay apart."""
    text = ("أغارت مقاتلات التحالف فجر اليوم بغارتين على مخازن أسلحة للحوثيين في ضواحي العاصمة صنعاء. "
            "وأفاد سكان بأن الغارتين استهدفتا مخازن في مديرية بني مطر التابعة لمحافظة صنعاء.")
    assert _places(text) == [("Sanaa", "Air/drone strike")]
    text = ("أغارت مقاتلات التحالف فجر اليوم على مواقع للحوثيين في العاصمة صنعاء. "
            "وأغارت مقاتلات التحالف على مديرية بني مطر التابعة لمحافظة صنعاء.")
    assert sorted(_places(text)) == [("Amanat al Asimah", "Air/drone strike"), ("Sanaa", "Air/drone strike")]
