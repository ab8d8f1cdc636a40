"""Entity step: every recogniser proposes spans; `policy.resolve` chooses one layer.

Each recogniser is a module with `find(doc) -> list[Span]` (see COMPONENTS). The trained tagger
is the default statistical backend; camel-tools' BERT NER replaces it only when chosen and its
data is installed (core.entities.camelbert, imported lazily).
"""

from __future__ import annotations

import importlib
import os
from functools import lru_cache
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # importing the text layer costs 0.4 s (camel-tools' character sets): not for `--version`
    from core.document import Document, Span

# Data-driven recognisers, always on.
COMPONENTS: list[str] = [
    "core.entities.places",
    "core.entities.lexicon",
    "core.entities.numbers",
    "core.entities.dates",
    "core.entities.casualties",
    "core.entities.titles",
]
# Statistical backends: "nn" (BiLSTM-CRF run with ONNX Runtime, default), "crf" (python-crfsuite),
# "camelbert" (optional: camel-tools' BERT NER, only with its data installed).
BACKENDS: dict[str, str] = {
    "crf": "core.entities.tagger",
    "nn": "core.entities.tagger_nn",
    "camelbert": "core.entities.camelbert",
}
DEFAULT_BACKEND = "nn"


def backend_name() -> str:
    return os.environ.get("MARSAD_NER_BACKEND", DEFAULT_BACKEND)


def recognize(doc: Document, backend: str | None = None, corrections: Iterable[Mapping[str, Any]] = ()) -> list[Span]:
    """The entity layer. `corrections`: the analyst's decisions (`core.entities.corrections`):
    added spans compete as "user" candidates, removed ones are dropped after the policy."""
    from core.entities.corrections import drop_removed, user_spans
    from core.entities.policy import resolve

    corrections = list(corrections)
    found = {name: importlib.import_module(name).find(doc) for name in COMPONENTS}
    # the analyst's spans first (as before); a bare casualty, number or date reads its recogniser's spans
    candidates: list[Span] = user_spans(doc, corrections, found)
    for name in COMPONENTS:
        candidates.extend(found[name])
    module = BACKENDS.get(backend or backend_name())
    if module:
        from core.entities.places import nisba_after_definite, tagger_place_ruled_out, without_nisba_tail

        from core.entities.surnames import without_definite_lead, without_kin

        statistical = (without_kin(doc, s) for s in importlib.import_module(module).find(doc))
        statistical = (s if s is None else without_definite_lead(doc, s) for s in statistical)
        statistical = (s if s is None else without_nisba_tail(doc, s) for s in statistical)
        statistical = (s if s is None else _kunya_as_person(doc, s) for s in statistical)
        statistical = (s if s is None else _without_countryside_lead(doc, s) for s in statistical)
        curated_names = [c for c in candidates if c.source == "lexicon" and c.label in NAMED_BODIES]
        statistical = (s if s is None else _without_body_tail(doc, s, curated_names) for s in statistical)
        candidates.extend(s for s in statistical
                          if s is not None and not _bare_head(s) and not nisba_after_definite(doc, s)
                          and not _context_only_org(s) and not _indefinite_person(s) and not _not_a_name(s)
                          and not _front_line(s) and not _title_alone(s) and not tagger_place_ruled_out(doc, s))
    from core.entities.surnames import bare_surnames, named_before_office

    spans = bare_surnames(doc, named_before_office(doc, resolve(candidates)))
    spans = _without_list_waw(doc, spans)
    return drop_removed(join_family_names(doc, positions_before_names(doc, spans)), corrections)


LIST_GAPS = frozenset((" ", "، ", " ، ", ", "))  # what stands between two items of a list of places


