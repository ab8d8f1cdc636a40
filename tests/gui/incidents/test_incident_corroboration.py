"""Other articles' reports of an incident in the incident panel: the "Also in" column and its
tooltip, the summary's links, the row's menu, and opening the other article at its incident."""

from __future__ import annotations

import pytest

from core import store
from core.ingest.model import ArticleIn
from core.pipeline import ANALYZER_VERSION
from gui.bidi import strip_isolates
from gui.incidents import IncidentPanel, IncidentTableModel
from gui.incidents.model import ALSO_COLUMN, COLUMNS

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

CLASH = {"event_type": "Battles", "sub_event_type": "Armed clash", "date": "2015-08-01", "seq": 0,
         "location": {"name_en": "Damt", "admin1_en": "Ad Dali"}, "evidence": [{"start": 4, "end": 9}]}
OTHER = {"event_type": "Protests", "sub_event_type": "Peaceful protest", "seq": 1}
REPORTS = {"s0": [{"article_id": 7, "title": "مواجهات في دمت", "published": "2015-08-02", "date": "2015-08-02",
                   "start": 20, "end": 31},
                  {"article_id": 9, "title": "Clashes near Damt", "published": None, "date": "2015-08-01",
                   "start": -1, "end": -1}]}


def test_the_also_in_column_counts_the_other_articles_and_its_tooltip_names_them(qtmodeltester) -> None:
    model = IncidentTableModel()
    model.set_incidents([CLASH, OTHER])
    assert model.index(0, ALSO_COLUMN).data() is None  # nothing known yet
    model.set_corroborations(REPORTS)
    qtmodeltester.check(model)
    assert COLUMNS[ALSO_COLUMN][0] == "Also in"
    assert strip_isolates(model.index(0, ALSO_COLUMN).data()) == "⇄ 2"
    assert model.index(1, ALSO_COLUMN).data() is None
    tip = strip_isolates(model.index(0, ALSO_COLUMN).data(0x03))  # ToolTipRole
    assert tip.splitlines()[:3] == ["Also reported in 2 other articles:", "• مواجهات في دمت (2015-08-02)",
                                   "• Clashes near Damt (date unknown)"]
    assert [r["article_id"] for r in model.reports(0)] == [7, 9] and model.reports(1) == []


def test_the_panel_opens_another_articles_report_from_its_menu_its_summary_and_a_double_click(qtbot) -> None:
    panel = IncidentPanel()
    qtbot.addWidget(panel)
    panel.set_incidents([CLASH, OTHER])
    assert panel.table.isColumnHidden(ALSO_COLUMN)  # no room taken while no other article reports one
    panel.set_corroborations(REPORTS)
    assert not panel.table.isColumnHidden(ALSO_COLUMN)
    panel.select_row(0)
    text = panel.summary.toPlainText()
    assert "Also reported in 2 other articles:" in text and "مواجهات في دمت" in text

    menu = panel.context_menu(0)
    opens = [a for a in menu.actions() if a.text().startswith("Open ")]
    assert [strip_isolates(a.text()) for a in opens] == ["Open مواجهات في دمت (2015-08-02) at this incident",
                                                         "Open Clashes near Damt (date unknown) at this incident"]
    assert panel.action_edit in menu.actions()  # the corrections follow
    with qtbot.waitSignal(panel.reportRequested, timeout=1000) as blocker:
        opens[0].trigger()
    assert blocker.args == [7, 20, 31]
    assert not [a for a in panel.context_menu(1).actions() if a.text().startswith("Open ")]

    from PySide6.QtCore import QUrl

    with qtbot.waitSignal(panel.reportRequested, timeout=1000) as blocker:
        panel.on_summary_link(QUrl("report:9:-1:-1"))
    assert blocker.args == [9, -1, -1]

    panel.set_corroborations({"s0": REPORTS["s0"][:1]})  # one report: a double-click opens it
    with qtbot.waitSignal(panel.reportRequested, timeout=1000) as blocker:
        panel.on_double_clicked(panel.model.index(0, ALSO_COLUMN))
    assert blocker.args == [7, 20, 31]
    with qtbot.waitSignal(panel.editRequested, timeout=1000):  # elsewhere it still edits
        panel.on_double_clicked(panel.model.index(0, ALSO_COLUMN + 1))


