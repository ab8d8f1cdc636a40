"""One name, one reading per document: a second pass over a statistical tagger's BIO tags.

A sentence-level tagger sees «البنك التجاري» with a clear context once and tags it ORG, then
meets it bare three sentences later and leaves it O; it reads «لحود» as PERS after «اميل» and
misses it alone. Newswire repeats its names, so the document is the better unit (the classic
"label consistency" pass of NER systems):

1. votes: every span the tagger found gives its normalised string a vote for its type; the last
   word of a multi-word PERS name (the surname) gets half a vote for PERS;
2. propagation: an untagged occurrence of a string with at least MIN_VOTES votes and a strict
   majority type (up to MAX_WORDS words, not touching another entity) takes that type — one full
   name does not make its last word a name by itself;
3. relabelling: a span whose string the document reads as another type by a strict majority of
   at least two votes takes that type.

Between 2 and 3, a person's span that is part of a longer name the document votes PERS runs on over
the untagged words completing it («عادل» where «عادل إمام» is tagged elsewhere;
`extend_to_known_names`, docs/ner.md "Version 35, rules from a training block").

Before voting, a person's name the tagger ran on across «و» + a first name is cut there:
«سولانا ولاريجاني», «السيد عبدالرحمن وعباس بابكر» are two names (ANERcorp's training block: a
«و» word after a person's name starts a second name 133 times, continues the first 46). Only
when the word without «و» is a known first name or name part (the taggers' FIRST list): «وليد»,
«وائل», «وجدي», «وهبي» are names, «ليد», «ائل» are not; «ولد», «وقاص» continue one
(`name_inner_waw`, built from the training block): a review found «محمد وجدي الأسعد» and
«ثيو والكوت» cut by a looser rule. The second name's span starts after the «و». Since session 40 the
FIRST list is read together with common first names written from general knowledge
(resources/lexicons/first_names.json, `extra_first_names`), which the taggers do not read.

A compound first name the tagger left out before a person's name is put back in it
(`extend_names_left`): «للرئيس عبدربه منصور هادي» was tagged from «منصور».

`blocked` holds strings the taggers' training data shows mostly as ordinary words (seen at
least twice, tagged as an entity less than half the time: «دين» is a name once and a word forty
times); they are never propagated. The shipped list, `ordinary_strings()`, is
resources/models/ner_ordinary_strings.json, built by build_scripts/build_ner_ordinary.py from the
ANERcorp training block only (never the dev block, so dev figures stay honest).

Measured on ANERcorp dev (docs/ner.md), strict micro-F1: nn 0.759 → 0.774, CRF 0.693 → 0.717.
"""

from __future__ import annotations

import importlib.resources
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from core.entities.bio import bio_spans, tagged_spans

if TYPE_CHECKING:
    from core.document import Document, Span

MAX_WORDS = 4  # longest string propagated
MIN_CHARS = 3  # shortest string (letters of the joined words) propagated
SURNAME_VOTE = 0.5
MIN_VOTES = 1.0  # a surname alone (half a vote) is not enough: «… الأمير منصور بن محمد بن سعد وكيل الوزارة»

Tagged = tuple[list[str], list[float]]  # BIO tags and per-token confidences ([] = not computed)
ORDINARY_FILE = "ner_ordinary_strings.json"


@lru_cache(maxsize=1)
def _ordinary_file() -> dict:
    path = importlib.resources.files("resources") / "models" / ORDINARY_FILE
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def ordinary_strings() -> frozenset[str]:
    """Normalised strings never propagated (see the module docstring); empty if the file is missing."""
    return frozenset(_ordinary_file().get("strings", ()))


@lru_cache(maxsize=1)
def name_inner_waw() -> frozenset[str]:
    """Words starting with «و» that continue a person's name («ولد»): no cut there."""
    return frozenset(_ordinary_file().get("name_inner_waw", ()))


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The taggers' FIRST list (normalised first names and name parts; empty if missing) and the
    common first names of resources/lexicons/first_names.json it lacks (folded)."""
    return tagger_first_names() | extra_first_names()


@lru_cache(maxsize=1)
def tagger_first_names() -> frozenset[str]:
    """The taggers' FIRST list alone (resources/models/ner_lexicon.json), empty if missing."""
    path = importlib.resources.files("resources") / "models" / "ner_lexicon.json"
    if not path.is_file():
        return frozenset()
    return frozenset(json.loads(path.read_text(encoding="utf-8"))["lists"].get("FIRST", ()))


@lru_cache(maxsize=1)
def extra_first_names() -> frozenset[str]:
    """Common first names written from general knowledge (resources/lexicons/first_names.json), folded."""
    from core.text.normalize import normalize_token

    path = importlib.resources.files("resources") / "lexicons" / "first_names.json"
    if not path.is_file():
        return frozenset()
    return frozenset(normalize_token(w) for w in json.loads(path.read_text(encoding="utf-8"))["names"])


