"""The analyst's highlights and notes: made from a selection (Ctrl+H, context menu, with a note),
drawn on exactly the selected characters after an emoji and a CRLF, listed in the notes pane,
edited, deleted, saved at once (even when the process is killed) and found after reopening."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QKeySequence

from core import store
from gui import ops, theme
from gui.library.model import TITLE_COLUMN
from tests.gui.conftest import ARTICLE_TEXT

ROOT = Path(__file__).resolve().parents[3]


def user_selections(window) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(text, colour) of the reader's selections drawn with a dotted underline: the analyst's layer."""
    from PySide6.QtGui import QTextCharFormat

    out = []
    for sel in window.reader.extraSelections():
        if sel.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine:
            out.append((sel.cursor.selectedText().replace("\u2029", "\n"), sel.format.background().color().name()))
    return out


def select(window, phrase: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    start = ARTICLE_TEXT.index(phrase)
    window.reader.reveal(start, start + len(phrase))
    return start, start + len(phrase)


def test_ctrl_h_highlights_exactly_the_selection_and_it_survives_reopening(qtbot, open_window) -> None:
    w = open_window
    assert w.action_highlight.shortcut() == QKeySequence("Ctrl+H")
    start, end = select(w, "وأصيب 22 آخرون")  # after the emoji and the CRLF
    with qtbot.waitSignal(w.highlightsChanged, timeout=10_000):
        w.action_highlight.trigger()
    assert user_selections(w) == [("وأصيب 22 آخرون", theme.HIGHLIGHT_COLORS["yellow"])]
    [row] = store.list_highlights(store.open_db(w.db_path), 1)
    assert (row["start"], row["end"], row["quote"]) == (start, end, "وأصيب 22 آخرون")
    again = w.reopen()
    assert user_selections(again) == [("وأصيب 22 آخرون", theme.HIGHLIGHT_COLORS["yellow"])]
    assert again.notes.list.count() == 1 and again.side_tabs.tabText(1) == "Notes (1)"


def test_selection_spaces_are_trimmed_and_the_colour_menu_is_remembered(qtbot, open_window) -> None:
    w = open_window
    start = ARTICLE_TEXT.index(" دمت")
    w.reader.reveal(start, start + len(" دمت\r\n"))  # a space before and the line break after
    with qtbot.waitSignal(w.highlightsChanged, timeout=10_000):
        w.color_actions["green"].trigger()
    assert user_selections(w) == [("دمت", theme.HIGHLIGHT_COLORS["green"])]
    select(w, "الضالع")
    with qtbot.waitSignal(w.highlightsChanged, timeout=10_000):
        w.action_highlight.trigger()  # Ctrl+H uses the last colour chosen
    assert ("الضالع", theme.HIGHLIGHT_COLORS["green"]) in user_selections(w)


def test_context_menu_offers_highlighting_and_adding_an_incident(qtbot, open_window) -> None:
    w = open_window
    select(w, "دمت")
    menu = w.reader.build_context_menu(QPoint(20, 20))
    texts = [a.text() for a in menu.actions()]
    assert texts[:4] == ["Highlight selection", "Highlight in", "Highlight with a note…", "Add from selection…"]
    assert "&Copy" in " ".join(texts) or "Copy" in " ".join(texts)  # Qt's own entries stay
    menu.deleteLater()


def test_highlight_with_note_edit_and_delete(qtbot, open_window) -> None:
    w = open_window
    start, end = select(w, "12 مسلحا")
    w.action_highlight_note.trigger()
    dialog = w.highlight_dialog
    dialog.set_color("pink")
    dialog.note.setPlainText("عدد القتلى يحتاج تحققا")
    with qtbot.waitSignal(w.highlightsChanged, timeout=10_000):
        dialog.accept()
    assert w.notes.list.count() == 1
    assert "عدد القتلى يحتاج تحققا" in w.notes.list.item(0).text()
    # Clicking the note scrolls the reader to its words.
    w.reader.reveal(0, 1)
    w.notes.list.setCurrentRow(0)
    w.notes.list.itemClicked.emit(w.notes.list.item(0))
    assert w.reader.selected_span() == (start, end)
    # Edit: another colour and note.
    w.on_highlight_edit_requested(w.notes.current_highlight_id())
    w.highlight_dialog.set_color("blue")
    w.highlight_dialog.note.setPlainText("checked")
    with qtbot.waitSignal(w.highlightsChanged, timeout=10_000):
        w.highlight_dialog.accept()
    assert user_selections(w) == [("12 مسلحا", theme.HIGHLIGHT_COLORS["blue"])]
    reopened = w.reopen()
    [h] = reopened.notes.highlights()
    assert (h["color"], h["note"]) == ("blue", "checked")
    reopened.notes.list.setCurrentRow(0)
    asked = []
    reopened.notes.confirm_delete = lambda: asked.append(True) or True  # type: ignore[method-assign]
    with qtbot.waitSignal(reopened.highlightsChanged, timeout=10_000):
        reopened.notes.delete_button.click()
    assert asked  # it has a note: asked first
    assert reopened.notes.list.count() == 0 and user_selections(reopened) == []
    assert store.list_highlights(store.open_db(reopened.db_path), 1) == []


def test_deleting_a_highlight_with_a_note_asks_first(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """The Delete button took a highlight and the analyst's note on it at once, with no way back;
    now a highlight with a note asks (No keeps both), one without a note goes at once."""
    w = open_window
    start, end = select(w, "12 مسلحا")
    with qtbot.waitSignal(w.highlightsChanged, timeout=10_000):
        w._save_new_highlight((start, end), "pink", "المصدر يحتاج تحققا")
    w.notes.list.setCurrentRow(0)
    w.notes.confirm_delete = lambda: False  # type: ignore[method-assign]  # the analyst answers No
    w.notes.delete_button.click()
    ops.wait_for_all(10_000)
    assert [h["note"] for h in store.list_highlights(store.open_db(w.db_path), 1)] == ["المصدر يحتاج تحققا"]
    assert w.notes.list.count() == 1
    start, end = select(w, "اشتباكات")
    with qtbot.waitSignal(w.highlightsChanged, timeout=10_000):
        w._save_new_highlight((start, end), "yellow", "")
    plain = next(h["id"] for h in w.notes.highlights() if not h["note"])
    w.notes.select_highlight(plain)
    with qtbot.waitSignal(w.highlightsChanged, timeout=10_000):
        w.notes.delete_button.click()  # no note: no question (confirm_delete still answers No)
    assert [h["note"] for h in w.notes.highlights()] == ["المصدر يحتاج تحققا"]


def test_clicking_a_highlight_in_the_text_selects_its_note(qtbot, open_window) -> None:
    w = open_window
    select(w, "الضالع")
    with qtbot.waitSignal(w.highlightsChanged, timeout=10_000):
        w.action_highlight.trigger()
    w.side_tabs.setCurrentIndex(0)
    h = w.notes.highlights()[0]
    w.reader.userHighlightClicked.emit(int(h["id"]))
    assert w.side_tabs.currentWidget() is w.notes and w.notes.current_highlight_id() == h["id"]


def test_highlight_follows_its_quote_when_offsets_no_longer_match(qtbot, open_window) -> None:
    w = open_window
    select(w, "الضالع")
    with qtbot.waitSignal(w.highlightsChanged, timeout=10_000):
        w.action_highlight.trigger()
    ops.wait_for_all(10_000)
    db = store.open_db(w.db_path)
    db.conn.execute("UPDATE articles SET text = ? WHERE id = 1", ("عاجل | " + ARTICLE_TEXT,))
    db.conn.close()
    again = w.reopen()
    assert user_selections(again) == [("الضالع", theme.HIGHLIGHT_COLORS["yellow"])]


def test_article_note_tags_star_and_read_are_saved_and_shown_in_the_library(qtbot, open_window) -> None:
    w = open_window
    assert w.notes.read.isChecked()  # opening the article read it
    w.notes.note.setPlainText("مصدر واحد فقط")
    with qtbot.waitSignal(w.annotationSaved, timeout=5_000):
        pass  # saved by itself a moment after typing stops
    w.notes.tags.setText("دمت، to check")
    with qtbot.waitSignal(w.annotationSaved, timeout=5_000):
        w.notes.tags.editingFinished.emit()
    with qtbot.waitSignal(w.annotationSaved, timeout=5_000):
        w.action_star.trigger()
    assert w.notes.star.isChecked()
    with qtbot.waitSignal(w.annotationSaved, timeout=5_000):
        w.notes.read.setChecked(False)
    row = w.library.model.row_dict(0)
    assert row["starred"] is True and row["read"] is False and row["tags"] == ["to check", "دمت"]  # sorted by the store
    again = w.reopen()
    assert again.notes.note.toPlainText() == "مصدر واحد فقط"
    assert again.notes.tags.text() == "to check, دمت" and again.notes.star.isChecked()
    db = store.open_db(again.db_path)
    assert store.list_tags(db, 1) == ["to check", "دمت"]


def test_a_saved_note_marks_its_library_row_at_once(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """The library row's ✎ and count follow the free note as soon as it is saved, not at the next reload."""
    w = open_window
    assert not w.library.model.row_dict(0).get("annotation_count")
    w.notes.note.setPlainText("يحتاج تأكيدا من مصدر ثان")
    with qtbot.waitSignal(w.annotationSaved, timeout=5_000):
        pass  # saved by itself a moment after typing stops
    assert w.library.model.row_dict(0)["annotation_count"] == 1
    assert w.library.model.index(0, TITLE_COLUMN).data().startswith("✎ ")


def test_a_highlight_saved_then_sigkill_is_there_on_restart(tmp_path, article_db) -> None:
    script = (
        "import os, signal, sys\n"
        "from core import store\n"
        "from gui import tasks\n"
        f"db = store.open_db({article_db!r})\n"
        "tasks.add_highlight(db, 1, 2, 5, 'green', 'before the kill')\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    [h] = store.list_highlights(store.open_db(article_db), 1)
    assert (h["start"], h["end"], h["note"], h["quote"]) == (2, 5, "before the kill", ARTICLE_TEXT[2:5])


def test_a_sloppy_selection_is_stored_and_drawn_as_the_whole_words(qtbot, open_window) -> None:
    """A drag that stops inside a word («لمركز الإعلا») was stored as those characters: the notes
    list and the exports quoted half words. The highlight now takes the whole words, drawn and
    stored alike, in code points across the emoji (two UTF-16 units) and the CRLF before it."""
    w = open_window
    begin = ARTICLE_TEXT.index("المركز الإعلامي")
    w.reader.reveal(begin + 1, begin + len("المركز الإعلا"))
    assert w.reader.selected_text() == "لمركز الإعلا"
    with qtbot.waitSignal(w.highlightsChanged, timeout=10_000):
        w.action_highlight.trigger()
    assert user_selections(w) == [("المركز الإعلامي", theme.HIGHLIGHT_COLORS["yellow"])]
    db = store.open_db(w.db_path)
    [row] = store.list_highlights(db, 1)
    assert (row["start"], row["end"], row["quote"]) == (begin, begin + len("المركز الإعلامي"), "المركز الإعلامي")
    # Right after the emoji, and over the line break: «ا» of «قال», «أصيب 2» of «وأصيب 22».
    qal = ARTICLE_TEXT.index("قال")
    assert qal == 2  # the emoji is one code point, two Qt positions
    w.reader.reveal(qal + 1, qal + 2)
    with qtbot.waitSignal(w.highlightsChanged, timeout=10_000):
        w.action_highlight.trigger()
    wounded = ARTICLE_TEXT.index("وأصيب 22")
    w.reader.reveal(wounded + 1, wounded + len("وأصيب 2"))
    with qtbot.waitSignal(w.highlightsChanged, timeout=10_000):
        w.action_highlight.trigger()
    quotes = [(r["start"], r["quote"]) for r in store.list_highlights(db, 1)]
    assert (qal, "قال") in quotes and (wounded, "وأصيب 22") in quotes
    assert {t for t, _ in user_selections(w)} == {"المركز الإعلامي", "قال", "وأصيب 22"}
    from core.export.annotations import annotation_rows  # the exported quote is the stored one
    from core.export.scope import load_bundle

    exported = [r["quote"] for r in annotation_rows([load_bundle(db, 1)]) if r["kind"] == "highlight"]
    assert exported == ["قال", "المركز الإعلامي", "وأصيب 22"]


def test_the_delete_key_and_the_list_menu_delete_a_highlight(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """In the Notes tab's list, the Delete key did nothing and right-click showed no menu: only the
    button under the list deleted. The key asks first for a highlight with a note, as the button does."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    w = open_window
    for phrase, note in (("12 مسلحا", "تحقق"), ("اشتباكات", "")):
        start, end = select(w, phrase)
        with qtbot.waitSignal(w.highlightsChanged, timeout=10_000):
            w._save_new_highlight((start, end), "pink", note)
    w.action_notes_tab.trigger()
    w.activateWindow()
    qtbot.waitActive(w)
    assert w.notes.list.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert [a.text() for a in w.notes.list.actions()] == ["Edit…", "Delete"]
    plain = next(h["id"] for h in w.notes.highlights() if not h["note"])
    w.notes.select_highlight(plain)
    w.notes.list.setFocus()
    assert QApplication.focusWidget() is w.notes.list
    with qtbot.waitSignal(w.highlightsChanged, timeout=10_000):
        qtbot.keyClick(w.notes.list, Qt.Key.Key_Delete)
    assert [h["note"] for h in w.notes.highlights()] == ["تحقق"]
    asked = []
    w.notes.confirm_delete = lambda: asked.append(True) or False  # type: ignore[method-assign]  # No
    w.notes.list.setCurrentRow(0)
    qtbot.keyClick(w.notes.list, Qt.Key.Key_Delete)
    ops.wait_for_all(10_000)
    assert asked and len(w.notes.highlights()) == 1
    w.notes.list.clearSelection()
    w.notes.list.setCurrentItem(None)
    assert not w.notes.delete_action.isEnabled()


def test_tab_leaves_the_article_note(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Tab in the Notes tab's note typed a tab character and the keyboard stayed there for good."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    w = open_window
    w.action_notes_tab.trigger()
    w.activateWindow()
    qtbot.waitActive(w)
    w.notes.note.setFocus()
    qtbot.keyClicks(w.notes.note, "ok")
    qtbot.keyClick(w.notes.note, Qt.Key.Key_Tab)
    assert w.notes.note.toPlainText() == "ok"
    assert QApplication.focusWidget() is not w.notes.note
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is w.notes.note
