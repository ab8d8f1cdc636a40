"""Incident step: detection, classification, arguments, merging (see docs/incidents.md).

detect (triggers in clauses, cancelling context) → reports (one per kind per sentence, with
actors, place, date, counts, equipment, source) → merge (one Incident per event in the article)
→ one-line summaries. `link_corroborations` links the same incident across articles.

`extract_incidents` returns every candidate, commentary included (flagged
`possibly_commentary`); `coded_and_set_aside` splits them the way the pipeline stores them. An
ACLED coder codes neither talk about violence, nor an event that cannot be placed below the
country («الهجوم على إيران», «قتل عشرات في اليمن», «انفجار في أوروبا»), nor a tally («سقط ألف
قتيل» from a health office, 300 killed or more), nor what an article about a rights group's
report («تقرير يمني يرصد انتهاكات الحوثيين», «هيومان رايتس: الحوثيون قصفوا عدن») retells: such
candidates are set aside (flagged `possibly_commentary`, `no_place`, `running_total` or
`rights_report`), kept with the article's summary, shown to the analyst, never counted or exported.
The candidates left are scored by a model learned from hand-coded articles (`codability.py`): the
score is their confidence, and those a coder would most likely not code are set aside too
(`unlikely`).
"""

from __future__ import annotations

from core.acled_inter import CIVILIANS, EXTERNAL_FORCES, NON_STATE, PROTESTERS, RIOTERS, STATE_FORCES
from core.document import Document, Span
from core.entities.matcher import normalized
from core.incidents.actors import actor_key
from core.incidents.detect import Mention
from core.incidents.lexicons import is_violent
from core.incidents.merge import COUNTRY_SUFFIX, Draft, link_corroborations, merge_reports, to_incident
from core.incidents.model import Actor, Incident, Place
from core.incidents.reports import CLAIMED_NOUNS, build_reports, claim_places
from core.text.clitics import variant_in
from core.text.tokens import Token

__all__ = ["Actor", "Incident", "Place", "candidates", "coded_and_set_aside", "extract_incidents",
           "link_corroborations"]

SET_ASIDE_FLAGS = ("possibly_commentary", "no_place", "running_total", "rights_report", "unlikely")


def extract_incidents(doc: Document) -> list[Incident]:
    """ACLED-style incidents of one analysed document (tokens, sentences and entities filled)."""
    from core.incidents import codability

    pairs = candidates(doc)
    coded = [(i, d) for i, d in pairs if not set_aside(i)]
    codability.assess(coded, doc)
    back = finer_set_aside(pairs, doc)
    if back:
        codability.assess([(i, d) for i, d in pairs if not set_aside(i)], doc, only=back)
    for incident, draft in pairs:
        confrontation_in_palestine(incident, draft, doc)
    other_sides(pairs, doc)
    for incident, draft in pairs:
        arrest_kills_no_one(incident)
        arrested_by_police(incident, draft, doc)
    return [i for i, _ in pairs]


CONFRONTATION_WORDS = ("مواجه", "اشتباك", "اشتبك", "رشق")  # stems of a clash or stone-throwing word
PALESTINE = "Palestine"
AIR_STRIKE = "Air/drone strike"
OCCUPYING = "Israel"


def confrontation_in_palestine(incident: Incident, draft: Draft, doc: Document) -> bool:
    """«أصيب شاب برصاص الجيش الإسرائيلي خلال مواجهات اندلعت في مخيم الجلزون», «اندلعت مواجهات مع
    الشبان الذين رشقوا الجنود بالحجارة»: confrontations in Palestine whose only named party is
    Israel's forces (no armed Palestinian group, no other side or only civilians) are the
    youths' riot, as the coders write them (CODING.md: Palestinian youths in «violent
    confrontations» with the army or police are Riots / Violent demonstration) — Rioters
    (Palestine) against the forces, not an armed clash. Told by a clash or stone-throwing word
    (`CONFRONTATION_WORDS`), not by a storming alone. Done after the codability model scored it,
    before other sides are filled from the article. True when so recoded."""
    from core.incidents.actors import generic_actor
    from core.incidents.lexicons import disorder_type
    from core.incidents.summary import describe

    place = incident.location
    if (incident.event_type, incident.sub_event_type) != ("Battles", "Armed clash") or place is None \
            or place.country != PALESTINE:
        return False
    named = [a for a in (incident.actor1, incident.actor2, *incident.assoc_actor_1, *incident.assoc_actor_2)
             if a is not None]
    forces = [a for a in named if a.inter in (STATE_FORCES, EXTERNAL_FORCES) and OCCUPYING in a.name_en]
    if not forces or any(a.inter not in (STATE_FORCES, EXTERNAL_FORCES, CIVILIANS, RIOTERS) for a in named) \
            or any(a.inter in (STATE_FORCES, EXTERNAL_FORCES) and OCCUPYING not in a.name_en for a in named):
        return False
    words = " ".join(doc.text[a:b] for r in draft.reports for m in r.mentions for a, b in (m.triggers or [(m.start, m.end)]))
    if not any(w in words for w in CONFRONTATION_WORDS):
        return False
    incident.event_type, incident.sub_event_type = "Riots", "Violent demonstration"
    incident.disorder_type = disorder_type(incident.event_type, incident.sub_event_type)
    incident.actor1, incident.actor2 = generic_actor("rioters", PALESTINE), forces[0]
    incident.assoc_actor_1, incident.assoc_actor_2 = [], []
    incident.summary_en, incident.summary_ar = describe(incident)
    return True


def arrest_kills_no_one(incident: Incident) -> None:
    """The dead told beside an arrest are the crime the arrested are held for («اعتقلت الشرطة ثلاثة
    مشتبه بهم في اغتيال ضابط», «توقيف … المتهم بقتل العقيد») or a fight coded as an event of its own:
    ACLED's Arrests event kills no one, so it has no fatalities. Done after the codability model has
    scored the candidate (it was fitted on candidates that carried those dead); no figure, as for
    any incident with no dead reported."""
    from core.incidents.summary import describe

    if (incident.event_type, incident.sub_event_type) != ARRESTS:
        return
    if not incident.fatalities and "fatalities_unknown" not in incident.flags:
        return
    incident.fatalities = None
    incident.flags = [f for f in incident.flags if f != "fatalities_unknown"]
    incident.summary_en, incident.summary_ar = describe(incident)