def _without_list_waw(doc: Document, spans: list[Span]) -> list[Span]:
    """A tagger's place the gazetteer does not know that starts with the conjunction «و» right after
    another place («معسكري نبل والزهراء», «نيفادا وكولورادو»: the second item of a list) starts
    after it: «والزهراء» is «الزهراء». Places the gazetteer reads keep their span («وهران»)."""
    out: list[Span] = []
    prev: Span | None = None
    for s in spans:
        if (s.label == "LOCATION" and s.source == "model" and not s.attrs.get("place_id")
                and prev is not None and prev.label == "LOCATION" and doc.text[prev.end:s.start] in LIST_GAPS
                and s.text.startswith("و") and len(s.text.split(" ", 1)[0]) >= 4 and s.text[1] != " "):
            s = doc.span(s.start + 1, s.end, s.label, s.source, **s.attrs)
        elif s.label == "PERSON" and out and _second_of_people(doc, out[-1], s):
            s = doc.span(s.start + 1, s.end, s.label, s.source, **s.attrs)
        out.append(s)
        if s.label == "LOCATION":
            prev = s  # the gap test above says whether it is right before the next one
    return out


def _second_of_people(doc: Document, before: Span, s: Span) -> bool:
    """A tagger's person right after another person, a list's gap between, that starts with the
    conjunction «و» («فلاديمير بوتين وسيب بلاتر», «توم كروز وسايمون بيج», «ياسر الفهمي وأحمد
    العوفي»): the second item of a list of people, its name begins after the «و». A first name that
    itself begins with «و» («وليد», «وائل»: «ليد» is no name) or a word that continues a name («ولد»)
    keeps it."""
    from core.entities.consistency import first_names, name_inner_waw
    from core.entities.matcher import normalized

    if s.source != "model" or before.label != "PERSON" or doc.text[before.end:s.start] not in LIST_GAPS:
        return False
    first = s.text.split(" ", 1)[0]
    if not first.startswith("و") or len(first) < 4 or " " not in s.text.strip():
        return False
    norm = normalized(first)
    firsts = first_names()
    return not (norm in firsts and norm[1:] not in firsts) and norm not in name_inner_waw()


def positions_before_names(doc: Document, spans: list[Span]) -> list[Span]:
    """A machine WEAPON that is a player's position right before a PERSON, a space or a definite
    nisba between (weapons.json `before_a_name`: «المدافع محمد حسين», «المدافع البرازيلي لويز»:
    the defender, not the cannons), is none."""
    words = _position_words()
    if not words:
        return spans
    from core.entities.matcher import normalized
    from core.text.clitics import variant_in

    people = [s.start for s in spans if s.label == "PERSON"]

    def before_person(s: Span) -> bool:
        for start in people:
            gap = doc.text[s.end : start].split()
            if start > s.end and doc.text[s.end : s.end + 1] == " " and doc.text[start - 1] == " " and (
                    not gap or (len(gap) == 1 and gap[0].startswith("ال") and gap[0].endswith("ي"))):
                return True
        return False

    return [s for s in spans if not (s.label == "WEAPON" and s.source != "user"
                                     and variant_in(normalized(s.text), words, depth=1)
                                     and before_person(s))]


@lru_cache(maxsize=1)
def _position_words() -> frozenset[str]:
    from core.entities.lexicon import load_lexicon
    from core.entities.matcher import normalized

    return frozenset(normalized(w) for w in load_lexicon("weapons.json").get("before_a_name", ()))


def join_family_names(doc: Document, spans: list[Span]) -> list[Span]:
    """A PERSON right before an actor's name that is also a family's surname (actors.json
    `family_names`: «حسين [الحوثي]», «محمد علي [الحوثي]») is one person: the tagger stopped at the
    first name and the lexicon took the surname for the group; the group's reading stays on the
    person (`member_of`, from `member_start`) for the incident step. The analyst's spans stay as they are."""
    names = _family_names()
    if not names:
        return spans
    from core.entities.matcher import normalized

    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if (prev is not None and prev.label == "PERSON" and span.label == "ARMED_ACTOR"
                and "user" not in (prev.source, span.source) and doc.text[prev.end : span.start] == " "
                and normalized(span.text) in names):
            # the group stays known as the person's («قتل القيادي أبو يحيى الحوثي»: a Houthi killed)
            out[-1] = doc.span(prev.start, span.end, "PERSON", prev.source, **prev.attrs,
                               member_of=dict(span.attrs), member_start=span.start)
            continue
        out.append(span)
    return out


