"""Places the gazetteer lacked, seen by session 42's passes (branch s42-gaz).

Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from datetime import date

from entity_fixtures import places

from core.pipeline import analyze

MONDAY = date(2015, 8, 3)


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(en, a1, c) for _, en, a1, c in places(text)]


def test_conflict_places_named_in_the_news_spelling() -> None:
    assert ("Marivan", "Kurdistan", "Iran") in _found("هاجم مقاتلون أكراد معسكرا للحرس الثوري قرب مدينة مريوان غربي إيران.")
    assert ("Lower Dir", "Khyber Pakhtunkhwa", "Pakistan") in _found("انفجرت عبوة ناسفة في منطقة دير السفلى شمال غرب باكستان.")
    assert ("Now Zad", "Helmand", "Afghanistan") in _found("سيطر مسلحو طالبان على منطقة ناو زاد في ولاية هلمند.")
    assert ("Van", "Van", "Turkey") in _found("تحدث زعيم الحزب إلى الصحفيين في مدينة فان شرق تركيا.")


def test_van_in_its_turkish_spelling_needs_a_head_word() -> None:
    assert _found("انقلبت سيارة فان صغيرة على الطريق السريع.") == []


def test_the_middle_and_north_of_the_gaza_strip_are_their_governorates() -> None:
    assert ("Deir al-Balah", "Deir al-Balah", "Palestine") in _found("قصفت طائرات حربية موقعا للتدريب وسط قطاع غزة.")
    assert ("North Gaza", "North Gaza", "Palestine") in _found("أطلق الجنود النار على شاب قرب السياج الحدودي في شمال قطاع غزة.")
    incs = analyze("قصفت طائرات إسرائيلية موقعا لحركة حماس وسط قطاع غزة فجر الأربعاء فأصيب أربعة فلسطينيين.", MONDAY).incidents
    assert [i.location.admin1_en for i in incs] == ["Deir al-Balah"]


def test_saudi_governorates_of_the_conflict_regions() -> None:
    assert ("Abu 'Arish", "Jazan", "Saudi Arabia") in _found("سقطت قذيفة على مدينة أبو عريش في منطقة جازان.")
    assert ("Rijal Alma", "Asir", "Saudi Arabia") in _found("زار الأمير محافظة رجال ألمع غرب أبها.")
    # Badr al-Janub is a governorate of Najran region, not of Jazan
    assert ("Badr al-Janub", "Najran", "Saudi Arabia") in _found("وقع الحادث في محافظة بدر الجنوب.")
