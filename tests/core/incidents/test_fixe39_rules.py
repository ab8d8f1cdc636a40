"""Session 39 (fixe): defects the non-Yemen audits saw and left.

- a corpse word before a figure («انتشال جثث 9 مدنيين», «جثامين 9 مدنيين و42 جريحا») counts the dead;
- «منذ مطلع …» / «منذ مستهل …» after a figure makes it a period's tally, like «منذ بداية …»;
- a definite «الشهيد» with no figure is a title («عملية الشهيد …», «منزل الشهيد …»), not a death.

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze
from tests.core.incidents.incident_fixtures import violent

MONDAY = date(2020, 5, 11)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _violent(text: str) -> list:
    return violent(text, MONDAY)


def _casualties(text: str, role: str) -> list:
    return [s.attrs.get("count") for s in analyze(text, MONDAY, until="entities").doc.entities
            if s.label == "CASUALTY" and s.attrs.get("role") == role]


# --- corpse words carrying a figure -------------------------------------------------------------

def test_bodies_recovered_with_a_figure_after_are_the_dead() -> None:
    text = "أعلنت مصادر طبية في مدينة حمص انتشال جثث 7 مدنيين من تحت الأنقاض بعد غارة جوية على حي الوعر أمس."
    assert _casualties(text, "killed") == [7]
    assert [i.fatalities for i in _violent(text)] == [7]


def test_bodies_and_wounded_brought_in_are_the_dead_and_the_wounded() -> None:
    text = "ووصلت إلى مستشفى المدينة جثامين 6 مدنيين و31 جريحا إثر قصف مدفعي استهدف سوق بلدة دوما أمس."
    assert _casualties(text, "killed") == [6]
    assert _casualties(text, "injured") == [31]
    assert [(i.fatalities, i.injured) for i in _violent(text)] == [(6, 31)]


def test_a_figure_before_the_bodies_still_counts() -> None:
    assert _casualties("وعثرت الشرطة على 4 جثث مجهولة الهوية في ضواحي المدينة أمس وعليها آثار إطلاق نار.", "killed") == [4]


def test_bodies_without_a_figure_are_still_a_toll_of_unknown_size() -> None:
    assert _casualties("وقال مسؤول إن فرق الإنقاذ عثرت على جثث في أحد الأحياء المدمرة بعد اشتباكات عنيفة.", "killed") == [None]


def test_bodies_carried_in_a_funeral_without_a_figure_are_no_toll() -> None:
    assert _casualties("وشيع الآلاف في المدينة أمس جثامين الضحايا وسط هتافات غاضبة.", "killed") == []


# --- «منذ مطلع …»: a period's tally ---------------------------------------------------------------

def test_a_toll_since_the_start_of_the_year_is_no_part_of_the_attack_told() -> None:
    text = "شن مسلحون هجوما على دورية للشرطة في مدينة العريش أمس، وهي القوات التي قتل 40 من أفرادها منذ مطلع العام."
    assert [i.fatalities for i in _violent(text)] == [None]


def test_the_same_toll_with_the_attack_in_its_own_clause_still_counts() -> None:
    text = "شن مسلحون هجوما على دورية للشرطة في مدينة العريش أمس، ما أسفر عن مقتل 4 من أفرادها."
    assert [i.fatalities for i in _violent(text)] == [4]


# --- «الشهيد» as a title ---------------------------------------------------------------------------

def test_an_operation_named_for_a_martyr_kills_no_one() -> None:
    text = "أعلن الجيش أمس انطلاق عملية الشهيد خالد العمري لاستعادة حي الصابري، وقصفت المدفعية مواقع المسلحين."
    assert _casualties(text, "killed") == []
    assert not any(i.fatalities for i in _violent(text))


def test_the_martyrs_house_shelled_is_no_death() -> None:
    text = "قصفت قوات الاحتلال منزل الشهيد أحمد في مدينة جنين أمس."
    assert _casualties(text, "killed") == []


def test_a_martyr_told_without_the_article_is_still_a_death() -> None:
    assert _casualties("قصفت المدفعية مواقع المسلحين في حي الصابري فسقط شهيد من المدنيين.", "killed") == [1]


# --- talk of the terrorist groups (the groups are no actor: see docs, session 39 fixe) -------------

def test_talk_of_the_terrorist_groups_is_no_event() -> None:
    assert _violent("وحذر وزير الداخلية من خطر الجماعات الإرهابية التي تسعى إلى تجنيد الشباب في المملكة.") == []
    assert _violent("وقال الخبير إن المجموعات الإرهابية تستغل الفوضى في ليبيا لتهريب السلاح عبر الحدود.") == []


# --- accusative single persons in a list of the dead ----------------------------------------------

def test_a_guard_listed_after_a_pair_of_soldiers_is_one_more() -> None:
    assert _casualties("وقالت مصادر أمنية إن جنديين وحارسا قتلوا عندما انفجر لغم في ولاية شرناق أمس.", "killed") == [3]


def test_a_doctor_as_the_subject_of_a_casualty_verb_is_one() -> None:
    assert _casualties("وأفادت المصادر بأن طبيبا قتل في انفجار عبوة ناسفة في مدينة بنغازي أمس.", "killed") == [1]
