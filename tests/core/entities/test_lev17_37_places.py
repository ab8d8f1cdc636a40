"""«كسبها» (won it) is a verb, not «ك» + «سبها» (Sabha, Libya). Sentences written for the test."""

from __future__ import annotations

from core.pipeline import analyze


def places_in(text: str) -> list[str]:
    return [text[e.start:e.end] for e in analyze(text, None, "").entities if e.label == "LOCATION"]


def test_won_it_is_no_sabha() -> None:
    assert places_in("خسر الفريق المباراة التي كسبها المنافس بهدفين وسط احتجاجات الجماهير.") == []
    assert places_in("وأكد الوزير أن الحرب على الإرهاب لا يمكن كسبها بالسلاح وحده، وكسبها يحتاج وقتا.") == []


def test_sabha_itself_stays_a_place() -> None:
    assert places_in("وقتل ثلاثة أشخاص في اشتباكات قبلية في مدينة سبها جنوب ليبيا.") == ["مدينة سبها", "ليبيا"]
