"""Session 41, the Yemen read part's misses: a place the text puts in a district («التابعة لمديرية X»,
«بمديرية X», «الواقعة في مديرية X») lies in that district, whatever namesake the article's other places
favoured (`places._named_in_its_district`).

Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from entity_fixtures import places


def _admin1(text: str, written: str) -> str:
    found = [p for p in places(text) if written in p[0]]
    assert found, (text, places(text))
    return found[0][2]


def test_place_belonging_to_a_district_lies_in_it_beside_other_governorates_places() -> None:
    """Aden's quarters before it pulled «جعولة» to Aden's namesake; the text puts it in Lahij's Tuban."""
    text = ("تقدم المسلحون في منطقة البساتين بمديرية دار سعد شمال عدن، وسيطروا على حي بئر أحمد. "
            "وقال مصدر محلي إن المسلحين سيطروا أمس على منطقة جعولة التابعة لمديرية تبن بعد معارك عنيفة.")
    assert _admin1(text, "جعولة") == "Lahij"
    located = text.replace("التابعة لمديرية تبن", "الواقعة في مديرية تبن")
    assert _admin1(located, "جعولة") == "Lahij"


def test_place_without_its_district_keeps_the_articles_reading() -> None:
    text = ("تقدم المسلحون في منطقة البساتين بمديرية دار سعد شمال عدن، وسيطروا على حي بئر أحمد. "
            "وقال مصدر محلي إن المسلحين سيطروا أمس على منطقة جعولة بعد معارك عنيفة.")
    assert _admin1(text, "جعولة") == "Aden"
