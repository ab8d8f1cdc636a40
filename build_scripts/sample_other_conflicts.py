"""Sample fresh non-Yemen conflict articles for a blind gold file of other Arab conflicts.

    python build_scripts/sample_other_conflicts.py SEED [--out DIR] [--n 40]      # writes DIR/list.json (default build/)

Pool (the rule of CODING.md's read files): an article that names one of Syria, Iraq, Libya, Palestine, Lebanon,
Sudan, Sinai or their main cities, never a Yemeni name, holds at least two conflict words and is at most 7,000
characters long. Left out: every gold file's articles and copies of them (same first 200 characters or same title).
The pool is sorted by url and shuffled with SEED; the first N are taken.

Names are matched as words (a proclitic و ف ب ل ك and the article ال allowed before them), so «تعز» does not
match «تعزيزات», «عدن» not «معادن», «سرت» not «أسرته». Session 43 drew other_conflicts_read5.json with an
earlier version that matched them as substrings (which left out most articles that mention reinforcements);
`--substring-match` keeps that pool: `--substring-match --keep-gold other_conflicts_read5.json 2641` redraws the
fifth file's 40 articles. (Session 42's tool also left out, approximately, the draws of the non-Yemen passes;
it was lost with /tmp.)
"""
from __future__ import annotations

import argparse
import glob
import gzip
import json
import os
import random
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("MARSAD_SHARED_DATA") or os.path.join(os.path.dirname(ROOT), "shared", "data")

PLACES = ["سوريا", "سورية", "العراق", "ليبيا", "فلسطين", "لبنان", "السودان", "سيناء", "دمشق", "حلب", "حمص",
          "درعا", "إدلب", "الرقة", "دير الزور", "بغداد", "الموصل", "الأنبار", "الرمادي", "الفلوجة", "كركوك", "ديالى",
          "طرابلس", "بنغازي", "درنة", "سرت", "غزة", "الضفة الغربية", "القدس", "رام الله", "الخليل", "نابلس", "بيروت",
          "عرسال", "صيدا", "الخرطوم", "دارفور", "العريش", "رفح", "الشيخ زويد"]
YEMENI = ["اليمن", "يمني", "يمنية", "يمنيين", "يمنيون", "صنعاء", "عدن", "الحوثي", "الحوثيين", "الحوثيون", "تعز"]
CONFLICT = ["قتل", "مقتل", "قتلى", "هجوم", "غارة", "غارات", "اشتباك", "انفجار", "تفجير", "قصف", "مسلح",
            "اعتقال", "مظاهرة", "احتجاج", "عبوة", "صاروخ", "مفخخة", "انتحاري", "اختطاف", "جرحى", "معارك"]
LETTER = "\u0621-\u064a"


def word_pattern(names: list[str]) -> re.Pattern[str]:
    """Any of the names as a whole word, with «و/ف/ب/ل/ك» and «ال» allowed before a name without its own «ال»."""
    alts = []
    for name in names:
        bare = name[2:] if name.startswith("ال") else name
        alts.append(f"(?:[وفبلك]?(?:ال|لل)?{re.escape(bare)})")
    return re.compile(f"(?<![{LETTER}])(?:{'|'.join(alts)})(?![{LETTER}])")


def substring_pattern(names: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(n) for n in names))


def gold_urls(keep: set[str]) -> set[str]:
    urls: set[str] = set()
    for path in sorted(glob.glob(os.path.join(ROOT, "build_scripts", "gold", "*.json"))):
        if os.path.basename(path) in keep:
            continue
        data = json.load(open(path, encoding="utf-8"))
        arts = data["articles"] if isinstance(data, dict) and "articles" in data else data
        if isinstance(arts, dict):
            arts = list(arts.values())
        urls.update(a["url"] for a in arts if isinstance(a, dict) and a.get("url"))
    return urls


def pool(rows: list[dict], taken: set[str], substring: bool) -> list[dict]:
    make = substring_pattern if substring else word_pattern
    yemen, places = make(["اليمن", "يمني", "صنعاء", "عدن", "الحوثي", "تعز"] if substring else YEMENI), make(PLACES)
    heads = {(r.get("content") or "")[:200] for r in rows if r["url"] in taken}
    titles = {(r.get("title") or "").strip() for r in rows if r["url"] in taken}
    out, seen = [], set()
    for r in rows:
        text, title = r.get("content") or "", (r.get("title") or "").strip()
        if r["url"] in taken or not text or len(text) > 7000 or text[:200] in heads or title in titles:
            continue
        if yemen.search(text) or yemen.search(title) or not places.search(text):
            continue
        if sum(w in text for w in CONFLICT) < 2 or text[:200] in seen:
            continue
        seen.add(text[:200])
        out.append(r)
    return sorted(out, key=lambda r: r["url"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("seed", type=int)
    ap.add_argument("--out", default=os.path.join(ROOT, "build"))
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--substring-match", action="store_true", help="the pool of session 43's first version")
    ap.add_argument("--keep-gold", action="append", default=[], help="a gold file whose articles stay in the pool")
    args = ap.parse_args()
    news = os.path.join(SHARED, "news", "saudinewsnet.jsonl.gz")
    rows = [json.loads(line) for line in gzip.open(news, "rt", encoding="utf-8")]
    candidates = pool(rows, gold_urls(set(args.keep_gold)), args.substring_match)
    random.Random(args.seed).shuffle(candidates)
    picked = [{"n": i + 1, "url": r["url"], "date_published": r.get("date_published"), "source": r.get("source"),
               "title": r.get("title"), "content": r.get("content")} for i, r in enumerate(candidates[:args.n])]
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "list.json"), "w", encoding="utf-8") as fh:
        json.dump(picked, fh, ensure_ascii=False, indent=1)
    print(f"pool {len(candidates)}; wrote {len(picked)} to {args.out}/list.json")


if __name__ == "__main__":
    main()