def joins_a_name(norm: str, firsts: Collection[str], keep: Collection[str] = ()) -> bool:
    """«و» + a first name: «ولاريجاني», «ومحمد» — not «وليد», «وائل» («ليد», «ائل» are no names),
    nor a word that continues a name («ولد»). (FIRST holds clitic forms seen in training such as
    «ومحمد»; every one of them is «و» + another entry, so they do not protect the word.)"""
    return norm.startswith("و") and len(norm) > 3 and norm[1:] in firsts and norm not in keep  # not «وال», «وام»


def for_a_name(norm: str, firsts: Collection[str]) -> bool:
    """«ل» + a first name that is no name itself: «لأحمد» (to Ahmad; not «لؤي», «لينا»)."""
    return norm.startswith("ل") and len(norm) > 3 and norm[1:] in firsts and norm not in firsts


def after_particle(norm: str, firsts: Collection[str]) -> bool:
    """«ف» or «ب» + a first name of four letters or more that is no name itself: «فمحمد» (so
    Muhammad), «بعبدالملك» (with Abd al-Malik); not «فريد», «فهد», «بسام», «فيصل» (names)."""
    return norm[:1] in ("ف", "ب") and len(norm) > 4 and norm[1:] in firsts and norm not in firsts


def split_joined_names(norms: Sequence[str], tags: Sequence[str], firsts: Collection[str],
                       keep: Collection[str] = ()) -> list[str]:
    """A PERS run cut before each inner word that joins a second name (`joins_a_name`) or
    addresses one («محمد بن سلمان لأحمد علي صالح»: the prince's warning to Ahmad, `for_a_name`)."""
    out = list(tags)
    if "I-PERS" not in out:  # nothing to cut (most sentences)
        return out
    for i in range(1, len(norms)):
        if out[i] == "I-PERS" and (joins_a_name(norms[i], firsts, keep) or for_a_name(norms[i], firsts)):
            out[i] = "B-PERS"
    return out


# Words a village's or a town's name opens with in the Levant and Iraq («بيت عوان», «تل واسط», «كفر نبودة»,
# «دير حافر», «خربة غزالة», «عين ترما», «خان شيخون», «جسر الشغور», «رأس العين»), folded: the taggers end a LOC
# span at them and open another at the next word (ANERcorp's names are rarely compounds)
PLACE_HEADS = frozenset({"بيت", "تل", "تله", "كفر", "دير", "خربه", "عين", "خان", "جسر", "راس", "معره", "قلعه", "ام"})


def join_place_heads(norms: Sequence[str], tags: Sequence[str]) -> list[str]:
    """A LOC span that is a bare place head (`PLACE_HEADS`, also after «و») and a LOC span opening
    right after it are one name: «في قرية بيت عوان» was two places, «بيت» and «عوان», each an
    event of its own; «قرى تل واسط» was «تل» and Iraq's governorate of Wasit."""
    out = list(tags)
    if "B-LOC" not in out:  # no place span to join (most sentences)
        return out
    for i in range(len(norms) - 1):
        head = norms[i][1:] if norms[i][:1] == "و" and norms[i][1:] in PLACE_HEADS else norms[i]
        if out[i] == "B-LOC" and head in PLACE_HEADS and out[i + 1] == "B-LOC":
            out[i + 1] = "I-LOC"
    return out


def document_surnames(sentences: Sequence[Sequence[str]], tagged: Sequence[Sequence[str]]) -> frozenset[str]:
    """The last words of the document's PERS spans of two words or more that open with no «و» word
    inside: «ديمبسي» of «مارتن ديمبسي». Split on them like on first names, «كارتر وديمبسي» is two
    persons named before in full (a surname after «و» in a run starts a second name)."""
    out: set[str] = set()
    for norms, tags in zip(sentences, tagged):
        for first, last, kind in bio_spans(tags):
            if kind == "PERS" and last - first > 1 and not any(n.startswith("و") for n in norms[first + 1 : last]):
                out.add(norms[last - 1])
    return frozenset(w for w in out if len(w) >= MIN_CHARS)


def cut_other_tails(norms: Sequence[str], tags: Sequence[str], votes: dict[str, Counter[str]]) -> list[str]:
    """A PERS run of two words or more whose last word the document reads alone as an
    organisation (at least one whole ORG span of it, more ORG votes than PERS ones) ends before it,
    and the word is that organisation: «دعا كارتر الكونغرس لدعم الاتفاق» (Carter called on
    Congress) where «الكونغرس» is tagged ORG elsewhere."""
    out = list(tags)
    if "B-PERS" not in out and "I-PERS" not in out:  # no person span (most sentences)
        return out
    for first, last, kind in bio_spans(tags):
        if kind != "PERS" or last - first < 2:
            continue
        count = votes.get(norms[last - 1])
        if count and count["ORG"] >= 1 and count["ORG"] > count["PERS"]:
            out[last - 1] = "B-ORG"
    return out


COMPOUND_PREFIX = "عبد"  # «عبدربه», «عبدالله», «عبدالملك»: a compound first name, one word or two


