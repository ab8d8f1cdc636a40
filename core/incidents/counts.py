"""Casualty counts and equipment, combined by ACLED's conservative rules.

- A vague count («عشرات» = 10, «مئات» = 100, as the numbers recogniser values them) is used only
  when no precise figure of the same role exists for the incident: «عشرات القتلى» at the top of a
  paragraph and «قتل تسعة … ثلاثة استشهدوا» below are one fight, and the precise figures win.
- Precise figures are grouped by side («من ميليشيات الانقلابيين», «من رجال المقاومة»; «آخرون»
  is the side of the previous figure): sides add up (9 + 3), reports of the same side disagree and
  the lowest wins — but «آخرون» of the same role are more of them («مصرع سبعة … كما قتل أربعة
  آخرون»: 11), and figures of no one in particular («43 قتيلا», «57 مدنيا») are one group unless
  joined by «و» in one toll («ثلاث نساء وأربعة أطفال»). The same figure (above one) told again in
  another sentence, one of the two for a group named by no one in particular («قتل 57 مدنيا» … «“57 شخصا بينهم 12 طفلا … قتلوا”»), is
  the same toll, counted once; «3 من الحوثيين» and «3 من أفراد المقاومة» still add up.
- A figure of no one in particular told by another teller in contrast («قال مصدر إن 15 حوثيا قتلوا
  بينما قالت مصادر أخرى إن 20 قتلوا»: a telling verb and «بينما/فيما/في حين/أخرى» before it in its
  sentence) is another estimate of the same dead: the lower of it and the other figures' sum stands. A figure «منهم» («مقتل 14 منهم») is part of one told before, never added.
  A toll that rose («وارتفعت حصيلة القتلى إلى 8», `toll_rise_words` … «إلى») replaces what its
  group was told before (the whole toll when it names no one).
- Killed with no figure at all → fatalities None and the flag "fatalities_unknown".
Equipment: WEAPON spans a destroy/seize verb of the same clause acts on («دمرت المقاومة دبابة»,
«غنموا … دبابة», a passive «دمرت عربتان مسلحتان»), not its doer («دمرت صواريخ الكاتيوشا منازل
المواطنين») nor the attacker's own weapons («مقاتلات التحالف», «مستخدمة المدفعية»).
"""

from __future__ import annotations

from functools import lru_cache
from dataclasses import dataclass
from typing import Any

from core.acled_inter import REBELS
from core.document import Document, Span
from core.entities.matcher import normalized
from core.incidents.actors import main_non_state_actor
from core.incidents.lexicons import word_matcher, word_set
from core.text.clitics import any_variant_in
from core.text.tokens import Token

ROLES = ("killed", "injured", "captured", "missing")
COMMEMORATED_REACH = 4  # words from «ذكرى» to the death it marks («ذكرى مرور عام على مقتل»)


@dataclass(frozen=True, slots=True)
class Count:
    role: str
    value: int | None
    vague: bool
    side: str  # normalised group key ("" when unknown)
    start: int  # the casualty span, to keep one figure once when clauses are re-read
    end: int
    sentence: int = -1
    more: bool = False  # «كما قتل أربعة آخرون»: others of the group before, on top of its figure
    joined: bool = False  # «و» right after the figure before: another group of the same toll
    subset: bool = False  # «مقتل 14 منهم»: part of a figure told before
    update: bool = False  # «ارتفعت حصيلة القتلى إلى 8»: the toll now, replacing the one before
    estimate: bool = False  # «بينما قالت مصادر أخرى إن 20 قتلوا»: another teller's figure for the same dead
    additive: bool = False  # a sentence opening with «كما/وكذلك»: more dead of a group told before
    one: bool = False  # «لقي القيادي أبو علي مصرعه»: one man's death, among a figure told before it if any
    named: bool = False  # one man told by his name in an official's retelling: among a figure of any side before
    head: str = ""  # the first word naming whose dead these are («مسلحا» of «مسلحاً من جماعة الحوثي»)
    shared: int = 0  # a share of a figure told over several places: that whole figure («وإصابة ثمانية آخرين»: 8)
    earlier: bool = False  # «وكانت حصيلة سابقة أفادت بمقتل 43»: a toll known before, replaced by the incident's other figure
    rose: bool = False  # «ارتفع عدد القتلى … إلى 103»: a risen toll, however far the rise word (see `combine`)
    ordinal: bool = False  # «توفي جندي خامس متأثرا بإصابته»: the toll now is its value, at least (`_toll_ordinal`)
    # the words telling it, the figure with its casualty word («12 على الأقل من … لقوا حتفهم»,
    # «وأصيب 22»): where an analyst checks the number (`Incident.figures`)
    told_start: int = -1
    told_end: int = -1


GENERIC_MARK = "~generic"  # a side key read off a generic word («المسلحين») for the main rebel group


