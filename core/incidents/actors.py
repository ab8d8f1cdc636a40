"""Who did it to whom: actor sides from ARMED_ACTOR / ORGANIZATION spans around a trigger.

Sides come from word order and a few cues, not a parser:
- actors joined only by «و» or «،» are one side («المقاومة الشعبية والجيش الوطني»);
- «بين X و Y» puts X and Y on opposite sides;
- an actor right after a target cue («مواقع الميليشيات», «ضد», «تابعة للميليشيات») or a victim cue
  after a casualty («12 من ميليشيات الانقلابيين») is the side acted upon;
- the first remaining side is actor1 (Arabic news puts the agent first: VSO and SVO alike).
A generic mention («الميليشيات» alone, attrs generic=true) is the article's main non-state actor.
Civilian targets («قرى المواطنين») give actor2 "Civilians (<country>)", inter 7.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from core.acled_inter import NON_STATE
from core.document import Document, Span
from core.entities.lexicon import article_country, lexicons, lookup_name
from core.entities.matcher import normalized
from core.incidents.lexicons import purpose_noun, taxonomy, word_matcher, word_set
from core.incidents.model import Actor
from core.text.clitics import CONJUNCTIONS, conj_in, indefinite_in, variant_in
from core.text.tokens import Token

ACTOR_LABELS = ("ARMED_ACTOR", "ORGANIZATION")


def _is_actor(span: Span) -> bool:
    if span.label == "ARMED_ACTOR":
        return True
    return span.label == "ORGANIZATION" and bool(span.attrs.get("inter"))


def _unread_state_side(span: Span) -> bool:
    """«قوات التحالف» in an article of a country the phrase has no reading in (Afghanistan): a state
    side of no canonical name — no party, rather than its Arabic spelled in Latin letters ("Qawat At
    Tahalf") or the article's rebels."""
    return bool(span.attrs.get("state_side")) and span.attrs.get("generic") and not span.attrs.get("name_en")


def actor_from_span(span: Span) -> Actor:
    a = span.attrs
    return Actor(
        text=span.text,
        name_ar=a.get("name_ar", span.text),
        name_en=a.get("name_en", ""),
        actor_type=a.get("actor_type", ""),
        inter=a.get("inter"),
    )


def actor_key(actor: Actor) -> str:
    return normalized(actor.name_en or actor.name_ar or actor.text)


def main_non_state_actor(doc: Document) -> Actor | None:
    """The non-state armed actor the article names most: rebels before militias (a generic
    «الميليشيات» in a report that also names «المقاومة الشعبية» means the rebels), first named on ties.
    Never a militia fighting on a government's side (`government_sides`: the Popular or Southern
    Resistance): «الميليشيات المتمردة», «المتمردين» are never them — in an article that names only
    the Resistance («هاجمت الميليشيات المتمردة مواقع المقاومة الشعبية») the generic word stays
    unnamed rather than turning the Resistance against itself."""
    from core.incidents.lexicons import government_sides

    beside_government = government_sides()
    counts: Counter[str] = Counter()
    first: dict[str, Actor] = {}
    for span in doc.entities:
        if span.label != "ARMED_ACTOR" or span.attrs.get("generic"):
            continue
        if span.attrs.get("inter") not in NON_STATE:
            continue
        actor = actor_from_span(span)
        if actor.name_en in beside_government:
            continue
        key = actor_key(actor)
        counts[key] += 1
        first.setdefault(key, actor)
    if not counts:
        return None
    order = list(first)
    best = max(counts, key=lambda k: (first[k].inter == 2, counts[k], -order.index(k)))
    return first[best]


def article_parties(doc: Document) -> list[Actor]:
    """The parties of an alliance (actors.json `alliance`: the Houthi-Saleh side, the government
    and coalition side) the article names, the most named first (first named on ties); a generic
    «الميليشيات» counts for the main non-state actor it stands for. Each is returned with no
    text of its own: it is named in the article, not in any one sentence."""
    from core.incidents.lexicons import actor_facts

    _air, alliance, _grounded = actor_facts()
    main = main_non_state_actor(doc)
    counts: Counter[str] = Counter()
    first: dict[str, Actor] = {}
    for span in doc.entities:
        if not _is_actor(span):
            continue
        actor = main if span.attrs.get("generic") and not span.attrs.get("state_side") and main is not None \
            else actor_from_span(span)
        if actor.name_en not in alliance:
            continue
        counts[actor.name_en] += 1
        first.setdefault(actor.name_en, Actor("", actor.name_ar, actor.name_en, actor.actor_type, actor.inter))
    return [first[n] for n in sorted(first, key=lambda n: -counts[n])]  # stable: first named on ties


def generic_actor(kind: str, country: str = "") -> Actor:
    entry = taxonomy()["generic_actors"][kind]
    name = entry["name_en"] + (f" ({country})" if country else "")
    return Actor(text="", name_ar=entry["name_ar"], name_en=name, actor_type=entry["actor_type"], inter=entry["inter"])




@lru_cache(maxsize=None)
def phrase_set(key: str) -> frozenset[str]:
    """A list of phrases of triggers_context.json, each phrase's words normalised and joined by a space."""
    from core.incidents.lexicons import context

    return frozenset(" ".join(normalized(w) for w in p.split()) for p in context()[key])


@lru_cache(maxsize=1)
def nationality_adjectives() -> dict[str, frozenset[str]]:
    """actors.json `weapon_adjectives` by actor id, normalised."""
    from core.incidents.lexicons import _read

    return {a["id"]: frozenset(normalized(w) for w in a["weapon_adjectives"])
            for a in _read("lexicons", "actors.json")["actors"] if a.get("weapon_adjectives")}


def members_surnames(doc: Document) -> list[Span]:
    """A person named by a group's family name («القيادي أبو يحيى الحوثي»: the entity step's
    `member_of`) is one of that group: the surname stands for it as an actor span, as it did before
    the name was read whole."""
    out: list[Span] = []
    for s in doc.entities:
        group = s.attrs.get("member_of") if s.label == "PERSON" else None
        if group and s.start < s.attrs.get("member_start", -1) < s.end:
            start = s.attrs["member_start"]
            out.append(Span(start, s.end, "ARMED_ACTOR", "member", doc.text[start : s.end], dict(group)))
    return out


def owned_weapons(doc: Document) -> list[Span]:
    """A bare definite weapon word («المدفعية», «المقاتلات») after the article named its army by
    the weapon's nationality («المدفعية السعودية», «المقاتلات التركية»: an actor span with that
    `weapon_category`, named by one of its `weapon_adjectives`) is that army's weapon again: «ردت المدفعية السعودية … وقصفت المدفعية مواقع
    الحوثيين» is the Saudi army's shelling. The nearest such army before it owns it; a weapon
    owned by a party named right after it («المدفعية التابعة للحوثيين», «مدفعية الحوثيين») or
    covered by an actor span is not carried over. Each is an actor span over the weapon's words."""
    actors = [s for s in doc.entities if _is_actor(s)]
    adjectives = nationality_adjectives()
    owners = [s for s in actors if s.attrs.get("weapon_category") and s.text.split()
              and normalized(s.text.split()[-1]) in adjectives.get(s.attrs.get("id", ""), ())]
    if not owners:
        return []
    out: list[Span] = []
    for w in (s for s in doc.entities if s.label == "WEAPON"):
        category = w.attrs.get("category")
        words = w.text.split()
        if not words or not normalized(words[0]).startswith("ال") or any(a.start <= w.start < a.end for a in actors):
            continue
        before = [o for o in owners if o.end <= w.start and o.attrs["weapon_category"] == category]
        if not before:
            continue
        after = doc.text[w.end: w.end + 30].split()[:1]
        if after and normalized(after[0]) in word_set("owner_after") or any(0 <= a.start - w.end <= 1 for a in actors):
            continue
        owner = max(before, key=lambda o: o.start)
        attrs = {k: v for k, v in owner.attrs.items() if k != "weapon_category"}
        out.append(Span(w.start, w.end, "ARMED_ACTOR", "owned_weapon", w.text, attrs))
    return out


VICTIM_TIME_REACH = 5  # words back, in the clause, where a word of time before the casualty word tells an earlier deed
VICTIM_GAP = 4  # words at most (figures, «من», «أحد») between a casualty word and the police it counts


def police_victims(doc: Document) -> list[Span]:
    """Police named as the dead or wounded of a casualty word by words that name no party anywhere
    else (triggers_context.json `police_victim_nouns`, or one of `police_member_nouns` then
    `police_nouns`): right after the casualty word, figures and `victim_number_gap` words between
    («مقتل شرطي», «استشهاد شرطيين», «إصابة رجل شرطة», «مقتل ثلاثة من أفراد الشرطة»), or right
    after the party a killing verb names, as its object («قتل مسلحون مجهولون شرطيا»). Each is an
    actor span of the police over those words, read as the article reads «الشرطة»: the side hit,
    not civilians. A singular «شرطي» before a verb («وأطلق شرطي النار») is no such span: the
    words become a party only where they are counted dead or wounded. Soldiers counted so
    (`soldier_victim_nouns`: «مقتل جنديين تركيين», «قتل ثلاثة جنود عراقيين») are the army of the
    nationality adjective right after them (`lookup_name("الجيش", …)`); without one («مقتل جنديين»)
    they tell no side: whose army they serve the words alone do not say."""
    casualties = [s for s in doc.entities if s.label == "CASUALTY"]
    if not casualties:
        return []
    singles, members = word_set("police_victim_nouns"), word_set("police_member_nouns")
    police, gap = word_set("police_nouns"), word_set("victim_number_gap")
    soldiers = word_set("soldier_victim_nouns")
    numbers = [s for s in doc.entities if s.label == "NUMBER"]
    actors = [s for s in doc.entities if _is_actor(s)]
    tokens = [t for sentence in doc.sentence_tokens() for t in sentence]
    starts = [t.start for t in tokens]

    def phrase_at(i: int) -> tuple[int, int] | None:
        """(start, end) of police words at token i, or None."""
        if i >= len(tokens):
            return None
        if tokens[i].norm in singles or tokens[i].norm in soldiers:
            return tokens[i].start, tokens[i].end
        if tokens[i].norm in members:
            j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].norm == "من")
            if j < len(tokens) and tokens[j].norm in police:
                return tokens[i].start, tokens[j].end
        return None

    out: list[Span] = []
    attrs: dict | None = None
    beside = phrase_set("strike_told_beside") | phrase_set("victims_told_beside")
    time_words = word_set("victims_told_after")
    for c in casualties:
        before = [normalized(w) for w in doc.text[max(0, c.start - 40):c.start].split()]
        if any(" ".join(before[-n:]) in beside for n in (1, 2, 3) if len(before) >= n):
            continue  # «ردا على مقتل شرطيين»: deaths told beside another deed, not its victims
        reach = CLAUSE_MARK.split(doc.text[max(0, c.start - 60):c.start])[-1].split()[-VICTIM_TIME_REACH:]
        if any(normalized(w) in time_words for w in reach):
            continue  # «خصوصا بعد تبني حزب العمال الأربعاء قتل شرطيين»: an earlier deed, told as a cause
        i = bisect_left(starts, c.end)
        agent = next((a for a in actors if i < len(tokens) and a.start == tokens[i].start), None)
        met = _met_at(tokens, bisect_left(starts, c.start))
        if met is not None:  # «لقي شرطي مصرعه»: the dead between the verb and the death it met
            i = met
        elif agent is not None:  # «قتل مسلحون مجهولون شرطيا»: the object after the party
            i = bisect_left(starts, agent.end)
        else:
            for _ in range(VICTIM_GAP):  # (a dual is a figure too: «شرطيان»)
                if phrase_at(i) is None and i < len(tokens) and (
                        tokens[i].norm in gap or any(n.start <= tokens[i].start < n.end for n in numbers)):
                    i += 1
        found = phrase_at(i)
        counted = c.attrs.get("count_start")
        if found is None and counted is not None and counted < c.start:
            j = bisect_left(starts, counted)  # «ثلاثة جنود عراقيين قتلوا»: the dead counted before the verb
            if phrase_at(j) is None and j < len(tokens) and any(n.start <= tokens[j].start < n.end for n in numbers):
                j += 1
            before_verb = phrase_at(j)
            if before_verb is not None and before_verb[1] <= c.start:
                k = bisect_left(starts, before_verb[1])  # (only with the nationality told: «جنديين تركيين قتلا»)
                if k < len(tokens) and tokens[k].end <= c.start and _nationality_told(tokens[k].norm) is not None:
                    found = before_verb
        if found is None or any(a.start < found[1] and found[0] < a.end and not (
                found[0] <= a.start and a.end <= found[1] and a.attrs.get("id") == "police") for a in actors):
            continue  # another party's words; the police's own («الشرطة» of «رجل شرطة») are taken in
        k = bisect_left(starts, found[1])
        told = _nationality_told(tokens[k].norm) if k < len(tokens) and tokens[k].start - found[1] <= 1 else None
        soldier = normalized(doc.text[found[0]:found[1]]) in soldiers
        if soldier and told is None:
            continue  # «مقتل جنديين»: whose soldiers the words alone do not tell
        if told is not None:  # «مقتل شرطي تركي في شمال العراق»: the adjective tells whose, wherever it was
            read = lookup_name("الجيش" if soldier else "الشرطة", told[0])  # «مقتل جنديين تركيين»: Turkey's army
            if read is not None:
                found = (found[0], tokens[k].end)
                out.append(Span(found[0], found[1], "ARMED_ACTOR", "police_victim", doc.text[found[0]:found[1]],
                                {**read[1], "victim_noun": True}))
                continue
        if attrs is None:
            read = lookup_name("الشرطة", article_country(doc))
            if read is None:
                return out
            attrs = {**read[1], "victim_noun": True}
        out.append(Span(found[0], found[1], "ARMED_ACTOR", "police_victim", doc.text[found[0]:found[1]], dict(attrs)))
    return out


