"""«عن» governed by the word before it introduces no source (audit 23, fresh article: «الإفراج عن
ناشط حقوقي», the release of an activist, read as an activists' report)."""

from __future__ import annotations

from core.pipeline import analyze


def _sources(text: str) -> list[str]:
    return [s.text for s in analyze(text, "2015-08-01", "").entities if s.label == "SOURCE"]


def test_an_after_release_or_search_is_no_attribution() -> None:
    assert _sources("طالبت المنظمة بالإفراج عن ناشط حقوقي اعتقل في المدينة.") == []
    assert _sources("وتواصل الفرق البحث عن ناشطين فقدوا منذ أسبوع.") == []


def test_an_after_a_reporting_verb_still_names_the_source() -> None:
    assert _sources("ونقلت الوكالة عن ناشط محلي أن الاشتباكات توقفت.") == ["ناشط"]
