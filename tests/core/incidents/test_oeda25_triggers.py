"""Triggers with an object pronoun, and a negated «stop» (version 25, from the OEDA sentences'
missed reports): «هاجمتهم قوة», «اغتالوه», «قاموا باغتصابها», «خطفوهم» are attacks,
killings, a rape and an abduction as much as their bare forms; «لم تتوقف عن تعذيب» (did not stop
torturing) says the torture goes on, not that none happened.

Sentences written for the tests in the style of the news; the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.incidents.detect import find_mentions
from core.pipeline import analyze

DAY = date(2015, 8, 3)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _live(text: str) -> list[tuple[str, str, str]]:
    doc = analyze(text, DAY, "").doc
    mentions, _ = find_mentions(doc)
    return [(doc.text[m.start:m.end], m.event_type, m.sub_event_type) for m in mentions if not m.cancelled]


@pytest.mark.parametrize("text, word, kind", [
    ("وقال شهود إن مسلحين قبليين هاجموهم أمس قرب مدينة رداع.", "هاجموهم", "Battles"),
    ("وما إن غادر الجنود النقطة حتى هاجمتهم مجموعة مسلحة على الطريق.", "هاجمتهم", "Battles"),
    ("وقال شهود إن مسلحين مجهولين اغتالوه أمس أمام منزله في مدينة المكلا.", "اغتالوه", "Violence against civilians"),
    ("وقالت امرأة من المدينة إن ثلاثة مسلحين قاموا باغتصابها داخل منزلها.", "اغتصابها", "Violence against civilians"),
    ("وذكر الأهالي أن مسلحين خطفوهم من سوق المدينة صباح الأحد.", "خطفوهم", "Violence against civilians"),
    ("وقال الأهالي إن مسلحين أوقفوا الشبان الثلاثة على الطريق وقتلوهم.", "قتلوهم", "Violence against civilians"),
])
def test_verb_with_object_pronoun_is_a_trigger(text: str, word: str, kind: str) -> None:
    assert (word, kind) in [(w, k) for w, k, _ in _live(text)], _live(text)


def test_not_stopping_is_no_negation() -> None:
    """«لم تتوقف عن تعذيب»: the torture did not stop; «لم يقع أي تعذيب» still denies it."""
    assert [k for _, k, _ in _live("وقال المعتقلون إن عناصر الأمن لم تتوقف عن تعذيب السجناء طوال الأسبوع.")] == [
        "Violence against civilians"]
    assert _live("وقال المعتقلون إنه لم يقع أي تعذيب للسجناء طوال الأسبوع.") == []