def opens_a_name(norm: str) -> bool:
    """A compound first name written as one word, «عبد» + a name: «عبدربه» (no ordinary word
    starts so and runs to five letters)."""
    return norm.startswith(COMPOUND_PREFIX) and len(norm) >= 5


# first words of compound names written «X الله» (folded): «هبة الله», «عطا الله», «جار الله», «ضيف الله»
ALLAH_COMPOUNDS = frozenset({"هبه", "عطا", "جار", "ضيف", "فتح", "خير", "فضل", "رزق", "عوض", "حسب", "جاد", "نصر", "حمد", "سعد"})


def allah_compound(norm: str) -> bool:
    """The first word of a compound «X الله» name, bare or after «و» («وهبة [الله]»)."""
    return norm in ALLAH_COMPOUNDS or (norm[:1] == "و" and norm[1:] in ALLAH_COMPOUNDS)


# FIRST-list entries that are no first name before a father's name («الشيخ» folds to «شيخ» nowhere,
# but «شيخ عبدالله» is a title)
NOT_FIRST_BEFORE_FATHER = frozenset({"ال", "الله", "ام", "ابن", "بن", "شيخ", "سيد", "سيدي", "عبد"})


def extend_names_left(norms: Sequence[str], tags: Sequence[str], firsts: Collection[str] = (),
                      not_names: Collection[int] = ()) -> list[str]:
    """A PERS span stretched leftwards over the untagged compound first name that opens it,
    «عبدربه» or «عبد ربه»: the tagger ends «الرئيس عبدربه منصور هادي» at «منصور هادي».
    (Any first name of the taggers' FIRST list was tried too: the same dev figures, and the list
    holds «ال», «الله», «ام», «امل», so it was left out.) Also over a compound «X الله»
    (`ALLAH_COMPOUNDS`: «وهبة الله علي شريم وزير المياه»), «الله» untagged or read as God (MISC).
    Also over a first name of `firsts` before a span that opens with such a compound name, the
    father's: «المخلوع علي عبدالله صالح» was tagged from «عبدالله». `not_names`: indexes of tokens
    that fold to a name but are written as another word («على», the preposition, folds to «علي»)."""
    out = list(tags)
    if "B-PERS" not in out:  # no person span to stretch (most sentences)
        return out
    for i in range(1, len(norms)):
        if out[i] != "B-PERS" or (out[i - 1] != "O" and not (out[i - 1] == "B-MISC" and norms[i - 1] == "الله")):
            continue
        if opens_a_name(norms[i - 1]):
            j = i - 1
        elif i >= 2 and norms[i - 2] == COMPOUND_PREFIX and out[i - 2] == "O":
            j = i - 2  # «عبد ربه منصور هادي»
        elif i >= 2 and norms[i - 1] == "الله" and allah_compound(norms[i - 2]) and out[i - 2] == "O" \
                and out[i - 1] in ("O", "B-MISC"):
            j = i - 2  # «هبة الله علي شريم»: the tagger read «الله» as God (MISC) and began at «علي»
        elif (opens_a_name(norms[i]) or norms[i] == COMPOUND_PREFIX) and _first_name(norms[i - 1], firsts) \
                and (i - 1) not in not_names:
            j = i - 1  # «علي عبدالله صالح», «علي عبد الله صالح», «وعلي عبدالله صالح»: the first name before the father's
        else:
            continue
        out[j] = "B-PERS"
        for k in range(j + 1, i + 1):
            out[k] = "I-PERS"
    return out


KUNYA = frozenset({"ابو", "ابي", "ام"})
# definite words ending in «ي» that are no nisba after a kunya («أبو حمزة الذي قتل»)
# «الحوثي» stays out: «أبو يحيى الحوثي» keeps the actor the incident step names the side by
NOT_NISBA = frozenset({"الذي", "التي", "اللذي", "الثاني", "الحالي", "التالي", "الماضي", "الاتي", "الجاري", "الحوثي"})


def extend_kunya_right(norms: Sequence[str], tags: Sequence[str]) -> list[str]:
    """A PERS span that is a bare kunya, «أبو» + a name, stretched over the nisba right after it:
    the tagger ends «أبو حمزة الفرنسي», «أبو أسامة العراقي» at the kunya (a definite word ending in
    «ي», not a relative pronoun or an ordinal: `NOT_NISBA`)."""
    out = list(tags)
    if "B-PERS" not in out:  # no kunya span (most sentences)
        return out
    for i in range(len(norms) - 2):
        if out[i] != "B-PERS" or out[i + 1] != "I-PERS" or out[i + 2] != "O":
            continue
        kunya = norms[i][1:] if norms[i][:1] in "وفل" and norms[i][1:] in KUNYA else norms[i]
        nisba = norms[i + 2]
        if kunya in KUNYA and nisba.startswith("ال") and nisba.endswith("ي") and len(nisba) >= 5 \
                and nisba not in NOT_NISBA:
            out[i + 2] = "I-PERS"
    return out