def _nationality_told(word: str) -> tuple | None:
    """The nationality a word after the counted dead tells («تركي», «تركيين», «أتراك»), the
    accusative singular too («قتلوا جنديا سعوديا»: «سعودي» with its «ا»), else None."""
    nationalities = lexicons().nationalities
    told = nationalities.get(word)
    if told is None and word.endswith("يا") and not nationalities.get(word[:-1], (None, True))[1]:
        told = nationalities.get(word[:-1])
    return told


def _met_at(tokens: list[Token], k: int) -> int | None:
    """The token after «لقي» (`death_met_verbs`) when it stands at most VICTIM_GAP tokens before the
    casualty word at token k («لقي شرطي مصرعه», «لقي ثلاثة جنود حتفهم»), else None."""
    verbs = word_set("death_met_verbs")
    for j in range(k - 1, max(-1, k - 1 - VICTIM_GAP), -1):
        if conj_in(tokens[j].norm, verbs):
            return j + 1 if j + 1 < k else None
    return None


FORCES_BACK = 3  # sentences back (its own and the two before it) where «هذه القوات» finds the forces it points to


def forces_pointed_back(doc: Document) -> list[Span]:
    """«هذه القوات», «تلك القوة» (a word of `demonstratives`, proclitics allowed, then one of
    `forces_heads`), with no actor named in them, stand for the forces a sentence told of last,
    theirs or one of the FORCES_BACK - 1 before it: the first party a sentence names (its agent:
    the news puts it first), when it is named as forces — an actor span whose first word is a forces
    head («القوات الموالية للرئيس هادي») or that follows one («قوات المقاومة», the span being
    «المقاومة»). «وقال مصدر محلي إن قوات المقاومة سيطرت على الطريق … وأضاف المصدر أن هذه القوات
    بسطت نفوذها على خمسة مواقع إضافية»: the Resistance took the five positions; not forces named as
    the ones fought («ضيقت القوات الموالية للرئيس هادي الخناق على الميليشيات والقوات الموالية
    للمخلوع، وشنت هذه القوات هجمات»). Each is an actor span over the two words, with the attributes
    of the forces pointed to. Not «بهذه القوة», «بتلك القوة» (with such force: how hard, not who)."""
    heads = word_set("forces_heads")
    pointers = word_set("demonstratives") & {normalized("هذه"), normalized("تلك")}
    singular = {normalized("قوة"), normalized("القوة")}
    actors = [s for s in doc.entities if _is_actor(s) and not s.attrs.get("generic") and s.attrs.get("inter") != 7]
    if not actors:
        return []
    sentences = doc.sentence_tokens()
    tokens = [t for sentence in sentences for t in sentence]
    starts = [t.start for t in tokens]

    def headed(span: Span) -> bool:
        first = span.text.split()[:1]
        if first and variant_in(normalized(first[0]), heads, depth=1):
            return True
        k = bisect_left(starts, span.start) - 1  # the token right before the span
        return k >= 0 and span.start - tokens[k].end <= 1 and variant_in(tokens[k].norm, heads, depth=1)

    forces = []  # the party a sentence tells of first (its agent: the news puts it first), named as forces
    for s_start, s_end in doc.sentences:
        first_party = next((a for a in actors if s_start <= a.start < s_end), None)
        if first_party is not None and headed(first_party):
            forces.append(first_party)
    out: list[Span] = []
    for index, sentence in enumerate(sentences):
        if not sentence:
            continue
        reach = doc.sentences[max(index - FORCES_BACK + 1, 0)][0]
        for k in range(len(sentence) - 1):
            first, head = sentence[k], sentence[k + 1]
            if not (variant_in(first.norm, pointers, depth=1) and head.norm in heads):
                continue
            if first.norm[:1] in "بك" and head.norm in singular:
                continue  # «بهذه القوة», «كتلك القوة»: with such force, an intensity, no unit
            if any(a.start < head.end and first.start < a.end for a in actors):
                continue  # «تلك القوات الموالية للمخلوع»: the actor is named there
            before = [s for s in forces if reach <= s.start and s.end <= first.start]
            if not before:
                continue
            owner = max(before, key=lambda s: s.start)
            out.append(Span(first.start, head.end, "ARMED_ACTOR", "pointed_back",
                            doc.text[first.start: head.end], dict(owner.attrs)))
    return out


def countries_striking(doc: Document) -> list[Span]:
    """«قصفت تركيا أمس مواقع لتنظيم داعش», «وشنت روسيا غارات …»: a country named right after a verb
    of striking (`country_strike_verbs`, a date allowed between) is its own forces that struck — an
    actor span over the country's name with the attributes of that country's forces
    (`lexicon.country_forces`). Not a country after a preposition or in a longer name, nor one whose
    forces strike as an alliance's member («شنت السعودية غارات»: the coalition, as the article tells)."""
    from core.entities.lexicon import country_forces

    verbs = word_set("country_strike_verbs")
    dates = [s for s in doc.entities if s.label == "DATE"]
    out: list[Span] = []
    for place in doc.entities:
        if place.label != "LOCATION" or (place.attrs or {}).get("kind") != "country":
            continue
        start = place.start
        for d in dates:
            if d.end <= start and not doc.text[d.end:start].strip():
                start = d.start  # «قصفت تركيا أمس» / «قصفت أمس تركيا»
        before = doc.text[max(0, start - 30):start].split()
        if not before or doc.text[start - 1:start].strip() or not variant_in(normalized(before[-1]), verbs, depth=1):
            continue
        forces = country_forces((place.attrs or {}).get("country", ""))
        if forces is not None and not forces.get("alliance"):  # «شنت السعودية غارات»: the coalition's (the article tells)
            out.append(Span(place.start, place.end, "ARMED_ACTOR", "country_striking", place.text, dict(forces)))
    return out


