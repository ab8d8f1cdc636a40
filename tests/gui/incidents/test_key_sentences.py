"""The open article's key sentences above its incidents: listed from the stored summary, one click
selects the sentence in the reader (code points → Qt positions through gui.offsets)."""

from __future__ import annotations

import pytest

from core import store
from gui.incidents.key_sentences import KeySentences, sentence_spans
from tests.gui.conftest import ARTICLE_TEXT, machine_analysis

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

FIRST = "قال المركز الإعلامي إن 12 مسلحا قتلوا في اشتباكات بمدينة دمت"  # after the emoji
SECOND = "وشنت طائرات التحالف غارات على مواقع في تعز."  # after the emoji and the CRLF


def key(sentence: str) -> dict:
    start = ARTICLE_TEXT.index(sentence)
    return {"start": start, "end": start + len(sentence), "text": sentence}


def test_stored_spans_that_no_longer_fit_the_text_are_left_out() -> None:
    summary = {"key_sentences": [key(SECOND), key(FIRST), {"start": 5, "end": 10_000}, {"start": "x"}, {}]}
    assert sentence_spans(ARTICLE_TEXT, summary) == [(2, 2 + len(FIRST)), (ARTICLE_TEXT.index(SECOND), len(ARTICLE_TEXT))]
    assert sentence_spans(ARTICLE_TEXT, {}) == [] and sentence_spans(ARTICLE_TEXT, None) == []


def test_the_section_hides_without_sentences_and_folds_away(qtbot) -> None:
    widget = KeySentences()
    qtbot.addWidget(widget)
    assert widget.isHidden()
    widget.set_sentences(ARTICLE_TEXT, {"key_sentences": [key(FIRST), key(SECOND)]})
    assert not widget.isHidden() and widget.toggle.text() == "Key sentences (2)"
    assert widget.list.item(0).text() == FIRST
    widget.toggle.setChecked(False)
    assert widget.list.isHidden()
    assert not KeySentences().toggle.isChecked()  # remembered
    widget.toggle.setChecked(True)
    assert not widget.list.isHidden()


@pytest.fixture
def summarised_db(article_db):  # type: ignore[no-untyped-def]
    db = store.open_db(article_db)
    store.save_analysis(db, 1, {**machine_analysis(), "summary": {"key_sentences": [key(FIRST), key(SECOND)]}})
    db.conn.close()
    return article_db