@lru_cache(maxsize=1)
def _family_names() -> frozenset[str]:
    from core.entities.lexicon import load_lexicon
    from core.entities.matcher import normalized

    return frozenset(normalized(name) for actor in load_lexicon("actors.json")["actors"]
                     for name in actor.get("family_names", ()))


def _bare_head(span: Span) -> bool:
    """A tagger's place that is only a head word («ومديريتي» of «في البيضاء ومديريتي ذي ناعم
    والزاهر», «بمحافظة»): the word says a place follows, it names none. Also one that is an
    adjective («جويتين» of «غارتين جويتين»; heads.json "not_places")."""
    if span.label != "LOCATION" or len(span.text.split()) != 1:
        return False
    from core.entities.matcher import normalized
    from core.text.clitics import variant_in

    heads = _head_words()
    return variant_in(normalized(span.text), heads)


TANWEEN = frozenset("\u064b\u064c\u064d")
COUNTRYSIDE_WORD = "ريف"  # «بريف حلب», «وريف إدلب»: the countryside of the place named after it


def _without_countryside_lead(doc: Document, span: Span) -> Span | None:
    """A tagger's place that opens with the countryside word, a proclitic glued to it or not («بريف
    حلب الشرقي», «وريف إدلب»): the word is no name («بريف حلب» was a place "Barif Halb"); the place is
    the one it governs, the span starts there (the gazetteer's «ريف دمشق», Rif Dimashq, still reads
    as one name). Nothing left after it: no place."""
    if span.label != "LOCATION" or span.source == "user":
        return span
    from core.entities.matcher import normalized
    from core.text.clitics import variant_in

    first, _, rest = span.text.partition(" ")
    if not variant_in(normalized(first), frozenset({COUNTRYSIDE_WORD}), depth=2):
        return span
    rest = rest.lstrip()
    if not rest:
        return None
    return doc.span(span.end - len(rest), span.end, span.label, span.source, **span.attrs)


def _indefinite_person(span: Span) -> bool:
    """A tagger's PERSON with a word written with tanween («وأباً مكلوماً»: and a grieving father):
    an indefinite noun or adjective, no name (news writes no case ending on a name)."""
    return span.label == "PERSON" and bool(TANWEEN.intersection(span.text))


def _title_alone(span: Span) -> bool:
    """A tagger's PERSON that is one title word and no name («، والسيناتور عن ولاية فلوريدا ماركو
    روبيو»: and the senator; person_cues.json `titles`, with its proclitics): the title says a
    person is named, the name is elsewhere or nowhere."""
    if span.label != "PERSON" or len(span.text.split()) != 1:
        return False
    from core.entities.matcher import normalized
    from core.entities.surnames import titles
    from core.text.clitics import variant_in

    return variant_in(normalized(span.text), titles(), depth=1)


def _kunya_as_person(doc: Document, span: Span) -> Span:
    """A tagger's ORGANIZATION that is «أم/أبو» and a first name of the taggers' FIRST list («وأوضحت
    أم بندر», «وقالت أم فهد»): a person called by the name of a child (kunya), not a body."""
    words = span.text.split()
    if span.label != "ORGANIZATION" or len(words) != 2:
        return span
    from core.entities.consistency import KUNYA, first_names
    from core.entities.matcher import normalized

    first, name = normalized(words[0]), normalized(words[1])
    if first in KUNYA and name in first_names():
        return doc.span(span.start, span.end, "PERSON", span.source, **span.attrs)
    return span


NAMED_BODIES = frozenset({"ORGANIZATION", "SOURCE", "ARMED_ACTOR"})
TAIL_PROCLITICS = frozenset({"ل", "لل", "و", "ول", "ب"})