EQUIPMENT_ADJECTIVES = 2  # «طائرات حربية تابعة ل…», «دبابات ومدرعات تابعة ل…»: words between the weapon and «تابعة» (`_equipment_of`)
_DIACRITICS = re.compile(r"[\u064B-\u0652\u0640]")


def _without_umbrellas(doc: Document, spans: list[Span]) -> list[Span]:
    """A named group's umbrella told right after it («قوات جيش الفتح التابع للمعارضة السورية
    المسلحة», «الدفاع الوطني التابعة للنظام السوري») is no second party: the named group acts (ACLED
    codes the named unit), and «التابع ل» is no target cue there («مواقع تابعة للميليشيات» is). Only
    after a group of its own country in actors.json: forces named by a country («قوات الأمن التابعة
    للحوثيين»), gunmen or civilians stay, and the group after them is who they are."""
    owner_words = word_set("owner_after")
    out: list[Span] = []
    for span in spans:
        before = out[-1] if out else None
        if before is not None and before.label == "ARMED_ACTOR" and span.label == "ARMED_ACTOR" and _named_group(before) \
                and span.attrs.get("id") and span.attrs.get("id") != before.attrs.get("id"):
            gap = _DIACRITICS.sub("", doc.text[before.end:span.start]).split()
            if len(gap) == 2 and normalized(gap[0]) in owner_words and gap[1] in ("ل", "لل"):
                continue
            if len(gap) == 1 and normalized(gap[0]) in owner_words and span.text.startswith("ل"):
                continue
        out.append(span)
    return out


def _gunmen_of_a_group(doc: Document, spans: list[Span]) -> list[Span]:
    """«مسلحون تابعون للحوثيين», «مسلحين موالين لتنظيم داعش», «عناصر مسلحة تنتمي إلى …»: gunmen
    told by the group they belong to are that group's men — one party, the group (not unidentified
    gunmen acting on the group as a target, «تابعة ل» being a target cue elsewhere)."""
    words = word_set("gunmen_of_words")
    out: list[Span] = []
    for span in spans:
        before = out[-1] if out else None
        if before is not None and before.label == "ARMED_ACTOR" and span.label == "ARMED_ACTOR" \
                and before.attrs.get("id") == "unidentified" and span.attrs.get("id") not in (None, "unidentified") \
                and not any(w in before.text for w in ("مجهول", "ملثم")):
            gap = _DIACRITICS.sub("", doc.text[before.end:span.start]).split()
            if gap and gap[-1] in ("ل", "لل", "إلى", "الى"):
                gap = gap[:-1]
            if len(gap) == 1 and normalized(gap[0]) in words:
                out[-1] = Span(before.start, span.end, "ARMED_ACTOR", "gunmen_of", doc.text[before.start: span.end], dict(span.attrs))
                continue
        out.append(span)
    return out


def _named_group(span: Span) -> bool:
    """The span names a group of its own country in actors.json (not «الشرطة», «مسلحون»: theirs
    depends on the article)."""
    from core.incidents.lexicons import actor_entry

    actor_id = span.attrs.get("id")
    if not actor_id or span.attrs.get("generic") or span.attrs.get("ambiguous"):
        return False
    try:
        return bool(actor_entry(actor_id).get("country"))
    except StopIteration:  # an organisation's id (organizations.json), no actor of actors.json
        return False


BACKING_WORDS = 4  # whole words between a party and its backer («المدعومة جوا وبرا من قوات التحالف»)
SUBJECT_WORDS = 3  # words of a subject between a targeting verb and a date («المدفعية السعودية»)
DOER_GAP = 12  # characters between a verb and the actor right after it, dates left out
DEATH_IDIOM_REACH = 40  # characters from the party after «لقي» to «حتفه/مصرعه» («لقي جندي سعودي أمس حتفه»)
REPORTED_THAT = re.compile(r"(?<![\w])[أإا]ن(?![\w])")  # «أن/إن» as a word
CLAUSE_MARK = re.compile(r"[،,.؛:!?]")  # punctuation that ends the idiom of dying's reach


