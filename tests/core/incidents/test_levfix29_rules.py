"""Rules added after reading the non-Yemen gold files (session 29, levfix): fighters counted with
a quantity word («عدد من عناصر …»), …

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

MONDAY = date(2015, 8, 10)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _kinds(text: str, day: date = MONDAY) -> list[tuple[str, str]]:
    return sorted((i.event_type, i.location.admin1_en if i.location else "") for i in analyze(text, day).incidents)


def test_members_of_a_group_killed_with_a_quantity_word_are_a_fight() -> None:
    """«لقي عدد من عناصر تنظيم داعش مصرعهم»: «عناصر» are members of an armed group; their dead,
    unnumbered but told with a quantity word, are fighters killed — a fight, not an attack on
    civilians (as «لقي 7 عناصر …» already was)."""
    for toll in ("لقي عدد من عناصر تنظيم داعش مصرعهم", "لقي العديد من عناصر تنظيم داعش مصرعهم"):
        text = f"{toll} في اشتباكات متفرقة شرقي مدينة الرمادي بمحافظة الأنبار اليوم."
        assert _kinds(text) == [("Battles", "Al-Anbar")], toll
    text = "وقتل عدد من عناصر ميليشيا الحوثي أمس في مديرية صرواح بمحافظة مأرب."
    assert _kinds(text) == [("Battles", "Marib")]


def test_members_counted_with_no_group_named_are_fighters() -> None:
    """«قتل سبعة عناصر»: members (of a group the sentence leaves unnamed) — fighters."""
    text = "وقتل سبعة عناصر أمس في مدينة الرمادي بمحافظة الأنبار."
    assert [k for k, _ in _kinds(text)] == ["Battles"]


def test_gunmen_who_kill_an_officer_still_attack_him() -> None:
    """The subject of an active kill verb with no quantity word is the killers («قتل مسلحون
    مجهولون ضابطا»): the guard stays."""
    text = "وقتل مسلحون مجهولون ضابطا متقاعدا أمس أمام منزله في مدينة الرمادي بمحافظة الأنبار."
    assert [k for k, _ in _kinds(text)] == ["Violence against civilians"]


def _dated(text: str, day: date = MONDAY) -> list[tuple[str, str]]:
    return sorted((i.sub_event_type, i.date[:7]) for i in analyze(text, day).incidents)


def test_a_relative_clause_of_where_a_place_lies_leaves_the_date_to_the_event() -> None:
    """«سيطر المسلحون على المطار الذي يقع جنوب المدينة، في مطلع مارس 2014»: the relative clause
    tells where the airport lies, at no date; the month and year date the taking — background, no
    new incident. A relative clause of another deed keeps its date («… مستشفى المدينة الذي افتتح
    في مارس الماضي»: the strike of yesterday stands; «… التي أرغمتهم المقاومة، في مايو الماضي،
    على مغادرتها»: the comma does not close it)."""
    for told in ("الذي يقع جنوب مدينة الرقة، في مطلع مارس 2014", "الواقع جنوب مدينة الرقة في مارس 2014"):
        text = f"وكان تنظيم داعش قد سيطر على مطار الطبقة العسكري {told}."
        assert _dated(text) == [], told
    text = "وقصفت الطائرات أمس مستشفى مدينة الرقة الذي افتتح في مارس الماضي."
    assert [k for k, _ in _dated(text)] == ["Air/drone strike"]
    text = ("وقصف الطيران أمس مواقع المسلحين قرب مدينة الرقة التي أرغمهم الجيش، في مايو الماضي، "
            "على مغادرتها.")
    assert [k for k, _ in _dated(text)] == ["Air/drone strike"]


def test_a_relative_clause_of_taking_place_dates_the_event_before_it() -> None:
    """«بالتفجير الذي وقع في مسجد … الشهر الماضي»: «الذي وقع» tells when the bombing took place,
    so the bombing is background of the month before, not a new incident."""
    text = ("وأكدت وزارة الداخلية أن الخلية لا علاقة لها بالتفجير الانتحاري الذي وقع في مسجد "
            "الإمام علي في مدينة الكويت الشهر الماضي.")
    assert _dated(text) == []
    text = "وقتل 12 مدنيا في الهجوم الذي شنه مسلحون على سوق مدينة الرمادي في مايو 2014."
    assert _dated(text) == []


def _placed(text: str, day: date = MONDAY) -> list[str]:
    return sorted(i.location.name_en or i.location.name_ar for i in analyze(text, day).incidents if i.location)


def test_a_capital_that_is_the_subject_of_a_government_verb_is_no_place() -> None:
    """«قصفت المقاتلات … في سوريا فيما سمحت أنقرة للتحالف باستخدام قواعدها»: Ankara is the Turkish
    government allowing the coalition its bases, not where the strikes fell; so is «لدخول أنقرة
    الحرب». Where a city is the target it stays («… على مواقع في دمشق»), and so does a city entered
    («منذ دخول المسلحين حلب»: the verb's subject is the fighters)."""
    for clause in ("فيما سمحت أنقرة للتحالف باستخدام قواعدها الجوية", "فيما طالبت دمشق بوقف الغارات",
                   "بعد يوم من دخول أنقرة الحرب على التنظيم"):
        text = f"وقصفت المقاتلات التركية أمس مواقع لتنظيم داعش في سوريا {clause}."
        assert "Ankara" not in _placed(text) and "Damascus" not in _placed(text), clause
    text = "وقصفت المقاتلات أمس مواقع المسلحين في دمشق."
    assert _placed(text) == ["Damascus"]