def arrested_by_police(incident: Incident, draft: Draft, doc: Document) -> bool:
    """An arrest of people accused of something, told with no one making it («أعلنت وزارة الداخلية
    الكويتية اعتقال 5 متهمين بالانتماء إلى تنظيم داعش», «تم اعتقال 7 متهمين بالانتماء إلى …»): a charge
    is the state's, so the arrest is the police's of the event's country (ACLED's actor1); the group
    named is what they are accused of, actor2 (as the read files code such arrests). Only when the
    arrest's sentence says they are accused or suspected (`accused_words`): an arrest told in the
    passive with no charge («وتم القبض على ستة منهم» after a fight) may be any side's. True when
    actor1 was filled."""
    from core.incidents.lexicons import word_set
    from core.incidents.summary import describe

    if (incident.event_type, incident.sub_event_type) != ARRESTS or incident.actor1 is not None \
            or incident.location is None:
        return False
    accused = word_set("accused_words")
    tokens = doc.sentence_tokens()
    if not any(variant_in(t.norm, accused, depth=1) for r in draft.reports if r.sentence < len(tokens)
               for t in tokens[r.sentence]):
        return False
    police = _police_for(incident.location, _home_of(incident.actor2))
    if police is None:
        return False
    incident.actor1 = police
    if INFERRED_SIDE not in incident.flags:
        incident.flags.append(INFERRED_SIDE)
    incident.summary_en, incident.summary_ar = describe(incident)
    return True


def _home_of(actor: Actor | None) -> str:
    """The country of a party its own state's police arrest wherever it acts (actors.json
    `policed_at_home`: Israeli settlers in the West Bank are held by Israel's police, not
    Palestine's); "" for any other."""
    from core.incidents.lexicons import _read

    if actor is None:
        return ""
    entry = next((a for a in _read("lexicons", "actors.json")["actors"]
                  if a.get("policed_at_home") and a.get("name_en") == actor.name_en), None)
    return entry.get("country", "") if entry else ""


def _police_for(place: Place, country: str = "") -> Actor | None:
    """The police of `country`, by default `place`'s country."""
    from core.incidents.reports import police_of_country

    return police_of_country(country or place.country)


def other_sides(pairs: list[tuple[Incident, Draft]], doc: Document) -> None:
    """Each alliance on its own side (`merge.sides_by_alliance`), and the side a fight or an air
    strike leaves unnamed from the article's parties (`merge.other_side`; then each alliance's side
    again: an armed clash filled with the Houthis keeps the government's side first), a named party hit before
    the civilians inferred from what was hit (`merge.named_before_civilians`), and a bomb's maker
    (`merge.bomb_sides`: state forces are hit, an unnamed maker is an unidentified group), allies
    split over both sides of a fight put together (`merge.sides_by_alliance`), a fight naming no
    party between the article's alliances (`merge.unnamed_fight`), an air strike naming no one
    with aircraft flown by the war's one air force (`merge.unnamed_flyer`, first), shelling landing
    across a border by the alliance that shells it (`merge.shelled_across`), a bomb or shelling whose
    dead are counted as rebels hitting the main rebel group (`merge.rebels_counted_dead`), an abduction naming no
    kidnapper done by the party the article named before it (`merge.unnamed_abductor`), civilians of the place's
    country (`merge.civilians_of_the_place`) and a state's forces at home (`merge.forces_at_home`); done once the
    candidates are scored, so what the codability model learnt (the actors the text names) stays
    what it reads, and no incident is set aside or kept by it. Before them, an air strike told only by
    a definite «الغارات» naming no flyer is flown by the flyer of the strikes told before it
    (`merge.flyers_told_before`)."""
    from core.incidents.actors import article_parties
    from core.incidents.actors import main_non_state_actor
    from core.incidents.merge import (armed_men_of_party, bomb_on_anyone, bomb_sides, civilians_hit,
                                      civilians_of_the_place, flyers_told_before, forces_at_home, ground_lead,
                                      named_before_civilians, other_side, rebels_counted_dead, shelled_across,
                                      sides_by_alliance, state_forces_fought, unnamed_abductor, unnamed_fight,
                                      unnamed_flyer)
    from core.incidents.summary import describe

    parties = article_parties(doc)
    mines = [s for s in doc.entities if s.label == "WEAPON" and s.attrs.get("category") == "landmine"]
    # a drone strike told anywhere in the article: a bare «الغارة» may be the drone's (the United
    # States flies them in Yemen), so no air force is assumed
    drones = any(r.drone for _, d in pairs for r in d.reports)
    main = main_non_state_actor(doc)
    told_back = flyers_told_before(pairs, doc.text)  # «الغارات» with no flyer: the flyer of the strikes told before
    for incident in told_back:
        incident.flags.append(INFERRED_SIDE)
    for incident, draft in pairs:
        day = incident.date or (doc.date.isoformat() if doc.date else None)
        regrouped_men = armed_men_of_party(incident, draft, main)
        changed = unnamed_flyer(incident, drones, day)
        if changed:
            incident.flags.append(INFERRED_SIDE)
        changed = changed or regrouped_men or any(incident is i for i in told_back)
        if parties and shelled_across(incident, parties):
            changed = True
            if INFERRED_SIDE not in incident.flags:
                incident.flags.append(INFERRED_SIDE)
        if parties:
            regrouped = sides_by_alliance(incident)
            inferable = not _no_other_side(draft, doc)
            filled = inferable and other_side(incident, draft, parties)
            if filled:  # the side filled in: each alliance's place again
                sides_by_alliance(incident)  # (an armed clash: the government's side first)
                regrouped = True
            elif inferable and unnamed_fight(incident, parties):
                filled = True
            if filled and INFERRED_SIDE not in incident.flags:
                incident.flags.append(INFERRED_SIDE)  # named in the article, not in the incident's sentences
            changed = regrouped or filled or changed
        if unnamed_abductor(incident, doc, main):
            changed = True
            if INFERRED_SIDE not in incident.flags:
                incident.flags.append(INFERRED_SIDE)
        if not parties and state_forces_fought(incident, draft, doc):
            changed = True
            if INFERRED_SIDE not in incident.flags:
                incident.flags.append(INFERRED_SIDE)
        if rebels_counted_dead(incident, draft, main):
            changed = True
            if INFERRED_SIDE not in incident.flags:
                incident.flags.append(INFERRED_SIDE)
        clauses = [c for r in draft.reports for c in r.clauses]
        landmine = any(c.start <= w.start < c.end for w in mines for c in clauses)
        changed = ground_lead(incident) or changed
        changed = named_before_civilians(incident) or changed
        claimed = _claimed(draft, doc)
        changed = bomb_sides(incident, landmine, claimed) or changed
        changed = claimed_sides(incident, claimed) or changed
        changed = civilians_hit(incident, draft) or changed
        changed = bomb_on_anyone(incident, draft, doc.text) or changed
        changed = civilians_of_the_place(incident, doc, draft) or changed
        changed = forces_at_home(incident) or changed
        if changed:
            incident.summary_en, incident.summary_ar = describe(incident)


