"""Where an event happened: the most specific place its clause names, with ACLED geo-precision.

Order of evidence: LOCATION spans in the clause (skipping destinations «باتجاه محافظة الضالع»,
reference points «… جنوب غرب مدينة البيضاء» and distances «على بعد 120 كيلومترا من صنعاء»); then an anaphoric place noun («في المحافظة»,
«للبلدة الجنوبية») resolved to the last place of that size; then the paragraph's carried place
(the previous sentence's, or a fronted topic «وفي محافظة البيضاء،»); last, the article's own
governorate, as an ACLED coder reads it from the whole report: the governorate the article names
most (a headline mention counts twice), when it names it at least twice, more often than any
other, and at least once by itself («محافظة البيضاء»), at geo_precision 3.

geo_precision: 1 a named town/village; 2 "near" a place or part of a region (a facility, a compass
direction, «بالقرب من», a district); 3 a governorate or country only.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter

from core.document import Document, Span
from core.entities.matcher import normalized
from core.entities.places import quoted_medium as _medium
from core.incidents.clauses import Clause
from core.incidents.lexicons import context, nationality_adjectives, trigger_matcher, word_matcher, word_set
from core.incidents.model import Place
from core.text.clitics import any_variant_in, proclitic_variants, variant_in
from core.text.tokens import Token

_WORDS = r"[^\s:.،\-–—]+(?:[ \t][^\s:.،\-–—]+){0,2}"  # one to three words
# «واس - عدن:», and with the writer first, Sabq's «حاتم العميري - سبق - مكة المكرمة:» (603 articles of
# the corpus open with three parts): the last part is where it was filed
# and the agencies' «بيروت (رويترز) -», «طرابلس (ليبيا) -»: a place, a parenthesis, a dash
DATELINE = re.compile(rf"\s*(?:{_WORDS}(?:[ \t]*[-–—][ \t]*{_WORDS}){{1,2}}[ \t]*:"
                      rf"|{_WORDS}[ \t]*\([^()\n:]{{1,40}}\)[ \t]*[-–—])")


_NEXT_WORD = re.compile(r"\s*([\u0621-\u064a\u0640\u064b-\u0652]+)")


def _told_country(text: str, end: int) -> str:
    """The country a nationality adjective right after a place name gives it («سوروتش التركية»), or ''."""
    m = _NEXT_WORD.match(text, end)
    return nationality_adjectives().get(normalized(m.group(1)), "") if m else ""


ROAD_PUNCTUATION = frozenset("()-–—")

_LINE_BREAK = re.compile("\n")


_TOLD_THAT = frozenset({"ان", "بان"})  # «قال … إن», «أبلغ … الصحيفة بأن»: what is told begins
ANNOUNCER_FAR = 10  # words from a telling verb to the teller's place («وقال القيادي في … فلان في قاطع مخمور، إن»)
TELLER_NAME_REACH = 8  # tokens from a teller's place to the «إن/بأن» past his name and the paper told («فالح العيساوي "الوطن" بأن»)


def _told_after_name(tokens: list[Token], idx: int) -> bool:
    """«أبلغ نائب رئيس محافظة الأنبار فالح العيساوي "الوطن" بأن …»: the «إن/بأن» of what is told
    comes past the teller's name and the paper he told, further than four words — within
    TELLER_NAME_REACH tokens, with quotes but no other punctuation between."""
    for t in tokens[idx + 1: idx + 1 + TELLER_NAME_REACH]:
        if t.norm in _TOLD_THAT:
            return True
        if not t.text[:1].isalpha() and t.text not in ('"', "«", "»", "“", "”"):
            return False
    return False


HEADING_FAR = 4  # words from a heading word to the «في» of its destination's place («في طريقها إلى ميليشيات الحوثي في …»)


def _line_starts(text: str) -> list[int]:
    """Offsets where a paragraph starts after a line break (the article's first line has its own rule)."""
    return [m.end() for m in _LINE_BREAK.finditer(text) if m.end() < len(text)]


TITLE_WEIGHT = 2  # a governorate in the headline counts as two mentions in the text

# Kind families, most specific first (kinds come from the gazetteer; unknown kinds count as towns).
FACILITY = {"facility", "landmark", "camp", "base", "airport", "port", "hospital", "school", "market"}
TOWN = {"city", "town", "village", "locality", "neighbourhood", "neighborhood", "area", "populated_place", "place"}
SUBDISTRICT = {"subdistrict", "sub-district", "uzla"}
DISTRICT = {"district", "admin2"}
GOVERNORATE = {"governorate", "province", "admin1", "state", "region"}
COUNTRY = {"country"}


QUARTER_LIST_REACH = 8  # tokens from «أحياء» to the last quarter of its list («أحياء حيدان وآل المؤنس والحصن»)
PURPOSE_GAP = 3  # words from «للمشاركة في» to the place of the fighting they were sent to («… جبهات القتال في عدن»)
TAKEN_BACK_REACH = 5  # words from a place to the relative pronoun of the taking told back about it
RELATIVES = frozenset(normalized(w) for w in ("التي", "الذي", "اللتين", "اللذين"))
TAKEOFF_GAP = 4  # base words from «أقلعت من» to the place («… من القاعدة الجوية في دياربكر»)
FLYING = frozenset({"aircraft", "helicopter", "drone"})  # WEAPON categories that fly back to a base
RETURN_TO = frozenset(("الي", "الى"))  # normalised «إلى» after a verb of flying back (`return_verbs`)
ORIGIN_NAME_GAP = 3  # words of an origin's name before the compass word of a town it is told near
ORIGIN_RELATIVE_REACH = 4  # words from the relative pronoun to its «منها» («التي كان الحوثيون يقصفون منها»)
ORIGIN_RELATIVE_GAP = 3  # words from a place to the relative pronoun of «… التي قصفت منها» («الفيصل، وهي المناطق التي»)


def _taken_back(tokens: list[Token], end: int, hi: int) -> bool:
    """«للمشاركة في تطهير مدينة زنجبار مركز محافظة أبين التي استردها الثوار»: a place followed,
    within TAKEN_BACK_REACH words of its clause, by a relative pronoun and a taking told back about
    it (`taken_back_verbs`) is where the taking was, whatever cue stands before it."""
    verbs = word_set("taken_back_verbs")
    stop = min(hi, end + TAKEN_BACK_REACH + 1, len(tokens) - 1)
    return any(tokens[k].norm in RELATIVES and tokens[k + 1].norm in verbs for k in range(end, stop))
CITY_HEADS = frozenset({"مدينه", "بلده", "مدينتي", "بلدتي"})  # normalised: heads a far country's city may follow


def kind_rank(kind: str) -> int:
    kind = (kind or "").lower()
    if kind in FACILITY:
        return 0
    if kind in SUBDISTRICT:
        return 2
    if kind in DISTRICT:
        return 3
    if kind in GOVERNORATE:
        return 4
    if kind in COUNTRY:
        return 5
    return 1  # town, village and anything unknown


def _known(place: Place) -> bool:
    """Something is known of `place` beyond its written name: a kind, a governorate or a country."""
    return bool(place.kind or place.admin1_en or place.admin1_ar or place.country)


def family(kind: str) -> str:
    rank = kind_rank(kind)
    return {0: "town", 1: "town", 2: "district", 3: "district", 4: "governorate", 5: "country"}[rank]


BETWEEN = frozenset({"بين", "وبين"})  # «بين أنقرة والمتمردين»: a city facing a party (`_government_named`)


# «في المنطقة نفسها» after an event placed at a country reaches back to an event placed below one at
# most this many sentences before that country's event
SAME_PLACE_BACK = 3


@dataclass(slots=True)
class Located:
    place: Place
    explicit: bool  # named in this clause/sentence (False: carried, topic, or anaphoric)
    rank: int
    span: Span | None = None
    how: str = "named"  # named | anaphoric («في المحافظة») | carried (from an earlier sentence)


CAPITAL_WORD = normalized("العاصمة")


@lru_cache(maxsize=1)
def _capitals() -> dict[str, frozenset[str]]:
    """Country → the English names of its capital: the gazetteer's cities at the country's own
    coordinates (`Gazetteer.at_country_points`; a country's point is its capital's)."""
    from core.entities.gazetteer import Gazetteer

    found = Gazetteer.load().at_country_points(CAPITAL_KINDS, "name_en")
    return {country: frozenset(name for _, (name,) in cities) for country, cities in found.items()}


CAPITAL_KINDS = ("city", "town", "capital")


def place_from_span(span: Span, precision: int | None = None) -> Place:
    a = span.attrs
    kind = a.get("kind", "")
    rank = kind_rank(kind)
    admin1_ar, admin1_en = a.get("admin1_ar", ""), a.get("admin1_en", "")
    if rank == 4 and not admin1_en:
        admin1_ar, admin1_en = a.get("name_ar", span.text), a.get("name_en", "")
    admin2_ar, admin2_en = a.get("admin2_ar", ""), a.get("admin2_en", "")
    if rank == 3 and not admin2_en:
        admin2_ar, admin2_en = a.get("name_ar", span.text), a.get("name_en", "")
    if precision is None:
        precision = {0: 2, 1: 1, 2: 2, 3: 2, 4: 3, 5: 3}[rank]
        if a.get("approx") and precision < 2:
            precision = 2  # coordinates borrowed from the district or governorate
    return Place(
        text=span.text,
        name_ar=a.get("name_ar", span.text),
        name_en=a.get("name_en", ""),
        kind=kind,
        admin1_ar=admin1_ar,
        admin1_en=admin1_en,
        admin2_ar=admin2_ar,
        admin2_en=admin2_en,
        country=a.get("country", ""),
        iso=a.get("iso"),
        lat=a.get("lat"),
        lon=a.get("lon"),
        geo_precision=precision,
    )


def place_key(place: Place) -> str:
    return normalized(place.name_en or place.name_ar or place.text).replace("al-", "")


def _headless(name: str) -> str:
    """«مدينة المكلا» (an admin2 name as the gazetteer writes it) → «المكلا»."""
    norm = normalized(name)
    head, _, rest = norm.partition(" ")
    return rest if rest and head in ("مدينه", "مديريه", "محافظه") else norm


def contains(outer: Place, inner: Place) -> bool:
    """`outer` is a governorate/district that `inner` lies in (by the inner's admin names).
    Arabic names are compared when both places have them: English ones are ambiguous (the town
    «الحوطة» is "Lahij" in English, like its governorate)."""
    if outer.name_ar and inner.admin1_ar and inner.country == outer.country \
            and normalized(inner.admin1_ar) in _region_governorates().get(normalized(outer.name_ar), ()):
        return True  # «قرية دوما بالضفة الغربية»: Nablus lies in the West Bank (`region_governorates`)
    if outer.name_ar and (inner.admin1_ar or inner.admin2_ar):
        o = {_headless(outer.name_ar)}
        i = {_headless(x) for x in (inner.admin1_ar, inner.admin2_ar) if x}
    else:
        o = {normalized(x) for x in (outer.name_en, outer.name_ar) if x}
        i = {normalized(x) for x in (inner.admin1_en, inner.admin1_ar, inner.admin2_en, inner.admin2_ar) if x}
    return bool(o & i)


OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")  # normalised object pronouns a verb may carry


@lru_cache(maxsize=1)
def _region_governorates() -> dict[str, frozenset[str]]:
    """Region (normalised Arabic name) → the normalised names of the governorates it holds."""
    return {normalized(k): frozenset(normalized(g) for g in v) for k, v in context()["region_governorates"].items()}


CITY_GOVERNORATES = frozenset({"Aden", "Amanat al Asimah"})  # governorates that are one city


def encloses(outer_kind: str, inner_kind: str) -> bool:
    """Can a place of `outer_kind` hold one of `inner_kind`? A bigger or equal rank does, and a city
    holds its districts («مديرية صالة بمدينة تعز»)."""
    return kind_rank(outer_kind) >= kind_rank(inner_kind) or (outer_kind or "").lower() == "city"


DISTRICT_HEADS = frozenset({"مديريه", "مديريات", "عزله"})  # normalised: a district or sub-district follows


def _buried_at(tokens: list[Token], prev: list[Token], lo: int) -> bool:
    """A word of funeral (`funeral_words`) among `prev`, the words right before a place: where the
    dead was buried («شيع أهالي محافظة ميسان بالطائف جثمان الشهيد»), unless a trigger stands before it
    in its clause (from `lo`): then the funeral is what was struck and its place is the event's
    («فجر انتحاري نفسه وسط جنازة في مدينة عدن», «استهدفت غارة مجلس عزاء في مديرية سنحان»)."""
    funeral = word_set("funeral_words")
    at = next((t for t in prev if t.norm in funeral), None)
    if at is None:
        return False
    k = next(j for j in range(lo, len(tokens)) if tokens[j] is at)
    return not any(True for _ in trigger_matcher().find(tokens[lo:k]))


def inside_glue(gap: str) -> bool:
    """Only «ب» or «في», and head words the place's span left out: «بـ», «في», «بالعاصمة», «في محافظة»."""
    words = [normalized(w) for w in gap.replace("ـ", " ").split()]
    if not words:
        return False
    if words[0] == "في":
        words = words[1:]
    elif words[0].startswith("ب"):
        words = [words[0][1:]] + words[1:] if len(words[0]) > 1 else words[1:]
    else:
        return False
    heads = word_set("place_heads")
    return all((bare := w[2:] if w.startswith("ال") else w) in heads or bare == "عاصمه" for w in words)


GATHERING_REACH = 5  # words from a gathering word to the «في» of its host town («كأس العالم 2018 في»)
GATHERING_TIME_REACH = 4  # words from a word of time to the gathering («قبل أيام من قرعة تصفيات كأس»)
FLIGHT_REACH = 6  # words from a word of flight to the destination cue («بنزوح المئات من العائلات المسيحية باتجاه»)
TOWARD_ITEMS = 4  # words of unknown list items a place may follow back to a destination cue («باتجاه بلدات صدد وفيروزة»)
TOWARD_STOPS = frozenset({"في", "من", "على", "عن", "الي", "الى", "إلى", "مع", "بعد", "قبل", "ثم"})  # (normalised) no list item


class LocationResolver:
    """Walks the article in order, remembering the last place of each size for anaphora."""

    def __init__(self, doc: Document, sentence_tokens: list[list[Token]]) -> None:
        self.doc = doc
        self.sentence_tokens = sentence_tokens
        self.spans = sorted((s for s in doc.entities if s.label == "LOCATION"), key=attrgetter("start"))
        # where a named party (an armed group, an organization) starts: «بين أنقرة والمتمردين الأكراد»
        self._party_starts = frozenset(s.start for s in doc.entities if s.label in ("ARMED_ACTOR", "ORGANIZATION"))
        self.heads = word_set("place_heads")
        self.list_words = word_set("place_list_words")
        self.source_cues = word_set("source_place_cues")
        self.origin_words = word_set("origin_words")
        self.destinations = word_set("destination_cues")
        # any head of a place or a list of places: «مدينة», «بلدات», «مدينتي»
        self.list_heads = self.heads | word_set("plural_place_heads") | word_set("dual_place_heads")
        self.heading = word_set("heading_words")
        self.departures = word_set("departure_verbs")
        self.arrived_from = word_set("arrived_from_words")
        self.origin_cue_words = [tuple(normalized(w) for w in c.split()) for c in context()["origin_cues"]]
        self.origin_ends = word_set("origin_relative_ends")
        self.led_by = word_set("led_by_cues")
        self.government_verbs = word_set("government_verbs")
        self.government_sources = word_set("government_sources")
        self.government_nouns = word_set("government_nouns")
        self.war_entry = word_set("war_entry_nouns")
        self.war_words = word_set("war_words")
        self.attribution = word_set("attribution_verbs")
        self.condemners = word_set("condemnation_verbs")
        # words after «و» that open a clause, not an item of a list of places (`_joined`): a verb of
        # telling, a word that ends a list
        self.not_items = self.attribution | word_set("continuation_stops")
        self.reference = word_set("reference_cues")
        self.composition = word_set("composition_cues")
        self.origin_groups = word_set("origin_group_words")
        self.residents = word_set("resident_words")
        # places a clause names but not as where anything in it is (a dateline, a newspaper, a yardstick,
        # a source's town…): never the town a facility is placed near either
        self._elsewhere: set[tuple[int, int]] = set()
        self._dated: set[tuple[int, int]] = set()  # places skipped with the list after them (dated by, destinations, home towns, aims)
        self._seats: set[tuple[int, int]] = set()  # places named as where a party works from (`_seat_before`)
        self.compass = word_set("compass_words")
        self.council_members = word_set("council_member_words")
        self.councils = word_set("council_words")
        self.whereabouts = word_set("place_whereabouts")  # «جنوب غرب المدينة» told of a list's item
        self.parts = word_set("place_part_words")  # «الضواحي الشمالية لمدينة عدن»: a part of the next place
        self.between_words = word_set("between_cues")  # «الواقعة/تقع» (also with «بين»: `_linked`)
        self.belonging_words = word_set("belonging_cues")  # «قرية الخوجرة التابعة لمحافظة الطوال»
        self.region_heads = word_set("region_heads")  # «إقليم»: a region of several governorates
        self.area_heads = word_set("area_heads")  # «منطقة/مناطق»: a locality, not a district or region
        self.anaphora = {normalized(k): v for k, v in context()["anaphoric_places"].items()}
        # «داخل المعسكر»: a facility noun → the head word its antecedent must be named with
        self.facility_anaphora = {normalized(k): normalized(v) for k, v in context()["facility_anaphors"].items()}
        self.carried: Located | None = None
        self.ever_carried = False  # a sentence before (in any paragraph) placed something
        self.carried_paragraph = -1
        self.last_event: Located | None = None  # the place of the last sentence that placed an event
        self.last_below: Located | None = None  # … the last such place below a country («المنطقة نفسها»)
        self.last_event_sentence = -1  # the sentences `last_event` and `last_below` were told in
        self.last_below_sentence = -1
        self._article: Located | None | bool = False  # False: not worked out yet
        self._eventful: list[Span] | None = None
        self._dateline: int | None = None
        self._paragraph_datelines: list[tuple[int, int]] | None = None
        self._country: str | None = None
        self._senses: dict[str, Place] = {}  # bare name → where the article placed it first
        self._placed: dict[tuple[int, int], Place] = {}  # span offsets → where `candidates` placed it
        self._told_by: set[tuple[int, int]] = set()  # places a clause has only as where its source is
        self._headed: dict[tuple[int, int], Span] = {}  # clause offsets → the destination forces were heading to
        self._departed: dict[tuple[int, int], Span] = {}  # clause offsets → the place forces had left

    def article_place(self) -> Located | None:
        """The article's governorate (see the module docstring), or None."""
        if self._article is not False:
            return self._article  # type: ignore[return-value]
        tally: dict[str, int] = {}
        own: dict[str, Span] = {}
        weighted = [(s, TITLE_WEIGHT) for s in self._title_places()]  # «… يصرع عشرات الانقلابيين بمأرب»
        for span, weight in weighted + [(s, 1) for s in self._eventful_spans()]:
            place = place_from_span(span)
            key = normalized(place.admin1_en or place.admin1_ar)
            if not key:
                continue
            tally[key] = tally.get(key, 0) + weight
            if kind_rank(span.attrs.get("kind", "")) == 4:
                own.setdefault(key, span)
        ranked = sorted(tally.items(), key=lambda kv: -kv[1])
        self._article = None
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) and ranked[0][0] in own:
            span = own[ranked[0][0]]
            in_text = any(s is span for s in self.spans)  # a headline span's offsets are not the text's
            self._article = Located(place_from_span(span, 3), False, 4, span if in_text else None, "article")
        return self._article

    # -- evidence in one clause -------------------------------------------------------------
    def _tok_index(self, tokens: list[Token], offset: int) -> int:
        for i, t in enumerate(tokens):
            if t.start <= offset < t.end:
                return i
        return len(tokens)

    @staticmethod
    def _yardstick(tokens: list[Token], idx: int, lo: int) -> bool:
        """A place named as a distance or a goal to get closer to, not where anything happened; or
        one a town is ranked after (`superlative_cues` then «بعد»: «تعز، ثالث أكبر مدينة في اليمن بعد
        صنعاء وعدن») — not the place it is ranked within, where it lies («ثاني أكبر مدن محافظة أبين
        وهي مدينة لودر»)."""
        window = tokens[max(lo, idx - 8): idx]
        if any(True for _ in word_matcher("distance_cues").find(window)):
            return True
        return any(any(t.norm.removeprefix("و") in ("بعد", "عقب") for t in window[m.token_end:])
                   for m in word_matcher("superlative_cues").find(window))

    def _where_named(self, span: Span) -> tuple[list[Token], int] | None:
        """The sentence tokens around a span and the span's first token index."""
        s_idx = self.doc.sentence_index(span.start)
        if s_idx is None:
            return None
        tokens = self.sentence_tokens[s_idx]
        return tokens, self._tok_index(tokens, span.start)

    def _title_places(self) -> list[Span]:
        """Gazetteer places of the article's title (spans into the title, not the text)."""
        title = (self.doc.title or "").strip()
        if not title:
            return []
        from core.entities import places
        from core.pipeline import analyze

        return [s for s in places.find(analyze(title, until="tokenise").doc) if s.attrs.get("kind")]

    def dateline_end(self) -> int:
        """Where the dateline ends: a short first line («عين اليوم – صنعاء»), or an agency and
        a city before a colon at the very start («واس - عدن:», «صنعاء - الشرق الأوسط:»); 0 if none.
        The place there is where the report was filed, not where anything happened."""
        if self._dateline is None:
            text = self.doc.text
            first_line, newline, rest = text.partition("\n")
            short = len(first_line.strip()) <= 40 and len(first_line.split()) <= 6 and not first_line.rstrip().endswith(".")
            self._dateline = len(first_line) if short and newline and rest.strip() else 0
            match = DATELINE.match(text)
            if match:
                self._dateline = max(self._dateline, match.end())
        return self._dateline

    def in_dateline(self, span: Span) -> bool:
        """The place is in a dateline: the article's (`dateline_end`), or one opening a paragraph
        of a digest of briefs («موجز»: «لندن - «الشرق الأوسط»: دعت منظمة …» after a line break)."""
        if span.end <= self.dateline_end():
            return True
        if self._paragraph_datelines is None:
            text = self.doc.text
            self._paragraph_datelines = [(m.start(), m.end()) for k in _line_starts(text)
                                         if (m := DATELINE.match(text, k))]
        return any(a <= span.start and span.end <= b for a, b in self._paragraph_datelines)

    def _eventful_spans(self) -> list[Span]:
        """Places that can be where something happened: not yardsticks, not a dateline
        («عين اليوم – صنعاء» on a short first line), not a way passed through («دعم من المحافظات
        الشمالية عبر محافظة البيضاء»: `via_cues`; «بالمحافظة» after it is still the one before), not
        where a traveller came from («عاد بحاح إلى عدن قادما من الرياض، بعد أن حررت المقاومة المدينة»:
        `arrived_from_words` + «من»)."""
        if self._eventful is None:
            out = []
            via = word_set("via_cues")
            for span in self.spans:
                where = self._where_named(span)
                if self.in_dateline(span) or (where and self._yardstick(where[0], where[1], 0)):
                    continue
                if where and where[1] > 0 and variant_in(where[0][where[1] - 1].norm, via):
                    continue
                if where and self._came_from(where[0], where[1]):
                    continue  # «عاد إلى عدن قادما من الرياض»: where a traveller came from
                if where and self._home_town(where[0], where[1], span):
                    continue  # «ينحدر من مدينة الموصل»: a person's home town
                if where and where[1] > 0 and not span.attrs.get("head") and span.attrs.get("kind") == "city" \
                        and variant_in(where[0][where[1] - 1].norm, self.government_nouns, depth=1):
                    continue  # «الموالية لحكومة طرابلس»: a government named by its seat, no antecedent of «المدينة»
                out.append(span)
            self._eventful = out
        return self._eventful

    def _came_from(self, tokens: list[Token], idx: int) -> bool:
        """The place at token `idx` follows «قادما/عائدا/آتيا من» (`arrived_from_words` + «من»):
        where a traveller came from."""
        return idx > 1 and tokens[idx - 1].norm == "من" and variant_in(tokens[idx - 2].norm, self.arrived_from)

    def _home_town(self, tokens: list[Token], idx: int, span: Span) -> bool:
        """The place at token `idx` is a person's home town: after «من» that follows a word of origin
        («ينحدر من مدينة الموصل», `home_town_words`), or after a bare «من» with a word of naming right after
        the place («شاب من مدينة غازي عنتاب يدعى …», `home_town_named_after`), or after a word of birth
        («من مواليد الكويت», `home_town_born_words`) or «ابن» + a head word («ابن مدينة البصرة»,
        `home_town_son_words`)."""
        j = idx - 1
        while j >= 0 and tokens[j].norm in self.heads:
            j -= 1
        if j >= 0 and variant_in(tokens[j].norm, word_set("home_town_born_words"), depth=1):
            return True  # «من مواليد الكويت», «من مواليد مدينة أضنة»
        headed = j < idx - 1 or tokens[idx].norm in self.heads  # «مدينة» before the name or inside its span
        if j >= 0 and headed and variant_in(tokens[j].norm, word_set("home_town_son_words"), depth=1):
            return True  # «ابن مدينة البصرة» (a head word between: «ابن» + a name is a name)
        if j < 0 or tokens[j].norm != "من":
            return False
        if j > 0 and variant_in(tokens[j - 1].norm, word_set("home_town_words"), depth=1):
            return True
        end = self._tok_index(tokens, span.end - 1) + 1
        return end < len(tokens) and variant_in(tokens[end].norm, word_set("home_town_named_after"), depth=1)

    def _before(self, tokens: list[Token], idx: int, lo: int, n: int) -> list[Token]:
        """Up to n tokens before idx (not before lo), skipping place head words next to the name."""
        j = idx - 1
        while j >= lo and tokens[j].norm in self.heads:
            j -= 1
        return tokens[max(lo, j - n + 1): j + 1]

    @staticmethod
    def _on_route(tokens: list[Token], span: Span, idx: int) -> bool:
        """«طريق صنعاء», «خط الحديدة»: the place names a road's end, not where anything is — a town
        told near it («اشتباكات على طريق صنعاء قرب مدينة عمران») is the event's place."""
        heads = word_set("route_heads")
        first = span.text.split()[:1]
        return (idx > 0 and variant_in(tokens[idx - 1].norm, heads)) \
            or bool(first) and normalized(first[0]) in heads

    @staticmethod
    def _federal_region(tokens: list[Token], idx: int, lo: int, span: Span) -> bool:
        """«إقليم آزال», «بإقليم تهامة»: one of Yemen's federal regions (`region_names`, each a name the
        gazetteer also gives a district or a village: Azal is a district of the capital) right after
        «إقليم» (`region_heads`; quotes between allowed: «في «إقليم آزال»») names the region — several
        governorates — and places nothing: «تمكنت المقاومة الشعبية في إقليم آزال من تحرير مديرية عتمة»
        is placed at Utmah, not in Sanaa."""
        if normalized(span.text) not in word_set("region_names"):
            return False
        j = idx - 1
        while j >= lo and tokens[j].is_punct:
            j -= 1
        return j >= lo and variant_in(tokens[j].norm, word_set("region_heads"))

    def _composed(self, tokens: list[Token], spans: list[Span], indexes: list[int], k: int, lo: int) -> bool:
        """Is place k of the clause in a list of what a region is made of: the first place right
        after «يضم/تضم/يشمل…» (at most COMPOSITION_GAP words between), each next one at most that
        many words after the one before. «التحالف الذي يضم عشر دول، غارات … في مديرية بني حشيش» is
        no such list."""
        for j in range(k, -1, -1):
            start = indexes[j]
            before = tokens[max(lo, start - COMPOSITION_GAP - 1): start]
            if any(t.norm in self.composition for t in before):
                return True
            if j == 0 or len(self.doc.text[spans[j - 1].end: spans[j].start].split()) > COMPOSITION_GAP:
                return False
        return False

    def candidates(self, clause: Clause, triggers: Sequence[int] = ()) -> list[Located]:
        """The places `clause` tells of its event; `triggers`: the event's trigger offsets in it
        (a place fire is told to come from in a relative clause is the origin of that fire only)."""
        tokens = self.sentence_tokens[clause.sentence]
        spans = [s for s in self.spans if clause.start <= s.start < clause.end]
        out: list[Located] = []
        near_matcher = word_matcher("near_cues")
        indexes = [self._tok_index(tokens, s.start) for s in spans]
        sources: list[Span] = []  # places skipped as where a source is
        reference_points: list[Span] = []  # places skipped as what another is told near (they may still place a facility)
        announced: list[Span] = []  # places skipped as where whoever tells it is
        measured = False  # a place named as a yardstick: the event is somewhere else, unnamed
        dating: list[Span] = []  # places skipped as a destination or as the event something is dated by
        spots: set[int] = set()  # places holding a spot the gazetteer does not know («تبة مسعود بمديرية مشرعة»)
        relative_from: tuple[int, int] | None = None  # «… التي تقصف منها …» of a place the event names: where that clause lies
        origins: set[int] = set()  # places skipped as where fire or forces came from
        linked = [self._linked(tokens, i, clause.tok_start) for i in indexes]
        if linked and all(linked):
            linked[0] = False  # «المناطق الواصلة بين مديرية نهم ومديرية صرواح»: nothing else, the first end
        for k, span in enumerate(spans):
            if self.in_dateline(span):
                continue  # «واس - عدن:» is where the report was filed
            idx = indexes[k]
            prev = self._before(tokens, idx, clause.tok_start, 5)
            far = self._heading_far(tokens, idx, clause.tok_start, span)
            if far or (prev and prev[-1].norm in self.destinations and (len(spans) > 1 or self._heading(prev))) \
                    or (len(spans) > 1 and self._toward_list(tokens, idx, clause.tok_start, span)):
                if (far or self._heading(prev)) and (span.attrs.get("admin1_en") or span.attrs.get("admin1_ar")):
                    self._headed.setdefault((clause.start, clause.end), span)
                dating.append(span)
                if self._fleeing(tokens, idx, clause.tok_start):
                    self._dated.add((span.start, span.end))  # «نزوح … باتجاه مدينة حمص ودمشق»: the list after it too
                continue  # «باتجاه محافظة الضالع», «تعزيزات … متوجهة إلى عدن»: where they headed, not where it happened
            if prev and prev[-1].norm in self.departures:
                if span.attrs.get("admin1_en") or span.attrs.get("admin1_ar"):
                    self._departed.setdefault((clause.start, clause.end), span)
                dating.append(span)
                continue  # «عشرات الآليات … قد غادرت عدن ليل أول من أمس»: where they set out from
            if self._came_from(prev, len(prev)):
                dating.append(span)
                continue  # «عاد بحاح إلى عدن قادما من الرياض»: where a traveller came from
            if self._home_town(tokens, idx, span):
                dating.append(span)
                self._dated.add((span.start, span.end))  # «عائلات متحدرة من الفوعة وكفريا»: the list after it too
                continue  # «شاب من مدينة غازي عنتاب يدعى …», «ينحدر من الموصل»: a person's home town
            if self._purpose(tokens, idx, clause.tok_start) \
                    and not _taken_back(tokens, self._tok_index(tokens, span.end - 1) + 1, clause.tok_end):
                dating.append(span)
                self._dated.add((span.start, span.end))  # «… في عدن ولحج ومأرب»: the list after it too
                continue  # «أوامر بالنزول للمشاركة في جبهات القتال في عدن»: where they were to fight
            if linked[k]:
                continue  # «الطريق الرابط بين محافظتي أبين وعدن» beside the event's own place
            if prev and prev[-1].norm in self.led_by:
                continue  # «طيران التحالف بقيادة المملكة العربية السعودية»: who leads it, not where («قوات موالية للزنتان»: whom they follow)
            if self._federal_region(tokens, idx, clause.tok_start, span):
                continue  # «المقاومة الشعبية في إقليم آزال»: a region of several governorates, not the capital's district
            if self._government_named(tokens, idx, prev, span):
                continue  # «سمحت أنقرة للتحالف باستخدام قواعدها», «لدخول أنقرة الحرب»: the government, not a place
            end = self._tok_index(tokens, span.end - 1) + 1
            if end < len(tokens) and tokens[end].norm in word_set("seat_after"):
                continue  # «منظمته التي تتخذ من جنيف مقرا لها»: where it sits
            if _seat_before(tokens, idx, clause.tok_start):
                self._seats.add((span.start, span.end))
                continue  # «بحكومة اليمن التي تزاول عملها من الرياض»: where it works from
            if _medium(tokens, idx, end):
                continue  # «قالت مصادر محلية لـ"الرياض"»: the newspaper, not the city
            if len(spans) > 1 and _buried_at(tokens, prev, clause.tok_start):
                continue  # «شيع أهالي محافظة ميسان بالطائف جثمان الشهيد … الذي استشهد في التفجير … بعسير»: where he was buried
            if k > 0 and self._composed(tokens, spans, indexes, k, clause.tok_start):
                continue  # «إقليم آزال الذي يضم صنعاء … ومحافظات عمران وصعدة وذمار»: what a region is made of
            if (len(spans) > 1 and _time_reference(tokens, idx, clause.tok_start)) or self._dated_list(span):
                dating.append(span)
                self._dated.add((span.start, span.end))
                continue  # «… مطالبين بالانفصال عقب تحرير عدن»: when, not where («بعد تحرير عدن والحوطة، ولودر» all of it)
            if self._hosted_gathering(tokens, idx, clause.tok_start, span) and self._deed_place_beside(span):
                dating.append(span)
                continue  # «… في زيوريخ، قبل أيام من قرعة تصفيات كأس العالم 2018 في سان بطرسبرغ»: where a
                # gathering the deed is dated by is held, not the deed's place
            if _after_ordinal(tokens, idx, clause.tok_start, spans):
                continue  # «لتصبح المحافظة الثالثة المحررة بعد الضالع وعدن»: the earlier ones
            if self._yardstick(tokens, idx, clause.tok_start):
                measured = True
                continue  # «على بعد 120 كيلومترا من صنعاء», «يقرب المقاومة من … صنعاء»
            if k > 0 and any(t.norm in self.reference for t in prev[-2:]) \
                    and not (spans[k - 1].attrs.get("kind") == "country" and span.attrs.get("kind") not in ("country", "")
                             and span.attrs.get("country") == spans[k - 1].attrs.get("country")) \
                    and len(between := self.doc.text[spans[k - 1].end: span.start].split()) <= 3 \
                    and not any(w.startswith("و") for w in between) \
                    and not self._on_route(tokens, spans[k - 1], indexes[k - 1]):
                continue  # «بمحافظة لحج القريبة من عدن»: a town the place before it is told near (not «القرى المجاورة لمدينة الضالع»,
                # nor a town of the country named before: «غارات في سوريا قرب مدينة الحسكة» are near the town,
                # within the country — a town across its border stays a reference: «في سوريا المقابلة لمدينة كيليس»;
                # nor «في مديرية نهم وغارات قرب مدينة مأرب»: «و» opens a new deed, the town is its place)
            if len(spans) > 1 and len(prev) >= 2 and prev[-1].norm in ("من", "ومن") and prev[-2].norm in self.origin_groups:
                continue  # «خمسة مسلحين حوثيين من محافظة عمران لقوا مصرعهم … في محافظة إب»: where they came from
            if len(prev) >= 2 and prev[-1].norm in self.residents and prev[-2].norm in ("من", "ومن") \
                    and self._other_place(tokens, spans, indexes, k, clause.tok_start):
                announced.append(span)
                continue  # «استشهد الفتى … من سكان مخيم الجلزون … خلال مواجهات في مدينة القدس»: his home
            if len(spans) > 1 and self._announcer(tokens, idx, prev):
                announced.append(span)
                continue  # «وأعلنت المقاومة في عدن أمس أن الحوثيين قصفوا …»: where the teller is
            if self._condemners_place(tokens, idx, prev) \
                    and any(s.attrs.get("kind") not in ("country", "") for s in spans[k + 1:]):
                announced.append(span)
                continue  # «أدان أهالي محافظة القطيف التفجير الذي استهدف مسجدا في عسير»: where the condemners
                # are, when a place within a country is told after them (not «دان رئيس اقليم كردستان قصف
                # تركيا لقرية في الاقليم»: only the striking country follows)
            if any(t.norm in self.source_cues for t in prev[-4:]) or self._council_member(prev[-4:]):
                if len(spans) > 1:
                    sources.append(span)
                    continue  # «بحسب ما أفاد مصدر عسكري في مدينة مأرب»: where the source is
                self._told_by.add((span.start, span.end))  # the clause's only place: kept, but a source's
            if relative_from is not None and relative_from[0] <= span.start < relative_from[1]:
                continue  # «غارات على مديرية كرش التي تقصف منها الميليشيات مدينة تعز»: the target of the
                # relative clause's fire, not of the event that names the place before it
            end = self._tok_index(tokens, span.end - 1) + 1
            relative = self._origin_relative_at(tokens, end)
            if relative is not None and self._named_before(tokens, end, span.start, relative, triggers):
                relative_from = (relative, self._relative_end(tokens, relative, clause))
            elif (len(spans) > 1 and (self._launched_from(prev) or self._origin_cue(tokens, idx, clause.tok_start)
                                      or relative is not None)) or self._took_off(tokens, idx):
                origins.add(id(span))
                continue  # «إثر هجوم شنته القوات من عدن», «اشتبكت المقاومة في لودر مع قوات قدمت من مكيراس»:
                # where the attack or the forces came from; «مقاتلات أقلعت من قاعدة في ديار بكر»: their base
            if k + 1 < len(spans) and self._spot_inside(span, spans[k + 1]):
                spots.add(id(spans[k + 1]))
                continue  # «تبة مسعود بمديرية مشرعة»: a spot the gazetteer does not know, in a place it does
            if (k > 0 and self._suburb_pair(spans[k - 1], span, span)) \
                    or (k + 1 < len(spans) and self._suburb_pair(span, spans[k + 1], span)):
                reference_points.append(span)
                continue  # «في فيرجسون بضاحية سانت لويس», «في ضاحية سانت لويس في فيرجسون»: the suburb is the
                # event's place, the city it belongs to a reference point
            if k > 0 and self._told_around(spans[k - 1], span) \
                    and not self._suburb_pair(spans[k - 1], span, spans[k - 1]):
                reference_points.append(span)
                continue  # «مديرية صالة بمدينة تعز», «مدينة الحوطة بمحافظة لحج»: where the place before lies
            if k > 0 and self._seat_of(spans[k - 1], span):
                reference_points.append(span)
                continue  # «محافظة أربيل مركز إقليم كردستان»: the region the place before is the seat of
            if k > 0 and self._container(tokens, prev, spans[k - 1], span):
                reference_points.append(span)
                continue  # «مديرية مشرعة وحدنان الواقعة في جبل صبر»: where the place before it lies
            if k > 0 and self._middle_of(spans[k - 1], span):
                reference_points.append(span)
                continue  # «حي نزال وسط مدينة الفلوجة», «منطقة التحرير في وسط العاصمة صنعاء»: the town the quarter lies in
            if k > 0 and prev and any_variant_in((t.norm for t in prev[-4:]), self.compass) \
                    and not self._glued_inside(self.doc.text[spans[k - 1].end: span.start]) \
                    and not self._other_part(spans[k - 1], span) \
                    and not (id(spans[k - 1]) in origins and self._aimed_at(spans[k - 1], span)):
                # not «صاروخ أطلق من قطاع غزة على جنوب إسرائيل»: the origin skipped before, the target after «على»
                # not «في محافظة لحج وفي الضواحي الشمالية لمدينة عدن»: after «وفي» the compass word
                # tells which part of Aden, a new item, not where Lahij lies
                gap = self.doc.text[spans[k - 1].end: span.start]
                in_gap = any_variant_in((t.norm for t in prev[-4:] if t.start >= spans[k - 1].end), self.compass)
                listed_on = not in_gap and span.attrs.get("admin1_en") \
                    and all(word == "و" for word in gap.translate(_LIST_PUNCTUATION).split())
                if len(gap.split()) <= 7 and not listed_on:  # «في شمال محافظتي حجة وصعدة», «في عمران شمال
                    # العاصمة صنعاء وذمار»: a known place listed right after, the compass word before the list
                    reference_points.append(span)
                    continue  # «الزاهر جنوب غرب مدينة البيضاء», «تعز، الواقعة إلى الجنوب من العاصمة صنعاء»: a reference point
            rank = kind_rank(span.attrs.get("kind", ""))
            place = place_from_span(span)
            if rank <= 1 and any(True for _ in near_matcher.find(prev)):
                place.geo_precision = 2
            if rank == 4 and any(True for _ in near_matcher.find(prev)):
                place.geo_precision = 2  # «المنطقة الوسطى لمحافظة إب»: part of the governorate
            if id(span) in spots:
                place.geo_precision = max(place.geo_precision or 1, 2)  # somewhere in it, not the place itself
            # a town or facility known only to its country («جبل العروس» placed by «اليمن») is unplaced too
            unplaced = not span.attrs.get("kind") or not (span.attrs.get("admin1_en") or span.attrs.get("country")) \
                or (rank <= 2 and not span.attrs.get("admin1_en") and not span.attrs.get("admin1_ar")
                    and span.attrs.get("country") == self._main_country())
            quarter_of = self._quarter_town(span, tokens, idx, clause.tok_start)
            if quarter_of is not None:
                town, town_rank = quarter_of
                place = replace(town, name_ar=span.text, geo_precision=2)
                self._placed[(span.start, span.end)] = place
                out.append(Located(place, True, town_rank, span))
                continue  # «مدينة ظهران الجنوب … سقطت على أحياء حيدان والحصن»: the town's quarters, not Sa'ada's district
            # news text's Yemeni governorates for local names: not for a place the recogniser put in
            # another country in an article about that country («منطقة المضيق» near Ramadi is Anbar's,
            # not Ibb's)
            learnt = _corpus_place(place.name_ar or span.text) if place.country == "Yemen" \
                or self._main_country() in ("", "Yemen") else None
            if learnt and rank in (0, 1, 2) and normalized(learnt["admin1_en"]) != normalized(place.admin1_en):
                around = self._context(span, sentence_only=True)
                if around is None or normalized(around.admin1_en) == normalized(learnt["admin1_en"]):
                    lat, lon = _governorate_point(learnt["admin1_ar"], "Yemen")  # not a homonym's, nor none
                    place = replace(place, admin1_ar=learnt["admin1_ar"], admin1_en=learnt["admin1_en"], admin2_ar="",
                                    admin2_en="", country="Yemen", iso=887, lat=lat, lon=lon, geo_precision=2)
                    out.append(Located(place, True, rank, span))
                    continue  # «منطقة الجفينة»: news places it in Marib (resources/gazetteer/corpus_places.json)
            if unplaced and _country_word(span.text):
                continue  # the tagger's «طائرة عسكرية سعودية», «يمنّ على المصابين»: a country, no place in it
            bare = _bare(span.text)
            quoted = self._quoted_head(span)  # «منطقة "بوسان"»: a local name the writer marks as one
            listed = "" if span.attrs.get("head") or quoted else self._list_head(span)  # «بمنطقة القاعدة والمفرق»
            area = self._area_governorate(place, span, listed) if rank == 3 else None
            if area is not None:
                place = replace(place, name_ar=span.text, name_en="", kind="", admin1_ar=area.admin1_ar,
                                admin1_en=area.admin1_en, admin2_ar="", admin2_en="", lat=area.lat, lon=area.lon,
                                geo_precision=2)
                self._placed[(span.start, span.end)] = place
                out.append(Located(place, True, 1, span))
                continue  # «داخل محافظة صعدة … مناطق المعاين، والطلح»: Sa'dah's al-Talh, not Shabwah's district
            if unplaced or ((span.attrs.get("head") or quoted) and rank in (1, 2) and self._foreign(place, span, quoted)) \
                    or (listed and rank in (1, 2, 3, 4) and self._foreign(place, span, listed)) \
                    or (rank in (1, 2) and self._stray(place, span)) \
                    or (rank == 0 and (self._named_after_homonym(span) or self._placed_by_homonym(span))
                        and not self._named_after_district_beside(span) and self._stray(place, span)) \
                    or self._placed_by_road_end(span):
                sense = self._senses.get(bare) if bare == normalized(span.text) else None
                around = self._context(span, sentence_only=True) if sense is not None else None
                named = self._named_elsewhere(span, bare) if unplaced and sense is None else None
                if sense is not None and (around is None or normalized(around.admin1_en) == normalized(sense.admin1_en)):
                    # «منطقة ماس» placed in Marib earlier: the bare «ماس» later is it too, unless its
                    # own sentence names another governorate («منطقة الخشب في محافظة الجوف»)
                    place = replace(sense, name_ar=span.text, geo_precision=max(sense.geo_precision or 1, place.geo_precision or 1))
                elif named is not None:
                    # «استعادت معسكري الصدرين والأمن المركزي» before «معسكر الصدرين المحاذي لمديرية
                    # الشعيب»: a name the recogniser could not place is the site the article places elsewhere
                    place = replace(named, name_ar=span.text, name_en="", kind="", geo_precision=2)
                else:
                    place = self._in_context(replace(place, name_ar=span.text, name_en="", kind="", admin1_ar="",
                                                     admin1_en="", admin2_ar="", admin2_en="", country="", iso=None), span)
            if rank <= 2 and place.admin1_en and place.country == "Yemen":
                self._senses.setdefault(bare, place)
            self._placed[(span.start, span.end)] = place
            out.append(Located(place, True, rank, span))
        if not out and len(sources) == 1 and sources[0] is spans[0] and len(spans) == 1 + len(dating):
            # «أفادت مصادر في العاصمة صنعاء أن تظاهرات … عقب تحرير عدن», «… ونقله إلى محافظة صعدة»:
            # no other place but a date's or a destination; the source's city is the best the clause
            # tells (geo_precision 2). A yardstick («على بعد 20 كيلومترا من مدينة ذمار») is no such place.
            span = sources[0]
            self._told_by.add((span.start, span.end))
            place = replace(place_from_span(span), geo_precision=2)
            out.append(Located(place, True, kind_rank(span.attrs.get("kind", "")), span))
        if not out and announced and not measured:
            # «وأعلنت المقاومة في الضالع أن 7 مسلحين حوثيين من محافظة ذمار قتلوا», «قال سكان في مدينة
            # تعز إن الحوثيين قصفوا … من مواقعهم في جبل الحوبان»: nothing else but an origin or a
            # launch site is named; residents and fighters tell of their own place
            span = min(announced, key=lambda s: kind_rank(s.attrs.get("kind", "")))
            out.append(Located(replace(place_from_span(span), geo_precision=2), True, kind_rank(span.attrs.get("kind", "")), span))
        taken = [c for c in out if c.span is not None and _taken_back(
            tokens, self._tok_index(tokens, c.span.end - 1) + 1, clause.tok_end)]
        if taken:  # «… في عدن للمشاركة في تطهير مدينة زنجبار التي استردها الثوار»: the taking was there
            out = taken
        placed = {id(c.span) for c in out if c.span is not None}
        self._elsewhere |= {(s.start, s.end) for s in spans if id(s) not in placed and s not in reference_points}
        return out

    def _government_named(self, tokens: list[Token], idx: int, prev: list[Token], span: Span) -> bool:
        """A city named bare, with no head word, right after a verb of what a government does
        (`government_verbs`: «سمحت أنقرة», «طالبت دمشق», «أعلنت طهران», also after «و/ف»: «وسمحت أنقرة») is its subject: the
        capital stands for its government; so is one right after «بين» with a named party after its
        «و» («بين أنقرة والمتمردين الأكراد», «بين بغداد وحكومة الإقليم»: two sides, not two places); so
        is one right after «بحسب/حسب» (`government_sources`:
        «بحسب أنقرة», the source), and one right after a noun of government (`government_nouns`:
        «لحكومة طرابلس», «برلمان طبرق»: the government by its seat). So is one right after an entering noun or verb
        (`war_entry_nouns`: «دخول», «دخلت») with a word of war within the next three
        (`war_words`: «دخول أنقرة بقوة في الحملة العسكرية», «دخلت موسكو الحرب»): not «دخول صنعاء»."""
        if not prev or span.attrs.get("kind") != "city" or span.attrs.get("head"):
            return False
        if prev[-1].norm in self.government_sources:
            return True  # «… في هذه الغارات بحسب أنقرة»: the government as the source, not the place
        if variant_in(prev[-1].norm, self.government_nouns, depth=1):
            return True  # «لحكومة طرابلس», «برلمان طبرق»: a government named by its seat, not a place (session 36)
        verb = prev[-1].norm
        verb = verb[1:] if verb[:1] in ("و", "ف") and verb[1:] in self.government_verbs else verb
        if verb in self.government_verbs or any(
                verb.endswith(p) and verb[:-len(p)] in self.government_verbs for p in OBJECT_PRONOUNS):
            return True  # «وهو ما تنفيه أنقرة», «اتهمته دمشق»: the verb with its object pronoun, then its subject;
            # «وسمحت أنقرة …» after «و/ف» too (26 corpus uses of «و/ف» + such a verb + a capital: all its government)
        end = self._tok_index(tokens, span.end - 1) + 1
        if prev[-1].norm in BETWEEN and end < len(tokens) and tokens[end].text.startswith("و") \
                and (tokens[end].start + 1 in self._party_starts or tokens[end].start in self._party_starts):
            return True  # «الهدنة بين أنقرة والمتمردين الأكراد»: the government facing a party, not a place
        if prev[-1].norm not in self.war_entry:
            return False
        return any(variant_in(t.norm, self.war_words) for t in tokens[end:end + 3])

    def _quarter_town(self, span: Span, tokens: list[Token], idx: int, lo: int) -> tuple[Place, int] | None:
        """A quarter of a town its sentence named before it: a name after «حي/حارة», or listed after
        «أحياء/حارات» («سقطت على أحياء حيدان وآل المؤنس والحصن» after «مدينة ظهران الجنوب»). When
        the gazetteer reads the name in another governorate (a namesake: Haydan of Sa'ada) or not at
        all, the quarter lies in that town: the town's place (and rank), geo_precision 2, so the
        quarters of one town are one place, not one event each. None when it is no quarter, no town
        is named before it, or the name already lies in the town's governorate.
        A list the text places right after it («أحياء آل المؤنس والحصن وحيدان في مدينة ظهران
        الجنوب», «قرى الحصن وحيدان بمديرية المخا») lies there: an item the recogniser placed by
        that town or district (`core.entities.places._placed_parts`) is that place too."""
        listed_in = self._listed_in(span)
        if listed_in is not None:
            town = self._placed.get((listed_in.start, listed_in.end)) or place_from_span(listed_in)
            return town, kind_rank(listed_in.attrs.get("kind", ""))
        own = normalized(span.text.split()[0]) if span.text.split() else ""
        head = -1
        if own in word_set("neighbourhood_heads"):
            head = idx
        else:
            stops = word_set("quarter_list_stops")
            for j in range(idx - 1, max(lo, idx - QUARTER_LIST_REACH) - 1, -1):
                norm = tokens[j].norm
                if norm in word_set("quarter_list_heads"):
                    head = j
                    break
                if norm in stops or norm in (".", ":", "(", ")"):
                    return None
        if head < 0:
            return None
        head_start = tokens[head].start
        sentence = self.doc.sentence_of(span.start) or (span.start, span.end)
        later = [s for s in self.spans if span.start <= s.start < sentence[1]]
        if any(b.attrs.get("kind") and inside_glue(self.doc.text[a.end: b.start]) for a, b in zip(later, later[1:])):
            return None  # «قصفوا حي الروضة وحي الجمهوري في مدينة تعز»: the text says where after it
        towns = [s for s in self.spans if sentence[0] <= s.start and s.end <= head_start and not self.in_dateline(s)
                 and 1 <= kind_rank(s.attrs.get("kind", "")) <= 3 and s.attrs.get("admin1_en")
                 and (s.start, s.end) not in self._seats]  # «الحكومة التي تزاول عملها من الرياض»: no town of the event
        if not towns:
            return None
        town_span = towns[-1]
        between = [t for t in tokens if town_span.end <= t.start < head_start]
        told = word_set("attribution_verbs") | {"ان"}
        if any_variant_in((t.norm for t in between), told):
            return None  # «وأعلنت المقاومة في عدن أن الحوثيين قصفوا أحياء …»: the teller's town
        town = self._placed.get((town_span.start, town_span.end)) or place_from_span(town_span)
        if not town.admin1_en or normalized(span.attrs.get("admin1_en", "")) == normalized(town.admin1_en):
            return None
        return town, kind_rank(town_span.attrs.get("kind", ""))

    def _listed_in(self, span: Span) -> Span | None:
        """The place written right after the list `span` is an item of («… وحيدان في مدينة ظهران
        الجنوب»: only other items, «و» and commas before it, then «في/ب»), when the recogniser
        placed `span` there (attrs "listed_in"); None otherwise."""
        near = span.attrs.get("listed_in")
        if not near:
            return None
        sentence = self.doc.sentence_of(span.start) or (span.start, span.end)
        later = [s for s in self.spans if span.start <= s.start < sentence[1]]
        for a, b in zip(later, later[1:]):
            gap = self.doc.text[a.end: b.start]
            if b.attrs.get("place_id") == near and b.attrs.get("kind") and inside_glue(gap):
                return b
            if a.attrs.get("listed_in") != near or any(w != "و" for w in gap.translate(_LIST_PUNCTUATION).split()):
                return None  # the list ends before any place it is said to be in
        return None

    def _spot_inside(self, spot: Span, span: Span) -> bool:
        """`spot` is a place the gazetteer does not know (the tagger's; no kind) written right before a
        district it does know, with only «ب/في مديرية» between: the event is somewhere in that
        district, the place that can be mapped («تبة مسعود بمديرية مشرعة»). Before a governorate or a
        city («منطقة النهدين بصنعاء») the spot, placed by its context, says more than the container —
        unless the text says the spot belongs to it («قرية الخوجرة التابعة لمحافظة الطوال»)."""
        if spot.attrs.get("kind") or not span.attrs.get("kind") or not span.attrs.get("admin1_en") or spot.end > span.start:
            return False
        gap = self.doc.text[spot.end: span.start]
        if self._belongs(gap):
            return True
        return inside_glue(gap) and any(w.removeprefix("ب").removeprefix("ال") in DISTRICT_HEADS
                                        for w in normalized(gap).split())

    def _middle_of(self, before: Span, span: Span) -> bool:
        """`span` follows the place before it with only «وسط/بوسط» (after an optional «في», before
        head words such as «مدينة», «العاصمة») between: «منطقة التأميم وسط الرمادي» is a quarter in
        the middle of that town, one place, not two. «وسط» is kept out of `compass_words`: elsewhere
        it is "amid" («… وسط اشتباكات»), and here nothing but head words may follow it."""
        if before.end > span.start:
            return False
        words = normalized(self.doc.text[before.end: span.start].translate(_LIST_PUNCTUATION)).split()
        if words and words[0] == "في":
            words = words[1:]
        if not words or words[0] not in ("وسط", "بوسط"):
            return False
        heads = word_set("place_heads") | {normalized("العاصمة")}
        return all(w in heads for w in words[1:])

    def _belongs(self, gap: str) -> bool:
        """The words between two places are «التابعة ل…» (the head of the second one follows)."""
        words = normalized(gap).split()
        return len(words) == 2 and words[0] in self.belonging_words and words[1] == "ل"

    def _told_around(self, before: Span, span: Span) -> bool:
        """`span` is written right after a place (not a facility) of its governorate with only «ب/في»
        (and head words) between: it says where that place lies."""
        if kind_rank(before.attrs.get("kind", "")) == 0:
            return False  # «مستشفى الجمهورية في عدن»: a facility is often where the wounded were taken
        if not encloses(span.attrs.get("kind", ""), before.attrs.get("kind", "")):
            return False  # «شبوة في مديرية بيحان»: a district after its governorate is no container
        inner, outer = before.attrs.get("admin1_en"), span.attrs.get("admin1_en")
        return bool(inner) and bool(outer) and normalized(inner) == normalized(outer) \
            and before.end <= span.start and inside_glue(self.doc.text[before.end: span.start])

    def _hosted_gathering(self, tokens: list[Token], idx: int, lo: int, span: Span) -> bool:
        """The place at token `idx` is written right after «في/ب» (head words skipped) at most
        GATHERING_REACH words after a word of a gathering (`gathering_words`: «مؤتمر», «قمة», «كأس»,
        «بطولة», «محادثات» …) that follows at most GATHERING_TIME_REACH words after a word placing the
        deed in time against it (`gathering_time_words`: «قبل», «عشية», «خلال», «هامش» …): «قبل أيام من
        قرعة تصفيات كأس العالم 2018 في سان بطرسبرغ», «عشية مؤتمر المانحين في الكويت» — where the
        gathering is held, a reference in time, not where the deed was."""
        token = tokens[idx]
        j = idx - 1
        glued = token.start < span.start and normalized(token.text).startswith("ب")
        if not glued:
            while j >= lo and tokens[j].norm in self.heads:
                j -= 1
            if j < lo:
                return False
            if tokens[j].norm != "في" and not (tokens[j].norm.startswith("ب")
                                                and tokens[j].norm[1:] in self.heads):
                return False
            j -= 1
        gatherings, times = word_set("gathering_words"), word_set("gathering_time_words")
        for g in range(j, max(lo, j - GATHERING_REACH + 1) - 1, -1):
            if tokens[g].text in "،,.:؛" or tokens[g].norm in ("و", "،"):
                return False
            if variant_in(tokens[g].norm, gatherings) \
                    and any(variant_in(t.norm, times) for t in tokens[max(lo, g - GATHERING_TIME_REACH): g]):
                return True  # «قبل أيام من قرعة تصفيات كأس العالم»: the draw, the cup's, is the time's
        return False

    def _suburb_pair(self, first: Span, second: Span, city: Span) -> bool:
        """`first` and `second` are two places of one governorate written one right after the other
        with «ب/في» between, a word of a suburb (`suburb_words`: «ضاحية», «ضواحي») right before one of
        them, and `city` is the bigger of the two (a city or a place of a higher rank than the other):
        «في فيرجسون بضاحية سانت لويس», «في ضاحية سانت لويس في فيرجسون», «في ضاحية المعادي في القاهرة»
        — the smaller is where the event was, the city a reference point (not a second event)."""
        if first.end > second.start or city not in (first, second):
            return False
        other = second if city is first else first
        big, small = city.attrs.get("kind", ""), other.attrs.get("kind", "")
        if kind_rank(small) == 0 or not small or big in COUNTRY:
            return False
        if not (kind_rank(big) > kind_rank(small) or (big.lower() == "city" and small.lower() != "city")):
            return False
        inner, outer = first.attrs.get("admin1_en"), second.attrs.get("admin1_en")
        if not inner or not outer or normalized(inner) != normalized(outer):
            return False
        suburbs = word_set("suburb_words")
        gap = [normalized(w) for w in self.doc.text[first.end: second.start].replace("ـ", " ").split()]
        before = [normalized(w) for w in self.doc.text[max(0, first.start - 30): first.start].split()][-1:]
        if gap and gap[0] != "في" and gap[0].startswith("ب") and len(gap[0]) > 1:
            gap = ["في", gap[0][1:]] + gap[1:]  # «بضاحية»
        if not gap or gap[0] != "في":
            return False
        gap = gap[1:]
        told = any(w in suburbs for w in gap) or any(w.removeprefix("ب") in suburbs for w in before)
        return told and all(w in suburbs or w.removeprefix("ال") in self.heads for w in gap)

    def _seat_of(self, before: Span, span: Span) -> bool:
        """`span` is written right after a place (no country) with only a word of a seat
        (`seat_words`: «مركز», «عاصمة») and head words between: «محافظة أربيل مركز إقليم كردستان»,
        «مدينة كويتا عاصمة إقليم بلوشستان» — the area the place before is the seat of, not the event's
        place."""
        if before.attrs.get("kind") in COUNTRY or before.end > span.start:
            return False
        words = [normalized(w) for w in self.doc.text[before.end: span.start].replace("،", " ").split()]
        return bool(words) and words[0] in word_set("seat_words") and len(words) <= 3 \
            and all(w in self.heads for w in words[1:])

    def _destination_cue(self, norm: str) -> bool:
        """`norm` is a destination cue (`destination_cues`: «باتجاه», «نحو», «إلى» …), also glued to «و»
        when more than three letters follow it: «وباتجاه», not «والي» (a governor) nor «ونحو» (about)."""
        return norm in self.destinations or (norm.startswith("و") and len(norm) > 4 and norm[1:] in self.destinations)

    def _fleeing(self, tokens: list[Token], idx: int, lo: int) -> bool:
        """The destination cue before the place at token `idx` (heads skipped) follows, at most
        FLIGHT_REACH words back and no punctuation between, a word of flight (`flight_words`: «نزوح
        المئات من العائلات باتجاه …», «الفرار نحو …») or of heading (`heading_words`): people went
        there, away from the event. Not an advance («محاولة للتقدم نحو مديريتي مودية والوضيع»: the
        fight was there)."""
        j = idx - 1
        while j >= lo and tokens[j].norm in self.list_heads:
            j -= 1
        words = word_set("flight_words") | self.heading
        k, reach = j - 1, FLIGHT_REACH
        while k >= lo and reach > 0:
            norm = tokens[k].norm
            if tokens[k].is_punct:
                return False
            if norm in words:
                return True
            if self._destination_cue(norm):
                reach = FLIGHT_REACH + 1  # «نزوح … باتجاه بلدات صدد وفيروزة وباتجاه مدينتي حمص»: the flight's second cue
            k, reach = k - 1, reach - 1
        return False

    def _toward_list(self, tokens: list[Token], idx: int, lo: int, span: Span) -> bool:
        """«نزوح … باتجاه بلدات صدد وفيروزة وزيدل», «وباتجاه مدينتي حمص ودمشق»: a place in a list right
        after a destination cue of flight (`_fleeing`; the cue also glued to «و») and a plural or dual head — past at most
        TOWARD_ITEMS words of items before it the recogniser did not read as places (no preposition
        among them, `TOWARD_STOPS`), when the place is joined to them by «و» — is where someone
        headed too."""
        j = idx - 1
        glued = (tokens[idx].norm.startswith("و") and tokens[idx].start < span.start) or span.text.startswith("و")
        if not glued and j >= lo and tokens[j].norm == "و":
            glued, j = True, j - 1
        items = 0
        while j >= lo:
            norm = tokens[j].norm
            if tokens[j].is_punct:
                return False
            if self._destination_cue(norm):
                return self._fleeing(tokens, j + 1, lo)
            if norm not in self.list_heads \
                    and not (glued and any(s.start <= tokens[j].start < s.end for s in self.spans)):
                items += 1  # (a place read before it is an item of the list too)
                if not glued or items > TOWARD_ITEMS or norm.lstrip("و") in TOWARD_STOPS:
                    return False
            j -= 1
        return False

    def _other_place(self, tokens: list[Token], spans: list[Span], indexes: list[int], k: int, lo: int) -> bool:
        """Whether the clause names a place besides place k and one right after it that only says
        where k lies: «خطف 30 من أبناء بلدة X الواقعة في محافظة Y» names the town the people were
        taken in, «من سكان مخيم الجلزون … خلال مواجهات في مدينة القدس» a home and the event's place."""
        for j, other in enumerate(spans):
            if j == k or (j == k + 1 and self._container(
                    tokens, self._before(tokens, indexes[j], lo, 5), spans[k], other)):
                continue
            return True
        return False

    def _container(self, tokens: list[Token], prev: list[Token], before: Span, span: Span) -> bool:
        """«X الواقعة في Y», «X التي تقع في Y» right after place X of the same governorate: Y only
        says where X lies (the mountain a district is on, the city a district is in); so does «X
        التابعة لY» (the unit a village belongs to)."""
        words = [t.norm for t in prev[-2:]]
        belongs = self._belongs(self.doc.text[before.end: span.start])
        if not belongs and (len(words) < 2 or words[-1] != "في" or words[-2] not in self.between_words):
            return False
        if len(self.doc.text[before.end: span.start].split()) > 4:
            return False
        inner, outer = before.attrs.get("admin1_en"), span.attrs.get("admin1_en")
        return bool(inner) and (not outer or normalized(inner) == normalized(outer))

    def _condemners_place(self, tokens: list[Token], idx: int, prev: list[Token]) -> bool:
        """A condemnation verb (`condemnation_verbs`) among the four words before the place, with no
        trigger between it and the place: the place is the condemners' («أدان أهالي محافظة القطيف»),
        not the condemned attack's («ونددت الحكومة بقصف الحوثيين مدينة تعز»: the shelling's target)."""
        at = next((t for t in reversed(prev[-4:]) if variant_in(t.norm, self.condemners, depth=1)), None)
        if at is None:
            return False
        verb = next(j for j in range(idx - 1, -1, -1) if tokens[j] is at)
        return not any(True for _ in trigger_matcher().find(tokens[verb + 1: idx]))

    def _announcer(self, tokens: list[Token], idx: int, prev: list[Token]) -> bool:
        """«وأعلنت المقاومة في عدن أمس أن الحوثيين قصفوا …»: the place of whoever tells, between a
        telling verb (at most four words before) and the «أن/إن» of what is told."""
        if not any(t.norm in _TOLD_THAT for t in tokens[idx + 1: idx + 5]) and not _told_after_name(tokens, idx):
            return False
        if any_variant_in((t.norm for t in prev[-4:]), self.attribution, depth=1):
            return True
        # «وقال القيادي في الحزب فلان في قاطع مخمور، إن …»: the teller's title and name between the
        # verb and his place, none of what is told yet (no «أن/إن» between)
        window = tokens[max(0, idx - ANNOUNCER_FAR): idx]
        for k in range(len(window) - 1, -1, -1):
            if any_variant_in((window[k].norm,), self.attribution, depth=1):
                # (a colon or an opening quote: what is told has begun — «وقال فلان: أصبت في المعلا بعد أن …»)
                return not any(t.norm in _TOLD_THAT or t.text in ".؟!:«\"" for t in window[k + 1:])
        return False

    def _measured_from(self, span: Span | None) -> bool:
        """A place named as a yardstick: a distance cue in the 8 tokens before it, in its sentence."""
        where = self._where_named(span) if span is not None else None
        return bool(where) and self._yardstick(where[0], where[1], 0)

    def _road_end(self, span: Span) -> bool:
        """`span` is one end of a road or bridge named in its sentence (`_linked`)."""
        where = self._where_named(span)
        return where is not None and self._linked(where[0], where[1], 0, roads_only=True)

    def _placed_by_road_end(self, span: Span) -> bool:
        """A facility the recogniser placed at a town that is only an end of a road named in its
        sentence («وجسر الحسيني الرابط بين عدن ولحج» put in Aden): it is placed by context instead."""
        name = normalized(span.attrs.get("near_name_ar") or "")
        if not name or kind_rank(span.attrs.get("kind", "")) != 0 or self._named_after_town(span):
            return False  # «قاعدة العند … بين تعز ولحج» is al-Anad's whatever the road
        sentence = self.doc.sentence_of(span.start)
        if sentence is None:
            return False
        return any(o is not span and sentence[0] <= o.start < sentence[1] and _bare(o.text) == name
                   and self._road_end(o) for o in self.spans)

    def _linked(self, tokens: list[Token], idx: int, lo: int, roads_only: bool = False) -> bool:
        """A place a road or bridge joins, or one that only locates another place: a link word
        (`link_cues`), or «الواقعة/تقع» with «بين» (`between_cues`), before it, with only «بين»,
        place heads, other places' words and «و» between (up to 6 tokens). `roads_only`: a link word
        only («منطقة نقيل العرقوب الواقعة بين محافظتي أبين وشبوة» tells where the place lies)."""
        links, between = word_set("link_cues"), (frozenset() if roads_only else word_set("between_cues"))
        seen_between = seen_place = False
        for k in range(idx - 1, max(lo, idx - 6) - 1, -1):
            t = tokens[k]
            if t.norm in links or (seen_between and t.norm in between):
                return True  # «الطريق الرابط بين …», «منطقة اللحوم الواقعة بين محافظة لحج وعدن»
            if t.text in ROAD_PUNCTUATION:
                continue  # «على طريق (الفيوم – القاهرة)»: the road's ends written in brackets, a dash between
            seen_between = seen_between or t.norm == "بين"
            bare = t.norm.lstrip("و")
            inside_place = any(s.start <= t.start < s.end for s in self.spans)
            if (inside_place or seen_place) and k < idx - 1 and t.norm in word_set("route_heads"):
                return True  # «على طريق عدن أبين»: the second town a road is named after is its other end
            seen_place = seen_place or inside_place
            if not (t.norm in ("بين", "و") or bare in self.heads or bare.startswith(("محافظت", "مديريت", "مدينت"))
                    or bare in word_set("link_gap_words") or inside_place):
                return False  # «بين العاصمة صنعاء ومحافظة المحويت»: a title of the town is no stop
        return False

    def _heading(self, prev: list[Token]) -> bool:
        """«تعزيزات وصلت أمس متوجهة إلى عدن», «أطقم كانت في طريقها إلى المدينة»: a word of forces on
        their way (`heading_words`) before the destination cue — the place is where they were going
        even when the clause names no other (a shell «باتجاه جازان» lands there: no such word)."""
        return len(prev) >= 2 and any_variant_in((t.norm for t in prev[-3:-1]), self.heading, depth=1)

    def _heading_far(self, tokens: list[Token], idx: int, lo: int, span: Span) -> bool:
        """«شحنة أسلحة كانت في طريقها للحوثيين في صنعاء», «… في طريقها إلى ميليشيات الحوثي في مدينة
        صعدة»: a place after «في» (or a glued «ب») at most HEADING_FAR words past a word of heading
        (`heading_words`) and a destination that is no place — a destination cue or a «ل» glued to
        the party — is where that destination is, not where the event was. Not when a place is the
        destination («متجهة إلى مأرب في منطقة نهم»: Nihm is where they were) nor across punctuation."""
        if idx >= len(tokens):
            return False
        j = idx - 1
        while j >= lo and tokens[j].norm in self.heads:
            j -= 1
        if tokens[idx].start < span.start and tokens[idx].norm.startswith("ب"):
            j = idx  # «بصنعاء»: the preposition glued to the place
        elif j < lo or tokens[j].norm != "في":
            return False
        for k in range(j - 2, max(lo, j - 2 - HEADING_FAR) - 1, -1):
            if not variant_in(tokens[k].norm, self.heading, depth=1):
                continue
            to = tokens[k + 1].norm
            if not (variant_in(to, self.destinations, depth=1) or (to.startswith("ل") and len(to) > 3)):
                return False
            between = tokens[k + 1: j]
            return not any(t.is_punct for t in between) \
                and not any(tokens[k + 1].start <= s.start < tokens[j].start for s in self.spans)
        return False

    @staticmethod
    def _purpose(tokens: list[Token], idx: int, lo: int) -> bool:
        """«رفضوا أوامر بالنزول للمشاركة في جبهات القتال في عدن»: a place at most PURPOSE_GAP words
        after a cue of taking part (`purpose_place_cues`) is where they were to fight, not where
        the clause's event was."""
        window = tokens[max(lo, idx - PURPOSE_GAP - 3): idx]
        return any(len(window) - m.token_end <= PURPOSE_GAP for m in word_matcher("purpose_place_cues").find(window))

    def _aimed_at(self, origin: Span, span: Span) -> bool:
        """A word of aim («على», «باتجاه», `aim_words`) between an origin place and the place after
        it: «أطلق من قطاع غزة على جنوب إسرائيل» names where the fire fell, not where Gaza lies."""
        gap = self.doc.text[origin.end: span.start].translate(_LIST_PUNCTUATION).split()
        aims = word_set("aim_words")
        return any(normalized(w) in aims for w in gap)

    def _launched_from(self, prev: list[Token]) -> bool:
        words = [t.norm for t in prev]
        while len(words) > 1 and words[-1] in self.heads:
            words.pop()  # «أطلق مسلحون صاروخا من قطاع غزة»: the place's head word before it
        # «في كل من»: «من» of a list («each of»), no «from» — «غارات استهدفت مواقعهم في كل من منطقة
        # العند ومنطقة صبر» names where their positions are, not where fire came from
        return words[-1:] == ["من"] and words[-2:-1] not in (["كل"], ["وكل"]) \
            and any(variant_in(w, self.origin_words) for w in words)  # «وأطلق مسلحون صواريخ من …»

    def _origin_cue(self, tokens: list[Token], idx: int, lo: int) -> bool:
        """«كان القصف من ناحية المدينة الخضراء», «صواريخ انطلقت من ميناء شقرة», «قوات قدمت من
        مديرية مكيراس» (`origin_cues`, right before the place at token `idx`, its head words
        between): where fire or forces came from. So is a town the origin is told near («من ناحية
        المدينة الخضراء جنوب الحوطة»: a compass word before it, at most ORIGIN_NAME_GAP words of
        the origin's own name before that). Not «من جهة أخرى» (no place follows it)."""
        words = [t.norm for t in tokens[max(lo, idx - 6 - ORIGIN_NAME_GAP): idx]]
        cut = len(words)
        while not self._cue_ends(words, cut) and cut > 0 and words[cut - 1] in self.heads:
            cut -= 1  # «من ناحية مدينة شقرة»: «ناحية» is a head word too
        if self._cue_ends(words, cut):
            return True
        if cut == 0 or not variant_in(words[cut - 1], self.compass):
            return False
        cut -= 1  # «… جنوب الحوطة»: the origin's name before the compass word
        aims = word_set("aim_words")  # not «أطلق من قطاع غزة على جنوب إسرائيل»: where it fell
        return any(self._cue_ends(words, k) and not any(w in aims for w in words[k:cut])
                   for k in range(cut - 1, max(-1, cut - ORIGIN_NAME_GAP - 1), -1))

    def _took_off(self, tokens: list[Token], idx: int) -> bool:
        """«مقاتلات إف-16 أقلعت من قاعدة في ديار بكر وقصفت مواقع …», «أقلعت من القاعدة الجوية في
        دياربكر لشن غارات»: the base aircraft took off from (a `takeoff_verbs` word, «من», then at
        most TAKEOFF_GAP `takeoff_base_words` up to the place at token `idx`), not their target."""
        base, verbs = word_set("takeoff_base_words"), word_set("takeoff_verbs")
        j = idx - 1
        while j >= 0 and idx - 1 - j < TAKEOFF_GAP and (tokens[j].norm in base or tokens[j].norm in self.heads):
            j -= 1
        if j >= 1 and tokens[j].norm in RETURN_TO and variant_in(tokens[j - 1].norm, word_set("return_verbs"), depth=1):
            # «قصفت … مواقع لداعش قبل أن تعود إلى قاعدة ديار بكر»: the base they flew back to — only when
            # aircraft are named before it in the sentence («عادت قوات الحوثي إلى مطار عدن وسيطرت عليه»:
            # where the forces went, the place of the fight)
            return self._flown_before(tokens[0].start, tokens[j - 1].start)
        if j < 1 or tokens[j].norm != "من":
            return False
        if variant_in(tokens[j - 1].norm, verbs, depth=1):
            return True
        # «قصفت إحدى طائرات سلاح الجو الليبي من قاعدة طبرق الجوية أحد المراكب»: a base right after the
        # aircraft that struck (a base word heads it) is where they flew from, not their target
        return (tokens[idx].norm in base or any(t.norm in base for t in tokens[j + 1: idx])) \
            and self._aircraft_ends_at(tokens[j - 1].end)

    def _aircraft_ends_at(self, end: int) -> bool:
        """An aircraft, helicopter or drone named right up to offset `end` («طائرات حربية», «مقاتلات
        تركية»), or an actor right after one («طائرات [سلاح الجو الليبي]»)."""
        def flying(e: Span) -> bool:
            return (e.attrs.get("category") if e.label == "WEAPON" else e.attrs.get("weapon_category")) in FLYING
        last = next((e for e in self.doc.entities if e.end == end), None)
        if last is None:
            return False
        if flying(last):
            return True
        return any(flying(e) and e.end < last.start and not self.doc.text[e.end: last.start].strip()
                   for e in self.doc.entities)

    def _flown_before(self, start: int, end: int) -> bool:
        """An aircraft, helicopter or drone (a WEAPON of `FLYING`, or an actor named by one: «مقاتلات
        تركية») named in text[start:end]."""
        return any(start <= e.start < end and (e.attrs.get("category") if e.label == "WEAPON"
                                               else e.attrs.get("weapon_category")) in FLYING
                   for e in self.doc.entities)

    def _cue_ends(self, words: list[str], cut: int) -> bool:
        return any(cut >= len(cue) and tuple(words[cut - len(cue): cut]) == cue for cue in self.origin_cue_words)

    def _origin_relative(self, tokens: list[Token], end: int, place_start: int, triggers: Sequence[int]) -> bool:
        """«ومدينة الفيصل التي قصفت منها المليشيات …», «… وهي المناطق التي قصفت منها», «التي كان
        الحوثيون يقصفون منها»: the place fire or forces set out from (`_origin_relative_at`), when
        that is the fire the event tells: not when `triggers` (the event's trigger offsets in the
        place's clause) name the place before it (`_named_before`)."""
        at = self._origin_relative_at(tokens, end)
        return at is not None and not self._named_before(tokens, end, place_start, at, triggers)

    def _origin_relative_at(self, tokens: list[Token], end: int) -> int | None:
        """Where the relative pronoun starts (a text offset) of «… التي قصفت منها» told of a place:
        a relative pronoun at most ORIGIN_RELATIVE_GAP words after the place (token `end` is the
        first after it, no other place between), then a verb of fire or of setting out
        (`origin_relative_verbs`) and «منها/منه» (`origin_relative_ends`) within
        ORIGIN_RELATIVE_REACH words. None otherwise; not «التي طرد منها المتمردون», «التي انسحبوا
        منها»: where the deed happened."""
        verbs = word_set("origin_relative_verbs")
        for k in range(end, min(len(tokens), end + ORIGIN_RELATIVE_GAP + 1)):
            if (tokens[k].is_punct and tokens[k].text not in ("،", ",")) \
                    or any(s.start <= tokens[k].start < s.end for s in self.spans):
                return None  # «أحياء مدينة عدن من مدينة الفيصل التي قصفت منها»: the relative is the next place's
            if tokens[k].norm in RELATIVES:
                after = tokens[k + 1: k + 1 + ORIGIN_RELATIVE_REACH]
                at = next((j for j, t in enumerate(after) if t.norm in self.origin_ends), None)
                told = at is not None and any_variant_in((t.norm for t in after[:at]), verbs, depth=1)
                return tokens[k].start if told else None
        return None

    def _named_before(self, tokens: list[Token], end: int, place_start: int, relative: int,
                      triggers: Sequence[int]) -> bool:
        """The event whose trigger offsets are `triggers` names the place (starting at
        `place_start`, token `end` the first after it) as its own target or scene, the relative
        clause (from offset `relative`) telling other fire from there: a trigger before the place,
        none from the relative pronoun on, and no «من» right before the place. «شنت طائرات
        التحالف غارات على مديرية كرش التي تقصف منها الميليشيات مدينة تعز», «تقدمت المقاومة في
        منطقة الفيصل التي كان الحوثيون يقصفون منها عدن»: the strike's target, the advance's
        scene. Not «قصفت الميليشيات حي المنصورة من منطقة الفيصل التي كانوا يقصفون منها»."""
        return any(t < place_start for t in triggers) and not any(t >= relative for t in triggers) \
            and not self._after_from(tokens, end, place_start)

    @staticmethod
    def _relative_end(tokens: list[Token], relative: int, clause: Clause) -> int:
        """Where the relative clause opening at offset `relative` ends: at the clause's end, or at
        a preposition joined by «و» that goes on with the main clause's list («غارات على مديرية كرش
        التي تقصف منها الميليشيات مدينة الحوطة وعلى مواقع في مديرية تبن»)."""
        resumed = word_set("relative_resume_prepositions")
        return next((t.start for t in tokens[clause.tok_start: clause.tok_end]
                     if t.start > relative and t.norm[:1] == "و" and t.norm[1:] in resumed), clause.end)

    def _after_from(self, tokens: list[Token], end: int, place_start: int) -> bool:
        """The place starting at `place_start` (token `end` is the first after it) follows «من»
        (its head words between): told as where something came from, no trigger's target
        («قصفت الميليشيات حي المنصورة من منطقة الفيصل التي كانوا يقصفون منها المدينة»)."""
        j = next((i for i in range(end - 1, -1, -1) if tokens[i].start < place_start), -1)
        while j >= 0 and tokens[j].norm in self.heads:
            j -= 1
        return j >= 0 and tokens[j].norm in ("من", "ومن")

    def origin(self, located: Located, triggers: Sequence[int] = ()) -> bool:
        """«أطلقها الحوثيون من صعدة», «من مواقعها في محافظة صعدة»: where the fire came from
        (`triggers`: the event's trigger offsets in the place's clause, see `_origin_relative`)."""
        if located.span is None:
            return False
        where = self._where_named(located.span)
        if where is None:
            return False
        tokens, idx = where
        before = self._before(tokens, idx, 0, 5)
        if self._launched_from(before) or self._origin_cue(tokens, idx, 0) or self._took_off(tokens, idx):
            return True  # «أطلقها الحوثيون من صعدة», «كان القصف من ناحية المدينة الخضراء»
        if self._origin_relative(tokens, self._tok_index(tokens, located.span.end - 1) + 1, located.span.start, triggers):
            return True  # «مدينة الفيصل التي قصفت منها المليشيات المدينة»
        prev = [t.norm for t in before]
        return prev[-3:-1] in (["من", w] for w in self.origin_words) and prev[-1] == "في"  # «من مواقعها في صعدة»

    def listed(self, cands: list[Located], anchor: Located) -> list[Located]:
        """The places of `cands` written as one list with `anchor` («في محافظتي لحج وأبين»,
        «في تعز ولحج», «العين وجبل عكد»): nothing but «و», commas, prepositions and place words
        (`place_list_words`) between neighbours."""
        spans = sorted((c for c in cands if c.span is not None), key=lambda c: c.span.start)
        at = next((k for k, c in enumerate(spans) if anchor.span is not None and c.span.start == anchor.span.start), None)
        if at is None or len(spans) < 2:
            return cands
        joins = [self._joined(a, b) for a, b in zip(spans, spans[1:])]
        lo = hi = at
        while lo > 0 and joins[lo - 1]:
            lo -= 1
        while hi < len(joins) and joins[hi]:
            hi += 1
        return spans[lo: hi + 1]

    def _dated_list(self, span: Span) -> bool:
        """`span` goes on a list of places an earlier event is dated by («بعد تحرير عدن والحوطة، ولودر،
        وزنجبار»), also past the commas that cut the list into clauses: nothing but «و» and
        punctuation between it and the list's last place."""
        k = bisect_left(self.spans, span.start, key=attrgetter("start"))
        if k == 0 or (self.spans[k - 1].start, self.spans[k - 1].end) not in self._dated:
            return False
        gap = self.doc.text[self.spans[k - 1].end: span.start].translate(_LIST_PUNCTUATION).split()
        return all(word == "و" for word in gap)  # not «…، وفي محافظة لحج شنت طائرات التحالف …»: a clause of its own

    def _joined(self, a: Located, b: Located) -> bool:
        """Nothing but list words between two places; or, between them, at most UNKNOWN_ITEMS items
        of the list the recogniser did not know, each a word after «و» and at most two more
        («في دار سعد وصبر وفي منطقة المعاشيق», «في شارع الأربعين وشمال حي عصيفرة وجبل الوحش»): the
        list goes on past them. A place glued after such an item by «ب»/«في» holds the list, it is
        no item of it («في حي الجهوري والحصبة بالعاصمة صنعاء»)."""
        gap = self.doc.text[a.span.end: b.span.start]
        if gap.strip() == "(" and self.doc.text[b.span.end: b.span.end + 1] == ")":
            return False  # «شرق كردستان (كردستان إيران)»: a gloss of the place before, no second item
        unknown, since = 0, None  # unknown items; words since the «و» that opened the last one
        words = self._without_whereabouts(gap.translate(_LIST_PUNCTUATION).split())
        # «في محافظة لحج وفي الضواحي الشمالية لمدينة عدن»: the next item is a part of Aden
        cut = self._part_of_next(words) if self._other_part(a.span, b.span) else 0
        for word in words[:len(words) - cut]:
            bare = normalized(word.lstrip("وب"))
            if since is not None:
                since += 1
                if word == "في" or word.startswith("ب"):
                    return False  # «في حي الجهوري والحصبة بالعاصمة صنعاء»: what follows holds the list
            if word in ("و", "في", "وفي", "ب") or bare in self.heads or bare in self.list_words \
                    or bare.startswith(("محافظت", "مديريت")):
                continue
            if not word.isalpha():
                return False
            if word.startswith("و") and len(word) > 2 and normalized(word[1:]) not in self.not_items:
                unknown, since = unknown + 1, 0  # «وصبر», «وشمال حي عصيفرة»: an item of its own
                continue
            if since is None or since > UNKNOWN_ITEM_WORDS:
                return False
        return unknown <= UNKNOWN_ITEMS

    def _part_word(self, word: str) -> bool:
        """A word naming a part of a place (`place_part_words`: «الضواحي», «أطراف», «المدخل») or a
        compass word, bare or as an adjective («شمال», «الشمالية», «الشرقي»)."""
        bare = normalized(word)
        bare = bare[2:] if bare.startswith("ال") and len(bare) > 4 else bare
        return bare in self.parts or bare in self.compass or (bare.endswith("ه") and bare[:-1] in self.compass)

    def _part_of_next(self, words: list[str]) -> int:
        """How many words at the end of the gap between two places (`words`) name a part of the next
        one, after a word that opens a new item of a list («و», «وفي», «وعلى»): «وفي الضواحي الشمالية ل|مدينة
        عدن», «وعلى المدخل الشرقي ل|عدن», «وفي شمال |مدينة عدن». 0 when there are none, or no such word
        before them («قرية الزاهر جنوب |مدينة البيضاء»: the town is where the village lies)."""
        k = len(words)
        if k and (words[k - 1] == "ل" or (words[k - 1].startswith("ل") and normalized(words[k - 1][1:]) in self.heads)):
            k -= 1  # «لمدينة عدن», «لعدن»: the part «of» the place
        end = k
        while k > 0 and self._part_word(words[k - 1]):
            k -= 1
        if k == end or k == 0 or normalized(words[k - 1]) not in ITEM_OPENERS:
            return 0  # not «وتقع/وهي/وتحديدا شمال مدينة عدن»: where the place before lies
        return len(words) - k

    def _other_part(self, before: Span, span: Span) -> bool:
        """`span` is told as a part of itself after a word opening a new item (`_part_of_next`), and
        lies in another governorate than the place before it: one event cannot take in both. In
        one governorate the part may be the same ground («في منطقة المفرق والحوبان والمدخل الشرقي
        لمدينة تعز»: the city's eastern entrance is al-Hawban), so that reading is left as it was."""
        one, other = normalized(before.attrs.get("admin1_en", "")), normalized(span.attrs.get("admin1_en", ""))
        if not one or not other or one == other:
            return False
        return self._part_of_next(self.doc.text[before.end: span.start].translate(_LIST_PUNCTUATION).split()) > 0

    def _without_whereabouts(self, words: list[str]) -> list[str]:
        """The words between two places of a list without those that tell where the first lies:
        compass words («جنوب غرب», «وسط») then the whole it lies in (`place_whereabouts`: «المدينة»,
        «المحافظة») — «جبهات جبل صبر والضباب جنوب غرب المدينة، والنقطة الرابع» is one list."""
        compass = self.compass | {"وسط"}
        out: list[str] = []
        k = 0
        while k < len(words):
            j = k
            while j < len(words) and normalized(words[j]) in compass:
                j += 1
            if j > k and j < len(words) and normalized(words[j]) in self.whereabouts:
                k = j + 1
                continue
            out.append(words[k])
            k += 1
        return out

    def _context(self, span: Span, sentence_only: bool = False, exclude_origins: bool = False) -> Place | None:
        """The region the text puts `span` in: the nearest other known place of its sentence (not,
        with `exclude_origins`, a place things came from: «تعزيزات من عدن»), else (unless
        `sentence_only`) the paragraph's carried place, else the article's governorate."""
        sentence = self.doc.sentence_of(span.start) or (span.start, span.end)
        main = self._main_country()
        known = [s for s in self.spans if sentence[0] <= s.start < sentence[1] and s is not span and not self.in_dateline(s)
                 and s.attrs.get("kind") and (s.attrs.get("admin1_en") or kind_rank(s.attrs["kind"]) == 4)
                 and not (exclude_origins and self._from(s))
                 and not _placed_by(s, span)  # «معسكر الصدرين بمنطقة مريس»: the camp was put where the name is
                 and not self._region(s)  # «بمحافظة الضالع إقليم عدن»: a region of several governorates
                 and not (main and s.attrs.get("country") and s.attrs["country"] != main)  # «الأحمدي» (Kuwait) in Aden news
                 and not self._hosts(s)  # «قبل قرعة كأس العالم في سان بطرسبرغ»: the gathering's town
                 and not self._road_end(s) and not self._placed_by_road_end(s)]  # «وجسر الحسيني الرابط بين عدن
        # ولحج»: where a road leads is not where it is, nor is a facility the recogniser put at such an end
        # «حول ضاحية عدن الشمالية، حيث حاول المقاتلون … في اتجاه محافظة لحج»: where fighters head is
        # not where an unknown place lies; such a place lends its region only when nothing else does
        if known:  # (with none known there is nothing to keep: what is told around the sentence is not asked)
            known = [s for s in known if not self._headed_to(s)] or ([] if self._told_around_sentence(span) else known)
        if known:
            nearest = min(known, key=lambda s: abs(s.start - span.start))
            # where this resolver put it, if it did: «منطقة الدمنة» (a Lahij homonym) moved to Taiz
            # places «والحوبان» after it in Taiz too
            return self._placed.get((nearest.start, nearest.end)) or place_from_span(nearest)
        if sentence_only:
            return None
        antecedent = self._anaphor_in(sentence, span)
        if antecedent is not None:
            return antecedent  # «في منطقة "بوسان" بالمديرية» after «مديرية "أرحب"»: in that district
        if self.carried is not None:
            return self.carried.place
        article = self.article_place()
        return article.place if article is not None else None

    def without_doubtful(self, cands: list[Located]) -> list[Located]:
        doubtful = self.doubtful(cands)
        return [c for c in cands if id(c) not in doubtful] or cands

    def doubtful(self, cands: list[Located]) -> set[int]:
        """«في منطقة العروق بمديرية الشرية», «همدان بمدينة الحزم», «معسكر الصدرين بمنطقة مريس»: a
        place glued to «ب» right after another is where that one lies, as the text says. When the
        gazetteer puts the two in different governorates (a namesake elsewhere), one of them
        is doubtful: the one a governorate told around them (named in the sentence, else the
        paragraph's place, else the article's) contradicts, else the contained one. The ids of
        the doubtful candidates; they are no place of their own."""
        text = self.doc.text
        out: set[int] = set()
        for c in cands:
            for o in cands:
                if o is c or c.span is None or o.span is None or o.span.start <= c.span.end \
                        or not self._glued_inside(text[c.span.end: o.span.start]) \
                        or contains(o.place, c.place) or not c.place.admin1_en or not o.place.admin1_en \
                        or normalized(c.place.admin1_en) == normalized(o.place.admin1_en):
                    continue  # only readings in two governorates disagree
                around = self._governorate_around(c.span, (c.span, o.span))
                if around and normalized(o.place.admin1_en) != around and normalized(c.place.admin1_en) == around:
                    out.add(id(o))  # «بمنطقة مريس» read in Shabwah, the camp and its news in al-Dhale
                else:
                    out.add(id(c))
        return out

    def _council_member(self, words: list[Token]) -> bool:
        """«وقال رئيس مجلس قضاء الخالدية», «عضو مجلس محافظة الأنبار»: a member of a local council
        (`council_member_words` right before `council_words`) names the council's place like a
        governor («محافظ عدن»): where the teller sits, not the deed (not «أمام مجلس مدينة أبوحماد»:
        the council's building)."""
        return any(variant_in(a.norm, self.council_members) and variant_in(b.norm, self.councils)
                   for a, b in zip(words, words[1:]))

    def _glued_inside(self, gap: str) -> bool:
        """The text between two places says the first lies in the second: «ب» glued to the second
        («بمنطقة مريس»), with at most one definite compass adjective of the first between («… الشرقي
        بمدينة»), or that adjective and «في» («بمنطقة الساحل الشرقي في مدينة درنة»): the adjective is a
        part of the first one's name, not the compass word of a reference point («… شرق مدينة درنة»),
        so the second is no reference point but where the first lies."""
        words = gap.split()
        if gap.endswith("ب"):
            words = gap[:-1].split()
        elif len(words) == 2 and normalized(words[-1]) == "في":
            words = words[:-1]  # a bare «X في Y» stays two places: «معسكر المنار في مديرية الحيمة» was measured
            # to lose a (chance) match on the Yemen read part, so only the adjective's shape is read here
        else:
            return False
        return len(words) <= 1 and all(normalized(w).startswith("ال") and variant_in(normalized(w)[2:], self.compass)
                                       for w in words)

    def _governorate_around(self, span: Span, skip: tuple[Span, ...]) -> str:
        """The governorate the text tells around `span`: one named in its sentence, else the
        paragraph's carried place's, else the article's ("" when none)."""
        sentence = self.doc.sentence_of(span.start) or (span.start, span.end)
        named = [s for s in self.spans if sentence[0] <= s.start < sentence[1] and s not in skip
                 and s.attrs.get("kind") == "governorate" and s.attrs.get("admin1_en")]
        if named:
            return normalized(min(named, key=lambda s: abs(s.start - span.start)).attrs["admin1_en"])
        for located in (self.carried, self.article_place()):
            if located is not None and located.place.admin1_en:
                return normalized(located.place.admin1_en)
        return ""

    def _main_country(self) -> str:
        """The country most of the article's places are in ("" when none)."""
        if self._country is None:
            counts: dict[str, int] = {}
            for s in self.spans:
                c = s.attrs.get("country") or ""
                if c:
                    counts[c] = counts.get(c, 0) + 1
            self._country = max(counts, key=counts.__getitem__) if counts else ""
        return self._country

    def _headed_to(self, span: Span) -> bool:
        """«في اتجاه محافظة لحج», «باتجاه عدن»: the place right after a destination cue (heads
        skipped) is where someone was heading."""
        where = self._where_named(span)
        if where is None:
            return False
        before = self._before(where[0], where[1], 0, 1)
        return (bool(before) and variant_in(before[-1].norm, self.destinations, depth=1)) \
            or self._heading_far(where[0], where[1], 0, span)

    def _told_around_sentence(self, span: Span) -> bool:
        """Whether anything outside the sentence of `span` places it (an anaphor's antecedent, the
        paragraph's carried place, the article's governorate)."""
        sentence = self.doc.sentence_of(span.start) or (span.start, span.end)
        return self._anaphor_in(sentence, span) is not None or self.carried is not None \
            or self.article_place() is not None

    def _from(self, span: Span) -> bool:
        """«من عدن»: the place right after «من» (heads skipped)."""
        where = self._where_named(span)
        if where is None:
            return False
        before = self._before(where[0], where[1], 0, 1)
        return bool(before) and before[-1].norm in ("من", "ومن")

    def _hosts(self, span: Span) -> bool:
        """`span` is the town of a gathering the deed is dated by (`_hosted_gathering`)."""
        where = self._where_named(span)
        return where is not None and self._hosted_gathering(where[0], where[1], 0, span) \
            and self._deed_place_beside(span)

    def _deed_place_beside(self, span: Span) -> bool:
        """Another place is named before `span` in its sentence (the deed's own: «في فندق بمدينة
        زيوريخ، قبل أيام من قرعة … في سان بطرسبرغ»); with none («اعتقلت الشرطة المحتجين خلال قمة العشرين
        في أنطاليا») the gathering's town is the deed's too."""
        sentence = self.doc.sentence_of(span.start) or (span.start, span.end)
        return any(sentence[0] <= s.start < span.start and not self.in_dateline(s) for s in self.spans)

    def _quoted_head(self, span: Span) -> str:
        """The head word before the opening quote of a quoted name or list of names («منطقة "بوسان"»,
        «جبهتي، "الجفينة، والفاو"»): the name is a place of that type («" when there is none)."""
        where = self._where_named(span)
        if where is None:
            return ""
        tokens, idx = where
        from core.entities.gazetteer import Gazetteer
        from core.entities.places import OPEN_QUOTES

        rules = Gazetteer.load().rules
        for k in range(idx - 1, max(0, idx - 8) - 1, -1):
            t = tokens[k]
            if t.text in OPEN_QUOTES:
                j = k - 1
                if j >= 0 and tokens[j].text in ("،", ",", ":"):
                    j -= 1
                head = tokens[j].norm if j >= 0 else ""
                for v in proclitic_variants(head):
                    if v in rules.admin_heads or v in rules.facility_heads or v in rules.dual_heads:
                        return v
                return ""
            if not (t.text in ("،", ",") or t.norm == "و" or any(o.start <= t.start < o.end for o in self.spans)):
                return ""  # only other names of the list between the quote and this one
        return ""

    def _list_head(self, span: Span) -> str:
        """The head word of the list `span` is a later item of («بمنطقة القاعدة والمفرق والحوبان»,
        «مناطق المعاين، والطلح»): every item is a place of that type, also one the gazetteer reads
        as a far country's region or a district elsewhere, and also when an earlier item is a word
        it does not know or another recogniser took («القاعدة»). "" when `span` is no such item."""
        where = self._where_named(span)
        if where is None:
            return ""
        tokens, idx = where
        comma = lambda k: k >= 0 and tokens[k].text in ("،", ",")  # noqa: E731
        if not (tokens[idx].norm.startswith("و") or comma(idx - 1)):  # the first item («مواقع الطلح ومران»)
            return self._area_head(tokens[idx - 1].norm if idx > 0 else "")
        k, items = idx - 1, 0
        while k >= 0 and items <= 6:
            if comma(k):
                k -= 1
                continue
            t = tokens[k]
            head = self._area_head(t.norm)
            if head:
                return head
            inside = next((s for s in self.spans if s.start <= t.start < s.end), None)
            first = k if inside is None else self._tok_index(tokens, inside.start)
            if not tokens[first].norm.isalpha():
                return ""
            items += 1
            if not (tokens[first].norm.startswith("و") or comma(first - 1)):  # the list's first item
                return self._area_head(tokens[first - 1].norm if first > 0 else "")
            k = first - 1
        return ""

    def _area_head(self, norm: str) -> str:
        """The area head (`area_heads`) a word is, with or without its proclitics; "" when none."""
        return next((v for v in proclitic_variants(norm) if v in self.area_heads), "")

    def _region(self, span: Span) -> bool:
        """A place named after a region word («إقليم عدن», Yemen's federal region of Aden, Lahij,
        al-Dali' and Abyan): wider than a governorate, so no hint of where a place near it lies."""
        where = self._where_named(span)
        if where is None:
            return False
        tokens, idx = where
        return idx > 0 and variant_in(tokens[idx - 1].norm, self.region_heads)

    def _area_governorate(self, place: Place, span: Span, listed: str) -> Place | None:
        """«داخل محافظة صعدة … وتحديدا مناطق المعاين، والطلح»: a name in a list under «مناطق/مواقع»
        (`_list_head`) that the gazetteer reads as a district of another governorate than
        the one its sentence names (the nearest place of its country) is a locality of that one:
        Sa'dah's al-Talh, not Shabwah's district — also in a Saudi paper's article."""
        if not listed:
            return None  # «منطقة حرض» with its own head is Hajjah's district, whatever else the sentence names
        if not place.country or not place.admin1_en:
            return None
        sentence = self.doc.sentence_of(span.start) or (span.start, span.end)
        known = [s for s in self.spans if sentence[0] <= s.start < sentence[1] and s is not span
                 and not self.in_dateline(s) and s.attrs.get("kind") and s.attrs.get("admin1_en")
                 and s.attrs.get("country") == place.country]
        if not known:
            return None
        nearest = min(known, key=lambda s: abs(s.start - span.start))
        around = self._placed.get((nearest.start, nearest.end)) or place_from_span(nearest)
        return around if normalized(around.admin1_en) != normalized(place.admin1_en) else None

    def _foreign(self, place: Place, span: Span, quoted_head: str = "") -> bool:
        """«منطقة الفاو» next to «محافظة مأرب» is a Yemeni locality, not Iraq's al-Faw: a small
        place with a head word whose country is not the one its own sentence names — or, when its
        sentence names no other place, a neighbour's town away from the border regions
        (`border_regions`) in a paragraph or article about the country beside it, or a far country's
        town written in quotes after a head word other than «مدينة/بلدة» (`quoted_head`, from
        `_quoted_head`: «في منطقة "بوسان" بالمديرية»). Unquoted, a far town stays itself («وفي
        سوريا … على منطقة دوما»). Nor is a place whose own governorate its sentence names («مدينة
        منبج بريف حلب» in a Turkish report: Aleppo's Manbij, whatever country the article is about)."""
        if self._region_told(place, span):
            return False
        around = self._context(span, sentence_only=True)
        if around is None:  # nothing else named in the sentence: the paragraph's or article's place
            around = self._context(span)
            if around is None or not around.country or not place.country or around.country == place.country:
                return False
            far = place.country not in context()["neighbouring_countries"].get(around.country, ())
            if far and quoted_head and quoted_head not in CITY_HEADS:
                return True  # «في منطقة "بوسان" بالمديرية» in Sanaa news is no city of Korea
            if place.kind == "city":
                return False  # «وفي مدينة الضالع …» after a Jazan sentence: a city is itself
            # only a neighbour's town away from the border: «جبهة البلق جنوب غربي المحافظة» in Marib
            # news is not the Riyadh region's village of that name
            border = context()["border_regions"].get(around.country, {}).get(place.country)
            return border is not None and normalized(place.admin1_en) not in {normalized(b) for b in border}
        if not around.country or not place.country or around.country == place.country:
            return False
        # a neighbour's town is itself («قذائف على مدينة نجران … من صعدة»: the border war)
        return place.country not in context()["neighbouring_countries"].get(around.country, ())

    def _region_told(self, place: Place, span: Span) -> bool:
        """`span`'s sentence also names the first-level region the gazetteer puts `place` in (that
        region, or another place of it, in the same country)."""
        if not place.admin1_en or not place.country:
            return False
        sentence = self.doc.sentence_of(span.start) or (span.start, span.end)
        own = normalized(place.admin1_en)
        return any(sentence[0] <= s.start < sentence[1] and s is not span and s.attrs.get("kind")
                   and s.attrs.get("country") == place.country and normalized(s.attrs.get("admin1_en", "")) == own
                   and not (s.start < span.end and span.start < s.end) for s in self.spans)

    def _stray(self, place: Place, span: Span) -> bool:
        """«منطقة العين» in a sentence about «محافظة أبين» read as Taizz's al-Ayn: a town or
        sub-district whose governorate nothing near it names, in a sentence (else a paragraph)
        the text puts in another governorate — the gazetteer knows the name in one Yemeni place only,
        so it could not choose the one the text means. A name it knows in several Yemeni places
        («كرش», «شقرة») was already chosen by context and is kept, unless it is a village none of
        whose readings lies in the context's governorate («منطقة النخيلة» beside «محافظة لحج»)."""
        if not place.admin1_en or place.country != "Yemen" or place.kind == "city" \
                or normalized(place.name_ar) == normalized(place.admin1_ar):
            return False  # «مدينة عدن», «مدينة القاعدة»: cities are no homonyms to second-guess
        # a curated front line moves only by its own sentence («منطقة الجفينة بمحافظة الجوف»): in a
        # paragraph about Taiz «منطقة الجفينة جنوب غرب المدينة» is still Marib's
        curated = str(span.attrs.get("place_id", "")).startswith("cur:")
        around = self._context(span, sentence_only=curated, exclude_origins=True)
        if around is None or not around.admin1_en or around.admin1_en == place.admin1_en or around.country != place.country:
            return False
        if curated and self._compass_reference_after(span):
            return False  # «منطقة صبر في شمال عدن»: a curated place told beside another is not inside it
        alternatives = [alt for alt in span.attrs.get("alternatives") or [] if alt.get("country") == "Yemen"]
        if alternatives and (place.kind not in ("village", "subdistrict") or any(
                normalized(alt.get("admin1_en", "")) == normalized(around.admin1_en) for alt in alternatives)):
            return False  # the recogniser weighed the readings («كرش» the town); a village no reading fits moves
        s_idx = self.doc.sentence_index(span.start)
        if s_idx is None:
            return False
        lo = self.doc.sentences[max(0, s_idx - 1)][0]
        hi = self.doc.sentences[min(len(self.doc.sentences) - 1, s_idx + 1)][1]
        own = normalized(place.admin1_en)
        return not any(s is not span and lo <= s.start < hi and normalized(s.attrs.get("admin1_en", "")) == own
                       and not _placed_by(s, span) for s in self.spans)

    def _compass_reference_after(self, span: Span) -> bool:
        """«منطقة صبر في شمال عدن», «منطقة دوفس شرق محافظة عدن»: the next place of the sentence follows
        `span` after a compass word (at most COMPASS_REFERENCE_GAP words: the compass word, «في», «إلى»,
        «من»), with nothing named between: it is what `span` is told beside."""
        sentence = self.doc.sentence_of(span.start) or (span.start, span.end)
        later = [s for s in self.spans if span.end <= s.start < sentence[1]]
        if not later:
            return False
        nxt = min(later, key=attrgetter("start"))
        words = [normalized(w) for w in self.doc.text[span.end: nxt.start].translate(_LIST_PUNCTUATION).split()]
        return 0 < len(words) <= COMPASS_REFERENCE_GAP and any_variant_in(words, self.compass) \
            and all(variant_in(w, self.compass) or w in COMPASS_GLUE for w in words)

    @staticmethod
    def _named_after_town(span: Span) -> bool:
        """A facility named after the governorate, city or curated place the gazetteer placed it by
        («مطار تعز», «ميناء الحديدة», «قاعدة العند»); not after a district, sub-district or village
        that may be a homonym (`_named_after_homonym`)."""
        near, name = span.attrs.get("near_place_id") or "", span.attrs.get("near_name_ar") or ""
        if not near.startswith(("ye:g:", "gn:", "cur:")) or not name \
                or normalized(span.text.split()[0]) in word_set("route_heads"):
            return False  # «طريق عدن - تعز», «مدخل صنعاء»: a road or an entrance is named after where it leads
        return f" {normalized(name)} " in f" {normalized(span.text)} "

    def _placed_by_homonym(self, span: Span) -> bool:
        """A facility the recogniser placed by a minor gazetteer place the text names beside it
        («معسكر الصدرين الاستراتيجي بمنطقة مريس»): as uncertain as that name (`_named_after_homonym`)."""
        near = span.attrs.get("near_place_id") or ""
        return near.startswith(("ye:d:", "ye:u:", "ye:v:")) and any(
            s is not span and s.attrs.get("place_id") == near for s in self.spans)

    def _named_after_district_beside(self, span: Span) -> bool:
        """«قبيل وصولهم إلى منطقة حرض … التعزيزات التي وصلت وادي حرض …، فيما أفشلت تحركات في منطقة
        صرواح»: a landmark named after a district its own sentence names by itself, the district's
        reading kept, lies in that district; a later place of the sentence does not move it."""
        near = span.attrs.get("near_place_id") or ""
        if not near.startswith("ye:d:") or not self._named_after_homonym(span):
            return False
        sentence = self.doc.sentence_of(span.start) or (span.start, span.end)
        return any(s is not span and sentence[0] <= s.start < sentence[1] and s.attrs.get("place_id") == near
                   and kind_rank(s.attrs.get("kind", "")) == 3 and not (s.start < span.end and span.start < s.end)
                   and self._placed.get((s.start, s.end), place_from_span(s)).admin1_en == span.attrs.get("admin1_en")
                   for s in self.spans)

    @staticmethod
    def _named_after_homonym(span: Span) -> bool:
        """A facility the recogniser placed only by a minor gazetteer place its name contains («سوق
        الطلح» put at al-Talh district of Shabwah) — not by a curated entry («قاعدة العند») nor a
        city or governorate («ميناء الحديدة») — is as uncertain as that name alone, so it moves with
        its context like a stray town (`_stray`)."""
        near, name = span.attrs.get("near_place_id") or "", span.attrs.get("near_name_ar") or ""
        minor = near.startswith(("ye:d:", "ye:u:", "ye:v:"))  # a district, sub-district or village: not
        # a governorate or a city («ميناء الحديدة», «مطار صنعاء» are those cities' own)
        return minor and bool(name) and normalized(name) in normalized(span.text)

    def _named_elsewhere(self, span: Span, bare: str) -> Place | None:
        """Where the article places the same name elsewhere, before or after `span`: a gazetteer place
        or a facility the recogniser placed («معسكر الصدرين» by «لمديرية الشعيب») whose name without
        its head is `span`'s («الصدرين», «موقع الصدرين العسكري»), when all such places lie in one
        governorate of the article's country and `span`'s own sentence does not put it in another:
        the sentence names no governorate, or names that one among others («بعد أن طردت الحوثيين من
        محافظة الضالع، استعادت المقاومة القادمة من لحج … معسكري الصدرين»: Lahij is where the fighters
        came from, al-Dhale agrees with the article). Only a sentence that names other governorates
        alone rejects it («منطقة الخشب في محافظة الجوف»)."""
        main = self._main_country()
        found: list[Place] = []
        for s in self.spans:
            if s is span or not s.attrs.get("kind") or not s.attrs.get("admin1_en") \
                    or (main and s.attrs.get("country") != main) or self.in_dateline(s):
                continue
            if _bare(s.text) != bare and normalized(s.attrs.get("name_ar", "")) != bare:
                continue
            found.append(self._placed.get((s.start, s.end)) or place_from_span(s))
        if not found or len({normalized(p.admin1_en) for p in found}) != 1:
            return None
        named = found[0]
        sentence = self.doc.sentence_of(span.start) or (span.start, span.end)
        own = normalized(named.admin1_en)
        others = {normalized(s.attrs.get("admin1_en", "")) for s in self.spans
                  if sentence[0] <= s.start < sentence[1] and s is not span and s.attrs.get("admin1_en")
                  and kind_rank(s.attrs.get("kind", "")) == 4}
        if others and own not in others:
            return None  # «منطقة الخشب في محافظة الجوف»: its own sentence names only other governorates
        return named

    def _in_context(self, place: Place, span: Span) -> Place:
        """A place the gazetteer does not know («معسكر لبوزة», «منطقة الجقينة، جنوب غرب مأرب»)
        lies in the governorate the text puts it in (`_context`), as an ACLED coder would place
        it; geo_precision 2 (somewhere in that region)."""
        around = self._context(span)
        if around is None or not around.admin1_en:
            return place
        told = _told_country(self.doc.text, span.end)
        if told and told != around.country:
            # «مدينة سوروتش التركية قرب الحدود مع مدينة كوباني السورية»: the text gives the place its
            # own country; the nearest place of another country lends it no region
            return replace(place, country=told)
        keep_admin2 = bool(around.admin2_en) and kind_rank(around.kind) <= 3
        return replace(place, admin1_ar=around.admin1_ar, admin1_en=around.admin1_en,
                       admin2_ar=around.admin2_ar if keep_admin2 else "", admin2_en=around.admin2_en if keep_admin2 else "",
                       country=around.country, iso=around.iso, lat=around.lat, lon=around.lon, geo_precision=2)

    def _best(self, cands: list[Located], clause: Clause) -> Located | None:
        if not cands:
            return None
        cands = self.without_doubtful(cands)
        # a city that is a whole governorate (Aden; Sanaa, Amanat al Asimah) holds its districts:
        # «مجزرة في مدينة عدن … ضاحية دار سعد» is Dar Saad, though a town outranks a district
        # elsewhere («قدموا من مديرية المخا» beside «مدينة تعز» is no district of the city)
        inside = [c for c in cands if c.rank in (2, 3) and c.place.admin1_en in CITY_GOVERNORATES
                  and not (c.span is not None and self._from(c.span))]
        if inside:
            cands = [c for c in cands if not (c.rank == 1 and c.place.kind == "city" and any(
                place_key(o.place) != place_key(c.place) and o.place.admin1_en == c.place.admin1_en
                for o in inside))] or cands
        # of places of one rank, one the gazetteer or the text placed beats a name nothing is known of
        # («وحي باب توما بالعاصمة دمشق», «تراجعت في شرق أفريقيا، قتل … في العاصمة الصومالية»)
        best = min(cands, key=lambda c: (c.rank, not _known(c.place)))
        if best.rank == 0:  # a facility: located by the nearest town named with it, "near"
            towns = [c for c in cands if c.rank >= 1]
            ref = [s for s in self.spans if clause.start <= s.start < clause.end and kind_rank(s.attrs.get("kind", "")) in (1, 3)
                   and s.attrs.get("kind") and (s.start, s.end) not in self._elsewhere]  # a known town, not the tagger's «عصيفرة»
            own = normalized(best.place.admin1_en)
            if own and best.place.country:  # «حي التواهي» (Aden) is near no town of another country
                # («قال مسؤول وصل من مدينة الرياض إن المقاومة سيطرت على حي التواهي»)
                towns = [c for c in towns if c.place.country in ("", best.place.country)]
                ref = [s for s in ref if s.attrs.get("country") in (None, "", best.place.country)]
            if own and best.span is not None and self._named_after_town(best.span):
                # «مطار تعز», «ميناء الحديدة»: the facility's name says its town; a town of another
                # governorate in the clause («طريق الحجرية- عدن») is told for something else (a
                # place of no governorate, «اليمن», still counts: the clause may be about the country)
                towns = [c for c in towns if normalized(c.place.admin1_en) in (own, "")]
                ref = [s for s in ref if normalized(s.attrs.get("admin1_en", "")) in (own, "")]
            if own:  # a facility placed in a governorate («قاعدة العند», Lahij) is not moved to a town of
                # another governorate named as a yardstick («… على مسافة 50 كيلومترا شمال مدينة عدن»)
                towns = [c for c in towns if normalized(c.place.admin1_en) == own or not self._measured_from(c.span)]
                ref = [s for s in ref if normalized(s.attrs.get("admin1_en", "")) == own or not self._measured_from(s)]
                if any(normalized(c.place.admin1_en) == own for c in towns) \
                        and any(normalized(c.place.admin1_en) != own for c in towns):
                    # «لاستعادة قاعدة العند الاستراتيجية في لحج وحماية عدن»: its own governorate is
                    # named with it, a town of another is told for something else
                    towns = [c for c in towns if normalized(c.place.admin1_en) == own and c.rank < 4]
                    if not towns:
                        return best  # only the governorate: the facility itself says more
            pointed = [s for s in ref if best.span is not None and self._points_at(best.span, s)]
            if pointed:  # «في جبهة العلم- شرق مدينة عدن- … على البحر العربي»: the front is east of Aden
                towns, ref = [], pointed
            if towns or ref:
                town = min(towns, key=lambda c: c.rank) if towns else Located(place_from_span(ref[0]), True, 1, ref[0])
                place = replace(town.place, geo_precision=2)
                return Located(place, True, town.rank, town.span)
        return best

    def _points_at(self, facility: Span, place: Span) -> bool:
        """The place follows the facility as its reference point: «جبهة العلم - شرق مدينة عدن»
        (a compass word among at most five words between them). Not when another known place lies
        between them: «حي الضباط في مدينة الرمادي غرب بغداد», «جامعة الأنبار الواقعة في مدينة الرمادي
        (غرب بغداد)» — the compass word tells where that town lies, and the facility is in it."""
        if place.start < facility.end:
            return False
        if any(facility.end <= s.start and s.end <= place.start and s.attrs.get("kind") for s in self.spans):
            return False
        words = [w.strip("-–—,،()") for w in self.doc.text[facility.end: place.start].split()]
        return len(words) <= 5 and any(normalized(w) in self.compass for w in words if w)

    def _anaphor_in(self, sentence: tuple[int, int], span: Span) -> Place | None:
        """The known place an anaphoric place noun of the sentence («بالمديرية», «في المحافظة»)
        refers back to: the last place of that family («مديرية أرحب») named before the noun. `_context`
        asks it for any `span` whose sentence names no other known place (a spot the gazetteer does
        not know, and a known one `_foreign` or `_stray` weighs), before the paragraph's place."""
        s_idx = self.doc.sentence_index(sentence[0])
        if s_idx is None:
            return None
        for tok in self.sentence_tokens[s_idx]:
            if span.start <= tok.start < span.end:
                continue
            fam = self._anaphor_family(tok)
            other = self._antecedent(fam, tok.start, skip=span, placed=True) if fam not in (None, "any") else None
            if other is not None:
                return self._placed.get((other.start, other.end)) or place_from_span(other)
        return None

    def _anaphor_family(self, tok: Token) -> str | None:
        """The place family an anaphoric noun («المحافظة», «بالمديرية») refers to (None: no such noun)."""
        return next((self.anaphora[v] for v in proclitic_variants(tok.norm) if v in self.anaphora), None)

    def _antecedent(self, fam: str, before: int, skip: Span | None = None, placed: bool = False) -> Span | None:
        """The last eventful place of family `fam` («any»: of any) ending before `before`; with
        `placed`, one with a governorate."""
        for other in reversed([s for s in self._eventful_spans() if s.end <= before and s is not skip]):
            if (fam == "any" or family(other.attrs.get("kind", "")) == fam) and (not placed or other.attrs.get("admin1_en")):
                return other
        return None

    def _capital_antecedent(self, tokens: list[Token], i: int) -> Span | None:
        """«… خارج أكاديمية الشرطة في العاصمة» after «كابل» was named: «العاصمة» with no name of its
        own after it (nor a word making it another city, `not_the_capital_after`: «العاصمة المؤقتة»)
        is the last eventful place named before it that is its country's capital (`_capitals`: the
        city at the country's own coordinates in the gazetteer, or a province of that name); None
        when no such place was named."""
        if CAPITAL_WORD not in proclitic_variants(tokens[i].norm):
            return None
        if i + 1 < len(tokens) and variant_in(tokens[i + 1].norm, word_set("not_the_capital_after")):
            return None
        capitals = _capitals()
        for other in reversed([s for s in self._eventful_spans() if s.end <= tokens[i].start]):
            a = other.attrs
            if a.get("country") and a.get("name_en") and a.get("name_en") in capitals.get(a["country"], ()):
                return other
        return None

    def _facility_head(self, tok: Token) -> str | None:
        """The head word a facility noun («المعسكر», «بالمطار», «القاعدة») refers back by; None for
        other words and for «القاعدة» read as an armed group («مسلحي القاعدة»)."""
        head = next((self.facility_anaphora[v] for v in proclitic_variants(tok.norm) if v in self.facility_anaphora), None)
        if head is None or any(e.label != "LOCATION" and e.start <= tok.start < e.end for e in self.doc.entities):
            return None
        return head

    def _reference_point(self, span: Span) -> bool:
        """A place named only as where another lies, right after a compass word («معسكر لبوزة الذي
        يقع شمال غرب قاعدة العند»)."""
        where = self._where_named(span)
        if where is None:
            return False
        tokens, idx = where
        return any_variant_in((t.norm for t in tokens[max(0, idx - 3): idx]), self.compass)

    def _facility_antecedent(self, head: str, before: int) -> Span | None:
        """The last eventful place named with the facility noun's own head word («معسكر لبوزة» for
        «المعسكر»), rather than one named only as a reference point («شمال غرب معسكر …»); the
        nearest facility of another kind («قاعدة العند») is not preferred to it. A facility named
        only as a reference point is still the one a later «المطار» means when the text names no
        other; with no place of the same head, the nearest place of the noun's family is taken (a
        camp the gazetteer does not know lies near the base it is told beside)."""
        same = []
        for other in [s for s in self._eventful_spans() if s.end <= before]:
            first = normalized(other.text.split()[0]) if other.text.split() else ""
            where = self._where_named(other)
            prev = where[0][where[1] - 1].norm if where and where[1] > 0 else ""
            if other.attrs.get("kind") and (head in proclitic_variants(first) or (prev and head in proclitic_variants(prev))):
                same.append(other)
        told = [s for s in same if not self._reference_point(s)]
        return (told or same or [None])[-1]

    def _anaphoric(self, clause: Clause) -> Located | None:
        tokens = self.sentence_tokens[clause.sentence][clause.tok_start: clause.tok_end]
        near_matcher = word_matcher("near_cues")
        for i, tok in enumerate(tokens):
            head = self._facility_head(tok)
            fam = self._anaphor_family(tok) or ("any" if _there(tokens, i) else None)
            if fam is not None and self.last_event is not None and _same(tokens, i):
                return self._same_place(fam)
            span = self._facility_antecedent(head, tok.start) if head is not None else None
            if span is None and fam is not None:
                span = self._antecedent(fam, tok.start)
            if span is None and fam is None and head is None:
                span = self._capital_antecedent(tokens, i)
            if span is None:
                continue
            place = replace(self._placed[(span.start, span.end)]) if (span.start, span.end) in self._placed \
                else place_from_span(span)  # where the resolver put it («معسكر الصدرين» moved with «مريس»)
            if not (span.attrs.get("kind") and (span.attrs.get("admin1_en") or span.attrs.get("country"))):
                # «في هذا الحي» after the tagger's «حي كريتر», unknown to the gazetteer: where the text puts it
                place = self._in_context(replace(place, name_ar=span.text, name_en="", kind="", admin1_ar="",
                                                 admin1_en="", admin2_ar="", admin2_en="", country="", iso=None), span)
            if any(True for _ in near_matcher.find(tokens[max(0, i - 4): i])):
                place.geo_precision = max(place.geo_precision, 2)
            return Located(place, False, kind_rank(span.attrs.get("kind", "")), span, "anaphoric")
        return None

    def _same_place(self, fam: str) -> Located:
        """«وفي المنطقة نفسها، قتل …»: the place of the last event placed before (`last_event`), not the
        place named last; «في المحافظة ذاتها» is that event's governorate."""
        last = self.last_event
        if last.place.kind == "country" and self.last_below is not None \
                and self.last_event_sentence - self.last_below_sentence <= SAME_PLACE_BACK:
            # «… متهمة إياهم بأنهم وكلاء لتمرير مصالح أميركا في المنطقة» placed an event at a country:
            # «وهاجمت جبهة النصرة الجمعة مقرا للفرقة 30 في المنطقة نفسها» next is no country but the
            # last event placed below one («قرب مدينة اعزاز») — when told at most SAME_PLACE_BACK
            # sentences before the country's event, not a town of the article's start
            last = self.last_below
        if fam == "governorate" and last.rank < 4 and last.place.admin1_en:
            return Located(_governorate_of(last.place), False, 4, last.span, "anaphoric")
        return Located(replace(last.place), False, last.rank, last.span, "anaphoric")

    # -- per mention ------------------------------------------------------------------------
    def locate(self, clause: Clause, spare: list[Clause], sentence: list[Clause] = (),
               triggers: Sequence[int] = ()) -> Located | None:
        """Place of an event in `clause`; `spare` are the sentence's clauses without events,
        `sentence` all of its clauses, `triggers` the event's trigger offsets in `clause`."""
        # its own place (named, pointed back to, or «حيث»'s); else that of a clause of the sentence with
        # no event of its own; else that of the last clause before it naming one, though it tells another event («… ترد على مصدر تلك القذائف داخل محافظة صعدة،
        # فيما شنت طائرات الأباتشي غارات على مواقع الحوثي»); then the place carried from before
        found = self._best(self.candidates(clause, triggers), clause) or self._anaphoric(clause) or self._where(clause, sentence) \
            or self._first_named(spare) or self._first_named(reversed([c for c in sentence if c.end <= clause.start]))
        if self.source_only(found):
            # «وأكد مصدر عسكري في محافظة أبين سيطرة المقاومة على مواقع للحوثيين، وهي التلال المطلة على
            # مدينة لودر»: the source's governorate is where it speaks from; a place within it that a clause
            # of the sentence with no event of its own names is where the event was
            inner = self._first_named(spare)
            if inner is not None and inner.rank < found.rank and inner.place.admin1_en \
                    and inner.place.admin1_en == found.place.admin1_en:
                found = inner
        return found or self.locate_carried() or self._destination(clause, spare)

    def locate_own(self, clause: Clause, triggers: Sequence[int] = ()) -> Located | None:
        """Only the place `clause` names itself (or points back to: «في المحافظة»): fire that
        answers fire told in its sentence falls where that fire came from, not where it fell."""
        return self._best(self.candidates(clause, triggers), clause) or self._anaphoric(clause)

    def _first_named(self, clauses: Iterable[Clause]) -> Located | None:
        """The best place of the first of `clauses` that names one."""
        return next((found for c in clauses if (found := self._best(self.candidates(c), c))), None)

    def _destination(self, clause: Clause, spare: list[Clause]) -> Located | None:
        """«قتل خمسة جنود في كمين استهدف دورية متوجهة إلى مدينة المكلا»: when nothing else places the
        event (no place of its own, none carried, no article place) and no sentence before it placed
        anything (an earlier paragraph's ambush «بمحافظة إب» then «كمائن … لتعزيزات كانت متجهة إلى
        محافظة تعز» is told in Ibb), the place its forces were heading to (`heading_words`) is the
        nearest the text tells — around it, geo_precision 2; failing that, the place they had just
        left (`departure_verbs`: «قصفت طائرات التحالف تعزيزات غادرت ذمار باتجاه إب» is near Dhamar,
        how "departure")."""
        if self.ever_carried:
            return None
        for found, how in ((self._headed, "destination"), (self._departed, "departure")):
            for c in (clause, *spare):
                span = found.get((c.start, c.end))
                if span is not None:
                    place = replace(place_from_span(span), geo_precision=2)
                    return Located(place, False, kind_rank(span.attrs.get("kind", "")), span, how)
        return None

    def _where(self, clause: Clause, sentence: list[Clause]) -> Located | None:
        """«… فضلًا عن تعز (جنوب غرب)، حيث قتل 47 متمردًا»: a clause opening with «حيث» (where)
        happens at the place named last before it in the sentence."""
        tokens = self.sentence_tokens[clause.sentence]
        if clause.tok_start >= len(tokens) or tokens[clause.tok_start].norm.lstrip("و") != "حيث":
            return None
        before = [c for c in sentence if c.end <= clause.start]
        for other in reversed(before):
            found = [c for c in self.candidates(other) if c.span is not None]
            if found:
                return max(found, key=lambda c: c.span.start)
        return None

    def source_only(self, located: Located | None) -> bool:
        """`located` is the place of a source, the only one its clause names («وقالت مصادر طبية من
        مستشفى ردفان إن المعارك …»): the best the clause tells, but not where a fight told back is."""
        return located is not None and located.span is not None \
            and (located.span.start, located.span.end) in self._told_by

    def locate_carried(self) -> Located | None:
        """The place a back-reference with no place of its own gets: the paragraph's, else the governorate
        of the last event an earlier paragraph placed when that is not the article's, else the article's."""
        if self.carried is not None:
            return Located(self.carried.place, False, self.carried.rank, self.carried.span, "carried")
        # «وكانت اشتباكات عنيفة دارت بين الطرفين …, أسفرت عن مقتل 29 حوثيا» in a paragraph of its own
        # after paragraphs on Marib, in an article that names Lahij most: the governorate of the last
        # event an earlier paragraph placed, when it is not the article's
        article = self.article_place()
        last = self.last_event
        if last is not None and last.place.admin1_en and last.place.country and article is not None \
                and article.place.admin1_en != last.place.admin1_en:
            return Located(_governorate_of(last.place), False, 4, None, "article")
        return article

    def _article_named(self, clauses: list[Clause], found: Located) -> Located:
        """The place a sentence that tells no event carries on: `found`, its best place, unless that lies
        outside the article's governorate and the sentence names a place inside it too («رغم إسناد
        المقاومين في محافظة إب للمقاومة في تعز …»: the fighters' home is no place of what follows in
        an article on Taizz); then the best of those."""
        article = self.article_place()
        if article is None or not found.place.admin1_en or found.place.admin1_en == article.place.admin1_en:
            return found
        named = [c for clause in clauses for c in self.without_doubtful(self.candidates(clause))
                 if c.place.admin1_en == article.place.admin1_en]
        return min(named, key=lambda c: c.rank) if named else found

    def begin(self, clauses: list[Clause]) -> None:
        """Before a sentence: a new paragraph drops the place carried from the last one."""
        paragraph = clauses[0].paragraph if clauses else self.carried_paragraph
        if paragraph != self.carried_paragraph:
            self.carried = None
            self.carried_paragraph = paragraph

    def advance(self, clauses: list[Clause], chosen: list[Located]) -> None:
        """After a sentence: carry its place (an event's, else any it names) to the next ones."""
        explicit = [c for c in chosen if c.explicit]
        if explicit:
            self.carried = explicit[-1]
            self.last_event = explicit[-1]
            self.last_event_sentence = clauses[0].sentence if clauses else self.last_event_sentence
            if explicit[-1].place.kind != "country":
                self.last_below = explicit[-1]
                self.last_below_sentence = self.last_event_sentence
            self.ever_carried = True
            return
        if not chosen:
            for clause in clauses:
                found = self._best(self.candidates(clause), clause)
                if found:
                    self.carried = self._article_named(clauses, found)
                    self.ever_carried = True
                    return


