"""Bodies the news names often that the lexicon lacked (audit 23, fresh articles: the Yemeni
Journalists Syndicate and the Civil Defence left untagged)."""

from __future__ import annotations

from core.pipeline import analyze


def test_the_journalists_syndicate_and_the_civil_defence_are_organisations() -> None:
    text = "وأدانت نقابة الصحفيين اليمنيين اعتقال المراسل، فيما باشرت فرق الدفاع المدني إطفاء الحريق في الحي."
    orgs = [s.text for s in analyze(text, "2015-08-01", "").entities if s.label == "ORGANIZATION"]
    assert orgs == ["نقابة الصحفيين اليمنيين", "الدفاع المدني"]


def test_the_syndicate_as_a_reports_source() -> None:
    text = "وقالت نقابة الصحفيين اليمنيين إن 13 صحفيا ما زالوا محتجزين."
    spans = [(s.label, s.text) for s in analyze(text, "2015-08-01", "").entities]
    assert ("SOURCE", "نقابة الصحفيين اليمنيين") in spans