class CountFinder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.casualties = [s for s in doc.entities if s.label == "CASUALTY"]
        self.numbers = [s for s in doc.entities if s.label == "NUMBER"]
        self.actors = [s for s in doc.entities if s.label in ("ARMED_ACTOR", "ORGANIZATION", "PERSON")]
        self._main: Any = None  # the article's main non-state actor, looked up on first need
        self.weapons = [s for s in doc.entities if s.label == "WEAPON"]
        self.vague_words = word_set("vague_casualty_words")
        self.instrument = word_set("instrument_cues")

    def _vague(self, span: Span, value: int | None) -> bool:
        if span.attrs.get("vague"):
            return True
        sentence = self.doc.sentence_of(span.start) or (span.start, span.end)
        for num in self.numbers:
            if sentence[0] <= num.start < sentence[1] and num.attrs.get("vague") and (
                num.attrs.get("value") == value or num.overlaps(span)
            ):
                if num.overlaps(span) or abs(num.start - span.start) < 60:
                    return True
        # the figure's words when there is one: «عدد قتلى الحوثيين إلى 18» is 18, not «عدد» (a number of)
        text = str(span.attrs.get("count_text") or span.text)
        return any(normalized(w) in self.vague_words for w in text.split())

    def _side(self, span: Span, previous: Count | None) -> str:
        """Whose losses: the actor named in `whose` (canonical), else its text; «آخرون» = previous.
        A second group's figure («… وثلاثة من قيادات الحوثيين») is its own side even when it names
        the same actor, so the two figures add up instead of the lower one being kept."""
        side = self._whose_side(span, previous)
        return f"{side}#{span.start}" if span.attrs.get("continues") else side

    def _whose_side(self, span: Span, previous: Count | None) -> str:
        whose = str(span.attrs.get("whose") or "").strip()
        if whose and "اخر" not in normalized(whose):
            for actor in self.actors:
                if abs(actor.start - span.start) < 120 and (actor.text in whose or whose in actor.text):
                    return self._actor_key(actor)
            return normalized(whose)
        if not whose:
            for actor in self.actors:
                if span.start <= actor.start < span.end:
                    return self._actor_key(actor)
        if previous is not None and "اخر" in normalized(span.text + " " + whose):
            return previous.side
        return ""

    def _actor_key(self, actor: Span) -> str:
        """An actor's canonical name. A generic one («من المتمردين», «المسلحين») is the article's main
        rebel group, as the actor step reads it, marked as told generically (GENERIC_MARK): the
        figure it gives is then the same toll as that group's named one only when the two agree
        («قتل 13 مسلحا من ميليشيات الحوثي» then «خلفت 13 قتيلا من المتمردين» is 13, not 26);
        other figures stay their own group («… 9 من الحوثيين …» and «3 من المسلحين» add up)."""
        a = actor.attrs
        if a.get("generic"):
            if self._main is None:
                self._main = main_non_state_actor(self.doc) or False
            if self._main and self._main.inter == REBELS:
                return normalized(self._main.name_en or self._main.name_ar) + GENERIC_MARK
        return normalized(a.get("name_en") or a.get("name_ar") or actor.text)

    def counts(self, start: int, end: int) -> list[Count]:
        out: list[Count] = []
        for span in self.casualties:
            if not start <= span.start < end:
                continue
            role = span.attrs.get("role", "")
            if role not in ROLES:
                continue
            if role == "killed" and self._commemorated(span):
                continue
            value = span.attrs.get("count")  # (count_start/count_end are the figure's offsets)
            value = int(value) if isinstance(value, (int, float)) else None
            previous = out[-1] if out else None
            index = self.doc.sentence_index(span.start)
            joined = bool(span.attrs.get("continues"))  # «ثلاث نساء وأربعة أطفال»: one toll, another group
            figure_end = span.attrs.get("count_end")
            figure_start = span.attrs.get("count_start")
            ordinal = self._toll_ordinal(span, value)
            if ordinal is not None:
                value = ordinal  # «توفي جندي خامس متأثرا بإصابته»: the toll is now five
            death = self._one_death(span, value)
            named = not death and (self._named_one(span, value) or self._told_body(span, value)
                                   or self._named_people(span, value))
            one = death or named
            # one man's death: whose it is, the party named right before it (its «whose» is often
            # no group: «لقي حتفه متأثرا بجراحه»)
            side = self._subject_before(span) if death else self._side(span, previous)
            out.append(Count(role, value, self._vague(span, value), side, span.start, span.end,
                             -1 if index is None else index,
                             bool(span.attrs.get("whose_inherited")),
                             joined,
                             subset=figure_end is not None and self._subset_after(int(figure_end))
                             or role == "injured" and self._grave_state_after(max(span.end, int(figure_end or 0))),
                             one=one, named=named,
                             update=figure_start is not None and self._risen_to(span, int(figure_start)),
                             ordinal=ordinal is not None,
                             estimate=not span.attrs.get("whose") and self._other_teller(span, figure_start),
                             additive=self._another_event(span),
                             earlier=figure_start is not None and self._earlier_toll(span, int(figure_start)),
                             rose=figure_start is not None and self._risen_to(span, int(figure_start), reach=40),
                             head=_head_word(str(span.attrs.get("whose") or "")),
                             told_start=span.start if figure_start is None else min(span.start, int(figure_start)),
                             told_end=span.end if figure_end is None else max(span.end, int(figure_end))))
        return out

    def _commemorated(self, span: Span) -> bool:
        """«في الذكرى الأولى لمقتل الشاب», «بمناسبة ذكرى مرور عام على مقتل شاب أعزل»: a death whose
        anniversary is marked (a word of `commemorated_death_before` at most COMMEMORATED_REACH words
        before it in its sentence, no punctuation between) is the occasion, not a toll of the day."""
        sentence = self.doc.sentence_of(span.start) or (0, span.start)
        before = self.doc.text[sentence[0]: span.start]
        if any(c in before[-80:] for c in "،,.؛:"):
            before = before[max(before.rfind(c) for c in "،,.؛:") + 1:]
        words = [normalized(w) for w in before.split()][-COMMEMORATED_REACH:]
        return any_variant_in(words, word_set("commemorated_death_before"), depth=1)

    def _subject_before(self, span: Span) -> str:
        """The party named right before a one man's death word, in its clause («فيما لقي جندي من
        الجيش حتفه»: the army's): whose that death is."""
        near = [a for a in self.actors if a.label == "ARMED_ACTOR" and a.end <= span.start and span.start - a.end <= ONE_SUBJECT_REACH
                and not any(c in self.doc.text[a.end: span.start] for c in "،,.؛:")]
        return self._actor_key(max(near, key=lambda a: a.end)) if near else ""

    def _other_teller(self, span: Span, figure_start: Any) -> bool:
        """«… بينما قالت مصادر أخرى إن 20 قتلوا»: in the words of its sentence before the figure, a
        telling verb after a word of contrast or of other tellers (at most eight words back)."""
        sentence = self.doc.sentence_of(span.start) or (0, len(self.doc.text))
        at = min(span.start, int(figure_start)) if figure_start is not None else span.start
        words = [normalized(w) for w in self.doc.text[sentence[0]: at].split()][-8:]
        contrast, telling = word_set("other_estimate_words"), word_set("attribution_verbs")
        first = next((k for k, w in enumerate(words) if w.lstrip("و") in contrast), None)
        return first is not None and any_variant_in(words[first:], telling, depth=1)

    def _another_event(self, span: Span) -> bool:
        """«… مصرع 11 حوثيا. كما استهدفت غارة … ما أسفر عن مصرع ثمانية حوثيين»: a figure in a
        sentence that opens with «كما/وكذلك» (not «كما قال …»: a retelling) counts more dead of a
        group told before (`combine` adds it only to a group it already has)."""
        sentence = self.doc.sentence_of(span.start) or (span.start, span.end)
        words = [normalized(w) for w in self.doc.text[sentence[0]: span.start].split()[:3]]
        if not words or words[0] not in word_set("additive_openers"):
            return False
        return not any_variant_in(words[1:3], word_set("attribution_verbs"), depth=1)

    def _toll_ordinal(self, span: Span, value: int | None) -> int | None:
        """«توفي جندي خامس متأثرا بإصابته», «وتوفي شرطي ثالث متأثرا بجراحه»: one dead told by a noun
        and an ordinal (`toll_ordinals`: 2 to 10), dying of wounds (`died_of_wounds_words` after it in
        its sentence), is the toll of the deed now — that many dead, an update of its figure — not
        one more. None when not so told."""
        words = str(span.attrs.get("whose") or "").split()
        if value != 1 or len(words) != 2:
            return None
        word = normalized(words[1])
        word = word[2:] if word.startswith("ال") else word
        for ending in ("ا", "ه", "ي", "يا", "يه"):
            if word.endswith(ending) and len(word) - len(ending) >= 3 and word[:-len(ending)] in _ordinals():
                word = word[:-len(ending)]
                break
        if word not in _ordinals():
            return None
        sentence = self.doc.sentence_of(span.start) or (0, len(self.doc.text))
        after = self.doc.text[span.end: sentence[1]].split()
        if not any_variant_in((normalized(w) for w in after), word_set("died_of_wounds_words"), depth=1):
            return None
        return _ordinals().index(word) + 2

    @staticmethod
    def _one_death(span: Span, value: int | None) -> bool:
        """«لقي القيادي أبو علي مصرعه», «الرقيب … لقي حتفه»: one man's death told on its own
        (`one_death_words`) is part of a figure told before it in the incident («مقتل نحو 29 منهم»), if
        there is one — not one more dead on top of it."""
        words = span.text.split()
        return value == 1 and bool(words) and normalized(words[-1]) in word_set("one_death_words")

    def _named_one(self, span: Span, value: int | None) -> bool:
        """«… استشهاد أحد رجال حرس الحدود …» then «ما نتج عنه استشهاد الجندي أول سعيد علي القحطاني»,
        «استشهاد أحد أفرادها ويدعى خالد …»: one dead (or wounded) man told by his name (a person named
        in whose he is) is, like `_one_death`, the man of a figure told before him in the incident —
        an official's statement retelling the lead's toll — not one more."""
        whose = str(span.attrs.get("whose") or "")
        if value != 1 or not whose:
            return False
        at = self.doc.text.find(whose, span.end, span.end + len(whose) + 40)
        return at >= 0 and any(s.label == "PERSON" and at <= s.start <= at + len(whose) + 1 for s in self.doc.entities)

    def _named_people(self, span: Span, value: int | None) -> bool:
        """«أصيب ضابطان ومجند …» then «أسفر عن إصابة النقيب … والملازم … والمجند …»: several people
        listed by title and name (the figure the casualty step counted off a titled list, its first
        item a definite title and a PERSON) are, like `_named_one`, the people of a figure told before
        them in the incident that is at least as large — an official's statement naming them — not
        more of them."""
        whose = str(span.attrs.get("whose") or "").split()
        if value is None or value < 2 or not whose:
            return False
        first = normalized(whose[0])
        return first.startswith("ال") and first[2:] in _titles() and self._named_one(span, 1)

    @staticmethod
    def _told_body(span: Span, value: int | None) -> bool:
        """«قتل جندي في هجوم …، وتم نقل جثة الجندي إلى المستشفى»: a body (`body_nouns`) of a definite
        person («جثة الجندي», «جثمان الشهيد») is the body of a man already told — like `_named_one`,
        the man of a figure told before him in the incident, not one more (a body found with no toll
        before it, «عثر على جثة جندي», still counts)."""
        words = span.text.split()
        whose = str(span.attrs.get("whose") or "").split()
        return value == 1 and bool(words) and bool(whose) and normalized(words[-1]) in word_set("body_nouns") \
            and normalized(whose[0]).startswith("ال")

    def _subset_after(self, end: int) -> bool:
        """«مقتل 14 منهم»: «منهم» right after the figure (not after its noun: «6 مدنيين منهم طفلان»
        introduces a part of the six)."""
        words = self.doc.text[end: end + 12].split()
        return bool(words) and normalized(words[0].strip("،,.")) in word_set("subset_after_words")

    def _grave_state_after(self, end: int) -> bool:
        """«… أن عشرين جريحا في حالة حرجة», «15 من المصابين حالتهم خطرة»: a grave state told right
        after a wounded figure (a state word, then a grave word within three words, before any
        punctuation) marks the part of the wounded in that state — a part of a larger figure told
        before it (`_combine`), else the whole."""
        words = self.doc.text[end: end + 60].split()[:4]
        states, grave = word_set("condition_state_words"), word_set("condition_grave_words")
        for k, w in enumerate(words):
            bare = normalized(w.strip("،,.:؛"))
            if bare in grave and any(normalized(v.strip("،,.:؛")) in states for v in words[:k]):
                return True
            if w[-1:] in "،,.:؛":
                break
        return False

    def _earlier_toll(self, span: Span, figure_start: int) -> bool:
        """«وكانت حصيلة سابقة أفادت بمقتل 43», «وكانت حصيلة غير نهائية للتفجير … أفادت عن مقتل 17»:
        in the words of its sentence before the figure (at most eighteen back), a toll noun followed
        within three words by «سابقة», or by a provisional word with «كان/كانت» right before the
        noun — the toll known before, which the incident's other figure replaces."""
        sentence = self.doc.sentence_of(span.start) or (0, len(self.doc.text))
        at = min(span.start, figure_start)
        words = [normalized(w.strip("،,.")) for w in self.doc.text[max(sentence[0], at - 240): at].split()][-18:]
        nouns, earlier = word_set("toll_nouns"), word_set("earlier_toll_words")
        provisional, past = word_set("provisional_toll_words"), word_set("past_be_words")
        for k, w in enumerate(words):
            if w not in nouns:
                continue
            after = words[k + 1: k + 4]
            if any(a in earlier for a in after):
                return True
            if k and words[k - 1] in past and any(a in provisional for a in after):
                return True
        return False

    def _risen_to(self, span: Span, figure_start: int, reach: int = 8) -> bool:
        """«وارتفعت حصيلة القتلى في وقت لاحق إلى 8 قتلى», «وارتفع عدد القتلى لاحقا إلى ثمانية»: the
        figure comes right after «إلى» and a rise verb opens the words before it (its sentence, at
        most `reach` words back: eight for a toll that replaces the one before)."""
        sentence = self.doc.sentence_of(span.start) or (0, len(self.doc.text))
        before = [normalized(w) for w in self.doc.text[max(sentence[0], figure_start - 10 * reach): figure_start].split()]
        if not before or before[-1] not in ("الي", "لي"):
            return False
        rise = word_set("toll_rise_words")
        return any_variant_in(before[-reach - 1:-1], rise, depth=1)

    def equipment(self, start: int, end: int, tokens: list[Token]) -> list[dict[str, Any]]:
        fates: list[tuple[int, str]] = []
        verbs: dict[int, int] = {}  # a verb's start -> its token
        for key, fate in (("destroyed_verbs", "destroyed"), ("seized_verbs", "seized")):
            for m in word_matcher(key).find(tokens):
                if start <= m.start < end:
                    fates.append((m.start, fate))
                    verbs[m.start] = m.token_start
        if not fates:
            return []
        fates.sort()
        chosen: list[Span] = []
        inside = [w for w in self.weapons if start <= w.start < end]
        for w in inside:
            fate = [f for pos, f in fates if pos < w.start]
            if not fate:
                continue
            verb = verbs[max(pos for pos, _ in fates if pos < w.start)]
            if self._instrument(w) or not self._acted_on(tokens, verb, w, inside, end):
                continue
            if _after_cause(tokens, verb, w):
                continue  # «وتدمير منازل جراء سقوط قذائف هاون»: the shells caused the loss
            if fate[-1] == "destroyed" and w.attrs.get("category") in spent_munitions():
                continue  # «تفجير سيارة مفخخة»: the bomb set off, no equipment lost
            chosen.append(w)
        # «آليات عسكرية منها دبابة»: keep the specific item, not the collective before «منها»
        out: list[dict[str, Any]] = []
        for k, w in enumerate(chosen):
            nxt = chosen[k + 1] if k + 1 < len(chosen) else None
            if nxt is not None and normalized(self.doc.text[w.end: nxt.start].strip()) in ("منها", "من بينها", "بينها"):
                continue
            fate = [f for pos, f in fates if pos < w.start][-1]
            count = w.attrs.get("count")
            out.append({"text": w.text, "name_en": w.attrs.get("name_en", ""), "count": count, "fate": fate})
        return out

    def _acted_on(self, tokens: list[Token], verb: int, weapon: Span, inside: list[Span], end: int) -> bool:
        """The weapon is what the destroy/seize verb at token `verb` acts on, not its doer: its object
        (`detect._object_of`: after a verbal noun, a verb with its subject in it, or a doer), what
        carries a weapon (`detect._carried`), or any noun after the verb's first one — the verb's
        subject («دمرت المدفعية أمس دبابة»). The first noun after a finite verb with no doer is its
        subject: the weapon lost when the verb is passive («دُمرت دبابة للحوثيين», «أسقطت طائرة تجسس
        شمال …»), the doer when an object follows it («دمرت صواريخ الكاتيوشا منازل المواطنين»,
        «أسقطت الدفاعات الجوية طائرة»)."""
        from core.incidents.detect import _carried, _object_of, weapon_kind

        armed = [a for a in self.actors if a.label == "ARMED_ACTOR"]
        if _object_of(tokens, verb, weapon, weapon_kind(weapon) or ("", ""), armed) or _carried(tokens, verb, weapon):
            return True
        if "\u064f" in tokens[verb].text[:3]:  # «دُمرت»: written passive
            return True
        first = self._subject_after(tokens, verb, inside)
        if first is None or weapon.start > first[-1].end:
            return True  # after the verb's subject: its object
        return not self._object_follows(tokens, first[-1], inside, end)

    def _subject_after(self, tokens: list[Token], verb: int, inside: list[Span]) -> list[Span] | None:
        """The weapons that open the words after the verb (dates left out), «و» joining more of them
        («دمرت دبابة وعربتان»): the verb's subject when it names no doer; None when no weapon opens them."""
        after = tokens[verb].end
        out: list[Span] = []
        for w in inside:
            if w.start < after:
                continue
            joined = normalized(self.doc.text[after: w.start].strip()) in ("و", "،", ",")
            if out and not joined:
                break  # more weapons only joined to the first by «و» or a comma
            if not out and (joined or self._words_between(after, w.start)):
                break  # the first weapon right after the verb
            out.append(w)
            after = w.end
        return out or None

    def _object_follows(self, tokens: list[Token], weapon: Span, inside: list[Span], end: int) -> bool:
        """A noun follows the weapon as the verb's object: another weapon right after it, or a bare
        word that cannot be its adjective — definite after an indefinite weapon («قذيفة المنزل»),
        indefinite after a definite one («صواريخ الكاتيوشا منازل …»), or accusative («قذيفة منزلا»).
        Not a word with a preposition or «و», a preposition, a place or a party («… للحوثيين في …»);
        dates are left out («دمرت المدفعية أمس دبابة»)."""
        days = [e for e in self.doc.entities if e.label == "DATE" and e.start >= weapon.end]
        nxt = next((t for t in tokens if t.start >= weapon.end and not any(d.start <= t.start < d.end for d in days)), None)
        if nxt is None or nxt.start >= end or nxt.is_punct:
            return False
        if any(w.start == nxt.start for w in inside):
            return True
        if any(e.label in ("DATE", "LOCATION", "NUMBER", "ARMED_ACTOR") and e.start <= nxt.start < e.end for e in self.doc.entities):
            return False
        norm = nxt.norm
        if norm[:1] in "وفبلك" and not norm.startswith("ال") and norm not in word_set("objects_with_ba") \
                or norm in word_set("object_stop_words"):
            return False  # «… في», «… للحوثيين»; not a noun spelt with «ب» («صواريخ الكاتيوشا بيوت المواطنين»)
        definite = any(w.startswith("ال") for w in normalized(weapon.text).split())
        if norm.startswith("ال"):
            return not definite
        return definite or (len(norm) > 3 and norm.endswith("ا"))

    def _words_between(self, a: int, b: int) -> bool:
        """Any word in text[a:b] once dates are left out."""
        gap = self.doc.text[a:b]
        for d in (e for e in self.doc.entities if e.label == "DATE"):
            if a <= d.start and d.end <= b:
                gap = gap.replace(self.doc.text[d.start: d.end], " ")
        return bool(gap.strip())

    def _instrument(self, weapon: Span) -> bool:
        """The attacker's weapon: «مقاتلات التحالف» (an actor follows) or «مستخدمة المدفعية», or a missile
        with «ب» glued to it («أسقطوا مروحية بصاروخ»: what downed it, not lost)."""
        glued = self.doc.text[max(0, weapon.start - 2): weapon.start]
        if glued[-1:] == "ب" and (len(glued) < 2 or glued[0].isspace() or glued[0] == "و") \
                and weapon.attrs.get("category") in ("missile", "rockets", "anti_aircraft", "anti_tank"):
            return True
        after = self.doc.text[weapon.end: weapon.end + 3]
        if any(a.start >= weapon.end and a.start - weapon.end <= 1 for a in self.actors) and not after.startswith(("ل", " ل")):
            return True
        words = self.doc.text[max(0, weapon.start - 25): weapon.start].split()
        return bool(words) and normalized(words[-1]) in self.instrument


