"""Measure the place recogniser on news text: speed, span rate, and a sample to judge by hand.

    .venv/bin/python build_scripts/eval_places.py [--articles 200] [--sample 50] [--seed 3]

Reads ../shared/data/news/saudinewsnet.jsonl.gz (every 97th article from an offset, so a different
`--seed` gives a different set), runs `core.entities.places.find` and prints:
- tokens/s of the place step alone (gazetteer already loaded) and the gazetteer load time;
- spans per 1,000 tokens, and how many came from a head word, from a bare name, or are facilities;
- `--sample` random spans with 50 characters of context each, numbered, for a person to mark
  right or wrong (precision is counted by hand; the sample is printed, not judged here).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.entities import places  # noqa: E402
from core.entities.gazetteer import Gazetteer  # noqa: E402
from core.pipeline import analyze  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--news", type=Path, default=ROOT.parent / "shared" / "data" / "news" / "saudinewsnet.jsonl.gz")
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()

    t0 = time.perf_counter()
    Gazetteer.load()
    load_s = time.perf_counter() - t0

    docs = []
    with gzip.open(args.news, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % 97 == args.seed % 97:
                docs.append(analyze(json.loads(line).get("content") or "", until="tokenise").doc)
                if len(docs) == args.articles:
                    break
    tokens = sum(len(d.tokens) for d in docs)
    t0 = time.perf_counter()
    found = [(d, s) for d in docs for s in places.find(d)]
    run_s = time.perf_counter() - t0

    how = Counter(
        "facility" if s.attrs["kind"] in ("facility", "landmark") else "head" if s.attrs.get("head") else "bare"
        for _, s in found
    )
    print(f"gazetteer load: {load_s:.2f} s")
    print(f"{len(docs)} articles, {tokens} tokens, place step {tokens / run_s:,.0f} tokens/s")
    print(f"{len(found)} LOCATION spans ({1000 * len(found) / tokens:.1f} per 1k tokens): {dict(how)}")
    print(f"by kind: {dict(Counter(s.attrs['kind'] for _, s in found).most_common())}")
    rng = random.Random(args.seed)
    for n, (doc, span) in enumerate(rng.sample(found, min(args.sample, len(found))), 1):
        left = doc.text[max(0, span.start - 50) : span.start].replace("\n", " ")
        right = doc.text[span.end : span.end + 30].replace("\n", " ")
        a = span.attrs
        where = a["name_en"] or a.get("near_name_en", "")
        print(f"{n:3d}. …{left}[[{span.text}]]{right}…  → {a['kind']} {where} / {a['admin1_en']} / {a['country']}")


if __name__ == "__main__":
    main()
