"""CASUALTY spans: who was killed, injured, captured or missing, and how many.

Each casualty phrase («لقوا حتفهم», «أصيب», «القتلى») is linked to the number that governs it in the
same clause. Arabic puts that number on either side, and which side is a property of the phrase,
kept in `resources/lexicons/casualties.json`:

- verbs before their subject look right: «وأصيب 22 آخرون», «قتل تسعة انقلابيين»;
- plural verbs after their subject look left, across the group: «12 على الأقل من ميليشيات
  الانقلابيين لقوا حتفهم», «ثلاثة من رجال المقاومة استشهدوا»;
- counted nouns take the number just before them: «عشرات القتلى», «20 قتيلا».

Phrases joined by «و» form a chain that shares one number: «عشرات القتلى والجرحى والأسرى» gives
three roles of 10 each. A number never crosses a clause break (comma, «فيما», «أن»…), never
comes from a date, and a number of hours or kilometres («عشر ساعات») is never a count. The group
the casualties belong to («من ميليشيات الانقلابيين») is returned as `whose` when it is adjacent;
«آخرون» takes the group of the previous casualty in the sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from core.document import Document, Span
from core.entities.dates import dates_by_sentence
from core.entities.lexicon import load_lexicon
from core.entities.matcher import Match, PhraseMatcher, normalized, pattern_key
from core.entities.numbers import NumberHit, numbers_by_sentence, person_stems
from core.text.clitics import DEFINITE_FORMS, any_variant_in, proclitic_variants, variant_in
from core.text.normalize import normalize_token
from core.text.tokens import Token

LABEL = "CASUALTY"
SOURCE = "rule"
DAY_WORDS = frozenset({"يوم", "اليوم", "ليله", "ليلة"})  # a day word before a date names that day
MAX_WHOSE = 8  # tokens
PLACE_HEADS = frozenset({"منطقه", "مديريه", "مدينه", "حي", "قريه", "بلده", "عزله"})  # normalised
NAME_WORDS = 3  # tokens of a place name (and its town with «ب») after a place head
LONG_REACH = 8  # tokens a count may stand after its phrase across where and when (`count_after`)
WHERE_WORDS = frozenset({"في", "خلال", "اثناء", "جراء", "اثر", "منطقه", "مديريه", "مدينه", "محافظه", "حي",
                         "قريه", "بلده", "جبهه", "امس", "اليوم"})


@dataclass(frozen=True, slots=True)
class Phrase:
    role: str
    direction: str  # after | before | either
    reach: int
    needs_count: bool
    weak: bool = False  # ambiguous by itself («سقط», «أسر»): loses a shared number to a clearer phrase
    person: bool = False  # its figure must count people («تعرض خمسة جنود للإصابة», not «5 محلات»)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    phrases: PhraseMatcher[Phrase]
    breaks: frozenset[str]
    whose_stops: frozenset[str]
    anaphora: frozenset[str]
    measures: frozenset[str]
    units: frozenset[str]
    persons: frozenset[str]
    groups: frozenset[str]
    titles: frozenset[str]
    definite_persons: frozenset[str]
    subset_words: frozenset[str]
    self_count: dict[str, int]
    one_of_things: frozenset[str] = frozenset()
    split_heads: frozenset[str] = frozenset()
    split_ends: frozenset[str] = frozenset()
    split_reach: int = 0
    not_before: dict[str, frozenset[str]] = field(default_factory=dict)  # «تصفية» before «جيوب»: mopping up
    martyr_units: frozenset[str] = frozenset()  # «لواء», «كتائب»: «شهداء» after one names the unit
    martyr_words: frozenset[str] = frozenset()  # «شهداء», «الشهيد»
    toll_estimates: frozenset[str] = frozenset()  # «قدرت … عدد القتلى بـ…»: a toll's figure after «ب»
    nisba_endings: tuple[str, ...] = ()  # «مصريا»: an adjective between a figure's noun and its counted noun
    over_group_reach: int = 0
    active_after: frozenset[str] = frozenset()  # «وقتلوا 12 مسلحا»: a plural killing verb with its object after it
    active_reach: int = 0
    nearly: frozenset[str] = frozenset()  # «كادت تؤدي إلى مصرعه»: what nearly happened, no one hit
    nearly_reach: int = 0
    attempt: frozenset[str] = frozenset()  # «محاولة اغتيال», «حاول مسلحون اختطاف»: tried, not done
    # «أحكام الإعدام», «قضت المحكمة بالإعدام»: a death sentence, no one killed (unless carried out)
    sentenced: frozenset[str] = frozenset()
    sentenced_killings: frozenset[str] = frozenset()
    sentenced_reach: int = 0
    carried_out: frozenset[str] = frozenset()
    carried_reach: int = 0
    without: frozenset[str] = frozenset()  # «دون وقوع أية إصابات أو خسائر بشرية»: no one was hit
    without_next: frozenset[str] = frozenset()  # «وقوع», «سقوط», «أي»: what «دون» says did not occur
    without_after_not: frozenset[str] = frozenset()  # «لم يسفر الانفجار عن خسائر بشرية»: verbs of outcome after «لم»
    without_unreported: frozenset[str] = frozenset()  # «لم ترد معلومات عن خسائر بشرية»: «ترد» after «لم» …
    without_news: frozenset[str] = frozenset()  # … then a word of news («معلومات», «أنباء», «تقارير»): none is known
    without_reach: int = 0
    # «دون/لم يتسن» + «التأكد» + … + a word of occurrence right before the phrase: no loss is known
    without_unconfirmed: frozenset[str] = frozenset()  # «التأكد», «تأكد»
    without_could_not: frozenset[str] = frozenset()  # after «لم»: «يتسن», «يتسنى»
    without_occurrence: frozenset[str] = frozenset()  # «إيقاع», «وقوع», «سقوط», «أية»
    released: frozenset[str] = frozenset()  # «الإفراج عن عشرات المعتقلين»: prisoners freed, no capture
    released_nouns: frozenset[str] = frozenset()  # «المعتقلين», «أسيرا»: the prisoners, not a verb of capture
    released_reach: int = 0
    held: frozenset[str] = frozenset()  # «آلاف المعتقلين في سجون النظام»: prisoners held, a stock, no capture
    held_reach: int = 0
    held_before: int = 0
    held_sizes: frozenset[str] = frozenset()  # «آلاف», «مئات»: a tally's size right before the prisoners
    parents: frozenset[str] = frozenset()  # «أم لثلاثة أطفال»: a family's size, no count of people hit
    loss_nouns: frozenset[str] = frozenset()  # «بلغت خسائر الحوثيين 30 قتيلا»: whose the figure after counts
    loss_reach: int = 0
    vague_group_ends: frozenset[str] = frozenset()  # «كثيرا من عناصره لاقت مصرعها»: a group's death, no figure
    vague_group_reach: int = 0
    felt_words: frozenset[str] = frozenset()  # «أصيب أصدقاؤه بصدمة»: a state of mind, no wound
    felt_reach: int = 0


def _norms(words: list[str]) -> frozenset[str]:
    return frozenset(" ".join(pattern_key(w)) or normalize_token(w) for w in words)


@lru_cache(maxsize=1)
def _lex() -> _Lexicon:
    data = load_lexicon("casualties.json")
    phrases: PhraseMatcher[Phrase] = PhraseMatcher()
    for group in data["phrases"]:
        direction = group["count"]
        reach = int(group.get("reach", 3 if direction == "after" else 0))
        weak = bool(group.get("needs_count"))
        person = bool(group.get("needs_person"))
        phrase = Phrase(group["role"], direction, reach, weak, weak, person)
        definite = Phrase(group["role"], direction, reach, True, weak, person)
        for text in group["texts"]:
            # «الشهداء» alone is «the martyrs» of any time («أسر الشهداء»); «قتلى» alone still says
            # people were killed. So a definite counted noun needs its number.
            phrases.add(text, definite if reach == 0 and text.startswith("ال") else phrase)
    return _Lexicon(
        phrases=phrases,
        breaks=frozenset(normalize_token(w) for w in data["clause_breaks"]),
        whose_stops=_norms(data["whose_stops"]),
        anaphora=_norms(data["anaphora"]),
        measures=_norms(data["measure_nouns"]),
        units=_norms(data.get("unit_names", [])),
        persons=_norms(data["persons"]),
        groups=_norms(data["groups"]),
        titles=_norms(data["titles"]),
        definite_persons=_norms(data.get("definite_persons", [])),
        subset_words=_norms(data["subset_words"]),
        self_count={" ".join(pattern_key(k)): v for k, v in data["self_count"].items()},
        one_of_things=_norms(data["one_of_things"]),
        split_heads=_norms(data["split_verb"]["heads"]),
        split_ends=_norms(data["split_verb"]["ends"]),
        split_reach=int(data["split_verb"]["reach"]),
        vague_group_ends=frozenset(" ".join(pattern_key(w)) for w in data.get("vague_group", {}).get("ends", [])),
        vague_group_reach=int(data.get("vague_group", {}).get("reach", 0)),
        martyr_units=_norms(data.get("martyrs_units", {}).get("units", [])),
        martyr_words=_norms(data.get("martyrs_units", {}).get("words", [])),
        not_before={" ".join(pattern_key(k)) or normalize_token(k): _norms(v) for k, v in data.get("not_before", {}).items()},
        felt_words=_norms(data.get("felt_not_hurt", {}).get("words", [])),
        felt_reach=int(data.get("felt_not_hurt", {}).get("reach", 0)),
        toll_estimates=_norms(data.get("toll_estimates", [])),
        active_after=_norms(data.get("active_after", {}).get("texts", [])),
        active_reach=int(data.get("active_after", {}).get("reach", 0)),
        nisba_endings=tuple(data.get("count_over_group", {}).get("nisba_endings", ())),
        over_group_reach=int(data.get("count_over_group", {}).get("reach", 0)),
        nearly=_norms(data.get("nearly", {}).get("texts", [])),
        nearly_reach=int(data.get("nearly", {}).get("reach", 0)),
        attempt=_norms(data.get("attempt", [])),
        sentenced=_norms(data.get("sentenced", {}).get("texts", [])),
        sentenced_killings=_norms(data.get("sentenced", {}).get("killings", [])),
        sentenced_reach=int(data.get("sentenced", {}).get("reach", 0)),
        carried_out=_norms(data.get("sentenced", {}).get("carried_out", [])),
        carried_reach=int(data.get("sentenced", {}).get("carried_reach", 0)),
        without=_norms(data.get("without", {}).get("texts", [])),
        without_next=_norms(data.get("without", {}).get("next", [])),
        without_after_not=_norms(data.get("without", {}).get("after_not", [])),
        without_unreported=_norms(data.get("without", {}).get("unreported", [])),
        without_news=_norms(data.get("without", {}).get("news", [])),
        without_reach=int(data.get("without", {}).get("reach", 0)),
        without_unconfirmed=_norms(data.get("without", {}).get("unconfirmed", [])),
        without_could_not=_norms(data.get("without", {}).get("could_not", [])),
        without_occurrence=_norms(data.get("without", {}).get("occurrence", [])),
        released=_norms(data.get("released", {}).get("texts", [])),
        released_reach=int(data.get("released", {}).get("reach", 0)),
        released_nouns=_norms(data.get("released", {}).get("nouns", [])),
        held=_norms(data.get("held", {}).get("texts", [])),
        held_reach=int(data.get("held", {}).get("reach", 0)),
        held_before=int(data.get("held", {}).get("before", 0)),
        held_sizes=_norms(data.get("held", {}).get("sizes", [])),
        parents=_norms(data.get("parents", [])),
        loss_nouns=_norms(data.get("losses_of", {}).get("texts", [])),
        loss_reach=int(data.get("losses_of", {}).get("reach", 0)),
    )


@dataclass(slots=True)
class _Found:
    """One casualty phrase and what was linked to it."""

    match: Match[Phrase]
    phrase: Phrase
    count: NumberHit | None = None
    distance: int = 0
    whose: tuple[int, int] | None = None  # token range
    whose_text: str | None = None
    inherited: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


QUOTES_AND_BRACKETS = frozenset("()[]«»\"“”")


class _Sentence:
    """Token-level view of one sentence: numbers by token, breaks, casualty phrases."""

    def __init__(self, lex: _Lexicon, tokens: list[Token], numbers: list[NumberHit], dates: list[Any]) -> None:
        self.lex, self.tokens = lex, tokens
        self.matches = []
        negated_end = -1
        for m in lex.phrases.find(tokens):
            if _kills_no_one(lex, tokens, m.token_start, m.token_end) or _nearly(lex, tokens, m.token_start) \
                    or _unit_name(lex, tokens, m.token_start, m.token_end) \
                    or _attempted(lex, tokens, m) or _sentenced(lex, tokens, m) \
                    or (m.payloads[0].role == "injured" and _felt(lex, tokens, m.token_end)):
                continue
            if _without(lex, tokens, m.token_start) or _or_after(tokens, negated_end, m.token_start):
                negated_end = m.token_end  # «لم يسفر عن سقوط قتلى أو جرحى»: the second is not there either
                continue
            if not (m.payloads[0].role == "captured" and (_released(lex, tokens, m.token_start, m.token_end)
                                                          or _held(lex, tokens, m.token_start, m.token_end))):
                self.matches.append(m)
        self.in_phrase = [False] * len(tokens)
        for m in self.matches:
            for k in range(m.token_start, m.token_end):
                self.in_phrase[k] = True
        self.in_date = [False] * len(tokens)
        for d in dates:
            for k in range(d.tok_start, min(d.tok_end, len(tokens))):
                self.in_date[k] = True
        usable = [h for h in numbers if self._is_count(h, dates)]
        self.num_start = {h.tok_start: h for h in usable}
        self.num_end = {h.tok_end: h for h in usable}

    def _is_count(self, hit: NumberHit, dates: list[Any]) -> bool:
        if any(hit.start < d.end and d.start < hit.end for d in dates):
            return False  # «28 يوليو 2015»
        if hit.kind == "dual":
            return hit.noun in person_stems()
        if hit.tok_start > 0 and variant_in(self.tokens[hit.tok_start - 1].norm, self.lex.units, depth=2):
            return False  # «قتل قائد اللواء 35 مدرع»: the unit's number, no count of people
        if self._family_size(hit):
            return False  # «وأم لثلاثة أطفال»: a mother of three, no count of people hit
        if hit.tok_start > 0 and normalized(self.tokens[hit.tok_start].text).startswith("ال") \
                and variant_in(self.tokens[hit.tok_start - 1].norm, self.lex.measures, depth=2):
            return False  # «خلال الساعات الـ24 الماضية», «في الأيام الثلاثة الأخيرة»: a span of time

        tok = self.tokens[hit.tok_end - 1]
        glued = normalized(tok.text[hit.end - tok.start:]) if tok.start < hit.end < tok.end else ""
        if glued and variant_in(glued, self.lex.measures, depth=2):
            return False  # «محمد علاونة (21عاما)»: a measure glued to the digits, his age
        if hit.tok_end < len(self.tokens):
            nxt = self.tokens[hit.tok_end]
            after = nxt.norm
            then = self.tokens[hit.tok_end + 1] if hit.tok_end + 1 < len(self.tokens) else None
            # «وأصيب 173 اليوم الأحد», «قتل 40 يوم 28 يوليو»: a date (or «يوم» right before one) is no
            # measure; «بسقوط 3 قذائف أمس» still is («قذائف» before a date is a measure noun)
            is_date = any(nxt.start < d.end and d.start < nxt.end for d in dates) or (
                after in DAY_WORDS and then is not None and any(then.start < d.end and d.start < then.end for d in dates))
            if not is_date and variant_in(after, self.lex.measures, depth=2):
                return False  # «عشر ساعات», «3 غارات»
            if hit.tok_end + 1 < len(self.tokens) and f"{after} {self.tokens[hit.tok_end + 1].norm}" in self.lex.measures:
                return False  # «79 في المائة»
        return True

    def _family_size(self, hit: NumberHit) -> bool:
        """A number written with «ل» right after a parent noun (casualties.json "parents"): «أم لثلاثة
        أطفال», «أب لخمسة» tell a family's size. (Both parent nouns of two words end in «أسرة».)"""
        first = self.tokens[hit.tok_start].norm
        if hit.tok_start == 0 or not first.startswith("ل") or len(first) < 3:
            return False
        prev = self.tokens[hit.tok_start - 1].norm
        pair = f"{self.tokens[hit.tok_start - 2].norm} {prev}" if hit.tok_start > 1 else ""
        return variant_in(prev, self.lex.parents, depth=2) or pair in self.lex.parents

    def is_break(self, k: int) -> bool:
        tok = self.tokens[k]
        if tok.text in QUOTES_AND_BRACKETS:
            return False  # «استشهاد (15) خمسة عشر مصلياً», «مقتل «70» عنصرا»
        return tok.is_punct or tok.norm in self.lex.breaks or (tok.norm[:1] == "و" and tok.norm[1:] in self.lex.breaks)

    def _adjectival_one(self, hit: NumberHit) -> bool:
        """«واحد/واحدة» after a noun: an adjective («أسرة واحدة», «ليلة واحدة»), no figure."""
        return hit.value == 1 and hit.tok_end - hit.tok_start == 1 and self.tokens[hit.tok_start].norm in ("واحد", "واحده") \
            and hit.tok_start > 0 and not self.is_break(hit.tok_start - 1) and hit.tok_start - 1 not in self.num_end

    def count_before(self, start: int, reach: int) -> tuple[NumberHit, int] | None:
        skipped, k = 0, start
        if start >= 2 and self.tokens[start - 1].text in ("،", ",") and not self.tokens[start].norm.startswith(("و", "ال")):
            subject = self._counted_subject(start - 1, reach)
            if subject is not None:
                return subject  # «وكان 15 من المسلحين الحوثيين وحلفائهم، قتلوا في …»
        while k > 0:
            if k >= 4 and [t.norm for t in self.tokens[k - 3: k]] == ["علي", "الاقل", "،"] and self.tokens[k - 4].norm == "،":
                k -= 4  # «7 من المسلحين الحوثيين، على الأقل، قتلوا»: a parenthesis, no clause break
                continue
            if k in self.num_end and self._adjectival_one(self.num_end[k]):
                hit = self.num_end[k]  # «ثمانية أشخاص من أسرة واحدة قتلوا»: one family, not one killed
                skipped, k = skipped + (k - hit.tok_start), hit.tok_start
                continue
            if k in self.num_end:
                hit = self.num_end[k]
                total = self._total_of(hit)
                if total is not None and skipped + hit.tok_start - total.tok_end < reach:
                    return total, skipped + (hit.tok_start - total.tok_end)
                return hit, skipped
            if self.is_break(k - 1) or self.in_phrase[k - 1] or skipped >= reach:
                return None
            skipped, k = skipped + 1, k - 1
        return None

    def _counted_subject(self, comma: int, reach: int) -> tuple[NumberHit, int] | None:
        """The subject of a plural verb set off from it by a comma, as a long subject often is: a
        figure with its partitive group («15 من المسلحين الحوثيين وقوات صالح») right before the comma,
        nothing else between; the verb joined by «و» is a new clause («هاجم 30 مسلحا المركز، وقتلوا»)."""
        k, skipped = comma, 0
        while k > 0 and skipped <= reach:
            if k in self.num_end and k < comma and self.tokens[k].norm == "من":
                hit = self.num_end[k]
                total = self._total_of(hit)  # «ثلاثة جنود بينهم اثنان من الشرطة العسكرية، قتلوا»: three
                if total is not None and skipped + hit.tok_start - total.tok_end < reach:
                    return total, skipped + (hit.tok_start - total.tok_end)
                return hit, skipped
            if self.is_break(k - 1) or self.in_phrase[k - 1]:
                return None
            skipped, k = skipped + 1, k - 1
        return None

    def count_over_group(self, start: int) -> tuple[NumberHit, int] | None:
        """The figure of an indefinite counted noun written after the figure's own noun: «سقط 50
        شرطيا مصريا شهيدا», «وأصابوا 90 آخرين بجراح» (casualties.json "count_over_group")."""
        lex = self.lex
        k, skipped = start, 0
        if k in self.num_end:
            return None  # the figure right before it: the usual reading
        while k > 0 and skipped < lex.over_group_reach:
            if self.is_break(k - 1) or self.in_phrase[k - 1]:
                return None
            norm = self.tokens[k - 1].norm
            person = self._person_word(norm)
            if not (person or norm.endswith(lex.nisba_endings)):
                return None
            skipped, k = skipped + 1, k - 1
            if k in self.num_end:
                return (self.num_end[k], skipped) if person else None
        return None

    def _person_word(self, norm: str) -> bool:
        lex = self.lex
        return norm in lex.groups or norm in lex.anaphora or norm in lex.persons \
            or (norm.endswith("ا") and norm[:-1] in lex.persons)

    def _total_of(self, hit: NumberHit) -> NumberHit | None:
        """«57 مدنيا بينهم 12 طفلا … قتلوا»: 12 is part of 57 — the figure before «بينهم/منهم»."""
        k = hit.tok_start
        for j in range(k - 1, max(-1, k - 3), -1):
            if self.tokens[j].norm.lstrip("و") in self.lex.subset_words:
                for i in range(j, max(-1, j - 3), -1):
                    if i in self.num_end:
                        total = self.num_end[i]
                        return None if self._governed(total, j) else total
                    if self.in_phrase[i - 1] or self.is_break(i - 1):
                        return None
                return None
            if self.is_break(j):
                return None
        return None

    def _governed(self, total: NumberHit, subset_at: int) -> bool:
        """The total is another role's figure: «أصيب 30 شخصا، بينهم 5 استشهدوا», «40 جريحا منهم 6»,
        «اعتقلت قوات الأمن 20 مسلحا بينهم 3 قتلوا» — a casualty phrase governs it, before or after."""
        if any(self.in_phrase[i] for i in range(total.tok_end, subset_at)):
            return True
        for i in range(total.tok_start - 1, max(-1, total.tok_start - 4), -1):
            if self.in_phrase[i]:
                return True
            if self.is_break(i):
                break
        return False

    def count_after(self, end: int, reach: int) -> tuple[NumberHit, int] | None:
        """The number a phrase governs after it, within `reach` tokens; further (up to `LONG_REACH`)
        only across where and when — prepositions, place heads, definite words, dates — and only a
        figure of people («وقتل خلال المواجهات في منطقة التواهي أمس 28 شخصا»), so a figure of a later
        clause is never taken («قتل الجندي في هجوم شنه 20 مسلحا»)."""
        skipped, k, far, name = 0, end, False, 0
        while k < len(self.tokens):
            if k in self.num_start:
                hit = self.num_start[k]
                if far and not (hit.tok_end < len(self.tokens) and self.tokens[hit.tok_end].norm in self.lex.groups):
                    return None
                return hit, skipped
            if self.is_break(k) or self.in_phrase[k]:
                return None
            # the name after a place head, and the town after it with «ب» («في منطقة دار سعد بعدن أمس
            # 12 مدنيا»), are where too
            head = k > 0 and self.tokens[k - 1].norm in PLACE_HEADS
            name = NAME_WORDS if head else name - 1 if name > 0 else 0
            if skipped >= reach:
                if reach == 0 or skipped >= LONG_REACH or not (self._where_or_when(k) or (far and name > 0)):
                    return None
                far = True
            skipped, k = skipped + 1, k + 1
        return None

    def _where_or_when(self, k: int) -> bool:
        norm = self.tokens[k].norm
        return self.in_date[k] or norm in WHERE_WORDS or norm.startswith(("ال", "بال", "وال", "لل")) \
            or (norm[:1] == "ب" and norm[1:] in WHERE_WORDS)

    def group_after(self, k: int) -> tuple[int, int] | None:
        """Token range of the group named from k on («من ميليشيات الحوثيين الانقلابية وفلول المخلوع صالح»)."""
        j = k
        while j < len(self.tokens) and j - k < MAX_WHOSE:
            norm = self.tokens[j].norm
            if self.is_break(j) or self.in_phrase[j] or self.in_date[j] or j in self.num_start or (j > k and norm in self.lex.whose_stops):
                break
            if j == k and norm in self.lex.whose_stops and norm != "من":
                break
            if norm[:1] == "و" and norm[1:] in self.lex.whose_stops and norm != "ومن":
                break  # «عدد من المصابين وعلى الفور توجهت …», «جنود وفي الأثناء»: a new clause
            j += 1
        if j == k or (j == k + 1 and self.tokens[k].norm == "من"):
            return None
        if all(t.is_punct for t in self.tokens[k:j]):
            return None  # «… سقوط قتلى وجرحى».»: a closing quote names nobody
        return (k, j)


