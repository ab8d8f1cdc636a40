"""The summary's day chart says "No dated incidents" for an undated article (the bundled sample
has no date): the pane tells why and how to date it, and its link opens Article details…"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from core import store
from core.ingest.model import ArticleIn
from core.pipeline import ANALYZER_VERSION
from gui import ops

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

PLACE = {"text": "تعز", "name_ar": "تعز", "name_en": "Taizz", "admin1_en": "Taizz", "lat": 13.58, "lon": 44.02}


def _strike(start: int) -> dict:
    return {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike", "fatalities": 2,
            "location": PLACE, "actor1": {"text": "التحالف", "name_en": "Saudi-led coalition"}, "date": None,
            "confidence": 0.7, "evidence": [{"start": start, "end": start + 4}]}


@pytest.fixture
def undated_db(tmp_path: Path) -> str:
    """One article without a date whose two incidents have none either."""
    path = tmp_path / "undated.db"
    db = store.open_db(path)
    aid, _ = store.add_article(db, ArticleIn(title="غارات على تعز", text="غارة جوية على تعز وغارة ثانية قرب المطار",
                                             source="test", published=None))
    store.save_analysis(db, aid, {"entities": [], "incidents": [_strike(0), _strike(18)], "summary": {},
                                  "analyzer_version": ANALYZER_VERSION})
    db.conn.close()
    return str(path)


def test_undated_incidents_say_how_to_date_their_article(qtbot, window_on, undated_db: str) -> None:  # type: ignore[no-untyped-def]
    w = window_on(undated_db)
    with qtbot.waitSignal(w.summaryShown, timeout=10_000):
        w.action_summary_tab.trigger()
    note = w.summary.dates_note
    assert w.summary.chart.series() == [] and note.isVisible()
    assert "2 incidents without a date: the article has none." in note.toolTip()
    assert "Article details…, Ctrl+Shift+D" in note.toolTip() and "href='details'" in note.text()
    # over the library, the note offers File → Read dates from article text… once unfolded
    with qtbot.waitSignal(w.summaryShown, timeout=10_000):
        w.summary.set_scope_kind("search", emit=True)
    assert "Not in the day chart" in note.toolTip() and "href='more'" in note.text()
    note.linkActivated.emit("more")
    assert "href='read-dates'" in note.text() and "href='less'" in note.text()
    note.linkActivated.emit("less")
    with qtbot.waitSignal(w.summaryShown, timeout=10_000):
        w.summary.set_scope_kind("article", emit=True)
    note.linkActivated.emit("details")  # the link opens the dialog that sets the date
    qtbot.waitUntil(lambda: w.details_dialog is not None and w.details_dialog.isVisible(), timeout=5_000)
    dialog = w.details_dialog
    dialog.unknown.setChecked(False)
    dialog.date_edit.setDate(QDate(2015, 7, 21))
    with qtbot.waitSignal(w.summaryShown, timeout=30_000):  # dated: analysed again, the chart follows
        dialog.accept()
    assert w.summary.chart.series() and not note.isVisible()
    ops.wait_for_all(10_000)


def test_the_note_is_gone_when_every_incident_has_a_day(qtbot) -> None:  # type: ignore[no-untyped-def]
    from gui.summary.data import SummaryData, SummaryScope
    from gui.summary.view import SummaryView

    view = SummaryView()
    qtbot.addWidget(view)
    view.show()
    scope = SummaryScope("search")
    view.set_data(SummaryData(scope, articles=2, totals={"incidents": 3, "by_day": {"2015-07-21": 2, "(unknown)": 1}},
                              days=[("2015-07-21", 2)]))
    assert view.dates_note.isVisible()
    assert "Not in the day chart: 1 incident without a date (their articles have none)." in view.dates_note.toolTip()
    view.set_data(SummaryData(scope, articles=2, totals={"incidents": 2, "by_day": {"2015-07-21": 2}},
                              days=[("2015-07-21", 2)]))
    assert not view.dates_note.isVisible()


def test_the_note_in_arabic(qtbot, arabic) -> None:  # type: ignore[no-untyped-def]
    from gui.summary.data import SummaryData, SummaryScope
    from gui.summary.view import SummaryView

    view = SummaryView(arabic_labels=True)
    qtbot.addWidget(view)
    view.set_data(SummaryData(SummaryScope("article", (1,)), articles=1,
                              totals={"incidents": 8, "by_day": {"(unknown)": 8}}, days=[]))
    text = view.dates_note.toolTip()
    assert "(s)" not in text and "8 حوادث" in text and "تفاصيل المقال" in text and "Ctrl+Shift+D" in text
    view.set_data(SummaryData(SummaryScope("search"), articles=3, totals={"incidents": 8, "by_day": {"(unknown)": 8}}))
    assert "كيف تُؤرَّخ…" in view.dates_note.text() and "How to" not in view.dates_note.text()


def test_the_library_note_points_to_set_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Over several articles the note names the library's Set date… (many at once) first."""
    from gui.summary.data import SummaryData, SummaryScope
    from gui.summary.view import SummaryView

    view = SummaryView()
    qtbot.addWidget(view)
    view.set_data(SummaryData(SummaryScope("search"), articles=12, totals={"incidents": 35, "by_day": {"(unknown)": 33}}))
    assert "Set date of selected articles…" in view.dates_note.toolTip()
    view.dates_note.linkActivated.emit("more")
    assert "Set date of selected articles…" in view.dates_note.text()