# flag of an incident one of whose sides `merge.other_side` filled from the article's parties: the
# analyst (and the ACLED export's tags) can tell a side read in the text from one inferred
INFERRED_SIDE = "side_from_article"


CLAIM_REACH = 3  # words from a verb of claiming to the party claiming («تبنى تنظيم داعش»)


def _claimed(draft: Draft, doc: Document) -> Actor | None:
    """The armed group a sentence of the incident says claimed it or blames for it, or None:
    `claim_verbs` in triggers_context.json, the party within CLAIM_REACH words after («انفجرت سيارة
    مفخخة أمام مقر للجيش في عدن، وتبنى تنظيم داعش التفجير»); `claim_nouns`, the party within
    CLAIM_REACH words before («أعلن تنظيم داعش مسؤوليته»); `blame_nouns`, the party within
    CLAIM_REACH words after «على» that follows them («وألقي باللوم فيه على تنظيم داعش», «ألقت السلطات
    باللائمة على حزب العمال»); after a `blame_verbs` («حملت», «حمّل»), the party right before
    `responsibility_nouns` («حمل الجيش حزب العمال الكردستاني المسؤولية») or glued to «ل» right after
    them («حملت أنقرة المسؤولية لتنظيم داعش»); before `behind_verbs` then «وراء», the party within
    CLAIM_REACH words («إن تنظيم داعش يقف وراء الاعتداء»)."""
    from core.incidents.actors import actor_from_span
    from core.incidents.lexicons import word_set

    verbs, nouns, behind = word_set("claim_verbs"), word_set("claim_nouns"), word_set("behind_verbs")
    blame, blamers, responsibility = word_set("blame_nouns"), word_set("blame_verbs"), word_set("responsibility_nouns")
    accusers, deeds = word_set("accuse_verbs"), word_set("accuse_deeds")
    claim_back = word_set("claim_back_nouns")
    sentences = doc.sentence_tokens()
    armed = [s for s in doc.entities if s.label == "ARMED_ACTOR"]
    parties = [s for s in doc.entities if s.label == "ARMED_ACTOR" and not s.attrs.get("generic")
               and s.attrs.get("inter") not in (STATE_FORCES, CIVILIANS, EXTERNAL_FORCES)]
    told = sorted({c.sentence for r in draft.reports for c in r.clauses})
    after = told[-1] + 1 if told else len(sentences)
    if 0 < after < len(sentences) and sentences[after] and sentences[after - 1] \
            and _points_back(sentences[after], claim_back, (verbs, nouns, accusers, deeds, blame, blamers, behind)) \
            and "\n" not in doc.text[sentences[after - 1][-1].end:sentences[after][0].start]:
        # «… إثر انفجار عبوة ناسفة في قضاء سيلوبي. واتهم البيان حزب العمال الكردستاني بتنفيذ الهجوم.»:
        # the sentence right after, in the same paragraph, blaming «the attack» blames this one (not
        # «ويأتي الهجوم غداة قتل شرطيين وإعلان الحزب مسؤوليته عن قتلهما»: the claim is another deed's)
        told.append(after)
    places = [s for s in doc.entities if s.label == "LOCATION" and s.attrs.get("admin1_en")]
    for index in told:
        tokens = sentences[index]
        if _claims_elsewhere(tokens, draft, places, verbs, nouns):
            continue
        blamed_by = -1  # the last verb of blaming so far in the sentence
        for k, tok in enumerate(tokens):
            if variant_in(tok.norm, verbs, depth=1):
                reach = tokens[min(k + CLAIM_REACH, len(tokens) - 1)].end
                found = [s for s in parties if tok.end <= s.start < reach]
                if found:
                    return actor_from_span(min(found, key=lambda s: s.start))
            elif variant_in(tok.norm, nouns, depth=1) or tok.norm in CLAIMED_NOUNS and k + 1 < len(tokens) \
                    and tokens[k + 1].norm == "عن" and not (blamed_by >= 0 and k - blamed_by <= BLAME_REACH):
                # «أعلن تنظيم داعش مسؤوليته عن التفجير», «وأعلنت حركة طالبان المسؤولية عن هجوم اليوم»
                reach = tokens[max(k - CLAIM_REACH, 0)].start
                found = [s for s in parties if reach <= s.start and s.end <= tok.start]
                if found:
                    return actor_from_span(max(found, key=lambda s: s.start))
            elif variant_in(tok.norm, blame, depth=1):  # «ألقي باللوم فيه على تنظيم داعش»
                on = next((j for j in range(k + 1, min(k + CLAIM_REACH, len(tokens))) if tokens[j].norm in ("على", "علي")), None)
                if on is not None:
                    reach = tokens[min(on + CLAIM_REACH, len(tokens) - 1)].end
                    found = [s for s in parties if tokens[on].end <= s.start < reach]
                    if found:
                        return actor_from_span(min(found, key=lambda s: s.start))
            elif tok.norm == BEHIND and k > 0 and variant_in(tokens[k - 1].norm, behind, depth=1):
                # «قال إن تنظيم داعش يقف وراء التفجير»: who stands behind it, named before the verb
                reach = tokens[max(k - 1 - CLAIM_REACH, 0)].start
                found = [s for s in parties if reach <= s.start and s.end <= tokens[k - 1].start]
                if found:
                    return actor_from_span(max(found, key=lambda s: s.start))
            elif variant_in(tok.norm, accusers, depth=1) and (accused := _accused(tokens, k, deeds, armed, doc.text)) is not None:
                # «واتهم البيان عناصر حزب العمال الكردستاني بتنفيذ الهجوم»: the armed group accused of it
                if any(s is accused for s in parties):
                    return actor_from_span(accused)
            elif variant_in(tok.norm, blamers, depth=1):
                blamed_by = k
            elif blamed_by >= 0 and k - blamed_by <= BLAME_REACH and variant_in(tok.norm, responsibility, depth=1):
                # «حمل الجيش التركي حزب العمال الكردستاني المسؤولية», «حملت أنقرة المسؤولية لتنظيم داعش»
                before = [s for s in parties if tokens[blamed_by].end <= s.start and s.end <= tok.start
                          and not doc.text[s.end:tok.start].strip()]
                after = [s for s in parties if k + 1 < len(tokens) and tokens[k + 1].start <= s.start < tokens[k + 1].end
                         and normalized(doc.text[tokens[k + 1].start:s.start]) in ("ل", "لل", "لـ")]
                if before or after:
                    return actor_from_span((before or after)[0])
    return None