COMPASS_REFERENCE_GAP = 3  # words from a place to the place it is told beside («في شمال», «إلى الشمال من»)
COMPASS_GLUE = frozenset(normalized(w) for w in ("في", "إلى", "من"))  # words beside the compass word

COMPOSITION_GAP = 3  # words: a «يضم» list's places follow the cue and one another this closely

UNKNOWN_ITEMS = 2  # items of a list of places the recogniser missed that do not end the list
UNKNOWN_ITEM_WORDS = 2  # words of such an item after its first («وشمال حي عصيفرة»)
_LIST_PUNCTUATION = str.maketrans({c: " " for c in "،,\"'”“«»()"})
# The words that open a new item of a list of places before a part of the next one (`_part_of_next`),
# as `normalized` writes them: «و», «وفي», «وعلى» — not any word that begins with «و» («وتقع», «وهي»).
ITEM_OPENERS = frozenset({"و", "وفي", "وعلي"})


def _corpus_place(name: str) -> dict | None:
    """The governorate news text puts a local name in (`gazetteer.local_names`), the name read
    with or without its place-type head («جبهة الجفينة» → «الجفينة»)."""
    from core.entities.gazetteer import local_names

    table = local_names()
    key, bare = normalized(name), _bare(name)
    keys = [key, bare] if bare != key else [key]
    return next((table[v] for k in keys for v in proclitic_variants(k) if v in table), None)