# Military and police ranks (folded, with the article) that stand before a name: «العريف أول جمعة
# جوهر جمعة الحمادي», «والعريف أول خالد …», «العميد ركن أحمد عسيري»; and the words that may follow
# the rank before the name («أول»: first corporal; «ركن»: staff).
RANKS = frozenset({"الجندي", "العريف", "الرقيب", "الوكيل", "المساعد", "الملازم", "النقيب", "الرائد",
                   "المقدم", "العقيد", "العميد", "اللواء", "الفريق"})
RANK_QUALIFIERS = frozenset({"اول", "ثاني", "ركن", "طيار", "بحري", "متقاعد"})
RANK_CLITICS = ("و", "ف", "ب", "ل")
MAX_NAME_AFTER_RANK = 2  # untagged words between a rank and a person's span that open the name
# words that are never part of a name after a rank («وأكد العميد أن علي …»: a clause, no name)
NOT_NAME_WORDS = frozenset({"ان", "انه", "عن", "في", "من", "الي", "مع", "قد", "لم", "لن", "ما", "لا", "او", "ثم",
                            "بعد", "قبل", "منذ", "حتي", "كان", "كما", "الذي", "التي"})
# The prayer for the dead after a name («رحمه الله», «-رحمهم الله-»): folded forms, written with «ه»
# (the name «رحمة» folds to «رحمه» too, but is written with «ة»).
EULOGIES = frozenset({"رحمه", "رحمها", "رحمهم", "رحمهما", "يرحمه", "يرحمها", "يرحمهم", "يرحمهما", "تغمده", "تغمدهم"})
DASHES = frozenset("-–—")
# Other blessings after a name, each of three folded words with its first two fixed: «رضي الله عنه/عنها/عنهم»
# (the Companions), «صلى الله عليه (وسلم)» (the Prophet), «كرم الله وجهه» (Ali); the third word opens
# with the given letters. «عليه السلام» has two words: (word, next word).
BLESSINGS = (("رضي", "الله", "عن"), ("صلي", "الله", "علي"), ("كرم", "الله", "وجه"))
BLESSINGS_TWO = frozenset({("عليه", "السلام"), ("عليها", "السلام"), ("عليهم", "السلام")})


def _blessing(norms: Sequence[str], i: int) -> bool:
    """«رضي الله عنه», «صلى الله عليه وسلم», «عليه السلام» opening at token i."""
    n = len(norms)
    if i + 1 < n and (norms[i], norms[i + 1]) in BLESSINGS_TWO:
        return True
    return i + 2 < n and any(norms[i] == a and norms[i + 1] == b and norms[i + 2].startswith(c) for a, b, c in BLESSINGS)


# «المدعو» (the one called): the name follows, often a foreign one the tagger takes only in part
# («المدعو عصمت حياة محمد شريف» was tagged from «محمد»); a slash may stand between («المدعو / …»)
NAME_CUES = frozenset({"المدعو", "المدعوه"})
NAME_CUE_MARKS = frozenset({"/", ":"})


def _rank(norm: str) -> bool:
    return norm in RANKS or (norm[:1] in RANK_CLITICS and norm[1:] in RANKS)


@lru_cache(maxsize=1)
def _office_tails() -> frozenset[str]:
    """person_cues.json `offices` that end no name (not `office_names`: «أمين», «مساعد» are names too), normalised."""
    from core.entities.lexicon import load_lexicon
    from core.text.normalize import normalize_token

    data = load_lexicon("person_cues.json")
    names = {normalize_token(w) for w in data.get("office_names", ())}
    return frozenset(normalize_token(w) for w in data.get("offices", ())) - names


def cut_office_tails(norms: Sequence[str], tags: Sequence[str]) -> list[str]:
    """A person's span cut before an office word that governs the word after it: «خالد الشريف
    وكيل وزارة الدفاع», «أحمد علي رئيس المجلس» — the office is the apposition, no part of the name
    (person_cues.json `offices`; those that are names too, `office_names`, stay). The office and
    the rest of the run go, also when the tagger ran on over the word it governs («سالم ناصر مفتي
    المدينة»: the person is «سالم ناصر»); a person of the office word alone goes too."""
    out = list(tags)
    if "I-PERS" not in out and "B-PERS" not in out:
        return out
    offices = _office_tails()
    n = len(norms)
    for i in range(1, n - 1):
        if out[i] == "I-PERS" and norms[i] in offices and norms[i + 1].isalpha():
            j = i
            while j < n and (j == i or out[j] == "I-PERS"):
                out[j] = "O"
                j += 1
    # a person of the office word alone, before the word it governs, names no one: «قال معاون
    # مدير عام الدائرة» (the tagger's [معاون])
    for i in range(n - 1):
        if out[i] == "B-PERS" and out[i + 1] != "I-PERS" and norms[i] in offices and norms[i + 1].isalpha():
            out[i] = "O"
    return out


