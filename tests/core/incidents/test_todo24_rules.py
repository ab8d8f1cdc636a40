"""Rules of session 24's leftover items: words of sequence and «كان» read bare or after «و/ف» (`conj_in`).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 12)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone

LEAD = "قتل ثلاثة جنود في هجوم شنه الحوثيون على موقع عسكري في مديرية صرواح بمأرب أمس."
TOLD_BACK = " وكانت مصادر قد أفادت بوصول تعزيزات للحوثيين إلى المنطقة، {} قتل جنديان في هجوم للحوثيين."


@pytest.mark.parametrize("word", ["فيما", "وفيما", "بينما"])
def test_fima_after_a_told_back_announcement_opens_the_news(word: str) -> None:
    """«…، فيما قتل جنديان»: «فيما» (while) is a word of sequence as written; read without its first
    letter («يما») it was none, so the two dead were taken for part of the announcement told back
    and lost. Now read like «بينما» and «وفيما»: the two soldiers are counted."""
    incs = analyze(LEAD + TOLD_BACK.format(word), DAY).incidents
    assert sum(i.fatalities or 0 for i in incs) == 5


NAJRAN = "قتل جندي سعودي أمس إثر إصابته بمقذوف أطلقه الحوثيون على قطاع نجران."
ANNOUNCED = (" {} المتحدث الأمني لوزارة الداخلية قد أعلن مقتل ثلاثة أشخاص وإصابة ستة آخرين من رجال "
             "الأمن نتيجة إطلاق الحوثيين قذائف على حدود المملكة.")


@pytest.mark.parametrize("was", ["وكان", "فكان", "كان"])
def test_an_announcement_told_back_after_fa_keeps_its_toll(was: str) -> None:
    """«فكان المتحدث … قد أعلن مقتل ثلاثة»: the pluperfect announcement after «ف» is told back like
    after «و»; its toll is not added to the day's event (was 4 killed, 6 injured)."""
    incs = analyze(NAJRAN + ANNOUNCED.format(was), DAY).incidents
    assert [(i.fatalities, i.injured) for i in incs] == [(1, None)]


def _listed(text: str) -> list[tuple[str, str, str]]:
    from core.entities import places

    doc = analyze(text, until="tokenise").doc
    return [(s.text, s.attrs.get("kind", ""), s.attrs.get("admin1_en", "")) for s in places.find(doc)
            if s.attrs.get("kind") in ("village", "district")]


def test_a_list_of_one_other_governorates_districts_keeps_its_readings() -> None:
    """«قرى حيس والخوخة بمديرية المخا»: Hays and al-Khawkhah are both districts of Hodeidah (on
    Mocha's border): the villages of those districts, not two villages of Mocha so named. Namesakes
    of districts of two governorates (Sa'dah's «حيدان», Sanaa's «الحصن») are still Mocha's villages."""
    got = _listed("شنت طائرات التحالف غارات جوية على قرى حيس والخوخة بمديرية المخا أمس.")
    assert got == [("حيس", "district", "Al Hudaydah"), ("الخوخة", "district", "Al Hudaydah"),
                   ("مديرية المخا", "district", "Taizz")]
    got = _listed("شنت طائرات التحالف غارات جوية على قرى حيدان والحصن بمديرية المخا أمس.")
    assert got == [("حيدان", "village", "Taizz"), ("الحصن", "village", "Taizz"), ("مديرية المخا", "district", "Taizz")]
