"""Rules added in session 33's pass over known analyzer gaps (gaps33).

Sentences written for the tests in the style of the news, read with the codability model switched
off (`rules_alone`).
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

pytestmark = pytest.mark.usefixtures("rules_alone")

MONDAY = date(2015, 8, 10)


def _incidents(text: str, day: date = MONDAY) -> list:
    return list(analyze(text, day).incidents)


def test_the_bare_seizing_verb_with_goods_takes_no_ground() -> None:
    text = "وقال مصدر إن مسلحين حوثيين استولوا أمس على سيارات تابعة للمنظمة في مدينة عمران."
    assert not [i for i in _incidents(text) if i.event_type == "Battles"]


def _killed(text: str) -> list:
    return [i.fatalities for i in _incidents(text) if i.event_type == "Battles"]


@pytest.mark.parametrize("group", ["كثيرا من عناصر الجماعة ومسلحي القبائل الموالية لها", "عددا من مقاتلي الجماعة"])
def test_a_vague_group_meeting_its_death_is_no_count_of_one(group: str) -> None:
    """«كثيرا من عناصرهم … لاقت مصرعها»: the feminine singular agrees with a plural, counted vaguely."""
    text = f"هاجمت قوات الجيش مواقع للمتمردين في مديرية حرض أمس، وقال مصدر عسكري إن {group} لاقت مصرعها في الهجوم."
    assert _killed(text) == [None]


def test_one_woman_meeting_her_death_is_still_one() -> None:
    text = "هاجمت قوات الجيش مواقع للمتمردين في مديرية حرض أمس، وقال مصدر عسكري إن امرأة لقيت مصرعها في الهجوم."
    assert _killed(text) == [1]


def test_a_counted_thing_seized_takes_no_ground() -> None:
    """«استولوا على ثلاث عربات»: the word after the figure is the object («ثلاثة مواقع» stays ground)."""
    goods = "وقال مصدر إن رجال المقاومة استولوا على ثلاث عربات عسكرية للحوثيين في مديرية قعطبة أمس."
    assert not [i for i in _incidents(goods) if i.sub_event_type.endswith("territory")]
    ground = "وقال مصدر إن رجال المقاومة استولوا على ثلاثة مواقع للحوثيين في مديرية قعطبة."
    assert [i.sub_event_type for i in _incidents(ground)] == ["Government regains territory"]


@pytest.mark.parametrize("people,n", [
    ("امرأة وثلاثة أطفال", 4), ("رجل وامرأتان", 3), ("ثلاثة رجال وطفل", 4), ("طفلين وامرأة", 3),
    ("أربعة مدنيين وجندي", 5), ("خمسة جنود يمنيين وضابط", 6), ("3 جنود و5 مدنيين", 8), ("جندي", 1)])
def test_people_listed_by_kind_add_up(people: str, n: int) -> None:
    """A single person with no figure in a list of people killed is one more («امرأة وثلاثة أطفال» = 4)."""
    text = f"وأعلن مصدر طبي مقتل {people} في قصف مدفعي شنه المتمردون على حي سكني في مدينة تعز أمس."
    assert [i.fatalities for i in _incidents(text)] == [n]


def test_a_wounded_person_after_the_dead_is_no_partner() -> None:
    text = "وقتل ثلاثة جنود وأصيب مدني في قصف مدفعي شنه المتمردون على حي سكني في مدينة تعز أمس."
    assert [i.fatalities for i in _incidents(text)] == [3]


def test_years_before_1900_named_as_years_are_dates() -> None:
    text = "بنيت القلعة عام 1732، وهدمت في عام 1889 وعام 1892، ثم رممت سنة 1925م."
    an = analyze(text, MONDAY)
    assert [s.attrs.get("year") for s in an.entities if s.label == "DATE"] == [1732, 1889, 1892, 1925]
    assert [s.attrs.get("calendar") for s in an.entities if s.label == "DATE"] == ["gregorian"] * 4


def test_an_unmarked_year_of_the_hijri_range_stays_hijri() -> None:
    an = analyze("وقعت الحادثة في عام 1436 في مدينة عدن.", MONDAY)
    assert [s.attrs.get("calendar") for s in an.entities if s.label == "DATE"] == ["hijri"]


@pytest.mark.parametrize("purpose", ["تضامنا مع ضحايا التفجير", "حدادا على ضحايا الهجوم", "تضامنا مع أسر ضحايا الانفجار"])
def test_a_bombing_named_as_a_gatherings_purpose_is_no_incident(purpose: str) -> None:
    text = f"نظم عشرات الناشطين في مدينة المكلا أمس وقفة {purpose} الذي استهدف المسجد."
    assert not [i for i in _incidents(text) if i.event_type != "Protests"]


def test_a_bombing_told_with_solidarity_after_it_stays_an_incident() -> None:
    text = "قتل خمسة أشخاص في تفجير استهدف مسجدا في مدينة المكلا أمس، وأعلنت الحكومة تضامنها مع أسر الضحايا."
    assert [i.event_type for i in _incidents(text)] == ["Explosions/Remote violence"]


def test_the_body_of_the_man_told_is_no_one_more() -> None:
    told = "قتل جندي في هجوم شنه مسلحون على نقطة عسكرية في مدينة المكلا أمس، وتم نقل جثة الجندي إلى المستشفى العسكري."
    assert [i.fatalities for i in _incidents(told)] == [1]
    another = "قتل جندي في هجوم شنه مسلحون على نقطة عسكرية في مدينة المكلا أمس، وعثر السكان على جثة جندي آخر قرب النقطة."
    assert [i.fatalities for i in _incidents(another)] == [2]


@pytest.mark.parametrize("verb", ["استولوا", "استولت", "استولى"])
def test_a_taking_with_words_between_the_verb_and_its_object(verb: str) -> None:
    """«استولوا أمس على …», «استولى مقاتلو القبيلة على …»: the bare verb is a taking like «سيطروا»."""
    text = f"وقال مصدر محلي إن مسلحين حوثيين {verb} مساء أمس على معسكر للجيش في مديرية أرحب بمحافظة صنعاء."
    incs = _incidents(text)
    assert [(i.event_type, i.sub_event_type) for i in incs] == [
        ("Battles", "Non-state actor overtakes territory")]


def test_another_event_added_after_a_comma_is_its_own_clause() -> None:
    """«…، بالإضافة إلى سقوط عدد من القتلى … في كمين … في مدينة X»: another event with its own place."""
    text = ("سيطرت المقاومة الشعبية أمس على موقع للحوثيين في منطقة الضباب غرب مدينة تعز، بالإضافة إلى سقوط "
            "عدد من القتلى الحوثيين في كمين نصبته المقاومة لهم في مدينة الراهدة.")
    assert sorted(i.sub_event_type for i in _incidents(text)) == ["Armed clash", "Government regains territory"]


def test_a_place_added_to_a_taking_stays_in_its_clause() -> None:
    text = "سيطرت المقاومة الشعبية أمس على مدينة زنجبار، إضافة إلى مدينة جعار في محافظة أبين."
    assert [i.sub_event_type for i in _incidents(text)] == ["Government regains territory"]


def test_one_person_counted_by_the_word_one_is_not_one_more() -> None:
    """«مقتل شخص واحد» (review2): «واحد» is that noun's figure, not a «و» joining a second group."""
    text = "وانفجرت عبوة ناسفة قرب سوق شعبية في مدينة الرمادي أمس، ما أدى إلى مقتل شخص واحد وإصابة أربعة آخرين."
    assert [i.fatalities for i in _incidents(text)] == [1]