def _there(tokens: list[Token], i: int) -> bool:
    """«هناك» as an adverb of place after a word of its clause («سيطرة المقاومة على القصور الرئاسية
    هناك», «المعارك هناك»): the place named last before it. Not the existential «هناك» opening its
    clause or after a word of `there_existential_before` («أن هناك خسائر», «لا تزال هناك جيوب»)."""
    if tokens[i].norm not in word_set("there_adverbs") or i == 0:
        return False
    before = tokens[i - 1]
    existential = word_set("there_existential_before")
    return not before.is_punct and not variant_in(before.norm, existential, depth=1)


def _same(tokens: list[Token], i: int) -> bool:
    """The place noun at `i` told as the same one: «المنطقة نفسها/ذاتها», «نفس المدينة» (`same_place_after`,
    `same_place_before`)."""
    after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    before = tokens[i - 1].norm if i > 0 else ""
    return after in word_set("same_place_after") or variant_in(before, word_set("same_place_before"))


def _seat_before(tokens: list[Token], idx: int, lo: int) -> bool:
    """A phrase of `seat_before` ends right before the place («الحكومة التي تزاول عملها من
    الرياض», «الرئيس المقيم في الرياض»): the seat of a party named in the clause, not the place of
    its event. Not the homes of civilians («منازل المواطنين المقيمين في قرية الصراري»: a
    `civilian_victim_nouns` word right before the phrase): residents live where the event hit."""
    window = tokens[max(lo, idx - 4): idx]
    for m in word_matcher("seat_before").find(window):
        if m.token_end != len(window):
            continue
        k = max(lo, idx - 4) + m.token_start - 1
        stems = tuple(word_set("civilian_victim_nouns"))
        return not (k >= lo and normalized(tokens[k].norm).removeprefix("ال").startswith(stems))
    return False