class ActorFinder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        victims = police_victims(doc)  # over the police's own span they cover («الشرطة» of «رجل شرطة»)
        named = [s for s in doc.entities if _is_actor(s) and not _of_a_past_year(s, doc)
                 and not any(v.start <= s.start and s.end <= v.end for v in victims)]
        self.spans = _gunmen_of_a_group(doc, _without_umbrellas(doc, sorted(
            named + owned_weapons(doc) + members_surnames(doc) + forces_pointed_back(doc) + victims
            + countries_striking(doc), key=lambda s: s.start)))
        self.casualties = [s for s in doc.entities if s.label == "CASUALTY"]
        self.numbers = [s for s in doc.entities if s.label == "NUMBER"]
        self.main = main_non_state_actor(doc)
        self.country = article_country(doc)
        self.targets = word_set("target_cues")
        self.owner_words = word_set("owner_after") | word_set("owner_before_party")
        self.firing_equipment = word_set("firing_equipment_nouns")
        self.equipment_verbs = word_set("equipment_subject_verbs")
        self.membership = word_set("membership_words")
        self.member_roles = word_set("member_role_words")
        self.owned_objects = word_set("owned_object_nouns")
        self.posts = word_set("attacked_post_nouns")
        self.victim_cues = word_set("victim_cues")
        self.fire_by = word_set("fire_by_words")
        self.fire_by_shooters = word_set("fire_by_shooters")
        self.death_words = word_set("death_words_before_victim")
        self.meeting_words = word_set("meeting_words_before_victim")
        self.death_idiom_ends = word_set("death_idiom_ends")
        self.partitives = word_set("victim_partitives")
        self.members = word_set("victim_member_nouns")
        self.partitive_deaths = word_set("partitive_death_words")
        self.single_persons = word_set("single_person_nouns")
        self.figure_nouns = word_set("figure_nouns")
        self.armed_stems = word_set("armed_victims")
        self.targeting_verbs = word_set("targeting_verbs")
        self.subject_object_verbs = word_set("subject_object_verbs")
        self.not_objects = word_set("not_objects_after_date")
        self.ba_objects = word_set("objects_with_ba")
        self.quantities = word_set("vague_casualty_words") | {"مجموعه", "مجموعات"}
        self.holds = word_set("taken_from_holds")
        self.freeing_nouns = word_set("freeing_nouns")
        self.ambiguous_nouns = word_set("freeing_verb_or_noun")
        self.noun_before = word_set("verbal_noun_before")
        self.passive = word_set("passive_markers")
        self.arrest_nouns = word_set("arrest_nouns")
        self.split_verbs = word_set("split_trigger_verbs")
        self.holders = self.targets | word_set("holder_words")
        self.dates = [s for s in doc.entities if s.label == "DATE"]
        self.attribution = word_set("attribution_verbs")
        self.unnamed_doers = word_set("doer_words") | word_set("bomber_nouns")
        self.held_by = phrase_set("held_by_phrases")
        self.alongside = phrase_set("alongside_phrases")
        self.side_closers = phrase_set("side_closers")
        self.agent_markers = phrase_set("agent_markers")
        self.helping_verbs = word_set("helping_verbs")
        self.purpose_heads = word_set("purpose_party_heads")
        self.purpose_names = word_set("purpose_party_names")

    def resolve(self, span: Span) -> Actor:
        """The party a span names: a generic mention («الميليشيات») is the article's main non-state
        actor; in an article that names none («هاجمت الميليشيات المتمردة مواقع المقاومة الشعبية»: never
        the Resistance itself; «المقاتلين الأكراد» in Iran, where the phrase has no reading) an
        unidentified armed group of the article's country — never a party with no name."""
        actor = actor_from_span(span)
        if not span.attrs.get("generic") or span.attrs.get("state_side"):
            return actor
        if self.main is not None:
            return Actor(span.text, self.main.name_ar, self.main.name_en, self.main.actor_type, self.main.inter)
        if actor.name_en:
            return actor
        unidentified = generic_actor("unidentified", self.country)
        unidentified.text = span.text
        return unidentified

    def named_by_strike_only(self, start: int, end: int) -> frozenset[str]:
        """The keys of the parties text[start:end] names only by a strike's nationality adjective
        («الغارات التركية»: the entity step's `striker` spans), by no other span."""
        struck = {actor_key(self.resolve(s)) for s in self.spans if start <= s.start < end and "striker" in s.attrs}
        if not struck:
            return frozenset()
        named = {actor_key(self.resolve(s)) for s in self.spans if start <= s.start < end and not "striker" in s.attrs}
        return frozenset(struck - named)

    def doer(self, trigger_start: int, trigger_end: int, start: int, end: int, liberation: bool = False) -> Actor | None:
        """Who did what a verb says in text[start:end] (its clause): the actor right after the
        verb, dates between not counted («سيطر المسلحون الحوثيون أمس على …», «سيطرت صباح أمس قوات
        الجيش»), else the subject before it — the first actor after the last «أن/إن» of reported
        speech («أعلنت المقاومة أن الحوثيين سيطروا»), else the clause's first («ومسلحو القاعدة الذين
        اشتبكوا مع قوات الجيش أمس سيطروا»: not the army of the relative clause); civilians never
        act. None when neither is named.

        `liberation`: the trigger says a place was freed or cleared of someone («تحرير», «طرد»,
        «دحر», «تمشيط»). The party right after a verbal noun is its object («تمكنت المقاومة من
        دحر الحوثيين», «تم طرد الحوثيين», «تطهير ما تبقى من فلول المتمردين»), and so is the party
        a verb drives out «من» a place («وطردت الاثنين الحوثيين وحلفاءهم من آخر معاقلهم»): neither
        took the place."""
        spans = [s for s in self.spans if start <= s.start < end and s.attrs.get("inter") != 7]
        noun = liberation and self._verbal_noun(trigger_start, trigger_end, start)
        after = [] if noun else [
            s for s in spans if s.start >= trigger_end and self._gap(trigger_end, s.start) <= DOER_GAP
            and self._word_before(trigger_end, s.start) not in self.targets
            and not self._object_after(trigger_end, s.start)
            and not self._taken_from(trigger_end, s.start)
            and not self._counted_after_arrest_noun(trigger_start, trigger_end, s.start)
            and not (liberation and self._driven_out(s, end))]
        if after:
            return self.resolve(min(after, key=lambda s: s.start))
        told = self._reported_speech(start, trigger_start)
        before = [s for s in spans if told <= s.start and s.end <= trigger_start and not self._role_in(start, s.start)]
        split = None if noun else self.split_subject(trigger_start, start)
        if split is not None:
            return split
        if noun:  # the subject of the verb governing the noun, right before it («تمكنت المقاومة من دحر»);
            # none after a passive «تم» («حتى تم تحرير المدينة منهم»). Rebels named before a place
            # freed are mostly who it was freed from («أسرى من ميليشيات الحوثي … أثناء تمشيط لحج»).
            if self._passive(start, trigger_start):
                return None
            takers = [s for s in before if s.attrs.get("inter") != 2 or self._subject_of(s, trigger_start)]
            return self.resolve(max(takers, key=lambda s: s.start)) if takers else None
        return self.resolve(min(before, key=lambda s: s.start)) if before else None

    def _counted_after_arrest_noun(self, trigger_start: int, trigger_end: int, offset: int) -> bool:
        """«أعلنت مصادر أمنية اعتقال خمسة مستوطنين»: a party counted by a figure right before it, after
        an arrest told as a verbal noun (`arrest_nouns`), is who was arrested; the noun's doer stands
        right after it uncounted («اعتقال الشرطة خمسة …»)."""
        from core.entities.numbers import is_number_word

        words = self.doc.text[trigger_start:trigger_end].split()
        return bool(words) and variant_in(normalized(words[0]), self.arrest_nouns) \
            and is_number_word(self._word_before(trigger_end, offset))

    def supporters(self, start: int, end: int) -> set[str]:
        """Keys of the parties named in text[start:end] at most four words after a word of backing
        (`supporter_words`: «قوات هادي المدعومة جوا وبرا من قوات التحالف», «بدعم من التحالف»), the
        first party after it or one listed with that party («بدعم من التحالف والقوات السعودية»)."""
        backing = word_set("supporter_words")
        out: set[str] = set()
        for s in self.spans:
            if not start <= s.start < end:
                continue
            words = self._whole_words(start, s.start)[-4:]
            at = next((i for i in range(len(words) - 1, -1, -1) if normalized(words[i]) in backing), None)
            if at is None:
                continue
            since = self.doc.text.rfind(words[at], start, s.start)
            if any(since < t.start < s.start and not self._coordinated(t, s) for t in self.spans):
                continue  # the first party after it («بدعم من التحالف تقدمت قوات الجيش»: the army acts)
            out.add(actor_key(self.resolve(s)))
        return out

    def split_subject(self, trigger_start: int, start: int) -> Actor | None:
        """«فر مسلحو الحوثي …، وألقت المقاومة [أمس] القبض على خمسة منهم»: the party right between a
        verb that the trigger phrase is split by (`split_trigger_verbs`) and the rest of the phrase
        is the verb's subject — not the clause's first party; None when no party stands so."""
        told = self._reported_speech(start, trigger_start)
        split = [s for s in self.spans if told <= s.start and s.end <= trigger_start and s.attrs.get("inter") != 7
                 and self._gap(s.end, trigger_start) <= 0
                 and variant_in(self._word_before(start, s.start), self.split_verbs)]
        return self.resolve(split[-1]) if split else None

    def passive_arresters(self, trigger_start: int, start: int, end: int) -> list[Actor] | None:
        """An arrest told in the passive («وتم [أمس] القبض على خمسة من عناصر الحوثي», «فر مسلحو
        الحوثي …، وتم القبض على خمسة منهم»): the parties named after «من قبل/على يد/بواسطة»
        (`passive_agent_words`) in text[trigger_start:end] made it; None when the trigger is no
        passive (every other party named is then who was arrested)."""
        if not self._passive(start, self._before_date(start, trigger_start)):
            return None
        agent_words = word_set("passive_agent_words")
        return [self.resolve(s) for s in self.spans if trigger_start <= s.start < end
                and self._word_before(trigger_start, s.start) in agent_words]

    def noun_arrestees(self, trigger_start: int, trigger_end: int, start: int, end: int) -> list[Actor] | None:
        """An arrest told as a verbal noun (`arrest_nouns`: «أعلنت الوزارة تنفيذ عمليات اعتقال بحق 41
        عنصرا من تنظيم داعش») with no party named before it in its clause (after reported speech): the
        parties named after it in text[trigger_end:end] were arrested, none arrested them; None when
        the trigger is a verb or a party stands before it («أعلنت الشرطة اعتقال …»: the police did)."""
        words = self.doc.text[trigger_start:trigger_end].split()
        if not words or not variant_in(normalized(words[0]), self.arrest_nouns):
            return None
        told = self._reported_speech(start, trigger_start)
        if any(told <= s.start < trigger_start and s.attrs.get("inter") != 7 for s in self.spans):
            return None
        return [self.resolve(s) for s in self.spans if trigger_end <= s.start < end and s.attrs.get("inter") != 7]

    def held_before(self, trigger_start: int, trigger_end: int, start: int, end: int) -> list[Actor]:
        """A place taken with no taker named, where the only armed parties are named after the
        trigger as its former holders («تمكنت من السيطرة على عدد من المواقع التي كانت تسيطر عليها
        جماعة الحوثي», «سيطرتها على خمسة مواقع للحوثيين», «… التي كانت تحت سيطرة الحوثيين»): those
        parties; [] when any party is named before the trigger or one after it is not so held.
        A party that only tells the news («قال قيادي في المقاومة: إن البطلة … انتهت بالسيطرة على
        …») is no party named before; a party owning the place taken, «ل» glued to it past the
        place's adjectives («أحد المواقع العسكرية المهمة لمليشيات الحوثي»), held it."""
        told = self._reported_speech(start, trigger_start)
        said = {normalized(w) for w in self.doc.text[start:told].split()}
        said |= {w[1:] for w in said if w[:1] in CONJUNCTIONS}
        if told > start and said & self.attribution:
            start = told
        spans = [s for s in self.spans if start <= s.start < end and s.attrs.get("inter") != 7]
        if not spans or any(s.start < trigger_start for s in spans):
            return []
        if all(self._word_before(trigger_end, s.start) in self.holders or self._owner_of_place(trigger_end, s)
               for s in spans):
            return [self.resolve(s) for s in spans]
        return []

    def _owner_of_place(self, trigger_end: int, span: Span) -> bool:
        """«السيطرة على أحد المواقع العسكرية المهمة لمليشيات الحوثي»: the party has «ل» glued to it
        and a place word stands between the trigger and it (its owner, no taker)."""
        before = self.doc.text[trigger_end:span.start]
        if not before or before[-1].isspace() or normalized(before.split()[-1]) not in ("ل", "لل"):
            return False
        words = [normalized(w) for w in before.split()[:-1]]
        return any(w in self.targets or (w.startswith("ال") and w[2:] in self.targets) for w in words)

    def _passive(self, start: int, trigger_start: int) -> bool:
        before = self.doc.text[start:trigger_start].split()
        return bool(before) and normalized(before[-1]).lstrip("و") in self.passive

    def _subject_of(self, span: Span, trigger_start: int) -> bool:
        """«تمكن الحوثيون أمس من استعادة …», «استطاع الحوثيون استعادة …»: the party right before
        the noun, only dates and «من» between, is the subject of the verb governing it."""
        covered = [d for d in self.dates if span.end <= d.start and d.end <= trigger_start]
        text = self.doc.text[span.end:trigger_start]
        for d in sorted(covered, key=lambda d: -d.start):
            text = text[:d.start - span.end] + " " + text[d.end - span.end:]
        return all(normalized(w) == "من" for w in text.split())

    def _gap(self, start: int, end: int) -> int:
        """Characters between two offsets, dates left out («سيطرت صباح أمس قوات الجيش»)."""
        covered = sum(max(0, min(end, d.end) - max(start, d.start)) for d in self.dates)
        return len(self.doc.text[start:end].strip()) - covered

    def _reported_speech(self, start: int, end: int) -> int:
        """The offset after the last «أن/إن» opening reported speech in text[start:end] («بعد أن»,
        «قبل أن» open no speech); `start` when there is none."""
        at = start
        for m in REPORTED_THAT.finditer(self.doc.text, start, end):
            words = self.doc.text[start:m.start()].split()
            if not words or normalized(words[-1]) not in ("بعد", "قبل", "منذ"):
                at = m.end()
        return at

    def _taken_from(self, start: int, offset: int) -> bool:
        """«طهرت جبل صبر من الحوثيين», «استعادت عدن من أيدي الحوثيين»: the party after «من» (or
        «من أيدي/قبضة/سيطرة») is who a place was taken from, not who took it — unless «من» counts
        a part of them («سيطر عدد من المسلحين على …»)."""
        words = [normalized(w) for w in self.doc.text[start:offset].split()]
        if len(words) >= 2 and words[-2] in ("من", "ومن") and words[-1] in self.holds:
            return True
        if not words or words[-1] not in ("من", "ومن"):
            return False
        return len(words) < 2 or words[-2] not in self.quantities

    def _verbal_noun(self, trigger_start: int, trigger_end: int, clause_start: int) -> bool:
        """The trigger is a verbal noun, not a finite verb: a form only a noun takes («تحرير»,
        «تطهير», «استعادة»; `freeing_nouns`), a «ب/ل» glued to it («بطرد»), or a word before it
        that a noun follows («تم», «من», «بعد», «في»; `verbal_noun_before`)."""
        words = self.doc.text[trigger_start:trigger_end].split()
        word = normalized(words[0]) if words else ""
        if variant_in(word, self.freeing_nouns):
            return True
        if word[:1] in ("ب", "ل") and word[1:] in self.freeing_nouns | self.ambiguous_nouns \
                or word[:2] in ("وب", "ول") and word[2:] in self.freeing_nouns | self.ambiguous_nouns:
            return True
        before = self.doc.text[clause_start:trigger_start].split()
        return bool(before) and normalized(before[-1]).lstrip("و") in self.noun_before | self.passive

    def _driven_out(self, span: Span, end: int) -> bool:
        """«طردت الاثنين الحوثيين وحلفاءهم من …»: «من» right after the party (at most two «و…»
        words between) — the party driven out, not the one driving it."""
        for k, word in enumerate(re.finditer(r"\S+", self.doc.text[span.end:end])):
            w = normalized(word.group())
            if w in ("من", "ومن"):
                # «استعاد الحوثيون من المقاومة مدينة …»: «من» + a party (one word may stand before
                # its span: «قوات الجيش») is whom the place was taken from; the party before took it
                at = span.end + word.end()
                return not any(s.start >= at and len(self.doc.text[at:s.start].split()) <= 1 for s in self.spans)
            if not w.startswith("و") or k >= 2:
                return False
        return False

    def _object_after(self, trigger_end: int, offset: int) -> bool:
        """«ألقت القبض مساء أمس على قيادي حوثي»: a party after «على» and a noun (dates between not
        counted) is the verb's object, not its doer."""
        words = [normalized(w) for w in self.doc.text[trigger_end:offset].split()]
        return "علي" in words[:-1] or "على" in words[:-1]

    def _death_idiom_after(self, span: Span) -> bool:
        """«لقي جندي سعودي حتفه», «لقيت عناصر من الميليشيات مصرعها»: the idiom of dying closes after
        the party (`death_idiom_ends` within DEATH_IDIOM_REACH characters, no punctuation between);
        «لقي الحوثيون مقاومة شرسة» is meeting, not dying."""
        after = self.doc.text[span.end: span.end + DEATH_IDIOM_REACH]
        after = CLAUSE_MARK.split(after, maxsplit=1)[0]
        return any(normalized(w) in self.death_idiom_ends for w in after.split())

    def _one_person(self, span: Span) -> bool:
        """The party's first word is a singular indefinite noun of a person («جندي سعودي», «ضابط
        يمني»: `single_person_nouns`): the subject of a passive killing verb before it, no doer."""
        words = span.text.split()
        return bool(words) and normalized(words[0]) in self.single_persons

    def _whole_words(self, start: int, offset: int) -> list[str]:
        """The whole words of the text from `start` to `offset`, as written (a proclitic glued to the
        span at `offset` is not a word)."""
        before = self.doc.text[start:offset]
        words = before.split()
        if words and before and not before[-1].isspace():
            words = words[:-1]  # «لل» of «للميليشيات», «و» of «والميليشيات»
        return words

    def _words_before(self, start: int, offset: int) -> list[str]:
        """The whole words before `offset`, normalised (a proclitic glued to the span is not a word)."""
        return [normalized(w) for w in self._whole_words(start, offset)]

    def _role_in(self, start: int, offset: int) -> bool:
        """The party at `offset` follows a person's role and «في» (`member_role_words`: «منزل القيادي
        في حركة حماس», «عضو في حزب …»): whose member a man is, in the genitive — not who acts."""
        words = self._words_before(start, offset)[-3:]
        if len(words) < 2 or words[-1] != "في":
            return False
        roles = self.member_roles
        return any(variant_in(w, roles, depth=1) for w in words[-3:-1][-1:]) \
            or (len(words) == 3 and words[-2] in ("بارز", "البارز") and variant_in(words[-3], roles, depth=1))

    def _member_of(self, start: int, offset: int) -> bool:
        """The party at `offset` comes right after a word of membership (`membership_words`), «إلى»
        between or not: «يشتبه في انتمائهم لتنظيم داعش», «ينتمون إلى حزب العمال الكردستاني»."""
        words = self._words_before(start, offset)[-2:]
        if words and words[-1] == "الي":
            words = words[:-1]
        if not words:
            return False
        last = words[-1]
        return last in self.membership or (last[:1] == "و" and last[1:] in self.membership)

    def _equipment_of(self, start: int, offset: int, span: Span) -> bool:
        """«قصفت مدفعية تابعة لقوات صالح قرية …», «إن دبابات تابعة للحوثيين قصفت الأحياء»: a party
        right after «تابعة/التابعة ل» (`owner_after`) that follows, at most EQUIPMENT_ADJECTIVES words
        before, a weapon that fires (`firing_equipment_nouns`: tanks, guns, aircraft, warships) is
        who fired when the weapon is the subject — a verb of firing right before the weapon
        (`equipment_subject_verbs`, VSO) or right after the party (SVO). «دمرت الطائرات دبابات تابعة
        للحوثيين», «استهداف مدفعية تابعة للحوثيين» keep the owner hit (no verb right before the weapon)."""
        words = self._words_before(start, offset)
        if not words or words[-1] not in self.owner_words:
            return False
        k = next((j for j in range(len(words) - 2, max(len(words) - 3 - EQUIPMENT_ADJECTIVES, -1), -1)
                  if words[j] in self.firing_equipment), None)
        if k is None:
            return False
        if k > 0 and variant_in(words[k - 1], self.equipment_verbs, depth=1):
            return True
        if k > 0 and words[k - 1] not in ("ان", "لان", "بان", "وان"):
            return False  # «دمرت الطائرات دبابات تابعة ل…»: the weapon is an object
        after = self.doc.text[span.end: span.end + 60].split()[:EQUIPMENT_ADJECTIVES + 1]
        return any(normalized(w) in self.equipment_verbs for w in after)

    def _word_before(self, start: int, offset: int) -> str:
        """The whole word before `offset` (a proclitic glued to the span is not a word)."""
        words = self._whole_words(start, offset)
        return normalized(words[-1]) if words else ""

    def _after_between(self, start: int, offset: int) -> bool:
        """The party at `offset` opens «بين X و Y»: «بين» right before it, or «بين» then at most three
        words naming its members («بين ضباط وأفراد من الموالين لصالح والحوثيين», «بين مسلحين من
        أنصار صالح والحوثيين»: members of the first side, the second side after «و»)."""
        words = self._words_before(start, offset)
        if not words:
            return False
        if words[-1] == "بين":
            return True
        if "بين" not in words[-4:]:
            return False
        k = len(words) - 1 - words[::-1].index("بين")
        members = [w[1:] if w[:1] == "و" and len(w) > 3 else w for w in words[k + 1:]]
        return all(w in self.members or w in self.figure_nouns or any(w.startswith(s) for s in self.armed_stems)
                   for w in members)

    def _backing(self, prev: Span, span: Span) -> bool:
        """The party at `span` backs the party right before it: at most BACKING_WORDS whole words
        between, one of them a word of backing (`supporter_words`: «المدعومة», «بمساندة») or the
        last two «إلى جانب» (`alongside_phrases`) — «قوات النظام المدعمة بعناصر حزب الله», «قوات
        هادي المدعومة جوا وبرا من قوات التحالف», «قوات النظام بمساندة ميليشيا حزب الله»."""
        words = [normalized(w) for w in self._whole_words(prev.end, span.start)]
        if not words or len(words) > BACKING_WORDS:
            return False
        if prev.attrs.get("alliance") and span.attrs.get("alliance"):
            # both of the war's alliances (actors.json `alliance`): `merge.sides_by_alliance` puts
            # them together once the candidates are scored, and the codability model learnt their
            # sides as this step gave them before (joined here, two Lahij takeovers scored lower)
            return False
        backing = word_set("supporter_words")
        if any(w in backing for w in words):
            return True
        return len(words) >= 2 and " ".join(words[-2:]) in self.alongside

    def _side_closed_after(self, span: Span, end: int) -> bool:
        """«بين قوات النظام وعناصر حزب الله من جهة، وفصائل المعارضة من جهة أخرى»: a phrase closing
        the first side (`side_closers`: «من جهة», «من طرف», «من ناحية») right after the party
        (a comma or nothing between): the parties joined by «و» before it are one side."""
        words = [normalized(w.strip("،,")) for w in self.doc.text[span.end:end].split()[:2]]
        return len(words) == 2 and " ".join(words) in self.side_closers

    def _coordinated(self, prev: Span, span: Span) -> bool:
        """Only «و», a comma, or an adjective then «و» between two actors: one side."""
        gap = self.doc.text[prev.end: span.start]
        words = gap.split()
        if not words:
            return not self._object_after_definite(prev, span)
        if len(words) > 3:
            return False
        if gap.rstrip().endswith(("و", "،", ",")) or not gap[-1:].isspace() and gap.rstrip().endswith("و"):
            return all(w in ("و", "،", ",", "،و") or normalized(w).startswith("ال") for w in words[:-1])
        return False

    def _object_after_definite(self, prev: Span, span: Span) -> bool:
        """«اعتقل الجيش الإسرائيلي مستوطنين اثنين»: an indefinite party in the accusative or oblique
        plural («مستوطنين», «مسلحين», «عنصرا»: its first word has no «ال» and ends in «ين» or «ا»)
        right after a definite one is neither its adjective nor its annexed noun (they would agree in
        definiteness): the first is the verb's subject, the second its object — two sides."""
        first = normalized(self.doc.text[span.start: span.end].split()[0]) if span.end > span.start else ""
        last = normalized(self.doc.text[prev.start: prev.end].split()[-1]) if prev.end > prev.start else ""
        return last.startswith("ال") and not first.startswith(("ال", "وال")) and first.endswith(("ين", "ا"))

    def role(self, span: Span, start: int, seizure: bool = False) -> str:
        """The part the party at `span` plays in the clause that begins at `start`: "agent" (who acts),
        "target" (what is hit or held) or "victim" (who died), read from the words before it.
        `seizure`: the event is an abduction or an arrest (a post's holder seizes, `attacked_post_nouns`)."""
        if span.attrs.get("victim_noun"):
            return "victim"  # «قتل مسلحون مجهولون شرطيا»: police counted dead (`police_victims`)
        dated = self._before_date(start, span.start)
        last = self._word_before(start, dated)
        if self._holder(start, dated):
            return "target"  # «استهداف مواقع في الحوطة الخاضعة لسيطرة الحوثيين»: who holds the place hit
        if self._member_of(start, dated):
            return "target"  # «القبض على 9 أشخاص يشتبه في انتمائهم لتنظيم داعش»: what the held belong to
        if self._role_in(start, dated):
            return "target"  # «داهمت منزل القيادي في حركة حماس … واعتقلت نجله»: whose member the man is
        if self._equipment_of(start, dated, span):
            return "agent"  # «قصفت مدفعية تابعة لقوات صالح قرية …»: the guns' owner fired
        if last in self.targets and not self._nominative_after_verb(span, last) \
                and not self._subject_before_date(span, last) and not self._object_party_after(span, last):
            return "target"
        if last in self.owned_objects and self._glued_la(start, span.start):
            return "target"  # «استهدف الثوار دبابة لقوات النظام بصاروخ تاو»: whose tank was hit
        if not seizure and last in self.posts and self._glued_la(start, span.start):
            return "target"  # «فجر انتحاري نفسه على حاجز لوحدات حماية الشعب»: who held the checkpoint hit
            # (not «تمت عملية الخطف على حاجز لجبهة النصرة»: the checkpoint's holder seized them)
        if dated < span.start and self._object_after_subject(span, start, dated):
            return "target"
        if last == "من" and self._fired_by(self._words_before(start, dated)[:-1]):
            return "agent"  # «قتل خمسة مدنيين برصاص قناصة من الحوثيين»: who fired, not who died
        if last in self.victim_cues and any(c.end <= span.start and span.start - c.end < 40 for c in self.casualties):
            return "victim"  # «مقتل 20 من الحوثيين», «سقط عشرات القتلى في صفوف الحوثيين»
        words = self._words_before(start, dated)
        if len(words) >= 2 and last in self.members and words[-2] in self.victim_cues \
                and any(c.end <= span.start and span.start - c.end < 40 for c in self.casualties):
            return "victim"  # «سقط تسعة قتلى على الأقل من صفوف مقاتلي تنظيم داعش»: a member noun between
        partitive = False
        if len(words) >= 2 and last in self.members and words[-2] in self.partitives:
            words, last = words[:-1], words[-2]  # «استشهاد أحد رجال حرس الحدود»: the member's noun, then «أحد»
        if last in self.partitives:  # «استشهد أحد رجال الأمن»: the word before «أحد»
            partitive = True
            last = words[-2] if len(words) >= 2 else ""
        last = last.removeprefix("و") if len(last) > 3 else last  # «واستشهد أحد أفراد …»
        if last in self.partitive_deaths and not partitive and self._one_person(span):
            return "victim"  # «قتل جندي سعودي أمس بمقذوف حوثي»: a singular indefinite person after «قتل» is who died
        if last in self.meeting_words and self._death_idiom_after(span):
            return "victim"  # «لقي جندي سعودي حتفه بقذيفة أطلقها الحوثيون»: who died
        if last in self.death_words or (partitive and last in self.partitive_deaths):
            return "victim"  # «استشهد جندي سعودي بقذيفة …», «لقي جندي حتفه», «قتل أحد أفراد المقاومة»: who died, not who fired
        if self._counted(span) and not span.attrs.get("weapon_category"):
            # «لقي 15 حوثيا مصرعهم في قصف …»: the figure's noun is who died — not aircraft counted
            # («بالغارات التي نفذتها أربع مقاتلات تركية»: the means, who flew them struck)
            return "victim"
        return "agent"

    def _glued_la(self, start: int, offset: int) -> bool:
        """A «ل» (or «لل») of possession glued to the party at `offset` («دبابة لقوات النظام»)."""
        before = self.doc.text[start:offset]
        if not before or before[-1].isspace():
            return False
        glued = before.split()[-1] if before.split() else ""
        return _DIACRITICS.sub("", glued).rstrip("ـ") in ("ل", "لل")

    def _purpose_party(self, start: int, span: Span, triggers: Sequence[tuple[int, int]] = ()) -> bool:
        """The party at `span` comes right after the purpose «ل» + a noun of fighting
        (`purpose_party_nouns`: «لمحاربة داعش», «لقتال تنظيم الدولة», «للتصدي لتنظيم داعش»), one head
        word (`purpose_party_heads`: «لمحاربة تنظيم داعش») allowed between: whom someone means to
        fight, no side of the event told — not after a coalition's or a campaign's name
        (`purpose_party_names`: «التحالف الدولي لمحاربة داعش», «الحملة العسكرية لمواجهة «داعش» بشن
        أولى غاراتها»: its enemy is still the one it strikes), nor when the purpose noun is one of
        the event's own `triggers` (then the phrase is the event told, whatever it is worth)."""
        whole = self._whole_words(start, span.start)
        words = [normalized(w) for w in whole]
        if words and words[-1] in self.purpose_heads:
            words, whole = words[:-1], whole[:-1]
        if not words:
            return False
        if not purpose_noun(words[-1], "purpose_party_nouns", conjunctions="و"):
            return False
        at = self.doc.text.rfind(whole[-1], start, span.start)
        if any(a < at + len(whole[-1]) and at < b for a, b in triggers):
            return False
        return not any(w in self.purpose_names for w in words[-3:-1])

    def _holder(self, start: int, offset: int) -> bool:
        """The party is named as who holds a place (`held_by_phrases` right before it: «مواقع في الحوطة
        الخاضعة لسيطرة ميليشيات الحوثي», «المديرية التي يسيطر عليها الحوثيون», «المناطق التي تتمركز
        فيها الميليشيات»): the side whose place was hit or taken, not who acted."""
        words = self._words_before(start, offset)
        return any(" ".join(words[-n:]) in self.held_by for n in (2, 3) if len(words) >= n)

    def civilians_counted(self, start: int, end: int) -> bool:
        """The dead or wounded counted in text[start:end] are named as civilians or people
        (`civilian_victim_nouns`, `people_victim_nouns`: «12 مدنيا», «27 شخصا من سكان الحي»), and
        none as fighters or forces."""
        civil = tuple(word_set("civilian_victim_nouns")) + tuple(word_set("people_victim_nouns"))
        heads = []
        for c in self.casualties:
            if start <= c.start < end and (c.attrs or {}).get("role") in ("killed", "injured"):
                whose = normalized((c.attrs or {}).get("whose") or "").split()
                heads.append(whose[0].removeprefix("ال") if whose else "")
        return bool(heads) and all(h.startswith(civil) for h in heads if h) and any(heads)

    def _fired_by(self, words: list[str]) -> bool:
        """The words before «من» end with the fire that hit («برصاص», «بنيران»: `fire_by_words`),
        or with shooters right after it («برصاص قناصة»: `fire_by_shooters`). Shooters alone are who
        was hit («أصيب قناصة من الحوثيين في قصف …»: they were wounded)."""
        if words and words[-1] in self.fire_by_shooters:
            words = words[:-1]
        return bool(words) and words[-1] in self.fire_by

    def _landmark_owner(self, span: Span, start: int) -> bool:
        """«استهدفت دورية عسكرية جوار معسكر قوات الأمن الخاصة»: a force named in a camp's or
        headquarters' name after a word of nearness (`beside_words`) owns a landmark that tells
        where the event was; it is no side of it."""
        words = [normalized(w) for w in self.doc.text[start:span.start].split()]
        if self.doc.text[start:span.start][-1:].strip():
            words = words[:-1]  # a proclitic glued to the span
        if len(words) < 2 or not variant_in(words[-1], word_set("landmark_heads")):
            return False
        beside = word_set("beside_words")
        return words[-2] in beside or " ".join(words[-3:-1]) in beside

    def _before_date(self, start: int, offset: int) -> int:
        """Where the words before `offset` begin once a date told right before it is left out:
        «استهدفت المدفعية السعودية أمس الحوثيين» — the party after «أمس» is still the verb's
        object."""
        for d in self.dates:
            if start <= d.start and d.end <= offset and not self.doc.text[d.end:offset].strip():
                return d.start
        return offset

    def _object_after_subject(self, span: Span, start: int, date_start: int) -> bool:
        """Verb, subject, date, object: «استهدفت المدفعية السعودية أمس الحوثيين» — a targeting
        verb at most SUBJECT_WORDS words before the date, the subject between, and the party after
        the date not in the nominative «ـون» is the object (a date closes the subject: no
        «مدفعية الحوثيين» construct runs across it)."""
        words = [normalized(w) for w in self.doc.text[start:date_start].split()]
        subject = words[-SUBJECT_WORDS - 1:]
        verb = next((k for k in range(len(subject) - 2, -1, -1)
                     if variant_in(subject[k], self.subject_object_verbs)), None)
        if verb is None or verb == len(subject) - 1:
            return False
        first = span.text.split()[:1]
        return bool(first) and not normalized(first[0]).endswith("ون")

    def _nominative_after_verb(self, span: Span, verb: str) -> bool:
        """«استهدف المتمردون الحوثيون أمس مطار عدن»: a party right after a targeting verb whose
        first word has the nominative plural «ـون» is the verb's subject, not its object
        («استهدفت الطائرات الحوثيين» is the object: «ـين»)."""
        if verb not in self.targeting_verbs:
            return False
        words = span.text.split()
        return bool(words) and normalized(words[0]).endswith("ون")

    def _object_party_after(self, span: Span, verb: str) -> bool:
        """«استهدفت الفصائل المعارضة تمركزات لقوات النظام بقذائف الهاون»: a party right after a
        targeting verb, then a noun of what is hit (`target_cues`, `owned_object_nouns`) naming another
        party («تمركزات لقوات النظام», «مواقع الحوثيين») is the verb's subject: the verb, its subject,
        then its object (VSO) — the party hit is the second."""
        if verb not in self.targeting_verbs:
            return False
        after = next((s for s in self.spans if s.start >= span.end), None)
        if after is None or after.start - span.end > 40:
            return False
        gap = self.doc.text[span.end:after.start]
        words = gap.split()
        glued = bool(gap) and not gap[-1].isspace()  # «لقوات»: the «ل» of possession glued to the party
        if glued:
            if not words or _DIACRITICS.sub("", words[-1]).rstrip("ـ") not in ("ل", "لل"):
                return False
            words = words[:-1]
        if len(words) != 1:
            return False
        noun = normalized(words[0])
        return noun in self.targets or noun in self.owned_objects


    def _subject_before_date(self, span: Span, verb: str) -> bool:
        """«استهدفت ميليشيات الحوثي وحلفاؤهم أمس أحياء مدينة ظهران الجنوب»: a party right after a
        targeting verb, then (its allies and adjectives, then) a date, then a noun that is no
        preposition nor a «بـ» of the means (`not_objects_after_date`: «استهدفت ميليشيات الحوثي أمس
        بغارات» keeps the party hit) is the verb's subject: the date closes the subject, the object
        follows it."""
        if verb not in self.targeting_verbs:
            return False
        date = next((d for d in self.dates if d.start >= span.end and d.start - span.end <= 60), None)
        if date is None:
            return False
        for word in re.finditer(r"\S+", self.doc.text[span.end:date.start]):
            at = span.end + word.start()
            w = normalized(word.group())
            if not (w.startswith(("و", "ال")) or any(s.start <= at < s.end for s in self.spans)):
                return False
        after = self.doc.text[date.end:date.end + 40].split()[:1]
        if not after:
            return False
        w = normalized(after[0].strip("،,."))
        means = w.startswith("ب") and w not in self.ba_objects  # «بغارات», not «بلدة الوازعية»
        return bool(w) and not means and w not in self.not_objects and after[0][:1] not in "،,.:"

    def _counted(self, span: Span) -> bool:
        """The actor is the noun of a casualty figure before it («15 حوثيا», «سبعة حوثيين»), with
        at most three words of the figure's noun between («12 مسلحا حوثيا», «14 عنصرا من
        ميليشيات الحوثي», «9 من مسلحي الحوثي»: `figure_nouns`, or a word of `armed_victims`)."""
        figure = any(n.end <= span.start and self._figure_noun(self.doc.text[n.end: span.start])
                     for n in self.numbers if span.start - 30 <= n.end <= span.start)
        return figure and any(abs(c.start - span.start) < 60 for c in self.casualties)

    def _figure_noun(self, gap: str) -> bool:
        words = [normalized(w) for w in gap.split()]
        if gap[-1:] and not gap[-1].isspace():
            return False  # a word glued to the party («لـ», «بـ»): not the figure's own noun
        return len(words) <= 3 and all(w in self.figure_nouns or any(w.startswith(s) for s in self.armed_stems)
                                       for w in words)

    def sides(self, start: int, end: int, triggers: Sequence[tuple[int, int]] = (),
              others: Sequence[tuple[int, int]] = (), air: bool = False,
              seizure: bool = False) -> tuple[list[Actor], list[Actor]]:
        """(side1, side2) for the actors named in text[start:end]; `triggers`: the event's own trigger
        words, `others`: other events' — a strike's nationality adjective names who struck its strike
        (`_strikers_event`); `air`: the event is an air strike (`_strike_parties`); `seizure`: an
        abduction or an arrest (`role`)."""
        spans = [s for s in self.spans if start <= s.start < end and not self._landmark_owner(s, start)
                 and self._strikers_event(s, triggers, others) != "other"]
        aims = [s for s in spans if self._purpose_party(start, s, triggers)]
        if aims and len(aims) < len(spans):  # «… تلقت تدريبات لمحاربة داعش»: whom someone means to fight
            spans = [s for s in spans if s not in aims]
        groups: list[tuple[str, list[Span]]] = []
        for k, span in enumerate(spans):
            prev = spans[k - 1] if k else None
            after_between = bool(groups) and self._after_between(start, groups[-1][1][0].start) and len(groups[-1][1]) == 1
            if prev is not None and self._coordinated(prev, span) \
                    and bool(prev.attrs.get("victim_noun")) == bool(span.attrs.get("victim_noun")):
                # (not the police counted dead right after who killed them: «قتل مسلحون مجهولون شرطيا»)
                if after_between and not self._side_closed_after(span, end):  # «بين رجال المقاومة والميليشيات»: the two sides
                    groups.append(("target", [span]))
                else:  # «بين قوات النظام وعناصر حزب الله من جهة، والمعارضة من جهة أخرى»: one side
                    groups[-1][1].append(span)
                continue
            if prev is not None and groups and self._backing(prev, span):
                # «قوات النظام المدعومة بعناصر حزب الله», «بمساندة …», «إلى جانب …»: the ally fights
                # on the side of the party it backs, whatever the words before that party make it
                groups[-1][1].append(span)
                continue
            if self._word_before(start, span.start) in self.helping_verbs:
                agents = [g for r, g in groups if r == "agent"]
                if agents:  # «ضربات التحالف … ساعدت وحدات حماية الشعب على تعزيز سيطرتها»: who was helped
                    agents[0].append(span)  # fights on the side of who helped it, it is not hit
                    continue
            role = ("target" if span.attrs.get("inter") == 7 else "agent" if self._strikers_event(span, triggers, others) == "own"
                    else self.role(span, start, seizure))  # civilians never act; a strike's adjective names who struck
            groups.append((role, [span]))
        groups = self._reporters(self._heard(groups, start, end), start, end)
        if any(r == "target" for r, _ in groups) and self.civilians_counted(start, end):
            # «قصفت الطائرات حيا في مدينة دوما الخاضعة لسيطرة المعارضة ما أدى إلى مقتل 12 مدنيا»: who
            # holds the place is no side when the dead or wounded counted are civilians (ACLED: Civilians)
            groups = [(r, g) for r, g in groups
                      if not (r == "target" and self._holder(start, self._before_date(start, g[0].start)))]
        if air:
            groups = self._strike_parties(groups, [a for a, _ in triggers if start <= a < end])
        marked = [k for k, (r, g) in enumerate(groups)
                  if self._strikers_event(g[0], triggers, others) == "own" or r == "agent" and self._marked_agent(g[0], start)]
        if marked:  # a strike's nationality adjective («الغارات التركية») names who struck, whatever the
            # words before it; and «… ترافقت مع قصف من قبل الفصائل تمركزات لقوات النظام»: the party the words name as
            # the doer («من قبل», «على يد», «بواسطة») leads, whoever the clause named before it
            groups = [groups[marked[0]]] + groups[:marked[0]] + groups[marked[0] + 1:]
        ordered = [g for r, g in groups if r == "agent"] + [g for r, g in groups if r != "agent"]
        side1: list[Actor] = []
        side2: list[Actor] = []
        seen: set[str] = set()
        if groups and all(r != "agent" for r, _ in groups):
            # «لقي 15 حوثيا مصرعهم في قصف …», «استهدف قصف مدفعي مواقع الحوثيين»: only who was hit is
            # named; side1 stays empty (the merge step lets a fight's only party lead, not a shell's target)
            ordered = [[]] + ordered
        for gi, group in enumerate(ordered):
            for span in group:
                if _unread_state_side(span):
                    continue  # it takes its role in the clause, but names no party
                actor = self.resolve(span)
                key = actor_key(actor)
                if key in seen:
                    continue
                seen.add(key)
                (side1 if gi == 0 else side2).append(actor)
        return side1, side2


    def _strike_parties(self, groups: list[tuple[str, list[Span]]],
                        own: Sequence[int] = ()) -> list[tuple[str, list[Span]]]:
        """An air strike's parties are who flew it and who was hit: when the clause names a party that
        flies (`_flies`) and someone hit (a target or victim), the other parties acting named after
        the first one hit belong to the clause's other deeds («غارات شنها طيران التحالف على مواقع
        التنظيم في محيط الحسكة التي تشهد اشتباكات بين التنظيم ووحدات الحماية»: the YPG neither
        struck nor was struck). With the strike's own trigger in the clause (`own`: offsets), a party
        told before it is one hit only as the strike's dead («قتل 14 من التنظيم في غارات …»): a target
        there is another deed's («استسلم عناصر الحرس الجمهوري … بعد غارات … على الموقع الذي كانت
        ميليشيات الحوثي تسيطر عليه»: the Houthis, after it, hold what was struck)."""
        agents = [k for k, (r, _) in enumerate(groups) if r == "agent"]
        hit = [k for k, (r, _) in enumerate(groups) if r != "agent"]
        if own:  # a target is told after the strike word; before it only its dead («قتل 14 من التنظيم في غارات»)
            hit = [k for k in hit if groups[k][0] == "victim" or groups[k][1][0].start > min(own)]
        flying = [k for k in agents if any(self._flies(s) for s in groups[k][1])]
        if not hit or not flying:
            return groups
        # the parties acting named after the first one hit, other than who flew, tell other deeds;
        # those before it stay as the clause reads them («… على معسكر اللواء الذي تتخذ منه
        # ميليشيات الحوثي مقرا لقصف المدنيين»: the Houthis hold what was struck)
        return [g for k, g in enumerate(groups) if k <= hit[0] or k == flying[0] or g[0] != "agent"]

    def _flies(self, span: Span) -> bool:
        """The party is named by its aircraft («طيران التحالف», «المقاتلات التركية») or flies the
        campaign it is (actors.json `strikes_by_air`, `unnamed_flyer_in`)."""
        if span.attrs.get("weapon_category") == "aircraft":
            return True
        actor = lexicons().actors.get(span.attrs.get("id") or "", {})
        return bool(actor.get("strikes_by_air") or actor.get("unnamed_flyer_in"))

    def _strikers_event(self, span: Span, triggers: Sequence[tuple[int, int]], others: Sequence[tuple[int, int]]) -> str:
        """Whose party a strike's nationality adjective («الغارات التركية», entity attribute `striker`:
        where the strike noun starts) is: "own" — the noun is one of the event's own triggers, the
        adjective names who struck it (it leads, whatever the words before it); "other" — the noun is
        another event's trigger, or stands after words telling it beside the deed (`strike_told_beside`:
        «ردا على الغارات التركية», «بعد ساعات من القصف الإسرائيلي»), no party of it; "" — another
        party (no striker span), or the noun the clause's subject, object or cause («واستهدفت الغارات
        التركية قواعد …», «سقوط مدنيين جراء القصف التركي»): its role is read as any party's."""
        at = span.attrs.get("striker")
        if at is None:
            return ""
        on = lambda a, b: a <= at < b or at <= a < span.start  # noqa: E731
        if any(on(a, b) for a, b in triggers):
            return "own"
        if any(on(a, b) for a, b in others):
            return "other"
        words = [normalized(w) for w in self.doc.text[max(0, at - 40):at].split()]
        beside = phrase_set("strike_told_beside")
        return "other" if any(" ".join(words[-n:]) in beside for n in (1, 2, 3) if len(words) >= n) else ""

    def _marked_agent(self, span: Span, start: int) -> bool:
        """The party is named right after words that mark the doer of a deed told as a noun or in the
        passive (`agent_markers`: «من قبل», «على يد», «على أيدي», «بواسطة»)."""
        words = self._words_before(start, span.start)
        return any(" ".join(words[-n:]) in self.agent_markers for n in (1, 2) if len(words) >= n)

    def _heard(self, groups: list[tuple[str, list[Span]]], start: int, end: int) -> list[tuple[str, list[Span]]]:
        """«قالت المقاومة الشعبية إن الحوثيين قصفوا أحياء سكنية»: a party that says what another
        did (an attribution verb, then «أن/إن») is the source, not a side, when what it says opens
        with a party acting (one word at most between); «قالت المقاومة إن مقاتليها قصفوا مواقع
        الحوثيين» opens with its own fighters (a pronoun), so the speaker stays the side acting."""
        told = self._reported_speech(start, end)
        if told == start:
            return groups
        speakers = [g for g in groups if g[1][-1].end <= told]
        heard = [g for g in groups if g[1][0].start >= told]
        if not speakers:
            return groups
        said = {normalized(w) for w in self.doc.text[start:told].split()}
        said |= {w[1:] for w in said if w[:1] in CONJUNCTIONS}
        if not said & self.attribution:
            return groups
        opening = [normalized(w) for w in self.doc.text[told:heard[0][1][0].start if heard else end].split()]
        if opening and opening[0] in self.unnamed_doers and not self._armed_dead(told, end) \
                and not (heard and heard[0][0] == "agent" and len(opening) <= 1):
            # «قال الجيش في بيان إن انتحاريا فجر نفسه في سوق», «إن مسلحين من حزب العمال فجروا»: what
            # is said opens with a doer the text does not name (`doer_words`, `bomber_nouns`) — the
            # speaker told it, it did not act and was not hit (unless armed men or a military thing
            # are hit: «قتلوا ثلاثة جنود», «موقعا عسكريا», the speaking army's own)
            return heard
        if not heard or heard[0][0] != "agent" or len(opening) > 1:
            # what is said opens with its own subject: «إن الحوثيين قصفوا …». Doer words and «من»
            # before the party («إن مسلحين من حزب العمال فجروا») are the branch above, armed men hit
            # excepted («… اقتحموا موقعا عسكريا»: the speaking army's own post); passing them here
            # too took the army out of that attack in a corpus article
            return groups
        if all(r == "agent" for r, _ in heard) and self._speakers_own_dead(told, end):
            # «قال الجيش التركي إن مسلحين قتلوا ثلاثة من جنوده»: the dead are the speaker's own
            # (a member noun with a singular pronoun, pointing back to the party that speaks) —
            # the speaker is the side hit, not only the source
            return heard + [("target", speakers[-1][1])]
        return heard

    def _armed_dead(self, start: int, end: int) -> bool:
        """text[start:end] counts armed men hit («خمسة جنود», «ثلاثة من عناصر الشرطة»): a word that
        begins with a stem of `armed_victims` or is a police victim noun."""
        police = word_set("police_victim_nouns")
        for m in re.finditer(r"\S+", self.doc.text[start:end]):
            if any(sp.start <= start + m.start() < sp.end for sp in self.spans):
                continue  # a party's own words («الجيش», «المسلحين» of a span)
            n = normalized(m.group())
            forms = {n, n[1:] if n[:1] in CONJUNCTIONS else n}
            if any(f in self.unnamed_doers or f[2:] in self.unnamed_doers for f in forms):
                continue  # the doers («مسلحون»), not armed men hit
            for form in forms:
                if form in police or any(form.startswith(stem) or form.startswith("ال" + stem) for stem in self.armed_stems):
                    return True
        return False

    def _reporters(self, groups: list[tuple[str, list[Span]]], start: int, end: int) -> list[tuple[str, list[Span]]]:
        """«قتل مسلحون عشرة مدنيين في هجوم على قرية، بحسب ما أعلن الجيش النيجيري»: a party right after
        a phrase of attribution that opens with a word of `attribution_openers` («بحسب ما أعلن»,
        «وفق ما ذكرت», «حسبما أفادت», «بحسب») is who told the event, not a side of it — when another
        party is told acting in the clause and the dead are no armed men (the soldiers killed in «قتل
        خمسة جنود في هجوم شنه مسلحون، بحسب ما أعلن الجيش» are the army's own)."""
        openers = word_set("attribution_openers")

        def reporting(span: Span) -> bool:
            words = self._words_before(start, span.start)[-3:]
            if not words:
                return False
            words = [w[1:] if w[:1] in CONJUNCTIONS and w[1:] in openers else w for w in words]
            if words[-1] in openers:
                return True
            return words[-1] in self.attribution and any(w in openers for w in words[:-1])

        told = [k for k, (_r, g) in enumerate(groups) if reporting(g[0])]
        if not told:
            return groups
        rest = [g for k, g in enumerate(groups) if k not in told]
        if not any(r == "agent" for r, _ in rest) or self._armed_dead(start, end):
            return groups
        return rest

    def _speakers_own_dead(self, start: int, end: int) -> bool:
        """A killing (`own_dead_kill_verbs`) in text[start:end] whose victims are «من» + a member noun
        with a singular pronoun («قتلوا اثنين من جنوده», «قتلت ثلاثة من عناصرها»): a party's own
        members, the party named before (a plural pronoun, «من عناصرهم», points back to the doers
        themselves)."""
        kills = word_set("own_dead_kill_verbs")
        for c in self.casualties:
            if not (start <= c.start < end):
                continue
            verb = normalized(self.doc.text[c.start:c.end].split()[0]) if self.doc.text[c.start:c.end].split() else ""
            if not conj_in(verb, kills):
                continue  # «إن الميليشيات فقدت 20 من عناصرها»: a party losing its own, no one killing them
            words = [normalized(w) for w in str(c.attrs.get("whose") or "").split()]
            if len(words) >= 2 and words[0] == "من" and any(  # «من جنوده وأصابوا»: the group, then the next verb
                    words[1].endswith(suffix) and words[1][:-len(suffix)] in self.members for suffix in ("ها", "ه")):
                return True
        return False


def _of_a_past_year(span: Span, doc: Document) -> bool:
    """«أحد الضالعين بتسليم عدن لتنظيم القاعدة عام 2011»: a party with an earlier year right after it
    is told in history, no side of the article's events."""
    if doc.date is None:
        return False
    return any(d.label == "DATE" and d.attrs.get("year") is not None and d.attrs["year"] < doc.date.year
               and 0 <= d.start - span.end <= 1 for d in doc.entities)


def civilian_target(tokens: list[Token]) -> bool:
    """A word of civilians hit (`civilian_targets`), or a singular or dual «مدني» / «مدنيان» in its
    indefinite form (`civilian_indefinite_targets`: «وقتل مدني برصاص قناصة»), not right after a word
    of dress (`plain_clothes_words`: «مسلحون بزي مدني»): definite, the word is mostly an adjective
    of something else («الدفاع المدني», «المجتمع المدني»)."""
    if any(True for _ in word_matcher("civilian_targets").find(tokens)):
        return True
    indefinite, dress = word_set("civilian_indefinite_targets"), word_set("plain_clothes_words")
    return any(indefinite_in(t.norm, indefinite) and not (k > 0 and tokens[k - 1].norm in dress)
               for k, t in enumerate(tokens))
