"""Check that a speed change leaves the analysis untouched: a digest of every output on a fixed sample.

Analyses a seeded random sample of the shared SaudiNewsNet corpus (1,000 articles, seed 1234 by
default) and writes one JSON line per article: every entity span (start, end, label, source, text,
attrs), every incident and every set-aside candidate (`Incident.to_dict`) and the summary. Floats
are written by `repr`, so a confidence that moved in its last bit shows. Prints the SHA-256 of the
file. Run it on the old tree and on the new one (`PYTHONPATH` on each) and compare the digests;
`--compare A B` names the first articles whose outputs differ.

    PYTHONPATH=. .venv/bin/python build_scripts/check_analysis_identical.py -o /tmp/new.jsonl
    PYTHONPATH=. .venv/bin/python build_scripts/check_analysis_identical.py --compare /tmp/old.jsonl /tmp/new.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def sample(n: int, seed: int) -> list[dict]:
    import gzip
    import random

    from bench import CORPUS

    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        total = sum(1 for _ in fh)
    wanted = set(random.Random(seed).sample(range(total), min(n, total)))
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i in wanted:
                out.append(json.loads(line))
    return out


def digest_line(index: int, article: dict) -> str:
    from core.pipeline import analyze

    result = analyze(article["content"], article.get("date_published"), article.get("title", ""))
    record = result.to_dict(id=index)
    record["set_aside"] = [i.to_dict() for i in result.set_aside]
    record["incidents_raw"] = [repr(i.confidence) for i in result.incidents]
    return json.dumps(record, ensure_ascii=False, sort_keys=True, default=repr)


def run(args: argparse.Namespace) -> None:
    articles = sample(args.sample, args.seed)
    h = hashlib.sha256()
    t0 = time.process_time()
    with open(args.output, "w", encoding="utf-8") as fh:
        for i, a in enumerate(articles):
            line = digest_line(i, a)
            fh.write(line + "\n")
            h.update(line.encode("utf-8") + b"\n")
    cpu = time.process_time() - t0
    print(f"{len(articles)} articles, {cpu * 1000 / max(1, len(articles)):.2f} ms CPU each")
    print(f"sha256 {h.hexdigest()}  {args.output}")


def compare(a: str, b: str) -> int:
    left = Path(a).read_text(encoding="utf-8").splitlines()
    right = Path(b).read_text(encoding="utf-8").splitlines()
    differ = [i for i, (x, y) in enumerate(zip(left, right)) if x != y]
    if len(left) != len(right):
        print(f"line counts differ: {len(left)} / {len(right)}")
    for i in differ[:5]:
        x, y = json.loads(left[i]), json.loads(right[i])
        keys = [k for k in x if x.get(k) != y.get(k)]
        print(f"article {i}: differs in {keys}")
    print("identical" if not differ and len(left) == len(right) else f"{len(differ)} articles differ")
    return 0 if not differ and len(left) == len(right) else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", default="analysis_digest.jsonl")
    parser.add_argument("--sample", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--compare", nargs=2, metavar=("OLD", "NEW"))
    args = parser.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare))
    run(args)


if __name__ == "__main__":
    main()
