"""A parent «of three» tells a family's size, not how many were hit (audit 23, fresh article: «بتهمة
قتل مقيمة أمريكية وأم لثلاثة أطفال» gave the killing a count of 3)."""

from __future__ import annotations

from core.pipeline import analyze


def _counts(text: str) -> list[int | None]:
    return [s.attrs["count"] for s in analyze(text, "2015-08-01", "").entities if s.label == "CASUALTY"]


def test_a_number_after_a_parent_with_lam_is_no_count() -> None:
    assert _counts("أدين الرجل بقتل معلمة أجنبية وأم لثلاثة أطفال في مجمع تجاري.") == [None]
    assert _counts("قتل مسلحون في عدن موظفا وهو أب لخمسة أطفال.") == [None]


def test_a_count_of_children_hit_still_counts() -> None:
    assert _counts("قتل ثلاثة أطفال وأمهم في القصف.") == [3]
