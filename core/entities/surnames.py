"""A person's last name standing alone after a word that says a person stands there.

News names a person in full once («السفير أحمد عبدالعزيز قطان») and then by the last name only
(«وقال قطان إن», «وأكد السفير قطان»). The tagger often leaves the bare name untagged, and the
document-level vote (`core.entities.consistency`) gives a surname only half a vote, on purpose:
a surname alone is often an ordinary word or a place. Here the words right before the bare name
decide: a speech or stance verb whose doer follows, or a title (resources/lexicons/person_cues.json).
Then the bare last name of a person the article names in full, not covered by any other span, is
that person. Family names that are also an armed actor's name (actors.json `family_names`:
«الحوثي») and strings the taggers' training data shows mostly as ordinary words are left alone.

A name is also known by the office said right after it: «وقال راجح بادي، المتحدث باسم الحكومة»
(`named_before_office`: two or three words after a speech verb, before «،» and an office word).
The taggers miss many such names, foreign ones most («وقال مارك تونر، مساعد المتحدث»), and with
the full name known the bare «وقال بادي» later is that person too.

The same file lists kinship words with a possessive ending («ونجله», «وشقيقه»): the tagger runs a
name on over them («ونجله أحمد علي عبد الله صالح»), and `without_kin` starts the span after them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from core.text.clitics import conj_in

if TYPE_CHECKING:
    from core.document import Document, Span
    from core.text.tokens import Token

MIN_CHARS = 3


@lru_cache(maxsize=1)
def _cues() -> frozenset[str]:
    from core.entities.lexicon import load_lexicon
    from core.entities.matcher import normalized

    return frozenset(normalized(w) for w in load_lexicon("person_cues.json").get("verbs", ())) | titles()


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """person_cues.json `titles`, normalised («الرئيس», «السيناتور»)."""
    from core.entities.lexicon import load_lexicon
    from core.entities.matcher import normalized

    return frozenset(normalized(w) for w in load_lexicon("person_cues.json").get("titles", ()))


@lru_cache(maxsize=1)
def _kin() -> frozenset[str]:
    from core.entities.lexicon import load_lexicon
    from core.entities.matcher import normalized

    return frozenset(normalized(w) for w in load_lexicon("person_cues.json").get("kin", ()))


def without_kin(doc: Document, span: Span) -> Span | None:
    """A tagger's PERSON span that opens with a kinship word («ونجله أحمد علي عبد الله صالح»: and
    his son …) starts at the name after it; None when nothing but the kinship word is left."""
    from core.entities.matcher import normalized

    if span.label != "PERSON" or " " not in span.text:
        return span
    first, rest = span.text.split(" ", 1)
    second = rest.split(" ", 1)
    if " ".join(normalized(w) for w in (first, second[0])) in KIN_PAIRS:
        first, rest = f"{first} {second[0]}", second[1] if len(second) > 1 else ""  # «ابن عم الطيار»: his cousin
    elif not _is_cue(normalized(first), _kin()):
        return span
    start = span.end - len(rest)
    if not rest.strip():
        return None
    return doc.span(start, span.end, span.label, span.source, **span.attrs)


# «ابن عم», «ابنة خال»: a cousin (normalised), kinship in two words whose first is also a name's part («ابن»)
KIN_PAIRS = frozenset(f"{a} {b}" for a in ("ابن", "ابنه", "بنت", "وابن", "وابنه") for b in ("عم", "خال"))


@lru_cache(maxsize=1)
def _office_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(speech verbs, office words with and without the article, words never in a name)."""
    from core.entities.lexicon import load_lexicon
    from core.entities.matcher import normalized

    data = load_lexicon("person_cues.json")
    offices = {normalized(w) for w in data.get("offices", ())}
    return (frozenset(normalized(w) for w in data.get("verbs", ())), frozenset(offices | {"ال" + w for w in offices}),
            frozenset(normalized(w) for w in data.get("not_name_words", ())))


MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 3
COMMAS = frozenset({"،", ","})


