"""Session 34 (places): places the gazetteer did not know, found from data — names after a place
head word or «في» in sentences holding a violence or protest trigger that the gazetteer did not
resolve, counted by SaudiNewsNet articles (Turkish and Afghan provinces, Saudi and Kuwaiti towns of
the 2014-2015 attacks, Iraqi and Syrian fronts, the Sahel). Names that are also ordinary words or
surnames need a head word (stoplist 'stop').

Sentences written for the tests in the style of that news.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 8)


def _places(text: str) -> dict[str, dict]:
    return {s.text: (s.attrs or {}) for s in analyze(text, DAY, "").entities if s.label == "LOCATION"}


@pytest.mark.parametrize(
    "text, name, en, admin1, country",
    [
        ("اعتقلت الشرطة التركية 17 شخصا يشتبه في انتمائهم لتنظيم داعش في مدينة مانيسا غربي البلاد.",
         "مانيسا", "Manisa", "Manisa", "Turkey"),
        ("قتل جنديان في هجوم شنه مسلحون أكراد على مركز للدرك في ولاية باتمان جنوب شرق تركيا.",
         "باتمان", "Batman", "Batman", "Turkey"),
        ("وفجر مسلحون خط أنابيب الغاز في إقليم كارس شرق تركيا.", "كارس", "Kars", "Kars", "Turkey"),
        ("قتل خمسة من رجال الشرطة في هجوم لحركة طالبان على نقطة تفتيش في ولاية لوغار جنوب العاصمة.",
         "لوغار", "Logar", "Logar", "Afghanistan"),
        ("قتل ثلاثة مسلحين في اشتباك مع قوات الأمن في إقليم بلوشستان جنوب غرب باكستان.",
         "بلوشستان", "Balochistan", "Balochistan", "Pakistan"),
        ("قتل عشرون شخصا في هجوم شنه مسلحو بوكو حرام على قرية في ولاية بورنو.",
         "بورنو", "Borno", "Borno", "Nigeria"),
        ("أصيب رجلا أمن بإطلاق نار على دوريتهما في بلدة الجش بمحافظة القطيف.",
         "الجش", "Al Jish", "Eastern Province", "Saudi Arabia"),
        ("وقصفت المقاتلات مواقع للمسلحين في قرية زاركلي شمال أربيل.", "زاركلي", "Zargali", "Erbil", "Iraq"),
        ("وسيطرت القوات على منطقة الصقلاوية شمال الفلوجة بعد معارك مع التنظيم.",
         "الصقلاوية", "As Saqlawiyah", "Al-Anbar", "Iraq"),
        ("وقتل جندي في هجوم على المعسكر في بلدة نامبالا وسط البلاد.", "نامبالا", "Nampala", "Segou", "Mali"),
    ],
)
def test_a_new_place_after_a_head(text: str, name: str, en: str, admin1: str, country: str) -> None:
    found = _places(text)
    place = next((a for t, a in found.items() if t == name or t.endswith(" " + name)), None)  # the head word may be in the span
    assert place is not None, found
    assert place.get("name_en") == en and place.get("admin1_en") == admin1 and place.get("country") == country


def test_a_new_town_named_bare() -> None:
    # a town of a known attack, named without a head word, is that town
    place = _places("وأدان المجلس التفجير الذي استهدف المصلين في القديح الشهر الماضي.").get("القديح")
    assert place is not None and place.get("name_en") == "Al Qudayh"


@pytest.mark.parametrize(
    "text, word",
    [
        ("وأعلنت الوزارة توفر لقاح جديد ضد الإنفلونزا في المراكز الصحية.", "لقاح"),
        ("وحقق فيلم باتمان الجديد إيرادات كبيرة في دور العرض.", "باتمان"),
        ("وكسب الفريق مباراته الودية أمام كوجالي التركي بهدفين.", "كوجالي"),
        ("وقال الكاتب محمد الوراق إن الرواية ستصدر الشهر المقبل.", "الوراق"),
        ("واقتدى بسيرة الخلفاء الراشدين في الحكم.", "الراشدين"),
    ],
)
def test_a_name_that_is_also_a_word_needs_a_head(text: str, word: str) -> None:
    assert not any(word in t or t in word for t in _places(text)), _places(text)