def _time_reference(tokens: list[Token], idx: int, lo: int) -> bool:
    """A place in «عقب/بعد/منذ + a place-taking noun + place» («عقب تحرير عدن», «منذ سقوط صنعاء»):
    an earlier event the text dates this one by."""
    if idx - 2 < lo:
        return False
    nouns, subs = word_set("territory_nouns"), word_set("subordinators") | {"منذ"}
    noun = tokens[idx - 1].norm
    if variant_in(noun, nouns) and variant_in(tokens[idx - 2].norm, subs):
        return True
    return _earlier_attack(tokens, idx, lo)


TIME_SPAN_WORDS = 2  # «بعد 3 أيام من»: words of the span of time between «بعد/قبل» and «من»


def _earlier_attack(tokens: list[Token], idx: int, lo: int) -> bool:
    """A place right after an attack noun in construct (`dating_event_nouns`: «هجوم سوروتش», «تفجير
    سروج») that follows «بعد/عقب/قبل/منذ» (`dating_event_subordinators`) or «بالتزامن/تزامنا مع»
    (`concurrence_words`), or «بعد/قبل» + a span of time + «من» («بعد يومين من تفجير سروج»): «وبالتزامن
    مع هجوم سوروتش فجر انتحاري نفسه … في جنوب مدينة كوباني», «منذ هجوم سوروتش» — the earlier attack
    the clause is dated by, named by its place, not the clause's place. Not «إثر» («قتل ضابط إثر انفجار
    عبوة ناسفة برفح»: the deed's own blast)."""
    if idx - 2 < lo or not variant_in(tokens[idx - 1].norm, word_set("dating_event_nouns")):
        return False
    before, subs = tokens[idx - 2].norm, word_set("dating_event_subordinators")
    if variant_in(before, subs):
        return True
    if before == "من":  # «بعد يومين من تفجير سروج», «قبل ساعات من هجوم سوروتش»: a span of time between
        return any(variant_in(tokens[j].norm, subs) for j in range(max(lo, idx - 3 - TIME_SPAN_WORDS), idx - 3))
    return before == "مع" and idx - 3 >= lo and variant_in(tokens[idx - 3].norm, word_set("concurrence_words"))