def _chains(sentence: _Sentence) -> list[list[Match[Phrase]]]:
    """Casualty phrases joined by «و» with nothing between them: «القتلى والجرحى والأسرى»."""
    chains: list[list[Match[Phrase]]] = []
    for m in sentence.matches:
        first = sentence.tokens[m.token_start].norm
        if chains and chains[-1][-1].token_end == m.token_start and first.startswith("و"):
            chains[-1].append(m)
        else:
            chains.append([m])
    return chains


def _link_chain(sentence: _Sentence, chain: list[Match[Phrase]]) -> list[_Found]:
    lex = sentence.lex
    head, tail = chain[0], chain[-1]
    phrases = [m.payloads[0] for m in chain]
    count: tuple[NumberHit, int] | None = None
    side = ""
    before = [p for p in phrases if p.direction in ("before", "either")]
    after = [p for p in phrases if p.direction in ("after", "either")]
    if len(chain) == 1 and lex.active_after \
            and variant_in(sentence.tokens[head.token_start].norm, lex.active_after, depth=1):
        right = sentence.count_after(tail.token_end, 0)  # «وقتل الثوار 20 حوثيا وجرحوا 30 آخرين»: the figure
        if right is not None and not sentence.tokens[tail.token_end].norm.startswith("و"):
            # right after a plural active verb is its object, not the 20 before it («20 قتلوا و30 جرحوا»:
            # a figure joined by «و» is the next toll's)
            count, side = right, "after"
    if count is None and phrases[0].direction in ("before", "either") and before:
        count, side = sentence.count_before(head.token_start, max(p.reach for p in before)), "before"
    if count is None and after:
        count, side = sentence.count_after(tail.token_end, max(p.reach for p in after)), "after"
    if count is None and before and phrases[0].direction not in ("before", "either"):
        count, side = sentence.count_before(head.token_start, max(p.reach for p in before)), "before"
    if sentence.tokens[head.token_start].norm in ("عدد", "حصيله") and not (count is not None and count[1] == 0):
        toll = _toll_to(sentence, tail.token_end)  # «ارتفع عدد قتلى اللواء 33 مدرع … إلى 12 جنديا»: 12
        if toll is not None:
            count, side = toll, "after"
    if count is None and phrases[0].direction == "before" and phrases[0].reach == 0 \
            and not sentence.tokens[head.token_start].norm.startswith(("ال", "وال")):
        count = sentence.count_over_group(head.token_start)  # «سقط 50 شرطيا مصريا شهيدا»
        side = "before"
    if count is None and len(chain) == 1 and lex.active_after \
            and variant_in(sentence.tokens[head.token_start].norm, lex.active_after, depth=1):
        count, side = sentence.count_after(tail.token_end, lex.active_reach), "after"  # «هاجموا … وقتلوا 12 مسلحا»
    if count is None and len(chain) == 1 and sentence.tokens[head.token_start].norm in lex.split_ends:
        count = _split_verb_count(sentence, head.token_start)
        side = "after"
    if count is None and len(chain) == 1 and lex.vague_group_ends:
        count, side = _vague_group(sentence, head), "before"
    found = [_Found(m, m.payloads[0]) for m in chain]
    if head.token_start > 0 and sentence.tokens[head.token_start - 1].norm == "بين" \
            and {"killed", "injured"} <= {p.role for p in phrases}:
        return _between(sentence, found, head.token_start - 1)
    hit, distance = count if count else (None, 0)
    whose: tuple[int, int] | None = None
    if hit is not None and side == "before" and hit.tok_end < head.token_start:
        whose = (hit.tok_end, head.token_start)  # «12 على الأقل [من ميليشيات الانقلابيين] لقوا حتفهم»
    elif hit is not None and side == "after" and hit.kind == "dual":
        whose = (hit.tok_start, hit.tok_end)  # «قتل [جنديين]»: the dual names the group
    elif hit is not None and side == "after":
        whose = sentence.group_after(hit.tok_end)  # «قتل تسعة [انقلابيين]»
    else:
        whose = sentence.group_after(tail.token_end)  # «عشرات القتلى [من ميليشيات …]»
    if hit is not None and side == "before" and (whose is None or whose[0] >= whose[1]):
        whose = _losses_of(sentence, hit.tok_start) or whose  # «بلغت خسائر [الحوثيين] في المعارك 30 قتيلا»
    if hit is None:  # «قتل جندي» → 1, «قتيلان» → 2
        for f in found:
            single = _singular_count(sentence, f, lex)
            if single is not None:
                f.count, f.distance = single, 0
                if single.kind == "singular" and sentence.tokens[single.tok_start].norm == OTHER_ONE:
                    pass  # «قتل جندي وأصيب آخر»: another of the group already named
                elif single.kind == "singular" and single.tok_end <= f.match.token_start:
                    whose = (single.tok_start, single.tok_end)  # «إن جنديا تركيا قتل»: its subject
                elif single.kind == "singular":  # the one killed, named: «القيادي أبو أحمد الكازمي»
                    named = sentence.group_after(single.tok_end)
                    whose = (single.tok_start, named[1] if named else single.tok_end)
                    victims = sentence.count_after(whose[1], 3)
                    if victims is not None and not sentence.tokens[victims[0].tok_start].norm.startswith("و"):
                        # «قتل القيادي الحوثي أبو علي الحاكم ثلاثة مدنيين»: he killed them («وأربعة من
                        # مرافقيه» is a second group killed with him)
                        f.count, f.distance = victims
                        whose = sentence.group_after(victims[0].tok_end)
    own: dict[int, tuple[NumberHit, int]] = {}
    alone: set[int] = set()
    subject_whose: tuple[int, int] | None = None
    if hit is not None and side == "after" and len(found) > 1 and found[0].phrase.direction == "before":
        # «لقي ضابط ومجند مصرعهما وأصيب ثلاثة آخرون»: the pronoun counts the dead (`self_count`), the
        # figure after the injury verb is the injured's alone — no toll of both
        single = _singular_count(sentence, found[0], lex)
        if single is not None and single.kind == "self":
            own[0] = (single, 0)
    if hit is not None and side == "after" and len(found) > 1 and found[0].phrase.direction in ("after", "either") \
            and found[0].match.token_end - found[0].match.token_start == 1 and hit.tok_start > found[-1].match.token_start:
        # «قال إن جنديا قتل وأصيب ثلاثة آخرون»: the singular subject before the first verb is its one
        # dead; the figure after the injury verb is the injured's alone — no toll of both
        subject = _subject_before(sentence, found[0].match.token_start, lex)
        if subject is not None:
            own[0] = (subject, 0)
            subject_whose = (subject.tok_start, subject.tok_end)
    if hit is not None and side == "before":  # «تسعة قتلى وإصابة 24 آخرين»: the tail has its own figure
        for k, f in enumerate(found[1:], 1):
            if f.phrase.direction in ("after", "either"):
                mine = sentence.count_after(f.match.token_end, f.phrase.reach)
                if mine is not None and mine[0] is not hit:
                    own[k] = mine
                elif f.match.token_end < len(sentence.tokens) and sentence.tokens[f.match.token_end].norm in lex.anaphora:
                    alone.add(k)  # «لقي العشرات مصرعهم وأصيب آخرون»: others, not as many
    sharing = [f for k, f in enumerate(found) if k not in own and k not in alone]
    combined = hit is not None and not hit.vague and {"killed", "injured"} <= {f.phrase.role for f in sharing}
    for k, f in enumerate(found):
        if k in own:
            f.count, f.distance = own[k]
        elif k in alone:
            pass
        elif combined:  # «مقتل وإصابة 70»: one toll for two roles says how many of neither
            f.extra["combined"] = hit.value
            f.extra["combined_hit"] = hit
        elif hit is not None:
            f.count, f.distance = hit, distance
        f.whose = subject_whose if k == 0 and subject_whose is not None else whose
    return found


