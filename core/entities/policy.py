"""Overlap policy: many recognisers propose spans, one small pure function picks the layer.

Rules, in order:
1. an analyst's span ("user") always wins;
2. otherwise the longer span wins (so «ميليشيات الحوثي والمخلوع صالح» beats «صالح»);
3. on equal length, the more trusted source wins: lexicon > gazetteer > rule > camelbert > model
   (curated data beats statistics; the tagger mainly fills gaps the data does not cover) — except
   that a quoted title after its head word («صحيفة "الرياض"», `core.entities.titles`) beats the
   gazetteer's reading of the same words: the head says what the name is;
4. spans that do not overlap are all kept;
5. one sense per article: a bare place (no head word; gazetteer or model) written as the last name of a
   person the article names («علي الأحمدي» … «وأكد الأحمدي أن») is that person (a PERSON span), not
   the place — unless it is a country or a governorate of Yemen («الشيخ محمد عمران» does not erase
   Amran; Kuwait's governorate Al Ahmadi does not keep «الأحمدي»).
Model spans of a type the data also knows may be relabelled by a data span on the same words:
that is rule 2/3 applied — the data span simply wins. A model span that cuts across a curated span
of its label without holding it whole is dropped before rule 2 («قيفة [رداع بالبيضاء]»), and so is
one that is a curated span of its label (an organisation and an armed actor count as one) with a
proclitic before it («[و]كفريا», «[و]جبهة النصرة»; a person that is a curated organisation with a
proclitic, «[ل]فرانس برس», too), and one made of two or more curated spans of its
label joined by proclitics («وكريتر والتواهي»: two places of a list).
"""

from __future__ import annotations

from collections.abc import Iterable

from core.document import Span

BIG_KINDS = frozenset({"country", "governorate", "province", "region", "state", "admin1"})  # «محمد عمران» … «في عمران»
SOURCE_RANK = {"user": 5, "lexicon": 4, "gazetteer": 3, "rule": 2, "camelbert": 1, "model": 0}


TITLE_RANK = 3.5  # between lexicon and gazetteer


def _priority(span: Span) -> tuple[int, int, float, int]:
    rank = TITLE_RANK if span.attrs.get("rule") == "title" else SOURCE_RANK.get(span.source, 0)
    return (span.source == "user", span.length, rank, -span.start)


STATISTICAL = frozenset({"model", "camelbert"})
CURATED = frozenset({"lexicon", "gazetteer"})


