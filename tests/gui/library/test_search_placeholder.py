"""The library's search field at the smallest window the layout is made for (1100×700): its
placeholder is read whole in both languages («Search the articles… (Ctrl+L)» was cut off after
«…»); the shortcut is in the field's tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QToolButton

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def placeholder_room(field: QLineEdit) -> int:
    """Pixels the line edit gives its text: the style's contents rectangle, less the text margins,
    QLineEdit's own 2-pixel margin each side and any side button shown (the clear button)."""
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    rect = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    margins = field.textMargins()
    buttons = sum(b.width() for b in field.findChildren(QToolButton) if b.isVisibleTo(field))
    return rect.width() - margins.left() - margins.right() - 4 - buttons


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_search_placeholder_fits_at_1100_by_700(language, qapp, qtbot, article_db) -> None:  # type: ignore[no-untyped-def]
    from gui import i18n
    from gui.main_window import MainWindow

    assert i18n.install_language(qapp, language) == language
    try:
        window = MainWindow(article_db)
        window.remember_layout = False
        qtbot.addWidget(window)
        window.resize(1100, 700)
        window.show()
        qtbot.waitExposed(window)
        window.default_pane_sizes()
        qapp.processEvents()
        field = window.library.search
        text = field.placeholderText()
        assert text and "Ctrl+L" not in text
        assert field.fontMetrics().horizontalAdvance(text) <= placeholder_room(field), (text, field.width())
        assert "Ctrl+L" in field.toolTip()
        if language == "ar":
            assert text == "بحث في المقالات…" and field.toolTip() == "بحث في عناوين المقالات ونصوصها (Ctrl+L)"
        window.close()
    finally:
        i18n.install_language(qapp, "en")