def _losses_of(sentence: _Sentence, figure: int) -> tuple[int, int] | None:
    """The group a loss noun names a few words before a figure with no group of its own: «وبلغت خسائر
    [الحوثيين] 30 قتيلا», «بينما بلغت خسائر [المقاومة والجيش] في المعركة 9 شهداء» — the dead of that
    side, so two sides' figures add up instead of the lower one being kept. Only within the clause
    (no break between), at most `losses_of.reach` words back; the definite «الخسائر» is followed
    by its adjective, not its group."""
    lex = sentence.lex
    for k in range(figure - 1, max(-1, figure - 1 - lex.loss_reach), -1):
        if sentence.is_break(k) or sentence.in_phrase[k]:
            return None
        norm = sentence.tokens[k].norm
        if variant_in(norm, lex.loss_nouns, depth=1) and not norm.startswith(DEFINITE_FORMS):  # «الخسائر البشرية»
            group = sentence.group_after(k + 1)
            return group if group is not None and group[1] <= figure else None
    return None


TOLL_QUALIFIERS = frozenset({"نحو", "قرابه", "حوالي", "زهاء", "اكثر", "قرابة"})
TOLL_REACH = 14  # «ارتفع عدد قتلى الغارة الجوية على سوق مديرية مستبأ في محافظة حجة إلى 65 شخصا»


