"""The incident table's rows fit their wrapped event type and sub-event, three lines too, in the
«Also in» layout (the column takes their width) and after every change of the rows' layout: a
sort, the filter, the reports of other articles; a colleague saw a three-line cell cut (session 37).
The row also makes room for glyphs that stand above the font's ascent or below its descent (an
Arabic name drawn by a fallback font): the style counts lines at the font's line height only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from gui import i18n
from gui.bidi import strip_isolates
from gui.incidents import IncidentPanel
from gui.incidents.model import ALSO_COLUMN, EVENT_TYPE_COLUMN, SUB_EVENT_COLUMN
from gui.incidents.panel import ROW_HEIGHT

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

KINDS = [("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
         ("Violence against civilians", "Abduction/forced disappearance"),
         ("Strategic developments", "Non-state actor overtakes territory"), ("Battles", "Armed clash")]
INCIDENTS = [{"event_type": e, "sub_event_type": s, "location": {"name_ar": "مديرية الزاهر", "name_en": "Az Zahir"},
              "fatalities": i, "seq": i, "evidence": [{"start": i, "end": i + 3}], "summary_ar": "قصف"}
             for i, (e, s) in enumerate(KINDS)]


def _needed(table, row: int, col: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """(lines, pixels) the cell's wrapped text takes at its column's width (its delegate's hint:
    the style's own layout of the text, the glyphs' reach and some air), checked against the
    lines of the font's metrics."""
    index = table.model().index(row, col)
    font = index.data(Qt.ItemDataRole.FontRole) or table.font()
    fm = QFontMetrics(font)
    pixels = table.sizeHintForIndex(index).height()
    lines = max(1, (pixels - 6) // fm.lineSpacing())
    text = strip_isolates(str(index.data() or ""))
    glyphs = fm.tightBoundingRect(text)  # an Arabic letter with its marks may stand above the font's ascent
    reach = max(0, -glyphs.top() - fm.ascent()) + max(0, glyphs.bottom() - fm.descent())
    assert pixels >= max(ROW_HEIGHT, lines * fm.lineSpacing() + reach + 6), (text, lines, reach, pixels)
    assert fm.horizontalAdvance(text) <= lines * (table.columnWidth(col) - 6) + 1, (text, lines)  # no line lost
    return lines, pixels


def _assert_rows_fit(table, when: str) -> int:  # type: ignore[no-untyped-def]
    most = 0
    for row in range(table.model().rowCount()):
        for col in (EVENT_TYPE_COLUMN, SUB_EVENT_COLUMN):
            if table.isColumnHidden(col):
                continue
            lines, pixels = _needed(table, row, col)
            most = max(most, lines)
            assert table.rowHeight(row) >= pixels, (when, row, col, lines, pixels, table.rowHeight(row))
    return most


def _panel(qtbot, width: int) -> IncidentPanel:  # type: ignore[no-untyped-def]
    from core.store.corroborations import incident_key

    panel = IncidentPanel()
    qtbot.addWidget(panel)
    panel.resize(width, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_incidents(INCIDENTS)
    panel.set_corroborations({incident_key(INCIDENTS[k]): [{"article_id": 5, "title": "تقرير آخر",
                                                            "published": "2015-08-02", "start": 0, "end": 4}]
                              for k in (0, 2)})
    qtbot.wait(10)
    assert not panel.table.isColumnHidden(ALSO_COLUMN)
    return panel


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("width", [420, 525, 640])
def test_rows_fit_their_wrapped_text_in_the_also_in_layout(qtbot, qapp, lang: str, width: int) -> None:  # type: ignore[no-untyped-def]
    assert i18n.install_language(qapp, lang) == lang
    try:
        panel = _panel(qtbot, width)
        table = panel.table
        most = _assert_rows_fit(table, "shown")
        if lang == "en" and width == 420:
            assert most >= 3  # the case seen: three-line cells beside «Also in»
        table.sortByColumn(EVENT_TYPE_COLUMN + 2, Qt.SortOrder.DescendingOrder)  # Killed: the arrow takes room
        qtbot.wait(10)
        _assert_rows_fit(table, "sorted")
        panel.filter.setText("Battles" if lang == "en" else "معارك")
        qtbot.wait(10)
        panel.filter.setText("")
        qtbot.wait(10)
        _assert_rows_fit(table, "filter cleared")
        panel.set_corroborations({})
        qtbot.wait(10)
        _assert_rows_fit(table, "no more reports")
    finally:
        i18n.install_language(qapp, "en")


def test_a_row_height_left_short_is_fitted_again_by_the_next_sort(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The rows follow every change of their layout (the proxy's layoutChanged, rowsInserted, a
    wrapping cell's dataChanged), not only a column's new width. (A guard: this sort also moves the
    sort arrow, whose width change refitted the rows before as well.)"""
    panel = _panel(qtbot, 420)
    table = panel.table
    for row in range(table.model().rowCount()):
        table.setRowHeight(row, ROW_HEIGHT)
    table.sortByColumn(EVENT_TYPE_COLUMN + 2, Qt.SortOrder.AscendingOrder)
    qtbot.wait(10)
    assert _assert_rows_fit(table, "sorted") >= 3
