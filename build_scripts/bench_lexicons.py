"""Speed of the lexicon and rule recognisers (lexicon, numbers, dates, casualties) on real news.

Usage: python build_scripts/bench_lexicons.py [N_ARTICLES]
Reads the first N articles of ../shared/data/news/saudinewsnet.jsonl.gz, normalises and tokenises
them outside the timer, then times each recogniser's `find(doc)`; prints tokens/s per recogniser
and for all four together (the entity step's budget is ≥ 20,000 tokens/s for them in total).
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.document import Document  # noqa: E402
from core.entities import casualties, dates, lexicon, numbers  # noqa: E402
from core.pipeline import Analysis, parse_date, step_normalise, step_tokenise  # noqa: E402

NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet.jsonl.gz"


def load(n: int) -> list[Document]:
    docs = []
    with gzip.open(NEWS, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            doc = Document(text=row.get("content") or "", date=parse_date(row.get("date_published") or ""))
            step_normalise(doc, Analysis(doc))
            step_tokenise(doc, Analysis(doc))
            docs.append(doc)
            if len(docs) >= n:
                break
    return docs


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    docs = load(n)
    tokens = sum(len(d.tokens) for d in docs)
    lexicon.lexicons(), numbers._lex(), dates._lex(), casualties._lex()  # load data outside the timer
    counts: dict[str, int] = {}
    total = 0.0
    for name, module in (("lexicon", lexicon), ("numbers", numbers), ("dates", dates), ("casualties", casualties)):
        # timed over all documents on its own: lexicon and casualties recompute numbers/dates
        t0 = time.perf_counter()
        found = 0
        for doc in docs:
            found += len(module.find(doc))
        elapsed = time.perf_counter() - t0
        total += elapsed
        counts[name] = found
        print(f"{name:11s} {elapsed:7.2f} s  {tokens / elapsed:10,.0f} tokens/s  {found:7d} spans")
    print(f"{'sum':11s} {total:7.2f} s  {tokens / total:10,.0f} tokens/s  (each alone; shared work counted twice)")
    # As the entity step runs them: one document at a time, all four, numbers/dates computed once.
    t0 = time.perf_counter()
    for doc in docs:
        for module in (lexicon, numbers, dates, casualties):
            module.find(doc)
    elapsed = time.perf_counter() - t0
    print(f"{'all four':11s} {elapsed:7.2f} s  {tokens / elapsed:10,.0f} tokens/s  ({len(docs)} articles, {tokens:,} tokens)")


if __name__ == "__main__":
    main()
