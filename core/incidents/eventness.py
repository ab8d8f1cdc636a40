"""Eventness: does a sentence report an event that happened, or only talk about violence?

News commentary is full of trigger words («الهجوم الأميركي المحتمل», «اغتيال كينيدي») that
report nothing. A small logistic model per task (ASSAULT = violent event types, PROTEST =
protests/riots) scores each sentence that has a trigger, from two kinds of features:
- structure: the kinds and strengths of its triggers, cancelled ones, entity labels around them
  (casualty figures, places, dates, actors), reported speech, quotes, a question;
- words: the sentence's folded, clitic-stripped words (so «امس», «اندلعت», «مقتل» count).
Weights live in `resources/acled/eventness.json`, built by `build_scripts/train_event_filter.py`
from the OEDA dev sentences; its cross-validated figures are in docs/incidents.md.
A missing model file means every sentence passes (the rules alone decide).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from functools import lru_cache
from importlib.resources import files
from typing import Any

from core.document import Span
from core.incidents.lexicons import is_violent
from core.text.clitics import proclitic_variants
from core.text.tokens import Token

TASK_OF = {"Protests": "PROTEST", "Riots": "PROTEST"}
ENABLED = True  # evaluation scripts switch it off to measure the rules alone


def task_of(event_type: str) -> str | None:
    if event_type in TASK_OF:
        return TASK_OF[event_type]
    return "ASSAULT" if is_violent(event_type) else None


def word_key(norm: str) -> str:
    """A word without its proclitics and article (the shortest candidate of ≥ 3 letters)."""
    best = norm
    for form in proclitic_variants(norm):
        if len(form) >= 3 and len(form) < len(best):
            best = form
    return best


def features(tokens: list[Token], entities: Iterable[Span], mentions: Iterable[Any]) -> dict[str, float]:
    f: dict[str, float] = {"bias": 1.0}
    for m in mentions:
        tag = f"{task_of(m.event_type) or 'OTHER'}:{m.strength}"
        f["t:" + tag] = 1.0
        f["t:" + m.event_type] = 1.0
        if m.cancelled:
            f["c:" + m.cancelled] = 1.0
        elif m.definite:
            f["t:definite"] = 1.0
        else:
            f["t:indefinite"] = 1.0
    for span in entities:
        f["e:" + span.label] = 1.0
        if span.label == "CASUALTY" and span.attrs.get("count"):
            f["e:casualty_count"] = 1.0
    for tok in tokens:
        if tok.is_punct:
            if tok.text in "«»\"":
                f["p:quote"] = 1.0
            elif tok.text in "؟?":
                f["p:question"] = 1.0
            continue
        if tok.norm.isdigit():
            f["p:digits"] = 1.0
            continue
        f["w:" + word_key(tok.norm)] = 1.0
    f["p:long"] = 1.0 if len(tokens) > 40 else 0.0
    return f


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    path = files("resources") / "acled" / "eventness.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def probability(feats: dict[str, float], task: str) -> float | None:
    m = model().get(task)
    if not m:
        return None
    weights = m["weights"]
    z = sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def passes(feats: dict[str, float], task: str) -> tuple[bool, float | None]:
    p = probability(feats, task) if ENABLED else None
    if p is None:
        return True, None
    return p >= model()[task]["threshold"], p