def _toll_to(sentence: _Sentence, end: int) -> tuple[NumberHit, int] | None:
    """The figure a toll rose or came to: the number right after «إلى» (a qualifier such as «نحو»
    between), at most TOLL_REACH tokens after «عدد/حصيلة القتلى …», in the same sentence."""
    tokens = sentence.tokens
    estimated = any_variant_in((t.norm for t in tokens), sentence.lex.toll_estimates, depth=1)
    for k in range(end, min(len(tokens), end + TOLL_REACH)):
        if tokens[k].is_punct and tokens[k].text not in QUOTES_AND_BRACKETS:
            return None
        if estimated and k in sentence.num_start and tokens[k].norm[:1] == "ب" and sentence.num_start[k].start > tokens[k].start:
            return sentence.num_start[k], k - end  # «قدرت اللجنة عدد القتلى … بثلاثة آلاف شخص»
        if estimated and tokens[k].norm == "ب" and (k + 1) in sentence.num_start:
            return sentence.num_start[k + 1], k + 1 - end  # «بـ 3800»
        if tokens[k].norm == "الي":
            if k > 0 and tokens[k - 1].norm.removeprefix("و") in ("اضافه", "بالاضافه"):
                return None  # «8 أشخاص إضافة إلى 20 جريحا»: another figure, not what the toll came to
            hit = sentence.num_start.get(k + 1)
            if hit is None and k + 2 < len(tokens) and tokens[k + 1].norm in TOLL_QUALIFIERS:
                hit = sentence.num_start.get(k + 2)  # «إلى نحو 100»
            return (hit, k + 1 - end) if hit is not None else None
    return None


def _vague_group(sentence: _Sentence, m: Match[Phrase]) -> tuple[NumberHit, int] | None:
    """«كثيرا من عناصر التنظيم لاقت مصرعها», «عدد من المسلحين لقيت حتفها»: the feminine singular
    death noun (`vague_group` ends) agrees with a plural of people counted by a vague quantity
    before it in its clause — the group's death at that vague figure (none, or «عشرات» = 10); not one person's."""
    key = " ".join(t.norm for t in sentence.tokens[m.token_start : m.token_end])
    if key not in sentence.lex.vague_group_ends and key[1:] not in sentence.lex.vague_group_ends:
        return None
    found = sentence.count_before(m.token_start, sentence.lex.vague_group_reach)
    if found is None or not found[0].vague:
        return None
    return found


def _split_verb_count(sentence: _Sentence, end: int) -> tuple[NumberHit, int] | None:
    """«لقي 4 من القيادات … في محافظة إب، مصرعهم»: the figure right after a «لقي» head at most
    `split_reach` tokens before the noun, in the same sentence."""
    lex = sentence.lex
    for k in range(end - 1, max(-1, end - 1 - lex.split_reach), -1):
        if sentence.tokens[k].norm.removeprefix("و") in lex.split_heads:
            hit = sentence.num_start.get(k + 1)
            return (hit, end - hit.tok_end) if hit is not None else None
    return None


def _between(sentence: _Sentence, found: list[_Found], at: int) -> list[_Found]:
    """«سقط 300 بين قتيل وجريح», «عشرات الحوثيين سقطوا بين قتيل وجريح»: one toll of the dead and
    the wounded together says how many of neither (the singular nouns are no count of one);
    killed, number unknown. The toll, if a figure stands within four words before «بين»,
    is kept as `combined` and taken from any other phrase that read it."""
    toll: NumberHit | None = None
    for k in range(at, max(0, at - 4), -1):
        if k in sentence.num_end:
            toll = sentence.num_end[k]
            break
        if sentence.is_break(k - 1):
            break
    for f in found:
        f.extra["combined"] = toll.value if toll is not None else None
        if toll is not None:
            f.extra["combined_hit"] = toll
    return found


