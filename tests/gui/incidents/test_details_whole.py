"""At 1366×768 the selected incident's details kept their least, three lines, and scrolled by a line
(English) to three (Arabic). Past the table's eight rows and the key sentences' least, the details
are now given the article's longest details whole, up to five lines, measured once per article: the
key sentences above the table keep their height from one incident to the next, so the table's rows
do not move under the pointer."""

from __future__ import annotations

import pytest

from tests.gui.conftest import machine_analysis
from tests.gui.incidents.test_key_sentences import _panel_with_five_long_sentences, _rows_in_sight

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _details_lines(panel, row: int) -> tuple[int, bool]:  # type: ignore[no-untyped-def]
    """The height of a row's details at the summary's width cut after five lines, and whether cut."""
    from gui.incidents.panel import WHOLE_SUMMARY_LINES, _height_of_lines

    doc = panel.summary.document().clone()
    doc.setTextWidth(panel.summary.width() - 2 * panel.summary.frameWidth())
    doc.setHtml(panel._details_html(row))
    return _height_of_lines(doc, WHOLE_SUMMARY_LINES)


def _walk(qtbot, panel) -> list[tuple[int, int, int]]:  # type: ignore[no-untyped-def]
    """(the key sentences' height, the table's top, the summary's scroll) for each incident selected."""
    seen = []
    for row in range(panel.model.rowCount()):
        panel.select_row(row)
        qtbot.wait(20)
        seen.append((panel.key_sentences.list.height(), panel.table.mapTo(panel, panel.table.rect().topLeft()).y(),
                     panel.summary.verticalScrollBar().maximum()))
    return seen


def _mixed_panel(qtbot, height: int, width: int):  # type: ignore[no-untyped-def]
    panel = _panel_with_five_long_sentences(qtbot, height, width=width)
    two = machine_analysis()["incidents"]
    short = {key: two[0][key] for key in ("event_type", "sub_event_type", "location", "date", "confidence", "evidence")}
    short["location"] = dict(short["location"], country="Yemen")
    short["summary_ar"] = "اشتباك في دمت"  # details of four or five lines: more than three, whole now
    rows = [dict([short, *two][i % 3], seq=i) for i in range(8)]
    panel.set_incidents(rows, panel._summary)
    for _ in range(5):
        qtbot.wait(20)
    return panel


@pytest.mark.parametrize("language", ["en", "ar"])
def test_at_a_laptops_size_the_details_are_whole_and_the_table_stays_put(qtbot, qapp, language) -> None:  # type: ignore[no-untyped-def]
    from gui import i18n
    from gui.incidents.panel import KEEP_SUMMARY_LINES

    if language == "ar":
        i18n.install_language(qapp, "ar")
    try:
        panel = _mixed_panel(qtbot, 690, 508)  # the pane at 1366×768
        seen = _walk(qtbot, panel)
        assert len({(key, top) for key, top, _ in seen}) == 1, seen  # nothing above the table moves
        assert _rows_in_sight(panel.table) == 8
        least = panel.summary_heights()[0]
        lines = [_details_lines(panel, row) for row in range(panel.model.rowCount())]
        # a row whose details are more than the three lines of old and at most five: whole now
        grown = [row for row, (height, cut) in enumerate(lines) if not cut and height + 2 > least]
        assert grown, (lines, least, KEEP_SUMMARY_LINES)
        for row, (height, cut) in enumerate(lines):
            if not cut:
                assert seen[row][2] == 0, (row, lines, seen)
            assert panel.summary.height() >= height  # five lines at least of a longer one
    finally:
        i18n.install_language(qapp, "en")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_at_1400x900_the_table_keeps_its_eight_rows(qtbot, qapp, language) -> None:  # type: ignore[no-untyped-def]
    from gui import i18n

    if language == "ar":
        i18n.install_language(qapp, "ar")
    try:
        panel = _mixed_panel(qtbot, 824, 525)
        assert _rows_in_sight(panel.table) == 8 and not panel.table.verticalScrollBar().isVisible()
        assert panel.key_sentences.list.height() >= panel.key_sentences.least_height()
    finally:
        i18n.install_language(qapp, "en")


def test_a_short_pane_gives_the_details_no_more_than_their_three_lines(qtbot) -> None:  # type: ignore[no-untyped-def]
    """At 1024×600 the table keeps what it had (six of eight rows) and the sentences their least:
    the details' extra lines come after both."""
    panel = _mixed_panel(qtbot, 524, 442)
    least = panel.summary_heights()[0]
    assert panel.key_sentences.list.height() == panel.key_sentences.least_height()
    assert panel.summary.height() <= least + 2