def _after_cause(tokens: list[Token], verb: int, weapon: Span) -> bool:
    from core.incidents.detect import after_cause

    return after_cause(tokens, verb, weapon)


@lru_cache(maxsize=1)
def spent_munitions() -> frozenset[str]:
    """weapons.json `spent_munitions`: weapon categories a destroy word sets off or makes safe
    («تفجير انتحاري», «تفجير عبوة ناسفة», «إتلاف الألغام»), never equipment destroyed."""
    from core.entities.lexicon import load_lexicon

    return frozenset(load_lexicon("weapons.json").get("spent_munitions") or ())


@lru_cache(maxsize=1)
def _ordinals() -> list[str]:
    """`toll_ordinals` normalised, in order (the first is 2)."""
    from core.incidents.lexicons import context

    return [normalized(w) for w in context()["toll_ordinals"]]


def _head_word(whose: str) -> str:
    """The first word of `whose` after «من», normalised, without «و»: what kind of dead they are."""
    words = [w for w in normalized(whose).split() if w != "من"]
    return words[0].removeprefix("و") if words else ""


def _generic(side: str) -> bool:
    """A group named by no one in particular («», «مدنيا», «من المواطنين», «شخصا بينهم …»)."""
    words = side.replace("#", " ").split()
    first = next((w for w in words if w != "من"), "")
    return not first or any(first.lstrip("و").startswith(stem) or first.lstrip("و").startswith("ال" + stem)
                            for stem in word_set("generic_victims"))


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """The casualty step's titles and ranks («نقيب», «ملازم», «مجند»), normalised."""
    from core.entities.lexicon import load_lexicon

    return frozenset(normalized(w) for w in load_lexicon("casualties.json")["titles"])