def _after_ordinal(tokens: list[Token], idx: int, lo: int, spans: list[Span]) -> bool:
    """Places listed after «بعد» that follows an ordinal («الثالثة المحررة بعد الضالع وعدن», «ثاني
    مدينة تسقط بعد عدن»): earlier cases the event is counted against, not where it happened."""
    def inside(t: Token) -> bool:  # only the few tokens walked back over are asked
        return any(s.start <= t.start < s.end for s in spans)

    j = idx - 1
    while j >= lo and (inside(tokens[j]) or tokens[j].norm in ("و", "،", ",") or tokens[j].text in "،,"):
        j -= 1
    if j < lo or tokens[j].norm != "بعد":
        return False
    ordinals = word_set("ordinal_words")
    return any_variant_in((t.norm for t in tokens[max(lo, j - 4): j]), ordinals)


def _governorate_of(place: Place) -> Place:
    """The governorate `place` lies in, as a place of its own (geo_precision 3)."""
    lat, lon = _governorate_point(place.admin1_ar, place.country)
    return Place(text=place.admin1_ar, name_ar=place.admin1_ar, name_en=place.admin1_en, kind="governorate",
                 admin1_ar=place.admin1_ar, admin1_en=place.admin1_en, country=place.country, iso=place.iso,
                 lat=lat, lon=lon, geo_precision=3)


