"""ReaderView: highlights land on the right characters, whole words, toggled by the legend."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo

from core.document import ENTITY_LABELS
from gui import theme
from gui.reader import Legend, ReaderView
from gui.reader.highlights import build_highlights, snap_to_words


def ent(text: str, word: str, label: str, nth: int = 0, **attrs: object) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return {"start": start, "end": start + len(word), "label": label, "source": "rule", "text": word, "attrs": attrs}


def selection_texts(view: ReaderView) -> list[tuple[str, str]]:
    """(selected text, background colour) of every extra selection, read back from Qt."""
    out = []
    for sel in view.extraSelections():
        text = sel.cursor.selectedText().replace("\u2029", "\n")
        out.append((text, sel.format.background().color().name()))
    return out


TEXT = "👍 قتل 12 شخصا في الضالع\r\n😀😀 وأصيب 22 آخرون في مدينة دمت\rأمس"


def test_highlights_hit_the_right_characters_after_emoji_and_crlf(qtbot) -> None:
    view = ReaderView()
    qtbot.addWidget(view)
    ents = [ent(TEXT, "الضالع", "LOCATION"), ent(TEXT, "دمت", "LOCATION"), ent(TEXT, "22", "NUMBER"),
            ent(TEXT, "أمس", "DATE")]
    view.set_article(TEXT, ents)
    got = selection_texts(view)
    assert sorted(t for t, _ in got) == sorted(["الضالع", "دمت", "22", "أمس"])
    colors = dict(got)
    assert colors["دمت"] == theme.ENTITY_COLORS["LOCATION"]
    assert colors["22"] == theme.ENTITY_COLORS["NUMBER"]
    # The document holds the untouched text (CRLF and CR become paragraph breaks, nothing else).
    assert view.document().toPlainText() == TEXT.replace("\r\n", "\n").replace("\r", "\n")


def test_partial_word_span_is_snapped_to_the_whole_word(qtbot) -> None:
    view = ReaderView()
    qtbot.addWidget(view)
    text = "😀 وصلت قوات المقاومة إلى دمت"
    start = text.index("المقاومة") + 2  # starts inside the word (after ال)
    view.set_article(text, [{"start": start, "end": start + 3, "label": "ORGANIZATION"}])
    assert selection_texts(view) == [("المقاومة", theme.ENTITY_COLORS["ORGANIZATION"])]


def test_snap_keeps_clitics_and_stops_at_punctuation() -> None:
    text = "وبالمقاومة، دمت."
    assert snap_to_words(text, 3, 6) == (0, 10)
    assert snap_to_words(text, 12, 15) == (12, 15)
    assert snap_to_words(text, 0, 0) == (0, 0)


def test_spans_outside_the_text_are_dropped() -> None:
    hs = build_highlights("abc def", [{"start": 4, "end": 99, "label": "PERSON"}, {"start": 0, "end": 3}])
    assert [(h.start, h.end, h.label) for h in hs] == [(0, 3, "MISC")]


def test_legend_toggle_hides_and_shows_a_type(qtbot) -> None:
    view, legend = ReaderView(), Legend()
    qtbot.addWidget(view)
    qtbot.addWidget(legend)
    legend.labelToggled.connect(view.set_label_visible)
    text = "قتل 12 شخصا في الضالع"
    view.set_article(text, [ent(text, "الضالع", "LOCATION"), ent(text, "12", "NUMBER")])
    assert len(view.extraSelections()) == 2
    legend.chip("LOCATION").click()
    assert [t for t, _ in selection_texts(view)] == ["12"]
    assert "LOCATION" not in legend.visible_labels()
    legend.chip("LOCATION").click()
    assert sorted(t for t, _ in selection_texts(view)) == ["12", "الضالع"]


def test_legend_has_one_chip_per_label_in_its_colour(qtbot) -> None:
    legend = Legend()
    qtbot.addWidget(legend)
    for label in ENTITY_LABELS:
        chip = legend.chip(label)
        assert chip.isCheckable() and chip.isChecked()
        assert theme.ENTITY_COLORS[label] in chip.styleSheet()
    legend.set_counts({"LOCATION": 3})
    assert legend.chip("LOCATION").text().endswith("3")


def test_select_span_selects_exactly_the_evidence(qtbot) -> None:
    view = ReaderView()
    qtbot.addWidget(view)
    view.set_article(TEXT)
    start = TEXT.index("وأصيب")
    view.select_span(start, start + len("وأصيب 22 آخرون"))
    assert view.textCursor().selectedText() == "وأصيب 22 آخرون"
    assert view.selected_span() == (start, start + len("وأصيب 22 آخرون"))


def test_right_to_left_layout_and_bundled_font(qtbot) -> None:
    view = ReaderView()
    qtbot.addWidget(view)
    view.set_article("قتل 12 شخصا\nفي الضالع")
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    block = view.document().firstBlock()
    while block.isValid():
        assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignLeading
        block = block.next()
    assert QFontInfo(view.font()).family() == "Amiri"  # the bundled file, no system Amiri needed


def test_zoom_is_clamped(qtbot) -> None:
    view = ReaderView()
    qtbot.addWidget(view)
    view.set_point_size(12)
    view.zoom_by(2)
    assert view.point_size() == 14
    view.set_point_size(1000)
    assert view.point_size() == theme.READER_MAX_POINT_SIZE


def test_tooltip_names_the_entity_under_the_mouse(qtbot) -> None:
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    text = "وصلت التعزيزات إلى محافظة الضالع اليوم"
    view.set_article(text, [ent(text, "الضالع", "LOCATION", name_en="Al Dhale'e", admin1_en="Al Dhale'e")])
    start = text.index("الضالع")
    rect = view.cursorRect(_cursor_at(view, view.offset_map().to_qt(start + 2)))
    tip = view.tooltip_at(rect.center().x(), rect.center().y())
    assert "LOCATION" in tip and "Al Dhale&#x27;e" in tip
    far = view.cursorRect(_cursor_at(view, view.offset_map().to_qt(1)))
    assert view.tooltip_at(far.center().x(), far.center().y()) == ""


def _cursor_at(view: ReaderView, pos: int):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextCursor

    c = QTextCursor(view.document())
    c.setPosition(pos)
    return c


def test_a_paragraph_with_no_arabic_reads_left_to_right(qtbot) -> None:
    """An English paragraph was laid out right to left, its full stop at its start
    («.Just an English note»); Arabic paragraphs, and mixed ones, stay right to left."""
    view = ReaderView()
    qtbot.addWidget(view)
    text = "قتل 12 شخصا في الضالع.\nJust an English note, no Arabic at all.\nAFP: قال مسؤول إن 3 قتلوا.\n2015-08-01"
    view.set_article(text, [ent(text, "الضالع", "LOCATION"), ent(text, "AFP", "SOURCE")])
    block = view.document().begin()
    directions = []
    while block.isValid():
        directions.append(block.blockFormat().layoutDirection())
        block = block.next()
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    assert directions == [rtl, ltr, rtl, rtl]  # a line of digits only is no English paragraph
    assert sorted(t for t, _ in selection_texts(view)) == sorted(["الضالع", "AFP"])  # highlights still land
