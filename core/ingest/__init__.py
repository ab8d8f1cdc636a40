"""Ingest: readers per format, encoding detection, deduplicated import into the store.

The importer is loaded lazily: `core.store` uses `core.ingest.model`, and the importer uses
`core.store`, so importing it eagerly here would make the two packages import each other.
"""

from __future__ import annotations

from typing import Any

from core.ingest.dates import normalize_date
from core.ingest.encoding import NotTextError, decode_bytes
from core.ingest.model import ArticleIn, IngestError
from core.ingest.readers import article_from_object, read_path

_IMPORTER_NAMES = ("ImportReport", "analyze_stored", "import_paths", "seed_samples")

__all__ = [
    "ArticleIn",
    "ImportReport",
    "IngestError",
    "NotTextError",
    "analyze_stored",
    "article_from_object",
    "decode_bytes",
    "import_paths",
    "normalize_date",
    "read_path",
    "seed_samples",
]


def __getattr__(name: str) -> Any:
    if name in _IMPORTER_NAMES:
        from core.ingest import importer

        return getattr(importer, name)
    raise AttributeError(f"module 'core.ingest' has no attribute {name!r}")
