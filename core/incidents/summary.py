"""Summaries: one line per incident (English and Arabic), totals per article and per selection,
and the article's key sentences (extractive: offsets into the untouched text).

Totals over a selection count a corroborating incident (the same event reported by another
article, see `merge.link_corroborations`) once: dicts that carry `corroborates` are skipped.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from core.document import Document
from core.incidents.lexicons import government_sides, taxonomy
from core.incidents.model import Actor, Incident, Place
from core.text.transliterate import english_place, latin, plain_name

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


def _join(names: list[str], word: str, plain: bool = False) -> str:
    """«A (with B, C)»: one side with its associates, so two sides never read as one list.
    `plain` (a name of the incident carries brackets, «Military Forces of Yemen (2012-)», see
    `_bracketed_sides`): no nested brackets, and no "A, with B and C, with D" that reads as one list —
    the side's names joined by "and" / «و» («المقاومة الشعبية والجيش الوطني»)."""
    names = [n for n in dict.fromkeys(names) if n]
    if len(names) <= 1:
        return "".join(names)
    if plain or any("(" in n for n in names):
        if word == "مع":
            return " و".join(names)
        return ", ".join(names[:-1]) + f" and {names[-1]}"
    sep = "، " if word == "مع" else ", "  # an Arabic list takes the Arabic comma
    return f"{names[0]} ({word} {sep.join(names[1:])})"


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


def genitive_dual(text: str, count: Any = None) -> str:
    """The article's words for equipment after a masdar («تدمير», «اغتنام»), whose object is genitive:
    a dual told as a subject («دمرت عربتان مسلحتان») becomes «تدمير عربتين مسلحتين». A feminine dual
    («…تان», not «…ستان» of a country) always; «…ان» only when the count is two («طقمان» → «طقمين»),
    so «طيران» or «إيران» stay as they are."""
    words = text.split(" ")
    for i, word in enumerate(words):
        if len(word) < 4 or not word.endswith("ان") or word.endswith("ستان"):
            continue
        if word.endswith("تان") or (count == 2 and len(word) >= 5):
            words[i] = word[:-2] + "ين"
    return " ".join(words)


@lru_cache(maxsize=1)
def _weapon_singulars() -> dict[str, str]:
    """A weapon's English name → its first Arabic singular in weapons.json («Tank» → «دبابة»)."""
    from core.entities.lexicon import load_lexicon

    return {w["name_en"]: w["singular"][0] for w in load_lexicon("weapons.json")["weapons"] if w.get("singular")}


def _equipment_ar(item: dict[str, Any]) -> str:
    """The article's words for the equipment, as the object of «تدمير» / «اغتنام», with its count as
    Arabic grammar wants it: a dual in the genitive (`genitive_dual`), «3 دبابات» (the words the article
    counted, a plural), «12 دبابة» / «12 صاروخا» (the singular, accusative), «100 دبابة». Before, a
    count of three or more was dropped («تدمير دبابات» beside "3 tanks destroyed")."""
    text, count = item.get("text") or "", item.get("count")
    if not isinstance(count, int) or count < 3 or not text:
        return genitive_dual(text, count)
    rest = count % 100
    singular = _weapon_singulars().get(item.get("name_en") or "", "")
    if 3 <= rest <= 10 or not singular:
        return f"{count} {text}"
    if 11 <= rest <= 99:
        words = singular.split(" ")
        if words[0].endswith(("ة", "ى", "ء", "ا")):
            return f"{count} {singular}"  # «12 دبابة», «12 عربة مسلحة»
        if len(words) == 1:
            return f"{count} {singular}ا"  # «12 صاروخا»
        if len(words) != 2:
            return f"{count} {text}"
        if words[1].startswith("لل"):
            return f"{count} {words[0]}ا {words[1]}"  # «12 مضادا للطيران»
        if words[1].endswith("ي") or (len(words[1]) == 4 and words[1][1] == "ا"):
            return f"{count} {words[0]}ا {words[1]}ا"  # an adjective (nisba, فاعل): «12 صاروخا باليستيا», «حزاما ناسفا»
        return f"{count} {singular}"  # idafa, no tanween: «15 صاروخ كاتيوشا»
    return f"{count} {singular}"


