"""Rules from a pass over fresh non-Yemen conflict news (session 38, lev18).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

THURSDAY = date(2015, 8, 6)
SUNDAY = date(2015, 8, 9)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _strikes(text: str) -> dict[str, int | None]:
    """admin1 of each air strike: its fatalities."""
    return {i.location.admin1_en: i.fatalities for i in analyze(text, THURSDAY).incidents
            if i.sub_event_type == "Air/drone strike" and i.location}


# --- a figure shared over a list, some places given their own figures later ---------------------

def test_places_with_no_figure_of_their_own_share_what_the_others_leave() -> None:
    """40 over three provinces, then 12 at a town of the second and 20 at a town of the first: the
    third is left 8, not a third of 40; the second's own 12 stands (not its share of 13)."""
    text = ("وقال ناشطون إن 40 من مسلحي تنظيم داعش قتلوا في غارات شنتها طائرات التحالف الدولي على مواقع التنظيم في الرقة وحلب والحسكة خلال اليومين الماضيين. "
            "وأضافوا أن 12 منهم قتلوا في غارة على مقر للتنظيم في مدينة منبج بريف حلب، بينما قتل 20 آخرون في غارة قرب مدينة الطبقة بريف الرقة.")
    got = _strikes(text)
    assert got.get("Aleppo") == 12
    assert got.get("Ar-Raqqa") == 20
    assert got.get("Al-Hasakeh") == 8


def test_own_figures_above_the_whole_leave_the_shares_alone() -> None:
    """Own figures adding to more than the figure shared: they are not its parts; the even share stays."""
    text = ("وقتل 9 من مسلحي تنظيم داعش في غارات للتحالف الدولي على مواقعه في الرقة والحسكة ودير الزور أمس. "
            "وفي وقت لاحق قال المرصد إن 30 من عناصر التنظيم قتلوا في غارات على مدينة الطبقة بريف الرقة.")
    got = _strikes(text)
    assert got.get("Al-Hasakeh") == 3


# --- a manner adverb after one victim is not part of whose death it is -------------------------

def test_one_victim_told_twice_with_an_adverb_after_is_one_death() -> None:
    """«مقتل الشاب …» then «مقتل الشاب فورا»: «فورا» is no group («الشاب فورا» was read as another
    victim, and the two deaths added up to 2)."""
    text = ("أطلق مستوطنون النار على سيارة فلسطينية قرب بلدة سعير شمال الخليل فجر اليوم، ما أدى إلى مقتل الشاب محمد سالم. "
            "وقالت مصادر محلية إن المستوطنين أطلقوا النار من مسافة قريبة ما أدى إلى مقتل الشاب فورا.")
    incidents = analyze(text, SUNDAY).incidents
    assert [i.fatalities for i in incidents] == [1]


@pytest.mark.parametrize("adverb", ["حرقا", "متأثرا بجراحه", "لاحقا"])
def test_the_adverb_ends_the_group(adverb: str) -> None:
    text = f"وقتل شاب {adverb} في مدينة الخليل أمس."
    spans = [s for s in analyze(text, SUNDAY).entities if s.label == "CASUALTY"]
    assert spans and all(adverb.split()[0] not in str(s.attrs.get("whose") or "") for s in spans)


# --- a date inside a relative clause that holds the trigger far into it -------------------------


def test_the_deed_told_deep_in_a_relative_clause_takes_the_date_told_after_it() -> None:
    """The visit is of today; the bombing, told inside «الذي …» after the visit's date, is of the
    Friday told after it."""
    text = "زار وزير الداخلية اليوم الأحد المسجد الذي قتل فيه عدد من المصلين في تفجير انتحاري في مدينة القطيف الجمعة الماضية."
    incidents = analyze(text, SUNDAY).incidents
    assert [str(i.date)[:10] for i in incidents] == ["2015-08-07"]


def test_a_relative_clause_closed_by_a_comma_keeps_the_main_clause_date() -> None:
    """The relative clause ends at the comma; the strike told after it is of the day told first."""
    text = "قصفت طائرات التحالف اليوم الأحد مواقع التنظيم التي كان يتحصن فيها، وقتلت 12 من عناصره في غارات قرب الرقة الأسبوع الماضي."
    got = [str(i.date)[:10] for i in analyze(text, SUNDAY).incidents]
    assert got and got[0] == "2015-08-09"


# --- «فتى» is a person: one victim, a civilian ---------------------------------------------------

def test_a_youth_shot_by_soldiers_is_one_civilian_hurt_in_an_attack() -> None:
    text = "وأصيب فتى بجروح متوسطة أمس جراء إطلاق النار عليه من قبل قوات الاحتلال المتمركزة قرب بلدة بيت لاهيا شمال قطاع غزة."
    incidents = analyze(text, SUNDAY).incidents
    assert [(i.sub_event_type, i.injured) for i in incidents] == [("Attack", 1)]


def test_a_youth_killed_counts_one() -> None:
    text = "قتل فتى برصاص مسلحين مجهولين في حي الزهور بمدينة الرمادي أمس."
    assert [i.fatalities for i in analyze(text, SUNDAY).incidents] == [1]


# --- deaths told «بنيران/برصاص» after a bombing are a shooting of their own ---------------------

def test_a_shooting_told_after_a_bombing_is_not_the_bombing() -> None:
    text = ("وقال مصدر في الشرطة إن ثلاثة أشخاص قتلوا وأصيب تسعة آخرون في انفجار عبوة ناسفة قرب سوق شعبي في مدينة بعقوبة اليوم. "
            "ولقي موظف وشقيقه مصرعهما برصاص مسلحين مجهولين في منطقة الكاطون غربي بعقوبة.")
    got = sorted((i.sub_event_type, i.fatalities) for i in analyze(text, SUNDAY).incidents)
    assert got == [("Attack", 2), ("Remote explosive/landmine/IED", 3)]


def test_a_shooting_in_the_same_town_stays_apart_too() -> None:
    text = ("قتل ثلاثة أشخاص وأصيب تسعة آخرون في انفجار عبوة ناسفة قرب سوق شعبي في مدينة بعقوبة اليوم. "
            "ولقي موظف وشقيقه مصرعهما بنيران مسلحين مجهولين في المدينة.")
    got = sorted((i.sub_event_type, i.fatalities) for i in analyze(text, SUNDAY).incidents)
    assert got == [("Attack", 2), ("Remote explosive/landmine/IED", 3)]
