"""Rules added after the fresh-article audit of seed 2331 (version 24): a coder's reading of
never-coded SaudiNewsNet news.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 6)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _incidents(text: str):
    return analyze(text, DAY, "").incidents


@pytest.mark.parametrize("text", [
    "استأنف مطار صنعاء الدولي اليوم الخميس رحلاته بعد توقف دام نحو ثلاثة أشهر جراء الاشتباكات التي دارت بين الحوثيين والقوات الحكومية.",
    "أعيد فتح ميناء المخا أمس بعد إغلاقه خمسة أسابيع بسبب المعارك بين المقاومة والمتمردين.",
    "وعادت الدراسة أمس إلى مدارس مدينة تعز بعد انقطاع لأكثر من شهرين نتيجة القصف الحوثي على الأحياء السكنية.",
])
def test_fighting_that_caused_a_halt_of_months_is_no_event(text: str) -> None:
    """«استأنف المطار رحلاته بعد توقف دام ثلاثة أشهر جراء الاشتباكات التي دارت بين …»: the fighting
    is why a halt or a closure lasted weeks or months, not the day's event — even in a clause
    dated today (the reopening is what is dated)."""
    assert _incidents(text) == [], [(i.event_type, i.location and i.location.text) for i in _incidents(text)]


@pytest.mark.parametrize("text, kind", [
    ("قتلت طفلة عمرها ستة أشهر جراء قصف حوثي استهدف حي الروضة في تعز أمس.", "Explosions/Remote violence"),
    ("وبعد هدوء دام أسبوعين تجددت الاشتباكات أمس بين المقاومة والحوثيين في مدينة تعز.", "Battles"),
])
def test_an_age_or_a_lull_before_the_days_event_keeps_it(text: str, kind: str) -> None:
    """An age in months before «جراء» («طفلة عمرها ستة أشهر جراء قصف حوثي») is no lasting halt: the
    killing is told; a lull of two weeks before renewed clashes names no cause: the clashes are told."""
    assert [i.event_type for i in _incidents(text)] == [kind]


@pytest.mark.parametrize("text, pair", [
    ("وسيطر المقاتلون الموالون للحكومة أمس على مدينة زنجبار بعد معارك مع الحوثيين.",
     ("Government regains territory", "Popular Resistance", "Houthis (Ansar Allah)")),
    ("واستعاد المقاتلون الموالون لهادي أمس السيطرة على مديرية المعلا في عدن من الحوثيين.",
     ("Government regains territory", "Popular Resistance", "Houthis (Ansar Allah)")),
    ("واشتبك مقاتلون موالون للحكومة مع الحوثيين أمس في مدينة تعز.",
     ("Armed clash", "Popular Resistance", "Houthis (Ansar Allah)")),
    ("وسيطر رجال قبائل وموالون للحكومة الشرعية أمس على مديرية مكيراس بعد اشتباكات مع الحوثيين.",
     ("Government regains territory", "Popular Resistance", "Houthis (Ansar Allah)")),
])
def test_fighters_told_as_loyal_to_the_government_are_the_resistance(text: str, pair: tuple) -> None:
    """The news agencies' «المقاتلون الموالون للحكومة / لهادي» (pro-government fighters) are the
    Popular Resistance: a side of the fight — not missing, which let the Houthis named after them
    take the town («وسيطر المقاتلون الموالون للحكومة على زنجبار بعد معارك مع الحوثيين»)."""
    found = [(i.sub_event_type, i.actor1 and i.actor1.name_en, i.actor2 and i.actor2.name_en) for i in _incidents(text)]
    assert found == [pair], found


@pytest.mark.parametrize("text", [
    "وقال سكان إن مقاتلين مناهضين لجماعة الحوثي سيطروا أمس على ثلاث مناطق في محافظة الضالع.",
    "وطرد المقاتلون المناوئون للحوثيين أمس المتمردين من مدينة الحوطة في لحج.",
])
def test_fighters_told_as_opposed_to_the_houthis_are_the_resistance(text: str) -> None:
    """«مقاتلين مناهضين لجماعة الحوثي» (anti-Houthi fighters) take the place: the Popular
    Resistance regains it, the Houthi name inside the phrase is no taker."""
    found = [(i.sub_event_type, i.actor1 and i.actor1.name_en) for i in _incidents(text)]
    assert found == [("Government regains territory", "Popular Resistance")], found


def test_loyal_writers_are_no_armed_party() -> None:
    """Only fighters (or people told bare as loyal to Hadi's government) are a party: «الكتاب
    الموالين للحكومة» are writers."""
    an = analyze("وقالت مصادر إن الكتاب الموالين للحكومة انتقدوا القرار.", DAY, "")
    assert [e for e in an.doc.entities if e.label == "ARMED_ACTOR"] == []
