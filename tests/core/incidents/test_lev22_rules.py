"""Session 39 (lev22): a pass over fresh non-Yemen conflict news (levant seeds 3181, 3191).

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_fixtures import counted

MONDAY = date(2020, 5, 11)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


@pytest.mark.parametrize("adjective, city, country", [
    ("الصومالية", "Mogadishu", "Somalia"),
    ("الليبية", "Tripoli", "Libya"),
    ("العراقية", "Baghdad", "Iraq"),
])
def test_capital_named_by_its_country_adjective(adjective: str, city: str, country: str) -> None:
    """«في العاصمة الصومالية» with no name after it is the country's capital (not Ethiopia's Somali
    region, not no place at all)."""
    text = f"لقي خمسة أشخاص مصرعهم أمس في انفجار عبوة ناسفة قرب مطعم شعبي في العاصمة {adjective}."
    got = counted(text, MONDAY)
    assert [(i.location.name_en, i.location.country) for i in got] == [(city, country)]


def test_capital_adjective_followed_by_the_name_keeps_the_name() -> None:
    """«في العاصمة السورية دمشق»: the name after the adjective is the place, as tagged."""
    text = "سقطت ثلاث قذائف هاون أمس على حي سكني في العاصمة السورية دمشق ما أدى إلى مقتل طفلين."
    got = counted(text, MONDAY)
    assert [i.location.admin1_en for i in got] == ["Damascus"]


def test_pointed_event_that_comes_after_another_gives_it_day_and_toll() -> None:
    """«ويأتي هذا التفجير بعد أيام من هجوم انتحاري … يوم الخميس، أدى إلى مقتل 40»: the day and the
    dead are the earlier attack's; the blast told before keeps its own day and toll."""
    text = ("قتل ثلاثة جنود في انفجار سيارة مفخخة قرب حاجز للجيش في مدينة العريش أمس. ويأتي هذا التفجير "
            "بعد أيام من هجوم انتحاري استهدف سوقا في مدينة الشيخ زويد يوم الخميس، أدى إلى مقتل أربعين شخصا.")
    got = sorted((i.location.name_en, i.date, i.fatalities) for i in counted(text, MONDAY))
    assert got == [("Arish", "2020-05-10", 3), ("Ash Shaykh Zuwayd", "2020-05-07", 40)]


def test_pointed_event_followed_by_no_event_keeps_its_report() -> None:
    """«وجاء هذا القصف بعد فشل المفاوضات»: nothing violent after «بعد», the shelling told back stays one event."""
    text = ("قصفت قوات النظام بلدة كفرنبل في ريف إدلب أمس ما أدى إلى مقتل خمسة مدنيين. "
            "وجاء هذا القصف بعد فشل المفاوضات بين الطرفين.")
    got = [(i.location.name_en, i.fatalities) for i in counted(text, MONDAY)]
    assert got == [("Kafranbel", 5)]
