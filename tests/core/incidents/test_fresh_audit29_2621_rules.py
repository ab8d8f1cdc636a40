"""Rules added after the audit of fresh SaudiNewsNet articles that mention the war in passing (seed
2621, session 29): a part of a place told after «وفي» opens a new item of a list of places.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

FRIDAY = date(2015, 7, 31)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _places(text: str, day: date = FRIDAY) -> list[tuple[str, str]]:
    return sorted((i.sub_event_type, i.location.admin1_en if i.location else "") for i in analyze(text, day).incidents)


def test_a_part_of_the_next_place_after_wa_fi_is_a_new_item_of_the_list() -> None:
    """«في محافظة لحج وفي الضواحي الشمالية لمدينة عدن»: fighting in Lahij and in Aden's northern
    suburbs — the compass word after «وفي» tells which part of Aden, not that Lahij lies north of
    Aden; so do «وفي شمال مدينة عدن», «وفي أطراف مدينة عدن», «وعلى المدخل الشرقي لمدينة عدن»."""
    for part in ("وفي الضواحي الشمالية لمدينة عدن", "وفي شمال مدينة عدن", "وفي أطراف مدينة عدن",
                 "وعلى المدخل الشرقي لمدينة عدن"):
        text = f"ودارت أمس اشتباكات عنيفة بين المقاومة الشعبية والحوثيين في مديرية لودر {part}."
        assert _places(text) == [("Armed clash", "Abyan"), ("Armed clash", "Aden")], part
    text = "ودارت أمس اشتباكات عنيفة بين المقاومة الشعبية والحوثيين في محافظة لحج وفي الضواحي الشمالية لمدينة عدن."
    assert _places(text) == [("Armed clash", "Aden"), ("Armed clash", "Lahij")]


def test_a_compass_word_with_no_wa_before_it_still_tells_where_the_place_before_lies() -> None:
    """«في قرية الزاهر جنوب مدينة البيضاء»: the town is where the village lies, one place. In one
    governorate a part told after «وفي» may be the same ground (the eastern side of Taizz is
    al-Hawban): one strike, as before."""
    text = "ودارت أمس اشتباكات عنيفة بين المقاومة الشعبية والحوثيين في قرية الزاهر جنوب مدينة البيضاء."
    assert _places(text) == [("Armed clash", "Al Bayda")]
    text = "وشنت مقاتلات التحالف أمس غارات على مواقع الحوثيين في منطقة الحوبان وفي الأطراف الشرقية لمدينة تعز."
    assert _places(text) == [("Air/drone strike", "Taizz")]


def test_the_coming_hours_after_wa_khilal_open_the_clause_of_what_is_expected() -> None:
    """«… سيطر الجيش على مدينة شقرة وخلال الساعات المقبلة ستكون …», a comma lost before «وخلال»:
    the taking is told, only what is expected in the coming hours is a plan (and its places are the
    plan's: the taking stays at Lawdar, not at the town the speaker expects to take next)."""
    text = ("وقال القائد إن قوات الجيش سيطرت أمس على مدينة شقرة الساحلية وخلال الساعات المقبلة "
            "ستكون محافظة أبين خالية من الميليشيات.")
    assert _places(text) == [("Government regains territory", "Abyan")]
    text = ("وقال قائد المقاومة الشعبية إن المقاومة سيطرت على مدينة لودر وفي الأيام القادمة نتوقع "
            "السيطرة على مدينة البيضاء.")
    assert _places(text) == [("Government regains territory", "Abyan")]


def test_the_coming_hours_with_no_wa_still_make_the_whole_clause_a_plan() -> None:
    """«تتوقع المصادر اقتحام … خلال الساعات المقبلة»: the expected storming is no event."""
    assert _places("وتتوقع المصادر اقتحام المقاومة مدينة الحوطة خلال الساعات المقبلة.") == []
    assert _places("وتستعد المقاومة لاقتحام قاعدة العند وخلال الأيام المقبلة ستبدأ المعركة.") == []


def test_arms_or_vehicles_seized_are_no_ground_taken() -> None:
    """«الاستيلاء على سلاح», «تمت السيطرة على معدات عسكرية»: a weapon or a vehicle taken is no place
    taken — no territory changed hands (the taking of a place beside it is told by its own words)."""
    assert _places("وقام المسلح بكسر باب المخزن والاستيلاء على سلاح في مدينة خميس مشيط.") == []
    assert _places("وتمت أمس السيطرة على معدات عسكرية كبيرة تابعة للحوثيين في مدينة عدن.") == []
    text = "وسيطرت المقاومة الشعبية أمس على جبل عريش في مديرية الوازعية واستولت على مدرعة وعربة."
    assert _places(text) == [("Government regains territory", "Taizz")]


def test_victories_that_consisted_in_a_taking_tell_it_achieved() -> None:
    """«حققت المقاومة انتصارات في عمليات نوعية تمثلت في تحرير مدينة لودر»: the victories consisted in
    freeing Lawdar — the taking is told as done; «الخطة تتمثل في تحرير …» (present) is a plan."""
    text = "وحققت المقاومة الشعبية أمس انتصارات في عمليات نوعية تمثلت في تحرير مدينة لودر بمحافظة أبين."
    assert _places(text) == [("Government regains territory", "Abyan")]
    assert _places("وقال القائد إن الخطة تتمثل في تحرير مدينة لودر بمحافظة أبين.") == []


def test_a_word_that_only_begins_with_wa_opens_no_new_item_before_a_part_of_a_place() -> None:
    """Only «و», «وفي», «وعلى» open a new item of the list: «وتقع شمال مدينة عدن», «وهي شمال مدينة
    عدن», «وتحديدا شمال مدينة عدن» tell where the place before lies (north of Aden), one place, as
    before the «وفي + part» rule — not a second incident in Aden because the word starts with «و»."""
    for where in ("وتقع شمال مدينة عدن", "وهي شمال مدينة عدن", "وتحديدا شمال مدينة عدن"):
        text = f"ودارت أمس اشتباكات عنيفة بين المقاومة الشعبية والحوثيين في مديرية لودر {where}."
        assert _places(text) == [("Armed clash", "Abyan")], where