@lru_cache(maxsize=1)
def _kinds() -> dict[str, tuple[str, ...]]:
    from core.incidents.lexicons import context

    return {kind: tuple(normalized(w) for w in words) for kind, words in context()["same_kind_victims"].items()}


def _kind_of(word: str) -> str | None:
    word = word.lstrip("و")
    for kind, stems in _kinds().items():
        if any(word.startswith(stem) or word.startswith("ال" + stem) for stem in stems):
            return kind
    return None


def _same_kind(a: str, b: str) -> bool:
    """Two groups every word of which names one kind of victims (`same_kind_victims`): «من العناصر
    الإرهابية» and «فردين» (militants), «جنود» and «عسكريين» (soldiers) — the same figure told by
    both in two sentences of one incident is one toll told again in other words."""
    words = [w for w in f"{a} {b}".replace("#", " ").split() if w != "من"]
    kinds = {_kind_of(w) for w in words}
    return bool(a) and bool(b) and a != b and len(kinds) == 1 and None not in kinds


def _kind_retold(side_a: str, head_a: str, side_b: str, head_b: str) -> bool:
    """One figure's side is a party the actor step named («ثلاثة جنود أتراك»: Turkey's army), the
    other's no party, only words («ثلاثة من عسكريينا الشجعان» in the army's statement), and their
    head nouns name one kind of victims (`same_kind_victims`: soldiers): the same dead told again
    in another sentence, not a second group. Two named parties («4 عناصر من الجيش» and «4 عناصر من
    القاعدة») still add up."""
    def named(side: str) -> bool:  # an actor key is its English name, normalised
        return any("a" <= ch <= "z" for ch in side)
    if not head_a or not head_b or named(side_a) == named(side_b):
        return False
    kind = _kind_of(head_a)
    return kind is not None and kind == _kind_of(head_b)


