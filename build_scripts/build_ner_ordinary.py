"""Strings the NER taggers' labelled training data shows mostly as ordinary words.

    .venv/bin/python build_scripts/build_ner_ordinary.py

Reads ../shared/data/ner/anercorp_train.conll, keeps its training block only (the last 15 %, the
dev block, is never read, so evaluate_ner.py's dev figures stay honest), and writes
resources/models/ner_ordinary_strings.json: single words and entity strings (up to four words)
seen at least twice and tagged as exactly that entity less than half the time («دين»: a name
once, a word forty times). core.entities.consistency never propagates them through a document.
Also `name_inner_waw`: words starting with «و» that the block shows inside one person's name
(«ولد» of «محمد ولد عبد العزيز») rather than starting a second joined name; the pass that splits
«سولانا ولاريجاني» in two leaves them alone. Deterministic (sorted output).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "build_scripts"))

import ner_data  # noqa: E402
from core.entities.consistency import MAX_WORDS, ORDINARY_FILE  # noqa: E402

OUT = ROOT / "resources" / "models" / ORDINARY_FILE


def main() -> None:
    train, _dev = ner_data.anercorp_split()
    strings = ner_data.ordinary_strings(train, max_words=MAX_WORDS)
    inner = ner_data.name_inner_waw(train)
    OUT.write_text(json.dumps({
        "about": "Normalised strings core.entities.consistency never propagates: seen at least twice in the "
                 "ANERcorp training block (dev excluded), an entity less than half the time; name_inner_waw: "
                 "words starting with waw the block shows inside a person's name more often than starting a "
                 "second joined name. Built by build_scripts/build_ner_ordinary.py; ANERcorp: see ATTRIBUTION.md.",
        "strings": strings,
        "name_inner_waw": inner,
    }, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {len(strings):,} strings and {len(inner)} name-inner waw words to {OUT.relative_to(ROOT)} "
          f"({OUT.stat().st_size / 1e3:.0f} kB)")


if __name__ == "__main__":
    main()