def _claims_elsewhere(tokens: list, draft: Draft, places: list, verbs: frozenset[str], nouns: frozenset[str]) -> bool:
    """The sentence's claim names the place of the deed it is of («وأعلن تنظيم داعش مسؤوليته عن الهجوم
    في بغداد», «تبنى التنظيم تفجير كركوك»: a place within CLAIM_PLACE_REACH tokens after the word of
    claiming), and that place is in another governorate than the incident's: the claim is another
    bombing's, not this one's. A claim naming no place, or this incident's governorate, stays."""

    located = draft.located
    if located is None or located.place is None or not located.place.admin1_en:
        return False
    for k, tok in enumerate(tokens):
        if not (variant_in(tok.norm, verbs, depth=1) or variant_in(tok.norm, nouns, depth=1)):
            continue
        named = claim_places(tokens, k, places)
        if named:
            return all(s.attrs["admin1_en"] != located.place.admin1_en for s in named)
    return False


CLAIM_BACK_REACH = 6  # tokens from a word of claiming or blaming to the noun pointing back («الهجوم»)


def _points_back(tokens: list, back: frozenset[str], cues: tuple) -> bool:
    """A word of claiming, blaming or accusing in the sentence with a back-reference noun or pronoun
    (`claim_back_nouns`) at most CLAIM_BACK_REACH tokens after it: what is claimed is «the attack»."""

    for k, tok in enumerate(tokens):
        if any(variant_in(tok.norm, words, depth=1) for words in cues) \
                and any(t.norm in back for t in tokens[k + 1:k + 1 + CLAIM_BACK_REACH]):
            return True
    return False


ACCUSE_REACH = 8  # tokens from a verb of accusing («اتهم») to its deed word («بتنفيذ»)


def _accused(tokens: list, k: int, deeds: frozenset[str], armed: list, text: str):
    """The armed party a verb of accusing at token `k` (`accuse_verbs`) has for object: the last
    ARMED_ACTOR span between it and a deed word within ACCUSE_REACH tokens (`accuse_deeds`:
    «بتنفيذ», «بالوقوف»), ending right before that word (spaces or punctuation between) — «اتهم
    المسؤولون الأتراك تنظيم داعش، بالوقوف خلف التفجير». None when no such word or party."""
    deed = next((j for j in range(k + 1, min(k + 1 + ACCUSE_REACH, len(tokens))) if tokens[j].norm in deeds), None)
    if deed is None:
        return None
    found = [s for s in armed if tokens[k].end <= s.start and s.end <= tokens[deed].start]
    if not found:
        return None
    last = max(found, key=lambda s: s.end)
    gap = text[last.end:tokens[deed].start]
    return last if all(not ch.isalnum() for ch in gap) else None


BEHIND = normalized("وراء")  # «يقف وراء»: stands behind (`behind_verbs` before it)
BLAME_REACH = 6  # tokens from a verb of blaming («حملت») to «المسؤولية»


def claimed_sides(incident: Incident, claimed: Actor | None) -> bool:
    """A fight, an attack or a blast that a sentence of it says an armed group claimed or is blamed
    for (`_claimed`: «وتبنى تنظيم داعش الهجوم», «وألقي باللوم فيه على تنظيم داعش», «حمّلت السلطات
    حزب العمال الكردستاني المسؤولية») was done by that group: it leads, and the parties the text
    named first (the forces or civilians hit, an unidentified group) are the side hit — never the
    group blamed as the one hit («على» is no target cue there). Not when another non-state armed
    party already leads (it did it; the claim may be another's). True when a side changed."""
    from core.incidents.actors import generic_actor

    if claimed is None or not is_violent(incident.event_type) or incident.event_type == "Riots" \
            or incident.sub_event_type == AIR_STRIKE:
        return False
    key = actor_key(claimed)
    side1, side2 = incident.side(1), incident.side(2)
    if side1 and actor_key(side1[0]) == key:
        return False
    unidentified = COUNTRY_SUFFIX.sub("", generic_actor("unidentified").name_en)
    if any(a.inter in NON_STATE and COUNTRY_SUFFIX.sub("", a.name_en) != unidentified for a in side1):
        return False
    hit = [a for a in side1 + side2 if actor_key(a) != key and COUNTRY_SUFFIX.sub("", a.name_en) != unidentified]
    seen: set[str] = set()
    side2 = [a for a in hit if not (actor_key(a) in seen or seen.add(actor_key(a)))]
    lead = next((a for a in side1 + side2 if actor_key(a) == key), claimed)
    incident.set_side(1, [lead])
    incident.set_side(2, side2)
    return True


