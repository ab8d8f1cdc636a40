"""Rules added after the fresh-article audit 23e (seeds 2291–2293: a coder's reading of
never-coded war news).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 7, 21)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _places(text: str) -> list[tuple[str, str]]:
    return [(i.location.admin1_en, i.location.text) for i in analyze(text, DAY, "").incidents if i.location]


@pytest.mark.parametrize("text, place", [
    ("ودارت اشتباكات عنيفة أمس بين المقاومة والحوثيين في حي المعلا بعدن.", "المعلا"),
    ("وسقطت قذيفة هاون أمس على حي كريتر في عدن فقتلت ثلاثة مدنيين.", "كريتر"),
    ("وتتواصل المعارك لليوم الثاني في حي التواهي، آخر جيوب المتمردين في مدينة عدن.", "التواهي"),
])
def test_a_quarter_named_as_a_district_of_its_town_is_that_district(text: str, place: str) -> None:
    """«حي المعلا بعدن»: the quarter word before a name the gazetteer knows as a district (or area)
    of the town named with it is that district, not "somewhere in Aden"."""
    assert ("Aden", place) in _places(text), _places(text)


def test_a_quarter_of_another_governorates_homonym_stays_in_its_town() -> None:
    """«حي الروضة بمدينة تعز»: the gazetteer's «الروضة» is a district of another governorate; the
    quarter stays in the town named after it."""
    assert [a for a, _ in _places("اشتبكت المقاومة أمس مع الحوثيين في حي الروضة بمدينة تعز.")] == ["Taizz"]


def test_a_taking_told_back_after_a_district_taken_is_one_event() -> None:
    """«استعادت المقاومة القصر الرئاسي بحي التواهي في عدن … وكانت قد سيطرت على مباني الإذاعة»: the
    later taking, placed only by a facility of the sentences before, is the same battlefield."""
    text = ("استعادت المقاومة الشعبية أمس مقر المحافظة بحي التواهي في عدن وبسطت سيطرتها على الحي كله. "
            "وأشار القائد إلى أن المقاومة تمشط معسكر الفتح من آخر الجيوب. "
            "وكانت المقاومة قد سيطرت قبل ذلك على مقر قيادة المنطقة العسكرية.")
    assert [a for a, _ in _places(text)] == ["Aden"], _places(text)


@pytest.mark.parametrize("text, killed", [
    ("قتلت قذائف الهاون في منطقة الشيخ عثمان بعدن أمس 9 مدنيين بينهم طفلان.", 9),
    ("قتلت غارة جوية في مديرية حيدان بصعدة أمس سبعة مسلحين حوثيين.", 7),
])
def test_a_toll_after_the_weapon_and_a_named_place_is_the_events(text: str, killed: int) -> None:
    """«قتلت قذائف الهاون في منطقة الشيخ عثمان بعدن أمس 9 مدنيين»: the toll a killing verb governs
    stands after its weapon, a place name after its head and the town with «ب» — where, as much as
    «في» or «أمس»."""
    found = analyze(text, DAY, "").incidents
    assert [i.fatalities for i in found] == [killed], [(i.location.text if i.location else None, i.fatalities) for i in found]


@pytest.mark.parametrize("text", [
    "وقال أحد المسعفين إن كثيرا من المقاتلين الصغار من أبناء ذمار يعانون من انهيار جراء ما يشاهدونه من مواجهات عنيفة.",
    "ويعاني أطفال مدينة إب من الخوف بسبب ما يشاهدونه من غارات جوية متواصلة.",
])
def test_fighting_told_as_what_people_see_or_live_through_is_no_event(text: str) -> None:
    """«جراء ما يشاهدونه من مواجهات»: fighting told as what people keep seeing or living through (a
    present-tense «ما يشاهدونه/يعيشونه/يعانونه من») is their plight, no event of a day and place."""
    assert _places(text) == []


def test_fighting_told_for_itself_in_the_same_town_is_still_coded() -> None:
    assert _places("ودارت أمس مواجهات عنيفة في مدينة ذمار بين المقاومة والحوثيين.") == [("Dhamar", "مدينة ذمار")]