def _singular_count(sentence: _Sentence, f: _Found, lex: _Lexicon) -> NumberHit | None:
    m = f.match
    key = " ".join(t.norm for t in sentence.tokens[m.token_start : m.token_end])
    for variant in (key, key[1:] if key[:1] == "و" else key):  # indefinite only: «قتيل», not «الأسير»
        if variant in lex.self_count:
            return NumberHit(m.start, m.end, m.token_start, m.token_end, lex.self_count[variant], kind="self")
    if f.phrase.direction == "after" and m.token_end < len(sentence.tokens):
        k = m.token_end
        while sentence.in_date[k] and k + 1 < len(sentence.tokens):
            k += 1  # «قتل اليوم القيادي …», «استشهد فجر أمس الشاب …»: the whole date
        tok = sentence.tokens[k]
        if tok.norm == "احد" and k + 1 < len(sentence.tokens) and sentence.tokens[k + 1].norm in lex.one_of_things:
            return None  # «سقط أحد الصواريخ», «أصيب أحد المنازل»: one of some things
        if tok.norm in lex.persons or (tok.norm.startswith("ال") and (tok.norm[2:] in lex.titles or tok.norm[2:] in lex.definite_persons)):
            n, last = _named_list(sentence, k, lex)  # «استشهاد العريف …، والجندي أول …، والجندي …»: 3
            if tok.norm in lex.persons:
                n, last = _one_more(sentence, last, n, lex)  # «قتل قائد وأحد العناصر»: 2
            return NumberHit(tok.start, sentence.tokens[last].end, k, last + 1, n, kind="singular")  # «مقتل القيادي أبو يحيى»
        if tok.norm == OTHER_ONE and _other_alone(sentence, k, lex):
            return NumberHit(tok.start, tok.end, k, k + 1, 1, kind="singular")  # «قتل جندي وأصيب آخر»: one more
    if f.phrase.direction in ("after", "either") and m.token_end - m.token_start == 1:
        return _subject_before(sentence, m.token_start, lex)
    return None


OTHER_ONE = "اخر"  # «آخر» folded: another one
# words after which a singular person noun is the subject of the verb that follows it («إن جنديا قتل»)
SUBJECT_OPENERS = frozenset({"ان", "وان", "بان", "لان", "فان", "لكن", "ولكن"})
NISBA_REACH = 2  # nisba adjectives between a subject and its verb («جنديا تركيا قتل»)


def _other_alone(sentence: _Sentence, k: int, lex: _Lexicon) -> bool:
    """«وأصيب آخر», «وأصيب آخر اليوم الخميس»: «آخر» right after a casualty verb is another one, not
    «the last» of what follows («قتل آخر المسلحين», «آخر جندي»): nothing, a break, a date or a
    preposition after it."""
    nxt = k + 1
    if nxt >= len(sentence.tokens) or sentence.is_break(nxt) or sentence.in_date[nxt]:
        return True
    norm = sentence.tokens[nxt].norm
    if norm in lex.persons or norm in lex.groups or norm.startswith(("ال", "وال")):
        return False
    return norm in WHERE_WORDS or norm.startswith(("ب", "ل", "و")) or norm in ("من", "علي", "عند", "قرب", "بعد")


OF_REACH = 3  # definite words of an «of» phrase between a subject and its verb («إن عضوا في الفصيل المعارض قتل»)
OF_WORDS = frozenset({"في", "من"})


def _before_of_phrase(tokens: list, k: int) -> int:
    """The token before a phrase «في/من ال…» (or «بال…», «لل…») of one to OF_REACH definite words
    ending at `k` («عضوا في الفصيل المعارض», «مقاتلا من الفصيل»): what the subject is a member of;
    `k` itself when no such phrase ends there."""
    j = k
    while j >= 0 and k - j < OF_REACH and tokens[j].norm.startswith("ال") and not tokens[j].is_punct:
        j -= 1
    if j == k or j < 1:
        return k
    norm = tokens[j].norm
    if norm in OF_WORDS:
        return j - 1
    if norm.startswith(("بال", "لل")) and not tokens[j].is_punct:
        return j - 1
    return k


def _subject_before(sentence: _Sentence, verb: int, lex: _Lexicon) -> NumberHit | None:
    """«قالت إن جنديا تركيا قتل», «جندي قتل في …»: a singular indefinite person noun, with at most two
    nisba adjectives, right before a casualty verb that has no victim after it, is its subject: one
    person. Only after «إن/أن» (the accusative subject of «إنّ») or at the start of the sentence or
    clause, where a noun before the verb is its subject."""
    tokens = sentence.tokens
    if verb == 0 or (verb + 1 < len(tokens) and variant_in(tokens[verb + 1].norm, lex.groups, depth=1)):
        return None  # «إن جنديا قتل مسلحين»: the soldier killed them
    k = _before_of_phrase(tokens, verb - 1)
    for _ in range(NISBA_REACH):
        norm = tokens[k].norm
        if k > 0 and norm not in lex.persons and len(norm) > 3 and norm.endswith(("يا", "ي", "يه")) \
                and not norm.startswith("ال"):
            k -= 1  # «تركيا», «سوريا», «يمني»: the subject's nisba
        else:
            break
    if k < 0 or tokens[k].norm not in lex.persons or tokens[k].norm == "احد":
        return None
    if k > 0 and not (tokens[k - 1].is_punct or tokens[k - 1].norm in SUBJECT_OPENERS):
        return None
    return NumberHit(tokens[k].start, tokens[verb - 1].end, k, verb, 1, kind="singular")


NAMED_ITEM_REACH = 7  # words of a name (and rank) between two titled persons of one list of the dead


# commas and the quotes a name is written in («المدعو "أبو علي"، والقيادي "أبو حسين"») break no list of names
NAME_LIST_MARKS = frozenset({"،", ",", '"', "«", "»", "“", "”"})


def _named_list(sentence: _Sentence, k: int, lex: _Lexicon) -> tuple[int, int]:
    """The titled persons listed from the one at token `k`, each a name after a title or rank joined
    by «و» («استشهاد العريف أحمد جعفر، والجندي أول محمد علي، والجندي أول حسن ناصر» = 3): how many,
    and the token of the last title. Commas between the items are no break; any other break, a
    figure or another casualty word ends the list."""
    tokens = sentence.tokens
    n, last, j, marks = 1, k, k + 1, 0
    while j < len(tokens) and j - last - marks <= NAMED_ITEM_REACH:
        norm = tokens[j].norm
        if norm[:1] == "و" and norm[1:3] == "ال" and (norm[3:] in lex.titles or norm[3:] in lex.persons) \
                and not sentence.in_date[j]:  # «يومي السبت والأحد»: Sunday, not «أحد» (one)
            n, last, marks = n + 1, j, 0
        elif tokens[j].text in NAME_LIST_MARKS:
            marks += 1  # a comma or quote is no word of the name
        elif sentence.is_break(j) or j in sentence.num_start or sentence.in_phrase[j]:
            break
        j += 1
    return n, last


PARTNER_MODIFIERS = 2  # words of the single person's own name or kind before «و» («قائد كتيبة», «جندي يمني»)


def _modifiers(sentence: _Sentence, k: int) -> int:
    """The token after the indefinite words that go on describing the person at token k-1 («قائد
    [ميداني]», «قائد [كتيبة]», «قائد [عسكري]»: no «ال», no «و», no figure, date, break, phrase or
    person of their own — a nisba right after the person is its adjective)."""
    tokens, j = sentence.tokens, k
    while j < len(tokens) and j - k < PARTNER_MODIFIERS:
        norm = tokens[j].norm
        if norm[:1] == "و" or norm.startswith("ال") or j in sentence.num_start or sentence.in_phrase[j] \
                or sentence.in_date[j] or sentence.is_break(j) or tokens[j].is_punct \
                or norm in sentence.lex.persons and not (j == k and norm.endswith("ي")):  # «قائد [عسكري]»: its adjective
            break
        j += 1
    return j


def _one_more(sentence: _Sentence, last: int, n: int, lex: _Lexicon) -> tuple[int, int]:
    """A single person joined by «و» to the single person counted (n, ending at token `last`): «قتل
    رجل وامرأة», «قيادي وعنصر» (another single noun), «قائد وأحد العناصر», «قائد كتيبة وأحد مرافقيه»
    («وأحد» + a group of people): one more."""
    tokens = sentence.tokens
    j = _modifiers(sentence, last + 1)
    if j >= len(tokens) or sentence.in_date[j]:
        return n, last
    if _person_alone(sentence, j) and tokens[j].norm[:1] == "و":
        return n + 1, j
    if tokens[j].norm == "واحد" and _one_of_group(sentence, j + 1):
        return n + 1, j + 1
    return n, last


def _one_of_group(sentence: _Sentence, k: int) -> bool:
    """Token k names a group of people right after «وأحد» («العناصر», «مرافقيه»): «أحد» is one of
    them, not the figure of a noun before it («شخص واحد»)."""
    if k >= len(sentence.tokens) or sentence.in_date[k] or sentence.in_phrase[k]:
        return False
    group, groups = sentence.tokens[k].norm, sentence.lex.groups
    return group in groups or (group.startswith("ال") and group[2:] in groups)


def _dedupe(found: list[_Found]) -> list[_Found]:
    """A number counts one role once: «أصيب 3 بجروح» is one injury figure, not two."""
    best: dict[tuple[str, int], _Found] = {}
    for f in found:
        if f.count is None or f.count.kind in ("self", "singular"):
            continue
        key = (f.phrase.role, f.count.start)
        rank = (f.distance, f.phrase.weak, f.match.start)
        other = best.get(key)
        if other is None or rank < (other.distance, other.phrase.weak, other.match.start):
            best[key] = f
    keep = set(id(f) for f in best.values())
    return [f for f in found if f.count is None or f.count.kind in ("self", "singular") or id(f) in keep]


def _drop_others_figures(found: list[_Found]) -> None:
    """A phrase that needs a figure before it and reached back over words for one («قتل 3 مدنيين
    في قصف على تعز وتعرض آخرون للإصابة») does not take the figure another role's phrase of the
    sentence counts («قتل 3»): the wounded are others, their number untold."""
    for f in found:
        if f.count is None or f.count.kind in ("self", "singular") or not f.phrase.needs_count \
                or f.phrase.direction != "before" or f.distance == 0:
            continue
        if any(g is not f and g.count is not None and g.count.start == f.count.start and g.phrase.role != f.phrase.role
               for g in found):
            f.count = None


