"""A new user's first minutes: an empty library's reader says how to bring articles in (in the
interface's language, wrapped in the view, not a blank page), and File › Quit has a key."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

from gui import ops
from gui.bidi import LRI, PDI, has_rtl, strip_isolates
from tests.gui.conftest import show_empty_window

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_an_empty_library_says_how_to_bring_articles_in(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = show_empty_window(qtbot, tmp_path, size=(1000, 700))
    hint = w.reader.empty_hint
    assert w.article is None and hint.isVisible()
    text = strip_isolates(hint.text())
    assert text.startswith("No article open.")
    for action in (w.action_import, w.action_import_folder, w.action_paste):  # the keys the menus list
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert keys and f"{LRI}{keys}{PDI}" in hint.text()
    assert hint.wordWrap()  # QTextEdit's own placeholder was drawn on one line, cut at the view's edge
    assert w.reader.viewport().rect().contains(hint.geometry())
    assert hint.heightForWidth(hint.width()) <= hint.height()  # the whole text fits
    ops.wait_for_all(10_000)


def test_the_hint_is_gone_once_an_article_is_shown(window_on, article_db) -> None:  # type: ignore[no-untyped-def]
    w = window_on(article_db)
    assert w.reader.text() and not w.reader.empty_hint.isVisible()
    w.reader.clear_article()
    assert w.reader.empty_hint.isVisible()


def test_the_hint_in_arabic(qtbot, arabic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = show_empty_window(qtbot, tmp_path, size=(1000, 700))
    text = w.reader.empty_hint.text()
    assert has_rtl(text) and "No article" not in text
    assert f"{LRI}Ctrl+Shift+V{PDI}" in text  # the key reads left to right inside the Arabic sentence
    assert w.reader.empty_hint.isRightToLeft()
    ops.wait_for_all(10_000)


def test_quit_has_a_key(window_on, article_db) -> None:  # type: ignore[no-untyped-def]
    """QKeySequence.StandardKey.Quit is empty on Windows and some platforms: File › Quit listed no
    key and Help › Keyboard shortcuts left it out."""
    from gui.dialogs.shortcuts import menu_shortcuts

    w = window_on(article_db)
    assert not w.action_quit.shortcut().isEmpty()
    assert any(does == "Quit" for _where, _keys, does in menu_shortcuts(w.menuBar()))