UNCOUNTED_EN = ("aircraft", "artillery", "fire", "arms", "munitions")  # no "s" in the plural
PROPER_FIRST_EN = ("Grad", "Katyusha")  # a weapon's name that keeps its capital («Grad rockets»)


def _plural_en(name: str) -> str:
    """"tank" → "tanks", "car bomb (VBIED)" → "car bombs (VBIED)", "aircraft" stays, "battery" → "batteries"."""
    head, bracket = (name.split(" (", 1) + [""])[:2]
    last = head.rsplit(" ", 1)[-1]
    if last.lower() in UNCOUNTED_EN or last.endswith("s"):
        return name
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        head = head[:-1] + "ies"
    elif last.endswith(("ch", "sh", "x")):
        head += "es"
    else:
        head += "s"
    return head + (f" ({bracket}" if bracket else "")


def equipment_name_en(item: dict[str, Any]) -> str:
    """The English name of an equipment item as a line writes it: a common noun in lower case
    (acronyms and names such as Grad kept), plural after a count of 2 or more («armed vehicles»).
    The summaries (`_equipment_en`) and the ACLED CSV's equipment column (core.export.acled) put
    their count before it."""
    name = str(item.get("name_en") or item.get("text") or "")
    if name[:1].isupper() and not name[1:2].isupper() and name.split(" ")[0] not in PROPER_FIRST_EN:
        name = name[:1].lower() + name[1:]
    count = item.get("count")
    if isinstance(count, int) and count > 1 and name:
        name = _plural_en(name)
    return name


def _equipment_en(item: dict[str, Any]) -> str:
    """«2 armed vehicles destroyed», «one tank destroyed»: the count in words up to ten."""
    name, count = equipment_name_en(item), item.get("count")
    return f"{NUMBER_WORDS_EN.get(count, count)} {name}" if count else name


MID_TA_MARBUTA = re.compile("\u0629(?=[\u0621-\u064a])")  # «ة» before a letter: «كةربالا», «قلعةالطعام»
KIND_NOUN = re.compile("^(?:مدينة|بلدة|قرية|منطقة|محافظة|مديرية|ناحية|قضاء|حي) ")  # «مدينة كربلاء» → «كربلاء»
WHOLE_AREAS = ("district", "governorate", "province", "region", "area", "state", "emirate", "country")


def place_name_ar(place: Place) -> str:
    """The place's Arabic name as the Arabic line shows it: no vowel marks (`plain_name`), and the
    article's own words when the gazetteer name has «ة» inside a word — a Kurdish spelling
    («كةربالا» for Karbala) or two words run together («قلعةالطعام») — which no Arabic reader writes."""
    name = plain_name(place.name_ar or place.text)
    if MID_TA_MARBUTA.search(name) and place.text and not MID_TA_MARBUTA.search(place.text):
        return KIND_NOUN.sub("", plain_name(place.text)) or plain_name(place.text)
    return name


def _al(name: str) -> str:
    """A gazetteer's «AL Haimah» capitalised as «Al Haimah»."""
    return re.sub(r"\bAL\b", "Al", name)


def _name_en_place(place: Place) -> str:
    """The place's English name (`_al`)."""
    return _al(place.name_en or english_place(place.to_dict()))


def same_place(place: Place) -> bool:
    """The governorate is the place itself in another spelling («Aleppo (Halab)», «تهران (طهران)»,
    «Beirut (Bayrut)»): its name equals the place's in either language, so neither line repeats it."""
    name_en = _name_en_place(place)
    return (bool(place.admin1_en) and place.admin1_en == name_en) or \
        (bool(place.admin1_ar) and plain_name(place.admin1_ar) in (plain_name(place.name_ar or place.text),
                                                                    place_name_ar(place)))


def _near(place: Place) -> bool:
    """Near a town or a site; a region, an area or a country is "in" («قرب كردستان» read as outside it)."""
    return place.geo_precision == 2 and place.kind not in WHOLE_AREAS