VICTIM_WORDS = frozenset({"ضحايا", "ضحيه", "ضحيتين", "ضحيتان"})  # «سقوط 5 ضحايا»: people (normalised «ة»)


def _drop_figures_of_things(sentence: _Sentence, found: list[_Found]) -> None:
    """A phrase whose figure must count people (casualties.json `needs_person`: «تعرض خمسة من
    رجال حرس الحدود للإصابة») takes no figure of things («وتعرضت 3 مدارس و5 محلات تجارية للإصابة»):
    the word after the figure is «من», a person or group word, a plural of people («ين/ون») or a
    victims word («سقوط 5 ضحايا»; not «سقوط 20 برميلا متفجرا», «قضى 7 أعوام»)."""
    for f in found:
        if f.count is None or not f.phrase.person or f.count.kind in ("self", "singular"):
            continue
        k = f.count.tok_end
        word = sentence.tokens[k].norm if k < len(sentence.tokens) else ""
        bare = word.removeprefix("ال")
        if not (word == "من" or sentence._person_word(word) or sentence._person_word(bare)
                or bare.endswith(("ين", "ون")) or bare in VICTIM_WORDS):
            f.count = None


def _shared_groups(found: list[_Found]) -> None:
    """«مقتل 21 وإصابة 36 [من الحوثيين] ومقتل 3 وإصابة 5 [من القوات الشرعية]»: a figure with no
    group of its own, followed at once by another role's figure, shares that figure's group — so
    the two death tolls are two sides that add up, not two reports of which the lower wins."""
    by_start = {f.match.token_start: f for f in found}
    for f in found:
        if f.count is None or f.whose is not None or f.count.kind in ("self", "singular"):
            continue
        nxt = by_start.get(f.count.tok_end)
        if nxt is not None and nxt is not f and nxt.whose is not None and nxt.phrase.role != f.phrase.role:
            f.whose = nxt.whose


def _continuations(sentence: _Sentence, found: list[_Found]) -> list[_Found]:
    """A figure for a second group that shares the phrase of the first: «استشهاد عشرة من منسوبي
    القوات [وثلاثة من العاملين]», «مقتل عشرة من رجال الأمن، [إضافة إلى ثلاثة من العاملين]»,
    «قتل 9 من مسلحي الحوثيين [و6 من مقاتلي المقاومة]». Each becomes a phrase of the same role
    with its own count and group (the incident sums groups)."""
    tokens = sentence.tokens
    used = {id(f.count) for f in found if f.count is not None}
    extra: list[_Found] = []
    for f in found:
        if f.count is None or f.count.kind == "self" or f.whose is None:
            continue
        k = f.whose[1]
        if f.count.kind == "singular":
            k = _past_the_one(sentence, k)
        while True:
            j = k
            if j + 1 < len(tokens) and tokens[j].norm == "علي" and tokens[j + 1].norm in ("الاقل", "اقل"):
                j += 2  # «مقتل 42 حوثيا على الأقل، و9 مقاتلين من المقاومة»
            while j < len(tokens) and tokens[j].text in ("،", ","):
                j += 1
            joined = j < len(tokens) and tokens[j].norm[:1] == "و"
            if j + 1 < len(tokens) and tokens[j].norm.lstrip("و") in ("اضافه", "بالاضافه") and tokens[j + 1].norm in ("الي", "ل"):
                j, joined = j + 2, True
            # «39 متمردا على الأقل و17»: the number reader took the first figure's qualifier with the second
            hit = sentence.num_start.get(j) or next(
                (h for h in sentence.num_start.values() if h.tok_start < j < h.tok_end), None)
            if hit is None or not joined or id(hit) in used or hit.tok_end >= len(tokens):
                break
            after = tokens[hit.tok_end].norm
            if after != "من" and after not in sentence.lex.groups:
                break
            g = hit.tok_end + 1
            if after != "من" and g + 1 < len(tokens) and _adjective(tokens[g].norm) and not sentence.is_break(g):
                g += 1  # «و17 مقاتلا [مواليا] في المعارك»: the group's adjective
            if after != "من" and g < len(tokens) and not (
                    sentence.is_break(g) or tokens[g].norm in ("من", "ومن") or tokens[g].norm in sentence.lex.whose_stops
                    or g in sentence.num_start):
                break  # «قتل 5 جنود و3 مسلحين أسرتهم القوات»: the second figure has its own verb
            whose = sentence.group_after(hit.tok_end)
            if whose is None:
                break
            used.add(id(hit))
            extra.append(_Found(f.match, f.phrase, hit, 0, whose, extra={"continues": True}))
            k = whose[1]
    return extra


ONE_REACH = 5  # words of a name or a title after the one killed («القيادي الحوثي [أبو علي الشامي]»)


def _past_the_one(sentence: _Sentence, k: int) -> int:
    """Where a second group joined to one killed person can start: past the rest of his name or title
    («قتل القيادي الحوثي أبو علي الشامي [وثلاثة من مرافقيه]», «قتل قائد ميداني في جماعة الحوثي
    [و3 من مرافقيه]») — the first «و» + figure within ONE_REACH words, nothing between that breaks the
    clause, tells another figure or another casualty phrase; `k` itself otherwise."""
    tokens = sentence.tokens
    for j in range(k, min(len(tokens), k + ONE_REACH + 1)):
        if tokens[j].norm[:1] == "و" and j in sentence.num_start:
            return j
        if sentence.is_break(j) or sentence.in_phrase[j] or j in sentence.num_start:
            return k
    return k


def _person_alone(sentence: _Sentence, k: int) -> bool:
    """Token k is one indefinite person noun («امرأة», «وجندي»), no figure or title of its own."""
    if k >= len(sentence.tokens) or k in sentence.num_start or sentence.in_phrase[k] or sentence.in_date[k]:
        return False
    norm = sentence.tokens[k].norm
    return norm not in ("احد", "واحد") and (norm in sentence.lex.persons or (
        norm[:1] == "و" and norm[1:] in sentence.lex.persons and norm[1:] != "احد"))


NISBA_PLURALS = ("يين", "يون", "يات")  # «أربعة جنود يمنيين وضابط»: the group's adjective before the one


def _singular_partners(sentence: _Sentence, found: list[_Found]) -> None:
    """People listed by kind, one of them a single person with no figure: «قتلت امرأة وثلاثة
    أطفال» (1 + 3), «قتل رجل وامرأتان» (1 + 2), «مقتل أربعة مدنيين وجندي» (4 + 1), «مقتل طفلين
    وامرأة» (2 + 1). The figure the phrase read counts the single one too: before it («قتلت [امرأة]
    وثلاثة»: the figure joined by «و»), or joined by «و» right after the figure's noun (and a nisba
    adjective of it). The single noun is left free for the actor or victim it names."""
    tokens = sentence.tokens
    for f in found:
        hit = f.count
        if hit is None or hit.kind in ("self", "singular") or f.extra.get("continues") or hit.vague or hit.value is None:
            continue
        one: int | None = None
        if f.phrase.direction in ("after", "either") and hit.tok_start > f.match.token_end:
            k = f.match.token_end + (1 if sentence.in_date[f.match.token_end] else 0)
            if _person_alone(sentence, k) and _modifiers(sentence, k + 1) == hit.tok_start and tokens[k].norm[:1] != "و" \
                    and tokens[hit.tok_start].norm[:1] == "و" and (tokens[hit.tok_start].norm not in ("واحد", "واحده")
                                                                  or _one_of_group(sentence, hit.tok_end)):
                one = k  # (not «مقتل شخص واحد»: the figure of that one noun, no «و» joining another; «قائد وأحد العناصر»)
        if one is None and f.phrase.direction != "after" and hit.tok_end <= f.match.token_start \
                and tokens[hit.tok_start].norm[:1] == "و" and tokens[hit.tok_start].norm not in ("واحد", "واحده"):
            for k in range(hit.tok_start - 1, max(hit.tok_start - 2 - PARTNER_MODIFIERS, -1), -1):
                if _person_alone(sentence, k) and tokens[k].norm[:1] != "و" and _modifiers(sentence, k + 1) == hit.tok_start \
                        and k not in sentence.num_end:  # no figure of its own before it («3 جنود وضابط»)
                    one = k  # «لقي قائد ميداني واثنان من مرافقيه مصرعهم»
                    break
        if one is None and f.whose is not None and f.whose[0] == hit.tok_end:
            a, b = f.whose
            for j in (a + 1, a + 2):
                if j < b and tokens[j].norm[:1] == "و" and _person_alone(sentence, j) \
                        and (j == a + 1 or tokens[a + 1].norm.endswith(NISBA_PLURALS)) \
                        and (j + 1 >= len(tokens) or j + 1 == b or not tokens[j + 1].norm.startswith("ال")):
                    one = j
                    break
            if one is None and tokens[a].norm == "من":
                one = _partner_after_of_group(sentence, a, b)
        if one is None and hit.kind == "dual" and hit.tok_end < len(tokens) \
                and tokens[hit.tok_end].norm[:1] == "و" and _person_alone(sentence, hit.tok_end):
            one = hit.tok_end  # «مقتل طفلين وامرأة»
        if one is not None:
            f.count = replace(hit, value=hit.value + 1)
            f.extra["partnered"] = True


PARTNER_GROUP_REACH = 4  # words of a «من» group before a single person joined to it («3 من أفراد الشرطة التركية [ومدني]»)