def _no_other_side(draft: Draft, doc: Document) -> bool:
    """A clause of the incident tells its fight is within one party or against someone of no
    alliance (`no_other_side` in triggers_context.json: «اشتباكات بين فصيلين من المقاومة»,
    «بين مسلحين حوثيين أنفسهم», «اشتباك مع مهربين»): the side not named is not the other alliance."""
    from core.incidents.lexicons import word_matcher

    sentences = doc.sentence_tokens()
    for clause in {c for r in draft.reports for c in r.clauses}:
        tokens = sentences[clause.sentence][clause.tok_start: clause.tok_end]
        if any(True for _ in word_matcher("no_other_side").find(tokens)):
            return True
    return False


def candidates(doc: Document) -> list[tuple[Incident, Draft]]:
    """Every candidate incident with the draft (merged reports) it was built from, summaries and
    set-aside flags filled in, before the codability model has scored them."""
    from core.incidents.summary import describe

    drafts = merge_reports(build_reports(doc))
    incidents = [to_incident(d) for d in drafts]
    for k, (incident, draft) in enumerate(zip(incidents, drafts)):
        if claim_told_back(draft, drafts[:k]):
            incident.flags.append("possibly_commentary")
            j = _claimed_deed(incident, incidents[:k], drafts[:k])
            if j is not None:  # the claim joins the deed it is of: its group leads it (`_claimed`)
                drafts[j].reports.extend(r for r in draft.reports if r.claimed)
                incidents[j] = to_incident(drafts[j])
    report = rights_report_headline(doc.title)
    lead = not report and rights_report_lead(doc)
    regions = []
    for incident, draft in zip(incidents, drafts):
        # under the lead rule a deed told with a day of its own («الذي اختطف الثلاثاء الماضي») is news
        if (report or lead and _on_article_day(incident, doc)) and "rights_report" not in incident.flags:
            incident.flags.append("rights_report")
        if not codable_place(incident.location):
            if region_of_country(incident, draft, doc):
                regions.append((incident, draft))
            elif "no_place" not in incident.flags:
                incident.flags.append("no_place")
    for k, (incident, draft) in enumerate(regions):  # the same day's event of its kind placed below the region: that one is coded
        if told_finer(incident, incidents) or _region_twin(incident, [i for i, _ in regions[:k]]) \
                or _places_follow(incident, draft, doc):
            incident.flags.append("no_place")
    for incident in incidents:
        incident.summary_en, incident.summary_ar = describe(incident)
    return list(zip(incidents, drafts))


def claim_told_back(draft: Draft, before: list[Draft]) -> bool:
    """The incident opens with a claim of a deed, no toll of its own, after the article has told a
    violent event («… فجر انتحاري سيارة ملغومة في قندز … وأعلنت حركة طالبان مسؤوليتها عن هجوم
    قندز»): the claim says who did a deed told already (its group leads that one when they merge,
    `_claimed`), it is no new event — later sentences joined to it (a period's tally) do not make one."""
    first = draft.reports[0]
    return first.claimed and not first.counts and any(is_violent(d.kind[0]) for d in before)


def _claimed_deed(claim: Incident, incidents: list[Incident], drafts: list[Draft]) -> int | None:
    """The index of the violent incident told last before a claim at the claim's governorate (the
    claim naming no place: the last one told), or None."""
    for j in range(len(incidents) - 1, -1, -1):
        place, there = claim.location, incidents[j].location
        if is_violent(drafts[j].kind[0]) and (place is None or there is not None and there.country == place.country
                                              and there.admin1_en == place.admin1_en):
            return j
    return None


ARRESTS = ("Strategic developments", "Arrests")
HOME_COUNTRIES = ("Yemen", "Saudi Arabia")  # there a country or a region of it is no place to code
REGION_TYPES = ("Battles", "Explosions/Remote violence")
REGION_KIND = "country_region"  # Place.kind of «شمال العراق» (a region of a country) or of a whole country
# («غارات على مواقع للتنظيم في سوريا», `_struck_abroad`, `_nationwide_arrest`), coded at geo_precision 3
NOT_PARTIES = (RIOTERS, PROTESTERS, CIVILIANS)  # no state or armed party


def region_of_country(incident: Incident, draft: Draft, doc: Document) -> bool:
    """A fight, a strike or a blast abroad placed only by a region of its country, told in its own
    clause: «شنت الطائرات التركية أمس نحو 30 غارة على مواقع تابعة لهم في شمال العراق», «هاجم مقاتلو
    حزب العمال موقعا للجيش في جنوب شرق تركيا، ما أدى إلى مقتل شرطي». ACLED codes such an event at the
    country with geo_precision 3 (its convention for a region), so the candidate is not set aside as
    having no place: the clause's own place is the country named right after a word of
    `country_region_words` («شمال», «بشمال», «جنوب شرق», «غربي»; not after a destination cue, «نقل
    المعركة إلى شمال سوريا»), the clause's trigger is strong or a general one with its dead counted,
    and a state or armed party is named. Not in Yemen or Saudi Arabia (HOME_COUNTRIES), where a
    country-level candidate is background. The place becomes «شمال العراق» (kind REGION_KIND, no
    governorate, geo_precision 3, no coordinates). True when so placed."""
    from core.incidents.lexicons import word_set

    place = incident.location
    if place is None or place.kind != "country" or not place.country or place.country in HOME_COUNTRIES:
        return False
    if _nationwide_arrest(incident, draft, doc):
        incident.location = Place(**{**place.to_dict(), "kind": REGION_KIND, "geo_precision": 3,
                                     "lat": None, "lon": None})
        return True
    if incident.event_type not in REGION_TYPES:
        return False
    if not any(a is not None and a.text and a.inter not in NOT_PARTIES for a in (incident.actor1, incident.actor2)):
        return False
    located = draft.located
    if located is None or located.span is None or not located.explicit or located.how != "named":
        return False
    # the draft's place is its first telling's country; a later telling merged into it may name the
    # region («… في ظل الغارات الجوية للجيش على مواقع المتمردين في العراق» then «شن الطيران الحربي
    # … غارات على قواعد للمتمردين في شمال العراق»): every country span of the same country its
    # reports name for themselves is tried, in order — a later one only in the clause of its own
    # trigger, after it, with no relative pronoun or «منذ» between («الغارات … على قواعد للحزب، الذي
    # يخوض منذ عقود تمردا في جنوب شرقي تركيا» tells where the party fights, not the strikes)
    spans = [located.span] + [r.located.span for r in draft.reports
                              if r.located is not None and r.located.span is not None
                              and r.located.span is not located.span and r.located.explicit
                              and r.located.how == "named" and r.located.place.kind == "country"
                              and r.located.place.country == place.country
                              and _told_for_trigger(r.located.span, r.mentions, doc)]
    seen: set[int] = set()
    for span in spans:
        if id(span) in seen:
            continue
        seen.add(id(span))
        if _region_at(incident, draft, doc, place, span):
            return True
    return False


