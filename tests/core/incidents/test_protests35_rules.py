"""Rules added after a coder's reading of protest articles outside Yemen (session 35, sampler seed
2931). Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.incidents import codability
from core.pipeline import analyze

MONDAY = date(2015, 8, 10)


# -- protests abroad told by a crowd verb: coded whatever the codability model says ---------------

@pytest.fixture
def model_says_no(monkeypatch: pytest.MonkeyPatch) -> None:
    """The codability model on, scoring every candidate 0.05 (below any threshold)."""
    monkeypatch.setattr(codability, "ENABLED", True)
    monkeypatch.setattr(codability, "probabilities", lambda rows: [0.05] * len(rows))


def _coded_and_aside(text: str) -> tuple[list[str], list[str]]:
    an = analyze(text, MONDAY)
    return [i.sub_event_type for i in an.incidents], [i.sub_event_type for i in an.set_aside]


@pytest.mark.usefixtures("model_says_no")
@pytest.mark.parametrize("text", [
    "وتجمع نحو خمسمئة متظاهر أمام مبنى البرلمان في العاصمة الأردنية عمان للمطالبة بإصلاحات.",
    "وخرج مئات المحتجين إلى ساحة التحرير في بغداد مطالبين بتحسين الكهرباء.",
    "واحتشد آلاف الطلاب أمام مقر الحكومة في مدينة أثينا رافعين لافتات ضد التقشف.",
])
def test_a_protest_abroad_told_by_a_crowd_verb_is_coded_whatever_the_model(text: str) -> None:
    """«تجمع نحو خمسمئة متظاهر أمام … في عمان»: a crowd verb in the past tells the protest, its
    place named in the clause, no day of its own (so not `protected`) — coded though the model
    scores it low."""
    kept, aside = _coded_and_aside(text)
    assert kept == ["Peaceful protest"], (kept, aside)


@pytest.mark.usefixtures("model_says_no")
def test_protesters_wounded_abroad_are_coded_whatever_the_model() -> None:
    text = "وخلال المسيرة الأسبوعية في قرية بلعين، أصيب ثلاثة متظاهرين بالرصاص المطاطي لجيش الاحتلال."
    kept, aside = _coded_and_aside(text)
    assert kept == ["Excessive force against protesters"], (kept, aside)


@pytest.mark.usefixtures("model_says_no")
@pytest.mark.parametrize("text", [
    # named only by its noun: left to the model
    "وتحدث الوزير عن الاحتجاجات الواسعة في مدينة البصرة ضد انقطاع الكهرباء.",
    # a crowd verb, but weeks back
    "وكان مئات المتظاهرين قد تجمعوا في الأول من يوليو أمام مبنى المحافظة في مدينة البصرة.",
    # Yemen: the model's own war, its word stands
    "وتجمع مئات المتظاهرين أمام مبنى المحافظة في مدينة تعز.",
])
def test_other_protests_stay_with_the_model(text: str) -> None:
    kept, aside = _coded_and_aside(text)
    assert not kept, (kept, aside)
