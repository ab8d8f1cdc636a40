"""Eventness: does a sentence report an event that happened, or only talk about violence?

News commentary is full of trigger words («الهجوم الأميركي المحتمل», «اغتيال كينيدي») that
report nothing, and history, trials, condemnations and habits («حيث تكثر عمليات الخطف») read
like reports to a keyword rule. A small logistic model per task (ASSAULT = violent event types,
PROTEST = protests/riots) scores each sentence that has a trigger, from:
- structure: kinds and strengths of its triggers, cancelled ones, definite (back-reference)
  triggers, entity labels (casualty figures, places, dates, actors), quotes, a question;
- word classes (`resources/acled/eventness_cues.json`): past-tense violent or protest verbs,
  result phrases («أسفر عن»), crowds, recent-time words, history, trials, opinion, reporting
  verbs, victims — present anywhere, near a trigger of the task, or before its first trigger.
  A class has one weight, so the model generalises from 50 protest examples where single
  spellings could not;
- trigger context: the trigger word itself and its neighbours, per task;
- words: the sentence's folded, clitic-stripped words (strongly regularised).
Weights and the decision threshold live in `resources/acled/eventness.json`, built by
`build_scripts/train_event_filter.py` (which also prints the grouped cross-validated figures).
A missing model file means every sentence passes (the rules alone decide).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from importlib.resources import files
from typing import Any

from core.document import Span
from core.incidents.lexicons import fitted_model, is_violent, logistic
from core.text.clitics import proclitic_variants
from core.text.normalize import normalize_token
from core.text.tokens import Token

TASK_OF = {"Protests": "PROTEST", "Riots": "PROTEST"}
TASKS = ("ASSAULT", "PROTEST")
ENABLED = True  # evaluation scripts switch it off to measure the rules alone
NEAR = 4  # tokens either side of a trigger that count as its context
# Pairs of word classes whose co-occurrence says more than each alone (an event verb *with* its
# victims, a protest verb *with* a crowd, a recent-time word *with* an event verb).
CLASS_PAIRS: tuple[tuple[str, str], ...] = (
    ("violent_past_verb", "victim"),
    ("protest_past_verb", "crowd"),
    ("violent_result", "violent_noun_event"),
    ("recent_time", "violent_past_verb"),
    ("recent_time", "protest_past_verb"),
    ("report_verb", "security_source"),
)


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


@lru_cache(maxsize=1)
def cue_sets() -> dict[str, frozenset[str]]:
    """Word classes of eventness_cues.json, normalised like tokens."""
    path = files("resources") / "acled" / "eventness_cues.json"
    classes = json.loads(path.read_text(encoding="utf-8"))["classes"]
    return {name: frozenset(normalize_token(w) for w in words) for name, words in classes.items()}


@lru_cache(maxsize=1)
def _classes_by_word() -> dict[str, frozenset[str]]:
    """Every word of `cue_sets` → the classes holding it."""
    out: dict[str, set[str]] = {}
    for name, words in cue_sets().items():
        for word in words:
            out.setdefault(word, set()).add(name)
    return {word: frozenset(names) for word, names in out.items()}


@lru_cache(maxsize=30_000)
def classes_of(norm: str) -> tuple[str, ...]:
    """The word classes a normalised token belongs to, with or without its proclitics (in
    `cue_sets` order). Each reading is one lookup, not one test per class."""
    by_word = _classes_by_word()
    found = [names for f in proclitic_variants(norm) if (names := by_word.get(f))]
    if not found:
        return ()
    held = found[0].union(*found[1:])
    return tuple(name for name in cue_sets() if name in held)


def _structure(f: dict[str, float], tokens: list[Token], entities: Iterable[Span], mentions: list[Any]) -> None:
    for m in mentions:
        f[f"t:{task_of(m.event_type) or 'OTHER'}:{m.strength}"] = 1.0
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
        elif tok.norm.isdigit():
            f["p:digits"] = 1.0
            if len(tok.norm) == 4 and tok.norm[:2] in ("19", "20"):
                f["p:year"] = 1.0  # «في عام 2005»: history more often than news
    f["p:long"] = 1.0 if len(tokens) > 40 else 0.0


def features(tokens: list[Token], entities: Iterable[Span], mentions: Iterable[Any]) -> dict[str, float]:
    """Features of one sentence. `mentions` are detect.Mention-like objects (event_type, strength,
    cancelled, definite, start); task-specific context keys are prefixed "ASSAULT|"/"PROTEST|"
    so one dictionary serves both models."""
    mentions = list(mentions)
    f: dict[str, float] = {"bias": 1.0}
    _structure(f, tokens, entities, mentions)
    words = [t for t in tokens if not t.is_punct and not t.norm.isdigit()]
    keys = [word_key(t.norm) for t in words]
    at: dict[str, list[int]] = {}
    for i, (tok, key) in enumerate(zip(words, keys)):
        f["w:" + key] = 1.0
        for name in classes_of(tok.norm):
            at.setdefault(name, []).append(i)
    for name in at:
        f["x:" + name] = 1.0
    for a, b in CLASS_PAIRS:
        if a in at and b in at:
            f[f"x:{a}&{b}"] = 1.0
    if "protesters" in at and "protest_acts" in at and "protest_past_verb" not in at:
        f["x:protesters_acts_only"] = 1.0  # «ورفع المتظاهرون لافتات»: describes a protest already told
    index = {t.start: i for i, t in enumerate(words)}
    for task in TASKS:
        live = [m for m in mentions if not m.cancelled and task_of(m.event_type) == task]
        where = sorted({index[m.start] for m in live if m.start in index})
        if not where:
            continue
        p = task + "|"
        f[p + "n"] = min(len(where), 3) / 3
        if where[0] < 4:
            f[p + "early"] = 1.0
        for i in where[:3]:
            f[p + "tw:" + keys[i]] = 1.0
            for d in (-2, -1, 1):
                if 0 <= i + d < len(keys):
                    f[f"{p}tx{d}:{keys[i + d]}"] = 1.0
        for name, spots in at.items():
            if any(abs(s - i) <= NEAR for s in spots for i in where):
                f[p + "near:" + name] = 1.0
            if spots[0] < where[0]:
                f[p + "before:" + name] = 1.0
    return f


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    return fitted_model("eventness.json")


def probability(feats: dict[str, float], task: str) -> float | None:
    m = model().get(task)
    if not m:
        return None
    return logistic(m["weights"], feats)


def passes(feats: dict[str, float], task: str) -> tuple[bool, float | None]:
    p = probability(feats, task) if ENABLED else None
    if p is None:
        return True, None
    return p >= model()[task]["threshold"], p