FAMILY_WORDS = frozenset({"آل", "ال"})  # «آل» as written (it folds to the article «ال»)


def extend_family_right(norms: Sequence[str], tags: Sequence[str], texts: Sequence[str]) -> list[str]:
    """A person's span that stops before «آل» and the family's name after it, or at «آل» itself,
    runs on over both: «سعود بن فهد آل ثاني», «خليفة بن زايد آل نهيان» — «آل» (the house of)
    is part of the name, as ANERcorp tags it. `texts`: the tokens as written («آل» folds to «ال»)."""
    out = list(tags)
    if "B-PERS" not in out and "I-PERS" not in out:
        return out
    n = len(norms)
    for i in range(1, n - 1):
        if texts[i] not in FAMILY_WORDS or out[i - 1] not in ("B-PERS", "I-PERS") or out[i] not in ("O", "I-PERS"):
            continue
        if not norms[i + 1].isalpha() or out[i + 1].startswith("I-"):
            continue
        if i + 2 < n and out[i + 2].startswith("I-"):
            continue  # the word after «آل» opens a longer name of its own: leave it
        out[i] = out[i + 1] = "I-PERS"
    return out


# name particles that a name goes on after (folded): «بن»/«ابن»/«بنت» (son/daughter of), «ابو»/«ابي»
# (father of), «عبد» (servant of). Not «أم» (also "or"), not «آل» (`extend_family_right`).
NAME_PARTICLES = frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "عبد"})
# a kin word with a pronoun after «ابن»/«بنت»: «ابن أخيه» (his nephew) names no one
# «أبي» (genitive) is a particle only right after these: «علي بن أبي طالب»; after a given name it is a
# name of its own («شينزو آبي», 34 corpus uses, folded like «أبي») or "my father"
_SON_OF = frozenset({"بن", "ابن", "بنت"})
_KIN_AFTER_PARTICLE = re.compile(r"^(?:اخي|اخو|اخا|اخت|عم|عمت|خال|خالت)(?:ه|ها|هم|هما|ي|ك|نا)$")


def extend_particle_right(norms: Sequence[str], tags: Sequence[str]) -> list[str]:
    """A person's span ending in a name particle (`NAME_PARTICLES`) runs on over the word after it:
    a name never ends in «بن», «أبو» or «عبد» («محمد بن» | «راشد», «علي بن أبي» | «طالب»). The word
    must be a word (letters) left untagged or opening a person's span (then both are one), or «الله»
    read as God after «عبد»; not a kin word with a pronoun («ابن أخيه»), nor after «أبي» but in «بن أبي»
    (alone it is also "my father"; after a given name, «شينزو آبي», a name of its own)."""
    out = list(tags)
    if "B-PERS" not in out:
        return out
    n = len(norms)
    for i in range(n - 1):
        if out[i] not in ("B-PERS", "I-PERS") or out[i + 1] == "I-PERS" or norms[i] not in NAME_PARTICLES:
            continue
        nxt = norms[i + 1]
        if not nxt.isalpha() or _KIN_AFTER_PARTICLE.match(nxt):
            continue
        if norms[i] == "ابي" and (out[i] == "B-PERS" or i == 0 or norms[i - 1] not in _SON_OF):
            continue  # «أبي» goes on only as «بن أبي» («علي بن أبي طالب»): «شينزو آبي» | «إلى» is Abe
        if out[i + 1] == "O" or (out[i + 1] == "B-MISC" and nxt == "الله" and norms[i] == "عبد"
                                 and (i + 2 == n or not out[i + 2].startswith("I-"))):
            out[i + 1] = "I-PERS"
        elif out[i + 1] == "B-PERS":
            out[i + 1] = "I-PERS"
    return out


def _fa_verb(norm: str, verbs: Collection[str]) -> bool:
    """«ف» + a verb in the past: a speech verb («فقال», «فأكد») or a derived form by its shape —
    انفعل «فانطلق», افتعل «فاقترب», استفعل «فاستطاع» (with «ت»/«وا» of its subject)."""
    if not norm.startswith("ف") or len(norm) < 4:
        return False
    rest = norm[1:]
    if rest in verbs:
        return True
    for ending in ("وا", "ت"):
        if rest.endswith(ending) and len(rest) - len(ending) >= 5:
            rest = rest[: -len(ending)]
            break
    if rest.endswith(("ا", "ه", "ة")):
        return False  # no past verb ends so: a name («فانيسا», «فانديا») or a noun («فأنقرة»)
    if len(rest) == 5:
        # a weak letter as the first root or the middle one is a foreign name's vowel far more often
        # than a verb («فانينغ», «فايتسر», «فاوتون», «فانتوم», «فاكتور»)
        return rest[3] not in "وي" and ((rest.startswith("ان") and rest[2] not in "اوي")
                                        or (rest[0] == "ا" and rest[1] not in "اوي" and rest[2] == "ت"))
    return len(rest) == 6 and rest.startswith("است")


_LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z.'-]*$")


