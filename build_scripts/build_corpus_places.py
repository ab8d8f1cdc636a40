"""Local Yemeni place names learnt from news text: `resources/gazetteer/corpus_places.json`.

GeoNames and the Yemen admin tables stop at villages; news of the 2015 war names fronts,
neighbourhoods, mountains and camps they do not hold («جبهة صرواح», «حي الجحملية», «منطقة
الجفينة», «جبل صبر»). Reporters place them for their readers: «منطقة الجفينة جنوب غرب مأرب»,
«حي كلابة بمدينة تعز», «جبهة ماس في محافظة مأرب». This script reads SaudiNewsNet
(`../shared/data/news/saudinewsnet.jsonl.gz`), finds

    (HEAD | في | ب…) X [X2]  (ب… | في | <compass>[ي]…) [محافظة|مدينة|مديرية]  Y

where HEAD is a place-type word (منطقة، حي، جبل، جبهة، قرية، وادي، معسكر …) and Y a Yemeni
governorate or a city that stands for one (تعز، عدن، المكلا …, from the gazetteer), and keeps the
names placed in one governorate by at least MIN_COUNT sentences of at least MIN_ARTICLES articles,
MIN_SHARE of the time, and (unless the gazetteer knows it) written after a place-type head at
least once; generic words («المناطق الشمالية») are not names. Names the gazetteer
also knows in Yemen are flagged `in_gazetteer` (the runtime reads them only where the gazetteer
had to guess between homonyms).

Only place names and counts are written, never news text. Attribution: SaudiNewsNet (CC BY-NC-SA
4.0), see resources/ATTRIBUTION.md. Reproducible: the same input gives the same file.

    .venv/bin/python build_scripts/build_corpus_places.py [--news PATH]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.entities.gazetteer import Gazetteer  # noqa: E402
from core.entities.matcher import normalized  # noqa: E402
from core.text.clitics import proclitic_variants  # noqa: E402

OUT = ROOT / "resources" / "gazetteer" / "corpus_places.json"
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet.jsonl.gz"
HEADS = {normalized(w) for w in ("منطقة", "حي", "جبل", "جبال", "جبهة", "قرية", "بلدة", "وادي", "معسكر", "مثلث",
                                  "عزلة", "تبة", "نقيل", "سوق", "مديرية", "مدينة", "ساحل", "ميناء", "مطار")}
ADMIN_WORDS = {normalized(w) for w in ("محافظة", "مدينة", "مديرية", "العاصمة")}
COMPASS = {normalized(w) for w in ("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط")}
STOP = {normalized(w) for w in (
    "في", "من", "على", "إلى", "عن", "مع", "بين", "التي", "الذي", "الذين", "هذه", "هذا", "تلك", "ذلك", "و", "أو",
    "ثم", "قد", "كان", "كانت", "كل", "بعض", "نفس", "أخرى", "آخر", "الشمالية", "الجنوبية", "الشرقية", "الغربية",
    "الوسطى", "المحيطة", "المجاورة", "العسكرية", "الحدودية", "الساحلية", "الجبلية", "السكنية", "الصناعية",
    "المحررة", "المستهدفة", "القريبة", "الأخرى", "الواقعة", "المطلة", "المحاذية", "التابعة", "المذكورة")}
TOKEN = re.compile(r"[\u0621-\u064a\u0660-\u0669\w]+|[^\s\w]")
MIN_COUNT, MIN_ARTICLES, MIN_SHARE = 3, 2, 0.75


def yemen_places(gaz: Gazetteer) -> tuple[dict[str, tuple[str, str]], set[str]]:
    """(normalised name → (admin1_en, admin1_ar) for governorates and tier-A cities of Yemen,
    every normalised name the gazetteer knows in Yemen)."""
    anchors: dict[str, tuple[str, str]] = {}
    known: set[str] = set()
    for i in range(len(gaz.places)):
        p = gaz.places[i]
        if p.country != "Yemen":
            continue
        names = [p.name_ar, *p.variants_ar]
        known.update(normalized(n) for n in names if n)
        if p.is_admin1 or (p.kind == "city" and p.tier == "A"):
            admin = (p.admin1_en or p.name_en, p.admin1_ar or p.name_ar)
            for n in names:
                if n:
                    anchors.setdefault(normalized(n), admin)
    return anchors, known


def _bare(word: str, vocab: set[str] | dict) -> str | None:
    """`word` or a proclitic-stripped variant of it that is in `vocab`."""
    return next((v for v in proclitic_variants(word) if v in vocab), None)


def scan(news: Path, anchors: dict[str, tuple[str, str]]) -> tuple[collections.Counter, dict, collections.Counter]:
    pairs: collections.Counter = collections.Counter()
    headed: collections.Counter = collections.Counter()  # name -> mentions after a place-type head
    articles: dict[tuple[str, str], set[int]] = collections.defaultdict(set)
    with gzip.open(news, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            text = json.loads(line).get("content") or ""
            words = [normalized(w) if w[0].isalpha() else w for w in TOKEN.findall(text)]
            for i, w in enumerate(words):
                head = _bare(w, HEADS) is not None
                if not head and not (w in ("في", "وفي") or (w[:1] in "بو" and w[1:2] == "ا" and w[1:3] == "ال")):
                    continue
                found = _placed(words, i + 1 if head or w in ("في", "وفي") else i, anchors, strip=not head and w[:1] in "بو")
                if found:
                    name, admin = found
                    pairs[(name, admin)] += 1
                    articles[(name, admin)].add(n)
                    headed[name] += head
    return pairs, articles, headed


def _placed(words: list[str], j: int, anchors: dict, strip: bool = False) -> tuple[str, tuple[str, str]] | None:
    """After a head or «في» at j-1 (or, `strip`, a name written with «ب/و» at j): the name (one or
    two words) and the governorate the text puts it in."""
    for width in (1, 2):
        name = words[j: j + width]
        if strip and name:
            name = [name[0][1:]] + name[1:]
        if name and _bare(name[0], HEADS | ADMIN_WORDS) is not None:
            return None  # «منطقة الجفينة» is counted from its head, as «الجفينة»
        if len(name) < width or any(not w[:1].isalpha() or w in STOP or w in COMPASS for w in name):
            return None
        k = j + width
        if k >= len(words):
            return None
        link = words[k]
        if link == "في" or link in COMPASS or (link.endswith("ي") and link[:-1] in COMPASS):
            seq = words[k + 1: k + 4]
        elif link.startswith("ب") and len(link) > 2 and link[1:2].isalpha():
            seq = [link[1:]] + words[k + 1: k + 3]  # «بمحافظة», «بتعز»
        else:
            continue
        while seq and (seq[0] in COMPASS or (seq[0].endswith("ي") and seq[0][:-1] in COMPASS)):
            seq = seq[1:]  # «جنوب غرب مأرب»
        if seq and _bare(seq[0], ADMIN_WORDS) is not None:
            seq = seq[1:]
        for y_width in (2, 1):
            y = " ".join(seq[:y_width])
            admin = anchors.get(y) or (anchors.get(_bare(y, anchors) or "") if y_width == 1 and y else None)
            if admin:
                return " ".join(name), admin
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--news", type=Path, default=NEWS)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    gaz = Gazetteer.load()
    anchors, known = yemen_places(gaz)
    pairs, articles, headed = scan(args.news, anchors)
    by_name: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for (name, admin), count in pairs.items():
        by_name[name][admin] += count
    places: dict[str, dict] = {}
    for name, admins in sorted(by_name.items()):
        (admin, count), total = admins.most_common(1)[0], sum(admins.values())
        if name in anchors or count < MIN_COUNT or count / total < MIN_SHARE or len(articles[(name, admin)]) < MIN_ARTICLES:
            continue
        if name not in known and not headed[name]:
            continue  # «مكتب العمل بمحافظة الجوف»: a name never written after a place-type word is no place
        places[name] = {"admin1_en": admin[0], "admin1_ar": admin[1], "count": count, "share": round(count / total, 2),
                        "articles": len(articles[(name, admin)]), "in_gazetteer": name in known}
    out = {
        "_about": [
            "Local Yemeni place names and the governorate news text puts them in («منطقة الجفينة جنوب غرب مأرب»),",
            "learnt by build_scripts/build_corpus_places.py from SaudiNewsNet (CC BY-NC-SA 4.0; names and counts only).",
            f"Kept: placed in one governorate by >= {MIN_COUNT} sentences of >= {MIN_ARTICLES} articles, >= {MIN_SHARE:.0%} of the time;",
            "in_gazetteer: the gazetteer knows the name somewhere in Yemen too. Keys are normalised names (core.entities.matcher.normalized).",
        ],
        "places": places,
    }
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{len(places)} names from {sum(pairs.values())} placed mentions written to {args.out}")


if __name__ == "__main__":
    main()