def named_before_office(doc: Document, spans: Sequence[Span]) -> list[Span]:
    """`spans` (sorted, not overlapping) with a PERSON span on two or three words standing between
    a speech verb and «،» + an office word: «وأوضح راجح بادي، المتحدث باسم الحكومة», «وقال مارك
    تونر، مساعد المتحدث». The words are letters only, the first without the article, none of
    `not_name_words`; a PERSON span inside them gives way to the whole name, any other span keeps
    them from being one."""
    verbs, offices, not_name = _office_cues()
    out = list(spans)
    added = False
    for sentence in doc.sentence_tokens():
        for i in range(len(sentence) - MIN_NAME_WORDS - 2):
            if not _is_cue(sentence[i].norm, verbs):
                continue
            for n in range(MIN_NAME_WORDS, MAX_NAME_WORDS + 1):
                k = i + 1 + n  # the comma
                if k + 1 >= len(sentence) or sentence[k].text not in COMMAS or sentence[k + 1].norm not in offices:
                    continue
                words = sentence[i + 1 : k]
                if words[0].norm.startswith("ال") or any(not w.norm.isalpha() or w.norm in not_name for w in words):
                    break
                start, end = words[0].start, words[-1].end
                inside = [s for s in out if s.start < end and start < s.end]
                if any(s.label != "PERSON" or s.start < start or s.end > end or s.source == "user" for s in inside):
                    break
                out = [s for s in out if not any(s is t for t in inside)]
                out.append(doc.span(start, end, "PERSON", "rule", rule="named_before_office"))
                added = True
                break
    return sorted(out, key=lambda s: (s.start, s.end)) if added else list(spans)


DEFINITE_WITH_PREPOSITION = ("بال", "وبال", "فبال", "لل", "ولل", "فلل", "كال", "وكال")
_FIRST_WORD = re.compile(r"(\S+)\s+(?=\S)")  # a first word and the white space after it, a word following


def without_definite_lead(doc: Document, span: Span) -> Span | None:
    """A tagger's PERSON span of two words or more that opens with a definite word after a
    preposition («بالمحرر محارب الفريدي»: by the editor …, «للوزير …») starts at the word after
    it (after all the white space between them, a line break or two spaces too): a name never
    opens so."""
    lead = _FIRST_WORD.match(span.text) if span.label == "PERSON" else None
    if lead is None:
        return span
    from core.entities.matcher import normalized

    if not normalized(lead.group(1)).startswith(DEFINITE_WITH_PREPOSITION):
        return span
    return doc.span(span.start + lead.end(), span.end, span.label, span.source, **span.attrs)


def _is_cue(norm: str, cues: frozenset[str]) -> bool:
    return conj_in(norm, cues)


QUOTES_OPEN = {"«": "»", '"': '"', "“": "”"}  # an opening quote and its closing one


def bare_surnames(doc: Document, spans: Sequence[Span]) -> list[Span]:
    """`spans` (sorted, not overlapping) with a PERSON span added on each bare last name of a
    person named in full, right after a person cue, or quoted alone right after it («وقال
    «الحذيفي»»). A one-word place read on that word gives way («الدكتور عبدالله السويد … وقال
    السويد»: the man, not Sweden)."""
    from core.entities import _family_names
    from core.entities.consistency import ordinary_strings
    from core.entities.matcher import normalized

    families, ordinary = _family_names(), ordinary_strings()  # not joined: a 10k-set union an article
    surnames = {normalized(s.text.split()[-1]) for s in spans if s.label == "PERSON" and len(s.text.split()) > 1}
    surnames = {s for s in surnames if len(s) >= MIN_CHARS and s not in families and s not in ordinary}
    if not surnames:
        return list(spans)
    cues = _cues()
    added: list[Span] = []
    dropped: set[tuple[int, int]] = set()
    for sentence in doc.sentence_tokens():
        for i in range(1, len(sentence)):
            tok = sentence[i]
            cue = i - 1
            if i >= 2 and sentence[cue].text in QUOTES_OPEN and i + 1 < len(sentence) \
                    and sentence[i + 1].text == QUOTES_OPEN[sentence[cue].text]:
                cue -= 1  # «وقال «الحذيفي» في تصريحات»: the surname in quotes after the cue
            if tok.norm not in surnames or not _is_cue(sentence[cue].norm, cues):
                continue
            over = [s for s in spans if tok.start < s.end and s.start < tok.end]
            if over:
                if len(over) != 1 or not _place_on_word(over[0], tok):
                    continue
                dropped.add((over[0].start, over[0].end))
            added.append(doc.span(tok.start, tok.end, "PERSON", "rule", rule="surname"))
    if not added:
        return list(spans)
    kept = [s for s in spans if (s.start, s.end) not in dropped]
    return sorted([*kept, *added], key=lambda s: (s.start, s.end))


def _place_on_word(span: Span, tok: Token) -> bool:
    """A machine LOCATION that is this one word alone (its proclitics aside), no head word."""
    return span.label == "LOCATION" and span.source in ("gazetteer", "model") and span.end == tok.end \
        and span.start >= tok.start and " " not in span.text
