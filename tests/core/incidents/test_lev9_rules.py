"""Gaps a session-35 audit of news about wars other than Yemen's found (seed 2951): Turkish place
names spelled with «ك» for «ق» or «ش» for «س» («شيرناك», «شيلوبي»), and «، كذلك» + a verb opening
the next piece of news in a long Syrian round-up sentence.

Sentences written for the tests in the style of that news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 10)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _incidents(text: str) -> list:
    return analyze(text, DAY, "").incidents


# ---------------------------------------------------------------- Turkish spellings


def test_sirnak_and_silopi_spelled_with_kaf_and_shin() -> None:
    """«شيرناك» (Şırnak, 8 uses in the corpus beside «شرناق») and «شيلوبي» (Silopi, 4 uses beside
    «سيلوبي») are the province and its border town: a clash there is coded in Şırnak."""
    text = "قتل جنديان تركيان أمس في اشتباك مع مسلحين أكراد قرب بلدة شيلوبي في ولاية شيرناك."
    incs = _incidents(text)
    assert [(i.location.country, i.location.admin1_en, i.location.name_en) for i in incs] == [
        ("Turkey", "Sirnak", "Silopi")]
    text = "انفجرت عبوة ناسفة أمس بعربة عسكرية في مقاطعة شيرناك جنوب شرق تركيا ما أدى إلى مقتل جندي."
    assert [(i.location.country, i.location.admin1_en) for i in _incidents(text)] == [("Turkey", "Sirnak")]


# ---------------------------------------------------------------- «، كذلك» + a verb


def test_likewise_before_a_verb_opens_a_clause() -> None:
    """«، كذلك قصف الطيران …»: the next piece of news — its period («المحاصر … منذ أكثر من عامين»,
    a siege) is not the clash told before it, which stays an incident."""
    text = ("شن الطيران الحربي غارات على مدينة تلبيسة بريف حمص، بينما قتل قيادي في جيش الإسلام خلال "
            "اشتباكات مع قوات النظام في بلدة الرستن، كذلك قصف الطيران الحربي مناطق قرب مطار الضبعة "
            "العسكري المحاصر من قبل الفصائل منذ أكثر من عامين.")
    kinds = sorted((i.event_type, i.location.name_en) for i in _incidents(text))
    assert ("Battles", "Ar Rastan") in kinds
    assert ("Explosions/Remote violence", "Tallbisah") in kinds


def test_likewise_before_a_noun_or_preposition_reads_on() -> None:
    """«، كذلك في …», «، كذلك المدنيون …», «، كذلك لها …»: no verb after «كذلك» — one clause."""
    from core.incidents.clauses import _likewise_verb

    class _T:
        def __init__(self, norm: str) -> None:
            self.norm = norm

    assert _likewise_verb(_T("دارت"))
    assert _likewise_verb(_T("استهدفت"))
    assert _likewise_verb(_T("لم"))
    for word in ("في", "المدنيين", "لها", "بالقرب", "من"):
        assert not _likewise_verb(_T(word)), word
    assert not _likewise_verb(None)


# ---------------------------------------------------------------- «بين أنقرة والمتمردين»


def test_a_capital_facing_a_party_is_its_government() -> None:
    """«الهدنة بين أنقرة والمتمردين الأكراد», «الحرب بين دمشق والفصائل المعارضة»: a bare city right
    after «بين» with a named party after its «و» is one side of a conflict, not where an event was;
    two places after «بين» stay places."""
    text = ("دافع البيت الأبيض أمس عن حق تركيا في ضرب حزب العمال الكردستاني بعد سلسلة من الغارات الجوية "
            "التي تهدد الهدنة الهشة بين أنقرة والمتمردين الأكراد.")
    assert [i.location.name_en for i in _incidents(text) if i.location] in ([], [""])
    text = "قصفت طائرات حربية مواقع للمسلحين أمس في إطار الحرب بين دمشق والفصائل المعارضة."
    assert all((i.location.name_en if i.location else "") != "Damascus" for i in _incidents(text))
    text = "اندلعت اشتباكات عنيفة أمس بين مسلحي القبائل وقوات الجيش على الطريق بين الرمادي والفلوجة."
    assert any(i.location and i.location.admin1_en == "Al-Anbar" for i in _incidents(text))