LATER_REGION_STOPS = frozenset(normalized(w) for w in ("التي", "الذي", "اللتين", "اللذين", "الذين", "اللاتي", "منذ"))


def _told_for_trigger(span: Span, mentions: list[Mention], doc: Document) -> bool:
    """`span` lies after one of `mentions` in that mention's own clause, no relative pronoun or
    «منذ» between (LATER_REGION_STOPS): the place of that telling, not of a party it names."""
    for m in mentions:
        if m.clause is None or not (m.clause.start <= span.start < m.clause.end) or span.start < m.end:
            continue
        between = {normalized(w) for w in doc.text[m.end:span.start].split()}
        if not between & LATER_REGION_STOPS:
            return True
    return False


def _region_at(incident: Incident, draft: Draft, doc: Document, place: Place, span: Span) -> bool:
    """`region_of_country` at one country span `span` the draft's reports name."""
    from core.incidents.lexicons import word_set

    at_span = [r for r in draft.reports if r.located is not None and r.located.span is span]
    own = [r for r in at_span if r.strength == "strong" or r.strength == "generic" and incident.fatalities]
    # a strike verb made an air strike by its aircraft («وقصفت طائرات تركية مواقع للتنظيم في سوريا»)
    # places a strike abroad (`_struck_abroad`), not a region's event
    flown = own + [r for r in at_span if r not in own and _flown_strike(r)]
    clause = next((c for r in flown for c in r.clauses if c.start <= span.start < c.end), None)
    if clause is None:
        return False
    tokens = doc.sentence_tokens()[clause.sentence]
    idx = next((k for k, t in enumerate(tokens) if t.start <= span.start < t.end), None)
    if idx is None or tokens[idx].start != span.start or idx - 1 < clause.tok_start:
        return False
    words = word_set("country_region_words")
    first = idx - 1
    if not variant_in(tokens[first].norm, words, depth=2):
        if not _struck_abroad(incident, flown, tokens[first], span, doc, place.country):
            return False
        # «شنت مقاتلات تركية غارات على مواقع للتنظيم في سوريا»: the country itself, at geo_precision 3
        incident.location = Place(**{**place.to_dict(), "kind": REGION_KIND, "geo_precision": 3,
                                     "lat": None, "lon": None})
        return True
    if not any(c.start <= span.start < c.end for r in own for c in r.clauses):
        return False  # a region is placed for a strong trigger's event, or one with its dead counted
    if first - 1 >= clause.tok_start and variant_in(tokens[first - 1].norm, words, depth=2):
        first -= 1  # «جنوب شرق تركيا»
    if first - 1 >= clause.tok_start and variant_in(tokens[first - 1].norm, word_set("destination_cues"), depth=1):
        return False  # «نقل المعركة إلى شمال سوريا»: where the fighting goes, not where it was
    word = doc.text[tokens[first].start:tokens[first].end]  # «بشمال» → «شمال»: the phrase without its «ب/في»
    cut = next((k for k in range(len(word)) if normalized(word[k:]) in words), 0)
    phrase = doc.text[tokens[first].start + cut:span.end]
    # no point: the country's (its capital's) would put «شمال العراق» in Baghdad on the map
    incident.location = Place(**{**place.to_dict(), "text": phrase, "name_ar": phrase, "kind": REGION_KIND,
                                 "geo_precision": 3, "lat": None, "lon": None})
    return True


ABROAD_TARGET_REACH = 12  # words from the strike (or its aircraft) to the country, the target named between


def _struck_abroad(incident: Incident, own: list, before: Token, span: Span, doc: Document,
                   country: str = "") -> bool:
    """An air strike by a foreign force (ACLED inter 8: «مقاتلات تركية», the coalition) on targets
    named between its trigger and «في» + the country struck (`abroad_strike_cues`,
    `abroad_strike_targets`: «شنت مقاتلات تركية غارات جوية على مواقع لتنظيم داعش في سوريا»): ACLED
    codes the strike at the country (geo_precision 3) as it codes a region of it. The trigger is an
    indefinite strike of the clause, within ABROAD_TARGET_REACH words before the country: not a tally
    («شنت 16 غارة جوية في العراق وسبع غارات في سوريا»: no target named), nor strikes told back
    («وأدت الغارات التركية على مواقع للتنظيم في سوريا إلى مقتل …»), nor the country of a base they
    fly from («أن تنطلق المقاتلات من قواعد في تركيا لشن ضربات»: the strike after it), nor the
    striker's own country (`country`; actors.json `country` of a force with `inter_at_home`: «نفذت
    بدورها غارات جوية ضد التنظيم واعتقلت عناصر … في تركيا», Turkey's forces), nor strikes in
    construct with the party flying them («مشاركتها في غارات التحالف ضد التنظيم في العراق»: the
    campaign named, not a new strike)."""
    from core.incidents.lexicons import word_set
    from core.incidents.merge import _at_home

    if incident.sub_event_type != AIR_STRIKE or incident.actor1 is None or incident.actor1.inter != EXTERNAL_FORCES:
        return False
    home = _at_home().get(incident.actor1.name_en)
    if home is not None and country and home[0] == country:
        return False
    if not variant_in(before.norm, word_set("abroad_strike_cues"), depth=1):
        return False
    targets = word_set("abroad_strike_targets")
    for r in own:
        for m in r.mentions:
            if not (r.strength == "strong" or _flown_strike(r)) or m.clause is None or m.end > span.start \
                    or not m.clause.start <= span.start < m.clause.end or _in_construct_with_party(m.end, doc):
                continue
            between = [normalized(w) for w in doc.text[m.end:span.start].split()]
            if m.definite and not _aircraft_striking(m, between, doc):
                continue
            if len(between) <= ABROAD_TARGET_REACH and any(variant_in(w, targets, depth=1) for w in between):
                return True
    return False