def _partner_after_of_group(sentence: _Sentence, a: int, b: int) -> int | None:
    """«قتل 3 من أفراد الشرطة التركية ومدني» (3 + 1), «مقتل أربعة من مشاة البحرية وضابط»: a single
    indefinite person noun joined by «و» right after the «من» group a figure counts (token `a` the
    «من», `b` the group's end) is one more — the first «و» word of the group, within
    PARTNER_GROUP_REACH words, with no break before it. Its index, or None."""
    tokens = sentence.tokens
    for j in range(a + 2, min(b, a + 2 + PARTNER_GROUP_REACH)):
        if sentence.is_break(j) or j in sentence.num_start:
            return None
        if tokens[j].norm[:1] == "و":
            if _person_alone(sentence, j) and (j + 1 >= len(tokens) or j + 1 == b
                                               or not tokens[j + 1].norm.startswith("ال")):
                return j
            return None
    return None


# words that, right after a dual person noun, are no noun of its construct («جنديان في …», «بالرصاص»)
NOT_COMPLEMENTS = frozenset({"في", "من", "علي", "الي", "عن", "بعد", "قبل", "قرب", "خلال", "اثناء", "جراء", "اثر", "حين"})


def _nisba(sentence: _Sentence, k: int) -> bool:
    """Token k is an indefinite nisba adjective of the person before it («شرطي [تركي]», «جنديين [تركيين]»)."""
    norm = sentence.tokens[k].norm
    return (len(norm) > 3 and norm.endswith(("ي", "يه", "يا", "يان", "يين", "ين")) and not norm.startswith(("ال", "و"))
            and norm not in sentence.lex.persons and k not in sentence.num_start and not sentence.in_phrase[k]
            and not sentence.in_date[k])


def _listed_people(sentence: _Sentence, found: list[_Found]) -> None:
    """One person or a pair read as the toll, followed by more of them joined by «و», each a single
    indefinite person noun or a dual of one: «قتل جندي ومدني» (1 + 1), «قتل شرطي تركي ومدني»
    (with a nisba between), «أصيب جنديان ومدنيان» (2 + 2), «قتل ضابطا شرطة ومجند ومسلح» (a dual's
    noun of construct, then 2 + 1 + 1). `_singular_partners` counts a figure and one such noun;
    this adds the list after a single or dual person it does not read."""
    tokens, lex = sentence.tokens, sentence.lex
    for f in found:
        hit = f.count
        if hit is None or hit.kind not in ("singular", "dual") or hit.vague or hit.value is None \
                or f.extra.get("continues") or f.extra.get("partnered"):
            continue
        if hit.kind == "dual" and (hit.noun is None or hit.noun not in lex.persons):
            continue
        if hit.kind == "singular" and hit.value != 1:
            continue  # «العريف …، والجندي …»: a titled list `_named_list` counted
        j, added = hit.tok_end, 0
        if hit.kind == "dual" and j < len(tokens) and not sentence.is_break(j) and j not in sentence.num_start \
                and not sentence.in_phrase[j] and not sentence.in_date[j] \
                and not tokens[j].norm.startswith(("ال", "و", "ب", "ل", "ف")) and tokens[j].norm not in NOT_COMPLEMENTS \
                and j + 1 < len(tokens) and tokens[j + 1].norm[:1] == "و":
            j += 1  # «ضابطا [شرطة] ومجند»: the noun the pair is of
        for _ in range(2):
            if j < len(tokens) and _nisba(sentence, j):
                j += 1
        while j < len(tokens) and tokens[j].norm[:1] == "و":
            other = sentence.num_start.get(j)
            if other is not None and other.kind == "dual" and not other.vague and other.value \
                    and other.noun is not None and other.noun in lex.persons:
                added, j = added + int(other.value), other.tok_end
            elif _person_alone(sentence, j) and not (j + 1 < len(tokens) and tokens[j + 1].norm.startswith("ال")):
                added, j = added + 1, j + 1
            else:
                break
            for _ in range(2):
                if j < len(tokens) and _nisba(sentence, j):
                    j += 1
        if added:
            f.count = replace(hit, value=hit.value + added)


def _earlier_groups(sentence: _Sentence, found: list[_Found]) -> list[_Found]:
    """Figures of several groups before one plural verb: «12 حوثيا و4 جنود قتلوا», «25 حوثيا و10 من
    رجال المقاومة سقطوا قتلى» — the verb read the nearest («و4»); each figure before it, joined by
    «و» across a short group, is a group of its own (the incident sums groups)."""
    tokens = sentence.tokens
    used = {id(f.count) for f in found if f.count is not None}
    people = sentence.lex.groups | sentence.lex.persons | {"من"}
    extra: list[_Found] = []
    for f in found:
        hit = f.count
        if hit is None or hit.kind in ("self", "singular") or f.phrase.direction == "after" \
                or hit.tok_end > f.match.token_start or f.extra.get("continues"):
            continue
        while tokens[hit.tok_start].norm[:1] == "و" and tokens[hit.tok_start].norm not in ("واحد", "واحده"):
            near = [k for k in sentence.num_end if hit.tok_start - MAX_WHOSE <= k < hit.tok_start]
            earlier = sentence.num_end[max(near)] if near else None
            if earlier is not None and earlier.tok_end < len(tokens) and tokens[earlier.tok_end].norm not in people:
                break  # «لقي قائد اللواء 35 مدرع و3 من مرافقيه مصرعهم»: a brigade's number, no group of people
            if earlier is None or id(earlier) in used or any(
                    sentence.is_break(k) or sentence.in_phrase[k] or k in sentence.num_start
                    for k in range(earlier.tok_end, hit.tok_start)) or earlier.tok_end == hit.tok_start:
                break
            used.add(id(earlier))
            extra.append(_Found(f.match, f.phrase, earlier, 0, (earlier.tok_end, hit.tok_start), extra={"continues": True}))
            hit = earlier
    return extra


def _adjective(norm: str) -> bool:
    """An indefinite relative adjective agreeing with a counted group: «مواليا», «يمنيين»
    (not a verb: «فروا», «أسرتهم»)."""
    return len(norm) > 3 and norm.endswith(("يا", "يين")) and norm[:1] not in "يتن"


def sentence_casualties(doc: Document, tokens: list[Token], numbers: list[NumberHit], dates: list[Any]) -> list[Span]:
    lex = _lex()
    sentence = _Sentence(lex, tokens, numbers, dates)
    found: list[_Found] = []
    for chain in _chains(sentence):
        found.extend(_link_chain(sentence, chain))
    tolls = {id(f.extra["combined_hit"]) for f in found if "combined_hit" in f.extra}
    for f in found:  # «سقط 300 قتيل وجريح»: «سقط» does not take the combined toll either
        if f.count is not None and id(f.count) in tolls:
            f.extra["combined"], f.count = f.count.value, None
    _drop_others_figures(found)
    _drop_figures_of_things(sentence, found)
    found = [f for f in _dedupe(found) if f.count is not None or not f.phrase.needs_count or "combined" in f.extra]
    _shared_groups(found)
    found += _continuations(sentence, found)
    found += _earlier_groups(sentence, found)
    _singular_partners(sentence, found)
    _listed_people(sentence, found)
    spans: list[Span] = []
    previous_whose: tuple[int, int, str] | None = None
    for f in found:
        attrs: dict[str, Any] = {"role": f.phrase.role, "count": None, "count_start": None, "count_end": None,
                                 "whose": None, "whose_start": None, "whose_end": None}
        if f.count is not None:
            attrs.update(count=f.count.value, count_start=f.count.start, count_end=f.count.end,
                         count_text=doc.text[f.count.start : f.count.end], vague=f.count.vague,
                         qualifier=f.count.qualifier)
        if "combined" in f.extra:
            attrs["combined"] = f.extra["combined"]
        if f.whose is not None:
            a, b = f.whose
            if tokens[a].norm in lex.anaphora and b - a > 2 and tokens[a + 1].norm == "من":
                a += 1  # «وأصيب 50 آخرون من المقاومة»: others, of a group named here
            start, end = tokens[a].start, tokens[b - 1].end
            text = doc.text[start:end]
            if tokens[a].norm in lex.anaphora and previous_whose is not None:
                start, end, text = previous_whose  # «وأسر 12 آخرين»: the same group as before
                attrs["whose_inherited"] = True
            elif tokens[a].norm not in lex.anaphora:
                previous_whose = (start, end, text)
            if tokens[a].norm not in lex.anaphora or attrs.get("whose_inherited"):
                attrs.update(whose=text, whose_start=start, whose_end=end)
        if f.extra.get("continues") and f.count is not None:
            # the span is the second group's figure and its «من» (longer than the bare NUMBER, so it
            # wins the overlap); the group itself stays free for the actor it names
            attrs["continues"] = True
            spans.append(doc.span(f.count.start, tokens[f.count.tok_end].end, LABEL, SOURCE, **attrs))
            continue
        spans.append(doc.span(f.match.start, f.match.end, LABEL, SOURCE, **attrs))
    return spans


def _nearly(lex: _Lexicon, tokens: list[Token], start: int) -> bool:
    """«كادت تؤدي إلى مصرعه», «كاد أن يلقى حتفه»: a verb of «nearly» (`nearly`) up to `nearly_reach`
    words before the casualty phrase, with no punctuation between, tells a death that did not happen."""
    return _word_before(tokens, start, lex.nearly_reach, lex.nearly, depth=1)


def _attempted(lex: _Lexicon, tokens: list[Token], m: Any) -> bool:
    """«نجا المحافظ من محاولة اغتيال», «حاول مسلحون اختطاف القاضي», «محاولة فاشلة لاغتياله»: a word of
    trying (`attempt`) right before the casualty phrase, or with one word between (the doer, «فاشلة»),
    tells a deed that may not have been done: no one is hit by it (79 corpus uses). Not when the phrase
    opens with «و/ف» («حاول الفرار فقتل»: a second deed, done)."""
    if not lex.attempt:
        return False
    lead = tokens[m.token_start].text[: max(0, m.start - tokens[m.token_start].start)]
    if "و" in lead or "ف" in lead:
        return False
    return _word_before(tokens, m.token_start, 2, lex.attempt, depth=1)