def _without_body_tail(doc: Document, span: Span, bodies: list[Span]) -> Span | None:
    """A tagger's PERSON whose last word is a proclitic and a body the lexicons name («وقال حسام عبد
    الغفار لرويترز»: said … to Reuters; «محمد علي وجبهة النصرة») ends before that word: the body
    is no part of the name. None when nothing of the name is left."""
    if span.label != "PERSON" or " " not in span.text:
        return span
    for body in bodies:
        if body.end != span.end or not span.start < body.start:
            continue
        head = doc.text[span.start:body.start]
        cut = head.rstrip().rfind(" ")
        if cut < 0 or head[cut + 1:] not in TAIL_PROCLITICS:
            continue
        end = span.start + len(head[:cut].rstrip())
        return doc.span(span.start, end, span.label, span.source, **span.attrs) if end > span.start else None
    return span


GOD = frozenset({"الله", "لله"})


def _not_a_name(span: Span) -> bool:
    """A tagger's span of any label that is one word written with tanween («بالإساءة زورًا»:
    falsely, tagged ORGANIZATION; news writes no case ending on a name), that starts with a pronoun
    (`PRONOUNS`), or that is only «الله»
    with its proclitics («صلى الله عليه وسلم», «لا سمح الله», «لله»: God in a formula, tagged MISC;
    names holding it, «عبدالله», «حزب الله», are longer spans)."""
    words = span.text.split()
    if len(words) == 1 and TANWEEN.intersection(span.text):
        return True
    from core.entities.matcher import normalized
    from core.text.clitics import conj_in, variant_in

    if words and conj_in(normalized(words[0]), PRONOUNS):
        return True  # «أنا سعيد بتجنب …» (I am glad), «اللتان سبق لهما الفوز»: a pronoun starts no name
    if len(words) != 1:
        return False
    return variant_in(normalized(span.text), GOD, depth=1)


# personal and relative pronouns (normalised): no name, of any label, starts with one
PRONOUNS = frozenset({"انا", "نحن", "انت", "انتم", "هو", "هي", "هم", "هن", "هما", "الذي", "التي", "الذين",
                      "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي"})


FRONT_OF = ("ب", "ل")  # «الجبهة الشمالية بمجزر», «الجبهة الغربية لمحافظة تعز»: the front at, of a place


def _front_line(span: Span) -> bool:
    """A tagger's ORGANIZATION that is a front line (organizations.json `not_organizations`:
    «الجبهة الغربية تشهد تقدما», the western front), with its proclitics («على الجبهة الشمالية»),
    alone or with the place it lies at or belongs to after «ب»/«ل» («وتدور اشتباكات في الجبهة
    الشمالية بمجزر»: the front of a district, whose name the span swallowed, no body)."""
    if span.label != "ORGANIZATION":
        return False
    from core.entities.matcher import normalized
    from core.text.clitics import proclitic_variants

    words = normalized(span.text).split(" ")
    if len(words) > 2 and not words[2].startswith(FRONT_OF):
        return False
    return any(" ".join([v, *words[1:2]]) in _not_organizations() for v in proclitic_variants(words[0])[:2])


@lru_cache(maxsize=1)
def _not_organizations() -> frozenset[str]:
    from core.entities.lexicon import load_lexicon
    from core.entities.matcher import normalized

    return frozenset(normalized(p) for p in load_lexicon("organizations.json").get("not_organizations", ()))


def _context_only_org(span: Span) -> bool:
    """A tagger's ORGANIZATION that is a name the lexicons know only with context words, standing
    without them («ادعاء النصر»: victory, not the Al Nassr club of «[نادي] النصر»; with the
    context the lexicon's own span names the club)."""
    if span.label != "ORGANIZATION":
        return False
    from core.entities.lexicon import context_only_names
    from core.entities.matcher import normalized
    from core.text.clitics import proclitic_variants

    names = context_only_names()
    words = normalized(span.text).split(" ")
    return any(" ".join([v, *words[1:]]) in names for v in proclitic_variants(words[0]))


@lru_cache(maxsize=1)
def _head_words() -> frozenset[str]:
    """Every head word of the gazetteer's rules (heads.json), normalised, and the adjectives that
    are never a place on their own."""
    from core.entities.gazetteer import Gazetteer

    rules = Gazetteer.load().rules
    return frozenset(rules.admin_heads.keys() | rules.facility_heads.keys() | rules.dual_heads.keys()
                     | rules.prefers.keys() | rules.city_parts | rules.city_parts_plural | rules.not_places)
