"""How the ANERcorp training block tags each variant of resources/lexicons/named_organizations.json.

    .venv/bin/python build_scripts/check_named_organizations.py

Prints, for every variant found in the training block (the last 15 %, the dev block, is never
read), how often its name span (context words in [brackets] left out) is tagged exactly ORG, lies
inside a longer ORG («نادي تشيلسي»: the tag-conll merge then keeps the tagger's longer span), is
tagged as another type, crosses a gold span, or is not tagged at all. A variant that is ORG (or
inside one) less than half the time does not belong in the lexicon; the script exits 1 when it
finds one.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "build_scripts"))

import ner_data  # noqa: E402
from core.entities.lexicon import context_variant, load_lexicon  # noqa: E402
from core.entities.matcher import PhraseMatcher  # noqa: E402
from core.text.normalize import normalize_token  # noqa: E402
from core.text.tokens import Token  # noqa: E402


def main() -> int:
    matcher: PhraseMatcher[tuple[str, str, tuple[int, int]]] = PhraseMatcher()
    for org in load_lexicon("named_organizations.json")["organizations"]:
        for variant in org["variants"]:
            phrase, trim = context_variant(variant)
            matcher.add(phrase, (org["id"], variant, trim))
    train, _dev = ner_data.anercorp_split()
    seen: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for words, tags in train:
        tokens, pos = [], 0
        for word in words:
            tokens.append(Token(pos, pos + len(word), word, normalize_token(word)))
            pos += len(word) + 1
        gold_spans = ner_data.entities(tags)
        gold = {(s, e): kind for s, e, kind in gold_spans}
        for m in matcher.find(tokens):
            org_id, variant, (before, after) = m.payloads[0]
            s, e = m.token_start + before, m.token_end - after
            kind = gold.get((s, e))
            if kind is None:
                inside = [k for gs, ge, k in gold_spans if gs <= s and e <= ge]
                kind = f"inside {inside[0]}" if inside else "O" if all(t == "O" for t in tags[s:e]) else "crossing"
            seen[(org_id, variant)][kind] += 1
    bad = 0
    for (org_id, variant), counts in sorted(seen.items(), key=lambda kv: -sum(kv[1].values())):
        total = sum(counts.values())
        flag = "" if (counts["ORG"] + counts["inside ORG"]) * 2 >= total else "  <- mostly not ORG"
        bad += bool(flag)
        print(f"{org_id:22s} {variant:32s} {dict(counts)}{flag}")
    print(f"{len(seen)} variants found in the training block; {bad} mostly not ORG")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