def _flown_strike(report) -> bool:
    """A generic strike word («قصفت», «استهدفت») made an air strike by the aircraft that flew it
    («وقصفت طائرات تركية أيضا مواقع لتنظيم الدولة في سوريا», «قصفت طائرة أمريكية من دون طيار هدفا
    لداعش في سوريا»): the weapon names the strike as surely as «غارات» does."""
    return report.strength == "generic" and report.sub_event_type == AIR_STRIKE


def _aircraft_striking(m: Mention, between: list[str], doc: Document) -> bool:
    """A definite trigger that is the aircraft doing the strike («وواصلت المقاتلات التركية، أمس، قصف
    أهداف لداعش في سوريا»: `abroad_strike_aircraft`), a strike word of `abroad_strike_words` after it
    before the country: the subject of a strike told now, not strikes told back («الغارات التركية»)."""
    from core.incidents.lexicons import word_set

    return variant_in(normalized(doc.text[m.start:m.end]), word_set("abroad_strike_aircraft"), depth=1) \
        and any(variant_in(w, word_set("abroad_strike_words"), depth=1) for w in between)


def _nationwide_arrest(incident: Incident, draft: Draft, doc: Document) -> bool:
    """An arrest abroad by a state force whose clause gives the whole country as its scope
    («اعتقلت الشرطة التركية في جميع أنحاء تركيا 590 شخصا», «بدأت قوات الأمن في تونس عملية شملت 9
    ولايات اعتقل فيها …»: a phrase of `nationwide_cues`, or a number then a word of
    `nationwide_units`), the country named for it: ACLED codes such a campaign at the country
    (geo_precision 3), as the read files do (governorate null). Not a single raid in a town (the
    town is a codable place, never asked), nor an arrest with no state force as its doer."""
    from core.incidents.lexicons import word_matcher, word_set

    if incident.sub_event_type != "Arrests" or incident.actor1 is None or incident.actor1.inter != STATE_FORCES:
        return False
    located = draft.located
    if located is None or located.span is None or not located.explicit or located.how != "named":
        return False
    units = word_set("nationwide_units")
    sentences = doc.sentence_tokens()
    for r in draft.reports:
        if r.sub_event_type != "Arrests" or r.located is None or r.located.span is not located.span:
            continue
        for clause in r.clauses:
            tokens = sentences[clause.sentence][clause.tok_start: clause.tok_end]
            if any(True for _ in word_matcher("nationwide_cues").find(tokens)):
                return True
            if any(t.text.isdigit() and variant_in(n.norm, units, depth=1) for t, n in zip(tokens, tokens[1:])):
                return True
    return False


def _in_construct_with_party(end: int, doc: Document) -> bool:
    """The strike noun ending at `end` is in construct with a definite party right after it («غارات
    التحالف», «ضربات الطيران التركي»): the campaign of a named party, told as known, not a new strike."""
    rest = doc.text[end:end + 3]
    start = end + len(rest) - len(rest.lstrip())
    return any(e.start == start and e.label == "ARMED_ACTOR" and normalized(doc.text[e.start:e.end]).startswith("ال")
               for e in doc.entities)


def _region_twin(incident: Incident, before: list[Incident]) -> bool:
    """An event placed at a region or country already coded before it with its type, day and
    place («شن الجيش التركي غارات جوية السبت على مواقع داعش في سوريا» then «وشنت مقاتلات تركية
    السبت غارات جوية على مواقع لتنظيم داعش في سوريا»): the same strikes told twice. Two undated
    events (date None) are of one day too: None is the article's own day, no day of its own told
    (`_on_article_day`), so a date is not required."""
    return any("no_place" not in o.flags and o.event_type == incident.event_type and o.date == incident.date
               and o.location is not None and o.location.country == incident.location.country
               and normalized(o.location.name_ar) == normalized(incident.location.name_ar) for o in before)


def finer_set_aside(pairs: list[tuple[Incident, Draft]], doc: Document) -> list[tuple[Incident, Draft]]:
    """Country- or region-level events set aside for a finer telling (`told_finer`) that the
    codability model has since set aside itself («اعتقلت الشرطة في جميع أنحاء تركيا 590 شخصا» beside
    an arrest in Ankara the model finds unlikely): no finer telling is coded, so the broad one is
    let back in — unless a same-day twin before it is coded (`_region_twin`) or the places follow
    it (`_places_follow`). Returns those let back in (to be scored by the model in turn)."""
    incidents = [i for i, _ in pairs]
    regions = [(i, d) for i, d in pairs if i.location is not None and i.location.kind == REGION_KIND]
    back = []
    for k, (incident, draft) in enumerate(regions):
        if [f for f in incident.flags if f in SET_ASIDE_FLAGS] != ["no_place"]:
            continue
        if told_finer(incident, incidents) or _region_twin(incident, [i for i, _ in regions[:k]]) \
                or _places_follow(incident, draft, doc):
            continue
        incident.flags.remove("no_place")
        back.append((incident, draft))
    return back


def _places_follow(incident: Incident, draft: Draft, doc: Document) -> bool:
    """A foreign air force's strikes coded at the country (`_struck_abroad`) whose places the text
    names right after: a place of that country below it (a governorate known) later in the strike's
    sentence or in the next one («شن التحالف تسع غارات على مواقع للتنظيم في سوريا. وقرب الحسكة
    أصابت خمس ضربات …», «وقال مسؤول إن الأهداف كانت قرب أعزاز»). The statement's round-up is told
    place by place (CODING.md: a strike list with named places is one incident per place; strikes
    counted without a place are not coded): the country-level telling is no event of its own, even
    when the places' sentences are coded as another type or not at all (`told_finer` misses them)."""
    place = incident.location
    if incident.sub_event_type != AIR_STRIKE or place is None or place.kind != REGION_KIND \
            or incident.actor1 is None or incident.actor1.inter != EXTERNAL_FORCES:
        return False
    located = draft.located
    if located is None or located.span is None or not _counted_strikes(draft, doc):
        return False
    sentences = doc.sentence_tokens()
    k = next((i for i, g in enumerate(sentences) if g and g[0].start <= located.span.start < g[-1].end), None)
    if k is None:
        return False
    end = sentences[k + 1][-1].end if k + 1 < len(sentences) and sentences[k + 1] else sentences[k][-1].end
    return any(e.label == "LOCATION" and located.span.end <= e.start < end
               and (e.attrs or {}).get("country") == place.country and (e.attrs or {}).get("admin1_en")
               for e in doc.entities)


