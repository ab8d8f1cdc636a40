"""Cut the neural tagger's character CNN out of `ner_bilstm.onnx` into `ner_bilstm_chars.onnx`.

The CNN reads each word alone (its character ids → a max-pooled vector), so at run time its output
is computed once per word form and cached (`core.entities.tagger_nn.CharVectors`); the network
then takes those vectors as the input "charvec". In the whole network the CNN was a third of the
time ONNX Runtime spent (convolution, ReLU, max over characters); the split changes no figure: the
same operators run on the same numbers.

    .venv/bin/python build_scripts/split_tagger_chars.py [FOLDER]   # default resources/models

Run by `train_tagger_nn.py` after every export; idempotent (a network already split is left
alone). Needs the `onnx` package (the `build` extra), never at run time. Afterwards the split model
is checked against the whole one on a sample batch (largest difference printed, must be < 1e-4).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.entities.tagger_nn import CHAR_INPUT, CHAR_MODEL_FILE, MODEL_FILE, load_model  # noqa: E402

SAMPLE = [["قال", "الرئيس", "عبد", "ربه", "منصور", "هادي", "في", "الرياض"], ["وقصفت", "طائرات", "التحالف", "مواقع", "الحوثيين", "بصنعاء", "؟"],
          ["ABC", "2015", "😀", "عدن"]]  # fmt: skip


def char_tensors(graph) -> tuple[str, str]:
    """(the CNN's pooled output [tokens, filters], the tensor the network concatenates [batch,
    time, filters]): from the one ReduceMax (the max over characters) forward to the Concat that
    joins the token features (the one fed by the "dense" input)."""
    consumers: dict[str, list] = defaultdict(list)
    for node in graph.node:
        for name in node.input:
            consumers[name].append(node)
    reduces = [n for n in graph.node if n.op_type == "ReduceMax"]
    concats = [n for n in graph.node if n.op_type == "Concat" and "dense" in n.input]
    if len(reduces) != 1 or len(concats) != 1:
        raise SystemExit(f"unexpected network: {len(reduces)} ReduceMax, {len(concats)} Concat of 'dense'")
    pooled = tensor = reduces[0].output[0]
    while tensor not in concats[0].input:
        nxt = consumers[tensor]
        if len(nxt) != 1:
            raise SystemExit(f"unexpected network: {tensor} feeds {len(nxt)} nodes")
        tensor = nxt[0].output[0]
    return pooled, tensor


def _rename(model, old: str, new: str) -> None:
    graph = model.graph
    for node in graph.node:
        node.input[:] = [new if name == old else name for name in node.input]
        node.output[:] = [new if name == old else name for name in node.output]
    for value in (*graph.input, *graph.output, *graph.value_info):
        if value.name == old:
            value.name = new


def _dims(value, names: list[str | int]) -> None:
    dims = value.type.tensor_type.shape.dim
    for dim, name in zip(dims, names):
        if isinstance(name, int):
            dim.dim_value = name
        else:
            dim.dim_param = name


def split(folder: Path) -> bool:
    """Split the network in `folder` in place; False when it was split already."""
    import onnx
    import onnx.utils
    from onnx import shape_inference

    path = folder / MODEL_FILE
    whole = onnx.load(str(path))
    if "chars" not in {i.name for i in whole.graph.input}:
        print(f"{path} takes no character ids: split already")
        return False
    whole_bytes = path.read_bytes()
    pooled, joined = char_tensors(whole.graph)
    inferred = shape_inference.infer_shapes(whole)
    extractor = onnx.utils.Extractor(inferred)
    others = [i.name for i in whole.graph.input if i.name != "chars"]
    network = extractor.extract_model([*others, joined], ["emissions"])
    cnn = extractor.extract_model(["chars"], [pooled])
    filters = int(cnn.graph.output[0].type.tensor_type.shape.dim[-1].dim_value)
    _rename(network, joined, CHAR_INPUT)
    _dims(next(i for i in network.graph.input if i.name == CHAR_INPUT), ["batch", "time", filters])
    _rename(cnn, pooled, CHAR_INPUT)
    _dims(cnn.graph.output[0], ["tokens", filters])
    for model in (network, cnn):
        onnx.checker.check_model(model)
    onnx.save(network, str(path))
    onnx.save(cnn, str(folder / CHAR_MODEL_FILE))
    print(f"split {path.name} ({len(whole_bytes) / 1e6:.1f} MB) into {path.name} ({path.stat().st_size / 1e6:.1f} MB, "
          f"input {CHAR_INPUT} of {filters}) and {CHAR_MODEL_FILE} ({(folder / CHAR_MODEL_FILE).stat().st_size / 1e3:.0f} kB)")
    check(folder, whole_bytes)
    return True


def check(folder: Path, whole_bytes: bytes) -> float:
    """Largest |emission difference| between the whole network and the split one on SAMPLE."""
    with tempfile.TemporaryDirectory() as tmp:
        for item in folder.iterdir():
            if item.is_file() and item.name != CHAR_MODEL_FILE:
                shutil.copy(item, Path(tmp) / item.name)
        (Path(tmp) / MODEL_FILE).write_bytes(whole_bytes)
        whole = load_model(Path(tmp), ROOT / "resources" / "models")
        parted = load_model(folder, ROOT / "resources" / "models")
        assert whole.char_vectors is None and parted.char_vectors is not None
        want = whole.session.run(None, whole.inputs(SAMPLE))[0]
        got = parted.session.run(None, parted.inputs(SAMPLE))[0]
    diff = float(np.abs(got - want).max())
    print(f"max |split - whole| emission difference on the sample: {diff:.2e}")
    if not diff < 1e-4:
        raise SystemExit("the split network does not reproduce the whole one")
    return diff


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "resources" / "models")
    split(parser.parse_args().folder)


if __name__ == "__main__":
    main()