PROCLITICS = frozenset({"و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "لل", "ولل", "فلل"})  # «لل» = «ل» + «ال»: «للأمم المتحدة»


def _clitic_more(span: Span, data: list[Span]) -> bool:
    """A statistical span that is a curated span of its label plus a proclitic before it: the
    tagger's «وكفريا» against the curated «كفريا» of «بلدتي الفوعة وكفريا» (the tagger tags whole
    tokens; the conjunction is no part of the name). A tagger's person that is a curated
    organisation plus a proclitic is that organisation too («لفرانس برس»: "to AFP", no person)."""
    return any((_same_kind(_named_label(d), span.label) or span.label == "PERSON" and _named_label(d) == "ORGANIZATION")
               and d.end == span.end and span.start < d.start
               and span.text[: d.start - span.start] in PROCLITICS for d in data)


ORGANISED = frozenset({"ORGANIZATION", "ARMED_ACTOR"})


def _named_label(span: Span) -> str:
    """An organisation the lexicon read as the source of a report («وقالت … التابعة للأمم المتحدة
    إن») is still that organisation's name."""
    return "ORGANIZATION" if span.label == "SOURCE" and span.attrs.get("organization") else span.label


def _same_kind(a: str, b: str) -> bool:
    """The same label, or an organisation and an armed actor: the tagger's ORGANIZATION «وجبهة
    النصرة», «لجبهة النصرة» is the lexicon's armed actor «جبهة النصرة» with a proclitic."""
    return a == b or (a in ORGANISED and b in ORGANISED)


def _straddles(span: Span, data: list[Span]) -> bool:
    """A statistical span that cuts across a curated span of its label without holding it whole
    («قيفة [رداع بالبيضاء]» against the gazetteer's «قيفة رداع» and «البيضاء»), or across a
    curated name of several words of any label (the person «[أحمد والبساتين]» the tagger read in
    «منطقتي بئر أحمد والبساتين»): the tagger's boundary is the wrong one."""
    for d in data:
        if not (span.start < d.end and d.start < span.end):
            continue
        if d.label != span.label and len(d.text.split()) < 2:
            continue
        if not (span.start <= d.start and d.end <= span.end) and not (d.start <= span.start and span.end <= d.end):
            return True
    return False


def _joins_curated(span: Span, data: list[Span]) -> bool:
    """A statistical span made of two or more curated spans of its label and nothing but spaces and
    proclitics between and before them: the tagger's «وكريتر والتواهي» over the gazetteer's «كريتر» and
    «التواهي» (two places of a list, not one name)."""
    return bool(joined_parts(span, data))


def joined_parts(span: Span, data: list[Span]) -> list[Span]:
    """The curated spans (two or more) `span` is made of when `_joins_curated` holds, else []."""
    inner = sorted((d for d in data if _same_kind(_named_label(d), span.label)
                    and span.start <= d.start and d.end <= span.end), key=lambda d: d.start)
    if len(inner) < 2 or inner[-1].end != span.end:
        return []
    at = span.start
    for d in inner:
        if d.start < at:
            return []
        if gap := span.text[at - span.start : d.start - span.start].strip():
            if any(part not in PROCLITICS for part in gap.split()) and gap not in PROCLITICS:
                return []
        at = d.end
    return inner


def _overruled(span: Span, data: list[Span]) -> bool:
    """`_straddles`, `_clitic_more` or `_joins_curated`: each reads only the curated spans that
    overlap the statistical one, so they are picked out once (in their order) for the three."""
    start, end = span.start, span.end
    near = [d for d in data if d.start < end and start < d.end]
    return bool(near) and (_straddles(span, near) or _clitic_more(span, near) or _joins_curated(span, near))


def resolve(candidates: Iterable[Span]) -> list[Span]:
    """Non-overlapping spans sorted by start, chosen greedily by priority."""
    candidates = list(candidates)
    data = [s for s in candidates if s.source in CURATED]
    candidates = [s for s in candidates if s.source not in STATISTICAL or not _overruled(s, data)]
    chosen: list[Span] = []
    taken: list[tuple[int, int]] = []
    # the offsets the chosen spans cover: a span overlaps one of them when one of its own offsets
    # is covered (one C search instead of a test against every span chosen before; a span changed
    # since it was made to no offsets at all is tested the long way)
    covered = bytearray(max((s.end for s in candidates), default=0))
    for span in sorted(candidates, key=_priority, reverse=True):
        start, end = span.start, span.end
        if (covered.find(1, start, end) != -1 if 0 <= start < end
                else any(start < e and s < end for s, e in taken)):
            continue
        chosen.append(span)
        taken.append((start, end))
        if 0 <= start < end:
            covered[start:end] = b"\x01" * (end - start)
    chosen.sort(key=lambda s: (s.start, s.end))
    surnames = {s.text.split()[-1] for s in chosen if s.label == "PERSON" and len(s.text.split()) > 1}
    return [Span(s.start, s.end, "PERSON", "rule", s.text, {"rule": "surname"}) if _surname_place(s, surnames) else s
            for s in chosen]


HOME = "Yemen"  # the war the reader covers: its governorates share names with its people («عمران»)


def _surname_place(span: Span, surnames: set[str]) -> bool:
    """Rule 5: a bare place written as the last name of a person the article names. A country and
    a governorate of Yemen stay places; a governorate abroad does not («علي الأحمدي» … «وقال
    الأحمدي»: the person, not Kuwait's Al Ahmadi)."""
    if span.label != "LOCATION" or span.source == "user" or span.attrs.get("head") or span.text not in surnames:
        return False
    kind = span.attrs.get("kind")
    return kind not in BIG_KINDS or (kind != "country" and span.attrs.get("country") not in (HOME, None, ""))
