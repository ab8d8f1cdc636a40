"""Every JSON file of resources/ is valid and has no key written twice (json.load keeps the last one silently,
so a merge that adds a list under a name already used would shadow the first without a word)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def _no_repeats(pairs: list[tuple[str, object]]) -> dict[str, object]:
    keys = [key for key, _ in pairs]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    if repeated:
        raise ValueError(f"keys written twice: {repeated}")
    return dict(pairs)


@pytest.mark.parametrize("path", sorted(RESOURCES.rglob("*.json")), ids=lambda p: str(p.relative_to(RESOURCES)))
def test_the_json_resource_has_no_repeated_key(path: Path) -> None:
    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_no_repeats)


def test_a_repeated_key_is_caught() -> None:
    with pytest.raises(ValueError, match="region_heads"):
        json.loads('{"region_heads": ["إقليم"], "a": 1, "region_heads": ["إقليم"]}', object_pairs_hook=_no_repeats)
