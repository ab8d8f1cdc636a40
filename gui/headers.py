"""Header sections' widths beside a sort arrow.

`QHeaderView.sectionSizeHint` leaves room for the sort arrow in every section once the header
shows sort indicators, though only the sorted section draws one: a table that fits its columns
to a narrow pane would give ~20 px per column to arrows never drawn.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QStyle


def arrow_room(header: QHeaderView) -> int:
    """The width the header adds to a section's hint for the sort arrow (0 when none is shown):
    Qt adds the section's height and the header margin."""
    if not header.isSortIndicatorShown():
        return 0
    return header.sizeHint().height() + header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)


def section_width(header: QHeaderView, section: int, *, arrow: bool | None = None) -> int:
    """The width `section`'s label needs unclipped; with room for the sort arrow when `arrow`
    (by default: when it is the sorted section)."""
    hint = header.sectionSizeHint(section)
    if arrow is None:
        arrow = header.isSortIndicatorShown() and header.sortIndicatorSection() == section
    return hint if arrow else max(header.minimumSectionSize(), hint - arrow_room(header))
