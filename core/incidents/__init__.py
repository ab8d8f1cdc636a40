"""Incident step: detection, classification, arguments, merging (see issue 4)."""

from __future__ import annotations

from core.document import Document
from core.incidents.model import Actor, Incident, Place

__all__ = ["Actor", "Incident", "Place", "extract_incidents"]


def extract_incidents(doc: Document) -> list[Incident]:
    return []