def _summary_at_laptop_size(qtbot, n_rows: int):  # type: ignore[no-untyped-def]
    from gui.summary.data import SummaryData, SummaryScope
    from gui.summary.view import SummaryView

    view = SummaryView()
    qtbot.addWidget(view)
    view.resize(505, 680)  # the summary pane of a 1366×768 window (38% of its width, under the tab bar)
    types = {f"Type {i}": 10 + i for i in range(n_rows)}
    long_note = {"(unknown)": 8, "2015-07-21": 3}
    view.set_data(SummaryData(SummaryScope("search"), articles=401,
                              totals={"incidents": 24, "fatalities": 218, "unknown_fatalities": 1, "injured": 256,
                                      "captured": 97, "folded_reports": 1, "by_event_type": types, "by_day": long_note},
                              days=[("2015-07-19", 3), ("2015-07-20", 4), ("2015-07-21", 9)]))
    view.show()
    qtbot.waitExposed(view)
    return view


def _rows_shown(table) -> int:  # type: ignore[no-untyped-def]
    return sum(1 for r in range(table.rowCount())
               if table.visualRect(table.model().index(r, 0)).bottom() <= table.viewport().height())


def test_the_tables_keep_room_on_a_laptop_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    """At 1366×768 the undated note took three lines and the tables showed about two rows: the note is
    one line (all of it in the tooltip and behind "How to date them…"), the tables show six rows or
    more, and the chart and the map stay on screen."""
    view = _summary_at_laptop_size(qtbot, 12)
    note = view.dates_note
    assert note.isVisible() and note.height() <= 2 * note.fontMetrics().height()
    assert "Not in the day chart" in note.toolTip() and "Set date of selected articles…" in note.toolTip()
    assert _rows_shown(view.type_table) >= 6
    tables, chart, map_box = view.splitter.sizes()
    assert chart >= view.chart.minimumHeight() and map_box >= view.map.minimumHeight()
    # unfolded, the note wraps and shows every way to date the incidents; "Less" folds it again
    note.linkActivated.emit("more")
    assert note.wordWrap() and "href='read-dates'" in note.text()
    note.linkActivated.emit("less")
    assert not note.wordWrap() and "href='more'" in note.text()


def test_the_folded_note_is_elided_to_its_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _summary_at_laptop_size(qtbot, 3)
    note = view.dates_note
    view.resize(view.minimumSizeHint().width(), 680)  # narrower than the sentence
    qtbot.waitUntil(lambda: "…" in note.text().split("<a")[0])
    assert "href='more'" in note.text() and note.sizeHint().height() <= 2 * note.fontMetrics().height()