def _governorate_point(admin1_ar: str, country: str) -> tuple[float | None, float | None]:
    """The gazetteer's coordinates of a governorate (None, None when it has none)."""
    from core.entities.gazetteer import Gazetteer

    for p in Gazetteer.load().lookup(admin1_ar):
        if p.is_admin1 and p.country == country and p.lat is not None:
            return p.lat, p.lon
    return None, None


def _bare(text: str) -> str:
    """A place's name without a place-type head: «منطقة ماس», «بمعسكر ماس» and «ماس» → «ماس»."""
    from core.entities.gazetteer import Gazetteer

    key = normalized(text)
    head, _, rest = key.partition(" ")
    if not rest:
        return key
    rules = Gazetteer.load().rules
    return rest if any(v in rules.admin_heads or v in rules.facility_heads for v in proclitic_variants(head)) else key


def _country_word(text: str) -> bool:
    """A country's name however written («سعودية», «السعودية», «يمن»)."""
    from core.entities.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    word = text.strip()
    return any(p.kind == "country" for name in (word, "ال" + word) for p in gaz.lookup(name))


def _placed_by(other: Span, span: Span) -> bool:
    """`other` is no evidence of where `span` lies: a facility the recogniser placed by it
    («معسكر الصدرين بمنطقة مريس» put at the village «مريس»), or the place it placed `span` by."""
    if other is span:
        return False
    near, own = other.attrs.get("near_place_id"), span.attrs.get("near_place_id")
    if own and own == other.attrs.get("place_id") and kind_rank(other.attrs.get("kind", "")) == 4:
        return False  # «مثلث العلم في محافظة لحج»: a governorate named with it says where it is, no homonym
    return bool(near and near == span.attrs.get("place_id")) or bool(own and own == other.attrs.get("place_id"))