def _same_group(a: str, b: str) -> bool:
    """One side told by name, the other by a generic word that stands for it."""
    return a != b and a.removesuffix(GENERIC_MARK) == b.removesuffix(GENERIC_MARK)


GENERIC_SIDE = "#generic"
ONE_SUBJECT_REACH = 30  # characters from a party to the one man's death word after it («لقي جندي من الجيش حتفه»)


def _one_side(a: str, b: str) -> bool:
    """Two figures' sides may be one group: either unknown or generic, the same, or one told generically."""
    return not a or not b or a == b or _generic(a) or _generic(b) or _same_group(a, b)


def even_share(total: int, parts: int, index: int) -> int:
    """The share of place `index` when one figure covers `parts` places: evenly, rounded down
    (ACLED's conservative count; CODING.md) — but a figure smaller than the places still kills
    someone, one each to the first places («قتل مدني في غارات على مديريتي حرض وحيس» is 1 and 0,
    not 0 and 0)."""
    return total // parts or int(index < total)


NOUN_WEAK = frozenset("اويىةهء")


def _same_noun(a: str, b: str) -> bool:
    """Two normalised head nouns that are forms of one noun (singular, dual, sound or broken plural):
    the same first three strong letters («جنود», «جنديان», «جنديا»; «عناصر», «عنصرا»)."""
    sa, sb = [ch for ch in a if ch not in NOUN_WEAK][:3], [ch for ch in b if ch not in NOUN_WEAK][:3]
    return len(sa) == 3 and sa == sb