def _place_en(place: Place | None) -> str:
    if place is None:
        return ""
    # no English name: the ACLED location column's spelling («الضباب» "Ad Dabab", «معسكر لبوزة» "Labouza Camp")
    name = _name_en_place(place)
    admin = _al(place.admin1_en) if place.admin1_en and not same_place(place) else ""
    return f" {'near' if _near(place) else 'in'} {name}" + (f" ({admin})" if admin else "")


def _place_ar(place: Place | None) -> str:
    """The place in Arabic without the vowel marks some gazetteer names carry («في عَسِيْر» → «في عسير»,
    as the interface and the exports show it, `plain_name`)."""
    if place is None:
        return ""
    name = place_name_ar(place)
    admin = plain_name(place.admin1_ar) if place.admin1_ar and not same_place(place) else ""
    return f" {'قرب' if _near(place) else 'في'} {name}" + (f" ({admin})" if admin else "")


def _opposed(incident: Incident) -> bool:
    """Only one of the two sides fights on the government's side (or only one side is named): then
    "by X from Y" is safe to say; two allies named on both sides read as "between"."""
    if incident.actor1 is None or incident.actor2 is None:
        return True
    sides = government_sides()
    return (incident.actor1.name_en in sides) != (incident.actor2.name_en in sides)


NUMBER_WORDS_EN = {1: "one"}  # "one killed, 12 injured", not "1 killed"
ARMED = ("state", "rebel", "political_militia", "identity_militia", "external")  # ACLED actor types of armed groups
DISPERSED = ("Protest with intervention", "Excessive force against protesters")  # actor2 acts on the protest


def _count_en(n: int, word: str) -> str:
    return f"{NUMBER_WORDS_EN.get(n, n)} {word}"


def _crowd(incident: Incident) -> bool:
    """Actor1 is the generic crowd of the protest or riot (Protesters / Rioters of the place's
    country, or of none) with no associate: "Protest by Protesters (Iraq) in Baghdad" says
    "protest" twice; "Protest in Baghdad" says it all. Protesters of another country stay named."""
    actor = incident.actor1
    if actor is None or actor.actor_type not in ("protesters", "rioters"):
        return False
    if any(a.name_en != actor.name_en for a in incident.assoc_actor_1):  # the crowd itself again is no associate
        return False
    generic = taxonomy()["generic_actors"]["protesters" if actor.actor_type == "protesters" else "rioters"]["name_en"]
    country = incident.location.country if incident.location else ""
    return actor.name_en in (generic, f"{generic} ({country})" if country else generic)


def _part(name: str, before: str = "", after: str = "") -> str:
    """A name with the words around it (« by X», « (X)», « X»), or nothing when there is no name."""
    return f" {before}{name}{after}" if name else ""


def _bracketed_sides(incident: Incident) -> bool:
    """A side with associates whose names carry brackets: `_join` lists it with "and" / «و»."""
    for main, assoc in ((incident.actor1, incident.assoc_actor_1), (incident.actor2, incident.assoc_actor_2)):
        names = [n for n in dict.fromkeys([_name_en(main)] + [_name_en(a) for a in assoc]) if n]
        if len(names) > 1 and any("(" in n for n in names):
            return True
    return False