def drop_latin_words(texts: Sequence[str], tags: Sequence[str]) -> list[str]:
    """A word in Latin letters is no part of an Arabic person's name: a site's navigation words the
    tagger ran into the byline after them («Next Previous عبدالرحمن الشهري – عين اليوم», 540 uses in
    SaudiNewsNet) leave the span, and the name after them opens it."""
    out = list(tags)
    if "I-PERS" not in out and "B-PERS" not in out:
        return out
    for i, text in enumerate(texts):
        if out[i].endswith("-PERS") and _LATIN_WORD.match(text):
            out[i] = "O"
            if i + 1 < len(out) and out[i + 1] == "I-PERS":
                out[i + 1] = "B-PERS"
    return out


def cut_fa_verbs(norms: Sequence[str], tags: Sequence[str], firsts: Collection[str]) -> list[str]:
    """A person's span that ends in «ف» + a verb is cut before it: «سامي نبيل فانطلق نحو المرمى», «سالم
    علي فقال» — the conjunction opens the next clause, the verb is its predicate. A word known as a
    name or name part (the taggers' FIRST list: «فيصل», «فارس») stays, and so does the word after «ف»
    when it is one («فمحمد»)."""
    out = list(tags)
    if "I-PERS" not in out:
        return out
    verbs = _speech_verbs()
    n = len(norms)
    for i in range(1, n):
        if out[i] == "I-PERS" and (i + 1 == n or out[i + 1] != "I-PERS") and norms[i] not in firsts \
                and norms[i][1:] not in firsts and _fa_verb(norms[i], verbs):
            out[i] = "O"
    return out


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    """person_cues.json `verbs` (speech and stance verbs), normalised."""
    from core.entities.lexicon import load_lexicon
    from core.text.normalize import normalize_token

    return frozenset(normalize_token(w) for w in load_lexicon("person_cues.json").get("verbs", ()))


def names_after_ranks(norms: Sequence[str], tags: Sequence[str], texts: Sequence[str] = ()) -> list[str]:
    """Persons' spans cut and stretched at a rank: a PERS run cut before a rank inside it (the
    tagger ran «خالد محمد عبدالله الشحي والعريف» on into the next martyr's rank: the rank and its
    qualifier are no name, the next word opens one), and a PERS span stretched leftwards over at most
    MAX_NAME_AFTER_RANK untagged words right after a rank and at least one qualifier («العريف أول جمعة جوهر
    جمعة الحمادي» was tagged from the second «جمعة»), or right after «المدعو» (`NAME_CUES`: «المدعو عصمت
    حياة محمد شريف» was tagged from «محمد»). Also cut at a prayer for the dead
    (`EULOGIES`, with the dash before it): «فاهم سعيد أحمد الحبسي -رحمهم الله-» ends at «الحبسي»,
    and at a blessing (`BLESSINGS`): «عثمان بن عفان - رضي الله عنه -» ends at «عفان».
    `texts`: the tokens as written (a eulogy is written with «ه», the name «رحمة» with «ة»)."""
    out = list(tags)
    if "B-PERS" not in out and "I-PERS" not in out:  # each step below needs a person's tag (most sentences have none)
        return out
    n = len(norms)
    for i in range(n):  # cut at a eulogy: it and the rest of the run are no name
        if out[i] in ("B-PERS", "I-PERS") and (_blessing(norms, i) or (
                norms[i] in EULOGIES and i + 1 < n and norms[i + 1] == "الله"
                and (not texts or texts[i].endswith(("ه", "هم", "ها", "هما"))))):
            j = i - 1 if i > 0 and norms[i - 1] in DASHES and out[i - 1] == "I-PERS" else i
            k = j
            while k < n and (k in (j, i) or out[k] == "I-PERS"):
                out[k] = "O"
                k += 1
    for i in range(1, n):  # cut before a rank inside a run: the next item of a list («والعريف») or a qualified
        # rank («العريف أول»); a bare rank is a family name («محمد علي الجندي», «عبدالله المساعد»)
        if out[i] == "I-PERS" and _rank(norms[i]) and (norms[i] not in RANKS or (i + 1 < n and norms[i + 1] in RANK_QUALIFIERS)):
            k = i
            while k < n and (k == i or norms[k] in RANK_QUALIFIERS) and out[k] == "I-PERS":
                out[k] = "O"
                k += 1
            if k < n and out[k] == "I-PERS":
                out[k] = "B-PERS"
    for i in range(n):  # stretch a name leftwards to the rank (or «المدعو») before it
        cue = norms[i] in NAME_CUES
        if not (cue or _rank(norms[i])) or out[i] != "O":
            continue
        j = i + 1
        if cue:
            while j < n and norms[j] in NAME_CUE_MARKS and out[j] == "O":
                j += 1
        else:
            while j < n and norms[j] in RANK_QUALIFIERS and out[j] == "O":
                j += 1
            if j == i + 1:
                continue  # only after a qualified rank («العريف أول», «العميد ركن»): «قال اللواء إن محمد …» is a clause
        k = j
        while k < n and k - j < MAX_NAME_AFTER_RANK and out[k] == "O" and norms[k].isalpha() \
                and not norms[k].startswith("ال") and len(norms[k]) > 1 and norms[k] not in NOT_NAME_WORDS \
                and not (texts and texts[k].endswith("ى")):  # «على» folds to the name «علي»
            k += 1
        if j < k < n and out[k] == "B-PERS":
            out[j] = "B-PERS"
            for m in range(j + 1, k + 1):
                out[m] = "I-PERS"
    return out


