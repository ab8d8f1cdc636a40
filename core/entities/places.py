"""LOCATION spans: gazetteer names resolved in context, plus facilities named by a head word.

How a name becomes a place (all word lists are data in `resources/gazetteer/`):
1. The gazetteer's PhraseMatcher finds names per sentence (longest match, proclitics allowed:
   «والبيضاء», «بمديرية»). The token before a name may be a head word (heads.json "admin"):
   «مديرية الزاهر» keeps only districts, «مدينة البيضاء» the city, «محافظة البيضاء» the governorate.
   The span covers head + name («مديرية الزاهر», proclitics of the head left out) so that it is
   not shorter than a tagger's span over the same words (the overlap policy prefers longer spans);
   the ACLED location is the name: attrs name_ar/name_en, and attrs name_start/name_end give
   its offsets; attrs["head"] is the head as written. A definite head («المنطقة الوسطى») is mostly a description, not a name: it counts
   only for a major place (tier A) in the article's main country («المنطقة الشرقية» in Saudi news).
2. Candidates are scored by the places mentioned around them: a candidate whose governorate or
   district is named in the same sentence scores most, the previous sentences next, the rest of
   the article least; then the article's main country, then kind (country > governorate >
   district > city > town > village), then population. Two passes: the second uses only the
   readings the first one chose. The other candidates stay in attrs["alternatives"].
3. Evidence needed before a name counts (the record's tier, set at build time):
   A (countries, first-level regions, Yemen districts, cities ≥ 50k) — the name alone;
   B (smaller towns) — a head or its governorate/district mentioned;
   C (sub-districts, villages) — a head or its district mentioned.
   One-word names that are frequent words («السوق», «الوسطى», «صالح») need a head whatever the tier.
4. A facility head + a proper name («مستشفى النجار», «معسكر العند», «مطار صنعاء الدولي») is a
   LOCATION of kind facility/landmark; the span includes the head (it is part of the name). It is
   placed at the nearest place mentioned (same sentence first), geo_precision 2, approx.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field, replace

from camel_tools.utils.dediac import dediac_ar

from core.document import Document, Span
from core.entities.consistency import ordinary_strings
from core.entities.gazetteer import KIND_PRIORITY, Gazetteer, PlaceRecord, local_names
from core.entities.lexicon import lexicons
from core.entities.matcher import clitic_letters, clitic_length, normalized
from core.text.clitics import conj_in, proclitic_variants, variant_in
from core.text.tokens import Token

# How far a context mention counts, by sentence distance (same, before, after, anywhere).
SAME, BEFORE, AFTER, ANYWHERE = 1.0, 0.7, 0.5, 0.3
NEAR_SENTENCES = 2
WANT_WEIGHTS = {"a2": 2.0, "a1": 1.5, "c": 0.3}
DOMINANT_BONUS = 0.8
HEAD_BONUS = 0.3
BIG_CITY, BIG_CITY_BONUS, BIG_CITY_HOME_BONUS = 1_000_000, 0.12, 0.25
LOW_KINDS = frozenset({"village", "subdistrict"})
LINK_KINDS = frozenset({"district", "city", "area"})  # kinds that name an admin2 area
# the marks of an indefinite case ending: «صبياً» (a boy), «دوماً» (always) are ordinary words,
# not Sabya or Douma (a place's name takes no tanween in news text)
TANWEEN = frozenset("\u064b\u064c\u064d")
# Words spelt with a leading «ال» that are no definite nouns («إلى» folds to «الي»).
NOT_DEFINITE = frozenset({"الي", "التي", "الذي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي", "الا", "الان"})
PRECISION = {"country": 3, "district": 2, "subdistrict": 2, "area": 2}


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    sentence: int
    tok_start: int  # token indexes inside the sentence
    tok_end: int
    key: str
    candidates: list[PlaceRecord]
    head: str = ""  # normalised head word, "" when none
    head_definite: bool = False
    head_text: str = ""
    head_start: int = -1
    head_kinds: tuple[str, ...] = ()  # kinds the head asks for, most likely first
    generic_head: bool = False  # «منطقة»: says "a place" without saying which kind
    head_prefers: tuple[str, ...] = ()
    bare_ok: bool = True  # False: a common or very short name that needs a head
    facility_head: bool = False  # after a head of a facility named after its place («منفذ الطوال»)
    after_facility: bool = False  # after any facility head («معسكر الصباحة»): it may name the facility's place
    in_unit: bool = False  # inside a unit's name («قيادة عمليات الأنبار»): informs, never a place itself
    misspelt: bool = False  # a misspelt casualty word's spelling beside casualty words («مقتل 5 مدنين»)
    provides: dict[tuple[str, ...], float] = field(default_factory=dict)
    chosen: PlaceRecord | None = None
    score: float = 0.0
    support: dict[str, float] = field(default_factory=dict)
    ranked: list[PlaceRecord] = field(default_factory=list)
    id_placed: bool = False  # a countryside told right after it placed it (`_countryside_namesakes`)


def find(doc: Document) -> list[Span]:
    gaz = Gazetteer.load()
    sentences = doc.sentence_tokens()
    mentions = [m for si, toks in enumerate(sentences) for m in _mentions(doc, gaz, si, toks)]
    _governorate_lists(mentions, sentences)
    mentions = [m for m in mentions if m.bare_ok or m.head or m.facility_head]  # the rest can neither fire nor inform
    # «الحرائق», «جبن»: Yemeni names news mostly uses as words are places, bare, only in news of
    # Yemen — the article's country as its other places tell it (such words do not vote)
    gated = [m for m in mentions if not m.head and m.key in gaz.rules.context_only]
    if gated:
        others = [m for m in mentions if m.head or m.key not in gaz.rules.context_only]
        country = _resolve(others)
        mentions = others + [m for m in gated if any(c.country == country for c in m.candidates)
                             or (m.key in gaz.rules.context_sentence
                                 and (_country_in_sentence(m, others) or _told_where(m, others, sentences)))]
        mentions.sort(key=lambda m: m.start)
    # «مقتل 5 مدنين»: civilians misspelt, not Medenine, unless the article's other places are in Tunisia
    misspelt = [m for m in mentions if m.misspelt]
    if misspelt:
        others = [m for m in mentions if not m.misspelt]
        country = _resolve(others)
        mentions = others + [m for m in misspelt if gaz.rules.misspelt[m.key][0] == country]
        mentions.sort(key=lambda m: m.start)
    dominant = _resolve(mentions)
    _city_told_by_nationality(mentions, sentences)
    # names that back the main country: a definite head («المنطقة الشرقية») needs one besides itself
    backing = {m.key for m in mentions if m.chosen and m.chosen.tier == "A" and m.chosen.country == dominant}
    table = local_names() if dominant == HOME else {}
    headed = {m.chosen.id for m in mentions if m.chosen and (m.head or m.facility_head or _named_with_head(m, gaz.rules))}
    headed |= _told_with_its_country(mentions)
    shared = _same_news_tie(mentions) if dominant is None else frozenset()
    fired = [m for m in mentions if _fires(m, dominant, bool(backing - {m.key}), headed, shared)
             or _learnt_after_head(m, table)]
    fired = [m for m in fired if not m.in_unit]
    fired = _inside_another_country(fired, sentences)
    _named_in_its_country(fired, sentences)
    _named_in_its_district(fired, sentences)
    _foreign_villages(fired, dominant, sentences)
    _countryside_namesakes(fired, dominant, sentences)
    if dominant == HOME:
        _learnt_local_names(fired, gaz, table)
    facilities = _facilities(doc, gaz, sentences, fired)
    taken = [(s.start, s.end) for s in facilities]
    spans = [_place_span(doc, m) for m in fired if not any(m.start < e and s < m.end for s, e in taken)]
    spans = _adjective_capitals(doc, gaz, sentences, spans + facilities)
    return sorted(spans, key=lambda s: s.start)


_CAPITALS: dict[str, PlaceRecord] | None = None
CAPITAL_CITY_KINDS = ("city", "capital")
# «العاصمة الإسرائيلية/الفلسطينية»: the gazetteer's capital (Jerusalem) is not what such news means by it
CONTESTED_CAPITALS = frozenset({"Israel", "Palestine"})
# quotes that may open a capital's name after «العاصمة» + adjective («بالعاصمة التونسية "تونس"»)
NAME_OPENING_QUOTES = frozenset('«"\'“')


def _capital_records(gaz: Gazetteer) -> dict[str, PlaceRecord]:
    """Country → its capital's record: the most populous city at the country's own point
    (`Gazetteer.at_country_points`; incidents.location._capitals reads the same)."""
    global _CAPITALS
    if _CAPITALS is None:
        found = gaz.at_country_points(CAPITAL_CITY_KINDS, "population")
        _CAPITALS = {country: gaz.places[max(cities, key=lambda c: float(c[1][0] or 0))[0]]
                     for country, cities in found.items()}
    return _CAPITALS


def _adjective_capitals(doc: Document, gaz: Gazetteer, sentences: list[list[Token]], spans: list[Span]) -> list[Span]:
    """«في العاصمة العراقية أمس», «وفي العاصمة التونسية،»: the definite «العاصمة» + a country's
    feminine nationality adjective with no name after it is that country's capital, a city
    (geo_precision 1) spanning both words; a name right after («العاصمة العراقية بغداد») is the
    place and stays so. Place spans inside the two words (the adjective read as a country, «السعودية»)
    give way."""
    nationalities = lexicons().nationalities
    starts = {s.start for s in spans if s.label == "LOCATION"}
    added: list[Span] = []
    for toks in sentences:
        for i in range(len(toks) - 1):
            head, definite = _head_of(toks[i], gaz.rules.capital_heads)
            if not head or not definite:
                continue
            adj = toks[i + 1]
            hit = nationalities.get(adj.norm)
            if hit is None or hit[1] or not adj.norm.endswith("يه"):
                continue
            k = i + 2
            while k < len(toks) and toks[k].is_punct and toks[k].text.strip() in NAME_OPENING_QUOTES:
                k += 1
            if k < len(toks) and any(toks[k].start <= s < toks[k].end for s in starts):
                continue  # «العاصمة العراقية بغداد», «بالعاصمة التونسية "تونس"»: the name is there
            capital = _capital_records(gaz).get(hit[0])
            if capital is None or hit[0] in CONTESTED_CAPITALS:
                continue
            variant = next((v for v in proclitic_variants(toks[i].norm) if v.endswith(head) and v.startswith("ال")), toks[i].norm)
            start = toks[i].start + clitic_length(toks[i].text, clitic_letters(toks[i].norm, variant))
            attrs = capital.to_dict()
            attrs.update(kind=capital.kind, head="", geo_precision=1, alternatives=[],
                         name_start=start, name_end=adj.end)
            added.append(doc.span(start, adj.end, "LOCATION", "gazetteer", **attrs))
    if not added:
        return spans
    kept = [s for s in spans if not any(a.start <= s.start and s.end <= a.end for a in added)]
    return kept + added


HOME = "Yemen"  # the country whose local names news text taught us (gazetteer.local_names)
# countries whose news is one story: a town of either is named bare in news whose main country is the
# other («صواريخ من غزة على سديروت وعسقلان»: Palestine's news, Israel's towns)
SAME_NEWS = {"Israel": "Palestine", "Palestine": "Israel"}


NATIONALITY_SENTENCES = 1  # the sentences before and after a bare country name whose nationality words count


def _city_told_by_nationality(mentions: list[Mention], sentences: list[list[Token]]) -> None:
    """«وقال وزير الداخلية الأردني في مؤتمر صحفي في عمان», «اعتقلت الأجهزة الأمنية الأردنية في عمان»: a bare
    name read as a country that also names a city of another country (Oman and Amman, «عمان») is that
    city when its sentence, or the one before or after, says the other country's nationality word
    («الأردني», «الأردنيين») and none of the first country's («العماني»): the adjective tells the
    country as its name would («… في عمان إن الأردن …» already read Amman)."""
    nationalities = lexicons().nationalities
    for m in mentions:
        c = m.chosen
        if c is None or c.kind != "country" or m.head:
            continue
        cities = [r for r in m.candidates if r.kind == "city" and r.country and r.country != c.country]
        if not cities:
            continue
        told: set[str] = set()
        for si in range(max(0, m.sentence - NATIONALITY_SENTENCES),
                        min(len(sentences), m.sentence + NATIONALITY_SENTENCES + 1)):
            for tok in sentences[si]:
                for form in proclitic_variants(tok.norm)[:2]:
                    hit = nationalities.get(form)
                    if hit:
                        told.add(hit[0])
                        break
        if c.country in told:
            continue
        city = next((r for r in cities if r.country in told), None)
        if city is not None:
            m.chosen = city
            m.ranked = [city, *[r for r in m.ranked if r is not city]]


def _learnt_after_head(m: Mention, table: dict[str, dict]) -> bool:
    """«منطقة المخدرة»: in Yemen news, a Yemeni village's name that is also a common word («المخدرة»,
    drugged), after a generic head («منطقة», «جبهة»), which `_fires` asks more of, is a place when
    news text places the name in one governorate (`corpus_places.json`); `_learnt_local_names` then
    puts it there."""
    c = m.chosen
    return bool(table) and c is not None and bool(m.head) and m.generic_head and not m.head_definite \
        and not m.bare_ok and c.country == HOME and c.tier == "C" and m.key in table


# words after which a hand-listed context-only name is the place («غربي بعقوبة», «في دوما»)
WHERE_BEFORE = frozenset({"في", "قرب", "بقرب", "داخل", "اطراف", "ضواحي", "محيط"})


def _told_where(m: Mention, others: list[Mention], sentences: list[list[Token]]) -> bool:
    """A hand-listed context-only name right after a direction or a word of place («غربي بعقوبة»,
    «في دوما»), or as the next item of a list of places («الخالص وبعقوبة», «بين الهويدر وبعقوبة»), is the place: the
    word it is spelt like («بعقوبة»: with a penalty, «طالب بعقوبة تعزيرية») stands after none."""
    if m.tok_start == 0:
        return False
    toks = sentences[m.sentence]
    prev = toks[m.tok_start - 1].norm
    if conj_in(prev, DIRECTION_WORDS | WHERE_BEFORE):
        return True
    if not (toks[m.tok_start].norm.startswith("و") and m.start > toks[m.tok_start].start):
        return False
    return any(o.sentence == m.sentence and o.tok_end == m.tok_start for o in others) \
        or any(conj_in(t.norm, ("بين",)) for t in toks[max(0, m.tok_start - 3) : m.tok_start])


def _told_with_its_country(mentions: list[Mention]) -> set[str]:
    """Towns abroad named bare in a sentence that names their country («قتلى حزب الله في سوريا،
    خصوصا معركة الزبداني» in news of Lebanon): the country tells which town is meant as surely as a
    head word does («مدينة الزبداني»), so the town's bare mentions elsewhere in the article are it
    too (`_home_town_abroad`, which still asks for a name news does not use as a word and no namesake
    abroad as big). A country of the sentence, not any place of it: the town's province named there
    already backs it."""
    told = set()
    for m in mentions:
        c = m.chosen
        if c is None or m.head or c.tier != "B" or c.kind not in ("town", "city") or c.country == HOME:
            continue
        if any(o.sentence == m.sentence and o.chosen is not None and o.chosen.kind == "country"
               and o.chosen.country == c.country for o in mentions):
            told.add(c.id)
    return told


def _country_in_sentence(m: Mention, others: list[Mention]) -> bool:
    """Another place of the sentence lies in one of the name's countries («وقصف الطيران دوما في
    ريف دمشق» in an article about Saudi towns): the hand-listed context-only names («دوما», also the
    adverb «دوماً») need no more."""
    countries = {c.country for c in m.candidates}
    return any(o.sentence == m.sentence and o.chosen is not None and o.chosen.country in countries for o in others)


def _learnt_local_names(fired: list[Mention], gaz: Gazetteer, table: dict[str, dict] | None = None) -> None:
    """In Yemen news, a small place abroad (tier B or C, named here by a head) whose name news text
    places in one Yemeni governorate (`corpus_places.json`) is that Yemeni place: «منطقة العلم شرق
    عدن» is Aden's al-Alam, not the Iraqi town (the gazetteer knows no Yemeni al-Alam in Aden). It is
    placed at its governorate, an area (geo_precision 2), the foreign reading kept as an alternative.
    Not when the nearest Yemeni place of its sentence lies in another governorate («مثلث العلم في
    لحج»: the text says otherwise, and the incident step decides). So too a Yemeni village of that
    name in another governorate when only the learnt name made it a place (`_learnt_after_head`:
    «منطقة المخدرة» is Marib's front, not the Ibb or Bayda village)."""
    table = local_names() if table is None else table
    for m in fired:
        c, learnt = m.chosen, table.get(m.key)
        if c is None or learnt is None or c.tier == "A":
            continue
        if c.country == HOME and (c.admin1_ar == learnt["admin1_ar"] or not _learnt_after_head(m, table)):
            continue
        around = [x for x in fired if x is not m and x.sentence == m.sentence and x.chosen and x.chosen.country == HOME
                  and x.chosen.admin1_ar]
        nearest = min(around, key=lambda x: min(abs(x.start - m.end), abs(m.start - x.end)), default=None)
        if nearest is not None and nearest.chosen.admin1_ar != learnt["admin1_ar"]:
            continue
        gov = next((p for p in gaz.lookup(learnt["admin1_ar"]) if p.is_admin1 and p.country == HOME), None)
        if gov is None:
            continue
        m.chosen = replace(c, id=f"local:{m.key}", kind="area", admin1_ar=gov.admin1_ar, admin1_en=gov.admin1_en,
                           admin2_ar="", admin2_en="", country=HOME, iso=gov.iso, lat=gov.lat, lon=gov.lon,
                           approx=True, population=0)
        m.ranked = [m.chosen, *m.ranked]


def _foreign_villages(fired: list[Mention], dominant: str | None, sentences: list[list[Token]]) -> None:
    """«قصف جوي على قرية جوزف في منطقة جبل الزاوية» in news of Idlib: a village or sub-district the
    gazetteer knows only in another country (tier C: Yemen's villages, named here by a head word),
    in an article about a country that names no other place of the village's country (not even the
    country), is a village of the article's country the gazetteer does not know, not a namesake
    abroad. It is placed at the place the text puts it in right after its name («بلدة حوار في
    سوريا», «قرية … شمال مدينة …»), else at the nearest place of the article's country (same
    sentence first, then before, then after): an approximate place (geo_precision 2), the foreign
    reading kept as an alternative. A village whose own governorate or district is named around it
    keeps its reading."""
    if dominant is None:
        return
    placed = {(x.sentence, x.tok_start): x for x in fired if x.chosen is not None}
    for m in fired:
        c = m.chosen
        if c is None or c.tier != "C" or c.country == dominant or m.support.get("a1") or m.support.get("a2"):
            continue
        if any(x.chosen is not None and x.chosen.country == c.country and x.chosen.tier != "C" for x in fired) \
                and not _among_home_places(m, fired, dominant):
            continue  # the article names the village's country: it may well be there
        home = [x for x in fired if x is not m and x.chosen is not None and x.chosen.country == dominant
                and x.chosen.tier != "C"]
        near = _told_container(m, sentences[m.sentence], placed)
        if near is not None and near.chosen.kind == "country" and near.chosen.country == dominant:
            near = None  # «بلدة صرين في شمال سوريا» in news of Syria: its province named near says more
        near = near or _nearest([x for x in home if x.chosen.admin1_ar], m.sentence, m.start) or _nearest(home, m.sentence, m.start)
        if near is None or near.chosen.country == c.country or near.chosen.tier == "C":
            continue
        p = near.chosen
        m.chosen = _approximate_in(c, p, m.key)
        m.ranked = [m.chosen, *m.ranked]


def _among_home_places(m: Mention, fired: list[Mention], dominant: str) -> bool:
    """«تفجير القذيفة في إحدى المزارع بقرية آل جبير من أفراد شرطة ظهران الجنوب» in Saudi news that
    also tells of strikes on Sa'ada: a village whose own sentence names places of the article's
    country only (one at least, not a village) is among them, whatever the article says elsewhere
    of the village's country."""
    own = [x for x in fired if x is not m and x.sentence == m.sentence and x.chosen is not None]
    return any(x.chosen.country == dominant and x.chosen.tier != "C" for x in own) \
        and all(x.chosen.country == dominant for x in own)


COUNTRYSIDE_GAP = 3  # words between a small place and «في ريف/بريف» (an unknown area: «بسهل الغاب»)


def _countryside_namesakes(fired: list[Mention], dominant: str | None, sentences: list[list[Token]]) -> None:
    """«بلدة المنصورة بسهل الغاب في ريف حماة الشمالي الغربي», «قرية الزكاة بريف حماة» in news of
    Syria: a town or village followed (within three words, no punctuation nor other known place
    between) by the countryside of a province of the article's country («في ريف X», «بريف X») lies
    in that province, whatever namesake the gazetteer read first (Raqqa's al-Mansoura, a Taizz
    village). Its reading in that province if the gazetteer has one, else an approximate place there
    (geo_precision 2), the other readings kept as alternatives. Nothing changes when the reading
    already lies in that province. News of Yemen is read the same way («قرية … بريف تعز»: the
    province must be of the article's country, whichever it is); only an article with no dominant
    country is left alone."""
    if dominant is None:
        return
    placed = {(x.sentence, x.tok_start): x for x in fired if x.chosen is not None}
    told: dict[str, PlaceRecord] = {}
    for m in fired:
        c = m.chosen
        if c is None or c.kind not in SMALL_KINDS:
            continue
        toks = sentences[m.sentence]
        province = None
        for k in range(m.tok_end, min(m.tok_end + COUNTRYSIDE_GAP + 1, len(toks))):
            if toks[k].is_punct or (k > m.tok_end and (m.sentence, k) in placed):
                break
            norm = toks[k].norm
            if norm in COUNTRYSIDE or (norm == "في" and k + 1 < len(toks) and toks[k + 1].norm in COUNTRYSIDE):
                at = k + 1 if norm in COUNTRYSIDE else k + 2
                p = placed.get((m.sentence, at))
                if p is not None and p.chosen.is_admin1 and p.chosen.country == dominant:
                    province = p.chosen
                break
        if province is None:
            continue
        m.id_placed = True  # its own sentence says where it is
        if c.country == province.country and c.admin1_ar == province.admin1_ar:
            told.setdefault(m.key, c)
            continue
        inside = next((r for r in m.candidates if r.country == province.country and r.admin1_ar == province.admin1_ar
                       and r.kind in SMALL_KINDS), None)
        if inside is None:
            inside = _approximate_in(c, province, m.key)
        m.chosen = inside
        m.ranked = [inside, *[r for r in m.ranked if r is not inside]]
        told.setdefault(m.key, inside)
    # the same name again in the article, with no countryside after it («… آلية لقوات النظام في
    # بلدة المنصورة بسهل الغاب»), is the place the text put it in before or after
    for m in fired:
        c, inside = m.chosen, told.get(m.key)
        if c is None or inside is None or c is inside or c.kind not in SMALL_KINDS or m.id_placed:
            continue
        m.chosen = inside
        m.ranked = [inside, *[r for r in m.ranked if r is not inside]]


def _told_container(m: Mention, toks: list[Token], placed: dict[tuple[int, int], Mention]) -> Mention | None:
    """The place the words right after a name put it in: «بلدة حوار في سوريا», «قرية العكر الغربي
    بمملكة البحرين» (one definite adjective may come first), or a direction and a place
    (`_placed_by_direction`)."""
    k = m.tok_end
    if k < len(toks) and toks[k].norm.startswith("ال") and (m.sentence, k) not in placed:
        k += 1  # «العكر الغربي»
    if k < len(toks) and toks[k].norm == "في":
        return placed.get((m.sentence, k + 1)) or placed.get((m.sentence, k + 2))
    if k < len(toks) and toks[k].norm[:1] == "ب":
        return placed.get((m.sentence, k)) or placed.get((m.sentence, k + 1))
    return _placed_by_direction(m, toks, placed)


CONTAINER_LINKS = frozenset({"في", "ب"})  # «قرية المروة بمحافظة الحرث», «… في مديرية …»
SMALL_KINDS = frozenset({"village", "subdistrict", "town", "area"})
DISTRICT_WORDS = frozenset({normalized("مديرية"), normalized("مديريه")})  # the head between a place and its district
COUNTRYSIDE = frozenset({"ريف", "بريف"})  # «في ريف درعا», «بريف حلب»: no place head, but it holds what it follows


def _inside_another_country(fired: list[Mention], sentences: list[list[Token]]) -> list[Mention]:
    """«قرية المروة بمحافظة الحرث»: a small place followed at once by the head-named area that holds it
    («بمحافظة», «في مديرية») is in that area's country. A reading in another country (the gazetteer
    knows a Yemeni village «المروة», not the Saudi one) is the wrong place: no span (the tagger's, if
    any, stays unresolved)."""
    by_start = {(m.sentence, m.tok_start): m for m in fired if m.head and m.chosen}
    placed = {(m.sentence, m.tok_start): m for m in fired if m.chosen}
    provinces = {key: m for key, m in placed.items() if m.chosen.is_admin1}
    out: list[Mention] = []
    for m in fired:
        c = m.chosen
        if c is not None and c.kind in SMALL_KINDS and c.country:
            toks = sentences[m.sentence]
            k = m.tok_end
            if k < len(toks) and toks[k].norm == "في":
                k += 1
            container = by_start.get((m.sentence, k + 1))
            if container is None and k < len(toks) and toks[k].norm in COUNTRYSIDE:
                # «بلدة الحارة في ريف درعا», «قرية … بريف إدلب»: the countryside of a province
                container = provinces.get((m.sentence, k + 1))
            linked = k > m.tok_end or (k < len(toks) and toks[k].norm[:1] == "ب")
            if container is not None and linked and container.chosen.country != c.country:
                continue
        if c is not None and c.kind in SMALL_KINDS | {"landmark"} and c.country and (c.tier != "A" or m.head or m.facility_head
                                                                                  or _after_quarter_head(m, sentences[m.sentence])):
            around = _placed_by_direction(m, sentences[m.sentence], placed)
            if around is not None and around.chosen.country != c.country:
                continue
        out.append(m)
    return out


def _named_in_its_country(fired: list[Mention], sentences: list[list[Token]]) -> None:
    """«هجوم على فندقين بمدينة سوسة بتونس» in an article mostly about Libya: a place followed at once
    by «بـ» or «في» and a country or a first-level area («بتونس», «في ولاية سوسة») is its reading
    there when it has one (else in that area's country), whatever the article's main country
    (Libya's Susah had won on it). A
    city of a million named bare keeps its reading («… الرياض في اليمن» speaks of Riyadh's policy
    in Yemen, not of a Yemeni village so named)."""
    placed = {(x.sentence, x.tok_start): x for x in fired if x.chosen is not None}
    for m in fired:
        c = m.chosen
        if c is None or c.kind == "country" or (c.population >= BIG_CITY and not m.head):
            continue
        toks = sentences[m.sentence]
        k = m.tok_end
        if k >= len(toks):
            continue
        container = placed.get((m.sentence, k + 1)) if toks[k].norm == "في" else \
            placed.get((m.sentence, k)) if toks[k].norm[:1] == "ب" else None
        if container is None or container is m:
            continue
        if toks[k].norm != "في" and toks[k].norm[1:] != container.key.split(" ")[0]:
            continue  # «ب» is the name's own first letter («طريق الرمادي بغداد»), not «بـ» + a country
        p = container.chosen
        if p.kind != "country" and not p.is_admin1:
            continue

        def within(r: PlaceRecord, p: PlaceRecord = p) -> bool:
            return r.country == p.country and (p.kind == "country" or r.admin1_ar == p.admin1_ar)

        if within(c):
            continue
        # in that area if it has a reading there, else in its country («بتونس» read as the
        # governorate of Tunis still puts Sousse in Tunisia)
        inside = next((r for r in m.ranked if within(r) and r.id != p.id), None) \
            or (None if c.country == p.country else next((r for r in m.ranked if r.country == p.country), None))
        if inside is not None:
            m.chosen = inside
            m.ranked = [inside, *[r for r in m.ranked if r is not inside]]


def _approximate_in(c: PlaceRecord, p: PlaceRecord, key: str, district: bool = False) -> PlaceRecord:
    """`c` read as a place inside `p` the gazetteer does not know there: `p`'s country, governorate (and
    district, when `district`) and coordinates, marked approximate (`near:` + the mention's key)."""
    return replace(c, id=f"near:{key}", admin1_ar=p.admin1_ar, admin1_en=p.admin1_en,
                   admin2_ar=p.admin2_ar if district else "", admin2_en=p.admin2_en if district else "",
                   country=p.country, iso=p.iso, lat=p.lat, lon=p.lon, approx=True, population=0)


def _named_in_its_district(fired: list[Mention], sentences: list[list[Token]]) -> None:
    """«منطقة جعولة التابعة لمديرية تبن», «قرية X بمديرية Y»: a small place (village, area, town)
    followed at once by «ب/في» or a word of belonging (`belonging` in heads.json: «التابعة ل»,
    «الواقعة في»), the head «مديرية» optional, and a district is its reading in that district when
    the gazetteer has one, whatever namesake the article's other places favoured (Aden's Ja'awla
    beside Bir Ahmed, where the text puts it in Lahij's Tuban); else an approximate place in that
    district (the text says where it lies), as `_countryside_namesakes` does for «بريف X». Only a
    tier-A reading (curated, a known town) in another governorate is replaced: one in the district's
    governorate is kept (curated areas often name no district), and a lower-tier reading is left to
    the incident's location, which already puts such a place in the district told after it (doing it
    here too gave Mudiyah's «منطقة العين» a reading that merged two Abyan clashes into one)."""
    placed = {(x.sentence, x.tok_start): x for x in fired if x.chosen is not None}
    cues = Gazetteer.load().rules.belonging
    for m in fired:
        c = m.chosen
        if c is None or c.kind not in SMALL_KINDS:
            continue
        toks = sentences[m.sentence]
        k = m.tok_end
        if k >= len(toks):
            continue
        first = toks[k].norm
        if first in cues or first == "في":
            k += 1  # «التابعة لمديرية تبن», «الواقعة في مديرية تبن», «في مديرية تبن»
            if first in cues and k < len(toks) and toks[k].norm == "في":
                k += 1
        elif first[:1] != "ب":
            continue
        if k < len(toks) and (toks[k].norm in DISTRICT_WORDS or toks[k].norm[1:] in DISTRICT_WORDS):
            k += 1  # the head «(ل/ب)مديرية» before the district's name
        container = placed.get((m.sentence, k))
        if container is None or container is m or container.chosen.kind != "district":
            continue
        p = container.chosen

        def within(r: PlaceRecord, p: PlaceRecord = p) -> bool:
            return r.country == p.country and r.admin1_ar == p.admin1_ar and r.admin2_ar == p.admin2_ar

        if c.country == p.country and c.admin1_ar == p.admin1_ar or c.tier != "A":
            continue  # its governorate already («منطقة العين التابعة لمديرية مودية»: a curated area with no district)
        inside = next((r for r in m.candidates if within(r) and r.kind in SMALL_KINDS), None)
        if inside is None:  # the gazetteer knows no namesake there: an approximate place in that district
            inside = _approximate_in(c, p, m.key, district=True)
        m.chosen = inside
        m.ranked = [inside, *[r for r in m.ranked if r is not inside]]


def _after_quarter_head(m: Mention, toks: list[Token]) -> bool:
    """«حي اليرموك»: the name follows a facility head, so it names a quarter of that name (the
    gazetteer's town, here Damascus' Yarmouk camp, is one reading of several)."""
    return m.tok_start > 0 and bool(_head_of(toks[m.tok_start - 1], Gazetteer.load().rules.facility_heads)[0])


DIRECTION_WORDS = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"})
LYING_WORDS = frozenset({"الواقعه", "الواقع", "الواقعتين", "الواقعين"})  # «… الواقعة بين الهويدر وبعقوبة»
LYING_LINKS = frozenset({"بين", "في", "علي", "قرب", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"})


def _placed_by_direction(m: Mention, toks: list[Token], placed: dict[tuple[int, int], Mention]) -> Mention | None:
    """The place that the words right after a small place put it in: «حي اليرموك (الثانية) غربي
    بعقوبة», «منطقة الوثبة الواقعة بين الهويدر وبعقوبة», «قرية … شمال شرق مدينة …». A direction
    word (one adjective may stand before it, «شمال شرقي» is one), or «الواقعة» and a link word, then
    the first place named within the next three words (after a head word, if any)."""
    k = m.tok_end
    if k < len(toks) and toks[k].norm.startswith("ال") and (m.sentence, k) not in placed \
            and toks[k].norm not in LYING_WORDS:
        k += 1  # «حي اليرموك الثانية غربي بعقوبة»
    if k >= len(toks):
        return None
    if toks[k].norm in DIRECTION_WORDS:
        k += 1
        if k < len(toks) and toks[k].norm in DIRECTION_WORDS:
            k += 1  # «شمال شرقي»
    elif toks[k].norm in LYING_WORDS and k + 1 < len(toks) and toks[k + 1].norm in LYING_LINKS:
        k += 2
    else:
        return None
    return next((placed[(m.sentence, j)] for j in range(k, min(k + 3, len(toks))) if (m.sentence, j) in placed), None)


_AFTER_A_PLACE = frozenset({"في", "من", "الي", "علي", "امس", "اليوم", "خلال", "شمال", "جنوب", "شرق", "غرب", "وسط",
                            "شمالي", "جنوبي", "شرقي", "غربي", "الحدوديه", "المجاوره", "اليمنيتين", "الحدوديتين",
                            "مساء", "صباح", "فجر", "ليله", "ليل", "ظهر", "عصر", "بعد", "قبل", "منذ", "يوم", "حيث"})


def _governorate_lists(mentions: list[Mention], sentences: list[list[Token]]) -> None:
    """«في صعدة وعمران وحجة», «محافظتي حجة وصعدة»: a governorate's name that is also a common
    word («حجة», a pretext) needs a head, except as an item of a list of governorates — joined by
    «و» (a comma allowed before it) to a governorate that stands on its own, of the same country. It
    is then read as that governorate only (in place, left to right, so a list passes it on: «صعدة وعمران وحجة»)."""
    def joined(a: Mention, b: Mention) -> bool:  # b right after a: «عمران وحجة», «عمران، وحجة»
        toks = sentences[a.sentence]
        gap = toks[a.tok_end: b.tok_start]
        return a.sentence == b.sentence and toks[b.tok_start].norm[:1] == "و" \
            and all(t.text in {"،", ","} for t in gap) and len(gap) <= 1

    def governorate(m: Mention) -> bool:
        return (m.bare_ok or bool(m.head)) and bool(m.candidates) and m.candidates[0].is_admin1

    def list_end(m: Mention) -> bool:  # what follows an item: punctuation, the end, «و…», a preposition
        toks = sentences[m.sentence]
        if m.tok_end >= len(toks) or toks[m.tok_end].is_punct:
            return True
        after = toks[m.tok_end].norm
        return after[:1] == "و" or after in _AFTER_A_PLACE

    for k, m in enumerate(mentions):
        if m.bare_ok or m.head or not any(c.is_admin1 for c in m.candidates) or not list_end(m):
            continue  # «في صعدة وحجة التحالف أن …»: «حجة» is the coalition's argument
        prev = mentions[k - 1] if k else None
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        neighbour = prev if prev is not None and governorate(prev) and joined(prev, m) else \
            nxt if nxt is not None and governorate(nxt) and joined(m, nxt) else None
        same = [c for c in m.candidates if c.is_admin1 and neighbour is not None
                and c.country == neighbour.candidates[0].country]
        if same:  # «في عدن والجنوب وتعز»: Israel's «الجنوب» is no item of a list of Yemen's governorates
            m.candidates = same
            m.bare_ok = True


def generic_phrase(tokens: list[Token]) -> bool:
    """Is this token run a description of a place, not a name: only place-type heads, their
    tails and generic adjectives («للبلدة الجنوبية», «في المناطق المجاورة»)? A phrase that is
    itself a gazetteer name («المنطقة الشرقية») is a name. The statistical taggers' LOCATION spans
    pass through this (they learned «ال» + adjective as a name from ANERcorp's proper names)."""
    if not tokens:
        return False
    gaz = Gazetteer.load()
    rules = gaz.rules
    for tok in tokens:
        forms = proclitic_variants(tok.norm)
        if not any(
            f in rules.admin_heads or f in rules.facility_heads or f in rules.tails or f in rules.not_names
            or f in rules.generic
            for f in forms
        ):
            return False
    first = proclitic_variants(tokens[0].norm)
    rest = [t.norm for t in tokens[1:]]
    if any(gaz.has_key(" ".join([v, *rest])) for v in first):
        return False
    # «المنطقة الشرقية»: a region head (heads.json 'prefers') before a first-level name is a name
    if len(tokens) == 2 and any(v.removeprefix("ال") in rules.prefers for v in first):
        return not any(p.tier == "A" for p in gaz.lookup(tokens[1].text))
    return True


WAW_BEFORE_HEADS = ("ووادي", "وواد")  # «و» + a word that itself opens with «و»: no name starts so


def name_start(tokens: list[Token]) -> int:
    """Where the place name in a tagger's LOCATION span begins: after the first token's proclitics
    when only the name without them is in the gazetteer («وعدن», «لعدن» → «عدن»). The taggers tag
    whole tokens (ANERcorp does not split clitics); trimmed, the span covers the same letters as the
    gazetteer's, which then wins it and resolves the place. The article «ال» is never trimmed."""
    gaz = Gazetteer.load()
    first = tokens[0]
    rest = [t.norm for t in tokens[1:]]
    if gaz.has_key(" ".join([first.norm, *rest])):
        return first.start
    if first.norm.startswith(WAW_BEFORE_HEADS):  # «ووادي الحسيني»: the conjunction before a valley's name
        return first.start + clitic_length(first.text, 1)
    for variant in proclitic_variants(first.norm)[1:]:
        letters = clitic_letters(first.norm, variant)
        if first.norm[:letters].endswith("ال") or not gaz.has_key(" ".join([variant, *rest])):
            continue
        return first.start + clitic_length(first.text, letters)
    return first.start


# ---------------------------------------------------------------- mentions


NO_HEAD = ("", False)
HEAD_MEMO_LIMIT = 20_000
# id(head dictionary) → normalised form → (head, definite): every token is asked whether it is a
# facility head, so the answer is kept per form (the dictionaries live as long as the gazetteer).
_HEAD_MEMO: dict[int, tuple[dict, dict[str, tuple[str, bool]]]] = {}


HAMZA_ALEFS = frozenset("أإآ")


def _hamza_misread(text: str, head: str, written: dict[str, str]) -> bool:
    """The token as written has a hamza on an alef where the head is written with a bare one: it
    only folds to the head («وأدى القصف»: "and the shelling led", no «وادي», valley)."""
    form = written.get(head)
    if not form:
        return False
    letters = dediac_ar(text).replace("\u0640", "")
    tail = letters[-len(form):] if len(letters) >= len(form) else ""
    return any(a in HAMZA_ALEFS and b == "ا" for a, b in zip(tail, form))


def _head_of(tok: Token, heads: dict, written: dict[str, str] | None = None) -> tuple[str, bool]:
    """The head word of `heads` the token is, with or without proclitics, and whether it has the
    article; `written` (PlaceRules.written_heads): the heads as written, to tell a word that only
    folds to one by its hamza («وأدى» is no «وادي»)."""
    found = _head_of_norm(tok, heads)
    if found[0] and written and _hamza_misread(tok.text, found[0], written):
        return NO_HEAD
    return found


def _head_memo(heads: dict) -> dict[str, tuple[str, bool]]:
    """The forms asked about `heads` so far → `_head_of_norm`'s answer (NO_HEAD itself for none)."""
    entry = _HEAD_MEMO.get(id(heads))
    if entry is None or entry[0] is not heads:
        entry = _HEAD_MEMO[id(heads)] = (heads, {})
    return entry[1]


def _head_of_norm(tok: Token, heads: dict) -> tuple[str, bool]:
    memo = _head_memo(heads)
    found = memo.get(tok.norm)
    if found is None:
        found = NO_HEAD
        variants = proclitic_variants(tok.norm)
        for v in variants:
            if v in heads:
                found = (v, ("ال" + v) in variants)
                break
        if len(memo) >= HEAD_MEMO_LIMIT:
            memo.clear()
        memo[tok.norm] = found
    return found


def _name_goes_on(toks: list[Token], k: int, gaz: Gazetteer) -> bool:
    """The word at token `k`, right after a one-word name of stoplist 'name_openers', goes on that
    name («تل شور», «عين شيب»): a word of letters, none of 'ends' (prepositions, compass, time
    words), not joined by «و» (a list), and neither a head word nor a known place carrying «ب», «ل»
    or «ف» («عين بمحافظة شبوة», «عين بشبوة»)."""
    if k >= len(toks):
        return False
    tok, rules = toks[k], gaz.rules
    if not tok.text[:1].isalpha() or tok.norm in rules.name_opener_ends or tok.norm.startswith("و"):
        return False
    if tok.norm[:1] in ("ب", "ل", "ف"):
        stem = tok.norm[1:]
        for v in (stem, stem[2:] if stem.startswith("ال") else stem):
            if v in rules.admin_heads or v in rules.name_opener_ends or gaz.has_key(v) or gaz.has_key("ال" + v):
                return False
    return True


def _mentions(doc: Document, gaz: Gazetteer, si: int, toks: list[Token]) -> list[Mention]:
    rules = gaz.rules
    out: list[Mention] = []
    for match in gaz.matcher.find(toks):
        rest = [t.norm for t in toks[match.token_start + 1 : match.token_end]]
        # the first token may carry proclitics («والبيضاء», «للتحالف»): the key is the name itself
        key = next(
            (k for v in proclitic_variants(toks[match.token_start].norm) if gaz.has_key(k := " ".join([v, *rest]))),
            " ".join([toks[match.token_start].norm, *rest]),
        )
        first = toks[match.token_start]
        if TANWEEN.intersection(doc.text[match.start : match.end]):
            continue  # «تكون صبياً غاضباً»: a boy, not Sabya; «كما هي دوماً»: always
        if not key.startswith("ال") and ("ال" + key.split(" ")[0]) in proclitic_variants(first.norm):
            continue  # «المالي» is "financial", not «مالي» (Mali): a name does not take the article
        if first.norm in rules.not_proclitic_forms and " " not in key:
            # «التي كسرت عزلة المدينة»: a verb, not «ك» + «سرت» (Sirte); «قرية بريف إدلب»: in the countryside,
            # not a village «ريف» (a longer name read through the word stands: «بريف دمشق», Rif Dimashq)
            continue
        if _adjective_use(toks, match.token_start, match.start, key, rules) \
                and not _country_noun(key, [gaz.places[i] for i in match.payloads]) \
                and not _road_between(toks, match.token_start, gaz):
            continue
        if key in rules.not_before and match.token_end < len(toks) and toks[match.token_end].norm in rules.not_before[key]:
            continue  # «مسقط رأس الرئيس»: his birthplace, not Muscat
        if key in rules.name_not_after and match.token_start > 0 and match.start == first.start \
                and variant_in(toks[match.token_start - 1].norm, rules.name_not_after[key], depth=1):
            continue  # «قبل أذان المغرب», «بعد صلاة المغرب»: the sunset prayer, not Morocco
        if key in rules.name_openers and _name_goes_on(toks, match.token_end, gaz):
            continue  # «قرية تل شور»: the opening word of a name the gazetteer does not know, not Till (Nablus)
        if _nisba_after_noun(toks, match.token_start, match.start == first.start, key, rules):
            continue  # «جنديا تركيا»: a Turkish soldier, no place (not «متهما تركيا»: accusing Turkey)
        if " " not in key and key.startswith("ال") and match.start == first.start and match.token_start > 0 \
                and not toks[match.token_start - 1].norm.startswith("ال") \
                and variant_in(toks[match.token_start - 1].norm, rules.partitives, depth=1):
            continue  # «أحد البساتين», «إحدى المزارع»: one of some things (not «يوم الأحد الحديدة»: Sunday)
        if " " not in key and key.startswith("ال") and match.start == first.start and match.token_start > 0 \
                and _after_demonstrative(toks[match.token_start - 1].norm, rules.demonstratives) \
                and not any(c.kind == "country" or c.population >= BIG_CITY for c in (gaz.places[i] for i in match.payloads)):
            continue  # «تلك الصومعة», «بهذا المفتاح»: that hermitage, this key (not «هذا العراق»)
        cands = [gaz.places[i] for i in match.payloads]
        m = Mention(match.start, match.end, si, match.token_start, match.token_end, key, cands)
        # «قيادة عمليات بغداد»: the Baghdad Operations Command; its name tells the article's region
        # (the other places are read by it) but is no place where something happens
        m.in_unit = _in_unit_name(toks, match.token_start, rules)
        if match.token_start > 0:
            m.head, m.head_definite = _head_of(toks[match.token_start - 1], rules.admin_heads, rules.written_heads)
            if m.head and rules.possessive_heads and _possessive(toks[match.token_start - 1].text, rules):
                m.head = ""  # «بلده وشعبه»: his country and his people, no «بلدة» (town) «شعبة»
            if m.head:
                head_tok = toks[match.token_start - 1]
                m.head_start = head_tok.start + clitic_length(head_tok.text, len(head_tok.norm) - len(m.head))
                m.head_text = doc.text[m.head_start : head_tok.end]
        if not m.head and _before_proclitic_word(toks, match.token_end, rules.not_before_proclitics.get(key)):
            continue  # «حماة لديننا»: protectors of our religion, not Hama
        if m.head and key in rules.not_names:
            continue  # «محيط المدينة» is the town around which, not al-Madinah
        if _facility_head_of_next(toks, match, key, m, rules):
            continue  # «منطقة معسكر الكرين»: the camp named al-Kareen, not Mascara (Algeria)
        if m.head and first.norm.startswith("و") and first.norm[1:] == key.split(" ")[0]:
            continue  # «كل قرية وهجرة»: a village and a settlement, not the village named «هجرة»
        if not m.head and key in rules.misspelt:
            m.misspelt = _beside_casualty_words(doc, si, toks, match.token_start, match.token_end, rules.misspelt[key])
        if m.head:
            m.generic_head = not rules.admin_heads[m.head]
            m.head_prefers = rules.prefers.get(m.head, ())
            kinds = rules.admin_heads[m.head]
            more = rules.admin_by_country.get(m.head, {})  # «محافظة الحرث»: a Saudi town's area
            countries = rules.admin_countries.get(m.head)
            kept = [c for c in cands if (not kinds or c.kind in kinds or c.kind in more.get(c.country, ()))
                    and (not countries or c.country in countries)]
            if kept:
                m.candidates, m.head_kinds = kept, kinds
            else:  # «مدينة الملك …»: a head that fits no reading is no head of this name
                m.head, m.head_text, m.head_start = "", "", -1
        elif match.token_start > 0 and rules.place_named:
            head, definite = _head_of(toks[match.token_start - 1], rules.facility_heads, rules.written_heads)
            m.facility_head = head in rules.place_named and not definite
            m.after_facility = bool(head) and not definite
        if not m.head and _after_capital(toks, match.token_start, rules):
            kept = [c for c in m.candidates if c.kind in rules.capital_kinds]
            if kept:  # «بالعاصمة اليمنية صنعاء»: the city, not the governorate named like it
                m.candidates = kept
        elif not m.head and _capital_of(toks, match.token_start, rules):
            kept = [c for c in m.candidates if c.is_admin1 or c.kind == "country"]
            if kept:  # «الحوطة عاصمة لحج»: the governorate whose capital it is, not the town named like it
                m.candidates = kept
        told = _told_country(toks, match.token_end, m)
        if told:
            kept = [c for c in m.candidates if c.country == told]
            if not kept:
                continue  # «قرية الحضر السورية»: a Syrian village, not Iraq's al-Hadar
            m.candidates = kept  # «الرقة السورية», «سروج التركية»: that country's place
        # A village named like a governorate or town («عدن» has villages in every Aden district)
        # is that village only when a head says so («قرية عدن»).
        if not LOW_KINDS & set(m.head_kinds) and any(c.tier != "C" for c in m.candidates):
            m.candidates = [c for c in m.candidates if c.tier != "C"]
        surface = dediac_ar(doc.text[m.start : m.end])
        if key in rules.surface:
            m.bare_ok = surface in rules.surface[key]
            spellings, after, not_before = rules.surface_after.get(key, (frozenset(), frozenset(), frozenset()))
            if not m.bare_ok and surface in spellings and match.token_start > 0 and match.start == first.start:
                nxt = toks[match.token_end].norm if match.token_end < len(toks) else ""
                m.bare_ok = toks[match.token_start - 1].norm in after and nxt not in not_before \
                    and not (nxt.isdigit() and len(nxt) == 4)  # «في اب», not «في اب الماضي»
            if not m.bare_ok and match.start != first.start and surface not in rules.surface[key]:
                continue  # «منطقة باب العامود» is a gate, not «إب» behind a proclitic
            if not m.bare_ok and not (m.head and surface in spellings | rules.surface[key]):
                continue  # «مدينة اب» keeps its head; «اب» alone is not the place
        elif key in rules.common or (" " not in key and len(key) <= 2):
            m.bare_ok = False  # «البحر الأحمر» (stoplist 'stop') is the sea unless «محافظة» heads it
        out.append(m)
    return out


# words spelt with a leading «ل» that carry no proclitic «ل» (but, at, did not, because…)
NOT_LI = frozenset({"لدي", "لقد", "ليس", "ليست", "لان", "لكي", "لعل", "لذلك", "لذا", "لما", "لم", "لن", "لا", "لو",
                    "لليوم", "لليله", "للمره", "للاسبوع", "لساعات", "لايام"})  # «حماة لليوم الثالث»: for the third day


def _before_proclitic_word(toks: list[Token], k: int, proclitics: frozenset[str] | None) -> bool:
    """The token at `k` carries one of `proclitics` (stoplist 'not_before' entries «ل+»): «لديننا»,
    «لوطنهم», «للوطن»; not a word that only starts with its letter («لكن», «لدى», «لم»)."""
    if not proclitics or k >= len(toks):
        return False
    word = toks[k].norm
    return any(word.startswith(p) and len(word) - len(p) >= 3 for p in proclitics) \
        and word not in NOT_LI and not word.startswith("لكن")


NISBA_NOT_TELLING = frozenset({"Palestine"})  # «مخيم اليرموك الفلسطيني»: a camp's people, in Syria
NISBA_NOT_AFTER = frozenset({"مخيم", "مخيمات"})


def _told_country(toks: list[Token], k: int, m: Mention) -> str:
    """The country a definite singular nationality adjective right after a place's name tells
    (actors.json 'nationalities'): «الرقة السورية», «قرية الحضر السورية», «سروج التركية». Not after
    a country's name («مصر العربية»), nor after a camp («مخيم اليرموك الفلسطيني»: its people);
    Palestinian places are not told (a camp's or a quarter's people abroad)."""
    if k >= len(toks) or not toks[k].norm.startswith("ال") or any(c.kind == "country" for c in m.candidates):
        return ""
    if m.tok_start > 0 and toks[m.tok_start - 1].norm in NISBA_NOT_AFTER:
        return ""
    hit = lexicons().nationalities.get(toks[k].norm)
    if not hit or hit[1] or hit[0] in NISBA_NOT_TELLING:
        return ""
    return hit[0]


def _facility_head_of_next(toks: list[Token], match, key: str, m: Mention, rules) -> bool:
    """A one-word name that is also a facility head word (heads.json 'facility': «معسكر» is Mascara
    in Algeria and "camp"; «مفرق» Mafraq and "junction") followed by a definite word heads that
    word's facility: «منطقة معسكر الكرين», «في معسكر الطلائع», «مفرق الحيلة». A head that asks for
    a town or city («مدينة معبر») keeps the place."""
    if " " in key or key not in rules.facility_heads or match.token_end >= len(toks):
        return False
    if m.head and rules.admin_heads.get(m.head):
        return False
    nxt = toks[match.token_end]
    return not nxt.is_punct and nxt.norm.startswith("ال") and len(nxt.norm) > 3


def _in_unit_name(toks: list[Token], i: int, rules) -> bool:
    """The name at token `i` follows a unit's words (stoplist 'unit_names'): «قيادة عمليات بغداد»,
    «لقيادة عمليات الأنبار», «غرفة عمليات بركان الفرات» — the name is part of the unit's. Likewise
    a name right after a channel word (stoplist 'channel_words'): «قناة السويس» is the canal,
    «قناة عدن» a television channel; the name informs (Egypt's, Yemen's news), it places nothing."""
    return _after_unit_words([t.norm for t in toks[max(0, i - 3) : i]], rules)


def _after_unit_words(before: list[str], rules) -> bool:
    """`before` (the normalised words before a name) ends with a unit's words, or with them and one
    more word of the unit's name («غرفة عمليات بركان [الفرات]»), or with a channel word («قناة
    السويس», «لقناة عدن»: stoplist 'channel_words')."""
    if before and variant_in(before[-1], rules.channel_words, depth=1):
        return True
    for k in (len(before) - 1, len(before) - 2):
        if k >= 1 and (unit := rules.unit_names.get(before[k])) and variant_in(before[k - 1], unit):
            return True
    return False


def words_before(text: str, end: int, n: int) -> list[str]:
    """`text[:end].split()[-n:]` read from a window before `end`, widened until it holds a word
    more than `n` (so none of the last `n` is cut) or reaches the text's start: the whole prefix
    split for every span cost an article's length each time."""
    width = 64
    while True:
        lo = max(0, end - width)
        words = text[lo:end].split()
        if lo == 0 or len(words) > n:
            return words[-n:] if n else []
        width *= 4


def words_after(text: str, start: int, n: int) -> list[str]:
    """`text[start:].split()[:n]`, read from a window after `start` widened the same way."""
    width = 64
    while True:
        hi = min(len(text), start + width)
        words = text[start:hi].split()
        if hi == len(text) or len(words) > n:
            return words[:n]
        width *= 4


def tagger_place_ruled_out(doc: Document, span: Span) -> bool:
    """A tagger's LOCATION that the gazetteer's word rules say is no place: one word followed by a
    word of its 'not_before' list («النيل من أمن البلاد»: to harm, not the Nile) or after one of its
    'name_not_after' list («بعد صلاة المغرب»: the sunset prayer), a name inside a
    unit's name («قيادة عمليات بغداد»), or a name after a channel word («قناة السويس»)."""
    if span.label != "LOCATION" or span.source == "user" or span.attrs.get("head"):
        return False
    rules = Gazetteer.load().rules
    words = doc.text[span.start : span.end].split()
    after = words_after(doc.text, span.end, 1)
    before = words_before(doc.text, span.start, 3)
    norm = [normalized(w) for w in words]
    if len(norm) == 1 and before and rules.nisba_after.get(norm[0]):
        prev = normalized(before[-1])
        if conj_in(prev, rules.nisba_after[norm[0]]) or (norm[0].endswith("ا") and _count_of_eleven_or_more(prev)):
            return True  # «جنديا تركيا»: a Turkish soldier (stoplist 'nisba_after'); «12 سوريا»: Syrians
    if len(norm) == 1 and before and rules.name_not_after.get(norm[0]) \
            and variant_in(normalized(before[-1]), rules.name_not_after[norm[0]], depth=1):
        return True  # «قبل أذان المغرب»: the sunset prayer, not Morocco (stoplist 'name_not_after')
    if len(norm) == 1 and after:
        nxt = normalized(after[0])
        for v in proclitic_variants(norm[0])[:2]:
            if nxt in rules.not_before.get(v, ()):
                return True
        surface = rules.surface.get(next((v for v in proclitic_variants(norm[0])[:3] if v in rules.surface), ""))
        if surface and not any(dediac_ar(words[0]).endswith(w) for w in surface):
            return True  # «بجده واجتهاده»: «جد» + «ه», Jeddah is written «جدة» (stoplist 'surface')
    return _after_unit_words([normalized(w) for w in before], rules)  # also «افتتاح قناة السويس», «لقناة عدن»


def _beside_casualty_words(doc: Document, si: int, toks: list[Token], a: int, b: int,
                           entry: tuple[str, frozenset[str], frozenset[str]]) -> bool:
    """Is the name at tokens a:b next to a figure or a casualty word (`PlaceRules.misspelt`: the
    words before and after, with proclitics): «مقتل 5 مدنين», «قتلى وجرحى مدنين», «مدنين قتلوا»."""
    from core.entities.numbers import numbers_by_sentence

    _, before, after = entry
    if a > 0 and (variant_in(toks[a - 1].norm, before)
                  or any(h.tok_end == a for h in numbers_by_sentence(doc)[si])):
        return True
    return b < len(toks) and variant_in(toks[b].norm, after)


def _after_capital(toks: list[Token], i: int, rules) -> bool:
    """The name at token `i` follows «العاصمة», right after it or past one word of `capital.between`
    («بالعاصمة اليمنية صنعاء», «العاصمة المؤقتة عدن»)."""
    if i > 1 and toks[i - 1].norm in rules.capital_between:
        i -= 1
    if i == 0:
        return False
    head, definite = _head_of(toks[i - 1], rules.capital_heads)
    return head != "" and definite


def _capital_of(toks: list[Token], i: int, rules) -> bool:
    """The name at token `i` right after an indefinite «عاصمة» (a construct: «X's capital», «الحوطة
    عاصمة لحج», «زنجبار عاصمة أبين»): the name is the governorate or country, not a city."""
    if i == 0:
        return False
    head, definite = _head_of(toks[i - 1], rules.capital_heads)
    return head != "" and not definite


def _possessive(text: str, rules) -> bool:
    """A head as written with a pronoun's «ه» for the «ة» of the head («بلده», «وبلده»: his country)."""
    word = dediac_ar(text)
    return any(word == p or (word.endswith(p) and len(word) - len(p) <= 2 and all(c in "وفبلك" for c in word[:-len(p)]))
               for p in rules.possessive_heads)


def _adjective_use(toks: list[Token], i: int, start: int, key: str, rules) -> bool:
    """«الجامعات السعودية», «الحركة الصومالية»: a one-word definite name right after a definite
    noun, with no proclitic of its own, is an adjective (nisba), not a mention of the place — but not
    the city after «العاصمة» and a nationality adjective («في العاصمة السودانية الخرطوم»: Khartoum)."""
    if " " in key or not key.startswith("ال") or i == 0 or start != toks[i].start:
        return False
    return _definite_noun(toks[i - 1].norm, rules) and not _after_capital(toks, i, rules)


ROAD_HEADS = frozenset({"طريق"})


def _road_between(toks: list[Token], i: int, gaz: Gazetteer) -> bool:
    """«طريق الرمادي الفلوجة», «على طريق مكة المكرمة الرياض»: the road between two places; the second
    definite name right after the first is the road's other end, not its adjective."""
    for n in (1, 2):  # the first end's name in one or two words («طريق مكة المكرمة الرياض»)
        if i - n >= 1 and variant_in(toks[i - n - 1].norm, ROAD_HEADS, depth=1):
            rest = [t.norm for t in toks[i - n + 1:i]]
            if any(gaz.has_key(" ".join([v, *rest])) for v in proclitic_variants(toks[i - n].norm)):
                return True
    return False


def _nisba_after_noun(toks: list[Token], i: int, bare: bool, key: str, rules) -> bool:
    """«جنديا تركيا», «لاجئا سوريا», «وعائلة سورية»: a country spelt like its indefinite nisba, with no
    proclitic of its own, right after one of the indefinite nouns it describes (stoplist
    'nisba_after'; «و», «ف» allowed on the noun) is the adjective, no place."""
    after = rules.nisba_after.get(key)
    if not after or not bare or i == 0:
        return False
    prev = toks[i - 1].norm
    return conj_in(prev, after) or (key.endswith("ا") and _count_of_eleven_or_more(prev))


# the last word of a number from 11 up, after which Arabic names what is counted in the singular
# accusative: «خمسة عشر», «ثلاث عشرة», «ثلاثون», «وعشرين»
TAMYIZ_NUMBER_WORDS = frozenset({"عشر", "عشره", "عشرون", "عشرين", "ثلاثون", "ثلاثين", "اربعون", "اربعين",
                                 "خمسون", "خمسين", "ستون", "ستين", "سبعون", "سبعين", "ثمانون", "ثمانين",
                                 "تسعون", "تسعين"})


def _count_of_eleven_or_more(prev: str) -> bool:
    """«12 سوريا», «ثلاثون بريطانيا», «1380 ألمانيا»: a country spelt like the accusative of its
    nisba right after a number from 11 up is what the number counts (Syrians, Britons), no place;
    a year («في 2008 كينيا») is no count."""
    if prev.isdigit():
        value = int(prev)
        return value >= 11 and not (len(prev) == 4 and 1900 <= value <= 2099)
    return conj_in(prev, TAMYIZ_NUMBER_WORDS)


def _definite_noun(prev: str, rules) -> bool:
    """A definite word that is no admin head («الجامعات», «والحركة»: «و» + «ال» counts too)."""
    if prev.startswith("وال"):
        prev = prev[1:]
    if not prev.startswith("ال") or prev in NOT_DEFINITE or prev in rules.not_adjective_after:
        return False  # «قصفت الطائرات يوم الأحد الحديدة»: the day's name, then the place
    return prev not in rules.admin_heads and prev[2:] not in rules.admin_heads


NISBA_ENDINGS = ("ي", "يه")  # folded: «السعودي», «السعودية» (ة folds to ه)


def _after_demonstrative(prev: str, demonstratives: frozenset[str]) -> bool:
    """The word before a name is a demonstrative, bare or after «و», «ف», «ب» («وتلك», «بهذا»);
    «كذلك», «لذلك» (also, therefore) are adverbs."""
    return prev in demonstratives or (prev[:1] in ("و", "ف", "ب") and prev[1:] in demonstratives)


def _country_noun(key: str, cands: list[PlaceRecord]) -> bool:
    """«يحتل المتمردون اليمن»: a country's name that has no nisba ending («اليمن», «العراق»,
    «الأردن») is never an adjective, whatever noun stands before it; «السعودية» is one
    («السفارة السعودية»), and so are masculine look-alikes of places («الأحمر», «الأوسط»), which
    are no countries."""
    return not key.endswith(NISBA_ENDINGS) and any(c.kind == "country" for c in cands)


def nisba_after_definite(doc: Document, span: Span) -> bool:
    """A tagger's one-word place that is a nisba adjective right after a definite noun («العلاقات
    السعودية المصرية», «القرى الحدودية السعودية»): the gazetteer reads it as no place
    (`_adjective_use`), so the tagger's span over it is no place either; nor is an indefinite
    country adjective («طائرة إغاثية سعودية», `_indefinite_nisba`)."""
    if span.label != "LOCATION" or " " in span.text.strip():
        return False
    for toks in doc.sentence_tokens():
        if not toks or span.start >= toks[-1].end or toks[0].start > span.start:
            continue
        i = next((k for k, t in enumerate(toks) if t.start == span.start), None)
        if i is None or i == 0 or toks[i].end != span.end:
            return False
        norm = toks[i].norm
        if not norm.endswith(NISBA_ENDINGS):
            return False
        if not norm.startswith("ال"):
            return _indefinite_nisba(norm)
        return _definite_noun(toks[i - 1].norm, Gazetteer.load().rules)
    return False


def without_nisba_tail(doc: Document, span: Span) -> Span:
    """A tagger's place of two words or more whose last word is a definite singular nationality
    adjective and whose other words are a gazetteer name («الرقة السورية», «الأنبار العراقية»)
    ends before the adjective: it tells the country (`_told_country`), it is no part of the name,
    and the name alone is the gazetteer's to place."""
    if span.label != "LOCATION":
        return span
    words = span.text.split()
    if len(words) < 2:
        return span
    last = normalized(words[-1])
    hit = lexicons().nationalities.get(last) if last.startswith("ال") else None
    if not hit or hit[1]:
        return span
    head = span.text[: span.text.rstrip().rfind(words[-1])].rstrip()
    if not head or not Gazetteer.load().has_key(normalized(head)):
        return span
    return doc.span(span.start, span.start + len(head), span.label, span.source, **span.attrs)


def _indefinite_nisba(norm: str) -> bool:
    """«طائرة إغاثية سعودية», «وحماية سعودية», «جندي يمني»: an indefinite word, written with no
    proclitic, that is the adjective of a country («السعودية», «اليمن», «مصر») and names no place
    of its own is an adjective after a noun, never the country (named with its article). A word
    behind a proclitic («وسعودية») spells no country this way and stays."""
    gaz = Gazetteer.load()
    if gaz.has_key(norm):
        return False
    stem = norm[:-2] if norm.endswith("يه") else norm[:-1]
    return any(p.kind == "country" for name in ("ال" + stem + "يه", "ال" + stem, stem) for p in gaz.lookup(name))


# ---------------------------------------------------------------- context


def _provides(p: PlaceRecord) -> list[tuple[str, ...]]:
    keys: list[tuple[str, ...]] = [("c", p.country)]
    if p.admin1_ar:
        keys.append(("a1", p.country, p.admin1_ar))
    if p.kind in LINK_KINDS and p.admin2_ar:
        keys.append(("a2", p.country, p.admin1_ar, p.admin2_ar))
    return keys


def _wants(p: PlaceRecord) -> list[tuple[str, ...]]:
    keys: list[tuple[str, ...]] = [("c", p.country)]
    if p.admin1_ar:
        keys.append(("a1", p.country, p.admin1_ar))
    if p.admin2_ar and p.kind != "district":
        keys.append(("a2", p.country, p.admin1_ar, p.admin2_ar))
    return keys


def _set_provides(m: Mention, readings: list[PlaceRecord]) -> None:
    m.provides = {}
    if not readings:
        return
    share = 1.0 / len(readings)
    for p in readings:
        for k in _provides(p):
            m.provides[k] = m.provides.get(k, 0.0) + share


def _country_votes(mentions: list[Mention]) -> Counter[str]:
    """One vote a mention for the country of its tier-A readings, when they all lie in one country and the
    mention stands bare or with a head word."""
    votes: Counter[str] = Counter()
    for m in mentions:
        pool = [m.chosen] if m.chosen else m.candidates
        countries = {c.country for c in pool if c.tier == "A"}
        if len(countries) == 1 and (m.bare_ok or m.head):
            votes[countries.pop()] += 1
    return votes


def _dominant(mentions: list[Mention]) -> str | None:
    votes = _country_votes(mentions)
    top = votes.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def _same_news_tie(mentions: list[Mention]) -> frozenset[str]:
    """No main country because Israel and Palestine tie for it (`SAME_NEWS`: «القدس» votes
    Palestine, «إسرائيل» Israel, as often in the same news): both, for `_home_town_abroad`, whose
    towns are then named bare as in news of either («مستشفى سوروكا في بئر السبع»). Any other tie,
    or a third country as strong, leaves none."""
    votes = _country_votes(mentions)
    top = votes.most_common(3)
    if len(top) < 2 or top[0][1] != top[1][1] or (len(top) == 3 and top[2][1] == top[0][1]):
        return frozenset()
    pair = {top[0][0], top[1][0]}
    return frozenset(pair) if SAME_NEWS.get(top[0][0]) == top[1][0] else frozenset()


@dataclass(slots=True)
class _Provided:
    """Who names one context key: best weight per name, overall and per sentence."""

    overall: dict[str, float] = field(default_factory=dict)
    by_sentence: dict[int, dict[str, float]] = field(default_factory=dict)
    # `_best_other`'s answers: the best name and weight and the second weight of `overall` (key
    # None) and of each sentence's names, worked out when first asked
    tops: dict[int | None, tuple[str | None, float, float]] = field(default_factory=dict)


Providers = dict[tuple[str, ...], _Provided]


def _providers(mentions: list[Mention]) -> Providers:
    """Indexed so a lookup costs the number of distinct names, not of mentions (long articles)."""
    index: Providers = {}
    for m in mentions:
        for key, weight in m.provides.items():
            entry = index.setdefault(key, _Provided())
            entry.overall[m.key] = max(entry.overall.get(m.key, 0.0), weight)
            sent = entry.by_sentence.setdefault(m.sentence, {})
            sent[m.key] = max(sent.get(m.key, 0.0), weight)
    return index


def _support(m: Mention, entry: _Provided) -> float:
    """Best weight × distance over mentions of other names (a repeated name is no context)."""
    best = ANYWHERE * _best_other(entry, None, entry.overall, m.key)
    for delta in range(-NEAR_SENTENCES, NEAR_SENTENCES + 1):
        names = entry.by_sentence.get(m.sentence - delta)
        if names:
            factor = SAME if delta == 0 else BEFORE if delta > 0 else AFTER
            best = max(best, factor * _best_other(entry, m.sentence - delta, names, m.key))
    return best


def _best_other(entry: _Provided, at: int | None, names: dict[str, float], key: str) -> float:
    """The best weight in `names` (`entry.overall` for `at` None, else sentence `at`'s) of a name
    other than `key`, 0.0 if none: from the dict's best two, found once (`_support` asks for every
    reading of every mention, and scanning the names each time grew with the square of a long
    article's places)."""
    top = entry.tops.get(at)
    if top is None:
        first_key, first, second = None, 0.0, 0.0
        for k, w in names.items():  # weights are shares of readings: all above 0
            if first_key is None or w > first:
                first_key, first, second = k, w, first
            elif w > second:
                second = w
        top = entry.tops[at] = (first_key, first, second)
    return top[1] if top[0] != key else top[2]


def _score(m: Mention, c: PlaceRecord, providers: Providers, dominant: str | None) -> tuple[float, dict[str, float]]:
    support: dict[str, float] = {}
    for want in _wants(c):
        entry = providers.get(want)
        best = _support(m, entry) if entry else 0.0
        if best:
            support[want[0]] = best * WANT_WEIGHTS[want[0]]
    score = sum(support.values()) + KIND_PRIORITY.get(c.kind, 0.0) + 0.01 * math.log10(c.population + 1)
    big_city = c.kind == "city" and c.population >= BIG_CITY
    if big_city:  # «القاهرة»: Cairo before a district so named
        score += BIG_CITY_BONUS
        if c.country == dominant:  # the article's own capital, bare, over a district abroad (a hint a sentence away)
            score += BIG_CITY_HOME_BONUS
    if _country_namesake(m, c):
        # «خذ مثال تونس»: a bare name that is also its country's is the country, whatever places of
        # the capital's governorate («متحف باردو») stand around it
        score -= sum(support.values())
    elif _stands_aside(m, c, support):
        # its country named («مصر») does not make it the one meant, nor (a district) its governorate far away
        score -= support.get("c", 0.0) if c.tier != "A" else sum(support.values())
    elif dominant and c.country == dominant:
        score += DOMINANT_BONUS
    if c.kind in m.head_kinds:  # «مدينة البيضاء»: the city before the district of the same name
        score += HEAD_BONUS / (1 + m.head_kinds.index(c.kind))
    elif c.kind in m.head_prefers:  # «منطقة الجوف»: a Saudi region first
        score += HEAD_BONUS
    return score, support


def _country_namesake(m: Mention, c: PlaceRecord) -> bool:
    """A reading, other than the country, of a bare name that is also a country's name and lies in
    that country («تونس»: Tunis governorate and city besides Tunisia; «الكويت»). A head word
    («ولاية تونس», «مدينة الكويت») or «العاصمة» before it (`_after_capital`) has already left only the
    readings it asks for."""
    return not m.head and c.kind != "country" \
        and any(x.kind == "country" and x.country == c.country for x in m.candidates)


def _stands_aside(m: Mention, c: PlaceRecord, support: dict[str, float]) -> bool:
    """A town or village that could not be named bare here (tier B with no governorate or district
    of its own mentioned, tier C with no district, no head word) takes no credit from its country
    (named, or the article's main one) against a city of a million that shares its name: «بين
    القاهرة والرياض», «مصر» in the sentence, is Riyadh, not the Egyptian town al-Riyad (`_fires`
    would drop that reading, and the mention with it). A district (tier A) stands aside likewise
    unless its governorate or district is named within two sentences, and then takes no credit at
    all: «عقدت في القاهرة … الرئيس المصري» in Yemen news is Cairo, not Taiz's al-Qahira district
    (Taiz's «باب المندب» eleven sentences later)."""
    if m.head or m.facility_head or c.kind == "country" or c.is_admin1:
        return False
    near_a1 = support.get("a1", 0.0) > ANYWHERE * WANT_WEIGHTS["a1"]
    near_a2 = support.get("a2", 0.0) > ANYWHERE * WANT_WEIGHTS["a2"]
    if c.tier == "A":  # a district: only its governorate or district named near (not anywhere) backs it
        return not (near_a1 or near_a2) and c.population < BIG_CITY and _big_city_homonym(m)
    # a town likewise: its governorate named far off in the article («زنجبار في محافظة أبين» at the
    # end of a Rabat wire) does not make a bare «الرباط» the Abyan town
    enough = near_a1 or near_a2 if c.tier == "B" else near_a2
    return not enough and (_big_city_homonym(m) or _unnameable_town(m, c, support))


VILLAGE_BESIDE_CITY = 10  # a namesake abroad this many times as big outweighs the main country's village


def _unnameable_town(m: Mention, c: PlaceRecord, support: dict[str, float]) -> bool:
    """«صيدا» in news of Palestine: the West Bank village (tier B, 3,000 people) with no governorate
    or district of its own named anywhere, beside Lebanon's Sidon (tier A). `_fires` would drop the
    village reading (a namesake abroad as big: `_home_town_abroad`), and the mention with it, so
    the article's main country does not make it the one meant, when the namesake is a town ten
    times as big (`VILLAGE_BESIDE_CITY`): Egypt's Rafah (44,000) in news of Egypt keeps its reading
    against Gaza's (126,000). Yemen's towns are left as they were (they ask for their governorate
    whatever their namesakes)."""
    if c.tier != "B" or c.country == HOME or support.get("a1", 0.0) + support.get("a2", 0.0) > 0:
        return False
    return any(x.country != c.country and x.tier == "A" and x.population >= VILLAGE_BESIDE_CITY * max(c.population, 1)
               for x in m.candidates)


def _big_city_homonym(m: Mention) -> bool:
    return any(x.kind == "city" and x.population >= BIG_CITY for x in m.candidates)


def _resolve(mentions: list[Mention]) -> str | None:
    """Choose each mention's reading; returns the article's main country."""
    for m in mentions:  # pass 1: every reading that could count provides context, shared
        _set_provides(m, [c for c in m.candidates if c.tier == "A" or m.head])
    dominant = None
    for _ in range(2):
        dominant = _dominant(mentions)
        providers = _providers(mentions)
        for m in mentions:
            scored = sorted(
                ((_score(m, c, providers, dominant), c) for c in m.candidates),
                key=lambda sc: (-sc[0][0], sc[1].index),
            )
            (m.score, m.support), m.chosen = scored[0]
            m.ranked = [c for _, c in scored]
        for m in mentions:  # pass 2 sees only the chosen readings that could be named here
            _set_provides(m, [m.chosen] if m.chosen and _nameable(m) else [])
    return _dominant(mentions)


def _nameable(m: Mention) -> bool:
    """Could the chosen reading be named here (as `_fires` asks, the article's country aside)? A
    bare village or town with no governorate or district of its own around is no context for
    others: «هبة الله» (a person) and «مقر شبيه» (an adjective) are Taiz villages, and made the
    bare «القاهرة» of the same article the Taiz district. After a facility head it may be the
    place the facility is named after, and informs («معسكر الصباحة غرب صنعاء»)."""
    c = m.chosen
    if c is None:
        return False
    if c.tier == "A" or m.head or m.facility_head or m.after_facility:
        return True
    if c.tier == "B":
        return m.support.get("a1", 0.0) + m.support.get("a2", 0.0) > 0
    return m.support.get("a2", 0.0) > 0


def _fires(m: Mention, dominant: str | None, backed: bool, headed: frozenset[str] | set[str] = frozenset(),
           shared: frozenset[str] = frozenset()) -> bool:
    c = m.chosen
    if c is None:
        return False
    head = bool(m.head) and (not m.head_definite or (c.tier == "A" and c.country == dominant and backed)) \
        or m.facility_head  # «منفذ الطوال»: the crossing is named after the town it stands at
    if not m.bare_ok and not head:
        return False
    if not m.bare_ok and m.generic_head and c.tier == "C" and not m.support.get("a2"):
        return False  # «مناطق طيران التحالف»: a common word after «منطقة» needs more than that
    if head or c.tier == "A":
        return True
    admin_support = m.support.get("a1", 0.0) + m.support.get("a2", 0.0)
    if c.tier == "B":
        return admin_support > 0 or _home_town_abroad(m, dominant, headed, shared)
    return m.support.get("a2", 0.0) > 0


def _named_with_head(m: Mention, rules) -> bool:
    """The name matched holds its own head word: the gazetteer's variant «ناحية العلم» of the
    Iraqi town «العلم» is matched whole, so the mention has no separate head, yet the article
    names the town with a head as surely as «مدينة الزبداني» does."""
    words = m.key.split()
    return len(words) > 1 and words[0] in rules.admin_heads


def _home_town_abroad(m: Mention, dominant: str | None, headed: frozenset[str] | set[str],
                      shared: frozenset[str] = frozenset()) -> bool:
    """«قصفت الطائرات الزبداني», «معارك في سراقب»: outside Yemen, a town the gazetteer holds below
    50,000 people (tier B: Zabadani, Saraqib, Madaya, Jisr al-Shughur, Tal Abyad, Afrin …) is named
    bare as often as with its province. It is a place by its name in news of its own country (the
    article's main one), or when the article names it with a head elsewhere («مدينة الزبداني»: the
    bare name is that town again). Not a name news uses as a word (`bare_ok` is false for the
    generated common names: «نبل», «الدور»), not one shared with a place of another country as big,
    and not in Yemen, whose small towns keep asking for their governorate (`HOME`: the gazetteer's
    Yemeni villages and towns are many and often words). A city the gazetteer keeps at tier B (the
    curated border cities of Turkey: Suruç «سروج/سوروتش», Cizre, Silopi, Antakya) is named bare
    the same way («الهجوم الانتحاري في سوروتش»). Israel's towns count so in Palestine's news and
    Palestine's in Israel's (`SAME_NEWS`: «صواريخ من غزة على سديروت»), and in news where the two
    tie for the main country (`shared`, `_same_news_tie`)."""
    c = m.chosen
    if c is None or not m.bare_ok or c.kind not in ("town", "city") or c.country == HOME:
        return False
    # a namesake abroad at least as big is another reading; in news of its own country the town is
    # read over a smaller namesake abroad («سنجار» of Iraq in Iraqi news, not the Idlib village)
    if any(x.country != c.country and (c.country != dominant or x.population >= c.population)
           for x in m.candidates if x.tier != "C"):
        return False
    if dominant is None:  # no main country: only a town named with a head elsewhere (SAME_NEWS.get of a
        return c.id in headed or c.country in shared  # country outside it is None too, which made any
        # bare town abroad a place)
    return c.country == dominant or SAME_NEWS.get(c.country) == dominant or c.id in headed


def _place_span(doc: Document, m: Mention) -> Span:
    c = m.chosen
    assert c is not None
    gaz = Gazetteer.load()
    kind = c.kind
    if m.head in gaz.rules.as_kind and c.kind == "district":
        kind = gaz.rules.as_kind[m.head]
    attrs = c.to_dict()
    attrs.update(
        kind=kind,
        head=m.head_text,
        geo_precision=3 if c.kind == "country" or c.is_admin1 else 2 if c.id.startswith("near:") else PRECISION.get(kind, 1),
        alternatives=_alternatives(m),
    )
    attrs["name_start"], attrs["name_end"] = m.start, m.end
    start = m.head_start if m.head and not m.head_definite else m.start
    return doc.span(start, m.end, "LOCATION", "gazetteer", **attrs)


def _alternatives(m: Mention, limit: int = 5) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    seen = {(m.chosen.name_en, m.chosen.admin1_en, m.chosen.kind)} if m.chosen else set()
    for a in m.ranked[1:]:
        if (a.name_en, a.admin1_en, a.kind) in seen:
            continue
        seen.add((a.name_en, a.admin1_en, a.kind))
        out.append({"name_en": a.name_en, "admin1_en": a.admin1_en, "kind": a.kind, "country": a.country, "place_id": a.id})
        if len(out) == limit:
            break
    return out


# ---------------------------------------------------------------- facilities

CITY_DISTRICT_KINDS = frozenset({"district", "subdistrict", "area"})  # «حي X» where X is one of these of the town after it


def _facilities(doc: Document, gaz: Gazetteer, sentences: list[list[Token]], fired: list[Mention]) -> list[Span]:
    rules = gaz.rules
    by_start = {(m.sentence, m.tok_start): m for m in fired}
    covered = {(m.sentence, i) for m in fired for i in range(m.tok_start, m.tok_end)}
    out: list[Span] = []
    homonyms: set[int] = set()  # names inside «حي …» that the gazetteer read as some other place
    quarter_heads = {c + head: head for c in QUARTER_PROCLITICS
                     for head in (*rules.city_parts_plural, *rules.placed_parts_plural)}
    # a newspaper named like its city («ل"الرياض"») places no facility near it
    fired = [m for m in fired if not quoted_medium(sentences[m.sentence], m.tok_start, m.tok_end)]
    # the name inside another quarter («وحي الروضة»: Shabwah's district of that name) is no context
    # for a quarter named beside it («شارع التحرير الأسفل» in Taiz news)
    quarter_names = {id(m) for m in fired if m.tok_start > 0
                     and _head_of(sentences[m.sentence][m.tok_start - 1], rules.facility_heads)[0] in rules.city_parts}
    known = _head_memo(rules.facility_heads)  # most words are known already to be no head: no call for them
    for si, toks in enumerate(sentences):
        i = 0
        while i < len(toks) - 1:
            if known.get(toks[i].norm) is NO_HEAD:
                i += 1
                continue
            head, definite = _head_of(toks[i], rules.facility_heads, rules.written_heads)
            if (
                not head
                or definite
                or (si, i) in covered
                or (i > 0 and toks[i - 1].norm in rules.not_after)
                or variant_in(toks[i].norm, rules.not_heads, depth=1)  # «ما كتبه»
            ):
                i += 1
                continue
            end, inner = _facility_name(toks, i + 1, si, rules, by_start)
            if end is not None and toks[i + 1].norm in rules.not_names_after.get(head, ()):
                end = None  # «جزيرة العرب»: the Arabian Peninsula, no island named «العرب»
            if end is not None and inner is None and head in rules.strict_heads:
                end = None  # «عن طريق التشدد»: this head needs a gazetteer place after it
            if end is None:
                i += 1
                continue
            tok = toks[i]
            start = tok.start + clitic_length(tok.text, len(tok.norm) - len(head))
            stop = toks[end - 1].end
            others = [m for m in fired if (m.end <= start or m.start >= stop) and id(m) not in homonyms]
            after_list = _container(toks, _list_end(toks, end, rules), si, by_start)
            titled = inner is not None and toks[i + 1].norm in rules.title_words  # «متنزه الشيخ زايد»: a person's name
            if inner is not None and (head in rules.city_parts or titled) and after_list is None:
                # «حي الروضة» in Taiz news is Taiz's neighbourhood, not Shabwah's district of that name:
                # the name inside places it only when the nearest place told before agrees (or there is none);
                # a name after a title, whatever its country (Egypt's town «الشيخ زايد» in Taiz news)
                other = _nearest([m for m in others if m.end <= start], si, start)  # the context told so far
                if other is not None and other.chosen is not None and inner.chosen is not None \
                        and (titled or other.chosen.country == inner.chosen.country) \
                        and other.chosen.admin1_en != inner.chosen.admin1_en:
                    homonyms.add(id(inner))
                    inner = None
            # a crossing named after its town stands on the border: the side the text names goes
            # first («منفذ الطوال» near «حرض» is Hajjah's), its town when the text names no other place
            named_by = inner if inner is not None and inner.facility_head else None
            if named_by is not None:
                inner = None
            near = _container(toks, end, si, by_start) or after_list or inner \
                or _capital_beside(toks, end, si, by_start, [m for m in others if m.end <= start], gaz) \
                or _nearest([m for m in others if id(m) not in quarter_names], si, start) or named_by
            if named_by is not None and near is not named_by and near.chosen is not None and near.chosen.kind == "country":
                near = named_by  # a country says less than the town it is named after («إلى السعودية عبر منفذ حرض»)
            town = near if near is not inner else next(
                (m for m in others if m.sentence == si and m.chosen is not None and m.chosen.kind in ("city", "governorate")), None)
            if head in rules.city_parts and inner is not None and town is not None and town is not inner \
                    and inner.chosen is not None and town.chosen is not None \
                    and inner.chosen.kind in CITY_DISTRICT_KINDS and inner.chosen.admin1_en \
                    and inner.chosen.admin1_en == town.chosen.admin1_en and inner.chosen.country == town.chosen.country:
                # «حي التواهي بعدن», «حي المعلا، … في عدن»: the quarter is a district (or known area) of
                # the town named with it; the gazetteer's name says more than "somewhere in Aden"
                i = end
                continue
            out.append(_facility_span(doc, start, toks[end - 1].end, rules.facility_heads[head], near))
            i = end
        out.extend(_quarter_list(doc, toks, si, fired, by_start, rules, quarter_heads))
        if rules.dual_heads:
            out.extend(_dual_list(doc, toks, si, fired, by_start, rules))
        if rules.plural_heads:
            out.extend(_plural_list(doc, toks, si, fired, by_start, rules))
    return out


MY_HEADS = frozenset({"قريتي", "مدينتي", "بلدتي"})  # also "my village/city/town": a known name or a container needed
LIST_BOUNDARIES = frozenset({"عقب", "اثر", "جراء", "ضد", "حتي", "ضمن", "التابعه", "الواقعه", "المطله", "المحاذيه",
                             "شمالا", "جنوبا", "شرقا", "غربا", "عبر", "نحو", "باتجاه", "لمده", "طوال", "اليوم", "امس",
                             "ما", "مما", "الذي", "التي", "اللتين", "الذين", "حيث", "كما", "فيما", "بينما"})
NAME_STARTERS = frozenset({"دير", "تل", "كفر", "عين", "جسر", "راس", "ام", "ابو", "بير", "بئر", "بيت", "حزم", "كتف",
                           "فتحه", "جبل", "وادي", "سوق", "باب", "بني", "ال", "ذي", "ذو", "حوض", "نقيل"})


def _dual_list(doc: Document, toks: list[Token], si: int, fired: list[Mention], by_start: dict, rules) -> list[Span]:
    """«سيطرت المقاومة على منطقتي الوهط وصبر», «في جبهتي زنجبار والمنطقة الوسطى»: a dual head
    (heads.json "dual") says the two names joined by «و» after it are places of its kind. A name of
    the pair the gazetteer does not know — a common word («صبر») or a description («المنطقة الوسطى»)
    — becomes a place of that kind, its district left blank (the pair are two places, which ACLED
    codes apart), placed by, in order: a container right after the pair («… في جازان», «بريف حلب»);
    the other name when it is a town or smaller (a governorate or a city beside it is a peer, not a
    container: «منطقتي الأحساء وعسير», «مدينتي بيتليس وديار بكر»); the nearest place below a country
    told in the sentence; else none (the incident step places it by its context). A name is one word — two after a word that starts
    names («دير الزغب», «حزم العدين») or when the second is a generic adjective («المنطقة الوسطى»);
    a name not followed by a boundary (punctuation, a preposition, a time or direction word, «و»)
    is cut short and the pair is left alone, and so is a second word that is a head of the place
    after it («ومرفأ طرابلس»). «قريتي», «مدينتي», «بلدتي» also mean "my village…": the pair needs a
    known name or a container."""
    out: list[Span] = []
    forms = rules.dual_forms
    for h, tok in enumerate(toks[:-3]):
        bare_head = forms.get(tok.norm)
        if bare_head is None:
            continue
        kind = rules.dual_heads[bare_head]
        first = by_start.get((si, h + 1))
        end1 = first.tok_end if first is not None else _dual_name_end(toks, h + 1, rules)
        if first is None and end1 is not None and end1 + 1 < len(toks) and toks[end1].norm[:1] != "و" \
                and _facility_second(toks, end1 + 1, si, rules, by_start) is not None \
                and _dual_name_end(toks, end1, rules) == end1 + 1:
            end1 += 1  # «منطقتي خشم رميد ومثلث العبر»: a new name of two words, then a facility named
        if end1 is None or end1 >= len(toks) or toks[end1].norm[:1] != "و" or len(toks[end1].norm) < 4:
            continue
        second = by_start.get((si, end1))
        facility_end = _facility_second(toks, end1, si, rules, by_start) if second is None else None
        if facility_end is not None:  # «ومثلث العبر»: the facility step reads the second place
            if first is not None:
                continue
            end2 = facility_end
        else:
            end2 = second.tok_end if second is not None else _dual_name_end(toks, end1, rules, waw=True, last=True)
        if end2 is None or (first is not None and second is not None) or (second is None and by_start.get((si, end2))):
            continue  # both known; or the second word heads the place after it («ومرفأ طرابلس»)
        if facility_end is not None:
            out += _listed_places(doc, toks, ((first, h + 1, end1, False),), kind,
                                  _container(toks, end2, si, by_start) or _nearest_in_sentence(fired, si, tok.start), tok, "dual")
            continue
        known = next((m for m in (first, second) if m is not None and m.chosen is not None), None)
        container = _container(toks, end2, si, by_start)
        if known is not None and (known.chosen.is_admin1 or known.chosen.kind in ("country", "city")):
            known = None  # a peer, not a container: «منطقتي الأحساء وعسير»
            if container is None:
                continue
        if bare_head in MY_HEADS and known is None and container is None:
            continue  # «في قريتي الطفلة وامتد ظل السمار»: "my village"
        near = container or known or _nearest_in_sentence(fired, si, tok.start)
        out += _listed_places(doc, toks, ((first, h + 1, end1, False), (second, end1, end2, True)), kind, near, tok, "dual")
    return out


def _facility_second(toks: list[Token], k: int, si: int, rules, by_start: dict) -> int | None:
    """The token end of «و» + a facility head and its name at `k` («ومثلث العبر»), the second place
    of a dual pair the facility step reads, or None."""
    if k >= len(toks) or toks[k].norm[:1] != "و" or by_start.get((si, k)) is not None:
        return None
    if toks[k].norm[1:] not in rules.facility_heads:
        return None
    end, _inner = _facility_name(toks, k + 1, si, rules, by_start)
    return end


def _nearest_in_sentence(fired: list[Mention], si: int, offset: int) -> Mention | None:
    """The last resort placing the new names of a list after a dual or plural head: the nearest
    place below a country told in sentence `si`."""
    return _nearest([m for m in fired if m.chosen is not None and m.chosen.kind != "country" and m.sentence == si], si, offset)


def _listed_places(doc: Document, toks: list[Token], items, kind: str, near, head: Token, how: str) -> list[Span]:
    """The new places of a list after a dual or plural head (`_dual_list`, `_plural_list`): each item
    (known mention or None, first token, end token, after «و») no step knew becomes a place of the
    head's kind placed by `near`, its «و» left out, its district blank."""
    out: list[Span] = []
    for m, a, b, waw in items:
        if m is not None:
            continue
        start = toks[a].start + (clitic_length(toks[a].text, 1) if waw else 0)
        span = _facility_span(doc, start, toks[b - 1].end, kind, near)
        span.attrs.update(admin2_ar="", admin2_en="", head=head.text, place_id=f"{how}:" + "_".join(dediac_ar(span.text).split()))
        out.append(span)
    return out


PLURAL_ITEMS = 8  # the most names a list after a plural head is read for
PLURAL_OPENERS = frozenset({"منها", "ومنها", "مثل", "بينها", "ابرزها"})  # «مناطق منها الوهط وصبر»


def _plural_list(doc: Document, toks: list[Token], si: int, fired: list[Mention], by_start: dict, rules) -> list[Span]:
    """«دارت مواجهات في جبهات كلابة وحوض الأشرف», «تقصف قرى صرادة والمجيرين», «جبهات سناح»: an
    indefinite plural head (heads.json "plural") says the names after it, joined by «و» (or «، و»),
    are places of its kind, like the pair after a dual head (`_dual_list`). A name the gazetteer
    does not know becomes a place of that kind, placed by, in order: a container right after the list
    («… بمحافظة لحج»); a known item of the list that is a town or smaller; the nearest place below a
    country told in the sentence; else none (the incident step places it by its context). The list
    is read name by name (`_dual_name_end`: one word, two after a name-starting word) and ends at
    the first word that is no name — a preposition, a verb, a number, punctuation, an ordinary word
    («مناطق واسعة», «جبهات القتال», «مديريات المحافظة»), an adjective or an actor
    ("plural_not_names": «مناطق سيطرة الحوثيين», «مناطق سكنية») —; a known place or a head with
    its name («وشارع الأربعين») is an item the other steps read. Its last unknown name needs a
    boundary after it (`_boundary`); a definite head («الأحياء السكنية», «المناطق الوسطى») opens
    no list."""
    out: list[Span] = []
    forms = rules.plural_forms
    for h, tok in enumerate(toks[:-1]):
        bare_head = forms.get(tok.norm)
        if bare_head is None:
            continue
        kind = rules.plural_heads[bare_head]
        j = h + 1
        if toks[j].norm in PLURAL_OPENERS:
            j += 1
        items: list[tuple[Mention | str | None, int, int, bool]] = []  # (known mention, start, end, after «و»)
        while j < len(toks) and len(items) < PLURAL_ITEMS:
            waw = bool(items)
            m = by_start.get((si, j))
            word = toks[j].norm[1:] if waw else toks[j].norm
            if m is not None:
                end = m.tok_end
            elif word in rules.facility_heads or word in rules.admin_heads:
                end, _inner = _facility_name(toks, j + 1, si, rules, by_start)  # «وشارع الأربعين»
                if end is None:
                    break
                m = _inner or "facility"  # a place the facility step reads: no new span
            else:
                if word in rules.plural_not_names or word in rules.generic or word in rules.not_names \
                        or (not waw and word[:1] == "و" and (word[1:] in ordinary_strings() or word[1:] in forms)) \
                        or _indefinite_adjective(word) or TANWEEN.intersection(toks[j].text):
                    break  # «قرى ومدن», «جبهات قتالية», «مناطق محيطة», «وامتداداً»: no name
                end = _dual_name_end(toks, j, rules, waw=waw)
                if end is None or any(t.norm in rules.plural_not_names for t in toks[j + 1:end]):
                    break
            items.append((m, j, end, waw))
            if end < len(toks) and toks[end].text in {"،", ","} and end + 1 < len(toks) \
                    and toks[end + 1].norm[:1] == "و" and len(toks[end + 1].norm) > 3:
                j = end + 1  # «مناطق الفيوش، وصبر، والوهط»
            elif end < len(toks) and toks[end].norm[:1] == "و" and len(toks[end].norm) > 3:
                j = end
            else:
                break
        # the last unknown name needs a boundary after it (the name goes on: «ودير الزغب» read as «دير»)
        while items and items[-1][0] is None and not _list_end_ok(toks, items[-1][2], si, by_start, rules):
            items.pop()
        if not any(m is None for m, *_ in items):
            continue
        last = items[-1][2]
        container = _container(toks, last, si, by_start)
        known = next((m for m, *_ in items if isinstance(m, Mention) and m.chosen is not None
                      and not m.chosen.is_admin1 and m.chosen.kind not in ("country", "city")), None)
        near = container or known or _nearest_in_sentence(fired, si, tok.start)
        out += _listed_places(doc, toks, items, kind, near, tok, "plural")
    return out


def _indefinite_adjective(word: str) -> bool:
    """An indefinite feminine adjective after a plural head: a nisba («قتالية», «سكنية») or a
    participle of the form مُفعِلة/مُفعَلة («محيطة», «مجاورة», «متفرقة»), no name."""
    return not word.startswith("ال") and word.endswith("ه") and (
        word.endswith("يه") or (word.startswith("م") and len(word) in (5, 6)))


def _dual_name_end(toks: list[Token], j: int, rules, waw: bool = False, last: bool = False,
                   ordinary: bool = False, family: bool = False) -> int | None:
    """The token end of a name of a dual pair starting at `j` (after its «و» when `waw`), or None
    when the word there names nothing — a number, a function word, a head's non-name, a word the
    NER training text mostly shows as an ordinary word («منطقتي النزاع والحدود») — or, for the
    `last` name, when no boundary follows it (the name goes on: «ودير الزغب» read as «دير»).
    With `family`, a family's name («آل المؤنس») is a name of two words too."""
    if j >= len(toks) or toks[j].is_punct:
        return None
    word = toks[j].norm[1:] if waw else toks[j].norm
    if (len(word) < 3 and not (family and word in NAME_STARTERS)) or not word.isalpha() or word in NOT_DEFINITE:
        return None
    end = j + 1
    if end < len(toks) and (toks[end].norm in rules.generic or toks[end].norm in rules.tails):
        end += 1  # «المنطقة الوسطى»: a head's word with its adjective is a name here
    elif len(word) < 3:  # «آل المؤنس» (`family`): the family's name goes on
        if end >= len(toks) or toks[end].is_punct:
            return None
        end += 1
    elif word in rules.not_names or (word in ordinary_strings() and not (ordinary and word.startswith("ال"))):
        return None  # «منطقتي النزاع والحدود»: words news mostly uses as ordinary words name nothing
    elif word in NAME_STARTERS and end < len(toks) and not toks[end].is_punct:
        end += 1  # «ودير الزغب», «وحزم العدين»
    if last and end < len(toks) and not _boundary(toks[end]):
        return None
    return end


LIST_END_WORDS = frozenset({"بعد", "بين", "بسبب", "بحسب", "بقيادة", "بمشاركة", "لكن", "لدي", "لصالح", "بهدف"})


def _list_end_ok(toks: list[Token], k: int, si: int, by_start: dict, rules) -> bool:
    """What may follow the last name of a list after a plural head (`_boundary`), a word with a
    proclitic «ب»/«ل» only when it opens a place («بتعز», «بمدينة», «بالمحافظة»), not when the
    letter is the next word's own («وعرق بيضان»: the name goes on)."""
    if k >= len(toks):
        return True
    tok = toks[k]
    if not _boundary(tok):
        return False
    norm = tok.norm
    if norm[:1] in "بل" and not tok.is_punct and norm not in _AFTER_A_PLACE and norm not in LIST_BOUNDARIES \
            and norm not in LIST_END_WORDS:
        rest = norm[1:]
        return (si, k) in by_start or rest.startswith("ال") or rest in rules.admin_heads or rest in rules.facility_heads
    return True


def _boundary(tok: Token) -> bool:
    """What may follow the last name of a list: punctuation, a preposition, a time or direction
    word, or a word with a proclitic «و»/«ب» (the next clause or a container)."""
    norm = tok.norm
    return tok.is_punct or norm in _AFTER_A_PLACE or norm in LIST_BOUNDARIES or norm[:1] in "وبل" \
        or not norm.isalpha() or norm.endswith("تين")  # «المحاصرتين», «الحدوديتين»: the pair's adjective


QUARTER_PROCLITICS = ("", "و", "ب", "ف", "وب", "فب", "ل")
MAIN_TOWN = 50_000  # a town this size after «أحياء» is the town whose quarters they are («أحياء تعز»)
QUARTER_KINDS = frozenset({"area", "neighbourhood", "landmark"})  # a known quarter of the town told before


def _quarter_list(doc: Document, toks: list[Token], si: int, fired: list[Mention], by_start: dict, rules,
                  heads: dict[str, str]) -> list[Span]:
    """«استهدف القصف أحياء كلابة، والموشكي، والروضة، والتحرير» in Taiz news: a gazetteer name in a
    list after a plural head of town parts is that town's neighbourhood when the gazetteer reads it as
    a place of another governorate than the nearest place told before («الروضة», a district of
    Shabwah, a town of Sanaa and others). It becomes a neighbourhood placed near that place.
    Only inside a list of quarters — one that also names a quarter the gazetteer does not know
    («كلابة») or knows as a quarter of that town's governorate («حوض الأشراف») — and its first
    item only when the items after it are such quarters too («أحياء الروضة وعصيفرة»): «أحياء
    الخوخة وحيس» are those towns' own quarters, even after Taiz was named; a
    name the gazetteer knows in one governorate only keeps its reading («وأحياء كريتر والتواهي»
    are Aden's), and so do governorates and main towns («أحياء تعز»). A
    list told with commas ends at the first comma only when its items were joined by «و»
    («أحياء كلابة والروضة، وزبيد شهدت غارة»).
    A list the text places right after it («أحياء آل المؤنس والحصن وحيدان في مدينة ظهران
    الجنوب», «قرى الحصن وحيدان بمديرية المخا»: `_container`) lies there, as the text says: each
    name the gazetteer knows only in another governorate (or country), or does not know, is a
    quarter (a village after «قرى»: heads.json "placed_parts_plural", read only so) placed by that
    town or district."""
    out: list[Span] = []
    for h, tok in enumerate(toks):
        bare_head = heads.get(tok.norm)  # «أحياء», «وأحياء», «بأحياء» …
        if bare_head is None:
            continue
        kind = rules.placed_parts_plural.get(bare_head) or rules.facility_heads.get("حي", "landmark")
        # a name of a family's quarter («آل المؤنس») is read as one only to find the place the list is
        # said to be in right after it; with none, the list is read as before
        items, where = _quarter_items(toks, h, si, by_start, rules, family=True)
        if not items or _container(toks, where[-1][1], si, by_start) is None:
            items, where = _quarter_items(toks, h, si, by_start, rules)
        if not items:
            continue  # no list («الأحياء.»)
        # the town the list is said to be in, right after it («أحياء ثعبات والجحملية وصالة في مدينة
        # تعز»), before the nearest place told before (a governorate of the sentence before)
        placed = _container(toks, where[-1][1], si, by_start)
        other = placed or _nearest([o for o in fired if o.end <= tok.start and o.chosen is not None], si, tok.start)
        if other is None or not other.chosen.admin1_en or other.chosen.kind == "country":
            continue  # «في اليمن»: no town to put the quarters in
        if placed is not None or bare_head in rules.placed_parts_plural:
            if placed is not None:  # «قرى …» with no place after the list: the plural-list step's, if any
                out += _placed_parts(doc, toks, si, items, where, placed, kind, by_start, rules)
            continue
        if not any(m is None or (m.chosen.kind in QUARTER_KINDS and m.chosen.admin1_en == other.chosen.admin1_en)
                   for m in items):
            continue  # every name a known place elsewhere: not a list of one town's quarters
        # the first item too when it is a name of several governorates and the rest of the list
        # reads as that town's quarters («أحياء الروضة وعصيفرة وجولة الكهرباء» after Taiz)
        first = items[:1] if len(items) > 1 and any(
            m is None or (m.chosen.kind in QUARTER_KINDS and m.chosen.admin1_en == other.chosen.admin1_en)
            for m in items[1:]) else []
        for m in first + items[1:]:
            if m is not None and not m.chosen.is_admin1 and m.chosen.kind != "country" \
                    and m.chosen.population < MAIN_TOWN and other.chosen.country == m.chosen.country \
                    and other.chosen.admin1_en != m.chosen.admin1_en \
                    and len({c.admin1_en for c in m.candidates if c.country == m.chosen.country}) > 1:
                out.append(_facility_span(doc, m.start, m.end, rules.facility_heads.get("حي", "landmark"), other))
        # a known quarter of that town in the list: its definite ordinary words are quarters too
        # («أحياء حوض الأشراف والبريد والجمهوري»)
        anchored = any(m is not None and m.chosen.kind in QUARTER_KINDS and m.chosen.admin1_en == other.chosen.admin1_en
                       for m in items)
        # or two names no step knew that read as names, not words («أحياء كلابة، والموشكي، والروضة،
        # والتحرير، والشماسي»): a list of the town's quarters, its ordinary words quarters too
        anchored = anchored or sum(
            1 for k, (m, (a, b)) in enumerate(zip(items, where)) if m is None and (si, a) not in by_start
            and not _place_noun(_without_waw(toks[a].norm, k > 0), rules)
            and _dual_name_end(toks, a, rules, waw=k > 0) == b) >= 2
        for k, (m, (a, b)) in enumerate(zip(items, where)):
            # a quarter the gazetteer does not know («كلابة، والموشكي، … والشماسي»): a quarter of that
            # town, when its words read as a name (`_dual_name_end`: no ordinary word, number or non-name)
            word = _without_waw(toks[a].norm, k > 0)
            if m is None and len(items) > 1 and (si, a) not in by_start \
                    and not _place_noun(word, rules) \
                    and _dual_name_end(toks, a, rules, waw=k > 0, ordinary=anchored) == b \
                    and (k < len(items) - 1 or _list_end_ok(toks, b, si, by_start, rules)):
                start = toks[a].start + (clitic_length(toks[a].text, 1) if k > 0 else 0)
                out.append(_facility_span(doc, start, toks[b - 1].end, rules.facility_heads.get("حي", "landmark"), other))
    return out


PLACE_PLURALS = frozenset({"مناطق", "احياء", "حارات", "شوارع", "قري", "مديريات", "محافظات", "مدن", "جبهات", "مواقع",
                           "اماكن", "اطراف", "ضواحي"})


def _without_waw(norm: str, later: bool) -> str:
    """A list item's first word without the «و» that joins a `later` item to the ones before."""
    return norm[1:] if later and norm[:1] == "و" else norm


def _place_noun(word: str, rules) -> bool:
    """A head word, bare or definite, not a name in a list of quarters: «وشارع …» (the facility step
    reads it with its name), «والمناطق المجاورة», «والأحياء الأخرى»."""
    bare = word[2:] if word.startswith("ال") else word
    return any(w in rules.facility_heads or w in rules.admin_heads or w in PLACE_PLURALS
               or w in rules.city_parts_plural or w in rules.placed_parts_plural for w in (word, bare))


def _quarter_items(toks: list[Token], h: int, si: int, by_start: dict, rules,
                   family: bool = False) -> tuple[list[Mention | None], list[tuple[int, int]]]:
    """The items of the list after the plural head at `h` (`_quarter_list`): each known mention (or
    None) and its tokens."""
    items: list[Mention | None] = []
    where: list[tuple[int, int]] = []  # each item's tokens
    j, commas = h + 1, None
    while j < len(toks) and len(items) < 12 and not toks[j].is_punct:
        m = by_start.get((si, j))
        word = _without_waw(toks[j].norm, bool(where))
        headed = None
        if m is None and (word in rules.facility_heads or word in rules.admin_heads):
            headed, _inner = _facility_name(toks, j + 1, si, rules, by_start)  # «وشارع الأربعين»: the facility step's
        items.append(m if m is not None and m.chosen is not None else None)
        end = m.tok_end if m is not None else headed if headed is not None \
            else (_dual_name_end(toks, j, rules, waw=bool(where), ordinary=True, family=family) or j + 1)
        while end < len(toks) and toks[end].norm in rules.tails:
            end += 1  # «أحياء التحرير الأسفل وضبوعة»
        where.append((j, end))
        comma = end + 1 < len(toks) and toks[end].text in {"،", ","} and toks[end + 1].norm[:1] == "و"
        waw = end < len(toks) and toks[end].norm[:1] == "و" and len(toks[end].norm) > 2
        if comma and commas is not False:
            commas, j = True, end + 1
        elif waw and not commas:
            commas, j = False, end
        else:
            break
    return items, where


def _placed_parts(doc: Document, toks: list[Token], si: int, items: list[Mention | None], where: list[tuple[int, int]],
                  placed: Mention, kind: str, by_start: dict, rules) -> list[Span]:
    """The items of a list of quarters or villages the text places right after it (`_quarter_list`):
    a known name whose reading lies in another governorate than the container (a district, town or
    city) — a namesake elsewhere, Sa'dah's Haydan in «أحياء … وحيدان في مدينة ظهران الجنوب» —, and a
    name the gazetteer does not know, become places of `kind` there. Governorates, countries and
    main towns of the container's country keep their reading («أحياء تعز»; one of another country is a
    namesake: «حيي اليرموك والاملاك في بعقوبة» are Baqubah's, not Damascus's), and so does a name whose governorate the sentence
    names besides («قرى مشرعة وحدنان بمنطقة صبر المطلة على مدينة تعز»: Taiz's district, whatever
    «صبر» was read as). A list of districts of one other governorate keeps their readings: «قرى حيس
    والخوخة بمديرية المخا» are the villages of Hodeidah's districts Hays and al-Khawkhah, on Mocha's
    border — two namesakes of one governorate's districts are no coincidence, as Sanaa's «الحصن» and
    Sa'dah's «حيدان» are. attrs["listed_in"]: the container's place id."""
    out: list[Span] = []
    area = placed.chosen.admin1_en
    if _districts_of_one_governorate(items, area):
        return out
    listed = {id(m) for m in items if m is not None} | {id(placed)}
    told = {m.chosen.admin1_en for m in by_start.values()
            if m.sentence == si and id(m) not in listed and m.chosen is not None}
    # a known quarter of that town in the list: its definite ordinary words are quarters too
    anchored = any(m is not None and m.chosen.kind in QUARTER_KINDS and m.chosen.admin1_en == area for m in items)
    for k, (m, (a, b)) in enumerate(zip(items, where)):
        if m is not None:
            c = m.chosen
            if c.kind == "country" or c.admin1_en in (area, *told) \
                    or (c.is_admin1 or c.population >= MAIN_TOWN) and c.country == placed.chosen.country:
                continue  # a big town of another country is a namesake: «حيي اليرموك والاملاك في بعقوبة»
            out.append(_facility_span(doc, m.start, m.end, kind, placed))
            out[-1].attrs["listed_in"] = placed.chosen.id
        elif len(items) > 1 and (si, a) not in by_start \
                and _dual_name_end(toks, a, rules, waw=k > 0, ordinary=anchored, family=True) == b \
                and (k < len(items) - 1 or _list_end_ok(toks, b, si, by_start, rules)):  # «آل المؤنس»
            start = toks[a].start + (clitic_length(toks[a].text, 1) if k > 0 else 0)
            out.append(_facility_span(doc, start, toks[b - 1].end, kind, placed))
            out[-1].attrs["listed_in"] = placed.chosen.id
    return out


def _districts_of_one_governorate(items: list[Mention | None], area: str) -> bool:
    """Two or more items, every one a known district, all of one governorate other than `area`."""
    known = [m.chosen for m in items if m is not None and m.chosen is not None]
    return len(known) >= 2 and len(known) == len(items) and all(c.kind == "district" for c in known) \
        and len({c.admin1_en for c in known}) == 1 and known[0].admin1_en not in ("", area)


def _name_word_end(toks: list[Token], k: int, rules) -> int:
    """The end of the name word at k: «عبد العزيز», «أبو بكر» written apart are one («مستشفى الملك عبد العزيز»,
    «… بن عبد العزيز»; before, the facility's name ended at «عبد»; heads.json 'name_first_halves')."""
    if toks[k].norm in rules.name_first_halves and k + 1 < len(toks) and not toks[k + 1].is_punct:
        return k + 2
    return k + 1


def _facility_name(toks: list[Token], j: int, si: int, rules, by_start: dict) -> tuple[int | None, Mention | None]:
    """(token end, place mention inside) of the proper name after a facility head, if any."""
    inner = by_start.get((si, j))
    nxt = toks[j]
    if inner is not None and inner.chosen is not None and (inner.chosen.tier == "A" or inner.facility_head):
        end = inner.tok_end
    elif nxt.norm.startswith("ال") and len(nxt.norm) >= 4 and nxt.norm not in rules.not_names:
        inner, end = None, j + 1
        if nxt.norm in rules.title_words:  # «مستشفى الملك فهد», «قاعدة الملك عبدالعزيز»
            if end >= len(toks) or toks[end].is_punct:
                return None, None
            end = _name_word_end(toks, end, rules)
            if end + 1 < len(toks) and toks[end].norm in rules.title_words:  # «… بن عبدالعزيز»
                end = _name_word_end(toks, end + 1, rules)
    else:
        return None, None
    while end < len(toks) and toks[end].norm in rules.tails:
        end += 1
    return end, inner


def _list_end(toks: list[Token], end: int, rules) -> int:
    """After «حي الروضة», the end of a list of more of its kind («وحي المسبح وحي التحرير الأسفل»), so
    the town after the list («… في مدينة تعز») contains them all."""
    j = end
    while j + 1 < len(toks) and toks[j].norm[:1] == "و" and toks[j].norm[1:] in rules.city_parts:
        j += 2
        while j < len(toks) and toks[j].norm in rules.tails:
            j += 1
    return j


def _container(toks: list[Token], end: int, si: int, by_start: dict) -> Mention | None:
    """The place a facility is said to be in, right after it: «حي الروضة [بمدينة تعز]», «[في] تعز».
    It beats a homonym inside the name (the gazetteer's «الروضة» is a district of Shabwah)."""
    j = end
    if j < len(toks) and toks[j].norm == "في":
        j += 1
    elif j >= len(toks) or not toks[j].norm.startswith("ب"):
        return None  # «مستشفى النجار دمت»: no «ب/في», no container
    m = by_start.get((si, j)) or by_start.get((si, j + 1))  # the name, or the name after its head («بمدينة»)
    if m is None or m.chosen is None:
        return None
    if m.tok_start == j + 1 and not m.head and not _head_of(toks[j], Gazetteer.load().rules.admin_heads)[0]:
        return None  # a head that fits none of the name's readings still places («بمديرية ظهران الجنوب», a Saudi town)
    return m


OPEN_QUOTES, CLOSE_QUOTES = frozenset('"«“'), frozenset('"»”')


def quoted_medium(tokens: list[Token], idx: int, end: int) -> bool:
    """A name in quotes right after «ل/لـ» («لـ"الرياض"», «ل«عكاظ»»): a newspaper or channel told
    something, named like its city (tokens `idx`…`end` of the name)."""
    return idx >= 2 and end < len(tokens) and tokens[idx - 1].text in OPEN_QUOTES \
        and tokens[idx - 2].norm == "ل" and tokens[end].text in CLOSE_QUOTES


CAPITAL_BESIDE_REACH = 4  # words after a facility to «العاصمة» that places it («، بميدان التحرير بقلب العاصمة»)
CAPITAL_WORD = normalized("العاصمة")


def _capital_beside(toks: list[Token], end: int, si: int, by_start: dict, before: list[Mention],
                    gaz: Gazetteer) -> Mention | None:
    """«جوار «جسر الصداقة»، بميدان التحرير بقلب العاصمة»: «العاصمة» with no name or adjective of its own
    after it, at most CAPITAL_BESIDE_REACH words after a facility (punctuation not counted), puts the
    facility in the capital named last before it (`_capital_records`), not by the nearest place of
    its sentence («… في صنعاء وذمار، … جسر الصداقة»); None when no capital was named before."""
    words, k = 0, end
    while k < len(toks) and words < CAPITAL_BESIDE_REACH:
        if toks[k].is_punct:
            k += 1
            continue
        words += 1
        if CAPITAL_WORD in proclitic_variants(toks[k].norm):
            if k > end and toks[k - 1].norm in gaz.rules.outside_words:
                return None  # «خارج العاصمة», «جنوب العاصمة»: somewhere else
            if k + 1 < len(toks) and not toks[k + 1].is_punct:
                return None  # «العاصمة صنعاء», «العاصمة اليمنية», «العاصمة المؤقتة»: its own name or another city
            capitals = _capital_records(gaz)
            named = [m for m in before if m.chosen is not None and m.chosen.country in capitals
                     and m.chosen.name_en == capitals[m.chosen.country].name_en]
            return max(named, key=lambda m: (m.sentence, m.start), default=None)
        k += 1
    return None


def _nearest(fired: list[Mention], si: int, offset: int) -> Mention | None:
    """The place mention closest to a facility: same sentence first, then earlier, then later."""

    def rank(m: Mention) -> tuple[int, int]:
        if m.sentence == si:
            return (0, abs(m.start - offset))
        return (1, si - m.sentence) if m.sentence < si else (2, m.sentence - si)

    return min(fired, key=rank, default=None)


def _facility_span(doc: Document, start: int, end: int, kind: str, near: Mention | None) -> Span:
    text = doc.text[start:end]
    place = near.chosen if near else None
    attrs = {
        "place_id": "fac:" + "_".join(dediac_ar(text).split()),
        "kind": kind,
        "name_ar": text,
        "name_en": "",
        "admin1_ar": place.admin1_ar if place else "",
        "admin1_en": place.admin1_en if place else "",
        "admin2_ar": place.admin2_ar if place else "",
        "admin2_en": place.admin2_en if place else "",
        "country": place.country if place else "",
        "iso": place.iso if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "approx": True,
        "geo_precision": 2,
        "near_place_id": place.id if place else "",
        "near_name_ar": place.name_ar if place else "",
        "near_name_en": place.name_en if place else "",
        "head": text.split()[0] if text.split() else "",
        "alternatives": [],
    }
    return doc.span(start, end, "LOCATION", "gazetteer", **attrs)
