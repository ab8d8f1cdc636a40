"""Rules added after the audit of fresh SaudiNewsNet articles (seed 2561, session 28): one person
killed named by a definite noun.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

FRIDAY = date(2015, 8, 7)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _incidents(text: str, day: date = FRIDAY) -> list[tuple[str, str, int | None, str]]:
    return [(i.sub_event_type, i.location.admin1_en if i.location else "", i.fatalities, i.date)
            for i in analyze(text, day).incidents]


def test_one_person_killed_named_by_a_definite_noun_is_one_dead() -> None:
    """«مقتل الطفل محمد …», «استشهاد المواطن …», «قتل الشاب …»: a definite singular person noun
    right after the killing word is one person killed (1), as a definite rank is («القيادي»)."""
    text = "وأسفر قصف الميليشيات على حي كريتر في مدينة عدن أمس عن مقتل الطفل محمد صالح الحميري."
    assert [(t, g, k) for t, g, k, _ in _incidents(text)] == [("Shelling/artillery/missile attack", "Aden", 1)]
    text = "وقتل الشاب عبدالله أحمد برصاص قناص حوثي في حي الجحملية بمدينة تعز صباح اليوم."
    assert [(g, k) for _, g, k, _ in _incidents(text)] == [("Taizz", 1)]
    text = "وأطلق مستوطنون النار على سيارة في قرية قريبة من مدينة الخليل ما أدى إلى استشهاد الرضيع أحمد."
    assert [k for _, _, k, _ in _incidents(text)] == [1]


def test_a_definite_plural_or_a_named_man_of_a_toll_told_before_adds_no_one() -> None:
    """A definite plural («مقتل المدنيين») gives no figure; a child named after the toll that holds
    him («مقتل 3 مدنيين … مقتل الطفل …») is one of the three, not a fourth."""
    text = "وأسفر قصف الميليشيات على حي كريتر في مدينة عدن أمس عن مقتل المدنيين وتدمير عدد من المنازل."
    assert [k for _, _, k, _ in _incidents(text)] == [None]
    text = ("وأسفر قصف الميليشيات على حي كريتر في مدينة عدن أمس عن مقتل 3 مدنيين. وقالت مصادر محلية إن "
            "القصف أدى إلى مقتل الطفل محمد صالح.")
    assert [k for _, _, k, _ in _incidents(text)] == [3]