def _who(incident: Incident) -> tuple[str, str]:
    """Who did it to whom, after the event's noun, in English and in Arabic."""
    plain = _bracketed_sides(incident)
    side1_en = _join([_name_en(incident.actor1)] + [_name_en(a) for a in incident.assoc_actor_1], "with", plain)
    side2_en = _join([_name_en(incident.actor2)] + [_name_en(a) for a in incident.assoc_actor_2], "with", plain)
    with_1 = [oblique(_name_ar(a)) for a in incident.assoc_actor_1]  # after «مع»
    with_2 = [oblique(_name_ar(a)) for a in incident.assoc_actor_2]
    side1_ar = _join([oblique(_name_ar(incident.actor1))] + with_1, "مع", plain)  # after «من», «بين»
    side2_ar = _join([oblique(_name_ar(incident.actor2))] + with_2, "مع", plain)  # after «على», «و» of «بين»
    if incident.sub_event_type in taxonomy().get("object_phrases", {}):
        # «Abduction of Civilians (Syria) by Islamic State», «اختطاف مدنيين على يد تنظيم داعش»; an armed
        # group's or a force's people, not the group: «Abduction of members of Division 30»
        if side2_en and incident.actor2 is not None and incident.actor2.actor_type in ARMED:
            side2_en, side2_ar = f"members of {side2_en}", f"عناصر من {side2_ar}"
        return (_part(side2_en) + _part(side1_en, "by "),
                _part(side2_ar) + _part(side1_ar, "على يد "))
    if incident.event_type in ("Protests", "Riots"):
        if _crowd(incident):
            side1_en = side1_ar = ""
        # the crowd before the force that acted on it: «Protest by X dispersed by Police Forces of Iraq»,
        # not «Protest dispersed by Police Forces of Iraq (X)», where X read as part of the force's name
        if incident.sub_event_type == "Protest with intervention":  # the phrase is "protest" here
            return (_part(side1_en, "by ") + " dispersed" + _part(side2_en, "by "),
                    _part(side1_ar, "من ") + " تم تفريقه" + _part(side2_ar, "على يد "))
        if incident.sub_event_type in DISPERSED:  # «Force against protesters from X by Police Forces of Iraq»
            return (_part(side1_en, "from ") + _part(side2_en, "by "),
                    _part(side1_ar, "من ") + _part(side2_ar, "على يد "))
        # «Riot against Police Forces of Egypt», «أعمال شغب ضد قوات الشرطة»
        return (_part(side1_en, "by ") + _part(side2_en, "against "),
                _part(side1_ar, "من ") + _part(side2_ar, "ضد "))
    if incident.event_type == "Strategic developments":
        sub = incident.sub_event_type
        if sub == "Change to group/activity":  # «تغير في نشاط تنظيم داعش»: the group is the noun's genitive
            return (_part(side1_en or side2_en, "of "), _part(side1_ar or side2_ar))
        if sub in ("Agreement", "Other") or sub.endswith("territory"):
            pass  # between the two parties; who took a place over from whom (below)
        else:  # «إنشاء قاعدة على يد …», «نهب وتدمير ممتلكات على يد … ضد مدنيين», not «من … على …»
            return (_part(side1_en, "by ") + _part(side2_en, "against "),
                    _part(side1_ar, "على يد ") + _part(side2_ar, "ضد "))
    elif incident.event_type in REMOTE:
        # a bomb targets («انفجار … استهدف قوات الشرطة»: the verb takes the accusative, as «على» the genitive)
        on_en, on_ar = taxonomy().get("target_words", {}).get(incident.sub_event_type) or ["on", "على"]
        return (_part(side1_en, "by ") + _part(side2_en, f"{on_en} "),
                _part(side1_ar, "من ") + _part(side2_ar, f"{on_ar} "))
    if incident.sub_event_type.endswith("territory") and _opposed(incident):  # who took it (actor1) from whom (actor2)
        return (_part(side1_en, "by ") + _part(side2_en, "from "),
                _part(side1_ar, "على يد ") + _part(side2_ar, "من "))
    if side1_en and side2_en:
        if plain:
            # each side a list of its own: «بين A وB من جهة وC من جهة أخرى», "between A and B on one side
            # and C on the other" (not "between A, with B and C, with D")
            return (f" between {side1_en} on one side and {side2_en} on the other",
                    f" بين {side1_ar} من جهة و{side2_ar} من جهة أخرى")
        return f" between {side1_en} and {side2_en}", f" بين {side1_ar} و{side2_ar}"
    # «بمشاركة» takes a genitive and no verb agreement («شارك فيها المقاومة» was ungrammatical)
    return (f" involving {side1_en or side2_en}" if side1_en or side2_en else "",
            f" بمشاركة {side1_ar or side2_ar}" if side1_ar or side2_ar else "")


