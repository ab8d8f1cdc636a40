"""Text layer: normalisation, tokens with code-point offsets, sentences, clitics.

The names below load on first use (PEP 562), so importing a light submodule such as
`core.text.english` (the CLI's plurals) does not load camel-tools' character tables (~0.45 s).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {
    "fold": "normalize",
    "fold_for_search": "normalize",
    "normalize_token": "normalize",
    "Token": "tokens",
    "tokenize": "tokens",
    "split_sentences": "sentences",
    "strip_proclitics": "clitics",
    "proclitic_variants": "clitics",
}

__all__ = list(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value