def _first_name(norm: str, firsts: Collection[str]) -> bool:
    """A first name before a father's compound name, bare or after «و» («يكسر الحوثيون وعلي
    عبدالله صالح الهدنة»: the span then starts after the «و», `bio.tagged_spans`)."""
    if norm.startswith("و") and norm not in firsts and norm[1:] in firsts:
        norm = norm[1:]
    return norm in firsts and norm not in NOT_FIRST_BEFORE_FATHER


def _key(norms: Sequence[str], first: int, last: int) -> str:
    return " ".join(norms[first:last])


def harmonise(sentences: Sequence[Sequence[str]], tagged: Sequence[Tagged], blocked: Collection[str] = (),
              texts: Sequence[Sequence[str]] = ()) -> list[Tagged]:
    """The tags of every sentence (normalised tokens) after propagation and relabelling.

    Confidences of propagated tokens are the best mean confidence of the spans that voted for
    the string; a sentence whose confidences were not computed gets zeros elsewhere.
    """
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    best: dict[str, float] = {}
    for norms, (tags, probs) in zip(sentences, tagged):
        for first, last, kind in bio_spans(tags):
            key = _key(norms, first, last)
            votes[key][kind] += 1
            conf = sum(probs[first:last]) / (last - first) if probs else 0.0
            best[key] = max(best.get(key, 0.0), conf)
            if kind == "PERS" and last - first > 1:
                votes[norms[last - 1]]["PERS"] += SURNAME_VOTE
                best[norms[last - 1]] = max(best.get(norms[last - 1], 0.0), conf)
    if not votes:
        return [(list(t), list(p)) for t, p in tagged]
    keys = {
        key: top[0][0]
        for key, count in votes.items()
        if sum(count.values()) >= MIN_VOTES and len(key.split(" ")) <= MAX_WORDS
        and len(key.replace(" ", "")) >= MIN_CHARS and key not in blocked
        and ((top := count.most_common(2)) and (len(top) == 1 or top[0][1] > top[1][1]))  # no tie
    }
    firsts = {key.split(" ", 1)[0] for key in keys}
    out = [_propagate(norms, tags, probs, keys, firsts, best) for norms, (tags, probs) in zip(sentences, tagged)]
    longer = {key for key, kind in keys.items() if kind == "PERS" and " " in key}
    if longer:  # a person's span completed to a longer name the document reads as a person
        words = {w for key in longer for w in key.split(" ")}
        out = [(extend_to_known_names(norms, tags, longer, words, texts[k] if texts else ()), probs)
               for k, (norms, (tags, probs)) in enumerate(zip(sentences, out))]
    out = [(cut_other_tails(norms, tags, votes), probs) for norms, (tags, probs) in zip(sentences, out)]
    return [_relabel(norms, tags, probs, votes) for norms, (tags, probs) in zip(sentences, out)]


def extend_to_known_names(norms: Sequence[str], tags: Sequence[str], names: Collection[str],
                          words: Collection[str] = (), texts: Sequence[str] = ()) -> list[str]:
    """A person's span that is part of a longer name the document reads as a person (`names`:
    normalised strings of two words or more, up to MAX_WORDS) runs on over the untagged words
    that complete it: «عادل» of «… عادل إمام في …» where «عادل إمام» is tagged elsewhere. The
    longer name must not touch another span (as propagation requires); the longest one wins. `texts`:
    the tokens as written — a word written with «ى» is no name even when it folds to one («على» → «علي»)."""
    out = list(tags)
    if "B-PERS" not in out:
        return out
    for first, last, kind in bio_spans(out):
        if kind != "PERS" or last - first >= MAX_WORDS:
            continue
        known = _known_name_around(norms, out, first, last, names, words, texts)
        if known is not None:
            start, end = known
            out[start] = "B-PERS"
            for j in range(start + 1, end):
                out[j] = "I-PERS"
    return out


def _known_name_around(norms: Sequence[str], tags: Sequence[str], first: int, last: int, names: Collection[str],
                       words: Collection[str], texts: Sequence[str]) -> tuple[int, int] | None:
    """(start, end) of the longest name of `names` that covers the person's span `first`..`last` and
    runs on over untagged words of `words` only (none written with «ى»), touching no other span; None
    when there is none (`extend_to_known_names`)."""
    n = len(norms)
    for size in range(MAX_WORDS, last - first, -1):
        for start in range(max(0, last - size), first + 1):
            end = start + size
            if end > n or end < last:
                continue
            outside = [j for j in range(start, end) if j < first or j >= last]
            if any(tags[j] != "O" or norms[j] not in words or (texts and texts[j].endswith("ى")) for j in outside):
                continue
            if (start and tags[start - 1] != "O") or (end < n and tags[end] != "O"):
                continue
            if _key(norms, start, end) in names:
                return start, end
    return None


