"""Export's «File» field draws a path left to right, every Arabic folder and file name in its
place, in either interface (gui/dialogs/path_edit.py); the file written and a copy are the path
itself. Bare, in the Arabic interface «/home/analyst/تصدير/حوادث اليمن 2024.csv» was drawn with
«csv» first and the folders after it; in both, «تصدير/حوادث» was drawn file before folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from gui import ops
from gui.bidi import LRM
from tests.gui.test_export_dialog import CONTEXT, finish, library_db  # noqa: F401 - the fixture
from tests.gui.test_path_order_arabic import PATHS, _drawn, _font, _tokens


def _order(shown: str, path: str, direction: Qt.LayoutDirection) -> list[tuple[int, float]]:
    """Where each part of `path` is drawn in a one-line field of `direction` showing `shown`."""
    from PySide6.QtGui import QTextLayout, QTextOption

    layout = QTextLayout(shown, _font())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(10_000)
    layout.endLayout()
    plain = [i for i, ch in enumerate(shown) if ch != LRM]
    return [_drawn(layout, 0, (plain[a], plain[b - 1] + 1)) for a, b in _tokens(path)]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_export_path_is_drawn_in_order_and_written_as_it_is(qtbot, library_db, tmp_path, language) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from gui import i18n
    from gui.dialogs.export_dialog import ExportDialog

    app = QGuiApplication.instance()
    i18n.install_language(app, language)
    try:
        dialog = ExportDialog(library_db, CONTEXT)
        qtbot.addWidget(dialog)
        field = dialog.path_edit
        assert field.layoutDirection() == Qt.LayoutDirection.LeftToRight
        out = tmp_path / "تصدير" / "حوادث اليمن 2024.csv"
        dialog.set_path(out)
        assert field.text() == str(out) and field.shown_text() != str(out)
        drawn = _order(field.shown_text(), str(out), Qt.LayoutDirection.LeftToRight)
        assert drawn == sorted(drawn), drawn
        outcome = finish(qtbot, dialog)
        assert out.is_file() and outcome.path == out  # type: ignore[attr-defined]
        ops.wait_for_all()
    finally:
        i18n.install_language(app, "en")


@pytest.mark.parametrize("path", PATHS)
def test_every_path_is_drawn_in_order_in_the_field(path: str) -> None:
    from gui.dialogs.path_edit import PathEdit

    field = PathEdit()
    field.setText(path)
    assert field.text() == path
    drawn = _order(field.shown_text(), path, Qt.LayoutDirection.LeftToRight)
    assert drawn == sorted(drawn), drawn


def test_the_bare_path_was_drawn_out_of_order(qapp) -> None:  # type: ignore[no-untyped-def]
    """The fault the field mends: bare, in the Arabic interface's right-to-left field, and with
    an Arabic folder before an Arabic file name in a left-to-right one."""
    path = PATHS[1]
    for direction in (Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight):
        drawn = _order(path, path, direction)
        assert drawn != sorted(drawn), direction


def test_a_typed_path_is_marked_and_a_copy_is_the_path(qtbot) -> None:  # type: ignore[no-untyped-def]
    from gui.dialogs.path_edit import PathEdit

    field = PathEdit()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    path = "/home/analyst/وثائق/ملف.json"
    field.insert(path)  # typed (QTest types ASCII only)
    assert field.shown_text() == path  # as typed, until the field is done with
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == path and LRM in field.shown_text()
    field.selectAll()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # Ctrl+C
    assert QGuiApplication.clipboard().text() == path
    field.selectAll()
    field.copy_plain(cut=True)
    assert QGuiApplication.clipboard().text() == path and field.text() == ""
    assert Path(path).name == "ملف.json"


def test_the_selection_a_middle_click_pastes_is_the_path(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Where the system keeps the selection for a middle-click paste (X11; not the offscreen
    platform: a stand-in clipboard says it does), a path selected with the keyboard or the mouse
    goes there without the marks it is drawn with."""
    from PySide6.QtGui import QClipboard

    from gui.dialogs import path_edit

    put: list[tuple[str, QClipboard.Mode]] = []

    class Board:
        def supportsSelection(self) -> bool:  # noqa: N802 - Qt's name
            return True

        def setText(self, text: str, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> None:  # noqa: N802
            put.append((text, mode))

    class App:
        @staticmethod
        def clipboard() -> Board:
            return Board()

    monkeypatch.setattr(path_edit, "QGuiApplication", App)
    field = path_edit.PathEdit()
    qtbot.addWidget(field)
    field.show()
    path = "/home/analyst/وثائق/ملف.json"
    field.setText(path)
    assert LRM in field.shown_text()
    field.setFocus()
    field.end(False)
    qtbot.keyClick(field, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)  # selected with the keyboard
    assert put == [(path, QClipboard.Mode.Selection)]
    put.clear()
    field.selectAll()
    qtbot.mouseRelease(field, Qt.MouseButton.LeftButton)  # as after a drag over it
    assert put == [(path, QClipboard.Mode.Selection)]
