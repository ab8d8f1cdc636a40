"""The figures of one incident told by several reports: ACLED's conservative rule.

Reports of one clash often disagree («قتل 12», «20 قتيلا», «ثمانية قتلى»). ACLED codes the most
conservative figure, so a corroborated incident's fatalities, injured and captured are each the
lowest figure a report gives; a report that gives none is ignored, and the figure is unknown
only when no report gives one. Kept free of the incident layer so the flat writers stay light.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

FIGURES = ("fatalities", "injured", "captured")
Report = tuple[dict[str, Any], dict[str, Any]]  # (article, incident as that article gave it)


def _known(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def figure_range(reports: Iterable[Report], key: str) -> tuple[int, int] | None:
    """Lowest and highest figure the reports give for `key`; None when none gives one."""
    known = [inc.get(key) for _, inc in reports if _known(inc.get(key))]
    return (min(known), max(known)) if known else None


def group_figures(reports: list[Report]) -> dict[str, int | None]:
    """The figures a corroborated incident is coded with: the lowest each report gives."""
    return {key: (span[0] if (span := figure_range(reports, key)) else None) for key in FIGURES}


def disagreement(reports: list[Report]) -> str:
    """«reports give 8–20 killed, 5–22 injured» when the reports' figures differ, else ""."""
    spans = []
    for key, word in zip(FIGURES, ("killed", "injured", "captured"), strict=True):
        span = figure_range(reports, key)
        if span and span[0] != span[1]:
            spans.append(f"{span[0]}–{span[1]} {word}")
    return "reports give " + ", ".join(spans) if spans else ""
