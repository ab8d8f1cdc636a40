"""Rules added in session 38 (fixa38) for the actors and dates of incidents outside Yemen: soldiers
counted dead or wounded with their nationality told are that country's army, the side hit.

Sentences written for the tests in the style of the news, read with the codability model switched
off (`rules_alone`).
"""

from __future__ import annotations

from datetime import date

import pytest

from core.incidents.actors import police_victims
from core.pipeline import analyze

pytestmark = pytest.mark.usefixtures("rules_alone")

MONDAY = date(2015, 8, 10)


def _sides(text: str) -> list[tuple[str, str, str]]:
    return [(i.event_type, i.actor1.name_en if i.actor1 else "", i.actor2.name_en if i.actor2 else "")
            for i in analyze(text, MONDAY).incidents]


def test_soldiers_counted_dead_with_their_nationality_are_the_side_hit() -> None:
    sides = _sides("أفادت مصادر أمنية بمقتل جنديين تركيين في هجوم نفذه مسلحون على مخفر حدودي في ولاية شرناق.")
    assert sides and sides[0][2].startswith("Military Forces of Turkey")


def test_sound_plural_soldiers_after_a_figure() -> None:
    sides = _sides("وقتل أربعة جنود عراقيين بانفجار عبوة ناسفة استهدفت آليتهم في قضاء الطارمية شمال بغداد.")
    assert sides and sides[0][2].startswith("Military Forces of Iraq")


def test_an_accusative_nationality_after_the_party_that_killed() -> None:
    """«قتلوا جنديا سعوديا»: «سعودي» with the «ا» of its object."""
    sides = _sides("قالت مصادر إن مسلحين حوثيين قتلوا جنديا سعوديا بقذيفة على موقع حدودي في منطقة جازان.")
    assert sides and sides[0][2].startswith("Military Forces of Saudi Arabia")


def test_soldiers_counted_before_the_verb() -> None:
    text = "قالت مصادر أمنية إن جنديين تركيين قتلا يوم السبت في هجوم شنه مسلحون على نقطة عسكرية في ولاية ماردين."
    sides = _sides(text)
    assert sides and "Military Forces of Turkey (2002-)" in sides[0][1:]


def test_soldiers_with_no_nationality_tell_no_side() -> None:
    """«مقتل جنديين» alone: whose army the words do not say."""
    an = analyze("أفادت مصادر بمقتل جنديين في هجوم شنه مسلحون على نقطة تفتيش.", MONDAY)
    assert police_victims(an.doc) == []


def test_soldiers_who_killed_are_no_victims() -> None:
    """«جنودا عراقيين قتلوا خمسة مسلحين»: the dead are the gunmen, not the soldiers."""
    an = analyze("وقالت الشرطة إن جنودا عراقيين قتلوا خمسة مسلحين في اشتباك قرب الموصل.", MONDAY)
    assert police_victims(an.doc) == []


WEDNESDAY = date(2015, 8, 12)


def _dates(text: str, day: date = WEDNESDAY) -> dict[str, str | None]:
    return {(i.location.name_en if i.location else ""): i.date for i in analyze(text, day).incidents}


def test_incidents_listed_after_a_lead_told_as_several_take_its_day() -> None:
    text = ("قتل 14 شخصا على الأقل في سلسلة هجمات في العراق أول من أمس، بحسب مصادر أمنية.\n"
            "وفي أبرز الهجمات، قتل ستة أشخاص بانفجار سيارة مفخخة قرب سوق شعبي في مدينة بعقوبة.\n"
            "وقتل ثلاثة من عناصر الشرطة بهجوم مسلح على نقطة تفتيش في مدينة الموصل.")
    dates = _dates(text)
    assert dates.get("Baqubah") == "2015-08-10"
    assert dates.get("Mosul") == "2015-08-10"


def test_a_list_after_a_weekday_lead() -> None:
    text = ("شهدت مدن عراقية يوم الجمعة هجمات متفرقة أسفرت عن مقتل 15 شخصا.\n"
            "ففي مدينة كركوك، قتل أربعة جنود بانفجار عبوة ناسفة استهدفت دوريتهم.")
    assert _dates(text, date(2015, 8, 10)).get("Kirkuk") == "2015-08-07"


def test_a_lead_of_one_event_dates_no_other_kind_after_it() -> None:
    """One bombing «أمس», then clashes in another paragraph with no day: the article's day still."""
    text = ("قتل خمسة أشخاص بانفجار سيارة مفخخة في مدينة بعقوبة أمس.\n"
            "وفي الموصل، اندلعت اشتباكات بين القوات الحكومية ومسلحين.")
    assert _dates(text, date(2015, 8, 10)).get("Mosul") == "2015-08-10"


def test_the_list_ends_at_a_sentence_telling_no_event() -> None:
    text = ("شهدت مدن عراقية يوم الجمعة هجمات متفرقة أسفرت عن مقتل 15 شخصا.\n"
            "ففي مدينة كركوك، قتل أربعة جنود بانفجار عبوة ناسفة استهدفت دوريتهم.\n"
            "وقال مسؤول محلي إن الوضع هادئ في المدينة.\n"
            "وفي الرمادي، اندلعت اشتباكات بين القوات الحكومية ومسلحين.")
    assert _dates(text, date(2015, 8, 10)).get("Ramadi") == "2015-08-10"


def _country(text: str) -> str:
    from core.entities.lexicon import article_country

    return article_country(analyze(text, MONDAY).doc)


def test_another_kingdom_is_no_cue_of_the_saudi_one() -> None:
    """«المملكة» alone is the Saudi kingdom in the Saudi press; «المملكة المغربية» is Morocco."""
    assert _country("الرباط - أعلنت السلطات في المملكة المغربية توقيف أربعة أشخاص في مدينة فاس.") == "Morocco"
    assert _country("عمان - أعلنت المملكة الأردنية الهاشمية إغلاق معبر حدودي بعد هجوم مسلح.") == "Jordan"
    assert _country("قالت الحكومة إن المملكة المتحدة سترسل مستشارين عسكريين إلى العراق.") != "Saudi Arabia"


def test_the_kingdom_alone_is_still_saudi() -> None:
    assert _country("أعلنت المملكة اعتراض طائرة مسيرة فوق منطقة جازان.") == "Saudi Arabia"


def test_the_national_army_of_another_country_is_its_own() -> None:
    """«الجيش الوطني الشعبي» of Algeria is no army of Yemen's, whose «الجيش الوطني» it begins with."""
    sides = _sides("أعلنت وزارة الدفاع الجزائرية أن وحدات من الجيش الوطني الشعبي قتلت أربعة إرهابيين "
                   "في اشتباك بولاية البويرة شرق العاصمة الجزائر.")
    assert sides and "Military Forces of Yemen (2012-)" not in sides[0][1:]
    assert "Military Forces of Algeria" in sides[0][1:]


def test_the_national_army_in_yemen_is_still_the_one_loyal_to_hadi() -> None:
    sides = _sides("قالت مصادر عسكرية إن قوات الجيش الوطني خاضت معارك عنيفة مع مسلحي الحوثي في مديرية صرواح غرب مأرب.")
    assert sides and "Military Forces of Yemen (2012-)" in sides[0][1:]