def _propagate(
    norms: Sequence[str], tags: Sequence[str], probs: Sequence[float],
    keys: dict[str, str], firsts: set[str], best: dict[str, float],
) -> Tagged:
    tags, probs = list(tags), list(probs)
    if firsts.isdisjoint(norms):  # no voted string starts here (most sentences)
        return tags, probs
    i, n = 0, len(norms)
    while i < n:
        width = 0
        if norms[i] in firsts and tags[i] == "O":
            for size in range(min(MAX_WORDS, n - i), 0, -1):
                if any(t != "O" for t in tags[i : i + size]):
                    continue
                key = _key(norms, i, i + size)
                before = tags[i - 1] if i else "O"
                after = tags[i + size] if i + size < n else "O"
                if key in keys and before == "O" and after == "O":
                    width = size
                    break
        if not width:
            i += 1
            continue
        kind = keys[_key(norms, i, i + width)]
        if not probs:
            probs = [0.0] * n
        for j in range(i, i + width):
            tags[j] = ("B-" if j == i else "I-") + kind
            probs[j] = round(best.get(_key(norms, i, i + width), 0.0), 3)
        i += width
    return tags, probs


def _relabel(norms: Sequence[str], tags: list[str], probs: list[float], votes: dict[str, Counter[str]]) -> Tagged:
    for first, last, kind in bio_spans(tags):
        count = votes.get(_key(norms, first, last))
        if not count:
            continue
        top, n = count.most_common(1)[0]
        if top != kind and n >= 2 and n > sum(count.values()) / 2:
            for j in range(first, last):
                tags[j] = ("B-" if j == first else "I-") + top
    return tags, probs


def document_tags(norms: Sequence[Sequence[str]], texts: Sequence[Sequence[str]], raw: Sequence[Tagged]) -> tuple[list[Tagged], frozenset[str]]:
    """The tagger's tags `raw` of a document's sentences (normalised tokens `norms`, written tokens
    `texts`) after the name rules and `harmonise`, and the names (FIRST list and the document's
    surnames) the joined-names cut was made on."""
    keep, firsts = name_inner_waw(), first_names()
    # a token written with «ى» that folds to a name is another word: «على» → «علي»; read only by
    # `extend_names_left` at a person's span, so worked out only for sentences with a person's tag
    maqsura = [{k for k, w in enumerate(ws) if w.endswith("ى")} if "B-PERS" in tags or "I-PERS" in tags else ()
               for ws, (tags, _) in zip(texts, raw)]
    # «و» + the surname of a person the document names in full starts a second name too
    names = firsts | document_surnames(norms, [tags for tags, _ in raw])
    tagged = [(_name_rules(n, w, tags, mq, names, firsts, keep), probs)
              for n, w, mq, (tags, probs) in zip(norms, texts, maqsura, raw)]
    return harmonise(norms, tagged, ordinary_strings(), texts), names


def _name_rules(norms: Sequence[str], texts: Sequence[str], tags: Sequence[str], maqsura: Collection[int],
                names: Collection[str], firsts: Collection[str], keep: Collection[str]) -> list[str]:
    """One sentence's tags (normalised tokens `norms`, written `texts`) after the name rules of
    `document_tags`, in their order: each reads the tags the one before it left."""
    tags = split_joined_names(norms, tags, names, keep)
    tags = extend_names_left(norms, tags, firsts, maqsura)
    tags = extend_kunya_right(norms, tags)
    tags = names_after_ranks(norms, tags, texts)
    tags = cut_office_tails(norms, tags)
    tags = cut_fa_verbs(norms, tags, firsts)
    tags = extend_family_right(norms, tags, texts)
    tags = extend_particle_right(norms, tags)
    tags = join_place_heads(norms, tags)
    return drop_latin_words(texts, tags)


def document_spans(
    doc: Document, tag: Callable[[list[list[str]]], Sequence[Tagged]], labels: dict[str, str], source: str,
) -> list[Span]:
    """A statistical tagger's spans over the whole document: `tag` gives each sentence's tags and
    confidences (normalised tokens in), `document_tags` makes them consistent, `tagged_spans` maps them."""
    sentences = [s for s in doc.sentence_tokens() if s]
    norms = [[t.norm for t in s] for s in sentences]
    texts = [[t.text for t in s] for s in sentences]
    final, names = document_tags(norms, texts, tag(norms))
    spans: list[Span] = []
    for sentence, (tags, probs) in zip(sentences, final):
        spans.extend(tagged_spans(doc, sentence, tags, probs, labels, source, names))
    return spans
