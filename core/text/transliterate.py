"""A readable Latin spelling of an Arabic name that has no English one (no Qt here).

Core gives most actors and places an English name (the lexicon's ACLED name, the gazetteer's
"Al Hudaydah"); a place the analysis did not place («معسكر لبوزة», «خور المكسر», a facility the
rules built from a head word) or a generic actor («المليشيات») has only its Arabic. The English
interface (incident table, details, summary tab, map) shows those in Latin letters rather than in
Arabic an English reader may not read.

The spelling is the gazetteer's style («الحديدة» there "Al Hudaydah"; spelled here "Al Hadida"): "Al "
for the article, the letters through camel-tools' `CharMapper` (th, kh, dh, sh, gh for the
digraph consonants), «و» and «ي» read as the long vowels u and i between consonants and at a
word's end, as w and y elsewhere; the article as the gazetteer writes it («الشيخ» "Ash", «الضباب» "Ad").
Short vowels are not written in Arabic: a word starts with no two consonants nor holds three in a row,
so an "a", the commonest, goes between them («ضباب» "Dabab", «مكسر» "Maksar"); common given names are
spelled as readers know them (resources/lexicons/romanisation.json: «محمد» "Muhammad"), and «عبد»
before the article joins its name («عبد الله» "Abdullah", «عبد الرحمن» "Abdulrahman").
A place's head word or an adjective of a facility is put in English where the table below knows
it («معسكر الصباحة» → "Al Sbaha Camp", «قاعدة العند الجوية» → "Al Anad Air Base", «جبل صبر» →
"Mount Sabr"), so the kind of place reads at once; the name itself, when the gazetteer has a place
of that name above a village, is the gazetteer's English one («العند» → "Al Anad", «عدن» → "Aden").
Latin text passes unchanged.

`english_name` (an actor's or a place's English name, else its Arabic so spelled), its
counterpart `arabic_name`, `english_place` (a place column's English: the gazetteer's spelling of
an unplaced name first), `arabic_admin1` / `english_admin1` (a place's governorate), and
`english_summary` (core's English one-line summary with the Arabic names it quotes so spelled)
are the one place the interface and the reports take those from. `spell_ahead` spells them on a
worker thread before the interface shows them (the first spelling loads the gazetteer).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from camel_tools.utils.charmap import CharMapper
from camel_tools.utils.dediac import dediac_ar

from core.text.arabic import has_arabic

# The letters whose reading does not depend on their neighbours (the contextual ones, «ا و ي ع ة
# ى» and the hamzas, are read in `_word`).
_LETTERS = CharMapper({
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "gh", "ف": "f",
    "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "'", "ئ": "'", "ؤ": "'",
    "گ": "g", "چ": "ch", "پ": "p", "ڤ": "v", "ی": "y", "ک": "k",
    "،": ",", "؛": ";", "؟": "?", "\u0640": "",
})
_VOWEL_LETTERS = frozenset("اأإآوىي")
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")

# Head words said before the name in Arabic and after it in English (or before: "Mount", "Wadi").
HEADS_AFTER = {
    "معسكر": "Camp", "مخيم": "Camp", "مطار": "Airport", "ميناء": "Port", "قاعدة": "Base", "مستشفى": "Hospital",
    "مشفى": "Hospital", "سوق": "Market", "جسر": "Bridge", "جامعة": "University", "مسجد": "Mosque",
    "جامع": "Mosque", "سجن": "Prison", "قصر": "Palace", "مصفاة": "Refinery", "محطة": "Station",
    "معبر": "Crossing", "منفذ": "Border Crossing", "مدرسة": "School", "جبهة": "Front", "حي": "District",
    "شارع": "Street", "ساحة": "Square", "منطقة": "Area", "مديرية": "District", "محافظة": "Governorate",
    "مدينة": "City", "بلدة": "Town", "قرية": "Village", "عزلة": "Subdistrict", "جزيرة": "Island",
    "مثلث": "Junction", "تبة": "Hill", "قلعة": "Castle", "مفرق": "Junction", "طريق": "Road",
}
HEADS_BEFORE = {"جبل": "Mount", "جبال": "Mountains", "وادي": "Wadi"}
# Adjectives after a facility's name («الدولي», «الجوية»), said before its head in English.
TAILS = {
    "الدولي": "International", "الدولية": "International", "العسكري": "Military", "العسكرية": "Military",
    "الجوي": "Air", "الجوية": "Air", "البحري": "Naval", "البحرية": "Naval", "المركزي": "Central",
    "المركزية": "Central", "الجمهوري": "Republican", "العام": "General", "العامة": "General",
    "القديم": "Old", "الجديد": "New", "الشرقي": "East", "الشرقية": "East", "الغربي": "West",
    "الغربية": "West", "الشمالي": "North", "الشمالية": "North", "الجنوبي": "South", "الجنوبية": "South",
}


def latin(text: Any) -> str:
    """`text` as it is when it has no Arabic letter, else spelled in Latin letters («معسكر لبوزة»
    → "Labouza Camp")."""
    text = "" if text is None else str(text)
    return transliterate(text) if has_arabic(text) else text


def english_name(value: Any) -> str:
    """An actor's or a place's English name (a dict with name_en / name_ar / text): core's
    canonical one (ACLED's, the gazetteer's), else its Arabic spelled in Latin letters; a plain
    name (a string) spelled in Latin letters when it is Arabic."""
    if not isinstance(value, Mapping):
        return latin(value or "")
    return str(value.get("name_en") or "") or latin(value.get("name_ar") or value.get("text") or "")


def english_place(value: Any) -> str:
    """A place's English name for a column ACLED writes in English: core's (the lexicon's, the
    gazetteer's as the analysis placed it), else the gazetteer's English form of a place of that
    very name (a village's too, in the place's governorate when it has one; one spelling only),
    else its Arabic spelled in Latin letters (`english_name`)."""
    if not isinstance(value, Mapping):
        return english_name(value)
    if value.get("name_en"):
        return str(value["name_en"])
    arabic = str(value.get("name_ar") or value.get("text") or "")
    return _gazetteer_english(arabic, str(value.get("admin1_ar") or ""), str(value.get("admin1_en") or "")) \
        or (transliterate(arabic, str(value.get("country") or "")) if has_arabic(arabic) else arabic)


@lru_cache(maxsize=4096)
def _gazetteer_english(name: str, admin1_ar: str, admin1_en: str) -> str:
    """The gazetteer's one English spelling of the places called `name` (those of the governorate
    when it is given), "" when it has none or several."""
    if not has_arabic(name):
        return ""
    from core.entities.gazetteer import Gazetteer
    from core.entities.matcher import normalized

    gazetteer = Gazetteer.load()
    if not gazetteer.has_key(normalized(name)):
        return ""
    places = [p for p in gazetteer.lookup(name) if p.name_en]
    if admin1_ar or admin1_en:
        gov = {normalized(x) for x in (admin1_ar, admin1_en) if x}
        places = [p for p in places if gov & {normalized(p.admin1_ar), normalized(p.admin1_en)}
                  or p.is_admin1 and gov & {normalized(p.name_ar), normalized(p.name_en)}]
    spellings = {p.name_en for p in places}
    return spellings.pop() if len(spellings) == 1 else ""


def arabic_admin1(value: Any) -> str:
    """A place's governorate as the Arabic interface and the incident editor show it: its Arabic
    name (without the vowel marks some gazetteer names carry, `plain_name`), else its English one
    ("" for no place or no governorate)."""
    if not isinstance(value, Mapping):
        return ""
    return plain_name(str(value.get("admin1_ar") or "")) or str(value.get("admin1_en") or "")


_VOWEL_MARKS = dict.fromkeys(range(0x064B, 0x0653)) | {0x0670: None, 0x0671: "ا"}


def plain_name(name: str) -> str:
    """A name as the interface lists it: without the vowel marks (harakat, sukun, shadda, dagger
    alif) and with alif wasla as alif. Some of the gazetteer's governorates are written fully
    vowelled («عَسِيْر», «ٱلْمَدِيْنَة ٱلْمُنَوَّرَة») among bare ones in the filter list, the export
    dialog and the reports; «عسير» as the others."""
    return name.translate(_VOWEL_MARKS)


def _admin1_arabic() -> dict[str, str]:
    """Every governorate's English name → its one Arabic name, as the gazetteer's places give them
    (a name two countries' governorates share, with two Arabic names, is left out)."""
    return _gazetteer_arabic()[0]


@lru_cache(maxsize=1)
def _gazetteer_arabic() -> tuple[dict[str, str], dict[str, str]]:
    """(governorates, countries): English name → the one Arabic name the gazetteer gives it. Read
    from the gazetteer's table itself (≈0.1 s), not through `Gazetteer.load()` (≈1.5 s): the Arabic
    interface calls it on the GUI thread for its filter lists and place lists."""
    import gzip
    from importlib import resources

    names: dict[str, set[str]] = {}
    countries: dict[str, str] = {}
    with (resources.files("resources") / "gazetteer" / "places.tsv.gz").open("rb") as raw, \
            gzip.open(raw, "rt", encoding="utf-8") as f:
        header = next(f).rstrip("\n").split("\t")
        ar, en = header.index("admin1_ar"), header.index("admin1_en")
        kind, name_ar, country = header.index("kind"), header.index("name_ar"), header.index("country")
        for line in f:
            row = line.rstrip("\n").split("\t")
            if row[en] and row[ar]:
                names.setdefault(row[en], set()).add(plain_name(row[ar]))
            if row[kind] == "country" and row[country] and row[name_ar]:
                countries.setdefault(row[country], plain_name(row[name_ar]))
    return {k: v.pop() for k, v in names.items() if len(v) == 1}, countries


def arabic_country(name_en: str | None) -> str:
    """A country's Arabic name from its English one (a place's `country`, as the gazetteer and ACLED
    write it): «Palestine» → «الأراضي الفلسطينية», the gazetteer's (CLDR's) name; "" when unknown."""
    return _gazetteer_arabic()[1].get(str(name_en or ""), "") if name_en else ""


def arabic_governorate(name_en: str | None) -> str:
    """A governorate's Arabic name from its English one (an incident's admin1, as the library's
    filters and the database keep it): «Al Anbar» → «الأنبار»; "" when the gazetteer has no single
    Arabic name for it."""
    return _admin1_arabic().get(str(name_en or ""), "") if name_en else ""


def english_admin1(value: Any) -> str:
    """A place's governorate in English: core's English name, else its Arabic one in the
    gazetteer's English («لحج» → "Lahij") or spelled in Latin letters."""
    if not isinstance(value, Mapping):
        return ""
    return str(value.get("admin1_en") or "") or latin(value.get("admin1_ar") or "")


def arabic_name(value: Any) -> str:
    """An actor's or a place's Arabic name (a dict with name_ar / text / name_en): the lexicon's or
    gazetteer's canonical one, else the words of the article, else the English one; a plain name
    as it is. What the Arabic interface and the incident editor show."""
    if not isinstance(value, Mapping):
        return str(value or "")
    return str(value.get("name_ar") or value.get("text") or value.get("name_en") or "")


def arabic_place_name(value: Any) -> str:
    """A place's Arabic name as the interface and the exports show it: `arabic_name` without the
    vowel marks some gazetteer names carry (`plain_name`: «عَسِيْر» → «عسير»). The incident keeps
    the gazetteer's name; only what is shown or exported is plain."""
    return plain_name(arabic_name(value))


def english_summary(incident: Mapping[str, Any]) -> str:
    """The incident's English summary with the names it gives in Arabic spelled in Latin letters.

    Core writes an actor or a place of no English name, and a governorate known only in Arabic,
    in Arabic («Clashes … near معسكر لبوزة (لحج)»); an English reader gets "… near Labouza Camp
    (Lahij)". The longest name is replaced first («معسكر العند» before «العند»).
    """
    summary = str(incident.get("summary_en") or "")
    if not has_arabic(summary):
        return summary
    named = [incident.get(k) for k in ("actor1", "actor2")]
    named += [a for k in ("assoc_actor_1", "assoc_actor_2") for a in (incident.get(k) or [])]
    spelled = {name: latin(name) for name in (str(v.get("name_ar") or v.get("text") or "") for v in named
                                               if isinstance(v, Mapping) and not v.get("name_en"))}
    place = incident.get("location")
    if isinstance(place, Mapping) and not place.get("name_en"):
        # the place as the ACLED `location` column and the interface name it (`english_place`)
        spelled[str(place.get("name_ar") or place.get("text") or "")] = english_place(place)
    if isinstance(place, Mapping) and not place.get("admin1_en"):
        admin1 = str(place.get("admin1_ar") or "")
        spelled[admin1] = latin(admin1)
    spelled.pop("", None)
    for name in sorted(spelled, key=lambda n: (-len(n), n)):
        summary = summary.replace(name, spelled[name])
    return summary


def spell_ahead(incidents: Iterable[Mapping[str, Any]] = (), names: Iterable[Any] = ()) -> None:
    """Spell now, on the caller's (a worker's) thread, what the English interface will show of
    `incidents` (their actors, places, governorates and summaries) and of `names` (actors' or
    places' dicts, or plain names): the first spelling of a process loads the gazetteer (about half
    a second) when no analysis has yet, and the spellings are memoised, so the interface's thread
    then finds them ready. Cheap when nothing needs spelling."""
    for inc in incidents:
        for key in ("actor1", "actor2", "location"):
            if inc.get(key):
                english_name(inc[key])
        if inc.get("location"):
            english_place(inc["location"])
        for key in ("assoc_actor_1", "assoc_actor_2"):
            for actor in inc.get(key) or []:
                english_name(actor)
        if isinstance(inc.get("location"), Mapping):
            english_admin1(inc["location"])
        english_summary(inc)
    for name in names:
        english_name(name)


@lru_cache(maxsize=4096)
def transliterate(text: str, country: str = "") -> str:
    """`text` (an Arabic name) in Latin letters; words already in Latin letters are kept. The
    name of a place in `country` takes a gazetteer spelling of that country's places only."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text or ""))
    words = dediac_ar(text).split()
    if not words or not has_arabic(text):
        return " ".join(words)
    head_after = HEADS_AFTER.get(words[0]) if len(words) > 1 else None
    head_before = HEADS_BEFORE.get(words[0]) if len(words) > 1 else None
    if head_after or head_before:
        words = words[1:]
    tails = []
    while len(words) > 1 and words[-1] in TAILS and (head_after or head_before):
        tails.insert(0, TAILS[words.pop()])
    known = _known_english(" ".join(words), country)
    name = known or _words(words)
    head = head_after or head_before
    if known and head and head.split()[-1].lower() in known.lower().split():
        head_after = head_before = None  # «مدينة العين»: "Al Ain City" says the head already
    if head_before:
        return " ".join((head_before, name, *tails))
    return " ".join((name, *tails, head_after)) if head_after else name


def _known_english(name: str, country: str = "") -> str:
    """The gazetteer's English name of a place called `name` of a kind above a village («عدن» →
    "Aden", «العند» → "Al Anad"; a city's, else the best kind's, when several are), so that «مطار
    عدن» reads "Aden Airport" as Aden reads elsewhere; "" when there is none (a village's English
    is a spelling too). With `country`, only that country's places: a street «جمال» of Taizz is
    not "Djemmal", a town of Tunisia."""
    from core.entities.gazetteer import KIND_PRIORITY, Gazetteer  # lazily: read once, by the analysis already
    from core.entities.matcher import normalized

    gazetteer = Gazetteer.load()
    if not gazetteer.has_key(normalized(name)):
        return ""  # the name itself only: no proclitic taken off («لحج» is not «ل» + «حج»)
    places = [p for p in gazetteer.lookup(name) if p.name_en and p.kind not in ("village", "subdistrict")
              and (not country or p.country == country)]
    # a city first («صنعاء»: "Sanaa", not its governorate "Amanat al Asimah"; «حلب»: "Aleppo", not "Halab")
    return max(places, key=lambda p: (p.kind == "city", KIND_PRIORITY.get(p.kind, 0.0))).name_en if places else ""


def _words(words: list[str]) -> str:
    """Words spelled one by one, «عبد» joined to the name after it («عبد الله» "Abdullah", «عبد
    الرحمن» "Abdulrahman"), as the names are written in English."""
    out: list[str] = []
    for i, word in enumerate(words):
        if i and words[i - 1] == "عبد" and word.startswith("ال") and len(word) > 3 and out and out[-1] == "Abd":
            stem = word[2:]
            out[-1] = "Abdullah" if stem == "له" else "Abdul" + _stem(stem).lower()
        else:
            out.append(_word(word))
    return " ".join(out)


# The "sun" letters: the article's «ل» is said as the letter after it («الشيخ» "Ash Shaykh", «الضباب»
# "Ad Dabab"), as the gazetteer's English names write it.
_SUN = frozenset("تثدذرزسشصضطظلن")


@lru_cache(maxsize=1)
def _common_words() -> dict[str, str]:
    """resources/lexicons/romanisation.json: name words spelled as English readers know them («محمد»
    "Muhammad"), whose short vowels no rule can guess."""
    import importlib.resources
    import json

    data = json.loads((importlib.resources.files("resources") / "lexicons" / "romanisation.json")
                      .read_text(encoding="utf-8"))
    return {dediac_ar(k): v for k, v in data["words"].items()}


def _word(word: str) -> str:
    """One word: «ال» → "Al " (a sun letter's "Ash ", "Ad "…), a common name word as the table spells
    it, else the letters read from their neighbours with the short vowels no reader can do without."""
    if not has_arabic(word):
        return word
    if word.startswith("ال") and len(word) > 3:
        stem = word[2:]
        article = f"A{_LETTERS(stem[0])} " if stem[0] in _SUN and stem[0] != "ل" else "Al "
        return article + _stem(stem)
    return _stem(word)


def _stem(word: str) -> str:
    common = _common_words().get(word)
    if common:
        return common
    units: list[tuple[str, bool]] = []  # (Latin, is a vowel)
    for i, ch in enumerate(word):
        before = word[i - 1] if i else ""
        after = word[i + 1] if i + 1 < len(word) else ""
        vowel_near = before in _VOWEL_LETTERS or after in _VOWEL_LETTERS
        if ch == "و":
            units.append(("w", False) if i == 0 or vowel_near else ("u", True))
        elif ch == "ي":
            units.append(("y", False) if i == 0 or vowel_near else ("i", True))
        elif ch in "اآةى":
            units.append(("a", True))
        elif ch in "أع" and i == 0 and after in "اآ":
            continue  # «العاصمة» "Al Asma": the alif says the vowel
        elif ch in "أع":
            units.append(("a", True) if i == 0 else ("'", False))
        elif ch == "إ":
            units.append(("i", True))
        elif ch == "ئ" and before in "اآ":
            units += [("'", False), ("i", True)]  # «قبائل» "Qaba'il", «رسائل»
        elif ch == "ؤ" and before and before not in _VOWEL_LETTERS:
            units += [("u", True), ("'", False)]  # «مؤتمر» "Mu'tamar"
        elif ch == "ء" and not after and before in "اآ":
            continue  # «اللواء», «صنعاء»: a final long a ("Sanaa"), no trailing apostrophe
        else:
            letter = _LETTERS(ch)
            if letter:
                units.append((letter, not letter.isalpha() and letter != "'"))
    # Short vowels are not written: a word never starts with two consonants, nor holds three in a
    # row, so an "a" (the commonest) goes between them — «ضباب» "Dabab", «مكسر» "Maksar", «رحمن» "Rahman".
    if len(units) >= 2 and not units[0][1] and not units[1][1]:  # «تل» "Tal", not "Tl"
        units.insert(1, ("a", True))
    i = 0
    while i + 2 < len(units):
        if not (units[i][1] or units[i + 1][1] or units[i + 2][1]):
            units.insert(i + 2, ("a", True))
        i += 1
    latin = "".join(u for u, _ in units)
    return latin[:1].upper() + latin[1:] if latin[:1] != "'" else latin[:2].upper() + latin[2:]
