"""Fixtures for the incident tests; the helpers they use live in incident_fixtures.py (a unique
module name: test folders have no __init__.py, so two modules named `conftest` would clash)."""

from __future__ import annotations

from datetime import date

import pytest

from core.document import Document
from incident_fixtures import annotate, seed_items


@pytest.fixture()
def seed_doc(seed_text: str) -> Document:
    return annotate(seed_text, seed_items(), doc_date=date(2015, 7, 29))


@pytest.fixture()
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The codability model switched off, so a test pins what the rules find (every candidate is
    coded); a test module asks for it with `pytestmark = pytest.mark.usefixtures("rules_alone")`."""
    from core.incidents import codability

    monkeypatch.setattr(codability, "ENABLED", False)
