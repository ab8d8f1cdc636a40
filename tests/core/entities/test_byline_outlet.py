"""A paper named only in quotes or after its head is also named in the article's byline (audit 23,
fresh articles: «بندر الدوشي- سبق:», «سبق- متابعة:» left Sabq untagged)."""

from __future__ import annotations

from core.pipeline import analyze


def _orgs(text: str) -> list[str]:
    return [s.text for s in analyze(text, "2015-08-01", "").entities if s.label == "ORGANIZATION"]


def test_a_paper_in_the_byline_beside_a_dash_is_named() -> None:
    assert _orgs(" سالم العتيبي- سبق: وصلت قافلة إغاثة إلى المدينة.") == ["سبق"]
    assert _orgs(" سبق- متابعة: وصلت قافلة إغاثة إلى المدينة.") == ["سبق"]


def test_the_same_word_in_a_sentence_or_a_dateline_place_is_no_paper() -> None:
    assert _orgs("وقال المسؤول إن ما سبق - كما ذكرنا - لا يكفي لإعادة الإعمار.") == []
    text = "الرياض - «الشرق الأوسط»: وصلت قافلة إغاثة إلى المدينة."
    assert [(s.label, s.text) for s in analyze(text, "2015-08-01", "").entities][:1] == [("LOCATION", "الرياض")]
