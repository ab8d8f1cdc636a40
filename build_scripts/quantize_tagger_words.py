"""Store an exported nn tagger's word table in int8 (one fp32 scale per row) instead of fp16.

    python build_scripts/quantize_tagger_words.py FILE.onnx [FILE.onnx ...]

The word table (59,010–60,137 words × 100, fp16: 12 MB of the network's 12.9 MB) is the one large
constant of `ner_bilstm.onnx`; the graph gathers the token's word and stem rows from it and casts
them to float32 (`Gather(table, ids) → Cast`). This rewrites each such pair as
`Cast(Gather(q, ids)) × Gather(scale, ids)` with q = round(row / scale), scale = max |row| / 127, so
the file halves (≈ 6.9 MB) and a row's values move by at most scale / 2 (0.4 % of its largest value).
Used for the extra members of an ensemble folder (the models folder stays under 30 MB); a file whose
table is already int8 is left as it is. Needs the `onnx` package (training venv, `build` extra).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np


def quantize(path: Path, min_rows: int = 1000) -> bool:
    """Rewrite `path` in place; False when there is no fp16 word table (of ≥ min_rows rows; already quantized)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    model = onnx.load(str(path))
    graph = model.graph
    table = None
    for node in graph.node:
        if node.op_type != "Constant":
            continue
        value = helper.get_attribute_value(node.attribute[0])
        if isinstance(value, TensorProto) and value.data_type == TensorProto.FLOAT16 and len(value.dims) == 2 \
                and value.dims[0] >= min_rows:
            table = (node, numpy_helper.to_array(value).astype(np.float32))
            break
    if table is None:
        print(f"{path.name}: no fp16 word table (quantized already)")
        return False
    const, weights = table
    name = const.output[0]
    scale = np.abs(weights).max(axis=1, keepdims=True) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.round(weights / scale), -127, 127).astype(np.int8)
    users = [n for n in graph.node if n.op_type == "Gather" and n.input[0] == name]
    casts = {n.input[0]: n for n in graph.node if n.op_type == "Cast"}
    new_nodes = [
        helper.make_node("Constant", [], [name + "_q"], value=numpy_helper.from_array(q, name + "_q")),
        helper.make_node("Constant", [], [name + "_scale"],
                         value=numpy_helper.from_array(scale.astype(np.float32), name + "_scale")),
    ]
    drop = {id(const)}
    replaced: dict[int, list] = {}
    for k, gather in enumerate(users):
        cast = casts[gather.output[0]]  # the fp16 rows' Cast to float32
        ids, out = gather.input[1], cast.output[0]
        rows, rows_f, scales = f"{name}_rows{k}", f"{name}_rowsf{k}", f"{name}_scales{k}"
        replaced[id(gather)] = [
            helper.make_node("Gather", [name + "_q", ids], [rows], axis=0),
            helper.make_node("Cast", [rows], [rows_f], to=TensorProto.FLOAT),
            helper.make_node("Gather", [name + "_scale", ids], [scales], axis=0),
            helper.make_node("Mul", [rows_f, scales], [out]),
        ]
        drop.add(id(cast))
    nodes = []
    for node in graph.node:
        if id(node) == id(const):
            nodes.extend(new_nodes)
        elif id(node) in replaced:
            nodes.extend(replaced[id(node)])
        elif id(node) not in drop:
            nodes.append(node)
    del graph.node[:]
    graph.node.extend(nodes)
    onnx.checker.check_model(model)
    onnx.save(model, str(path))
    print(f"{path.name}: word table {weights.shape} int8, {len(users)} gathers; {path.stat().st_size / 1e6:.1f} MB")
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", type=Path, nargs="+")
    for path in parser.parse_args().files:
        quantize(path)


if __name__ == "__main__":
    main()
