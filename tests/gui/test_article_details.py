"""Article details… (Notes menu, Ctrl+Shift+D): the analyst sets the title, date and source; the
article is saved in one transaction and analysed again off the GUI thread, so its incidents'
dates follow the new date. The library marks a date read from the article's own text."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence

from core import store
from core.ingest.model import ArticleIn
from gui import ops
from gui.dialogs.article_details import ArticleDetailsDialog
from gui.library.model import ArticleListModel, TEXT_DATE_MARK


def stored(path: str) -> dict:
    db = store.open_db(path)
    try:
        art = store.get_article(db, 1)
        return {**art, "incident_dates": [i["date"] for i in store.get_incidents(db, 1)]}
    finally:
        db.close()


def test_details_change_the_date_and_the_incidents_follow(open_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    assert w.action_details.shortcut() == QKeySequence("Ctrl+Shift+D")
    assert w.action_details in w.menuBar().actions()[4].menu().actions()  # the Notes (article) menu
    w.action_details.trigger()
    dialog = w.details_dialog
    assert isinstance(dialog, ArticleDetailsDialog) and dialog.isVisible()
    assert dialog.title_edit.text() == "اشتباكات في دمت" and dialog.date_edit.date() == QDate(2015, 8, 1)
    assert not dialog.unknown.isChecked() and dialog.origin_label.text() == "From the file's date field."
    dialog.title_edit.setText("اشتباكات في دمت والضالع")
    dialog.source_edit.setText("سبأ")
    dialog.date_edit.setDate(QDate(2015, 8, 3))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: w.article.published == "2015-08-03", timeout=60_000)
    ops.wait_for_all(60_000)
    art = stored(w.db_path)
    assert (art["title"], art["source"], art["published"], art["date_origin"]) == (
        "اشتباكات في دمت والضالع", "سبأ", "2015-08-03", "user")
    # analysed again by the real pipeline: «أمس» is now 2 August, the day before the new date
    assert "2015-08-02" in art["incident_dates"] and "2015-07-31" not in art["incident_dates"]
    assert w.article_title.text() == "اشتباكات في دمت والضالع" and "2015-08-03" in w.article_meta.text()
    row = w.library.model.row_dict(w.library.model.row_of(1))
    assert (row["title"], row["published"], row["date_origin"]) == ("اشتباكات في دمت والضالع", "2015-08-03", "user")


def test_an_unknown_date_and_cancel(open_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.action_details.trigger()
    dialog = w.details_dialog
    dialog.unknown.setChecked(True)
    assert not dialog.date_edit.isEnabled()
    assert dialog.values() == {"title": "اشتباكات في دمت", "source": "test", "published": None}
    dialog.reject()  # nothing saved
    ops.wait_for_all(10_000)
    assert stored(w.db_path)["published"] == "2015-08-01"


def test_the_library_marks_a_date_read_from_the_text(qapp) -> None:  # type: ignore[no-untyped-def]
    model = ArticleListModel()
    model.set_rows([{"id": 1, "title": "أ", "published": "2015-08-02", "date_origin": "text"},
                    {"id": 2, "title": "ب", "published": "2015-08-02", "date_origin": "metadata"},
                    {"id": 3, "title": "ج", "published": None, "date_origin": None}])
    assert [model.index(r, 3).data() for r in range(3)] == ["2015-08-02", "2015-08-02", "—"]
    fonts = [model.index(r, 3).data(Qt.ItemDataRole.FontRole) for r in range(3)]
    assert fonts[0].italic() and fonts[1] is None and fonts[2] is None
    tips = [model.index(r, 3).data(Qt.ItemDataRole.ToolTipRole) for r in range(3)]
    assert tips[0].count(TEXT_DATE_MARK) == 1 and "read from the article's text" in tips[0]
    assert "text" not in tips[1] and "Date unknown" in tips[2]


def test_the_dialog_in_arabic_says_where_the_date_came_from(arabic, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ArticleDetailsDialog({"title": "قصف في تعز", "source": "", "published": "2015-08-02",
                                   "date_origin": "text"})
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "تفاصيل المقال"
    assert dialog.origin_label.text() == "مقروء من نص المقال (سطر التاريخ)، لا من الملف."
    assert dialog.unknown.text() == "غير معروف"
    # the ISO date keeps its order in a right-to-left window (it had shown 02-08-2015)
    assert dialog.date_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.date_edit.text() == "2015-08-02"


def test_an_imported_text_dated_article_opens_with_its_origin(window_on, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "t.db"
    db = store.open_db(path)
    store.add_article(db, ArticleIn(title="قصف", text="صنعاء - 2 أغسطس 2015\nقصف على حي في صنعاء.",
                                    published="2015-08-02", date_origin="text"))
    db.close()
    w = window_on(str(path))
    assert w.article.date_origin == "text" and "(read from the text)" in w.article_meta.text()
    row = w.library.model.row_dict(0)
    assert row["date_origin"] == "text"


def test_the_bundled_samples_source_is_shown_translated_and_kept(arabic, qtbot) -> None:  # type: ignore[no-untyped-def]
    from gui.i18n import SAMPLE_SOURCE

    dialog = ArticleDetailsDialog({"title": "المقاومة تصد محاولة تسلل", "source": SAMPLE_SOURCE,
                                   "published": None, "date_origin": None})
    qtbot.addWidget(dialog)
    shown = dialog.source_edit.text()
    assert shown != SAMPLE_SOURCE and "Bundled" not in shown and shown.strip()  # the Arabic interface's words
    assert dialog.values()["source"] == SAMPLE_SOURCE and not dialog.changed()  # untouched: stored as it was
    dialog.source_edit.setText("  وكالة سبأ ")
    assert dialog.values()["source"] == "وكالة سبأ" and dialog.changed()  # typed: saved as typed


def test_a_typed_source_is_shown_as_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ArticleDetailsDialog({"title": "ت", "source": "Bundled sample", "published": "2015-08-02"})
    qtbot.addWidget(dialog)
    assert dialog.source_edit.text() == "Bundled sample" and not dialog.changed()
