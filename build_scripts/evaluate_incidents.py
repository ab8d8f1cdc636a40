"""Incidents on the seed article (against the expected list) and on a sample of Yemen news.

    .venv/bin/python build_scripts/evaluate_incidents.py [--sample 10] [--seed-only] [--bench 200]

1. The seed article: each of the eight expected incidents, found or not, with what was coded.
2. A sample of SaudiNewsNet articles naming Yemeni governorates, incidents printed for checking
   by hand (verdicts go in docs/incidents.md). `--skip` picks another sample.
3. Speed: whole analyses (entities + incidents + summary) per second on one core.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.incidents.model import Incident  # noqa: E402
from core.pipeline import analyze  # noqa: E402

SHELLING = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
# (label, sub-event, place word (Arabic, in text/name/admin), expected killed/injured/captured or None)
EXPECTED = [
    ("1 clash near Damt", "Armed clash", "دمت", (12, 22, None)),
    ("2 shelling of Damt", SHELLING, "دمت", None),
    ("3 shelling in Ibb (civilians)", SHELLING, "إب", None),
    ("4 clash in al-Zahir", "Armed clash", "الزاهر", (12, 8, 12)),
    ("5 air strike in al-Zahir", AIR, "الزاهر", None),
    ("6 air strike on a camp, al-Bayda", AIR, "البيضاء", None),
    ("7 shelling of Mukayras", SHELLING, "مكيراس", None),
    ("8 ambushes in Dhi Na'im / al-Manasih", "Armed clash", "ناعم", (10, 10, None)),
]
GOVERNORATES = ["صنعاء", "عدن", "تعز", "الضالع", "لحج", "أبين", "مأرب", "البيضاء", "إب", "الحديدة", "صعدة",
                "حجة", "الجوف", "شبوة", "حضرموت", "عمران", "ذمار", "المهرة", "ريمة", "المحويت"]


def _where(inc: Incident) -> str:
    loc = inc.location
    if loc is None:
        return ""
    return " ".join([loc.text, loc.name_ar, loc.admin1_ar, loc.admin2_ar])


def seed_table(shared: Path) -> None:
    text = (shared / "seed" / "dhale_bayda_2015.txt").read_text(encoding="utf-8")
    incidents = analyze(text, date(2015, 7, 29)).incidents
    used: set[int] = set()
    print(f"Seed article: {len(incidents)} incidents coded\n")
    print(f"{'expected':38} {'found':5} {'k/i/c expected':15} {'k/i/c coded':15} place (precision) | actors")
    found = 0
    for label, sub, word, figures in EXPECTED:
        hits = [i for i, inc in enumerate(incidents) if inc.sub_event_type == sub and word in _where(inc) and i not in used]
        if sub == AIR and word == "البيضاء":  # the camp strike: an air strike other than the al-Zahir one
            hits = [i for i in hits if "الزاهر" not in _where(incidents[i])] or hits
        if not hits:
            print(f"{label:38} {'NO':5}")
            continue
        i = hits[0]
        used.add(i)
        inc = incidents[i]
        coded = (inc.fatalities, inc.injured, inc.captured)
        ok = figures is None or tuple(figures) == coded
        found += ok
        actors = " vs ".join(a.name_en for a in (inc.actor1, inc.actor2) if a)
        exp = "/".join("-" if v is None else str(v) for v in figures) if figures else "any"
        got = "/".join("-" if v is None else str(v) for v in coded)
        loc = f"{inc.location.name_en} ({inc.location.geo_precision})" if inc.location else "-"
        print(f"{label:38} {'yes' if ok else 'BAD':5} {exp:15} {got:15} {loc} | {actors}")
    extra = [inc for i, inc in enumerate(incidents) if i not in used]
    print(f"\n{found}/{len(EXPECTED)} expected incidents found with the expected figures; {len(extra)} extra:")
    for inc in extra:
        print("   +", inc.summary_en)


def yemen_sample(shared: Path, n: int, skip: int) -> None:
    print(f"\nSample of {n} Yemen articles (SaudiNewsNet), skipping {skip} matches:\n")
    shown = seen = 0
    with gzip.open(shared / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            text = art.get("content") or ""
            if "اليمن" not in text or sum(g in text for g in GOVERNORATES) < 2 or len(text) > 4000:
                continue
            seen += 1
            if seen <= skip:
                continue
            analysis = analyze(text, art.get("date_published"), art.get("title", ""))
            if not analysis.incidents:
                continue
            shown += 1
            print(f"=== [{shown}] {art.get('source')} {art.get('date_published')} {art.get('title', '')[:90]}")
            print(f"    {art.get('url', '')}")
            for inc in analysis.incidents:
                ev = inc.evidence[0] if inc.evidence else (0, 0)
                print(f"  - {inc.summary_en}  [conf {inc.confidence:.2f}{' ' + ','.join(inc.flags) if inc.flags else ''}]")
                print(f"      «{text[ev[0]:ev[1]][:160]}»")
            if shown >= n:
                break


CONFLICT_CUES = re.compile(r"(اشتباك|مواجهات|غار[ةا]ت?|قصف|مقتل|قتل[ىا]|مصرع|هجوم|كمين|معارك|تفجير|اختطاف|مظاهر)")


def conflict_articles(shared: Path, n: int, seed: int, max_chars: int = 4000) -> list[dict]:
    """A seeded random sample of SaudiNewsNet articles about Yemen that report fighting.

    Yemen: «اليمن»/«يمني» and a governorate name, or two governorate names. Fighting: at least two
    conflict words. Repeats of an article (same first 200 characters) are counted once."""
    pool: list[dict] = []
    seen: set[str] = set()
    with gzip.open(shared / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            text = art.get("content") or ""
            govs = sum(g in text for g in GOVERNORATES)
            if not govs or ("اليمن" not in text and "يمني" not in text and govs < 2):
                continue
            if len(CONFLICT_CUES.findall(text)) < 2 or len(text) > max_chars or text[:200] in seen:
                continue
            seen.add(text[:200])
            pool.append(art)
    return random.Random(seed).sample(pool, min(n, len(pool)))


def dump_articles(shared: Path, n: int, seed: int, out: Path, first: int = 1, max_chars: int = 4000) -> None:
    """Write the sample as numbered text files (from `first`) for coding by hand
    (build_scripts/gold/CODING.md); articles already in the gold file are left out."""
    out.mkdir(parents=True, exist_ok=True)
    coded = {a["url"] for a in json.loads(GOLD.read_text(encoding="utf-8"))} if GOLD.exists() else set()
    sample = [a for a in conflict_articles(shared, n + len(coded), seed, max_chars) if a.get("url") not in coded][:n]
    for k, art in enumerate(sample, first):
        head = f"url: {art.get('url', '')}\ndate_published: {art.get('date_published')}\ntitle: {art.get('title', '')}\n\n"
        (out / f"{k:02d}.txt").write_text(head + (art.get("content") or ""), encoding="utf-8")
    print(f"{len(sample)} articles written to {out}" + (f" (only {len(sample)} of {n} not coded yet)" if len(sample) < n else ""))


GOLD = ROOT / "build_scripts" / "gold" / "yemen_incidents.json"
# other Arab conflicts (Syria, Iraq, Libya, Palestine, Turkey's border, Sinai…): scored with the country
# in the key and no scope (`--gold OTHER`); never used to write rules (see gold/CODING.md)
OTHER = ROOT / "build_scripts" / "gold" / "other_conflicts_incidents.json"
IN_SCOPE = ("Yemen", "Saudi Arabia", "")  # the gold's scope: incidents placed elsewhere are not scored
# kept for checking (build_scripts/gold/CODING.md): check1 from the first samples, check2 (166–210)
# sampled and coded after analyzer version 5's rules were written (its details read since version 6),
# check3 (211–255) sampled and coded during version 6, check4 (256–300) during version 7, check5
# (301–345) and check6 (346–420) after it, check7 (421–540, articles of 4,000–6,000 characters)
# during version 8 (scored once, then read for error analysis), check8 (541–649, the last articles of
# up to 12,000 characters) during version 8, kept out of the codability model's training too
CHECK1 = set(range(31, 46)) | set(range(91, 106))
CHECK2 = set(range(166, 211))
CHECK3 = set(range(211, 256))
CHECK4 = set(range(256, 301))
CHECK5 = set(range(301, 346))
CHECK6 = set(range(346, 421))
CHECK7 = set(range(421, 541))
CHECK8 = set(range(541, 650))
NEVER_READ = CHECK3 | CHECK4 | CHECK5 | CHECK6 | CHECK8
HELD_OUT = CHECK8  # never read, never trained on: the fresh figure of this version
CHECK_PART = CHECK1 | CHECK2 | CHECK7 | NEVER_READ
PARTS = {"check": CHECK_PART, "check1": CHECK1, "check2": CHECK2, "check3": CHECK3, "check4": CHECK4,
         "check5": CHECK5, "check6": CHECK6, "check7": CHECK7,
         "check8": CHECK8, "fresh": NEVER_READ}
SAME_ADMIN1 = {"amanat al asimah": "sanaa", "'asir": "asir", "jizan": "jazan", "taiz": "taizz", "sa'dah": "sadah"}
# The gold files were coded with the gazetteer's admin1 names of before session 38 (iso3166-2's transliterations,
# «Halab», «Shamal Sina'»); since then it writes ACLED's («Aleppo», «North Sinai»): those read as the older names.
ADMIN1_RENAMED = {
    "damascus": "dimashq", "deir-ez-zor": "dayr az zawr", "al-hasakeh": "al hasakah", "homs": "hims",
    "aleppo": "halab", "hama": "hamah", "idleb": "idlib", "lattakia": "al ladhiqiyah", "quneitra": "al qunaytirah",
    "ar-raqqa": "ar raqqah", "rural damascus": "rif dimashq", "as-sweida": "as suwayda'", "tartous": "tartus",
    "al-anbar": "al anbar", "erbil": "arbil", "al-basrah": "al basrah", "babylon": "babil", "duhok": "dahuk",
    "thi-qar": "dhi qar", "kerbala": "karbala'", "missan": "maysan", "al-muthanna": "al muthanna",
    "al-najaf": "an najaf", "ninewa": "ninawa", "al-qadissiya": "al qadisiyah", "salah al-din": "salah ad din",
    "sulaymaniyah": "as sulaymaniyah", "wassit": "wasit", "benghazi": "banghazi", "derna": "darnah",
    "misrata": "misratah", "sirt": "surt", "tripoli": "tarabulus", "sebha": "sabha", "al kufra": "al kufrah",
    "al jufra": "al jufrah", "alexandria": "al iskandariyah", "red sea": "al bahr al ahmar", "beheira": "al buhayrah",
    "beni suef": "bani suwayf", "cairo": "al qahirah", "dakahlia": "ad daqahliyah", "damietta": "dumyat",
    "faiyum": "al fayyum", "gharbia": "al gharbiyah", "giza": "al jizah", "ismailia": "al isma'iliyah",
    "south sinai": "janub sina'", "qalyubia": "al qalyubiyah", "kafr el sheikh": "kafr ash shaykh", "qena": "qina",
    "luxor": "al uqsur", "minya": "al minya", "monufia": "al minufiyah", "matrouh": "matruh",
    "port said": "bur sa'id", "sohag": "suhaj", "sharqia": "ash sharqiyah", "north sinai": "shamal sina'",
    "suez": "as suways", "new valley": "al wadi al jadid", "akkar": "aakkar", "north": "ash shimal",
    "beirut": "bayrut", "bekaa": "al biqa'", "south": "al janub", "mount lebanon": "jabal lubnan",
    "nabatieh": "an nabatiyah", "ajloun": "'ajlun", "amman": "al 'asimah", "aqaba": "al 'aqabah",
    "tafilah": "at tafilah", "zarqa": "az zarqa'", "balqa": "al balqa'", "karak": "al karak", "mafraq": "al mafraq",
    "maan": "ma'an", "riyadh": "ar riyad", "makkah": "makkah al mukarramah", "al madinah": "al madinah al munawwarah",
    "eastern province": "ash sharqiyah", "al qassim": "al qasim", "hail": "ha'il",
    "northern borders": "al hudud ash shamaliyah", "asir": "'asir", "jericho": "jericho and al aghwar",
    "deir al-balah": "deir el balah", "banadir": "banaadir", "middle shabelle": "shabeellaha dhexe",
    "lower shabelle": "shabeellaha hoose", "middle juba": "jubbada dhexe", "lower juba": "jubbada hoose",
    "hiraan": "hiiraan", "galgaduud": "galguduud",
}


# Actor names, gold's and the pipeline's, to a few canonical groups (first matching rule wins;
# lower-case substrings of the name). The Houthi-Saleh alliance is one group; the Saudi military
# and the UAE are the coalition; the Saudi police and security forces are one group apart.
ACTOR_GROUPS = [
    ("saleh", "houthi"), ("houthi", "houthi"),
    ("resistance", "resistance"), ("tribes", "tribes"), ("tribal", "tribes"),
    ("coalition against the islamic state", "us/intl"), ("united states", "us/intl"),
    ("coalition", "coalition"), ("restoring hope", "coalition"), ("united arab emirates", "coalition"),
    ("uae", "coalition"), ("saudi arabia military", "coalition"), ("military forces of saudi", "coalition"),
    ("police", "saudi police"), ("saudi arabia security", "saudi police"), ("saudi security", "saudi police"),
    ("government of yemen", "yemen gov"), ("military forces of yemen", "yemen gov"),
    ("civilians", "civilians"), ("unidentified", "unidentified"),
    ("isis", "islamic state"), ("islamic state", "islamic state"), ("aqap", "aqap"), ("qaeda", "aqap"),
    ("protesters", "protesters"),
]


def actor_group(name: str | None) -> str:
    """The canonical group of an actor name (gold's «Saudi-led Coalition» and the pipeline's
    «Operation Restoring Hope» alike); "-" for none, "other" for a name no rule knows."""
    key = (name or "").strip().lower()
    if not key:
        return "-"
    return next((group for word, group in ACTOR_GROUPS if word in key), "other")


def actor_name(name: str | None) -> str:
    """An actor's own name, lower-case, without ACLED's bracketed country or period
    («Military Forces of Syria (2000-)» → «military forces of syria»): the strict measure beside
    `actor_group`, whose groups are Yemen's and put every other war's actors in one "other"."""
    key = re.sub(r"\s*\([^)]*\)", "", (name or "").strip().lower()).strip()
    return key or "-"


def actor_score(pairs: list[tuple[tuple[str | None, str | None], tuple[str | None, str | None]]],
                key: Callable[[str | None], str] = actor_group) -> dict:
    """Over (gold (actor1, actor2), pipeline (actor1, actor2)) name pairs of matched incidents:
    actor1 right, actor2 right, the pair right as an unordered set and in order, and a count of
    (field, gold group, pipeline group) errors (field "set" when the pair is right only reversed)."""
    out = {"n": 0, "actor1": 0, "actor2": 0, "set": 0, "order": 0, "errors": Counter()}
    for gold, found in pairs:
        g = tuple(key(a) for a in gold)
        f = tuple(key(a) for a in found)
        out["n"] += 1
        out["actor1"] += g[0] == f[0]
        out["actor2"] += g[1] == f[1]
        out["order"] += g == f
        out["set"] += sorted(g) == sorted(f)
        if g != f and sorted(g) == sorted(f):
            out["errors"][("reversed", " / ".join(g), " / ".join(f))] += 1
            continue
        for k in (0, 1):
            if g[k] != f[k]:
                out["errors"][(f"actor{k + 1}", g[k], f[k])] += 1
    return out


def _admin1(name: str | None) -> str | None:
    if not name:
        return None
    key = name.strip().replace("ı", "i").lower()  # «Sanlıurfa» (gold) = «Sanliurfa» (gazetteer since session 38)
    key = ADMIN1_RENAMED.get(key, key)
    return SAME_ADMIN1.get(key, key)


def _killed(fatalities: int | None, flags: list[str] | tuple = ()) -> int | None:
    """None only for "killed, no figure"; no death reported is 0 (ACLED's coding)."""
    if fatalities is None:
        return None if "fatalities_unknown" in flags else 0
    return fatalities


def gold_articles(shared: Path, gold_path: Path, part: str) -> list[tuple[dict, dict]]:
    """(gold article, SaudiNewsNet article) pairs of one part of the hand-coded file."""
    articles = json.loads(gold_path.read_text(encoding="utf-8"))
    if part in PARTS:
        articles = [a for a in articles if a["n"] in PARTS[part]]
    elif part == "dev":
        articles = [a for a in articles if a["n"] not in CHECK_PART]
    elif part == "read":  # every part but the ones never read (check3 to check6, check8)
        articles = [a for a in articles if a["n"] not in NEVER_READ]
    elif part == "train":  # every part but the held-out one (what the codability model learns from)
        articles = [a for a in articles if a["n"] not in HELD_OUT]
    by_url = {a["url"]: a for a in articles}
    texts: dict[str, dict] = {}
    with gzip.open(shared / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            if art.get("url") in by_url and art["url"] not in texts:
                texts[art["url"]] = art
    return [(gold, texts[gold["url"]]) for gold in articles]


def in_scope(incidents: list[Incident]) -> list[Incident]:
    return [inc for inc in incidents if inc.location is None or inc.location.country in IN_SCOPE]


def gold_keys(incidents: list[Incident], country: bool = False) -> list[tuple]:
    """What the score compares: (event type, governorate key, fatalities as ACLED codes them);
    with `country`, (event type, country, governorate key, fatalities)."""
    return [(inc.event_type, *((inc.location.country if inc.location else None,) if country else ()),
             _admin1(inc.location.admin1_en if inc.location else None),
             _killed(inc.fatalities, inc.flags)) for inc in incidents]


def _either(value: Any) -> list:
    """A gold field that lists the codings a coder would accept (a contested type, a town whose
    governorate is disputed) as a list; one value otherwise."""
    return value if isinstance(value, list) else [value]


def _accepted(g: dict, country: bool) -> set[tuple]:
    """The keys (without fatalities) a found incident may have to match gold incident `g`."""
    return {(t, *((g.get("country"),) if country else ()), _admin1(a))
            for t in _either(g["event_type"]) for a in _either(g.get("admin1"))}


def score_gold(shared: Path, gold_path: Path, part: str, verbose: bool) -> None:
    """Incident-level P/R/F1 at governorate level (same event type, same admin1) against incidents
    coded by hand, and fatalities exact on the matched pairs. The Yemen file scores incidents placed
    in Yemen or Saudi Arabia; any other file is scored whole, every country, with the country in the key."""
    country = gold_path.resolve() != GOLD.resolve()
    if country:
        part = "all"
    pairs = gold_articles(shared, gold_path, part)
    n_gold = n_sys = matched = exact = same_sub = 0
    by_type: dict[str, list[int]] = {}  # event type: [gold, pipeline, matched]
    actor_pairs: list[tuple] = []  # (gold names, pipeline names) of matched incidents
    for gold, art in pairs:
        text = art.get("content") or ""
        found = analyze(text, art.get("date_published"), art.get("title", "")).incidents
        found = found if country else in_scope(found)
        sys_keys = gold_keys(found, country)
        picks = _pairs(gold["incidents"], sys_keys, country)
        matched += sum(p is not None for p, _ in picks)
        exact += sum(e for _, e in picks)
        same_sub += sum(found[p].sub_event_type == g.get("sub_event_type") for g, (p, _) in zip(gold["incidents"], picks)
                        if p is not None)
        for g, (pick, _same) in zip(gold["incidents"], picks):
            if pick is not None:
                inc = found[pick]
                actor_pairs.append(((g.get("actor1"), g.get("actor2")),
                                    tuple(a.name_en if a else None for a in (inc.actor1, inc.actor2))))
            kind = _either(g["event_type"])[0] if pick is None else found[pick].event_type
            by_type.setdefault(kind, [0, 0, 0])[0] += 1
            by_type[kind][2] += pick is not None
        for key in sys_keys:
            by_type.setdefault(key[0], [0, 0, 0])[1] += 1
        lines = []
        for g, (pick, _same) in zip(gold["incidents"], picks):
            where = "/".join(str(_admin1(a)) for a in _either(g.get("admin1")))
            lines.append(f"   {'ok ' if pick is not None else 'MISS'} {'/'.join(_either(g['event_type'])):28} "
                         f"{(g.get('country', '') + ' ') * country}{where:16} "
                         f"killed {g.get('fatalities')} / {sys_keys[pick][2] if pick is not None else '-'}"
                         f"  {g.get('place', '')}" + (_detail(g, found[pick]) if pick is not None else ""))
        used = {p for p, _ in picks}
        free = [i for i in range(len(found)) if i not in used]
        lines += [f"   EXTRA {sys_keys[i][0]:28} {' '.join(str(k or '-') for k in sys_keys[i][1:-1]):16} "
                  f"{found[i].summary_en}" for i in free]
        n_gold += len(gold["incidents"])
        n_sys += len(found)
        if verbose and part not in PARTS:
            print(f"[{gold['n']}] {art.get('title', '')[:80]}")
            print("\n".join(lines))
    p = matched / n_sys if n_sys else 0.0
    r = matched / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"\nGold incidents ({part}, {len(pairs)} articles): {n_gold} coded by hand, {n_sys} by the pipeline, "
          f"{matched} matched (event type + governorate)")
    print(f"  P {p:.3f}  R {r:.3f}  F1 {f:.3f};  fatalities exact on {exact}/{matched} matched "
          f"({exact / matched if matched else 0:.0%}); sub-event type the same on {same_sub}/{matched} "
          f"({same_sub / matched if matched else 0:.0%})")
    for kind, (g, n, m) in sorted(by_type.items(), key=lambda kv: -kv[1][0]):
        print(f"    {kind:28} gold {g:3}  pipeline {n:3}  matched {m:3}")
    a = actor_score(actor_pairs)
    share = lambda k: f"{a[k]}/{a['n']} ({a[k] / a['n'] if a['n'] else 0:.0%})"  # noqa: E731
    print(f"  actors on matched (canonical groups): actor1 right {share('actor1')}, actor2 right {share('actor2')}, "
          f"pair right as a set {share('set')}, in order {share('order')}")
    a_exact = actor_score(actor_pairs, key=actor_name)
    exact_share = lambda k: f"{a_exact[k]}/{a_exact['n']} ({a_exact[k] / a_exact['n'] if a_exact['n'] else 0:.0%})"  # noqa: E731
    print(f"  actors on matched (names, bracketed country/period ignored): actor1 right {exact_share('actor1')}, "
          f"actor2 right {exact_share('actor2')}, pair right as a set {exact_share('set')}, in order {exact_share('order')}")
    if verbose:
        print("  most frequent actor errors (field: gold -> pipeline):")
        for (field, g, f), c in a["errors"].most_common(25):
            print(f"    {c:4}  {field:8} {g} -> {f}")


def _detail(g: dict, inc: Incident) -> str:
    """The verbose line's tail for a matched pair: «K!» when the fatalities differ, «A!» when an
    actor's name differs (bracketed country/period ignored), then gold's and the pipeline's actors
    and the pipeline's summary — what a reader needs to tell why a toll or an actor is off."""
    mine = tuple(a.name_en if a else None for a in (inc.actor1, inc.actor2))
    gold_actors = (g.get("actor1"), g.get("actor2"))
    k_off = _killed(inc.fatalities, inc.flags) != g.get("fatalities")
    a_off = tuple(map(actor_name, gold_actors)) != tuple(map(actor_name, mine))
    return (f"\n        {'K!' if k_off else '  '} {'A!' if a_off else '  '} gold {gold_actors[0]} / {gold_actors[1]}"
            f" :: found {mine[0]} / {mine[1]} :: {inc.summary_en}")


def _pairs(gold: list[dict], found: list[tuple], country: bool = False) -> list[tuple[int | None, bool]]:
    """For each gold incident, the (event_type, admin1 key, fatalities) triple of `found` it is
    matched to (same event type and governorate — and country, with `country`; each used once;
    a gold field may list the codings it accepts), and whether the fatalities are
    equal. Pairs with equal fatalities are made first, over the whole article, then the rest in
    order: the most equal pairs any matching allows (a gold incident earlier in the list no longer
    takes the candidate whose figure a later one shares), and the same number of matches."""
    free = list(range(len(found)))
    out: list[tuple[int | None, bool]] = [(None, False)] * len(gold)
    for exact in (True, False):
        for k, g in enumerate(gold):
            if out[k][0] is not None:
                continue
            keys = _accepted(g, country)
            cands = [i for i in free if found[i][:-1] in keys and (not exact or found[i][-1] == g.get("fatalities"))]
            if cands:
                free.remove(cands[0])
                out[k] = (cands[0], exact)
    return out


def agreement(gold_path: Path) -> None:
    """How far a second coder agrees with the gold file (same matching as the pipeline's score)."""
    gold = {a["n"]: a for a in json.loads(gold_path.read_text(encoding="utf-8"))}
    second = json.loads((gold_path.parent / "second_coder.json").read_text(encoding="utf-8"))
    n_gold = n_second = matched = exact = 0
    for art in second:
        mine = [(i["event_type"], _admin1(i.get("admin1")), i.get("fatalities")) for i in art["incidents"]]
        picks = _pairs(gold[art["n"]]["incidents"], mine)
        matched += sum(p is not None for p, _ in picks)
        exact += sum(e for _, e in picks)
        n_gold, n_second = n_gold + len(gold[art["n"]]["incidents"]), n_second + len(mine)
    p, r = matched / n_second, matched / n_gold
    print(f"Two coders on {len(second)} articles: {n_gold} and {n_second} incidents, {matched} matched: "
          f"P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}; fatalities equal on {exact}/{matched}")


def bench(shared: Path, n: int) -> None:
    texts = []
    with gzip.open(shared / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line).get("content") or "")
            if len(texts) >= n:
                break
    analyze(texts[0])  # load every resource once
    t0 = time.perf_counter()
    incidents = sum(len(analyze(t).incidents) for t in texts)
    dt = time.perf_counter() - t0
    chars = sum(len(t) for t in texts)
    print(f"\nSpeed: {n} articles ({chars // n} characters on average) in {dt:.1f} s = {n / dt:.1f} articles/s "
          f"(whole analysis, one core); {incidents} incidents")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--sample", type=int, default=10)
    ap.add_argument("--skip", type=int, default=0)
    ap.add_argument("--bench", type=int, default=0, help="also time N articles")
    ap.add_argument("--seed-only", action="store_true")
    ap.add_argument("--dump", type=Path, help="write --gold-n sampled articles here for coding by hand")
    ap.add_argument("--gold-n", type=int, default=45)
    ap.add_argument("--gold-max-chars", type=int, default=4000,
                    help="longest article to sample (every article of up to 4,000 characters is coded: 1-420)")
    ap.add_argument("--gold-seed", type=int, default=2015)
    ap.add_argument("--gold-first", type=int, default=1, help="number of the first dumped article")
    ap.add_argument("--gold", nargs="?", const=GOLD, type=Path,
                    help="score against incidents coded by hand (default build_scripts/gold/yemen_incidents.json; "
                         "build_scripts/gold/other_conflicts_incidents.json: other Arab conflicts, whole file)")
    ap.add_argument("--part", choices=["dev", *PARTS, "read", "train", "all"], default="dev")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--agreement", action="store_true", help="agreement of the second coder with the gold file")
    args = ap.parse_args()
    if args.agreement:
        agreement(GOLD)
        return
    if args.gold:
        score_gold(args.shared, args.gold, args.part, args.verbose)
        return
    if args.dump:
        dump_articles(args.shared, args.gold_n, args.gold_seed, args.dump, args.gold_first, args.gold_max_chars)
        return
    seed_table(args.shared)
    if not args.seed_only:
        yemen_sample(args.shared, args.sample, args.skip)
    if args.bench:
        bench(args.shared, args.bench)


if __name__ == "__main__":
    main()