def describe(incident: Incident) -> tuple[str, str]:
    """(summary_en, summary_ar), e.g. "Clashes between … near Damt (Al Dhale): 12 killed, 22 injured"."""
    phrases = taxonomy().get("phrases", {})
    phrase_en, phrase_ar = phrases.get(incident.sub_event_type, [incident.sub_event_type, incident.sub_event_type])
    if incident.actor2 is not None and incident.sub_event_type in taxonomy().get("object_phrases", {}):
        phrase_en, phrase_ar = taxonomy()["object_phrases"][incident.sub_event_type]
    if incident.sub_event_type == "Protest with intervention":  # "dispersed" follows the crowd (`_who`)
        phrase_en, phrase_ar = phrases.get("Peaceful protest", ["protest", "احتجاج"])
    who_en, who_ar = _who(incident)
    captives = taxonomy().get("captive_words", {}).get(incident.sub_event_type) or ["captured", "أسير", "أسيرا", "أسرى", "أسيران"]
    figures_en, figures_ar = [], []
    for value, en, ar in (
        (incident.fatalities, "killed", ("قتيل", "قتيلا", "قتلى", "قتيلان")),
        (incident.injured, "injured", ("جريح", "جريحا", "جرحى", "جريحان")),
        (incident.captured, captives[0], tuple(captives[1:])),
    ):
        if value:
            figures_en.append(_count_en(value, en))
            figures_ar.append(count_ar(value, *ar))
    if "fatalities_unknown" in incident.flags:
        figures_en.insert(0, "fatalities reported, number unknown")
        figures_ar.insert(0, "قتلى بعدد غير معروف")
    for item in incident.equipment:
        # the masdar takes the article's words as its genitive object («تدمير دبابتين»; «دمرت دبابتين»
        # wanted the nominative «دبابتان»)
        fate_ar = "تدمير" if item.get("fate") == "destroyed" else "اغتنام"
        figures_en.append(f"{_equipment_en(item)} {item.get('fate')}")
        figures_ar.append(f"{fate_ar} {_equipment_ar(item)}")
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


WORD = re.compile(r"[^\W\d_\u0640]{2,}")  # a word of two letters or more: no number, no «م» or «هـ» of a date
MIN_WORDS = 6


FULL_WORDS = 10  # a sentence of the body, not a caption («جثة الرضيع الفلسطيني في مسجد نابلس..»)


def _words(doc: Document, i: int) -> int:
    start, end = doc.sentences[i]
    return len(WORD.findall(doc.text, start, end))


def _says_something(doc: Document, i: int) -> bool:
    """A sentence of six words or more: a byline («لجين الأحمدي – عين اليوم»), a dateline («بيروت 26
    شوال 1436 هـ الموافق 11 أغسطس 2015 م واس») or a photo caption («رئيس الحكومة العراقية العبادي»)
    is no key sentence, even when the article tells too few incidents to fill the list."""
    return _words(doc, i) >= MIN_WORDS


def _same_text(doc: Document, i: int, j: int) -> bool:
    """Two sentences of the same text but for spacing (a lead repeated under the photo, a paragraph
    pasted twice); their numbers count («وقتل 3 مسلحين» and «وقتل 4 مسلحين» are two facts)."""
    def text(k: int) -> str:
        return " ".join(doc.text[slice(*doc.sentences[k])].split())
    return text(i) == text(j)


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
        left = [i for i in sorted(told_in) if i not in chosen and not any(_same_text(doc, i, j) for j in chosen)]
        if not left:
            break
        # a sentence of incidents already told still counts a little: the evidence it adds
        best = max(left, key=lambda i: (sum(weight[k] for k in told_in[i] - told),
                                        sum(weight[k] for k in told_in[i]), -i))
        chosen.append(best)
        told |= told_in[best]
    if len(chosen) < 3:
        # filled with the article's first sentences of the body (ten words or more), then the first that
        # say something (six or more), never one already in the list in other words; a byline or a
        # caption only when the article has nothing else (an article of short lines)
        fill: list[int] = []
        for i in [i for i in range(len(doc.sentences)) if _words(doc, i) >= FULL_WORDS] + \
                 [i for i in range(len(doc.sentences)) if _says_something(doc, i)]:
            if i not in chosen and i not in fill and not any(_same_text(doc, i, j) for j in chosen + fill):
                fill.append(i)
        if not chosen and not fill:
            fill = list(range(len(doc.sentences)))
        chosen += fill[: 3 - len(chosen)]
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