def test_clicking_a_key_sentence_selects_it_in_the_reader_after_an_emoji(qtbot, window_on, summarised_db) -> None:
    from gui import ops

    window = window_on(summarised_db)
    section = window.incidents.key_sentences
    assert section.spans() == [(2, 2 + len(FIRST)), (ARTICLE_TEXT.index(SECOND), len(ARTICLE_TEXT))]
    section.activate(0)
    cursor = window.reader.textCursor()
    assert cursor.selectedText() == FIRST
    assert cursor.selectionStart() == 3  # the emoji is two UTF-16 units: code point 2 is Qt position 3
    assert window.reader.selected_span() == (2, 2 + len(FIRST))
    # a click on the list item does the same
    rect = section.list.visualItemRect(section.list.item(1))
    from PySide6.QtCore import Qt

    qtbot.mouseClick(section.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.selected_text() == SECOND
    ops.wait_for_all(10_000)


def test_a_sentence_with_no_arabic_keeps_its_full_stop_at_its_end(qtbot) -> None:
    """In the right-to-left list a sentence with no Arabic read «.Just an English note»: it is
    isolated left to right; Arabic sentences are listed as they are."""
    from gui.bidi import LRI, PDI

    text = "Just an English note, no Arabic at all.\n" + SECOND
    widget = KeySentences()
    qtbot.addWidget(widget)
    english = {"start": 0, "end": text.index("\n"), "text": ""}
    widget.set_sentences(text, {"key_sentences": [english, {"start": text.index(SECOND), "end": len(text)}]})
    assert widget.list.item(0).text() == f"{LRI}Just an English note, no Arabic at all.{PDI}"
    assert widget.list.item(1).text() == SECOND
    assert widget.spans()[0] == (0, text.index("\n"))  # the span in the text is unchanged


def test_a_sentence_wrapped_in_a_narrow_pane_is_shown_whole_without_a_scroll_bar(qtbot) -> None:
    """On a laptop the pane is narrow and a long key sentence wraps onto a second line: the list
    was sized from one line a row (`sizeHintForRow`), so the wrapped sentence was cut off behind a
    vertical scroll bar. The list is as tall as its wrapped rows."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    short = "غارات جوية على المدينة"
    long_one = ("قالت مصادر محلية إن ثلاثة مدنيين قتلوا وأصيب خمسة آخرون في غارة جوية استهدفت سوقا شعبيا "
                "في مديرية نائية بالمحافظة يوم الأحد.")
    text = f"{short}\n\n{long_one}\n"
    host = QWidget()
    layout = QVBoxLayout(host)
    widget = KeySentences()
    layout.addWidget(widget)
    layout.addStretch()
    qtbot.addWidget(host)
    widget.toggle.setChecked(True)
    host.resize(500, 400)
    host.show()
    summary = {"key_sentences": [{"start": 0, "end": len(short)},
                                 {"start": text.index(long_one), "end": text.index(long_one) + len(long_one)}]}
    widget.set_sentences(text, summary)
    qtbot.wait(50)
    lst = widget.list
    lst.doItemsLayout()
    wrapped = lst.visualItemRect(lst.item(1)).height()
    assert wrapped > lst.visualItemRect(lst.item(0)).height()  # the long sentence takes two lines here
    assert not lst.verticalScrollBar().isVisible() and lst.verticalScrollBar().maximum() == 0
    assert lst.viewport().height() >= sum(lst.visualItemRect(lst.item(i)).height() for i in range(lst.count()))


LONG_SENTENCES = [  # five sentences of about 200 characters, as a wire report's key sentences are
    "قالت مصادر محلية إن ثلاثة مدنيين قتلوا وأصيب خمسة آخرون في غارة جوية استهدفت سوقا شعبيا في مديرية نائية "
    "بالمحافظة يوم الأحد، فيما هرعت سيارات الإسعاف لنقل الجرحى إلى المستشفى.",
    "وأضافت المصادر أن القصف المدفعي تجدد مساء اليوم نفسه على الأحياء الشرقية للمدينة، ما أدى إلى احتراق عدد "
    "من المحلات التجارية وتضرر منازل المواطنين في المنطقة المحيطة بالسوق.",
    "وأكد مسؤول في السلطة المحلية أن اشتباكات عنيفة اندلعت بين القوات الحكومية والمسلحين في محيط المعسكر "
    "الواقع شمال المدينة، وأسفرت عن سقوط قتلى وجرحى من الطرفين بحسب شهود عيان.",
    "وأشار المركز الإعلامي إلى أن عبوة ناسفة انفجرت بدورية عسكرية على الطريق الرابط بين المديريتين، ما أسفر "
    "عن مقتل جنديين وإصابة ثلاثة آخرين بجروح متفاوتة نقلوا على إثرها إلى المستشفى.",
    "وطالب ناشطون المنظمات الدولية بالتدخل العاجل لوقف استهداف الأحياء السكنية ورفع الحصار المفروض على "
    "المدينة منذ أشهر طويلة، محملين أطراف النزاع مسؤولية ما يتعرض له المدنيون.",
]


def _panel_with_five_long_sentences(qtbot, height: int, incidents: int = 8, width: int = 508):  # type: ignore[no-untyped-def]
    """The incidents pane as a window lays it out (508 px wide at 1366×768, 525 at 1400×900), with
    five long key sentences and `incidents` incidents (half of them on two lines: an event type
    «Explosions/Remote violence»)."""
    from gui.incidents.panel import IncidentPanel

    text = " ".join(LONG_SENTENCES)
    spans = []
    for sentence in LONG_SENTENCES:
        start = text.index(sentence)
        spans.append({"start": start, "end": start + len(sentence)})
    panel = IncidentPanel()
    qtbot.addWidget(panel)
    panel.key_sentences.toggle.setChecked(True)
    panel.resize(width, height)
    panel.show()
    two = machine_analysis()["incidents"]
    rows = [dict(two[i % 2], seq=i) for i in range(incidents)]
    panel.set_incidents(rows, {"key_sentences": spans})
    panel.key_sentences.set_sentences(text, {"key_sentences": spans})
    for _ in range(5):
        qtbot.wait(20)
    return panel


def _rows_in_sight(table) -> int:  # type: ignore[no-untyped-def]
    """The table's rows wholly inside its viewport."""
    rows, height = table.verticalHeader(), table.viewport().height()
    return sum(1 for r in range(table.model().rowCount())
               if 0 <= rows.sectionViewportPosition(r) and rows.sectionViewportPosition(r) + rows.sectionSize(r) <= height)


def _summary_keeps_its_lines(panel) -> bool:  # type: ignore[no-untyped-def]
    return panel.summary.height() >= 3 * panel.summary.fontMetrics().lineSpacing()


def test_at_1400x900_the_table_shows_its_eight_incidents_and_the_sentences_are_whole(qtbot) -> None:
    """At 1400×900 the sample's five long key sentences were shown whole and the table showed 6 of
    its 8 incidents, its scroll bar pushing the Captured column away. The table is the pane's main
    content: it shows its eight rows first; the sentences take what is left, here all they need."""
    from gui.incidents.columns import HEADERS

    panel = _panel_with_five_long_sentences(qtbot, 824, width=525)
    table, lst = panel.table, panel.key_sentences.list
    assert _rows_in_sight(table) == 8 and not table.verticalScrollBar().isVisible()
    assert not table.isColumnHidden(HEADERS.index("Captured")) and table.horizontalScrollBar().maximum() == 0
    assert lst.count() == 5 and lst.height() > 170  # what the list's first cap gave them
    assert lst.verticalScrollBar().maximum() == 0 and not lst.verticalScrollBar().isVisible()
    assert all(lst.visualItemRect(lst.item(i)).bottom() <= lst.viewport().height() for i in range(5))
    assert _summary_keeps_its_lines(panel)
    # the toggle is on the title's line, a line's height more for the sentences and the incidents
    toggle, title = panel.key_sentences.toggle.geometry(), panel.title.geometry()
    assert title.top() <= toggle.center().y() <= title.bottom() and toggle.bottom() < lst.mapTo(panel, lst.rect().topLeft()).y()


def test_at_a_laptops_size_the_table_keeps_its_eight_rows_and_the_sentences_scroll(qtbot) -> None:
    """At 1366×768 the sentences took 328 px and left the table three rows: the table keeps its
    eight, the sentences take what is left (more than their least) and scroll."""
    panel = _panel_with_five_long_sentences(qtbot, 690)
    table, key = panel.table, panel.key_sentences
    assert _rows_in_sight(table) == 8 and not table.verticalScrollBar().isVisible()
    assert key.least_height() < key.list.height() < key.needed_height()
    assert key.list.verticalScrollBar().maximum() > 0
    assert _summary_keeps_its_lines(panel)
    key.toggle.setChecked(False)  # folded: the table and the summary share the pane (and it is remembered)
    qtbot.wait(20)
    assert _rows_in_sight(table) == 8 and panel.summary.height() > 3 * panel.summary.fontMetrics().lineSpacing()
    from gui.incidents.key_sentences import KeySentences

    assert not KeySentences().toggle.isChecked()
    key.toggle.setChecked(True)


def test_a_short_list_of_incidents_leaves_the_sentences_the_rest(qtbot) -> None:
    """Two incidents: the table keeps two rows (and its least, three lines' height), not eight;
    the key sentences are whole at a laptop's size."""
    from gui.incidents.panel import KEEP_ROWS, ROW_HEIGHT

    panel = _panel_with_five_long_sentences(qtbot, 690, incidents=2)
    table, key = panel.table, panel.key_sentences
    assert _rows_in_sight(table) == 2
    assert table.minimumHeight() <= table.horizontalHeader().height() + KEEP_ROWS * ROW_HEIGHT + 2 * table.frameWidth() + 1
    assert key.list.height() == key.needed_height() and key.list.verticalScrollBar().maximum() == 0


def test_in_a_short_pane_the_key_sentences_keep_three_lines_and_the_table_the_rest(qtbot) -> None:
    """A pane too short for eight rows and the sentences: the sentences keep about three lines and
    scroll, the table takes the rest (at least its three rows); a taller pane gives the rows back
    first, then the sentences."""
    from gui.incidents.panel import KEEP_ROWS, ROW_HEIGHT

    panel = _panel_with_five_long_sentences(qtbot, 480)
    table, key = panel.table, panel.key_sentences
    from PySide6.QtGui import QFontMetrics

    lines = 3 * QFontMetrics(key.list.item(0).font()).lineSpacing()
    assert key.list.height() == key.least_height() and lines <= key.least_height() < lines + 40
    assert key.list.verticalScrollBar().maximum() > 0
    assert table.height() >= table.horizontalHeader().height() + KEEP_ROWS * ROW_HEIGHT
    assert 3 <= _rows_in_sight(table) < 8
    panel.resize(508, 600)  # taller: the table's rows first
    for _ in range(5):
        qtbot.wait(20)
    assert _rows_in_sight(table) == 8 and key.list.height() < key.needed_height()
    panel.resize(508, 900)  # taller again: the sentences whole
    for _ in range(5):
        qtbot.wait(20)
    assert key.list.height() == key.needed_height() and key.list.verticalScrollBar().maximum() == 0
    assert _rows_in_sight(table) == 8


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_long_list_keeps_its_columns_beside_its_scroll_bar(qtbot, qapp, lang) -> None:
    """Twelve incidents at 1400×900's pane width: the table scrolls down; its vertical scroll bar
    took the room of the Captured column (hidden while the bar showed). The columns are chosen for
    the width without the bar and fitted to the viewport: none hidden, nothing scrolls sideways."""
    from gui import i18n
    from gui.incidents.columns import HEADERS

    i18n.install_language(qapp, lang)
    try:
        panel = _panel_with_five_long_sentences(qtbot, 824, incidents=12, width=525)
        table = panel.table
        assert table.verticalScrollBar().isVisible() and _rows_in_sight(table) >= 8
        assert all(not table.isColumnHidden(HEADERS.index(name)) for name in ("Killed", "Injured", "Captured"))
        assert table.horizontalScrollBar().maximum() == 0
        header = table.horizontalHeader()
        right = max(header.sectionViewportPosition(c) + header.sectionSize(c)
                    for c in range(len(HEADERS)) if not table.isColumnHidden(c))
        left = min(header.sectionViewportPosition(c) for c in range(len(HEADERS)) if not table.isColumnHidden(c))
        assert left >= 0 and right <= table.viewport().width()
    finally:
        i18n.install_language(qapp, "en")


def test_fitted_is_told_once_an_article_and_only_when_the_list_changes(qtbot) -> None:
    """Code review 13: `fitted` (the pane refits its least height) was emitted twice for each
    article's sentences; now once, and on a fold, a new height or a new room only when the list was
    shown, hidden or resized."""
    widget = KeySentences()
    qtbot.addWidget(widget)
    told: list[int] = []
    widget.fitted.connect(lambda: told.append(1))
    widget.set_sentences(ARTICLE_TEXT, {"key_sentences": [key(FIRST), key(SECOND)]})
    assert len(told) == 1
    widget.set_sentences(ARTICLE_TEXT, {"key_sentences": [key(FIRST), key(SECOND)]})
    assert len(told) == 2  # another article (here the same sentences): once
    widget.set_room(None)  # the room it had: nothing changes, nothing told
    widget._fit_height()
    assert len(told) == 2
    widget.toggle.setChecked(not widget.toggle.isChecked())  # folded or opened: told
    assert len(told) == 3
    widget.toggle.setChecked(not widget.toggle.isChecked())
    assert len(told) == 4
