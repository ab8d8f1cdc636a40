"""Rules added in session 32's second pass over non-Yemen news (lev32b): aircraft that flew «دون أن
تشن غارات» struck nothing; two dead told with a dual pronoun («لقي … ومجند … مصرعهما») or a conscript
named after a rank («استشهاد النقيب … والمجند …») are two; a capital right after «بحسب» is the
government told as the source, not the place, and so is one after «نفذتها/شنتها»; a season with its
year («في صيف 2014») dates an event; a call «لإبعاد القتال» is no fight.

Sentences written for the tests in the style of the news, read with the codability model switched
off (`rules_alone`).
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

from incident_fixtures import told

pytestmark = pytest.mark.usefixtures("rules_alone")

MONDAY = date(2015, 8, 10)


def test_aircraft_that_flew_without_striking_struck_nothing() -> None:
    """«حلقت مقاتلات … من دون أن تشن غارات»: the aircraft noun is a strike trigger of its own; the
    sentence says no strike was made."""
    for text in ("وقال المسؤول إن مقاتلات تركية حلقت فوق جبل قنديل شمال محافظة أربيل، من دون أن تشن غارات.",
                 "وحلق طيران التحالف في أجواء مدينة تعز دون أن يشن أي غارات.",
                 "وحلقت الطائرات الحربية فوق مدينة الرمادي دون ان تقصف أهدافا."):
        assert told(text, MONDAY) == [], text


def test_a_strike_told_without_the_negation_stays() -> None:
    text = "وقال المسؤول إن مقاتلات تركية شنت غارات على جبل قنديل شمال محافظة أربيل."
    assert [i.sub_event_type for i in analyze(text, MONDAY).incidents] == ["Air/drone strike"]


def _killed(text: str) -> int | None:
    found = [i for i in analyze(text, MONDAY).incidents if i.event_type != "Strategic developments"]
    assert len(found) == 1, text
    return found[0].fatalities


def test_a_dual_pronoun_after_the_death_verb_counts_two() -> None:
    """«لقي ضابط ومجند … مصرعهما»: the pronoun «هما» tells two dead; «مصرعه» stays one."""
    assert _killed("لقي ضابط شرطة ومجند من قوات الأمن مصرعهما إثر انفجار عبوة ناسفة بمدرعة في مدينة العريش.") == 2
    assert _killed("لقي ضابط شرطة مصرعه إثر انفجار عبوة ناسفة بمدرعة في مدينة العريش.") == 1


def _toll(text: str) -> tuple[int | None, int | None]:
    found = [i for i in analyze(text, MONDAY).incidents if i.event_type != "Strategic developments"]
    assert len(found) == 1, text
    return found[0].fatalities, found[0].injured


def test_the_dead_a_pronoun_counts_are_no_share_of_the_injured_figure() -> None:
    """«مصرعهما وأصيب ثلاثة آخرون»: two dead, three injured — not one toll of «killed and injured 3»;
    «مقتل وإصابة ثلاثة» stays one toll of both."""
    assert _toll("لقي ضابط شرطة ومجند مصرعهما وأصيب ثلاثة مجندين آخرين إثر انفجار عبوة ناسفة بمدرعة في مدينة العريش.") == (2, 3)
    assert _toll("لقي جندي مصرعه وأصيب ثلاثة آخرون إثر انفجار عبوة ناسفة في مدينة العريش.") == (1, 3)
    assert _toll("قتل وأصيب ثلاثة جنود إثر انفجار عبوة ناسفة في مدينة العريش.") == (None, None)


def test_a_conscript_named_after_a_rank_is_one_more_dead() -> None:
    """«استشهاد النقيب … والمجند …»: two named dead joined by «و»; «مجند» alone is one."""
    assert _killed("وأعلن الجيش استشهاد النقيب أحمد سالم والمجند محمود حسن في هجوم على كمين بمدينة العريش.") == 2
    assert _killed("وقال الجيش إن مجندا قتل في هجوم على كمين بمدينة العريش.") == 1


def test_a_capital_after_bihasab_is_the_source_not_the_place() -> None:
    """«… في هذه الغارات بحسب أنقرة»: Ankara tells the toll; the strikes were in northern Iraq."""
    text = ("وتشن الطائرات التركية غارات على مواقع المتمردين الأكراد في محافظة دهوك. "
            "وقتل 30 مقاتلا كرديا في هذه الغارات بحسب أنقرة.")
    found = told(text, MONDAY)
    assert found
    assert all(i.location is None or i.location.admin1_en != "Ankara" for i in found)


def test_a_season_with_its_year_dates_an_old_taking() -> None:
    """«في صيف 2014»: a year back, background to a report of 2015; the same season of the report's
    year is no background."""
    old = "وسيطر تنظيم داعش على مدينة البوكمال في محافظة دير الزور في صيف 2014."
    assert analyze(old, MONDAY).incidents == []
    now = "وسيطر تنظيم داعش على مدينة البوكمال في محافظة دير الزور في صيف 2015."
    assert told(now, MONDAY)


def test_a_capital_after_a_carrying_out_verb_is_its_government() -> None:
    """«الضربات التي نفذتها أنقرة», «الغارات التي شنتها دمشق»: the capital does the strikes, as after
    «سمحت أنقرة»; it is not where they fell."""
    for text in ("وقال الوزير إن معظم الضربات التي نفذتها أنقرة حتى الآن استهدفت حزب العمال الكردستاني.",
                 "وأكد المرصد أن الغارات التي شنتها دمشق أمس استهدفت مواقع المعارضة."):
        found = told(text, MONDAY)
        assert all(i.location is None or i.location.admin1_en not in ("Ankara", "Damascus") for i in found), text


def test_a_call_to_move_the_fighting_away_is_no_fight() -> None:
    """«دعا … لإبعاد القتال عن أراضي …»: like «وقف القتال», the fighting named is what the call is about."""
    assert told("ودعا رئيس الإقليم في بيانه حزب العمال الكردستاني لإبعاد القتال عن أراضي محافظة دهوك.", MONDAY) == []
    assert told("ودعا رئيس الإقليم الحكومة إلى إبعاد المعارك عن مدينة دهوك.", MONDAY) == []