def _counted_strikes(draft: Draft, doc: Document) -> bool:
    """The country's sentence counts the strikes: a number right before a strike noun (actors.json
    `strike_nouns`: «تسع ضربات جوية», «نفذت طائرات التحالف 12 غارة») before the country — a
    statement's round-up, not one raid («قصفت المقاتلات 7 أهداف للحزب في شمال العراق» then where
    the party has its camps)."""
    from core.entities.lexicon import _strike_nouns

    nouns = _strike_nouns()[0]
    span = draft.located.span
    sentence = next((g for g in doc.sentence_tokens() if g and g[0].start <= span.start < g[-1].end), [])
    numbers = {e.end for e in doc.entities if e.label == "NUMBER"}
    return any(t.end in numbers and n.end <= span.start and n.norm in nouns
               for t, n in zip(sentence, sentence[1:]))


SAME_TOLL_MIN = 5  # dead counted alike on two days that make one toll told twice (`told_finer`)


def told_finer(incident: Incident, incidents: list[Incident]) -> bool:
    """Another candidate of the article, of the same event type, day and country, placed below the
    region («غارات تركية على مواقع الحزب في شمال العراق … وقتل ستة في قرية زركلة»): the region's
    telling is that event told broadly, not another one. So is one of another day with the same
    dead counted («قتل 40 شخصا في اشتباكات يخوضها منذ أسبوع مسلحون … في جنوب شرق ليبيا» beside «سقط
    40 قتيلا … في اشتباكات» in Sabha): the week's toll told twice — a toll of at least
    SAME_TOLL_MIN, since one or two dead on two days are often two events («قتل جندي يوم الاثنين في
    جنوب شرق تركيا … وفي حادث آخر يوم الخميس قتل جندي في ديار بكر»)."""
    return any(o is not incident and not set_aside(o) and o.event_type == incident.event_type
               and (o.date == incident.date
                    or (incident.fatalities or 0) >= SAME_TOLL_MIN and o.fatalities == incident.fatalities)
               and o.location is not None and o.location.country == incident.location.country
               and o.location.kind != REGION_KIND and codable_place(o.location) for o in incidents)


def set_aside(incident: Incident) -> bool:
    return any(f in incident.flags for f in SET_ASIDE_FLAGS)


def rights_report_headline(title: str) -> bool:
    """A headline about a rights group's report («تقرير يمني يرصد …», «حقوق الإنسان العربية تدعو
    للتحقيق …»): the article retells documented abuses over months, not the day's events
    (`report_headlines` in triggers_context.json) — not the title of a minister or ministry
    (`report_headline_offices`: «وزير حقوق الإنسان يدعو المنظمات الدولية لزيارة عدن»), also with
    words of the office's name between (`report_headline_office_links`, OFFICE_LINKS at most:
    «وزير الدولة لحقوق الإنسان», «وزيرة الدولة لشؤون حقوق الإنسان»)."""
    from core.incidents.lexicons import word_matcher, word_set
    from core.text.tokens import tokenize

    if not title:
        return False
    tokens = tokenize(title)
    offices = word_set("report_headline_offices")  # «وزير حقوق الإنسان يدعو …»: an office's title
    links = word_set("report_headline_office_links")

    def office_title(k: int) -> bool:
        """An office word before token k, only words of the office's name between."""
        for j in range(k - 1, max(k - 2 - OFFICE_LINKS, -1), -1):
            if variant_in(tokens[j].norm, offices):
                return True
            if not variant_in(tokens[j].norm, links):
                return False
        return False
    return any(not office_title(m.token_start) for m in word_matcher("report_headlines").find(tokens))


def rights_report_lead(doc: Document) -> bool:
    """An article whose opening words have a rights group speak («دانت منظمة هيومن رايتس ووتش أمس
    قصف …», «قالت منظمة العفو الدولية إن …») under a headline that does not name it («الحوثيون
    استهدفوا المدنيين في عدن»): the same retold report as under a rights headline. Only the groups
    named in `report_lead_groups` (not «حقوق الإنسان»: «المرصد السوري لحقوق الإنسان» tells the day's
    fighting; not the bare «تقرير»: an outlet's own «في تقرير موسع» opens news), and only within the
    first LEAD_WORDS words of the first sentence (the opening verb's subject)."""
    from core.incidents.lexicons import word_matcher

    first = next((g for g in doc.sentence_tokens() if g), [])[:LEAD_WORDS]
    return any(True for _ in word_matcher("report_lead_groups").find(first))


LEAD_WORDS = 6  # «دانت منظمة هيومن رايتس ووتش»: the group names itself within the opening words


def _on_article_day(incident: Incident, doc: Document) -> bool:
    """The incident carries the article's own date (no day of its own was told)."""
    return doc.date is None or incident.date in (None, doc.date.isoformat())


OFFICE_LINKS = 2  # words of an office's name between the office word and «حقوق الإنسان» («الدولة لشؤون»)


def codable_place(place: Place | None) -> bool:
    """A place ACLED can code: below the country, and known (from the gazetteer, or put in a
    governorate by the text); «أوروبا» or «الخليج» as written, with nothing known, is not."""
    if place is None or place.kind == "country":
        return False
    return bool(place.kind or place.admin1_en or place.admin1_ar)


def coded_and_set_aside(incidents: list[Incident]) -> tuple[list[Incident], list[Incident]]:
    """(incidents to code, candidates set aside as commentary or with no place to code)."""
    for incident in incidents:  # incidents built elsewhere (tests, stored analyses) may lack the flag
        if not codable_place(incident.location) and "no_place" not in incident.flags:
            incident.flags.append("no_place")
    aside = [set_aside(i) for i in incidents]
    return [i for i, a in zip(incidents, aside) if not a], [i for i, a in zip(incidents, aside) if a]