def _sentenced(lex: _Lexicon, tokens: list[Token], m: Any) -> bool:
    """«أصدرت المحكمة أحكام الإعدام بحق …», «قضت المحكمة بالإعدام على 12 متهما», «إلغاء عقوبة الإعدام»: a
    killing of `sentenced.killings` up to `sentenced.reach` words after a word of sentencing, no
    punctuation between, is a sentence or the penalty: no one is killed by it (166 corpus uses). Not
    with a word of carrying it out up to `carried_reach` words before that word («نفذ التنظيم حكم
    الإعدام بحق ثلاثة شبان»: done)."""
    if not lex.sentenced or not any(variant_in(tokens[k].norm, lex.sentenced_killings, depth=2)
                                    for k in range(m.token_start, m.token_end)):
        return False
    for k in range(m.token_start - 1, max(-1, m.token_start - 1 - lex.sentenced_reach), -1):
        if not tokens[k].norm.isalpha():
            return False
        if variant_in(tokens[k].norm, lex.sentenced, depth=1):
            return not _word_before(tokens, k, lex.carried_reach, lex.carried_out, depth=1)
    return False


def _word_before(tokens: list[Token], start: int, reach: int, words: frozenset[str], *, depth: int,
                 word: Callable[[str], bool] = str.isalpha) -> bool:
    """One of `words` (`variant_in` to `depth`) up to `reach` tokens before `start`, every token
    from it on a `word` (no punctuation, by default no number either, between)."""
    for k in range(start - 1, max(-1, start - 1 - reach), -1):
        norm = tokens[k].norm
        if not word(norm):
            return False
        if variant_in(norm, words, depth=depth):
            return True
    return False


def _without(lex: _Lexicon, tokens: list[Token], start: int) -> bool:
    """«دون وقوع أية إصابات أو خسائر بشرية», «دون سقوط ضحايا», «ولم يسفر الانفجار عن خسائر بشرية»: a
    word of «without» (`without.texts`) followed by a word of occurrence (`without.next`), or «لم»
    followed by a verb of outcome (`without.after_not`), up to `without.reach` words before the
    casualty phrase, no punctuation between: the casualties did not happen. Not «اقتحموا القرية
    دون مقاومة وقتلوا ثلاثة» (no word of occurrence after «دون»), nor with «إلا/سوى» between («ولم
    يسفر الانفجار إلا عن إصابة ثلاثة جنود»: only those were hit — they were)."""
    for k in range(start - 1, max(-1, start - 1 - lex.without_reach), -1):
        norm = tokens[k].norm
        if not norm.isalpha() or norm in EXCEPT_WORDS:
            return False
        nxt = tokens[k + 1].norm
        if variant_in(norm, lex.without, depth=1) and (nxt in lex.without_next or k + 1 == start):
            return True
        if variant_in(norm, NOT_WORDS, depth=1) and nxt in lex.without_after_not:
            return True
        if variant_in(norm, NOT_WORDS, depth=1) and nxt in lex.without_unreported and k + 2 < start \
                and tokens[k + 2].norm in lex.without_news:
            return True  # «ولم ترد أنباء فورية عن وقوع إصابات»: no casualty is known
        if variant_in(norm, lex.without, depth=1) and nxt in lex.without_news and _no_news_of(lex, tokens, k + 2, start):
            return True  # «دون أنباء عن إصابات», «دون معلومات عن خسائر بشرية»: none is known
        if (variant_in(norm, lex.without, depth=1) or variant_in(norm, NOT_WORDS, depth=1) and nxt in lex.without_could_not) \
                and any(tokens[j].norm in lex.without_unconfirmed for j in range(k + 1, min(k + 3, start))) \
                and tokens[start - 1].norm in lex.without_occurrence:
            return True  # «دون التأكد من إيقاع خسائر بشرية», «ولم يتسن التأكد من وقوع إصابات»: none is known
    return False


NEWS_OF = "عن"


def _no_news_of(lex: _Lexicon, tokens: list[Token], k: int, start: int) -> bool:
    """After «دون/بدون» + a word of news: «عن» (one adjective of the news may stand before it: «دون
    أنباء فورية عن») and then the casualty phrase, or a word of occurrence and the phrase («دون أنباء
    عن سقوط جرحى»). Not «دون معلومات عن حجم الخسائر البشرية»: the size is unknown, not whether anyone
    was hit."""
    if k < start and tokens[k].norm != NEWS_OF:
        k += 1
    if k >= start or tokens[k].norm != NEWS_OF:
        return False
    return all(tokens[j].norm in lex.without_occurrence for j in range(k + 1, start))


OR_WORDS = frozenset({"او", "ولا"})


def _or_after(tokens: list[Token], negated_end: int, start: int) -> bool:
    """«دون وقوع قتلى أو جرحى», «لم ترد تقارير عن سقوط قتلى أو إصابات»: a casualty phrase joined by «أو/ولا»
    (and at most one word of occurrence) right after one that did not happen did not happen either."""
    if negated_end < 0 or not negated_end < start <= negated_end + 2 or tokens[negated_end].norm not in OR_WORDS:
        return False
    return all(tokens[k].norm.isalpha() for k in range(negated_end, start))


NOT_WORDS = frozenset({"لم"})
EXCEPT_WORDS = frozenset(normalize_token(w) for w in ("إلا", "سوى"))  # «لم يسفر إلا عن …»: all it caused


def _released(lex: _Lexicon, tokens: list[Token], start: int, end: int) -> bool:
    """«طالبوا بالإفراج عن عشرات المعتقلين», «إطلاق سراح 50 أسيرا», «أفرجت السلطات عن 20 معتقلا»: a
    word of release (`released`) up to `released_reach` words before a captured phrase that names
    the prisoners (`released_nouns`), with no punctuation between, frees prisoners taken before; it
    tells no capture. A verb of capture stays one («أفرج عن 8 صيادين تم اعتقالهم»: the arrest is told)."""
    if not any_variant_in((t.norm for t in tokens[start:end]), lex.released_nouns, depth=2):
        return False
    return _word_before(tokens, start, lex.released_reach, lex.released, depth=2, word=str.isalnum)


def _held(lex: _Lexicon, tokens: list[Token], start: int, end: int) -> bool:
    """«يقبع في سجون الاحتلال نحو ستة آلاف أسير», «آلاف المعتقلين في سجون النظام»: a captured phrase that
    names the prisoners (`released_nouns`) with a word of prison (`held`) up to `held_reach` words after
    it or `held_before` words before it, no punctuation between, tells prisoners held — a tally, no
    capture — when a tally's size (`held_sizes`: «آلاف», «مئات») stands within two words before it. A
    verb of capture stays one («اعتقلت الشرطة خمسة وأودعتهم السجن»), and so do a few prisoners
    («أعدم المتمردون عددا من أسرى المقاومة لديهم في السجن»: the prisoners are who was killed)."""
    if not lex.held or not any_variant_in((t.norm for t in tokens[start:end]), lex.released_nouns, depth=2):
        return False
    if not any_variant_in((t.norm for t in tokens[max(0, start - 2):start]), lex.held_sizes, depth=2):
        return False
    for k in range(end, min(len(tokens), end + lex.held_reach)):
        norm = tokens[k].norm
        if not norm.isalnum():
            break
        if variant_in(norm, lex.held, depth=2):
            return True
    return _word_before(tokens, start, lex.held_before, lex.held, depth=2, word=str.isalnum)


def _felt(lex: _Lexicon, tokens: list[Token], end: int) -> bool:
    """«أصيب أصدقاء الجاني بصدمة», «أصيبوا بحالة من الرعب»: the injury word's clause names a state of
    mind (`felt_not_hurt`) within its reach, before any punctuation or clause opener: no one was hurt."""
    for k in range(end, min(end + lex.felt_reach, len(tokens))):
        norm = tokens[k].norm
        if not norm.isalnum() or norm in lex.breaks or (k > end and norm.startswith("و")):
            return False  # a new clause («أصيب شخصان بجروح وأصيب آخرون بالهلع»: the first are wounded)
        if variant_in(norm, lex.felt_words, depth=2):
            return True
    return False


def _unit_name(lex: _Lexicon, tokens: list[Token], start: int, end: int) -> bool:
    """«لواء شهداء اليرموك», «كتائب الشهيد عز الدين القسام»: «شهداء/الشهيد» alone right after a word of an
    armed unit (`martyrs_units`, proclitics allowed) names the unit; no one was killed."""
    if start == 0 or end != start + 1 or tokens[start].norm not in lex.martyr_words:
        return False
    return variant_in(tokens[start - 1].norm, lex.martyr_units)


def _kills_no_one(lex: _Lexicon, tokens: list[Token], start: int, end: int) -> bool:
    """«وتصفية آخر جيوب المتمردين»: the killing word's next word says it is no killing (`not_before`)."""
    if not lex.not_before or end >= len(tokens):
        return False
    rest = " ".join(t.norm for t in tokens[start + 1:end])
    for first in proclitic_variants(tokens[start].norm):
        words = lex.not_before.get(f"{first} {rest}".strip())
        if words is not None:
            return tokens[end].norm in words
    return False


def find(doc: Document) -> list[Span]:
    numbers = numbers_by_sentence(doc)
    dates = dates_by_sentence(doc)
    spans: list[Span] = []
    for k, tokens in enumerate(doc.sentence_tokens()):
        if tokens:
            spans.extend(sentence_casualties(doc, tokens, numbers[k], dates[k]))
    return spans
