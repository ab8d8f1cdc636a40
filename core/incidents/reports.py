"""Reports: the mentions of one event kind in one sentence, with their arguments filled in.

A sentence may name the same event twice («كمائن … واشتباكات في مديرية ذي ناعم»); grouping them
first lets the most specific place of the sentence speak for the whole report. Arguments come
from the mention's clauses, then from the sentence's clauses that report no event, then (place
only) from what the paragraph carried.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache
from datetime import date as Date, timedelta
from typing import Any

from core.acled_inter import ARMED, CIVILIANS, NON_STATE, PROTESTERS, RIOTERS, STATE_OR_EXTERNAL
from core.document import Document, Span
from core.incidents.actors import ActorFinder, actor_key, civilian_target, generic_actor
from core.incidents.attribution import SourceFinder, date_of, period_end
from core.incidents.clauses import CAUSE_OPENERS, Clause
from core.incidents.counts import Count, CountFinder, combine, even_share
from core.incidents import eventness
from core.incidents.detect import (PAST_KINDS, RELATIVES, TERRITORY, Mention, active_mentions, find_mentions, is_definite,
                                   weapons_and_flyers)
from core.incidents.lexicons import authorities, context, government_sides, is_violent, word_matcher, word_set
from core.entities.matcher import normalized
from core.incidents.location import Located, LocationResolver, contains, inside_glue, kind_rank, place_key
from core.incidents.model import Actor, Place
from core.text.clitics import CONJUNCTIONS, any_variant_in, conj_in, proclitic_variants, variant_in
from core.text.tokens import Token

AIR_SUB_EVENT = "Air/drone strike"  # an air strike's parties: who flew it and who was hit (ActorFinder.sides `air`)
SEIZURE_SUB_EVENTS = ("Abduction/forced disappearance", "Arrests")  # who holds a checkpoint seizes (ActorFinder.sides `seizure`)


@dataclass(slots=True)
class Report:
    event_type: str
    sub_event_type: str
    resolve: str
    strength: str  # strongest of its mentions
    definite: bool  # every mention is a definite noun: a back-reference
    sentence: int
    mentions: list[Mention]
    located: Located | None = None
    side1: list[Actor] = field(default_factory=list)
    side2: list[Actor] = field(default_factory=list)
    civilians: bool = False
    counts: list[Count] = field(default_factory=list)
    equipment: list[dict[str, Any]] = field(default_factory=list)
    source: str = ""
    date: str | None = None
    time_precision: int = 1
    date_explicit: bool = False
    eventful: bool = True  # False: the sentence reads as commentary (eventness filter)
    also: list[Clause] = field(default_factory=list)  # clauses of its place, told after it (a list of targets)
    drone: bool = False  # a drone is named in its clauses (anyone may fly one)
    device: bool = False  # a bomb, mine or car bomb is named in its clauses: the blast's own device
    shot: bool = False  # a weak telling of deaths «بنيران/برصاص …» in its clauses (`fire_by_words`): a shooting
    another: bool = False  # «غارة أخرى», «غارات مماثلة»: told as a further event of its kind
    additive: bool = False  # its clause opens with «كما/وكذلك» (not «كما قال»): a further deed told
    renewed: bool = False  # «تجددت/اندلعت الاشتباكات»: a definite trigger right after a verb of breaking out
    broke_out: bool = False  # the same, whatever opens its clause: a fresh round, no back-reference
    pointed: bool = False  # «هذه الغارات»: a demonstrative back-reference to an event told before
    doer: Actor | None = None  # who took the place or made the arrest (territory and arrest triggers)
    finer: int = 0  # k > 0: the k-th further named place of a list within one district (one event per place)
    parts: int = 1  # how many places its sentence's list was split into
    arrested: bool = False  # an arrest told in the passive: its parties were arrested («وتم القبض على خمسة منهم»)
    other_topic: bool = False  # its sentence opens with «من جهة أخرى/في سياق آخر» (`other_topic_openers`)
    answer: bool = False  # fire answered («وردت المدفعية السعودية على مصادر النيران»): the other side was hit
    retold: bool = False  # «وكان المتحدث قد أعلن … مقتل ثلاثة»: an earlier announcement told back
    claimed: bool = False  # «وأعلنت حركة طالبان مسؤوليتها عن هجوم قندز»: every trigger is what a claim is of
    struck_by: frozenset[str] = frozenset()  # keys of parties its sentence names only by a strike's adjective
    raided_before: bool = False  # an arrest with no doer of its own made by the raid of the sentence before
    several: bool = False  # «قتل 24 شخصا في هجمات …», «في هجومين»: its trigger is an indefinite plural or dual of events
    dated_before: bool = False  # its day is the last date told before its trigger («نظموا، في (2 آب 2015)، تظاهرة»)
    referred: bool = False  # a blast told back in general words («الهجوم الذي أوقع …»): its figures retell the blast's

    @property
    def kind(self) -> tuple[str, str]:
        return (self.event_type, self.sub_event_type)

    @property
    def clauses(self) -> list[Clause]:
        seen: list[Clause] = []
        for m in self.mentions:
            if m.clause not in seen:
                seen.append(m.clause)
        return seen


_RANK = {"strong": 2, "generic": 1, "weak": 0}


def build_reports(doc: Document) -> list[Report]:
    """Reports of the whole article, in text order, arguments filled."""
    sentence_tokens = doc.sentence_tokens()
    mentions, clauses_by_sentence = find_mentions(doc, sentence_tokens)
    live = active_mentions(mentions)
    places = LocationResolver(doc, sentence_tokens)
    actors = ActorFinder(doc)
    counts = CountFinder(doc)
    sources = SourceFinder(doc)
    dates = [s for s in doc.entities if s.label == "DATE"]
    reports: list[Report] = []
    by_sentence: dict[int, list[Mention]] = {}
    for m in live:
        by_sentence.setdefault(m.sentence, []).append(m)
    past_told = _past_told(mentions)
    old_told: list[Report] = []  # reports dropped as dated long before the article (`_retells_old`)
    dated_before: tuple[int, int, dict[tuple[str, str], str]] = (-2, -1, {})  # sentence, paragraph, kind -> day
    listed_day: tuple[int, str | None] = (-2, None)  # sentence, day of a lead told as several events (`_listed_day`)
    lead_day: LeadDay | None = None  # paragraph, day and kinds of the article's lead sentence (`_lead_day`)
    carried: tuple[int, int, Report | None] = (-2, -1, None)  # sentence, paragraph, its first event with a first side (`_subject_carried`)
    # the sentences after the last one telling an event only carry places and sources forward, and
    # nothing asks for them any more: the walk stops there
    last = max(by_sentence, default=-1)
    for s_idx, clauses in enumerate(clauses_by_sentence[: last + 1]):
        places.begin(clauses)
        tokens = sentence_tokens[s_idx]
        s_start, s_end = doc.sentences[s_idx]
        sentence_mentions = by_sentence.get(s_idx, [])
        source = sources.for_sentence(s_start, s_end, tokens)
        if not sentence_mentions:
            places.advance(clauses, [])
            continue
        eventful = _eventness(doc, tokens, s_start, s_end, mentions)
        armed = any(e.label == "ARMED_ACTOR" and s_start <= e.start < s_end for e in doc.entities)
        groups: dict[tuple[str, ...], list[Mention]] = {}
        answers = _answers_fire(sentence_mentions, tokens)
        shooters = _shooters(sentence_mentions, actors)
        for m in sentence_mentions:  # fire told afresh and the answer to it: two events, two reports
            apart = m in answers and any(o.kind == m.kind and not o.definite and o not in answers
                                         for o in sentence_mentions)
            groups.setdefault(m.kind + (("answer",) if apart else ()) + shooters.get(id(m), ()), []).append(m)
        busy = {m.clause for m in sentence_mentions}
        spare = [c for c in clauses if c not in busy]
        groups = _tolls_of_own_governorates(groups, places, spare, clauses)
        sentence_reports: list[Report] = []
        for (event_type, sub, *apart), group in groups.items():
            report = Report(
                event_type, sub, group[0].resolve, max((m.strength for m in group), key=_RANK.__getitem__),
                all(m.definite for m in group), s_idx, group, source=source,
            )
            report.eventful = eventful.get(eventness.task_of(event_type) or "", True)
            report.answer = any(m in answers for m in group)
            report.another = _another(group, tokens)
            report.additive = _additive(group, tokens)
            report.other_topic = _other_topic(tokens, s_start, s_end)
            report.broke_out = _renewed(group, tokens)
            report.renewed = report.additive and report.broke_out
            report.retold = _retold_announcement(group, tokens, s_start)
            report.claimed = _claim_of(group, tokens)
            report.several = _several_told(group, tokens)
            report.referred = all(m.referred for m in group)
            report.located = _most_specific([places.locate_own(c, _triggers_in(group, c)) if apart
                                             else places.locate(c, spare, clauses, _triggers_in(group, c))
                                             for c in report.clauses])
            if _pointed(group, tokens):  # «تأتي هذه الغارات بعد أن …»: told already, its places are others'
                report.definite, report.pointed = True, True
                # no place from a clause that goes on to tell something else: «وجاء هذا القصف بينما …، فيما
                # واصل عناصر المقاومة زحفهم نحو القصر الرئاسي في حي التواهي» is the shelling told before;
                # «ووقع هذا الانفجار صباح اليوم، وتحديدا في مدينة زنجبار» still places it
                own = [c for c in spare if tokens[c.tok_start].norm.lstrip("و") not in word_set("subordinators")
                       and tokens[c.tok_start].norm.lstrip("و") not in word_set("new_clause_openers")]
                report.located = _most_specific([places.locate(c, own, (), _triggers_in(group, c)) for c in report.clauses])
                if not _before_subordinate(report.located, group, tokens):
                    report.located = places.locate_carried()
            elif report.definite and places.source_only(report.located):
                # «وقالت مصادر طبية من مستشفى ردفان إن المعارك أدت إلى مصرع 22 حوثيا»: the fight told
                # back is where it was told before, not where the source is
                report.located = places.locate_carried() or report.located
            if not report.eventful and report.located and report.located.how == "anaphoric" and armed:
                report.eventful = True  # «غارات للتحالف على معسكر … في المحافظة»: a place and an actor
            if not report.eventful and report.strength == "strong" and report.located \
                    and report.located.how == "named" and report.located.rank < 5:
                report.eventful = True  # «وقد سيطرت ايضا على منطقة عتمة التابعة لمحافظة ذمار»
            if not report.eventful and eventness.task_of(event_type) == "ASSAULT" \
                    and _doer_opens(report.clauses, tokens, doc.entities):
                report.eventful = True  # «وتصدت القوات السعودية للهجوم بعد اشتباكات …»: verb, then its doer
            sentence_reports.append(report)
        sentence_reports = _without_comes_after(sentence_reports, tokens)
        _fill(doc, sentence_reports, clauses, tokens, actors, counts, dates,
              [m for m in mentions if s_start <= m.start < s_end])
        _subject_carried(sentence_reports, carried, s_idx, clauses, tokens)
        carried = (s_idx, clauses[0].paragraph,
                   next((r for r in sentence_reports if r.side1 and r.side1[0].inter != 7), None))
        sentence_reports = _protesters_arrested(sentence_reports, tokens, doc.text)
        _raid_was_arrest(sentence_reports, reports, s_idx, doc)
        _same_day_as_before(sentence_reports, dated_before, s_idx, clauses[0].paragraph,
                            _opens_with(tokens, s_start, s_end, _speech_goes_on_openers()))
        listed_day = _listed_day(sentence_reports, listed_day, s_idx)
        lead_day = _lead_day(sentence_reports, lead_day, clauses[0].paragraph,
                             _opens_with(tokens, s_start, s_end, _lead_day_openers()), doc.text)
        # (not a deed told as what came before the sentence's own, «… بعد تفجير استهدف سوروج في 20
        # يوليو»: its day is not the news day the next sentence goes on with)
        dated_before = (s_idx, clauses[0].paragraph, {r.kind: r.date for r in sentence_reports
                                                      if r.date_explicit and r.date and r.time_precision == 1
                                                      and not (r.mentions and _after_earlier_deed_cue(r.mentions[0], doc.text))})
        sentence_reports = [r for r in sentence_reports if not _goes_on_past(r, past_told)]
        if _in_old_era(doc, dates, s_idx, clauses_by_sentence, by_sentence):
            sentence_reports = [r for r in sentence_reports if r.date_explicit]
        old = [r for r in sentence_reports if _background(r, doc.date) or _retells_old(r, old_told, reports)]
        old_told.extend(old)
        sentence_reports = [part for r in sentence_reports if not any(r is o for o in old)
                            for part in _parts_fired_across(_toll_details(split_by_place(r, places, _continuation(r, clauses, busy, tokens)),
                                                                          clauses, places),
                                                            doc.text, actors)]
        if s_idx < last:
            places.advance(clauses, [r.located for r in sentence_reports if r.located])
        reports.extend(sentence_reports)
    _deaths_of_wounds(doc, by_sentence, reports, counts)
    return reports


WOUND_DEATH_REACH = 3  # sentences from an event to a death of its wounds told on its own


def _deaths_of_wounds(doc: Document, by_sentence: dict[int, list[Mention]], reports: list[Report],
                      counts: CountFinder) -> None:
    """«قتل جنديان … يوم الخميس. وتوفي جندي ثالث متأثرا بجروحه يوم السبت», «… وفي اليوم التالي توفي
    أحد الجرحى متأثرا بإصابته»: a sentence with no event of its own that tells a death of wounds (a
    killed figure with `died_of_wounds_words` after it in its sentence, no accident named) is a later
    death of the wounded of the violent event told last before it, within WOUND_DEATH_REACH
    sentences: ACLED adds it to that event's toll and keeps the event's day (its figure joins the
    report's counts, so an ordinal «ثالث» sets the toll, one more adds one)."""
    violent = [r for r in reports if is_violent(r.event_type)]
    if not violent:
        return
    died = word_set("died_of_wounds_words")
    accidents = [normalized(w) for w in word_set("accident_nouns")]
    for s_idx, (s_start, s_end) in enumerate(doc.sentences):
        if s_idx in by_sentence:
            continue
        before = [r for r in violent if s_idx - WOUND_DEATH_REACH <= r.sentence < s_idx]
        if not before:
            continue
        found = [c for c in counts.counts(s_start, s_end) if c.role == "killed"]
        if not found or not any_variant_in((normalized(w) for w in doc.text[found[0].end:s_end].split()), died, depth=1):
            continue
        folded = normalized(doc.text[s_start:s_end])
        if any(a in folded for a in accidents):
            continue
        if _retold_toll(found, before[-1], folded):
            continue
        before[-1].counts.extend(found)


WOUNDED_PART_WORDS = ("الجرحى", "المصابين", "منهم", "اخر")  # «ثلاثة من الجرحى», «منهم», «آخرون/آخرين»


def _retold_toll(found: list, report: Report, folded: str) -> bool:
    """«قتل ثلاثة مسلحين … . وقال رئيس البلدية إن ثلاثة متمردين توفوا في المستشفى متأثرين بجروحهم»: the
    same number of dead told again with its cause is the toll retold, not more dead (it doubled to six).
    A figure of two or more equal to a killed figure the report has, with no ordinal, no «آخرون» and no
    word taking it from the wounded («من الجرحى», «منهم»), is not added."""
    if any(c.ordinal or c.more or c.additive for c in found):
        return False
    if any(normalized(w) in folded for w in WOUNDED_PART_WORDS):
        return False
    told = {c.value for c in report.counts if c.role == "killed" and c.value}
    return all(c.value is not None and c.value >= 2 and c.value in told for c in found)


ARRESTEES_REACH = 6  # words from an arrest word to the protesters it holds («اعتقلت السلطات عشرة متظاهرين»)
PASSIVE_ARREST_REACH = 2  # words from the protesters to a plural arrest verb after them («المحتجين اعتقلوا»)
INTERVENTION = "Protest with intervention"


def _protesters_arrested(reports: list[Report], tokens: list[Token], text: str) -> list[Report]:
    """An arrest of the protesters a protest of the same sentence tells (ACLED: one event, a protest with
    intervention — Protesters against the police who arrested them — no Arrests event beside it):
    «اعتقلت السلطات عشرة متظاهرين», «فرقت الشرطة المتظاهرين واعتقلت عددا منهم», «اعتقل أكثر من 200
    مدرس خلال قمع مظاهرة», «عشرات المحتجين اعتقلوا أمس» (the protesters were arrested, they arrested no
    one). The Arrests report is dropped; the protest becomes a protest with intervention (unless its
    sub-event is heavier: excessive force, a riot) whose first side is the protesters and whose other
    side is the forces that made the arrest (an armed group too: «قام مسلحو داعش باعتقال المتظاهرين») —
    «السلطات» or a passive naming no one: the police of the protest's country (ACLED's usual actor2). Not an arrest of someone else after or about a
    protest («اعتقلت السلطات أحد أقارب الرئيس بعد احتجاجات»): the arrested must be protesters
    (`_arrests_protesters`)."""
    protests = [r for r in reports if r.event_type == "Protests"]
    arrests = [r for r in reports if r.sub_event_type == "Arrests"]
    if not protests or not arrests:
        return reports
    dropped: list[Report] = []
    for arrest in arrests:
        if not any(_arrests_protesters(m, tokens) for m in arrest.mentions):
            continue
        protest = min(protests, key=lambda p: abs(p.mentions[0].start - arrest.mentions[0].start))
        if protest.sub_event_type == "Peaceful protest":
            protest.sub_event_type = INTERVENTION
            for m in protest.mentions:
                m.sub_event_type = INTERVENTION
        crowd = [a for a in protest.side1 + protest.side2 + arrest.side1 + arrest.side2 if a.inter == PROTESTERS]
        forces = [a for a in (arrest.side1 if not arrest.arrested else []) + arrest.side2 + protest.side2
                  if a.inter is not None and a.inter not in (PROTESTERS, RIOTERS, CIVILIANS)]
        if not forces:
            police = _police_of(protest.located or arrest.located)
            forces = [police] if police is not None else []
        seen: set[str] = set()
        protest.side1 = [a for a in crowd[:1] if not (actor_key(a) in seen or seen.add(actor_key(a)))] or protest.side1[:1]
        protest.side2 = [a for a in forces if not (actor_key(a) in seen or seen.add(actor_key(a)))]
        protest.counts.extend(c for c in arrest.counts if c not in protest.counts)
        dropped.append(arrest)
    return [r for r in reports if not any(r is d for d in dropped)]


def _arrests_protesters(m: Mention, tokens: list[Token]) -> bool:
    """The arrest word `m` holds protesters: a protester word (`protester_targets`) within ARRESTEES_REACH
    words after it, or «منهم/بعضهم» there with protesters named before it in the sentence; «خلال/أثناء»
    + a protest or its suppression (`protest_suppressed`, `protest_suppression`) later in its clause; or
    protesters right before a plural arrest verb (`passive_arrest_verbs`: «عشرات المحتجين اعتقلوا»)."""
    at = next((k for k, t in enumerate(tokens) if t.start <= m.start < t.end), None)
    end = next((k for k, t in enumerate(tokens) if t.start < m.end <= t.end), at)
    if at is None:
        return False
    crowd = [x for x in word_matcher("protester_targets").find(tokens)]
    reach = range(end + 1, min(len(tokens), end + 1 + ARRESTEES_REACH))
    if any(x.token_start in reach for x in crowd):
        return True
    of_them = word_set("arrested_of_them")
    if any(tokens[k].norm in of_them for k in reach) and any(x.token_end <= at for x in crowd):
        return True
    during = word_set("arrest_during_words")
    for k0 in range(end + 1, min(len(tokens), m.clause.tok_end)):  # «… خلال قمع مظاهرة»: anywhere in its clause
        if variant_in(tokens[k0].norm, during, depth=1) and any(
                variant_in(t.norm, word_set("protest_suppressed"), depth=1)
                or variant_in(t.norm, word_set("protest_suppression"), depth=1) for t in tokens[k0 + 1: k0 + 4]):
            return True
    if variant_in(tokens[at].norm, word_set("passive_arrest_verbs"), depth=1):
        return any(at - PASSIVE_ARREST_REACH <= x.token_end <= at for x in crowd)
    return False


def police_of_country(country: str) -> Actor | None:
    """The police of `country` (actors.json «police», "Police Forces of <Country>"); None with no country."""
    from core.entities.lexicon import reading_in

    attrs = reading_in("actor:police", country) if country else None
    if not attrs:
        return None
    return Actor(text="", name_ar=attrs.get("name_ar", ""), name_en=attrs.get("name_en", ""),
                 actor_type=attrs.get("actor_type", "state"), inter=attrs.get("inter", 1))


def _police_of(located: Located | None) -> Actor | None:
    """The police of the country of `located`."""
    return police_of_country(located.place.country if located is not None and located.place is not None else "")


def _tolls_of_own_governorates(groups: dict[tuple[str, ...], list[Mention]], places: LocationResolver,
                               spare: list[Clause], clauses: list[Clause]) -> dict[tuple[str, ...], list[Mention]]:
    """«مقتل 11 من داعش جراء استهداف مبنى في مدينة الميادين بريف دير الزور، بينما قتل 29 منهم في
    استهداف لمعسكر قرب مدينة الطبقة بريف الرقة»: dead told in clauses of one sentence with no deed word
    (weak mentions alone), each clause naming its own place in a governorate of its own, are the tolls
    of as many events — one report per clause, not one report of the first place with every toll."""
    out: dict[tuple[str, ...], list[Mention]] = {}
    for key, group in groups.items():
        by_clause: dict[int, list[Mention]] = {}
        for m in group:
            by_clause.setdefault(id(m.clause), []).append(m)
        if len(by_clause) < 2 or any(m.strength != "weak" for m in group):
            out[key] = group
            continue
        located = [places.locate(ms[0].clause, spare, clauses, _triggers_in(ms, ms[0].clause)) for ms in by_clause.values()]
        govs = [x.place.admin1_en if x is not None and x.how == "named" and x.explicit else "" for x in located]
        named = [g for g in govs if g]
        if len(named) < 2 or len(set(named)) != len(named):
            out[key] = group
            continue
        # a clause of no place of its own («إن غالبية القتلى من الجنسية السورية») stays with the part before
        parts: list[list[Mention]] = [[]]
        placed = False  # the current part holds a clause naming its own place
        for gov, ms in zip(govs, by_clause.values()):
            if gov and placed:
                parts.append([])
            placed = placed or bool(gov)
            parts[-1].extend(ms)
        for k, ms in enumerate(parts):
            out[key + (("toll", str(k)) if k else ())] = ms
    return out


def _same_day_as_before(reports: list[Report], before: tuple[int, int, dict[tuple[str, str], str]],
                        s_idx: int, paragraph: int, speaking_on: bool = False) -> None:
    """«فقد شهدت إحدى القرى أمس سقوط ثلاث قذائف … كما تعرضت قرى أخرى لسقوط عدد من القذائف»,
    «دكت مقاتلات التحالف مواقع … أمس. وقال شهود عيان إن صواريخ استهدفت معسكر …»: an event with no
    day of its own, right after a sentence telling an event of its kind on a named day, in its
    paragraph or opening with «كما», goes on telling that day — not the article's. SPEAKING_ON: the
    sentence opens with the source speaking on («وأضافت المصادر أن سبعة آخرين قتلوا في تفجير آخر»,
    `speech_goes_on_openers`), which wire copy sets on a line of its own: a new paragraph does not end
    the day there."""
    sentence, para, days = before
    if sentence != s_idx - 1 or not days:
        return
    for r in reports:
        if not r.date_explicit and r.kind in days and (para == paragraph or r.additive or speaking_on):
            r.date, r.time_precision = days[r.kind], 1


LeadDay = tuple[int, str | None, frozenset[tuple[str, str]]]  # paragraph, day, kinds of the lead sentence


def _lead_day(reports: list[Report], lead: LeadDay | None, paragraph: int, listing: bool,
              text: str = "") -> LeadDay | None:
    """«قتل ثلاثة جنود أمس الثلاثاء في هجوم على نقطة تفتيش في الرمادي. وفي تكريت، انفجرت عبوة ناسفة
    بدورية للشرطة ما أدى إلى مقتل شرطيين»: the article's lead sentence (the first telling an event) names
    its day; the events told after it in its paragraph with no day of their own are of that day — not
    the article's — until a sentence names a day of its own or turns to another matter: events of the
    lead's kinds, and events of any kind in a sentence opening like a round-up's next item (LISTING:
    `lead_day_openers`, «وفي تكريت،»). A bare «واندلعت اشتباكات …» after a dated air strike keeps the
    article's day (session 22). `_same_day_as_before` carries a day to the next sentence only. Returns
    the lead's (paragraph, day, kinds) later sentences may take; its day None once it no longer runs."""
    if not reports:
        return lead
    if lead is None:  # the lead sentence: its one named day, if it names one
        days = {r.date for r in reports if r.date_explicit and r.date and r.time_precision == 1
                and not (text and r.mentions and _after_earlier_deed_cue(r.mentions[0], text))}  # (not a deed told as before it)
        day = days.pop() if len(days) == 1 and all(r.date_explicit for r in reports) else None
        return (paragraph, day, frozenset(r.kind for r in reports))
    para, day, kinds = lead
    if day is None or para != paragraph or any(r.date_explicit or r.other_topic for r in reports):
        return (para, None, kinds)
    for r in reports:
        if listing or r.kind in kinds:
            r.date, r.time_precision = day, 1
    return lead


def _opens_with(tokens: list[Token], s_start: int, s_end: int, openers: frozenset[str]) -> bool:
    """The sentence's first word, «و» or not, is one of OPENERS (normalised words)."""
    first = bisect_left(tokens, s_start, key=lambda t: t.start)
    words = [t.norm for t in tokens[first:first + 2] if t.start < s_end]
    words = _without_leading_waw(words)
    return bool(words) and words[0] in openers


def _without_leading_waw(words: list[str]) -> list[str]:
    """A sentence's first words without the «و» that opens it, standing alone or joined to the first word."""
    if not words:
        return words
    if words[0] == "و":
        return words[1:]
    if words[0].startswith("و") and len(words[0]) > 2:
        return [words[0][1:]] + words[1:]
    return words


@lru_cache(maxsize=1)
def _lead_day_openers() -> frozenset[str]:
    return frozenset(normalized(w) for w in context()["lead_day_openers"])


@lru_cache(maxsize=1)
def _speech_goes_on_openers() -> frozenset[str]:
    return frozenset(normalized(w) for w in context()["speech_goes_on_openers"])


def _listed_day(reports: list[Report], lead: tuple[int, str | None], s_idx: int) -> tuple[int, str | None]:
    """«قتل 12 شخصا في سلسلة هجمات في العراق أول من أمس. وفي أبرز الهجمات، قتل خمسة أشخاص بانفجار
    سيارة مفخخة … وقتل ثلاثة من عناصر الشرطة بهجوم على نقطة تفتيش …»: the events a lead told as
    several (`Report.several`: «في هجمات متفرقة», «في سلسلة هجمات») on a named day are listed one by
    one in the sentences right after it; each of them with no day of its own is of the lead's day,
    whatever its kind and paragraph — not the article's. The list goes on while each next sentence
    tells an event with no day of its own; a sentence with a day of its own ends it (a lead told as
    several there begins another). Returns the (sentence, day) the next sentence may take."""
    sentence, day = lead
    if day is not None and sentence == s_idx - 1:
        undated = [r for r in reports if not r.date_explicit]
        for r in undated:
            r.date, r.time_precision = day, 1
        if undated and not any(r.date_explicit for r in reports):
            return s_idx, day
    own = [r.date for r in reports if r.several and r.date_explicit and r.date and r.time_precision == 1]
    return (s_idx, own[0]) if own else (-2, None)


SHOOTER_WORDS = 4  # words between a shooter and its fire word (either side)


def _shooters(mentions: list[Mention], actors: ActorFinder) -> dict[int, tuple[str]]:
    """Shelling told in one sentence by parties of both alliances, each in its own clause («سقطت
    قذائف أطلقها الحوثيون على قرى جازان، وقامت مدفعيات القوات المسلحة السعودية بإطلاق قذائفها نحو
    الداخل اليمني»): each side's fire is its own event (ACLED), so a mention whose clause names a
    doer of another alliance than the first doer named is keyed apart ({id(mention): (alliance,)});
    mentions naming no doer stay with the first. Not fights: a clash told from both sides is one."""
    from core.incidents.lexicons import actor_facts

    _air, alliance, _grounded = actor_facts()
    doers: dict[int, str] = {}
    text = actors.doc.text
    for m in mentions:
        if m.sub_event_type != "Shelling/artillery/missile attack":
            continue
        # the shooter named close to the fire word, before it («مدفعيات القوات المسلحة السعودية
        # بإطلاق قذائفها») or right after it («قذائف أطلقها الحوثيون»), not a party of another
        # event earlier in a long clause («اشتباكات بين المقاومة … نتيجة القصف …»)
        near = [s for s in actors.spans if m.clause.start <= s.start < m.clause.end and s.attrs.get("inter") != 7
                and (0 <= len(text[s.end:m.start].split()) <= SHOOTER_WORDS and s.end <= m.start
                     or s.start >= m.end and len(text[m.end:s.start].split()) <= SHOOTER_WORDS)]
        agents = {actor_key(a) for a in actors.sides(m.clause.start, m.clause.end, [(m.start, m.end)])[0]}
        near = [s for s in near if actor_key(actors.resolve(s)) in agents]
        named = next((alliance[a.name_en] for a in map(actors.resolve, near) if a.name_en in alliance), None)
        if named:
            doers[id(m)] = named
    first = next(iter(doers.values()), None)
    return {k: (v,) for k, v in doers.items() if v != first}


def _beside_answers(r: Report, reports: list[Report], s_start: int, s_end: int, text: str) -> tuple[int, int]:
    """The part of the sentence a report naming no side of its own reads its sides from: all of
    it, but the clauses of an answer to fire told in it («تعرضت قرى محافظة الحرث لقذائف من داخل
    الأراضي اليمنية، وردت القوات السعودية على مصادر النيران»: the Saudi forces answered the
    shells, they did not fire them). A deed told as the one answered or avenged («قصفت المدفعية
    التركية مواقع المسلحين ردا على هجوم انتحاري …»: its clause opens with `CAUSE_OPENERS`) reads
    from its own clause on: who answered it did not do it."""
    if r.mentions and _answered_deed(r.mentions[0].clause, text):
        return r.mentions[0].clause.start, s_end
    if r.answer:
        return s_start, s_end
    answering = [c for o in reports if o is not r and o.answer for c in o.clauses]
    if not answering:
        return s_start, s_end
    at = r.mentions[0].start
    after = [c.start for c in answering if c.start > at]
    before = [c.end for c in answering if c.end <= at]
    return (max(before) if before else s_start), (min(after) if after else s_end)


CLAIM_PLACE_REACH = 8  # tokens from a word of claiming to the place of the deed it names («مسؤوليته عن الهجوم في بغداد»)
CLAIM_CLAUSE_REACH = 14  # tokens at most of a claim's own clause, the deed it names told in a relative clause


def claim_places(tokens: list, k: int, places: list) -> list:
    """The places a claim at token `k` names for its deed: within CLAIM_PLACE_REACH tokens after it, or,
    on to the end of its clause (a comma, a full stop, «؛ ; : ! ? ؟») within CLAIM_CLAUSE_REACH
    tokens, a place right after «في» — «فيما تبنى تنظيم داعش الهجوم الانتحاري الذي استهدف مسجدا في
    بغداد» names Baghdad nine tokens after its verb; «… الذي استهدف مسجدا للطائفة الإسماعيلية» names
    no place (a sect)."""
    near = tokens[min(k + CLAIM_PLACE_REACH, len(tokens) - 1)].end
    end = min(k + CLAIM_CLAUSE_REACH, len(tokens) - 1)
    end = next((j for j in range(k + 1, end + 1) if tokens[j].text[:1] in "،,.؛;:!?؟"), end)
    far = tokens[end].end
    after_in = {tokens[j].end for j in range(k + 1, end) if tokens[j].norm in ("في", "وفي")}
    return [s for s in places if tokens[k].end <= s.start < near
            or (near <= s.start < far and any(0 < s.start - e <= 1 for e in after_in))]


def _beside_claims_elsewhere(r: Report, lo: int, hi: int, clauses: list[Clause], tokens: list[Token],
                             doc: Document) -> tuple[int, int]:
    """The part of the sentence (`lo`–`hi`) a report naming no side of its own reads its sides from,
    without a clause of its sentence telling a claim of another deed: a word of claiming (`claim_verbs`,
    `claim_nouns`) outside the report's clauses whose deed is placed, within its clause, only in other
    governorates than the report's («قتل عشرة أشخاص في تفجير في كركوك، فيما تبنى تنظيم داعش الهجوم
    الذي استهدف مسجدا في بغداد»: IS claimed the Baghdad attack, not the Kirkuk bombing). A claim
    naming no place, or the report's governorate, is left to the sentence (`_claimed` reads it)."""

    here = r.located.place.admin1_en if r.located is not None and r.located.place is not None else ""
    if not here or not r.mentions:
        return lo, hi
    verbs, nouns = word_set("claim_verbs"), word_set("claim_nouns")
    own = {id(c) for c in r.clauses}
    places = [s for s in doc.entities if s.label == "LOCATION" and s.attrs.get("admin1_en")]
    first, last = r.mentions[0].start, r.mentions[-1].end
    for k, tok in enumerate(tokens):
        if not lo <= tok.start < hi or not (variant_in(tok.norm, verbs, depth=1) or variant_in(tok.norm, nouns, depth=1)):
            continue
        clause = next((c for c in clauses if c.tok_start <= k < c.tok_end), None)
        if clause is None or id(clause) in own:
            continue
        named = claim_places(tokens, k, places)
        if not named or any(s.attrs["admin1_en"] == here for s in named):
            continue
        if clause.start >= last:
            hi = min(hi, clause.start)
        elif clause.end <= first:
            lo = max(lo, clause.end)
    return lo, hi


def _answered_deed(clause: Clause, text: str) -> bool:
    """The clause opens with a word of retaliation («ردا على هجوم …», «انتقاما لتفجير …»; see
    clauses.CAUSE_OPENERS): it tells the deed answered, beside the deed that answers it."""
    words = text[clause.start:clause.end].split()[:1]
    return bool(words) and normalized(words[0]) in CAUSE_OPENERS


def _answers_fire(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """The mentions told by a verb of answering fire (`response_verbs`: «وردت المدفعية السعودية على
    مصادر النيران», detect._answers): the answer is fired by the other side at where the fire came
    from (`merge.other_side` gives it the other alliance as the side hit), and fire told afresh in
    its sentence («سقطت أمس قذائف أطلقها الحوثيون على قرى … ، وردت المدفعية السعودية …») is another
    report, not more of the answer (a definite «تلك القذائف» told back stays with it)."""
    verbs = word_set("response_verbs")
    out = []
    for m in mentions:
        words = [t.norm for t in tokens if m.start <= t.start < m.end]
        if len(words) == 1 and variant_in(words[0], verbs):
            out.append(m)
    return out


# An event dated this long before the article is background («في عام 2004», «الشهر الماضي»; the
# coding guide: up to about a week before publication is news),
# not news: ACLED codes events from the reporting period, and the article's own report of them.
BACKGROUND_DAYS = 10


def _dates_of(r: Report, sentence_dates: list[Span], every: list[Mention], text: str,
              day: Date | None = None) -> list[Span]:
    """The DATE spans that date a report — no week, month or year told after it in a relative clause
    («الذي شهد موجة نزوح في مارس الماضي»): those of its own clauses; else the sentence's others,
    not in a clause telling another event before it or in the pluperfect («وكانت … قد اندلعت …»;
    cancelled events included) —
    «… التي سبق واستخدمتها قوات صالح في حرب صيف عام 1994، … وقد قامت قوات التحالف بتنفيذ سلسلة
    غارات» dates no strike of today by 1994."""
    trigger = r.mentions[0]
    sentence_dates = [d for d in sentence_dates if not (d.start >= trigger.end and int(d.attrs.get("precision") or 1) > 1
                                                        and _in_relative(text, trigger.end, d.start))
                      and not (d.start >= trigger.end and (_began(text, trigger.end, d)
                                                           or (_SUBORDINATE_AFTER.search(text, trigger.end, d.start)
                                                               and not _news_day(d, day))))]
    own = [d for d in sentence_dates if any(c.start <= d.start < c.end for c in r.clauses)]
    if own:
        return _part_of_trigger(own, trigger, text)
    others = {m.clause for m in every if m.clause not in r.clauses}
    # a clause of its own after the event's telling since when something holds («…، وقد توارى عن
    # الأنظار منذ رمضان»): the start of that state, not the event's day (session 36)
    return [d for d in sentence_dates if not any(c.start <= d.start < c.end and (d.start < trigger.start or _PLUPERFECT.search(text, c.start, c.end))
                                                 for c in others)
            and not (d.start >= trigger.end and _since(text, d))]


# what opens the trigger's own part of a clause: «أن/إن» after a verb of telling, a relative pronoun
_COMPLEMENTIZER = re.compile(r"(?<!\S)(?:[وف]?[أا]ن|[وف]?إن|[وف]?بأن|[وف]?بان)(?!\S)")
RELATIVE_REACH = 3  # words at most between a relative pronoun and the trigger it holds («التي شهدت معارك عنيفة»)


def _part_of_trigger(own: list[Span], trigger: Mention, text: str) -> list[Span]:
    """The dates of the trigger's own part of its clause, when that part holds one: a day before a
    «أن/إن» that follows a verb of telling dates the telling («أعلنت الوزارة اليوم الأحد أن مسلحين
    هاجموا أمس الأول الجمعة مركزا للشرطة»: the attack is of Friday), and a date before a relative
    pronoun dates the main clause, not the deed told inside the relative clause («زار الوزير اليوم
    المدينة التي شهدت معارك عنيفة بين سبتمبر ويناير»: the fighting is of September). With no date
    of its own, the trigger's part takes the clause's."""
    # not a day a period runs from («تتواصل الاشتباكات منذ أيام»: told as going on, of the telling's day)
    after = [d for d in own if d.start >= trigger.end and not _since(text, d)]
    before = [d for d in own if d.end <= trigger.start]
    if not after or not before:
        return own
    if _after_day_after(trigger, text):  # «… اليوم الأحد … غداة الهجوم الذي وقع الجمعة»: the attack's own day
        return after
    if _after_earlier_deed_cue(trigger, text):
        # «وافق البرلمان ليل أمس على القانون عقب سلسلة من الاحتجاجات … العام الماضي», «اعتقلت الشرطة أمس
        # عشرة أشخاص بعد مظاهرة … يوم الجمعة الماضي»: the deed that came first is of its own date told
        # after it, not of the day the sentence tells
        return after
    kept = [d for d in own if d.start < trigger.end or d in after]
    last = before[-1].end
    opener = None
    for opener in _COMPLEMENTIZER.finditer(text, last, trigger.start):
        pass
    if opener is not None:
        lead = [normalized(w) for w in text[max(0, before[-1].start - 80): before[-1].start].split()]
        if any_variant_in(lead[-6:], word_set("attribution_verbs"), depth=1):
            return [d for d in kept if d.start >= opener.end()]
    rel = None
    for rel in _RELATIVE.finditer(text, last, trigger.start):
        pass
    if rel is not None and (len(text[rel.end(): trigger.start].split()) <= RELATIVE_REACH
                            or not any(ch in text[rel.end(): trigger.start] for ch in "،,.؛:")):
        # (the trigger further inside the relative clause, no break between: «زار الوزير اليوم المسجد
        # الذي قتل فيه عدد من المصلين في تفجير انتحاري الجمعة الماضية» — the bombing is of Friday)
        return [d for d in kept if d.start >= rel.end()]
    return own


def _since(text: str, date: Span) -> bool:
    """The date is told with «منذ» (its first word or the word before it): a period's start."""
    first = date.text.split()[:1]
    before = text[max(0, date.start - 20): date.start].split()[-1:]
    return any(normalized(w) in (normalized("منذ"), normalized("ومنذ")) for w in first + before)


SINCE = frozenset({"منذ", "قبل"})


def _began(text: str, after: int, date: Span) -> bool:
    """«ولا يزال القتال دائرا في الحوطة بعد تفجره منذ أيام», «والمعارك مستمرة في المدينة منذ
    أيام»: a date told with «منذ/قبل» after a word of lasting or breaking out (`lasting_words`), itself
    after the trigger, is when the fight began — it is reported as going on, on the report's day."""
    words = [normalized(w) for w in text[after:date.start].split()]
    first = normalized(date.text.split()[0]) if date.text.split() else ""
    if not (first in SINCE or (words and words[-1] in SINCE)):
        return False
    lasting = word_set("lasting_words")
    return any_variant_in(words, lasting, depth=1)


# «تقصف … قرى صرادة، بعد أن تم دحرهم من عدة قرى الأسبوع الماضي»: a deed told after the trigger as what
# came first («بعد أن», «بعدما») has its own date, not the event's — unless that date is the news day or
# the day before (`_news_day`: «اندلعت اشتباكات … بعد أن هاجم الحوثيون مواقع المقاومة فجر أمس»)
_SUBORDINATE_AFTER = re.compile(r"(?<!\S)(?:و?بعد\s+[أا]ن|و?بعدما|و?عقب\s+[أا]ن)(?!\S)")


def _news_day(date: Span, day: Date | None) -> bool:
    """Whether a DATE span names one day, the article's or the one before («أمس», «فجر أمس», «اليوم»):
    what came first that day, the event right after it is of that day too."""
    iso = str(date.attrs.get("iso") or "")[:10]
    if day is None or not iso or int(date.attrs.get("precision") or 1) > 1:
        return False
    try:
        return 0 <= (day - Date.fromisoformat(iso)).days <= 1
    except ValueError:
        return False


# «وكانت اشتباكات عنيفة قد اندلعت في تعز يوم الخميس الماضي»: told as before the news, its date is its own
_PLUPERFECT = re.compile(r"(?<!\S)و?كان(?:ت|وا)?(?!\S).*(?<!\S)قد(?!\S)")


# a relative clause after the trigger describes a place or a thing («… حي المنصورة، الذي شهد موجة
# نزوح في مارس الماضي», «وهو المستشفى الذي افتتح في مايو الماضي»): its date is not the event's
_RELATIVE = re.compile(r"(?<!\S)(?:%s)(?!\S)" % "|".join(sorted(RELATIVES | {"وهو", "وهي"})))


def _in_relative(text: str, start: int, date_start: int) -> bool:
    """A date told inside a relative clause opened between the trigger and it, which describes a
    place or a thing. Not a clause telling only where a place lies (`lying_relatives`: «التي تقع
    في أطراف الرمادي»): a place lies there at no date, so «وسيطر المتطرفون على الجامعة التي تقع في
    أطراف الرمادي، في مطلع يونيو 2014» dates the taking. Nor a clause of the event's own taking
    place right after its trigger (`occurrence_relatives`): «بالتفجير الانتحاري الذي وقع في مسجد
    الصادق الشهر الماضي» dates the bombing."""
    last = None
    for last in _RELATIVE.finditer(text, start, date_start):
        pass
    if last is None:
        return False
    verb = text[last.end():date_start].split()[:1]
    verb_norm = normalized(verb[0]) if verb else ""
    if verb_norm in word_set("lying_relatives"):
        return False
    return not (verb_norm in word_set("occurrence_relatives")
                and len(text[start:last.start()].split()) <= OCCURRENCE_REACH)


OCCURRENCE_REACH = 2  # words between the trigger and the relative pronoun of its taking place («الانتحاري»)


def _past_told(mentions: list[Mention]) -> dict[int, set[tuple[str, str]]]:
    """Sentence → the kinds of event it tells only as a period's or the past's total («إن نحو 150
    حوثيا قتلوا في المعارك المتواصلة منذ أسبوعين»): mentions cancelled as background or over a
    period, none of their kind standing in the sentence."""
    standing = {(m.sentence, m.kind) for m in mentions if not m.cancelled}
    out: dict[int, set[tuple[str, str]]] = {}
    for m in mentions:
        if m.cancelled in PAST_KINDS and (m.sentence, m.kind) not in standing:
            out.setdefault(m.sentence, set()).add(m.kind)
    return out


def _goes_on_past(r: Report, past_told: dict[int, set[tuple[str, str]]]) -> bool:
    """«وأضافت المقاومة أن أكثر من 200 حوثي جرحوا خلال المواجهات، كما قتل 16 من الثوار» right after
    a sentence telling the fights of two weeks as a total: a definite back-reference with no place
    of its own goes on telling that total, not the latest fight of the day."""
    return r.definite and not (r.located and r.located.explicit) and r.kind in past_told.get(r.sentence - 1, set())


ERA_LEAD = 3  # words at most before the date in its sentence: «وفي عام 2011 اندلعت …» opens with its time
ERA_YEARS = 2  # a date this many years or more before the article dates the sentences after it as history
ERA_OPEN_WORDS = frozenset(normalized(w) for w in ("منذ", "ومنذ", "خلال", "طوال", "مدى", "مدار", "حتى", "وحتى", "بعد", "وبعد"))


def _in_old_era(doc: Document, dates: list[Span], s_idx: int, clauses_by_sentence: list[list[Clause]],
                by_sentence: dict[int, list[Mention]]) -> bool:
    """A sentence with no date of its own whose nearest date before it, in its paragraph or the one
    before, is a month or a year of ERA_YEARS or more before the article («وفي عام 2011 اندلعت
    احتجاجات …» then «وحاول المتظاهرون اقتحام مقر الحكومة، مما أدى إلى اشتباكات أسفرت عن سقوط 20
    قتيلا»): it goes on telling that time, history, not the day's news. Not a date opening a period
    that runs on («منذ عام 2011», «خلال 2012»), nor one of a flashback in the pluperfect («وكان
    الحوثيون قد خاضوا ست حروب عام 2009 …»): the news resumes after it. The last year or two (the
    war's own background, «في سبتمبر 2014») are left to the sentence's own words. The dated sentence
    must open with that date (ERA_LEAD words at most before it) and itself tell an event (a trigger
    of its own): a year told deep in a sentence of news, or an aside dating a fact («وتعد المديرية الأكبر،
    وقد ألحقت بالضالع في عام 1990») does not stop the day's news told around it."""
    if doc.date is None:
        return False
    s_start, s_end = doc.sentences[s_idx]
    if any(s_start <= d.start < s_end for d in dates):
        return False
    before = [d for d in dates if d.end <= s_start]
    if not before:
        return False
    last = before[-1]
    precision = last.attrs.get("precision", 1)
    iso = str(last.attrs.get("iso") or "")
    j = doc.sentence_index(last.start)
    if not iso[:4].isdigit() or not isinstance(precision, int) or precision < 3 or j is None or j not in by_sentence \
            or int(iso[:4]) > doc.date.year - ERA_YEARS \
            or clauses_by_sentence[j][0].paragraph < clauses_by_sentence[s_idx][0].paragraph - 1:
        return False
    words = doc.text[max(0, last.start - 20): last.start].split()
    if any(normalized(w) in ERA_OPEN_WORDS for w in words[-2:]):
        return False
    a_start = doc.sentences[j][0]
    opening = [normalized(w) for w in doc.text[a_start: last.start].split()]
    if len(opening) > ERA_LEAD:
        return False  # a year told deep in a sentence of the day's news («… التي استخدمتها في حرب عام 1994»)
    return not (opening and opening[0] in word_set("past_be_words"))


OLD_RETOLD_GAP = 2  # sentences from a report dropped as old to a definite one telling it again


def _retells_old(r: Report, old_told: list[Report], kept: list[Report]) -> bool:
    """«أكدت الشرطة وجود صلة بين الهجوم على المتحف في 18 مارس …» then «وقال إن "الهجوم على المتحف
    الذي خلف 22 قتيلا …"»: a definite back-reference (`Report.definite`, no new or renewed event, no
    day of its own) at most OLD_RETOLD_GAP sentences after a report of its kind dropped as dated long
    before the article (`_background`, or one such retelling; any violent kind for a general word
    such as «الهجوم») tells that old event again — when it
    names no place of its own, or the very place of the old one, and no report of its kind (of any
    violent kind, for a violent one) was kept (`kept`) before it in the article: the article has told
    only old events so far. Not coded either, instead of coded on the article's day."""
    if not r.definite or r.date_explicit or r.another or r.broke_out or r.renewed:
        return False

    def of_its_kind(o: Report) -> bool:  # a general word («الهجوم») tells back any violent event
        return o.kind == r.kind or r.strength == "generic" and is_violent(o.kind[0]) and is_violent(r.kind[0])

    for o in reversed(old_told):
        if not 0 < r.sentence - o.sentence <= OLD_RETOLD_GAP or not of_its_kind(o):
            continue
        if any(of_its_kind(k) or is_violent(k.kind[0]) and is_violent(r.kind[0]) for k in kept):
            return False  # news of its kind (any violence for violence) told before: it may be told back
            # («قصف … الأعنف منذ معركة ديبالتسيف في فبراير الماضي. وصدت القوات الهجوم بالقصف المدفعي»)
        if r.located is None or not r.located.explicit:
            return True
        if o.located is not None and place_key(o.located.place) == place_key(r.located.place):
            return True
    return False


def _background(r: Report, doc_date: Date | None) -> bool:
    """Dated (explicitly) more than BACKGROUND_DAYS before the article. A date known only to the
    week or month («الأسبوع الماضي», «هذا الشهر», «في مايو») counts from its period's last day: it
    stands for a day 1 of the period, and «هذا الشهر» is still news on the 25th."""
    if not (r.date_explicit and r.date and doc_date):
        return False
    try:
        day = Date.fromisoformat(r.date[:10])
    except ValueError:
        return False
    return (doc_date - period_end(day, r.time_precision)).days > BACKGROUND_DAYS


def _place_group(located: Located, by_governorate: bool) -> tuple[str, str]:
    p = located.place
    admin1 = normalized(p.admin1_en or p.admin1_ar or p.name_en or p.name_ar)
    if by_governorate and located.rank >= 4:
        return (admin1, "")
    district = normalized(p.admin2_en or p.admin2_ar)
    if not district and located.span is not None and located.span.text.split() \
            and normalized(located.span.text.split()[0]) in word_set("neighbourhood_heads"):
        return (admin1, "neighbourhoods")  # «قصف … حي الروضة وحي المسبح وحي التحرير»: one city's parts, one event
    return (admin1, district or place_key(p))


FINE_SPLIT = True  # one event per named place also inside a district (version 18); False: per district, as version 17
SPLIT_SUB_EVENTS = ("Air/drone strike", "Shelling/artillery/missile attack")
# abductions told in one sentence in different districts («اختطفت الناشط … بمديرية القناوص …، كما
# اختطفت رئيس فرع الحزب بمديرية الحجيلة») are separate events, each where it happened
# protests told in one sentence at several places («تظاهر المئات في البصرة وكربلاء والنجف», «كما شهدت مدينة
# كربلاء تظاهرة أخرى») are one event per place too (ACLED: one event per location and day)
PROTEST_SPLIT = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration")
SPLIT_BY_OWN_CLAUSES = ("Abduction/forced disappearance",) + PROTEST_SPLIT
SUMMARY_LIST = 4  # this many governorates named only as governorates make a summary, not events


def _continuation(r: Report, clauses: list[Clause], busy: set[Clause], tokens: list[Token]) -> list[Clause]:
    """The clauses after each of a report's own that carry no event of their own, up to the next
    that does (or the report's next own clause): the rest of its list («…، ومواقع عسكرية أخرى في
    جبل المرحة بمحافظة عمران»), also when the report's toll clause follows the list («أحياء الضباب،
    وجبل صبر، وقتل في القصف 4 مدنيين»). Only air strikes and shelling read them: lists of targets
    are told that way."""
    first_own = clauses.index(r.clauses[0])
    out = []
    stops = word_set("attribution_verbs") | word_set("continuation_stops")
    ended = False
    for clause in clauses[first_own + 1:]:
        if clause in r.clauses:  # its own later clause («…، وجبل صبر، وقتل في القصف 4 مدنيين»): a list
            ended = False        # may run before it, and another after it
            continue
        first = tokens[clause.tok_start].norm if clause.tok_start < clause.tok_end else ""
        if first.lstrip("و") in word_set("list_continuers"):
            first = "و"  # «…، فضلًا عن تعز», «…، إضافة إلى مواقع في صرواح»: the list goes on
        if ended or clause in busy or first in stops or first.lstrip("و") in stops or not first.startswith("و"):
            ended = True  # «، بحسب ما أفاد مصدر في مدينة مأرب», «، فيما وصل وفد إلى عدن»: not the list
            continue
        out.append(clause)
    return out




BETWEEN_REACH = 12  # characters from «بين» to the first party of «بين X وY» («بين قوات الجيش والحوثيين»)


def _other_place(a: Located, b: Located) -> bool:
    """Two places, not one named twice: names that differ, or one name at two ranks («مدينة الحوطة
    مركز محافظة لحج»: the town is "Lahij" in English, like the governorate that holds it)."""
    return place_key(a.place) != place_key(b.place) or a.rank != b.rank


NAME_QUOTES = str.maketrans("", "", "«»\"“”")  # marks around a name («مديرية «مشرعة وحدنان» بمنطقة جبل صبر»)


def _told_inside(text: str, inner: Located, outer: Located) -> bool:
    """«تبة مسعود بمديرية مشرعة بجبل صبر»: a place of a governorate written right after another of
    the same one with only «ب» or «في» between (quotation marks around a name left out: «مديرية
    «مشرعة وحدنان» بمنطقة جبل صبر»; or a participle of lying, `_lies_on`) is where the one before it
    lies, whatever the gazetteer's districts say. («همدان بمدينة الحزم»: Hamdan of Sanaa is no part of al-Hazm; the
    reading of the first is doubtful, so both stay.)"""
    if inner is outer or inner.span is None or outer.span is None or inner.span.end > outer.span.start:
        return False
    same = inner.place.admin1_en and normalized(inner.place.admin1_en) == normalized(outer.place.admin1_en)
    gap = text[inner.span.end: outer.span.start].translate(NAME_QUOTES)  # «مديرية «مشرعة وحدنان» بمنطقة جبل صبر»
    return bool(same) and (inside_glue(gap) or _lies_on(gap) or inside_glue(_past_adjective(gap)))


RELATIVE_WORDS = frozenset({normalized("التي"), normalized("الذي")})


def _past_adjective(gap: str) -> str:
    """The gap after a relational adjective that opens it («مجمع مليتة النفطي بزوارة», «قاعدة العند
    الجوية بلحج», «مطار صبيحة الدولي بإسطنبول»: a definite word ending in «ي/ية» describes the
    facility named before, the place after «ب» is where it lies); "" when no such word opens it."""
    words = gap.split()
    if len(words) < 2:
        return ""
    first = normalized(words[0])
    if not first.startswith("ال") or first in RELATIVE_WORDS or not first.endswith(("ي", "يه")):
        return ""
    return gap[gap.index(words[0]) + len(words[0]):]


def _lies_on(gap: str) -> bool:
    """«قريتي مشرعة وحدنان، الواقعتين على قمة جبل صبر», «قرية الحصن الواقعة في مديرية صرواح»: a
    participle of lying (`lies_in_words`) or «على قمة / سفح» (`summit_words`) between two places
    tells where the first lies, like «ب / في» right between them. `gap`: the text between, its
    quotation marks already left out by the caller."""
    words = [normalized(w) for w in gap.replace("،", " ").replace(",", " ").split()]
    if words[:1] in (["التي"], ["الذي"]):
        words = words[1:]  # «التي تقع في …»
    lying = bool(words) and words[0] in word_set("lies_in_words")
    words = words[1:] if lying else words
    if len(words) >= 2 and words[0] == normalized("على") and words[1] in word_set("summit_words"):
        return inside_glue(" ".join(["في"] + words[2:]))
    return lying and inside_glue(" ".join(words))


def _gap(text: str, a: Located, b: Located) -> tuple[Located, str]:
    """The one of two places told first, and the text between them."""
    first, second = sorted((a, b), key=lambda x: x.span.start)
    return first, text[first.span.end: second.span.start]


def _gap_words(gap: str) -> list[str]:
    """The words of the text between two places, normalised, commas left out."""
    return [normalized(w) for w in gap.replace("،", " ").replace(",", " ").split()]


NOT_CONJOINED = frozenset({"وسط", "وادي", "وراء"})  # normalised words opening with «و» that join nothing


def _listed_apart(text: str, inner: Located, outer: Located) -> bool:
    """«مواقع الدفاع الجوي في منطقة رأس عيسى والصليف», «محلات تجارية في سوق الطلح، ومنزل أحد
    القياديين في مديرية سحار»: a place put inside a district only by the text around it (the
    gazetteer's record of it names no such district: the incident step or the recogniser placed
    it by its nearest neighbour), and that district told beside it as another item of a list
    («و» between the two, not «ب»/«في»), are two targets, not a place and its container. A place
    told after the district in a clause that says where the event just told happened («…، وذلك في
    كمين نصبوه في بلدة الوزيرية», `elaboration_openers`) is in that district."""
    if inner.span is None or outer.span is None:
        return False
    own = normalized(inner.span.attrs.get("admin2_ar") or "")
    if not inner.place.admin2_ar or own == normalized(inner.place.admin2_ar):
        return False  # the gazetteer's own district: «قرية الحصون ومديرية مجزر» is nested
    first, gap = _gap(text, inner, outer)
    if inside_glue(gap):
        return False
    words = _gap_words(gap)
    if outer is first and word_set("elaboration_openers") & set(words):
        return False  # «في مديرية حزم العدين …، وأوقعوا 35 قتيلا …، وذلك في كمين نصبوه في بلدة الوزيرية»
    return any(w == "و" or (w.startswith("و") and len(w) > 2 and w not in NOT_CONJOINED) for w in words)


def _unplaced_within(text: str, inner: Located, district: Located) -> bool:
    """«ففي مواجهات جرت في مديرية حزم العدين …، وأوقعوا 35 قتيلا …، وذلك في كمين نصبوه في بلدة
    الوزيرية»: a place the gazetteer does not know (no kind, no district of its own, its governorate
    only from the text around it) told in the same report as a district of that governorate is
    where in that district the event happened, not a second event sharing its toll — unless the two
    are items of one list («في مديرية حزم العدين وقرية الوزيرية», `_listed_apart`)."""
    a, d = inner.place, district.place
    if inner is district or inner.span is None or district.span is None or kind_rank(d.kind) != 3 or not d.kind:
        return False
    if a.kind or a.admin2_ar or a.admin2_en or inner.span.attrs.get("kind"):
        return False
    if not a.admin1_ar or normalized(a.admin1_ar) != normalized(d.admin1_ar or d.name_ar or ""):
        return False
    words = _gap_words(_gap(text, inner, district)[1])
    return not (len(words) <= 3 and any(w.startswith("و") for w in words))


TOLD_AT_REACH = 4  # words before a town scanned for the «في / ب» that tells it as where («وفي العاصمة صنعاء»)


def _facility_in_town(fac: Located, town: Located, text: str, clauses: list[Clause]) -> bool:
    """«شن طيران التحالف غارات على معسكر اللواء 35 الموالي لصالح في مدينة المخاء», «وفي العاصمة
    صنعاء، شن طيران التحالف ست غارات استهدفت معسكر الصباحية»: a facility the gazetteer does not
    place (no name of its own in the gazetteer: its governorate, district and coordinates lent by
    a neighbouring place, `approx`) and a town of that governorate told as where in the same clause
    («في / ب» and head words right before the town, not «و» of a list) are one target — the
    facility, in that town; the town is no second event of the strike. A town listed with «و»
    («على معسكر الصباحية ومدينة ذمار», «في العند وكرش ومعسكر لبوزة») stays a target of its own."""
    f, t = fac.place, town.place
    if fac is town or fac.span is None or town.span is None:
        return False
    own = fac.span.attrs  # the gazetteer's record, not what the text around it lent the place
    if f.kind != "facility" or own.get("name_en") or not own.get("approx"):
        return False  # a facility the gazetteer knows keeps its own place
    if not 1 <= kind_rank(t.kind) <= 3 or not f.admin1_en or normalized(f.admin1_en) != normalized(t.admin1_en or ""):
        return False
    lo, hi = min(fac.span.start, town.span.start), max(fac.span.end, town.span.end)
    if not any(c.start <= lo and hi <= c.end for c in clauses):
        return False
    if town.span.end <= fac.span.start and any(w.startswith("و") and w not in NOT_CONJOINED
                                                for w in _gap_words(text[town.span.end: fac.span.start])):
        return False  # «غارات في العند وكرش ومعسكر لبوزة»: the camp is the list's next item, not in the town
    before = text[max(0, town.span.start - 60): town.span.start].replace("،", " ").replace(",", " ").split()
    before = before[-TOLD_AT_REACH:]
    heads = word_set("place_heads")
    k = len(before)
    while k > 0 and ((w := normalized(before[k - 1]).lstrip("و")) in heads or w[2:] in heads
                     or w in ("العاصمه", "بالعاصمه") or (w.startswith("ب") and w[1:] in heads)
                     or (w.startswith("بال") and w[3:] in heads)):
        k -= 1  # head words of the town: «مدينة», «بمدينة», «العاصمة»
    glue = before[k - 1:] if k > 0 else before
    if not glue:
        return False
    first = normalized(glue[0])
    if first.startswith("و") and first[1:] == "في":
        glue = ["في"] + glue[1:]  # «وفي العاصمة صنعاء»
    return inside_glue(" ".join(glue))


def _named_on(short: Located, long: Located) -> bool:
    """«مستشفى ظهران الجنوب» and, in the same sentence, «مستشفى ظهران الجنوب العام»: one place named
    once in full and once without its last words (same kind, same governorate) — the shorter name
    is the longer one's, not a second target."""
    a, b = short.place, long.place
    if short is long or a.kind != b.kind or normalized(a.admin1_en) != normalized(b.admin1_en):
        return False
    words_a = normalized(a.name_ar or a.text).split()
    words_b = normalized(b.name_ar or b.text).split()
    return 1 < len(words_a) < len(words_b) and words_b[:len(words_a)] == words_a


def _headless_name(place: Place, heads: str = "name_heads") -> str:
    """The place's Arabic name without a head word before it: «منطقة الحوبان» and «الحوبان»,
    «جبهة الجفينة» and «الجفينة» are one name."""
    words = normalized(place.name_ar or place.text).split()
    if len(words) > 1 and words[0] in word_set(heads):
        words = words[1:]
    return " ".join(words)


def _named_again(short: Located, full: Located) -> bool:
    """One place of one governorate named twice in a sentence, once with a head word or as the
    gazetteer knows it, once bare («موقع أومان في منطقة الحوبان …، ومعسكر الإذاعة في الحوبان»,
    «في جبهتي الجفينة والفاو … في جبهة الجفينة»): the bare (or less known) one is the other's
    name, not a second target. Of two equally known, the later is dropped."""
    a, b = short.place, full.place
    if short is full or not a.admin1_en or normalized(a.admin1_en) != normalized(b.admin1_en):
        return False
    if _headless_name(a) != _headless_name(b):
        return False
    known = lambda p: (bool(p.kind), bool(p.admin2_en or p.admin2_ar), bool(p.name_en))  # noqa: E731
    return known(a) < known(b) or (known(a) == known(b) and _start(short) > _start(full))


def _alias_of(alias: Located, name: Located, text: str) -> bool:
    """«في وادي خبش (الخارد) بمديرية المطمة»: a place written in brackets right after another of the
    same governorate is its other name, not a second target."""
    if alias is name or alias.span is None or name.span is None or name.span.end > alias.span.start:
        return False
    same = alias.place.admin1_en and normalized(alias.place.admin1_en) == normalized(name.place.admin1_en)
    return bool(same) and text[name.span.end: alias.span.start].strip() == "(" \
        and text[alias.span.end: alias.span.end + 2].strip().startswith(")")


def _front_of(front: Located, inside: Located) -> bool:
    """«بجبهة مجزر … مقتل 8 بموقع بحلحلان»: a front named after a district («جبهة مجزر», «جبهة
    صرواح») is that district's front, and a place of that district is on it."""
    f, p = front.place, inside.place
    words = normalized(f.name_ar or f.text).split()
    if front is inside or len(words) < 2 or words[0] not in word_set("front_heads"):
        return False
    district = normalized(f.admin2_ar or "")
    return bool(district) and " ".join(words[1:]) == district and normalized(p.admin2_ar or "") == district \
        and _headless_name(p) != district


def _triggers_in(mentions: list[Mention], clause: Clause) -> list[int]:
    """Where the mentions of `mentions` told in `clause` start (their first trigger: one merged into
    it later may be another party's fire, «غارات على مديرية كرش التي تقصف منها الميليشيات …»)."""
    return [m.start for m in mentions if m.clause == clause]


DETAIL_REACH = 4  # words from a detail's figure to its place («15 منهم في كيسمايو»)


def _toll_details(parts: list[Report], clauses: list[Clause], places: LocationResolver) -> list[Report]:
    """«قتل 25 شخصا، 15 منهم في كيسمايو، وعشرة آخرون في بيدوا، في هجمات …»: a lead's toll told with
    its details in the same sentence — two or more later clauses, each a figure then, within
    DETAIL_REACH words, «في» and a place — whose figures add up to the toll, is one event per place,
    each with its own figure (ACLED codes one event per location). A report left whole by
    `split_by_place`, with one figure; `clauses`: its sentence's."""
    if len(parts) != 1 or len(parts[0].counts) != 1 or parts[0].counts[0].value is None:
        return parts
    r = parts[0]
    count = r.counts[0]
    text = places.doc.text
    # the figures told after the toll in its sentence, first: most reports have none, and then the
    # sentence's places are not looked up at all
    numbers = [e for e in places.doc.entities if e.label == "NUMBER" and isinstance(e.attrs.get("value"), int)
               and e.attrs.get("kind") != "dual" and e.start >= count.told_end
               and clauses[0].start <= e.start < clauses[-1].end]
    if len(numbers) < 2:
        return parts
    cands = [c for clause in clauses for c in places.candidates(clause) if c.span is not None and c.rank <= 4]
    details: list[tuple[Located, int]] = []
    for figure in numbers:
        after = [c for c in cands if c.span.start >= figure.end]
        if not after:
            continue
        place = min(after, key=lambda c: c.span.start)
        gap = [normalized(w) for w in text[figure.end: place.span.start].split()]
        if not gap or len(gap) > DETAIL_REACH or any(c in text[figure.end: place.span.start] for c in "،,.؛:") \
                or not (gap[-1] in ("في", "بمدينه") or gap[-1].startswith("في")):
            continue
        details.append((place, figure.attrs["value"]))
    if len(details) < 2 or sum(v for _, v in details) != count.value \
            or len({place_key(c.place) for c, _ in details}) != len(details):
        return parts
    return [replace(r, located=c, counts=[replace(count, value=v)], equipment=list(r.equipment) if i == 0 else [],
                    parts=len(details))
            for i, (c, v) in enumerate(details)]


def split_by_place(r: Report, places: LocationResolver, more: list[Clause] = ()) -> list[Report]:
    """`_split_by_place`; a clash its lists left whole is split once more when its word counts the
    events over as many places («هجومان استهدفا القنصلية في أنقرة ومركزا للشرطة في مدينة اسطنبول»)."""
    parts = _split_by_place(r, places, more)
    if len(parts) == 1 and r.event_type == "Battles" and not r.pointed:
        return _split_by_place(r, places, (), counted=True)
    return parts


def _split_by_place(r: Report, places: LocationResolver, more: list[Clause] = (), counted: bool = False) -> list[Report]:
    """ACLED codes one event per location: air strikes or shelling told as a list of places in
    different districts («غارات على جبل المرحة بعمران وحيس بالحديدة وميدي بحجة»), or clashes
    listed in one clause across districts or governorates («مواجهات في تعز ولحج», «سيطرت على
    الحسيني والحوطة والمسيمير»), become one report per district, as ACLED codes Yemen; with
    `FINE_SPLIT` every further named place of a district («في أحياء الضباب، وجبل صبر»), a city's
    neighbourhoods included, is a report of its own too, marked `finer` for the codability model.
    Places inside one another («مدينة دمت بمحافظة الضالع», a hospital and its town) stay one.
    Clashes read only the clauses of their own list (`more` is for targets of strikes), past its
    commas only under a plural head (`_plural_headed`).
    A casualty figure goes to the place of its clause when that clause names one; otherwise it
    is shared evenly among the places its clause's list names (all places when none), as ACLED
    splits a figure that covers several events, rounded down (the conservative count: 43 over two
    places is 21 and 21).
    A bombing or an attack (any kind not split above; a clash only with `counted`, once its lists
    left it whole) whose word counts the events («انفجار عبوتين ناسفتين», «هجومان», «ثلاثة تفجيرات»,
    `_several_events`) is split over the places of its own clauses when they are as many as the
    events, all told after the counting word and joined by «و» (`_counted_list`)."""
    several, counted_at = 0, 0
    listed_kind = r.sub_event_type in SPLIT_SUB_EVENTS + SPLIT_BY_OWN_CLAUSES or r.event_type == "Battles"
    if (counted or not listed_kind) and not r.pointed:
        several, counted_at = _several_events(r, places.doc.text)  # «انفجار عبوتين ناسفتين في قضاء بلدروز والمقدادية»
        if several:
            more = ()
    segments = _figure_segments(r)  # «سقط 6 قتلى في بلدة دارة عزة، و5 قتلى في مدينة الباب»
    by_figures = not listed_kind and not several and not counted and bool(segments)
    if (not listed_kind and not several and not by_figures) or (counted and not several) or r.pointed:
        return [r]
    homes = next((m for m in r.mentions if m.homes_end), None)
    by_governorate = r.event_type == "Battles" and not several  # governorates are listed with the clause's own place
    tail = list(more) if FINE_SPLIT and by_governorate else []
    if by_governorate or r.sub_event_type in SPLIT_BY_OWN_CLAUSES:
        more = ()  # «رغم الضغط … في جبهات تعز» after a clash in al-Dhale is context, not a second front
    cands: list[Located] = []
    home: dict[int, Clause] = {}  # a place told in a later clause of its list: the clause the list began in
    told: dict[int, list[int]] = {}  # a place: the event's trigger offsets in its clause
    for clause in r.clauses + list(more):
        triggers = _triggers_in(r.mentions, clause)
        found = [c for c in places.candidates(clause, triggers) if c.rank <= 4]
        told.update((id(c), triggers) for c in found)
        if any(c.rank >= 3 for c in found):  # «قاعدة العند الجوية … في محافظة لحج»: the base is in it
            found = [c for c in found if c.rank > 0 or c.place.admin1_en]
        if by_governorate and found:  # «في لحج وأبين وتعز», one list with the clause's own place
            anchor = min(found, key=lambda c: c.rank)
            before: list[Located] = []  # the lists of the triggers before the last of a taking told again
            listed = places.listed(found, anchor)
            if (again := _told_again(r, clause, found, places)):
                *firsts, listed = again
                before = [c for one in firsts for c in one]
                anchor = min(listed, key=lambda c: c.rank)
            if tail and anchor.span is not None and _plural_headed(places.doc.text, min(listed, key=_start)):  # the list goes on in the clauses after: «في أحياء الضباب، وجبل صبر، وشارع الأربعين»
                extra = [c for x in tail for c in places.candidates(x) if c.rank <= 3]
                went_on = [c for c in places.listed(listed + extra, anchor) if any(c is e for e in extra)]
                home.update((id(c), clause) for c in went_on)
                listed += went_on
            found = before + listed
        cands.extend(found)
    if homes is not None:  # homes shelled beside a fight: places outside the shelling's own words are the
        # fight's fronts; a list in its own words splits («قصف الحوثيون أحياء سكنية في تعز وعدن، إثر اشتباكات …»)
        cands = [c for c in cands if c.span is not None and homes.start <= c.span.start < homes.homes_end]
        if len(cands) < 2:
            return [r]
    if FINE_SPLIT and more:  # strikes read their list's later clauses already; a toll told with its first
        # clause is the list's («قتل 12 مدنيا في غارات استهدفت أحياء الضباب، وجبل صبر، وشارع الأربعين»)
        later = [c for c in cands if c.span is not None and any(x.start <= c.span.start < x.end for x in more)]
        for clause in r.clauses if later else ():
            opening = [c for c in cands if c.span is not None and clause.start <= c.span.start < clause.end]
            if opening and _plural_headed(places.doc.text, min(opening, key=_start)):
                went_on = places.listed(opening + later, max(opening, key=_start))
                home.update((id(c), clause) for c in went_on if any(c is x for x in later))
    if r.sub_event_type in SPLIT_SUB_EVENTS:  # fire told with where it came from: that is no target
        cands = [c for c in cands if not places.origin(c, told.get(id(c), ()))] or cands
    topic: list[Located] = []  # the places a protest is about, dropped
    if r.sub_event_type in PROTEST_SPLIT:  # «… في إسطنبول احتجاجا على التفجير الذي وقع في سوروج»
        kept = [c for c in cands if not _protest_topic(places.doc.text, c, r)]
        if kept:
            topic = [c for c in cands if not any(c is k for k in kept)]
            cands = kept
        cands = [c for c in cands if not _far_before_protest(places.doc.text, c, told.get(id(c), ()))]
    named = list(cands)  # every place named, before a place named twice is kept once (`_told_again_after`)
    cands = [c for c in cands if not any(o is not c and _other_place(o, c)
                                         and contains(c.place, o.place) and not _listed_apart(places.doc.text, o, c)
                                         for o in cands)]
    cands = [c for c in cands if not any(_told_inside(places.doc.text, o, c) for o in cands)]
    cands = [c for c in cands if not any(_unplaced_within(places.doc.text, o, c) for o in cands)]
    cands = [c for c in cands if not any(_facility_in_town(o, c, places.doc.text, r.clauses) for o in cands)]
    cands = [c for c in cands if not any(_named_on(c, o) for o in cands)]
    cands = [c for c in cands if not any(_named_again(c, o) for o in cands)]
    cands = [c for c in cands if not any(_front_of(c, o) for o in cands)]
    cands = [c for c in cands if not any(_alias_of(c, o, places.doc.text) for o in cands)]
    cands = places.without_doubtful(cands)
    groups: dict[tuple[str, str], Located] = {}
    for c in cands:
        key = _place_group(c, by_governorate)
        if key[0] and (key not in groups or c.rank < groups[key].rank):
            groups[key] = c
    finer: dict[tuple[str, str], list[Located]] = {}
    if FINE_SPLIT:
        for c in cands:
            key = _place_group(c, by_governorate)
            if key in groups and c is not groups[key] and c.rank <= 3 and c.span is not None \
                    and not any(place_key(o.place) == place_key(c.place) for o in [groups[key]] + finer.get(key, [])):
                finer.setdefault(key, []).append(c)
    if len(groups) + sum(len(v) for v in finer.values()) < 2:
        if len(groups) == 1 and r.located is not None and r.located.span is not None \
                and any(c.span is not None and c.span.start == r.located.span.start for c in topic):
            # the protest was placed at what it is about, its own place left alone: that one
            # («… على احتلال داعش قضاء سنجار تظاهر أمس مئات الإيزيديين في محافظة أربيل»: Erbil)
            r.located = next(iter(groups.values()))
        return [r]
    provinces = [c for c in groups.values() if c.rank == 4]
    if r.sub_event_type in SPLIT_SUB_EVENTS and len(provinces) >= SUMMARY_LIST and not _raid_on_provinces(r, provinces):
        # «قصف الأحياء السكنية في تعز ولحج وأبين والضالع وإب …»: a summary over provinces, no event
        # ACLED can place; the report keeps no place and is set aside
        r.located = None
        return [r]
    keys = list(groups)
    placed = [(k, groups[k], 0) for k in keys] + [(k, c, j + 1) for k in keys for j, c in enumerate(finer.get(k, []))]
    if several and (len(placed) != several or not _counted_list(places.doc.text, [c for _, c, _ in placed], counted_at)):
        return [r]  # two bombs and three places named (or one): the places do not tell the events apart
    parts = [replace(r, located=c, counts=[], equipment=list(r.equipment) if i == 0 else [], finer=j,
                     parts=len(placed),
                     also=[x for x in more if c.span is not None and x.start <= c.span.start < x.end])
             for i, (k, c, j) in enumerate(placed)]
    keys = [k for k, _, _ in placed]
    if several:
        told = _figures_by_place(places.doc, [c for _, c, _ in placed], counted_at)
        if told is None:
            return [r]  # figures told for some places only: how they split is not clear
        if told and len(r.counts) == 1 and r.counts[0].value == told[0]:
            for part, value in zip(parts, told):  # «مقتل ستة أشخاص في قضاء بلدروز وأربعة في قضاء المقدادية»
                part.counts.append(replace(r.counts[0], value=value))
            return parts
    spread: dict[tuple[str, tuple[int, ...]], list[Count]] = {}  # the figures of a role shared over the same parts
    own_part = _parts_by_segment(segments, parts, keys, cands, by_governorate, named)
    if by_figures:
        if own_part is None or len(set(own_part.values())) < 2:
            return [r]  # the figures do not tell the places apart: one event, as before
        kept = sorted(set(own_part.values()))  # only the places the figures are told for
        renumber = {old: new for new, old in enumerate(kept)}
        parts = [replace(parts[i], parts=len(kept), equipment=list(r.equipment) if n == 0 else [])
                 for n, i in enumerate(kept)]
        keys = [keys[i] for i in kept]
        own_part = {k: renumber[v] for k, v in own_part.items()}
    for count in r.counts:
        clause = next((c for c in r.clauses + list(more) if c.start <= count.start < c.end), None)
        if own_part and id(count) in own_part:
            parts[own_part[id(count)]].counts.append(count)  # each figure with the one place told after it
            continue
        if (again := _told_again_after(count, clause, named, parts)) is not None:
            parts[again].counts.append(count)  # «… في مديرية صرواح ومديرية الجوبة، ما أسفر عن مقتل 30 في مديرية صرواح»
            continue
        own = {_place_group(c, by_governorate) for c in cands
               if clause is not None and c.span is not None
               and (home.get(id(c)) is clause or clause.start <= c.span.start < clause.end)}
        targets = list(range(len(parts)))
        if len(own) == 1 and next(iter(own)) in groups:
            key = next(iter(own))
            members = [i for i, k in enumerate(keys) if k == key]
            told = [i for i in members if clause is not None and parts[i].located.span is not None
                    and (home.get(id(parts[i].located)) is clause
                         or clause.start <= parts[i].located.span.start < clause.end)]
            targets = told if len(told) == 1 else told or members
            if len(targets) == 1:
                parts[targets[0]].counts.append(count)
                continue
        if len(targets) > 1 and count.value is not None and not count.vague:
            spread.setdefault((count.role, tuple(targets)), []).append(count)
        for n, i in enumerate(targets):  # evenly, rounded down (even_share)
            share = None if count.value is None else even_share(count.value, len(targets), n)
            parts[i].counts.append(replace(count, value=share, shared=count.value or 0 if len(targets) > 1 else 0))
    for (role, targets), counts in spread.items():
        _share_the_toll(role, targets, counts, parts)
    return parts


def _figure_segments(r: Report) -> list[tuple[Count, int, int]]:
    """Figures of one role told one after the other in one clause, each with its own place after it
    («سقط 6 قتلى في بلدة دارة عزة، و5 قتلى في مدينة الباب», «قتل 15 في قصف على سراقب، و3 في قصف
    على منبج»): each figure with the stretch of text from its casualty word to the next figure's (the
    clause's end for the last), where its place is told. Only clauses holding two or more such figures
    of a role, none vague, a part of another or unvalued; [] when none does.
    When no clause holds two, the deeds told one per clause, each clause with its own trigger and one
    figure of the role («قتل عشرة أشخاص في تفجير في بغداد، وقتل شرطيان في انفجار عبوة ناسفة في
    كركوك»: two blasts), give each figure the rest of its clause."""
    out: list[tuple[Count, int, int]] = []
    single: dict[str, list[tuple[Count, Clause]]] = {}
    for clause in r.clauses:
        by_role: dict[str, list[Count]] = {}
        for c in r.counts:
            if clause.start <= c.start < clause.end:
                by_role.setdefault(c.role, []).append(c)
        for role, counts in by_role.items():
            if any(c.value is None or c.vague or c.subset or c.update or c.estimate for c in counts):
                continue
            if len(counts) < 2:
                if any(m.clause is clause for m in r.mentions):
                    single.setdefault(role, []).append((counts[0], clause))
                continue
            counts.sort(key=lambda c: c.start)
            ends = [c.start for c in counts[1:]] + [clause.end]
            out.extend((c, c.end, e) for c, e in zip(counts, ends))
    if not out:  # one figure of a role in each of two or more clauses, each with a deed of its own
        for told in single.values():
            if len(told) >= 2:
                out.extend((c, c.end, clause.end) for c, clause in told)
    return out


def _parts_by_segment(segments: list[tuple[Count, int, int]], parts: list[Report], keys: list,
                      cands: list[Located], by_governorate: bool,
                      named: list[Located] = ()) -> dict[int, int] | None:
    """The part of each figure of `_figure_segments` (by the figure's id): the one part whose place (or
    a place of its group) is told in its stretch. None unless every figure's stretch names exactly one group, each a part's, and the
    figures of a clause and role go to different parts (a figure with no place of its own, or two
    figures at one place, are read as before)."""
    if not segments:
        return None
    out: dict[int, int] = {}
    for count, start, end in segments:
        mine: set[int] = set()
        for pool in (cands, named):  # a place named again in the stretch, its first naming kept
            # («بغداد - قتل عشرة أشخاص في تفجير في بغداد، …»: the dateline's Baghdad is the part's)
            for c in pool:
                if c.span is None or not start <= c.span.start < end:
                    continue
                own = [i for i, p in enumerate(parts) if p.located is c] or \
                    [i for i, k in enumerate(keys) if k == _place_group(c, by_governorate) and parts[i].finer == 0]
                mine.update(own[:1])
            if mine:
                break
        if len(mine) != 1:
            return None
        out[id(count)] = mine.pop()
    seen: set[tuple[str, int]] = set()  # (role, part): two figures of a role at one part read as before
    for count, _, _ in segments:
        if (count.role, out[id(count)]) in seen:
            return None
        seen.add((count.role, out[id(count)]))
    return out


def _share_the_toll(role: str, targets: tuple[int, ...], counts: list[Count], parts: list[Report]) -> None:
    """Two figures of one role shared over the same places («مقتل 23 من الحوثيين و19 من الجيش» over
    two camps) are one toll of 42 shared evenly, 21 each (CODING.md), not 11 + 9: a place's shares
    are raised (its largest one) to the even share of the figures combined. Figures of one group told
    twice combine as `combine` reads them, so nothing is added then."""
    if len(counts) < 2:
        return
    total, _ = combine(counts, role)
    if not total:
        return
    spans = {(c.start, c.end) for c in counts}
    for n, i in enumerate(targets):
        mine = [k for k, c in enumerate(parts[i].counts) if c.role == role and (c.start, c.end) in spans]
        got, _ = combine([parts[i].counts[k] for k in mine], role)
        want = even_share(total, len(targets), n)
        if not mine or got is None or got >= want:
            continue
        big = max(mine, key=lambda k: parts[i].counts[k].value or 0)
        c = parts[i].counts[big]
        parts[i].counts[big] = replace(c, value=(c.value or 0) + want - got)


def _told_again_after(count: Count, clause: Clause | None, named: list[Located], parts: list[Report]) -> int | None:
    """The part a figure was told for when its own clause names one place of the list again after it
    («قصفت الطائرات مواقع في مديرية صرواح ومديرية الجوبة، ما أسفر عن مقتل 30 في مديرية صرواح»,
    «… ما أسفر عن مقتل 44 في اشتباكات في قاعدة العند»): that place's dead, not the list's to
    share. Read from every place named (the place named twice was kept once, `_named_again`, or
    as one group's); None when no place of the clause comes before the figure, or no place or
    places of more than one part come after it."""
    if clause is None:
        return None
    after = [c for c in named if c.span is not None and count.end <= c.span.start < clause.end]
    before = [c for c in named if c.span is not None and clause.start <= c.span.start < count.start]
    if not after or not before:
        return None  # the list told after the figure («قتل 30 في غارات على صرواح والجوبة»): shared
    found: set[int] = set()
    for c in after:
        mine = [i for i, p in enumerate(parts) if p.located is not None
                and (p.located is c or place_key(p.located.place) == place_key(c.place) or _named_again(c, p.located)
                     or _named_again(p.located, c) or _named_on(c, p.located))]
        if len(mine) != 1:
            return None
        found.add(mine[0])
    return found.pop() if len(found) == 1 else None


PROTEST_OWN_PLACE_REACH = 3  # words at most from a place to the protest trigger told right after it
PROTEST_CAUSE_OBJECT_REACH = 4  # words at most from a deed of violence to the place it was done at («احتلال داعش قضاء سنجار»)


@lru_cache(maxsize=1)
def _protest_words() -> frozenset[str]:
    """The one-word protest triggers («تظاهروا», «اعتصام»), normalised."""
    from core.incidents.lexicons import _read
    return frozenset(normalized(p) for e in _read("lexicons", "triggers.json")["triggers"]
                     if e["event_type"] == "Protests" for p in e["phrases"] if " " not in p)


def _protest_topic(text: str, place: Located, r: Report) -> bool:
    """A place told after a word opening a protest's purpose (`protest_purpose_openers`: «احتجاجا»,
    «تنديدا», «تضامنا», «للمطالبة», «يدينون») or a word of the violence behind it (`protest_cause_nouns`:
    «بعد مقتل», «بعد الهجوم») is what the protest is about, not where it was («تظاهروا في إسطنبول احتجاجا
    على التفجير الذي وقع في سوروج», «للمطالبة بالعودة إلى الرمادي»): read in the place's clause from
    the protest's last trigger before the place («كما شهدت مدينة كربلاء تظاهرة أخرى» after a protest «احتجاجا
    على» in the clause before is a protest at Karbala). Not a place a protest trigger follows within
    PROTEST_OWN_PLACE_REACH words («وكانت العشرات في محافظة النجف تظاهروا», the trigger live or not)."""
    if place.span is None:
        return False
    clause = next((c for c in r.clauses if c.start <= place.span.start < c.end), None)
    if clause is None:
        return False
    lo = max([clause.start] + [m.start for m in r.mentions if m.start < place.span.start])
    if any(variant_in(normalized(w), _protest_words(), depth=1)
           for w in text[place.span.end:].split()[:PROTEST_OWN_PLACE_REACH]):
        # «… للمطالبة بحل الأزمة وكانت العشرات في محافظة النجف تظاهروا»: the place of its own protest;
        # not the object of a deed of violence told right before it («وتزامنا مع مرور عام على احتلال
        # داعش قضاء سنجار تظاهر أمس مئات الإيزيديين في أربيل»: Sinjar is what was taken, session 41)
        return any(variant_in(normalized(w), word_set("protest_cause_nouns"), depth=1)
                   for w in text[lo:place.span.start].split()[-PROTEST_CAUSE_OBJECT_REACH:])
    words = word_set("protest_purpose_openers") | word_set("protest_cause_nouns")
    return any(variant_in(normalized(w), words, depth=1) for w in text[lo:place.span.start].split())


PROTEST_BEFORE_REACH = 8  # words at most from a place to the protest word after it in its clause


def _far_before_protest(text: str, place: Located, triggers: list[int]) -> bool:
    """A place told in the clause of a protest word but more than PROTEST_BEFORE_REACH words before it
    is another deed's place, not one of the protest's («… تمكنت من اقتحام منطقة الحلابسة غربي مدينة
    الفلوجة بعد معارك … وباتجاه الساحات التي كانت تقام فيها الاعتصامات»): the protest is not split
    there. Its own place comes right before it («كما شهدت مدينة كربلاء تظاهرة أخرى») or after it."""
    if place.span is None or not triggers or place.span.start > min(triggers):
        return False
    return len(text[place.span.end:min(triggers)].split()) > PROTEST_BEFORE_REACH


def _counted_list(text: str, placed: list[Located], counted_at: int) -> bool:
    """The places an event count is split over are its list: all told after the counting word, each
    joined to the one before by «و» («في قضاء بلدروز والمقدادية», «القنصلية في أنقرة ومركزا للشرطة في
    اسطنبول», «في هكاري، وديار بكر»), not a place the event aimed at or set out from («في مدينة سوروتش
    بهدف التضامن مع مدينة كوباني»)."""
    spans = sorted((c.span for c in placed if c.span is not None), key=lambda s: s.start)
    if len(spans) != len(placed) or any(s.start < counted_at for s in spans):
        return False
    for one, other in zip(spans, spans[1:]):
        gap = text[one.end: other.start].replace("،", " ").replace(",", " ")
        words = [normalized(w) for w in gap.split()]
        if not words or not words[0].startswith("و") or words[0] in NOT_CONJOINED:
            return False
    return True


FIGURE_REACH = 4  # words from a figure to the place it is told for («ستة أشخاص في قضاء بلدروز»)


def _figures_by_place(doc: Document, placed: list[Located], counted_at: int) -> list[int] | None:
    """The figure told right before each place of a counted list («عن مقتل ستة أشخاص في قضاء بلدروز
    وأربعة في قضاء المقدادية»: [6, 4]), in the order of `placed`; [] when no place has one, None when
    some places have one and others not."""
    bounds = sorted((c.span.start, c.span.end, k) for k, c in enumerate(placed) if c.span is not None)
    numbers = [e for e in doc.entities if e.label == "NUMBER" and isinstance(e.attrs.get("value"), int)
               and e.attrs.get("kind") != "dual"]  # «هجومين»: the count of events, no figure
    found: dict[int, int] = {}
    low = counted_at
    for start, end, k in bounds:
        near = [e for e in numbers if low <= e.start and e.end <= start
                and len(doc.text[e.end:start].split()) <= FIGURE_REACH]
        if near:
            found[k] = near[-1].attrs["value"]
        low = end
    if not found:
        return []
    if len(found) != len(placed):
        return None
    return [found[k] for k in range(len(placed))]


def _several_events(r: Report, text: str) -> tuple[int, int]:
    """How many events a bombing's or an attack's trigger announces, when it counts them: a dual
    event word («هجومان استهدفا …», «في تفجيرين», `several_event_words`), a dual device right after
    the word of the blast or as its trigger («انفجار عبوتين ناسفتين», «تفجير سيارتين مفخختين»,
    `several_device_words`), or a small number before a plural («ثلاثة تفجيرات», `small_count_words`,
    `several_event_plurals`); 0 when none does. A device the attack was made with («هجوم بسيارتين
    مفخختين») counts no events: one attack; a definite count («الهجومين», «التفجيرين») tells events
    back. With the count, where its word starts."""
    events, devices = word_set("several_event_words"), word_set("several_device_words")
    plurals = word_set("several_event_plurals")
    small = {normalized(w): n for w, n in context()["small_count_words"].items()}

    def dual(token: str) -> bool:
        word = normalized(token)
        if is_definite(word):  # «الهجومين اللذين أوقعا … في سوسة وفي متحف باردو»: told before, often long ago
            return False
        return variant_in(word, events, depth=2) or (
            not word.startswith(("ب", "وب")) and variant_in(word, devices, depth=2))

    for m in r.mentions:
        for a, b in m.triggers or [(m.start, m.end)]:
            a = max(text.rfind(" ", m.clause.start, a) + 1, m.clause.start)  # the whole first word, its «ب» too
            said = text[a:b].split()
            if any(dual(w) for w in said) or any(dual(w) for w in text[b:m.clause.end].split()[:1]):
                return 2, a
            before = text[m.clause.start:a].split()[-1:]
            if before and any(variant_in(normalized(w), plurals, depth=2) for w in said):
                count = next((small[f] for f in proclitic_variants(normalized(before[0])) if f in small), 0)
                if count:
                    return count, a
    return 0, 0


def _told_again(r: Report, clause: Clause, found: list[Located], places: LocationResolver) -> list[list[Located]]:
    """«وحررت المقاومة مدينة زنجبار بمحافظة أبين وحررت مدينة الحوطة بمحافظة لحج», «تمكنت من تحرير
    ثاني أكبر مدن محافظة أبين وهي مدينة لودر إضافة إلى تحرير مدينة الوهط بمحافظة لحج»: a taking
    (`TERRITORY`) told again in its clause by the same word, each time with places of its own after
    it (up to its next telling; the first from the clause's start), is one taking per trigger when every
    trigger's list lies in another district or governorate than the others' (`_apart`): the lists
    of its triggers in text order, in place of the one list of the clause's finest place (the last
    may still go on past its commas under a plural head: «وتطهير قرى سيعة، وذي مهنة»). [] when the clause
    tells the taking once, or twice in one district («حررت حي المعلا … وحررت الحي بالكامل»: one
    taking told twice). Only takings: a clash's or a blast's trigger told again («المواجهات … في جبهات
    سناح، بخلاف … كمينين … في منطقة الأبحور») comes with tolls the clause's list would share."""
    if r.sub_event_type not in TERRITORY:
        return []
    said = sorted((a, b) for m in r.mentions if m.clause == clause for a, b in m.triggers)
    if len(said) < 2:
        return []
    first = set(proclitic_variants(normalized(places.doc.text[said[0][0]: said[0][1]])))
    # the first trigger's word told again («حررت … وحررت», «تحرير … إضافة إلى تحرير»), not the
    # other words of one phrase («استعادت … السيطرة على»)
    offsets = [a for a, b in said if first & set(proclitic_variants(normalized(places.doc.text[a:b])))]
    if len(offsets) < 2:
        return []
    lists: list[list[Located]] = []
    for lo, hi in zip([clause.start] + offsets[1:], offsets[1:] + [clause.end]):
        own = [c for c in found if c.span is not None and lo <= c.span.start < hi]
        if not own:
            return []  # a trigger told with no place of its own: «سيطرت على المدينة»
        lists.append(places.listed(own, min(own, key=lambda c: c.rank)))
    if not all(_apart(a, b) for i, one in enumerate(lists) for other in lists[i + 1:] for a in one for b in other):
        return []
    return lists


def _apart(a: Located, b: Located) -> bool:
    """Two places told in different governorates, or in different districts of one."""
    pa, pb = a.place, b.place
    one, other = normalized(pa.admin1_en or pa.admin1_ar or ""), normalized(pb.admin1_en or pb.admin1_ar or "")
    if not one or not other:
        return False
    if one != other:
        return True
    d1, d2 = normalized(pa.admin2_en or pa.admin2_ar or ""), normalized(pb.admin2_en or pb.admin2_ar or "")
    return bool(d1) and bool(d2) and d1 != d2 and a.rank < 4 and b.rank < 4


def _raid_on_provinces(r: Report, provinces: list[Located]) -> bool:
    """«شنت طائرات التحالف سلسلة غارات على مواقع الميليشيات في محافظات مأرب وعمران وحجة وصعدة
    والجوف»: a raid told by a strong trigger (a doer with aircraft or a finite verb) with every
    province in its own clauses is one strike in each, not a summary; a verbal noun («قصف الأحياء
    السكنية في تعز ولحج وأبين والضالع») or provinces named in the clauses after it («… بفتح جبهات
    في محافظات … مثل البيضاء، وإب، وذمار») stay a summary."""
    return r.strength == "strong" and all(
        c.span is not None and any(x.start <= c.span.start < x.end for x in r.clauses) for c in provinces)


def _start(c: Located) -> int:
    return c.span.start if c.span is not None else -1


def _plural_headed(text: str, first: Located) -> bool:
    """The list `first` opens is told under a plural head of places («في أحياء الضباب، وجبل صبر،
    وشارع الأربعين», «جبهات "جبل صبر" و"الضباب"»): its items, even across commas, are the places of
    one list (`plural_place_heads`), each an event of its own. A list of places each with its head
    («في مديرية ذي ناعم، ومنطقة المناسح في قيفة رداع») is not read past its clause."""
    if first.span is None:
        return False
    words = text[max(0, first.span.start - 40): first.span.start].replace('"', " ").replace("«", " ").split()
    word = normalized(words[-1]) if words else ""
    heads = word_set("plural_place_heads")
    return any(word[k:] in heads for k in (0, 1, 2) if word[:k] in ("", "و", "ب", "وب"))


def _pointed(group: list[Mention], tokens: list[Token]) -> bool:
    """Every trigger a definite noun right after a demonstrative («هذه الغارات», «تلك المواجهات»),
    the demonstrative no object of a preposition («وبعد ذلك قصفت …», «رغم هذا القصف»)."""
    cues = word_set("demonstratives")
    for m in group:
        before = [i for i, t in enumerate(tokens) if t.end <= m.start]
        if not m.definite or not before or tokens[before[-1]].norm not in cues:
            return False
        if len(before) > 1 and tokens[before[-2]].norm.lstrip("و") in word_set("pointing_prepositions"):
            return False
    return True


COMES_AFTER_GAP = 2  # words (adjectives of the pointed noun) between it and «بعد»: «هذه المواجهة المباشرة بعد»


def _without_comes_after(sentence_reports: list[Report], tokens: list[Token]) -> list[Report]:
    """«ويأتي هذا التفجير بعد أيام من تفجير انتحاري في سوق خان بني سعد الجمعة، أدى إلى مقتل
    تسعين شخصا», «وتأتي هذه المواجهة بعد ثلاثة أيام على الهجوم الذي أوقع 32 قتيلا»: an event
    pointed back to (`_pointed`) that a subordinator («بعد/عقب/إثر/قبل») follows, with the report of
    another event after that subordinator, is told again only to date that other event: the
    sentence's day and figures are the other's, so the pointed report is left out (the event it
    retells was told before)."""
    subordinators = word_set("subordinators")
    out = []
    for r in sentence_reports:
        if r.pointed:
            end = max(m.end for m in r.mentions)
            after = [k for k, t in enumerate(tokens) if t.start >= end][: COMES_AFTER_GAP + 1]
            cut = next((tokens[k].start for k in after if tokens[k].norm.lstrip("و") in subordinators), None)
            if cut is not None and any(o is not r and not o.pointed and all(m.start > cut for m in o.mentions)
                                       for o in sentence_reports):
                continue
        out.append(r)
    return out


def _before_subordinate(located: Located | None, group: list[Mention], tokens: list[Token]) -> bool:
    """An explicit place named before any «بعد/عقب/إثر» that follows the trigger: its own
    («وقع هذا الانفجار في مدينة زنجبار»), not the place of the event the clause goes on to tell."""
    if located is None or not located.explicit or located.span is None:
        return False
    start = max(m.end for m in group)
    subordinators = word_set("subordinators")
    cut = next((t.start for t in tokens if t.start >= start and t.norm.lstrip("و") in subordinators), None)
    return cut is None or located.span.start < cut


SEPARATE = frozenset({"منفصل", "منفصله", "منفصلين"})  # normalised: «حادث منفصل», «هجمات منفصلة»


def _additive(group: list[Mention], tokens: list[Token]) -> bool:
    """The clause of its first trigger opens with «كما/وكذلك» (`additive_openers`) and goes on with
    no telling verb («كما قال المصدر …» retells): «كما قصفت المقاومة …», «، كما هاجمت …» tell a
    further deed of the kind."""
    if not group:
        return False
    clause = group[0].clause
    words = [t.norm for t in tokens[clause.tok_start: clause.tok_end] if t.text not in ("،", ",", "؛")][:3]
    if not words or words[0] not in word_set("additive_openers"):
        return False
    telling = word_set("attribution_verbs")
    return not any_variant_in(words[1:3], telling, depth=1)


def _other_topic(tokens: list[Token], s_start: int, s_end: int) -> bool:
    """The sentence opens with a phrase turning to another matter (`other_topic_openers`: «من جهة
    أخرى، أعلنت مصادر أمنية أن 20 عنصرا قتلوا», «وفي سياق آخر», «في تطور آخر»), «و» or not."""
    first = bisect_left(tokens, s_start, key=lambda t: t.start)
    words = [t.norm for t in tokens[first:first + 8] if t.start < s_end and t.text not in ("،", ",", "؛", "-", "–")][:4]
    if not words:
        return False
    said = " ".join(_without_leading_waw(words))
    return any(said.startswith(p) for p in _other_topic_openers())


@lru_cache(maxsize=1)
def _other_topic_openers() -> tuple[str, ...]:
    return tuple(" ".join(normalized(w) for w in p.split()) for p in context()["other_topic_openers"])


_WAS = frozenset(normalized(w) for w in ("كان", "كانت", "كانوا"))  # bare or after «و/ف» (`conj_in`)


# a claim noun that tells a claim with «عن» after it («أعلنت الحركة المسؤولية عن التفجير»), besides `claim_nouns`
CLAIMED_NOUNS = frozenset(normalized(w) for w in ("المسؤولية", "المسئولية"))
CLAIM_OBJECT_REACH = 2  # words from «مسؤوليتها عن» / «تبنت» to the trigger claimed («عن هجوم», «عن الهجوم على»)


def _claim_of(group: list[Mention], tokens: list[Token]) -> bool:
    """Every trigger of the group is the object of a claim: within CLAIM_OBJECT_REACH words after a
    claim noun and «عن» («أعلنت الحركة مسؤوليتها عن هجوم قندز», «المسؤولية عن التفجير») or right
    after a verb of claiming («تبنت الجماعة الهجوم»). The claim tells who did a deed, not a deed."""
    if not group:
        return False
    nouns, verbs = word_set("claim_nouns") | CLAIMED_NOUNS, word_set("claim_verbs")
    starts = [t.start for t in tokens]
    for m in group:
        k = bisect_left(starts, m.start)
        words = [t for t in tokens[max(0, k - CLAIM_OBJECT_REACH - 1):k] if not t.is_punct]
        norms = [t.norm for t in words]
        after_noun = any(norms[i] == "عن" and variant_in(norms[i - 1], nouns, depth=1) for i in range(1, len(norms)))
        if not (after_noun or any(variant_in(n, verbs, depth=1) for n in norms)):
            return False
    return True


def _retold_announcement(group: list[Mention], tokens: list[Token], s_start: int) -> bool:
    """Its sentence opens with «كان/كانت/كانوا … قد», bare or after «و/ف» («وكان», «فكانت»), and a
    telling verb (`attribution_verbs`) before its first trigger («وكان المتحدث الأمني قد أعلن الجمعة
    الماضي مقتل ثلاثة من رجال الأمن …»): an announcement made before the news, told back — what it
    told is its own event, not more of the one the article reports."""
    if not group:
        return False
    before = [t for t in tokens if s_start <= t.start < group[0].start]
    words = [t.norm for t in before if not t.is_punct]
    if not words or not conj_in(words[0], _WAS):
        return False
    telling = word_set("attribution_verbs")
    told = next((i + 1 for i, w in enumerate(words[:-1]) if w == "قد" and words[i + 1] in telling), None)
    if told is None:
        return False
    # what follows a comma after the telling is the news itself when the trigger or a word of
    # sequence opens it («وكانت مصادر قد أفادت بوصول تعزيزات، ثم قتل جنديان»), not a parenthesis
    # inside the announcement («قد أعلن، في بيان، مقتل ثلاثة»)
    k = [i for i, t in enumerate(before) if not t.is_punct][told]
    after = tokens[tokens.index(before[k]) + 1:]
    for a, b in zip(after, after[1:]):
        if a.start >= group[0].start:
            break
        if a.text in {"،", ",", "؛", ";"} and (b.start >= group[0].start or conj_in(b.norm, _SEQUENCE)):
            return False
    return True


_SEQUENCE = frozenset(normalized(w) for w in ("ثم", "قبل", "بعد", "لكن", "لكنه", "لكنها", "غير", "فيما", "بينما",
                                                "حيث", "حتى", "الا", "إلا"))  # bare or after «و/ف» (`conj_in`)


def _renewed(group: list[Mention], tokens: list[Token]) -> bool:
    """The first trigger is a definite noun right after a verb of breaking out or renewing
    (`outbreak_verbs`, at most one word between: «تجددت الاشتباكات», «اندلعت أمس المواجهات»): a
    fresh round told, not a back-reference."""
    m = group[0]
    if not m.definite:
        return False
    at = next((i for i, t in enumerate(tokens) if t.start >= m.start), None)
    if at is None:
        return False
    verbs = word_set("outbreak_verbs")
    return any(tokens[i].norm.lstrip("و") in verbs or tokens[i].norm in verbs
               for i in range(max(m.clause.tok_start, at - 2), at))


def _several_told(group: list[Mention], tokens: list[Token]) -> bool:
    """A trigger that is an indefinite dual or plural of events («في هجمات متفرقة», «في هجومين»,
    `several_event_words`, `several_event_plurals`): a figure told with it may be a total of events
    told one by one after it (`merge._lead_total_in_details`)."""
    words = word_set("several_event_words") | word_set("several_event_plurals")
    for m in group:
        if m.definite:
            continue
        for a, b in m.triggers or [(m.start, m.end)]:
            if any(a <= t.start < b and variant_in(t.norm, words, depth=2) for t in tokens):
                return True
    return False


def _another(group: list[Mention], tokens: list[Token]) -> bool:
    """A trigger followed by «أخرى», «مماثلة», «ثانية» (`another_cues`): a further event."""
    cues = word_set("another_cues")
    if any(t.norm in SEPARATE for t in tokens):
        return True  # «وفي حادث منفصل …»
    for m in group:
        if m.definite:
            continue  # «الغارات الأخرى» points back; only «غارة أخرى» tells a further one
        for _, end in m.triggers or [(m.start, m.end)]:
            after = next((i for i, t in enumerate(tokens) if t.start >= end), None)
            if after is None or tokens[after].norm not in cues:
                continue
            nxt = tokens[after + 1].norm if after + 1 < len(tokens) else ""
            if tokens[after].norm == "اخر" and nxt.startswith("ال"):
                continue  # «آخر الليل»: late at night, not another
            return True
    return False


OPENER_WORDS = frozenset({"كما", "ثم", "قد", "هذا", "لقد"})  # may stand before a clause's verb
TIME_LEAD = 8  # words of a time phrase that may open the clause before its verb


def _doer_opens(clauses: list[Clause], tokens: list[Token], entities: list[Span]) -> bool:
    """A clause of the report opens with a past deed verb (`deed_openers`, after «و/ف», at most
    two of «كما», «ثم», «قد», «هذا», and a time phrase ending in a DATE span) with an armed actor
    or an aircraft (a WEAPON span) starting on the next word: «واقتحمت المقاومة الشعبية مبنى الأمن السياسي», «كما قصفت الطائرات موقعا …»
    — verb then subject, the order news reports a deed in; talk puts the party first or names none
    («الهجوم على …»)."""
    verbs = word_set("deed_openers")
    for clause in clauses:
        k = clause.tok_start
        while k < clause.tok_end and tokens[k].is_punct:
            k += 1
        skipped = 0
        while k < clause.tok_end and skipped < 2 and conj_in(tokens[k].norm, OPENER_WORDS):
            k, skipped = k + 1, skipped + 1
        if k >= clause.tok_end:  # a clause of openers or punctuation only: no verb
            continue
        # a time told first: «وفي وقت متأخر من مساء الأربعاء قصف الطيران موقعا …» (a DATE span
        # ending right before the verb, within TIME_LEAD words of the clause's start)
        lead = next((d for d in entities if d.label == "DATE" and tokens[k].start <= d.start
                     and d.end <= tokens[min(k + TIME_LEAD, clause.tok_end - 1)].start), None)
        if lead is not None:
            j = next((j for j in range(k, min(k + TIME_LEAD + 1, clause.tok_end)) if tokens[j].start >= lead.end), None)
            if j is not None and tokens[j - 1].end <= lead.end:
                k = j
        if k + 1 >= clause.tok_end:
            continue
        if not conj_in(tokens[k].norm, verbs):
            continue
        nxt = tokens[k + 1].start
        if any(e.start == nxt and e.label in ("ARMED_ACTOR", "WEAPON") for e in entities):
            return True
    return False


def _eventness(doc: Document, tokens: list[Token], start: int, end: int, every: list[Mention]) -> dict[str, bool]:
    """Per task, whether the sentence reads as a report rather than talk about violence (see
    eventness.py). A casualty figure, or a place and an armed actor named together, always
    counts as a report: war news is written that way, commentary rarely is."""
    entities = [s for s in doc.entities if start <= s.start < end]
    labels = {s.label for s in entities}
    if any(s.label == "CASUALTY" and s.attrs.get("count") for s in entities) or {"LOCATION", "ARMED_ACTOR"} <= labels:
        return {"ASSAULT": True, "PROTEST": True}
    feats = eventness.features(tokens, entities, [m for m in every if start <= m.start < end])
    return {task: eventness.passes(feats, task)[0] for task in ("ASSAULT", "PROTEST")}


# words at most from a figure's end to the end of its tally's range (`_tallied`, the range's last words
# aside), and tokens at most back from «منذ» to the count's noun «عدد/حصيلة» (`_tally_ranges`)
TALLY_REACH = 8


def _tally_ranges(tokens: list[Token], clauses: list[Clause]) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentence that tell a period's dead, of three shapes:
    - «منذ» + a word of the period's start (`tally_since_words`: «… قوات الأمن التي قتل نحو عشرين من
      أفرادها منذ اندلاع دوامة العنف», «وقتل أكثر من 6500 شخص منذ اندلاع الصراع»): from the relative
      pronoun before it (`tally_relatives`), else from its clause's start, to that word;
    - the same with a count's noun (`tally_total_nouns`: «عدد/حصيلة») at most TALLY_REACH tokens
      before «منذ» («وارتفع عدد قتلى قوات الأمن منذ مطلع العام إلى 120 قتيلا»): also from that noun to
      the clause's end, the figure coming after the period;
    - a word of a period (`tally_period_words`: «هذا الشهر») that ends its clause: from the comma or
      relative pronoun before it, else from the clause's start, to that word."""
    since, relatives = word_set("tally_since_words"), word_set("tally_relatives")
    totals = word_set("tally_total_nouns")
    out: list[tuple[int, int]] = []
    for k in range(len(tokens) - 1):
        if not variant_in(tokens[k].norm, ("منذ",), depth=1) or not variant_in(tokens[k + 1].norm, since, depth=1):
            continue
        clause = next((c for c in clauses if c.tok_start <= k < c.tok_end), None)
        if clause is None:
            continue
        first = next((j for j in range(k - 1, clause.tok_start - 1, -1) if variant_in(tokens[j].norm, relatives, depth=1)),
                     clause.tok_start)
        out.append((tokens[first].start, tokens[k + 1].end))
        # «وارتفع عدد قتلى قوات الأمن منذ مطلع العام إلى 120 قتيلا»: the figure comes after the period, the
        # count's noun («عدد/حصيلة») before it — a cumulative toll up to the clause's end
        total = next((j for j in range(k - 1, max(clause.tok_start, k - TALLY_REACH) - 1, -1)
                      if variant_in(tokens[j].norm, totals, depth=1)), None)
        if total is not None:
            out.append((tokens[total].start, tokens[clause.tok_end - 1].end))
    for m in word_matcher("tally_period_words").find(tokens):
        # «… في نيجيريا وتشاد، وأدت إلى مقتل 130 شخصا وإصابة العشرات هذا الشهر»: the clause ends with the
        # period it counts over (nothing after it in the clause but punctuation)
        clause = next((c for c in clauses if c.tok_start <= m.token_start < c.tok_end), None)
        if clause is None or not _ends_clause(tokens, m.token_end, clause.tok_end):
            continue
        # from the relative pronoun or the comma before it, else the clause's start («والانفجار هو الأحدث
        # في موجة هجمات …، في نيجيريا وتشاد وأدت إلى مقتل 130 شخصا … هذا الشهر»: the blast told is no part of it)
        first = next((j + (tokens[j].text in "،,") for j in range(m.token_start - 1, clause.tok_start - 1, -1)
                      if tokens[j].text in "،," or variant_in(tokens[j].norm, relatives, depth=1)), clause.tok_start)
        out.append((tokens[first].start, tokens[m.token_end - 1].end))
    return out


def _ends_clause(tokens: list[Token], k: int, end: int) -> bool:
    """No word from token `k` to the clause's end, or to a full stop before it (the clause may run on
    past a paragraph's full stop: «… هذا الشهر.  كما قال …»)."""
    for t in tokens[k:end]:
        if t.text[:1] in ".!?؟":
            return True
        if any(ch.isalnum() for ch in t.text):
            return False
    return True


def _tallied(count: Count, target: "Report", tallies: list[tuple[int, int]], text: str) -> bool:
    """A figure told as a period's tally (`_tally_ranges`: «التي قتل نحو عشرين من أفرادها منذ اندلاع
    دوامة العنف الجديدة», at most TALLY_REACH words before «منذ») counts the period's dead, not those of
    the event it would join when that event's own words stand outside the tally («شن هجمات على قوات
    الأمن التي قتل …», a strike told in the clause before): the tally is an aside."""
    for a, b in tallies:
        if a <= count.start < b and len(text[count.end:b].split()) <= TALLY_REACH + 2 \
                and not any(a <= m.start < b for m in target.mentions):
            return True
    return False


def _most_specific(found: list[Located | None]) -> Located | None:
    """Named places first (the most specific), then anaphoric ones, then the carried place, then
    the place forces were heading to, then the one they had left (`LocationResolver._destination`)."""
    real = [f for f in found if f is not None]
    for how in ("named", "anaphoric", "carried", "article", "destination", "departure"):
        some = [f for f in real if f.how == how]
        if some:
            return min(some, key=lambda f: f.rank)
    return None


def _fill(
    doc: Document,
    reports: list[Report],
    clauses: list[Clause],
    tokens: list[Token],
    actors: ActorFinder,
    counts: CountFinder,
    dates: list,
    every: list[Mention],
) -> None:
    s_start, s_end = clauses[0].start, clauses[-1].end
    weapons = [w for w in weapons_and_flyers(doc.entities) if s_start <= w.start < s_end]
    owner: dict[Clause, Report] = {}
    for r in reports:
        for c in r.clauses:
            owner.setdefault(c, r)
    violent = [r for r in reports if is_violent(r.event_type)] or reports
    primary = max(violent, key=lambda r: _RANK[r.strength])
    tallies: list[tuple[int, int]] | None = None  # offsets a period's tally covers, read when a figure is found
    for clause in clauses:
        target = owner.get(clause)
        if target is None:  # a clause with no event of its own: counts belong to the nearest event before it
            before = [r for r in violent if r.clauses[0].start <= clause.start]
            target = before[-1] if before else primary
        found = counts.counts(clause.start, clause.end)
        if found:
            if tallies is None:
                tallies = _tally_ranges(tokens, clauses)
            found = [c for c in found if not _tallied(c, target, tallies, doc.text)]
        target.counts.extend(found)
        target.equipment.extend(counts.equipment(clause.start, clause.end, tokens))
    sentence_dates = [d for d in dates if s_start <= d.start < s_end]
    taker: Report | None = None  # the last place taken so far in the sentence, with its doer
    told_before: Report | None = None  # the last event so far in the sentence with a first side
    for r in sorted(reports, key=lambda r: r.mentions[0].start):
        side1: list[Actor] = []
        side2: list[Actor] = []
        # fire answered: the answer's clause names who fired it («رصدت الصحيفة المدفعية وهي ترد …»),
        # not a clause telling the fire answered back («باشرت الشرطة مواقع سقوط تلك القذائف»)
        answering = [c for c in r.clauses if r.answer and any(m.clause is c and _answers_fire([m], tokens)
                                                               for m in r.mentions)]
        triggers = [(m.start, m.end) for m in r.mentions]  # a strike's adjective on these names who struck
        others = [(m.start, m.end) for x in reports if x is not r for m in x.mentions]
        seizure = r.sub_event_type in SEIZURE_SUB_EVENTS  # a post's holder seizes (`ActorFinder.role`)
        for c in answering + [c for c in r.clauses if c not in answering]:
            a, b = actors.sides(c.start, c.end, triggers, others, air=r.sub_event_type == AIR_SUB_EVENT, seizure=seizure)
            if a or b:
                side1, side2 = a, b
                break
        own_sides = bool(side1 or side2)
        if not side1 and not side2 and not _fired_across(r, doc.text):
            lo, hi = _beside_answers(r, reports, s_start, s_end, doc.text)
            lo, hi = _beside_claims_elsewhere(r, lo, hi, clauses, tokens, doc)
            side1, side2 = actors.sides(lo, hi, triggers, others, air=r.sub_event_type == AIR_SUB_EVENT,
                                        seizure=seizure)
        if r.resolve in ("territory", "arrest"):
            m = r.mentions[0]
            # a verb's doer; a definite verbal noun («بعد السيطرة على آخر مواقعهم») names none of its own
            r.doer = None if m.definite else actors.doer(m.start, m.end, m.clause.start, m.clause.end,
                                                          liberation=m.sub_event_type == LIBERATION)
            if r.doer is None and m.definite and r.resolve == "arrest":
                # «ألقت المقاومة القبض على …»: «القبض» looks definite but its verb stands before it
                r.doer = actors.split_subject(m.start, m.clause.start)
            arresters = actors.passive_arresters(m.start, m.clause.start, m.clause.end) \
                if r.resolve == "arrest" and r.doer is None else None
            if arresters is not None:
                # «وتم القبض على خمسة منهم»: a passive arrest names who was arrested, not who arrested
                # them (but «من قبل …» does)
                taken = {actor_key(a) for a in arresters}
                side1, side2 = arresters, [a for a in side1 + side2 if actor_key(a) not in taken]
                r.arrested = not arresters
            arrestees = actors.noun_arrestees(m.start, m.end, m.clause.start, m.clause.end) \
                if r.resolve == "arrest" and r.doer is None and arresters is None else None
            if arrestees:
                # «أعلنت الوزارة تنفيذ عمليات اعتقال بحق 41 عنصرا من داعش»: the parties after the noun
                # were arrested; who arrested them is not named in the clause
                side1, side2, r.arrested = [], arrestees, True
            elif r.resolve == "arrest" and r.doer is None and not side1 and side2:
                # «واعتقل أمس 9 أشخاص ينتمون إلى حزب العمال الكردستاني»: no one named acting, the only
                # parties named were hit (what the held belong to): they did not arrest anyone
                r.arrested = True
            if r.resolve == "arrest" and r.doer is None and not side1 and not arrestees and not arresters \
                    and (raider := _raider(doc, actors, m, s_start)) is not None:
                # «اقتحمت قوات الاحتلال بلدة قباطية. واعتقل الشاب أحمد من منزله»: an arrest naming no
                # doer is made by the force named storming or raiding right before it, in its sentence
                # or the one before
                r.doer, side1 = raider[0], [raider[0]]
                r.raided_before = raider[1]
                side2 = [a for a in side2 if actor_key(a) != actor_key(raider[0])]
                r.arrested = False
            if r.doer is None and not m.definite and taker is not None and r.resolve == "territory" \
                    and _pronoun_subject(doc.text[m.start:m.end]):
                # «استعادت المقاومة … القصر الرئاسي، وأحكموا سيطرتهم على الحي»: the verb goes on with
                # the subject of the place taken before it in the sentence
                r.doer, side1, side2 = taker.doer, taker.side1, taker.side2
            elif r.doer is None and not m.definite and r.resolve == "territory" and told_before is not None \
                    and _opens_clause(m, tokens):
                # «خاضت المقاومة الشعبية معارك ضد الحوثيين في لودر، وسيطرت على المدينة»: a verb opening
                # its clause with no subject of its own goes on with the subject of the clause before
                r.doer, side1, side2 = told_before.side1[0], told_before.side1, told_before.side2
            elif r.doer is None and not m.definite and r.resolve == "territory" and m.clause.start > s_start \
                    and (_pronoun_subject(doc.text[m.start:m.end]) or _opens_clause(m, tokens)):
                # «حققت قوات الجيش مكاسب أمس، إذ بسطت سيطرتها على مدينة زنجبار، مما دفع الحوثيين إلى
                # الفرار»: a verb or noun with a pronoun for its taker goes on with the party acting in
                # the sentence's clauses before it (telling no event); the parties of its own clause
                # (those made to flee) are the other side. So does a verb opening its clause with no
                # subject of its own («تقدمت قوات المقاومة باتجاه دمت، وحررت أمس مديرية مريس، مشيرا إلى
                # أن قوات الحرس …»): not the party of a later clause
                earlier, opposed = actors.sides(s_start, m.clause.start)
                if not _pronoun_subject(doc.text[m.start:m.end]):  # a verb with no subject: not its backer,
                    # and none of «بين X وY» («اندلعت اشتباكات بين الحوثيين والمقاومة في لودر، وسيطرت على المدينة»)
                    backers = actors.supporters(s_start, m.clause.start)
                    between = any(t.norm in ("بين", "وبين") and any(0 <= a.start - t.end <= BETWEEN_REACH for a in actors.spans)
                                  for t in tokens if s_start <= t.start < m.clause.start)
                    acting = [a for a in earlier if actor_key(a) not in backers]
                    if earlier and not acting:  # «بدعم من التحالف تقدمت قوات الجيش»: the backed party acts
                        acting = [a for a in opposed if actor_key(a) not in backers]
                    earlier = [] if between else acting
                if earlier and earlier[0].inter != 7:
                    r.doer = earlier[0]
                    taken = {actor_key(a) for a in earlier}
                    side2 = [a for a in side1 + side2 if actor_key(a) not in taken]
                    side1 = earlier
            if r.doer is not None and side2 and actor_key(r.doer) in {actor_key(a) for a in side2} \
                    and actor_key(r.doer) not in {actor_key(a) for a in side1}:
                side1, side2 = side2, side1  # «أعلنت المقاومة أن الحوثيين سيطروا على …»: the Houthis took it
            if r.resolve == "territory" and r.doer is None and m.sub_event_type != LIBERATION:
                # from the sentence's start: a party named before the clause may be its hidden subject
                held = actors.held_before(m.start, m.end, s_start, m.clause.end)
                if held and all(a.inter == 2 for a in held):  # the rebels lost it: a place freed
                    r.sub_event_type, side1, side2 = LIBERATION, [], held
            if r.resolve == "territory" and r.doer is None and m.sub_event_type == LIBERATION and side1 \
                    and all(a.inter == 2 for a in side1):
                # «تم طرد الحوثيين من …», no taker named: the rebels named are who lost the place
                side1, side2 = (side2, side1) if not any(a.inter == 2 for a in side2) else ([], side1 + side2)
        # only for a casualty word: «وقال الأهالي إن القذائف سقطت على منازلهم» — their houses were hit
        speech = _speech_start(tokens, r.mentions[0].clause, r.mentions[0].start) if r.strength == "weak" else None
        if speech is not None and any(a.inter == 7 for a in side1 + side2):
            # «وقال الأهالي إن 12 من المسلحين الحوثيين قتلوا»: the residents speak, they were not hit
            spoken = {actor_key(a) for a in sum(actors.sides(speech, r.mentions[0].clause.end), [])}
            side1, side2 = ([a for a in side if a.inter != 7 or actor_key(a) in spoken] for side in (side1, side2))
        homes = next((mm for mm in r.mentions if mm.homes_end), None)
        if homes is not None:
            # «قصف مسلحو الحوثي أحياء سكنية … إثر اشتباكات بين الحوثيين والمقاومة»: the sides of the fight
            # are not the shelling's; who shelled is named in its own words, who was hit lives there
            own = [a for a in actors.sides(homes.start, homes.homes_end)[0] if a.inter != 7]
            side1 = own or [a for a in side1 if a.inter != 7]
            side2 = [generic_actor("civilians", r.located.place.country if r.located else "")]
        elif (homes_hit := {id(mm.clause) for mm in r.mentions if _shelled_civilians(mm, tokens, actors)}) \
                and not any(actors.role(a, c.start) == "target" for c in r.clauses if id(c) not in homes_hit
                            for a in actors.spans if c.start <= a.start < c.end and a.attrs.get("inter") != 7):
            # «ورد الحوثيون على هجمات المقاومة بقصف أحياء في تعز»: shelling whose object is where people
            # live hit civilians; a party named elsewhere in the clause (whose attack was answered, who
            # fought nearby) is no side of it — unless another clause of the event names a party hit
            # («سقطت قذائف على قرى في جازان …، وقصفت المدفعية السعودية مواقع الحوثيين في صعدة»)
            side1 = [a for a in side1 if a.inter != 7]
            side2 = [generic_actor("civilians", r.located.place.country if r.located else "")]
        tolled = [c for c in r.counts if c.role in ("killed", "injured")]
        if not side2 and r.event_type == "Explosions/Remote violence" and tolled \
                and actors.civilians_counted(min(c.start for c in tolled), max(c.end for c in tolled)):
            # «قتل 9 أشخاص بينهم 5 مدنيين إثر انفجار ألغام زرعها المتمردون»: a blast or shelling naming no
            # side hit whose dead and wounded are people or civilians hit civilians (ACLED: Civilians)
            side2 = [generic_actor("civilians", r.located.place.country if r.located else "")]
        r.side1, r.side2 = side1, side2
        r.struck_by = actors.named_by_strike_only(s_start, s_end)
        if r.resolve == "territory" and r.doer is not None:
            taker = r
        clause_tokens = [t for t in tokens if any(c.start <= t.start < c.end for c in r.clauses)]
        # a subject to go on with: a side of the event's own clauses, not «بين X وY» (no subject)
        if side1 and side1[0].inter != 7 and own_sides and not any(t.norm in ("بين", "وبين") for t in clause_tokens):
            told_before = r
        r.civilians = civilian_target([t for t in clause_tokens if speech is None or t.start >= speech])
        arms = [w.attrs.get("category") for w in weapons if any(c.start <= w.start < c.end for c in r.clauses)]
        r.drone = "drone" in arms
        r.device = any(a in DEVICES for a in arms)
        r.shot = r.strength == "weak" and any(variant_in(t.norm, word_set("fire_by_words")) for t in clause_tokens)
        r_dates = _dates_of(r, sentence_dates, every, doc.text, doc.date)
        r_dates = _attack_day(r, r_dates, doc.text)
        r.date, r.time_precision, r.date_explicit = date_of(r_dates, doc.date)
        # the day that dates it is the last one of its dates told before its trigger (no other day
        # between them: «يعقد المجلس اليوم الأحد … وانطلقت عصر الجمعة تظاهرات» is not Sunday's)
        first = r.mentions[0]
        days_before = [s for s in r_dates if s.attrs.get("iso") and s.end <= first.start]
        r.dated_before = r.date_explicit and bool(days_before) and str(days_before[-1].attrs["iso"])[:10] == r.date
        if _day_after(r, r_dates, doc.text):
            r.date = (Date.fromisoformat(r.date) - timedelta(days=1)).isoformat()
        _span_before_deed(r, r_dates, doc.text, every)
        _resolve_kind(r)
        _riot_cause_dead(r, doc.text)
        _protest_matter_actors(r, doc.text)


def _subject_carried(reports: list[Report], carried: tuple[int, int, "Report | None"], s_idx: int,
                     clauses: list[Clause], tokens: list[Token]) -> None:
    """«صعدت ميليشيات الحوثي من هجماتها وقصفت قرى جبل صبر. وقامت بقصف عشوائي على حي الروضة»: a
    sentence opening with «و/ف» and a verb that names no subject of its own (`subject_carrying_openers`:
    a helping verb with the deed right after it, «وقامت بقصف», or a plural verb, «وقصفوا»)
    goes on with the subject of the sentence right before it, in the same paragraph: an event its first
    clause tells with no first side (nor a taker or arrester, which have rules of their own) takes the
    first side of the first event of that sentence that had one — unless that party is the side hit."""
    prev_idx, paragraph, prev = carried
    if prev is None or prev_idx != s_idx - 1 or paragraph != clauses[0].paragraph:
        return
    words = [t for t in tokens if not t.is_punct][:3]
    word = normalized(words[0].text) if words else ""
    if not _back_reference_opens(words):
        if word[:1] not in ("و", "ف") or word[1:] not in word_set("subject_carrying_openers"):
            return
        if not word.endswith("وا") and not (len(words) >= 2 and normalized(words[1].text).startswith("ب")):
            return  # «وقامت بقصف …»: the deed right after a helping verb; «وقامت قوات الجيش …» names its subject
    for r in reports:
        if r.side1 or r.doer is not None or r.resolve in ("territory", "arrest") or r.mentions[0].clause is not clauses[0]:
            continue
        hit = {actor_key(a) for a in r.side2}
        if any(actor_key(a) in hit for a in prev.side1):
            continue
        r.side1 = list(prev.side1)


def _back_reference_opens(words: list[Token]) -> bool:
    """«… قصفا عشوائيا على الأحياء السكنية. حيث استهدف القصف أحياء الروضة»: a sentence opening with
    «حيث/إذ» (`back_reference_openers`), a verb of hitting (`back_reference_verbs`) and a definite attack
    noun or weapon (`back_reference_nouns`: «القصف», «الغارات», «الطائرات الحربية» …) tells where the
    attack told right before fell: it has that attack's doer, not none."""
    if len(words) < 3:
        return False
    first = normalized(words[0].text)
    if first[:1] == "و" and first[1:] in word_set("back_reference_openers"):
        first = first[1:]
    return first in word_set("back_reference_openers") \
        and normalized(words[1].text) in word_set("back_reference_verbs") \
        and normalized(words[2].text) in word_set("back_reference_nouns")


def _attack_day(r: Report, r_dates: list[Span], text: str) -> list[Span]:
    """«توفي جندي خامس، أمس، متأثرا بإصابته في إطلاق النار على مركزين عسكريين يوم الخميس»: a death
    of wounds (`died_of_wounds_words` before the trigger, in its clause) told with a day before the
    trigger and another after it is dated by the one after — the day of the attack, not of the death."""
    trigger = r.mentions[0]
    after = [d for d in r_dates if d.start >= trigger.end]
    if not after or len(after) == len(r_dates):
        return r_dates
    clause = next((c for c in r.clauses if c.start <= trigger.start < c.end), None)
    if clause is None:
        return r_dates
    words = (normalized(w) for w in text[clause.start: trigger.start].split())
    if not any_variant_in(words, word_set("died_of_wounds_words"), depth=1):
        return r_dates
    return after


def _raid_was_arrest(sentence_reports: list[Report], reports: list[Report], s_idx: int, doc: Document) -> None:
    """«اقتحمت قوات الاحتلال بلدة قباطية فجر اليوم. واعتقلت الشاب أحمد من منزله»: a storming read as
    an armed clash in the sentence before, with no one hurt, by the force that then made an arrest
    naming no doer of its own (`Report.raided_before`), was that arrest's raid: an Arrests report,
    which the arrest joins (ACLED: one Arrests event, no battle)."""
    made = [r for r in sentence_reports if r.raided_before and r.doer is not None]
    if not made:
        return
    words = word_set("raid_words")
    for r in made:
        for prev in reports:
            if prev.sentence != s_idx - 1 or prev.kind != ("Battles", "Armed clash") \
                    or any(c.role in ("killed", "injured") for c in prev.counts) \
                    or actor_key(r.doer) not in {actor_key(a) for a in prev.side1}:
                continue
            if all(any_variant_in([normalized(w) for w in doc.text[a:b].split()], words, depth=1)
                   for mm in prev.mentions for a, b in (mm.triggers or [(mm.start, mm.end)])):
                prev.event_type, prev.sub_event_type, prev.resolve = r.event_type, r.sub_event_type, r.resolve
                prev.doer, prev.side2 = r.doer, prev.side2 or r.side2


RAIDER_INTERS = (1, 2, 3, 8)  # who raids and arrests: state forces, rebels, political militias, foreign forces


def _raider(doc: Document, actors: ActorFinder, m: Mention, s_start: int) -> tuple[Actor, bool] | None:
    """The force that stormed or raided (`raid_words`, `raid_arrest_words`) right before an arrest
    naming no doer: the doer of the last such word before the trigger in its sentence, else in the
    sentence before — a force (state, rebel, militia or foreign), not civilians or protesters — and
    whether the raid was told in the sentence before; None when no raid names one."""
    words = word_set("raid_words") | word_set("raid_arrest_words")
    spans = [(s_start, m.start)]
    k = doc.sentence_index(s_start)
    if k:
        spans.append((doc.sentences[k - 1][0], doc.sentences[k - 1][1]))
    for start, end in spans:
        raids = [t for t in doc.tokens if start <= t.start and t.end <= end and any_variant_in([t.norm], words, depth=1)]
        for t in reversed(raids):
            doer = actors.doer(t.start, t.end, start, end)
            if doer is not None and doer.inter in RAIDER_INTERS:
                return doer, start != s_start
    return None


def _day_after(r: Report, dates: list[Span], text: str) -> bool:
    """The report's event is told right after a word of «the day after» (`day_after_cues`: «أعلنت
    الحكومة اليوم الأحد حالة الطوارئ غداة هجوم انتحاري …»): the sentence's day is the day after the
    event, which is of the day before — unless a date told after the trigger is the event's own
    («غداة الهجوم الذي وقع الجمعة»). Known to the day only."""
    if not r.date or r.time_precision != 1:
        return False
    trigger = r.mentions[0]
    return _after_day_after(trigger, text) and not any(d.start >= trigger.end and d.attrs.get("iso") for d in dates)


SPAN_DEED_REACH = 10  # words from «على/من» of «بعد يومين على» to the deed's trigger («مقتل 32 شخصا في … في تفجير»)
VAGUE_SPAN_DAYS = 3  # «بعد أيام على», «بعد وقت قصير على»: some days before, told to the week


@lru_cache(maxsize=1)
def _deed_spans() -> tuple[dict[str, int], frozenset[str], frozenset[str]]:
    """(`deed_span_days` by normalised span, `deed_span_vague`, the words a deed told after a span
    may open with: `dating_event_nouns` and `deed_span_openers`)."""
    ctx = context()
    days = {" ".join(normalized(w) for w in k.split()): v for k, v in ctx["deed_span_days"].items()}
    vague = frozenset(" ".join(normalized(w) for w in k.split()) for k in ctx["deed_span_vague"])
    openers = frozenset(normalized(w) for w in ctx["dating_event_nouns"] + ctx["deed_span_openers"])
    return days, vague, openers


_SPAN_CUE = re.compile(r"(?:^|\s)و?بعد\s+(\S+(?:\s+\S+)?)\s+(?:على|من)\s+((?:\S+\s+){0,%d})$" % SPAN_DEED_REACH)


def _span_before_deed(r: "Report", r_dates: list[Span], text: str, every: list[Mention] = ()) -> None:
    """«وتأتي الغارات بعد ثلاثة أيام على هجوم انتحاري أوقع 20 قتيلا في كركوك», «ويأتي القرار بعد وقت
    قصير على مقتل 15 شخصا في الموصل في تفجير انتحاري»: a deed told right after «بعد» + a span of time
    (`deed_span_days`, `deed_span_vague`) + «على/من», opening with an attack noun or a word of death
    (`dating_event_nouns`, `deed_span_openers`), came that span before the day the sentence tells —
    not on it; with no date of its own told after its trigger, its day is that day less the span
    (told to the week for a vague span). Its day is then its own (`date_explicit`): the next
    sentence does not go on with it. Only when its sentence tells no deed before «بعد» (EVERY: the
    sentence's mentions): «ويأتي ذلك بعد يومين على هجوم …», not «قصفت تركيا أمس مواقع … وذلك بعد 3 أيام
    على هجوم انتحاري» — there the earlier attack is told with the sentence's deed and stays with it
    (a day of its own would split it off as an event placed by the sentence's deed)."""
    if not r.mentions or r.date is None:
        return
    first = r.mentions[0]
    if any(d.start >= first.end and d.attrs.get("iso") for d in r_dates):
        return  # «بعد ثلاثة أيام على الهجوم الذي … الإثنين الماضي»: its own day
    word_start = max(text.rfind(" ", 0, first.start), text.rfind("\n", 0, first.start)) + 1
    lead = re.split(r"[.،,؛;:!?؟\n]", text[max(0, word_start - 160): word_start])[-1]
    m = _SPAN_CUE.search(lead)
    if m is None:
        return
    cue = word_start - len(lead) + m.start()
    if any(x.start < cue for x in every):
        return
    days, vague, openers = _deed_spans()
    span = " ".join(normalized(w) for w in m.group(1).split())
    if span not in days and span not in vague:
        return
    rest = [normalized(w) for w in m.group(2).split()]
    deed = rest[0] if rest else normalized(text[word_start:first.end].split()[0]) if text[word_start:first.end].split() else ""
    if not variant_in(deed, openers):
        return
    back = days.get(span, VAGUE_SPAN_DAYS)
    r.date = (Date.fromisoformat(r.date) - timedelta(days=back)).isoformat()
    r.time_precision = 1 if span in days else 2
    r.date_explicit = True


def _text_before_word(trigger: Mention, text: str) -> str:
    """The 60 characters before the word the trigger is in (the trigger «انتحاري» of «الانتحاري»
    starts after its «الـ»: the word's start is the space or line break before it)."""
    word_start = max(text.rfind(" ", 0, trigger.start), text.rfind("\n", 0, trigger.start)) + 1
    return text[max(0, word_start - 60): word_start]


def _after_day_after(trigger: Mention, text: str) -> bool:
    """The trigger is right after a word of «the day after» (`day_after_cues`: «غداة هجوم»), or
    one word after it («غداة الهجوم الانتحاري», the trigger «انتحاري»)."""
    words = _text_before_word(trigger, text).split()[-DAY_AFTER_REACH:]
    return any_variant_in([normalized(w) for w in words], word_set("day_after_cues"), depth=1)


DAY_AFTER_REACH = 2  # words before the trigger a day-after word may stand


def _after_earlier_deed_cue(trigger: Mention, text: str) -> bool:
    """The trigger is right after «عقب/بعد/إثر» (`earlier_deed_cues`), up to three series words
    between allowed (`earlier_deed_series`: «عقب سلسلة من الاحتجاجات», «بعد موجة من الهجمات»): a
    deed told as what came before the sentence's own. Never across punctuation: «… لم تعرف بعد. هجوم
    آخر …» is «بعد» of "yet", ending its sentence."""
    lead = re.split(r"[.،,؛;:!?؟\n]", _text_before_word(trigger, text))[-1]
    words = [normalized(w) for w in lead.split()]
    series = word_set("earlier_deed_series")
    k = len(words) - 1
    while k >= 0 and len(words) - k <= 3 and words[k] in series:
        k -= 1
    return k >= 0 and any_variant_in([words[k]], word_set("earlier_deed_cues"), depth=1)


SHELLED_OBJECT_REACH = 8  # tokens from a shelling to its object, a party's own words not counted («قصف شنه الحوثيون وقوات موالية لصالح على أحياء سكنية»)
AWAY_FROM = frozenset(normalized(w) for w in ("من", "داخل", "بين", "وسط", "قرب", "بالقرب", "جوار", "محيط"))


def _shelled_civilians(m: Mention, tokens: list[Token], actors: ActorFinder) -> bool:
    """A shelling whose object, at most SHELLED_OBJECT_REACH tokens after the trigger in its clause
    (the words of a party named between not counted),
    is where people live (`shelled_civilian_objects`: «قصف الحوثيون عددا من الأحياء», «بقصف منازل
    المواطنين», «قصفوا مستشفى الثورة», «قصف عشوائي … على أحياء سكنية»), with no party named as a
    target before it («قصف مواقع المقاومة والأحياء السكنية» hit the Resistance). Not a place fired
    from or near («القصف من داخل الأحياء السكنية», «بالقرب من المستشفى»: a word of `AWAY_FROM`
    right before, «عدد من» aside)."""
    if m.sub_event_type != "Shelling/artillery/missile attack":
        return False
    at = next((k for k, t in enumerate(tokens) if t.start >= m.end), len(tokens))
    stop, words = at, 0
    while stop < len(tokens) and tokens[stop].start < m.clause.end and words < SHELLED_OBJECT_REACH:
        words += not any(s.start <= tokens[stop].start < s.end for s in actors.spans)  # a party's words not counted
        stop += 1
    hit = next(iter(word_matcher("shelled_civilian_objects").find(tokens[at:stop])), None)
    if hit is None:
        return False
    k = at + hit.token_start
    before = tokens[k - 1].norm if k > at else ""
    if before in AWAY_FROM and not (before == "من" and k - 2 >= at and tokens[k - 2].norm in actors.quantities
                                    | {normalized("عددا")}):
        return False
    return not any(m.end <= s.start < hit.start and actors.role(s, m.clause.start) == "target" for s in actors.spans)


SPEECH_REACH = 14  # words from an attribution verb to the «أن/إن» of what it reports
COMPLEMENTIZERS = frozenset(normalized(w) for w in ("أن", "إن", "بأن", "ان", "بان"))


def _speech_start(tokens: list[Token], clause: Clause, at: int) -> int | None:
    """Where the words reported begin when the trigger at `at` stands in reported speech within its
    own clause («أشار سكان محليون في القرى الواقعة غرب المدينة إلى أن العشرات من المسلحين قتلوا»):
    the offset right after the «أن/إن» that follows an attribution verb (`attribution_verbs`,
    within SPEECH_REACH words), both before the trigger; None when the clause reports no speech there.
    The speakers named before it (residents, villagers) are who told it, not who was hit."""
    verbs = word_set("attribution_verbs")
    inside = [k for k in range(len(tokens)) if clause.start <= tokens[k].start < min(clause.end, at)]
    for k in inside:
        if not conj_in(tokens[k].norm, verbs):
            continue
        for j in inside:
            if k < j <= k + SPEECH_REACH and tokens[j].norm in COMPLEMENTIZERS and j + 1 < len(tokens):
                return tokens[j + 1].start
    return None


def _opens_clause(m: Mention, tokens: list[Token]) -> bool:
    """The trigger is a finite verb that opens its clause («، وسيطرت على المدينة»): its first word
    is the clause's first token, with «و/ف» at most before the verb."""
    first = next((t for t in tokens if t.start >= m.clause.start), None)
    if first is None or not (first.start <= m.start < first.end):
        return False
    word = normalized(first.text)
    return m.start == first.start or (m.start - first.start == 1 and word[:1] in CONJUNCTIONS)


def _pronoun_subject(trigger: str) -> bool:
    """«وأحكموا سيطرتهم», «بسطوا»: a verb agreeing with a plural subject not named again, or a
    noun with a pronoun for its taker — not «سقطت مدينة زنجبار في أيدي الحوثيين»."""
    words = trigger.split()
    return bool(words) and (normalized(words[0]).endswith("وا") or any(normalized(w).endswith(("هم", "ها")) for w in words))


def _fired_across(r: Report, text: str) -> bool:
    """«فيما سقطت عدة قذائف، أطلقت من الجانب اليمني، في مناطق غير مأهولة بمنطقة نجران»: fire told
    as coming from across the border (`fired_across_cues`) in a clause naming no party is not by the
    parties of the sentence's other clauses (the Saudi Apaches striking the Houthis): merge.shelled_across
    gives it to the alliance that shells into that country."""
    if r.event_type != "Explosions/Remote violence":
        return False
    return any(_fired_across_in(c, text) for c in r.clauses)


def _fired_across_in(clause: Clause, text: str) -> bool:
    folded = normalized(text[clause.start:clause.end])
    return any(cue in folded for cue in _across_cues())


@lru_cache(maxsize=1)
def _across_cues() -> tuple[str, ...]:
    return tuple(normalized(c) for c in context()["fired_across_cues"])


def _parts_fired_across(parts: list[Report], text: str, actors: ActorFinder) -> list[Report]:
    """One report split by place whose part lies in a clause telling fire from across the border
    with no party of its own («سقطت قذائف على قرى في جازان أطلقت من الجانب اليمني، وقصفت المدفعية
    السعودية مواقع الحوثيين في صعدة»): that part keeps no sides read from the other clause
    (merge.shelled_across gives it the alliance that shells into that country)."""
    if len(parts) < 2:
        return parts
    for part in parts:
        span = part.located.span if part.located is not None else None
        clause = next((c for c in part.clauses if span is not None and c.start <= span.start < c.end), None)
        if clause is not None and part.event_type == "Explosions/Remote violence" \
                and _fired_across_in(clause, text) and not any(actors.sides(clause.start, clause.end)):
            country = part.located.place.country if part.located else ""
            part.side1, part.side2 = [], [generic_actor("civilians", country)] if part.civilians else []
    return parts


def _fighters_killed(r: Report) -> bool:
    """Every killed figure's group names fighters (`armed_victims`: «حوثيا», «من مسلحي الحوثيين»)."""
    stems = context()["armed_victims"]
    armed = {normalized(a.name_en or a.name_ar) for a in r.side1 + r.side2 if a.inter in ARMED}
    killed = [c for c in r.counts if c.role == "killed"]

    def group(c) -> str:
        return c.side.split("#")[0].split("~")[0]

    def told(c) -> bool:
        # a figure, or a quantity word before fighters of a group («لقي عدد من عناصر تنظيم داعش
        # مصرعهم»): that group's dead, though unnumbered
        return c.value is not None or (c.vague and any(normalized(c.head).startswith(normalized(w)) for w in stems))
    counted = {group(c) for c in killed if told(c)}
    # an unnumbered toll of a group also counted with a figure («جثث ميليشيات الحوثيين» … «تم قتل
    # العشرات من عناصر المتمردين») is that group again, no unknown party
    if not counted or any(c.value is None and group(c) not in counted for c in killed):
        return False  # «قتل مسلحون مجهولون ضابطا»: with no figure the group after the verb may be the killers
    groups = [group(c) for c in killed if told(c)]  # «~generic»: a generic word resolved to the party
    return all(g and (g in armed or any(normalized(w) in g for w in stems)) for g in groups)


DEVICES = frozenset({"ied", "car_bomb", "landmine", "suicide_bomb"})  # WEAPON categories a blast is set off with
LIBERATION = "Government regains territory"  # the triggers of a place freed or cleared


RIOT_CAUSE_REACH = 2  # words from a word of cause or matter to the dead it tells («في أعقاب مقتل براون»)


def _riot_cause_dead(r: Report, text: str) -> None:
    """«اندلعت أعمال شغب في أعقاب مقتل شاب برصاص شرطي», «رشق محتجون الشرطة بالحجارة تنديدا بمقتل
    شاب»: the dead a riot followed or denounces (a word of `riot_cause_before` at most
    RIOT_CAUSE_REACH words before the casualty span) are its cause, not its toll — the riot keeps
    no killed figure from them (a peaceful protest keeps none at all). The dead of the riot itself
    («أعمال شغب أسفرت عن مقتل شخص») stay."""
    if r.event_type != "Riots":
        return
    cause = word_set("riot_cause_before")

    def caused(c: Count) -> bool:
        before = text[max(0, c.start - 60): c.start].split()[-RIOT_CAUSE_REACH:]
        return any(variant_in(normalized(w), cause, depth=1) for w in before)

    r.counts = [c for c in r.counts if not (c.role == "killed" and caused(c))]


PROTEST_MATTER_REACH = 2  # words at most from a word of a protest's purpose to the group it names


def _protest_matter_actors(r: Report, text: str) -> None:
    """An armed group named right after a word of a protest's purpose (`protest_purpose_openers`:
    «يدينون», «المنددين», «تنديدا ب», «احتجاجا على») is what the protest is about, no party to it
    («فرقت الشرطة مئات المتظاهرين الذين كانوا يدينون تنظيم داعش»: the police dispersed the protest,
    Islamic State took no part; ACLED names the force that intervened, not the protest's target).
    Read where the group is written in the report's clauses; the protesters and the forces stay."""
    if r.event_type != "Protests" or not r.clauses:
        return
    lo, hi = min(c.start for c in r.clauses), max(c.end for c in r.clauses)
    openers = word_set("protest_purpose_openers")

    def matter(a: Actor) -> bool:
        if a.inter not in NON_STATE or not a.text:
            return False
        at = text.find(a.text, lo, hi)
        if at < 0:
            return False
        before = text[max(lo, at - 60): at].split()[-PROTEST_MATTER_REACH:]
        return any(variant_in(normalized(w), openers, depth=1) for w in before)

    r.side1 = [a for a in r.side1 if not matter(a)] or r.side1
    r.side2 = [a for a in r.side2 if not matter(a)]


def _resolve_kind(r: Report) -> None:
    """Sub-events that depend on who did what to whom (see triggers.json `resolve`)."""
    country = r.located.place.country if r.located else ""
    # A place freed with no taker named keeps its kind: the first side named is mostly the party
    # driven out («تم تحرير المدينة منهم», «بعد تطهير مدينة عدن من المليشيات الحوثية»).
    first = r.doer or (r.side1[0] if r.side1 and not (r.resolve == "territory" and r.sub_event_type == LIBERATION) else None)
    if r.resolve == "attack" and r.event_type in ("Battles", "Violence against civilians"):
        # the side hit is civilians only, by an armed party («قتل ثلاثة مدنيين برصاص قناصة الحوثيين»,
        # «قام أحد عناصر الميليشيات بإطلاق النار على المواطن»): no fight, they were shot at
        shot_at = bool(r.side2) and all(a.inter == 7 for a in r.side2) and all(a.inter in ARMED for a in r.side1)
        if (r.civilians and not r.side2) or shot_at:
            r.event_type, r.sub_event_type = "Violence against civilians", "Attack"
        elif r.side1 and r.side2 and r.event_type == "Violence against civilians" and r.strength == "weak" \
                and not any(a.inter == 7 for a in r.side2):  # «قتل مسلحون خمسة مدنيين» stays an attack
            r.event_type, r.sub_event_type = "Battles", "Armed clash"
        elif r.event_type == "Violence against civilians" and r.strength == "weak" and not r.civilians \
                and _fighters_killed(r):
            # «أكثر من 200 حوثيا لقوا مصرعهم في جبهة العلم»: fighters killed, no civilian named — a fight
            r.event_type, r.sub_event_type = "Battles", "Armed clash"
    elif r.resolve == "territory" and first is not None:
        if first.inter == 1 or first.name_en in government_sides():
            r.sub_event_type = "Government regains territory"
        elif first.inter == 2:
            r.sub_event_type = "Non-state actor overtakes territory"
    elif r.resolve == "arrest" and first is not None and first.inter in NON_STATE and first.name_en not in authorities():
        r.event_type, r.sub_event_type = "Violence against civilians", "Abduction/forced disappearance"
    if r.civilians and not r.side2 and is_violent(r.event_type) and r.event_type != "Battles":
        r.side2 = [generic_actor("civilians", country)]
    if r.event_type == "Protests" and not r.side1:
        r.side1 = [generic_actor("protesters", country)]
    elif r.event_type == "Protests" and r.side1 and r.side1[0].inter != 6:
        r.side2 = r.side1 + r.side2  # the police that dispersed them
        r.side1 = [generic_actor("protesters", country)]
    if r.event_type == "Protests" and any(a.inter != 6 for a in r.side2):
        # «أطلقت الشرطة الغاز لتفريق مئات المتظاهرين»: the protesters named as the target are actor1,
        # never an associate of the force that dispersed them; the words naming them go to actor1
        named = [a for a in r.side2 if a.inter == 6 and a.text]
        r.side2 = [a for a in r.side2 if a.inter != 6]
        if named and r.side1 and r.side1[0].inter == 6 and not r.side1[0].text:
            r.side1[0] = replace(r.side1[0], text=named[0].text)
    if r.event_type == "Protests" and r.sub_event_type == "Peaceful protest":
        r.side2 = []  # «للتنديد بقصف الحوثيين»: what they protest against is no party (ACLED: no actor2)
        # «تظاهر المئات تنديدا بمقتل ثلاثة متظاهرين», «تظاهروا بعد مقتل ثلاثة في الاشتباكات»: a peaceful
        # protest harms no one (ACLED: no fatalities); the dead of its sentence are what it denounces
        # or another event's
        r.counts = [c for c in r.counts if c.role not in ("killed", "injured")]
    if r.event_type == "Riots" and not r.side1:
        r.side1 = [generic_actor("rioters", country)]
    elif r.event_type == "Riots" and not any(a.inter == 5 for a in r.side1):
        # «اندلعت مواجهات بين شبان فلسطينيين وقوات الاحتلال»: the crowd riots (ACLED: rioters lead,
        # inter 5; «محتجين» who clash are rioters too), the forces it faced are the other side —
        # whichever the text names first; a party of the crowd's own («أنصار الحزب») stays with it
        forces = [a for a in r.side1 if a.inter in STATE_OR_EXTERNAL]
        r.side2 = forces + [a for a in r.side2 if a not in forces]
        r.side1 = [generic_actor("rioters", country)] + [a for a in r.side1 if a not in forces and a.inter != 6]