SECOND_TEXT = "😀😀 أفادت مصادر محلية بمقتل 10 مسلحين في مواجهات قرب مدينة دمت."


@pytest.fixture
def two_reports_db(article_db):  # type: ignore[no-untyped-def]
    """`article_db` (its clash in Damt on 1 August) and a second article telling it on the 2nd."""
    db = store.open_db(article_db)
    second, _ = store.add_article(db, ArticleIn(title="مقتل 10 مسلحين قرب دمت", text=SECOND_TEXT, source="t2",
                                                published="2015-08-02"))
    start = SECOND_TEXT.index("بمقتل")
    store.save_analysis(db, second, {
        "entities": [], "summary": {}, "analyzer_version": ANALYZER_VERSION,
        "incidents": [
            {"event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": 10, "date": "2015-08-02",
             "location": {"text": "دمت", "name_ar": "دمت", "name_en": "Damt", "admin1_en": "Ad Dali"},
             "evidence": [{"start": start, "end": start + len("بمقتل 10 مسلحين")}], "confidence": 0.7}]})
    db.conn.close()
    return article_db


def test_the_window_shows_the_other_report_and_opens_it_at_its_incident(qtbot, window_on, two_reports_db) -> None:
    from gui import ops

    window = window_on(two_reports_db, article=1)
    model = window.incidents.model
    assert strip_isolates(model.index(0, ALSO_COLUMN).data()) == "⇄ 1"  # the Damt clash
    assert model.index(1, ALSO_COLUMN).data() is None  # the air strike on Taizz: this article only

    opens = [a for a in window.incidents.context_menu(0).actions() if a.text().startswith("Open ")]
    assert "مقتل 10 مسلحين قرب دمت" in opens[0].text()
    with qtbot.waitSignal(window.articleShown, timeout=10_000) as shown:
        opens[0].trigger()
    assert shown.args == [2] and window.reader.text() == SECOND_TEXT
    assert window.incidents.current_row() == 0  # its incident selected, its evidence selected in the reader
    assert window.reader.textCursor().selectedText() == "بمقتل 10 مسلحين"
    assert strip_isolates(model.index(0, ALSO_COLUMN).data()) == "⇄ 1"  # and it points back

    # the analyst rejects the other report: it no longer corroborates anything
    window.incidents.select_row(0)
    with qtbot.waitSignal(window.corroborationsShown, timeout=10_000) as found:
        window.incidents.action_reject.trigger()
    assert found.args == [{}] and model.index(0, ALSO_COLUMN).data() is None
    ops.wait_for_all(10_000)


def test_enter_does_what_a_double_click_does(qtbot) -> None:  # type: ignore[no-untyped-def]
    """User's review (keyboard): Enter on an incident did nothing; a keyboard user could open
    another article's report only through the context menu. Enter now edits the incident, and on
    the "Also in" cell opens the other article; with a modifier it is left to the table."""
    from PySide6.QtCore import Qt

    panel = IncidentPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_incidents([CLASH, OTHER])
    panel.set_corroborations({"s0": REPORTS["s0"][:1]})
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.table.model().index(0, ALSO_COLUMN))
    with qtbot.waitSignal(panel.reportRequested, timeout=1000) as blocker:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert blocker.args == [7, 20, 31]
    panel.table.setCurrentIndex(panel.table.model().index(1, ALSO_COLUMN + 1))
    with qtbot.waitSignal(panel.editRequested, timeout=1000) as blocker:
        qtbot.keyClick(panel.table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert blocker.args[0]["event_type"] == "Protests"
    with qtbot.assertNotEmitted(panel.editRequested, wait=50):
        qtbot.keyClick(panel.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_the_shortcuts_list_says_enter_edits_an_incident(qtbot, arabic) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMenuBar

    from gui.dialogs.shortcuts import ShortcutsDialog

    dialog = ShortcutsDialog(QMenuBar())
    qtbot.addWidget(dialog)
    texts = [dialog.table.item(r, c).text() for r in range(dialog.table.rowCount()) for c in range(3)
             if dialog.table.item(r, c) is not None]
    assert "تحرير الحادثة المحددة؛ وفي «أيضا في» يُفتح المقال الآخر" in [strip_isolates(t) for t in texts]
