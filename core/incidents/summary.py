"""Summaries: one line per incident (English and Arabic), totals per article and per selection,
and the article's key sentences (extractive: offsets into the untouched text).

Totals over a selection count a corroborating incident (the same event reported by another
article, see `merge.link_corroborations`) once: dicts that carry `corroborates` are skipped.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from typing import Any

from core.document import Document
from core.incidents.lexicons import government_sides, taxonomy
from core.incidents.model import Actor, Incident, Place
from core.text.transliterate import english_place, latin

REMOTE = ("Explosions/Remote violence", "Violence against civilians", "Strategic developments")


def _name_en(actor: Actor | None) -> str:
    """The actor's English name, else its Arabic one in Latin letters (`latin`): the English summary
    is read by those who may not read Arabic ("Al Maslahin", not «المسلحين»)."""
    if actor is None:
        return ""
    return actor.name_en or latin(actor.name_ar or actor.text)


def _name_ar(actor: Actor | None) -> str:
    if actor is None:
        return ""
    return actor.name_ar or actor.text or actor.name_en


NOT_PLURAL = {"مليون", "بليون", "المليون"}


def oblique(name: str) -> str:
    """An actor name after a preposition: sound masculine plurals take «ين»
    («على الحوثيون» → «على الحوثيين», «من مسلحين مجهولين»). Only nisba plurals (…يون) and
    participles (م…ون) change, so «التعاون», «الشؤون» or «الهاون» stay as they are."""
    words = name.split(" ")
    for i, word in enumerate(words):
        stem = word[2:] if word.startswith("ال") else word
        if word in NOT_PLURAL or len(stem) < 4 or not word.endswith("ون"):
            continue
        if word.endswith("يون") or stem.startswith("م"):
            words[i] = word[:-2] + "ين"
    return " ".join(words)


def _join(names: list[str], word: str) -> str:
    """«A (with B, C)»: one side with its associates, so two sides never read as one list."""
    names = [n for n in dict.fromkeys(names) if n]
    if len(names) <= 1:
        return "".join(names)
    if any("(" in n for n in names):  # «Military Forces of Yemen (2012-)»: no nested brackets
        sep = "، " if word == "مع" else ", "
        return f"{names[0]}{sep}{word} {sep.join(names[1:])}"
    return f"{names[0]} ({word} {', '.join(names[1:])})"


def count_ar(n: int, genitive: str, accusative: str, plural: str, dual: str) -> str:
    """A count with its noun as Arabic grammar wants it: «قتيل واحد», «قتيلان», «9 قتلى»,
    «12 قتيلا», «100 قتيل»."""
    if n == 1:
        return f"{genitive} واحد"
    if n == 2:
        return dual
    rest = n % 100
    if 3 <= rest <= 10:
        return f"{n} {plural}"
    if 11 <= rest <= 99:
        return f"{n} {accusative}"
    return f"{n} {genitive}"


def _equipment_en(item: dict[str, Any]) -> str:
    """«2 armed vehicles destroyed»: lower-case common nouns (acronyms kept), plural after 2+."""
    name = item.get("name_en") or item.get("text") or ""
    if name[:1].isupper() and not name[1:2].isupper():
        name = name[:1].lower() + name[1:]
    count = item.get("count")
    if isinstance(count, int) and count > 1 and name and not name.endswith("s"):
        name += "s"
    return f"{count} {name}" if count else name


def _place_en(place: Place | None) -> str:
    if place is None:
        return ""
    # no English name: the ACLED location column's spelling («الضباب» "Ad Dabab", «معسكر لبوزة» "Labouza Camp")
    name = place.name_en or english_place(place.to_dict())
    prep = "near" if place.geo_precision == 2 and place.kind not in ("district", "governorate", "province") else "in"
    admin = place.admin1_en if place.admin1_en and place.admin1_en != name else ""
    return f" {prep} {name}" + (f" ({admin})" if admin else "")


def _place_ar(place: Place | None) -> str:
    if place is None:
        return ""
    name = place.name_ar or place.text
    prep = "قرب" if place.geo_precision == 2 and place.kind not in ("district", "governorate", "province") else "في"
    admin = place.admin1_ar if place.admin1_ar and place.admin1_ar != name else ""
    return f" {prep} {name}" + (f" ({admin})" if admin else "")


def _opposed(incident: Incident) -> bool:
    """Only one of the two sides fights on the government's side (or only one side is named): then
    "by X from Y" is safe to say; two allies named on both sides read as "between"."""
    if incident.actor1 is None or incident.actor2 is None:
        return True
    sides = government_sides()
    return (incident.actor1.name_en in sides) != (incident.actor2.name_en in sides)


def describe(incident: Incident) -> tuple[str, str]:
    """(summary_en, summary_ar), e.g. "12 killed, 22 injured: clashes between … near Damt (Al Dhale)"."""
    phrase_en, phrase_ar = taxonomy().get("phrases", {}).get(incident.sub_event_type, [incident.sub_event_type, incident.sub_event_type])
    side1_en = _join([_name_en(incident.actor1)] + [_name_en(a) for a in incident.assoc_actor_1], "with")
    side2_en = _join([_name_en(incident.actor2)] + [_name_en(a) for a in incident.assoc_actor_2], "with")
    with_1 = [oblique(_name_ar(a)) for a in incident.assoc_actor_1]  # after «مع»
    with_2 = [oblique(_name_ar(a)) for a in incident.assoc_actor_2]
    side1_ar = _join([oblique(_name_ar(incident.actor1))] + with_1, "مع")  # after «من», «بين»
    side2_ar = _join([oblique(_name_ar(incident.actor2))] + with_2, "مع")  # after «على», «و» of «بين»
    if incident.event_type in REMOTE or incident.event_type in ("Protests", "Riots"):
        who_en = (f" by {side1_en}" if side1_en else "") + (f" on {side2_en}" if side2_en else "")
        who_ar = (f" من {side1_ar}" if side1_ar else "") + (f" على {side2_ar}" if side2_ar else "")
    elif incident.sub_event_type.endswith("territory") and _opposed(incident):  # who took it (actor1) from whom (actor2)
        who_en = (f" by {side1_en}" if side1_en else "") + (f" from {side2_en}" if side2_en else "")
        who_ar = (f" على يد {side1_ar}" if side1_ar else "") + (f" من {side2_ar}" if side2_ar else "")
    elif side1_en and side2_en:
        who_en, who_ar = f" between {side1_en} and {side2_en}", f" بين {side1_ar} و{side2_ar}"
    else:
        who_en = f" involving {side1_en or side2_en}" if side1_en or side2_en else ""
        # «بمشاركة» takes a genitive and no verb agreement («شارك فيها المقاومة» was ungrammatical)
        who_ar = f" بمشاركة {side1_ar or side2_ar}" if side1_ar or side2_ar else ""
    figures_en, figures_ar = [], []
    for value, en, ar in (
        (incident.fatalities, "killed", ("قتيل", "قتيلا", "قتلى", "قتيلان")),
        (incident.injured, "injured", ("جريح", "جريحا", "جرحى", "جريحان")),
        (incident.captured, "captured", ("أسير", "أسيرا", "أسرى", "أسيران")),
    ):
        if value:
            figures_en.append(f"{value} {en}")
            figures_ar.append(count_ar(value, *ar))
    if "fatalities_unknown" in incident.flags:
        figures_en.insert(0, "fatalities reported, number unknown")
        figures_ar.insert(0, "قتلى بعدد غير معروف")
    for item in incident.equipment:
        fate_ar = "دمرت" if item.get("fate") == "destroyed" else "اغتنمت"
        figures_en.append(f"{_equipment_en(item)} {item.get('fate')}")
        figures_ar.append(f"{fate_ar} {item.get('text')}")
    head_en = phrase_en[:1].upper() + phrase_en[1:]
    en = f"{head_en}{who_en}{_place_en(incident.location)}"
    ar = f"{phrase_ar}{who_ar}{_place_ar(incident.location)}"
    if figures_en:
        en += ": " + ", ".join(figures_en)
        ar += ": " + "، ".join(figures_ar)
    return en, ar


def describe_dict(incident: Mapping[str, Any]) -> tuple[str, str]:
    """(summary_en, summary_ar) of an incident dict: an analyst's edit or addition is described
    from its own coded fields, as the analyzer describes its incidents. A count the analyst set
    replaces «fatalities reported, number unknown»."""
    inc = Incident.from_dict(incident)
    if inc.fatalities is not None:
        inc.flags = [f for f in inc.flags if f != "fatalities_unknown"]
    return describe(inc)


def _totals(rows: list[dict[str, Any]]) -> dict[str, Any]:
    by_type: Counter[str] = Counter()
    by_actor: Counter[str] = Counter()
    by_gov: Counter[str] = Counter()
    fatalities: defaultdict[str, int] = defaultdict(int)
    injured = captured = killed = 0
    for d in rows:
        by_type[d["event_type"]] += 1
        for key in ("actor1", "actor2"):
            actor = d.get(key) or {}
            name = actor.get("name_en") or actor.get("name_ar") or actor.get("text")
            if name:
                by_actor[name] += 1
        loc = d.get("location") or {}
        gov = loc.get("admin1_en") or loc.get("admin1_ar") or loc.get("name_en") or loc.get("name_ar")
        if gov:
            by_gov[gov] += 1
            fatalities[gov] += d.get("fatalities") or 0
        killed += d.get("fatalities") or 0
        injured += d.get("injured") or 0
        captured += d.get("captured") or 0
    return {
        "incidents": len(rows),
        "fatalities": killed,
        "injured": injured,
        "captured": captured,
        "by_event_type": dict(by_type),
        "by_actor": dict(by_actor),
        "by_governorate": dict(by_gov),
        "fatalities_by_governorate": dict(fatalities),
    }


def key_sentences(doc: Document, incidents: list[Incident], limit: int = 5) -> list[dict[str, Any]]:
    """3–5 sentences that tell the article's incidents (the lead always, if it tells any).

    Chosen greedily so that every incident is told before any is told twice: each round takes the
    sentence whose incidents not yet told weigh most (1 + confidence, + 1 with a toll), ties to the
    earlier sentence. Counting evidence alone had let an incident told in five sentences fill the
    list while the article's first clash and its toll were left out."""
    told_in: dict[int, set[int]] = {}
    for k, inc in enumerate(incidents):
        for start, _end in inc.evidence:
            for i, (s, e) in enumerate(doc.sentences):
                if s <= start < e:
                    told_in.setdefault(i, set()).add(k)
                    break
    weight = [1.0 + inc.confidence + (1 if inc.fatalities else 0) for inc in incidents]
    chosen: list[int] = [0] if 0 in told_in else []
    told: set[int] = set(told_in.get(0, ()))
    while len(chosen) < limit:
        left = [i for i in sorted(told_in) if i not in chosen]
        if not left:
            break
        # a sentence of incidents already told still counts a little: the evidence it adds
        best = max(left, key=lambda i: (sum(weight[k] for k in told_in[i] - told),
                                        sum(weight[k] for k in told_in[i]), -i))
        chosen.append(best)
        told |= told_in[best]
    if not chosen and doc.sentences:
        chosen = [0]
    if len(chosen) < 3:
        chosen += [i for i in range(len(doc.sentences)) if i not in chosen][: 3 - len(chosen)]
    return [{"start": doc.sentences[i][0], "end": doc.sentences[i][1], "text": doc.text[slice(*doc.sentences[i])]}
            for i in sorted(chosen)]


def summarize_article(doc: Document, incidents: list[Incident], set_aside: list[Incident] = ()) -> dict[str, Any]:
    """Totals of the coded incidents, key sentences, and the candidates set aside as commentary
    (what they would have said and where: the analyst can code one by hand)."""
    out = _totals([i.to_dict() for i in incidents])
    out["entities_by_label"] = dict(Counter(s.label for s in doc.entities))
    out["key_sentences"] = key_sentences(doc, incidents)
    out["set_aside"] = [
        {"event_type": i.event_type, "sub_event_type": i.sub_event_type, "summary_en": i.summary_en,
         "summary_ar": i.summary_ar, "evidence": [list(e) for e in i.evidence], "flags": list(i.flags),
         "confidence": round(i.confidence, 3)}
        for i in set_aside
    ]
    return out
