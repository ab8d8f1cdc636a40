"""Put several exported nn taggers (`train_tagger_nn.py --out DIR`) into one ensemble folder.

    python build_scripts/ensemble_tagger_dir.py --out build/ner/ens-29-41 build/ner/dev85 build/ner/dev85-s41

The first folder's network becomes member 1 (`ner_bilstm.onnx`, `ner_bilstm_chars.onnx`,
`ner_bilstm_vocab.json`); the next ones `ner_bilstm_2.*`, `ner_bilstm_3.*`, … (see
`core.entities.tagger_nn.member_stems`: at run time their emissions and CRF scores are averaged).
A member whose words, characters and word lists are the first's gets a vocabulary file without them
(the run time then shares one encoder; a 0.9 MB copy less). `--link` makes symlinks to the source
files instead of copies, for measuring (a member's full vocabulary is then kept).
Every source must be a split network (`split_tagger_chars.py` already run, as every export does).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
from pathlib import Path

KEYS = ("words", "chars", "lists")


def build(out: Path, sources: list[Path], link: bool = False) -> None:
    out.mkdir(parents=True, exist_ok=True)
    first = json.loads((sources[0] / "ner_bilstm_vocab.json").read_text(encoding="utf-8"))
    for k, src in enumerate(sources, 1):
        stem = "ner_bilstm" if k == 1 else f"ner_bilstm_{k}"
        for suffix in (".onnx", "_chars.onnx", "_vocab.json"):
            source, target = src / f"ner_bilstm{suffix}", out / f"{stem}{suffix}"
            if not source.is_file():
                raise SystemExit(f"{source} is missing (every member must be a split network)")
            if target.exists() or target.is_symlink():
                target.unlink()
            vocab = json.loads(source.read_text(encoding="utf-8")) if suffix == "_vocab.json" else None
            if link:
                os.symlink(os.path.relpath(source.resolve(), out.resolve()), target)
            elif vocab is not None and k > 1 and all(vocab[key] == first[key] for key in KEYS):
                for key in KEYS:
                    del vocab[key]
                vocab["about"] = (f"CRF scores of {stem}.onnx, network {k} of an ensemble (the first network's "
                                  "words, characters and word lists); built by build_scripts/train_tagger_nn.py.")
                target.write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
            else:
                shutil.copyfile(source, target)
        print(f"{stem}: {src}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--link", action="store_true", help="symlink the source files (measuring only)")
    parser.add_argument("sources", type=Path, nargs="+")
    args = parser.parse_args()
    build(args.out, args.sources, args.link)


if __name__ == "__main__":
    main()