def _told_back(c: Count, precise: list[Count]) -> bool:
    """`c` names its one victim by a bare definite noun («الجندي», «الشرطي») that is the head noun of a
    figure told in an earlier sentence of the incident («جندي تركي»)."""
    words = normalized(c.side).split()
    if len(words) != 1 or not words[0].startswith("ال") or len(words[0]) < 5:
        return False
    noun = words[0][2:]
    return any(o.start < c.start and o.sentence != c.sentence and o.value and not o.vague and o.head
               and normalized(o.head) == noun for o in precise)


def combine(counts: list[Count], role: str) -> tuple[int | None, bool]:
    """(figure, mentioned) for one role over all of an incident's counts. A toll told by an
    ordinal («توفي جندي خامس متأثرا بإصابته»: five now) is the least the figure is — the larger of it
    and the other figures combined, never added to them."""
    least = max((c.value for c in counts if c.role == role and c.ordinal and c.value), default=0)
    figure, mentioned = _combine([c for c in counts if not (c.role == role and c.ordinal)], role)
    if least:
        return max(figure or 0, least), True
    return figure, mentioned


def _combine(counts: list[Count], role: str) -> tuple[int | None, bool]:
    items = {(c.start, c.end): c for c in counts if c.role == role}.values()
    if not items:
        return None, False
    precise = [c for c in items if c.value is not None and not c.vague]
    # «قتل أكثر من 20 حوثيا … مقتل 14 منهم»: part of a figure told before it, not added («مقتل 16
    # منهم» with no such figure before is the whole toll of the group «منهم» points back to)
    # (a share of a figure told over several places is no figure told for this one: «قتل 40 في الرقة
    # وحلب والحسكة … قتل 12 منهم في منبج» is 12 at Manbij, not Aleppo's even share of 13)
    precise = [c for c in precise if not (c.subset and any(o.start < c.start and not o.subset and not o.shared
                                                           and o.value >= c.value  # type: ignore[operator]
                                                           for o in precise))]
    # «مقتل نحو 29 منهم … لقي القيادي أبو علي مصرعه»: one man's death told after a figure is among it
    # (not a figure of another side: «قتل ثلاثة من مسلحي الحوثي …، فيما لقي جندي من الجيش حتفه» is 4)
    # (several people named by title and name, «إصابة النقيب … والملازم … والمجند …», are among an
    # earlier figure as large: «أصيب ضابطان ومجند» is 3, not 6)
    precise = [c for c in precise if not (c.one and any(o.start < c.start and not o.one and o.value is not None
                                                        and o.value >= (c.value or 1)
                                                        and (c.named or _one_side(o.side, c.side)) for o in items))]
    # «… بالطوال بجازان وثلاثة جنود بمركز السيال بعسير، وإصابة ثمانية آخرين» shared over the two
    # places, then the statement's own figure for this place («وإصابة أحد زملائه»): the place's own
    # figure, told in a later sentence and within the lead's whole figure, is its toll — the share of
    # the lead's is an even guess (a bigger figure later, a month's tally, is no retelling of it)
    precise = [c for c in precise if not (c.shared and any(not o.shared and o.sentence > c.sentence
                                                           and o.value <= c.shared for o in precise))]
    # «قتل جندي تركي في هجوم …» then «… ما أدى إلى مقتل الجندي»: one man told back by a definite
    # singular of the noun counted before him, in another sentence, is among that figure, not one more
    precise = [c for c in precise if not (c.value == 1 and not (c.more or c.additive or c.update) and _told_back(c, precise))]
    # «قتل 19 شخصا … وكانت حصيلة غير نهائية أفادت عن مقتل 17»: the toll known before gives way to
    # the incident's other figure (not the lowest-wins rule of two reports) — not to a toll that rose
    # («ارتفع عدد القتلى … إلى 103»), which may count the dead of later days: the lowest stands
    if any(c.earlier for c in precise) and any(not c.earlier for c in precise) and not any(c.update or c.rose for c in precise):
        precise = [c for c in precise if not c.earlier]
    if precise:
        by_side: dict[str, int] = {}
        told: dict[int, list[tuple[int, str, str]]] = {}  # figure -> (sentence, side, head word) it was told in
        estimates: list[int] = []
        heads: dict[str, str] = {}  # a side's head word («جنود» of «جنود ليبيين»)
        leads: dict[str, int] = {}  # a group's first figure, when bare figures of it follow (its details)
        details: dict[str, set[str]] = {}  # a group with a lead → the keys of its details in another number
        for c in sorted(precise, key=lambda c: c.start):
            if c.estimate and not c.update:
                estimates.append(c.value)  # type: ignore[arg-type]
                continue
            if c.value > 1 and "#" not in c.side and c.side not in by_side \
                    and any(s != c.sentence and (_generic(side) or _generic(c.side) or _same_group(side, c.side)
                                                 or _same_kind(side, c.side)
                                                 or (head and (head == c.head or _same_noun(head, c.head)) and (head == side or c.head == c.side))
                                                 or _kind_retold(side, head, c.side, c.head))
                            for s, side, head in told.get(c.value, [])):  # type: ignore[operator, arg-type]
                # «قتل 57 مدنيا» then «“57 شخصا … قتلوا”»; a headline's bare «مقتل 12 مسلحاً» then the
                # body's «قتل 12 مسلحاً من جماعة الحوثي»: one toll told twice, not two groups (two
                # named groups of the same kind, «4 عناصر من الجيش» and «4 عناصر من القاعدة», add up)
                # — the noun in another number is the same group: «قتل ضابطا شرطة» then «مقتل ضابطي شرطة»
                continue
            # figures of no one in particular («43 قتيلا», then «57 مدنيا … قتلوا») may count the
            # same dead: the lowest stands (ACLED); named groups («9 حوثيين و3 جنود») add up
            key = GENERIC_SIDE if _generic(c.side) and not c.joined else c.side
            if key != GENERIC_SIDE and key not in by_side and c.head and normalized(key) == c.head:
                # «قتل سبعة جنود ليبيين» then «قتل خمسة جنود»: the bare noun is the group named before
                # with it («جنود سعوديين» and «جنود يمنيين» stay two groups: neither is bare)
                named = next((k for k in by_side if heads.get(k) == c.head), key)
                if named != key and not (c.update or c.more or c.additive):
                    # the first figure is the group's toll, the bare ones after it its details: the
                    # toll is the larger of the first and the details summed («عشرة جنود ليبيين قتلوا»
                    # then «خمسة جنود قتلوا عندما تعرضوا لهجوم»: 10, not 5; «سبعة جنود» then «خمسة جنود
                    # … وقتل جنديان آخران»: 7)
                    leads[named] = max(leads.get(named, 0), by_side[named])
                    by_side[named] = c.value  # type: ignore[assignment]
                    heads.setdefault(named, c.head)
                    told.setdefault(c.value, []).append((c.sentence, c.side, c.head))  # type: ignore[arg-type]
                    continue
                if named == key and not c.update:
                    # a bare figure of the same noun in another number («جنديان» after «جنود») after
                    # the group's details began: one more detail of that group
                    group = next((k for k in leads if _same_noun(heads.get(k, ""), c.head)), None)
                    if group is not None:
                        details.setdefault(group, set()).add(key)
                key = named
            heads.setdefault(key, c.head)
            if c.update:  # «وارتفعت حصيلة القتلى إلى 8»: the toll now; of no one in particular, all of it
                if key == GENERIC_SIDE:
                    by_side.clear()
                by_side[key] = c.value  # type: ignore[assignment]
            elif key in by_side and (c.more or (c.additive and by_side[key] != c.value)) \
                    and not (c.more and any(s != c.sentence and side == c.side for s, side, _ in told.get(c.value, []))):  # type: ignore[arg-type]
                # (not «وإصابة 14 آخرين» told again in another sentence with the same figure and
                # group: the others besides the dead, retold, not more of them)
                # «مصرع سبعة انقلابيين … كما قتل أربعة آخرون»: 7 + 4; a «كما» sentence giving the same
                # figure again («كما أسفرت المواجهات عن مقتل 11 حوثيا») retells it
                by_side[key] += c.value  # type: ignore[operator]
            else:
                by_side[key] = min(by_side.get(key, c.value), c.value)  # type: ignore[arg-type]
            told.setdefault(c.value, []).append((c.sentence, c.side, c.head))  # type: ignore[arg-type]
        parts = {k for keys in details.values() for k in keys}
        total = sum(max(v + sum(by_side.get(d, 0) for d in details.get(k, ())), leads.get(k, 0))
                    for k, v in by_side.items() if k not in parts)
        generic = by_side.get(GENERIC_SIDE)
        if generic and len(by_side) > 1 and not details and generic >= total - generic:
            # «ضابطا شرطة ومجند أصيبوا …» then, in a sentence of its own, «أربعة أشخاص أصيبوا»: people
            # of no one in particular told apart from the named groups, as many or more, count them too
            people = [c for c in precise if _generic(c.side) and not c.joined and not c.estimate]
            named = {c.sentence for c in precise if not (_generic(c.side) and not c.joined) and not c.estimate}
            if not any(c.more or c.additive or c.update for c in people) and not named & {c.sentence for c in people}:
                total = generic
        if estimates:  # «15 حوثيا قتلوا بينما قالت مصادر أخرى إن 20 قتلوا»: two estimates of one toll
            return min(estimates + ([total] if by_side else [])), True
        return total, True
    vague = [c.value for c in items if c.value is not None]
    if vague:
        return min(vague), True
    return None, True
