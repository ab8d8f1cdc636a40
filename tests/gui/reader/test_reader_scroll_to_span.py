"""An incident's evidence (a highlight, a search or find hit) brought into sight with what
follows it: Qt's ensureCursorVisible scrolled as little as it could, so evidence below the view
ended on the viewport's last line and the sentences after it were out of sight."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from gui.reader import ReaderView

FILLER = "وقال شهود عيان إن الاشتباكات تواصلت حتى ساعات المساء في أطراف المدينة دون أن تتضح الحصيلة."
EVIDENCE = "وأعلنت مصادر طبية مقتل تسعة مدنيين بقصف مدفعي استهدف سوقا شعبية في المديرية."
TEXT = "\n".join([FILLER] * 30 + [EVIDENCE] + [FILLER] * 30)


def span_in_viewport(view: ReaderView, start: int, end: int) -> tuple[int, int]:
    """(top, bottom) of the code-point span [start, end) in the viewport's pixels."""
    first, last = QTextCursor(view.document()), QTextCursor(view.document())
    first.setPosition(view.offset_map().to_qt(start))
    last.setPosition(view.offset_map().to_qt(end))
    return view.cursorRect(first).top(), view.cursorRect(last).bottom()


def make_view(qtbot) -> ReaderView:  # type: ignore[no-untyped-def]
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(520, 400)
    view.show()
    qtbot.waitExposed(view)
    view.set_article(TEXT)
    return view


def test_evidence_below_the_view_starts_a_quarter_down_with_what_follows_in_sight(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot)
    start = TEXT.index(EVIDENCE)
    end = start + len(EVIDENCE)
    view.select_span(start, end)
    height = view.viewport().height()
    top, bottom = span_in_viewport(view, start, end)
    assert 0.15 * height <= top <= 0.35 * height, (top, height)
    assert bottom < height - 2 * view.fontMetrics().height(), (bottom, height)  # lines after it in sight
    assert view.selected_text() == EVIDENCE

    # from below (the view at the article's end), the same place
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.reveal(start, end)
    top, _ = span_in_viewport(view, start, end)
    assert 0.15 * height <= top <= 0.35 * height, (top, height)


def test_a_span_already_in_view_does_not_move_the_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    before = bar.value()
    cursor = view.cursorForPosition(view.viewport().rect().center())
    at = view.offset_map().from_qt(cursor.position())
    view.reveal(at, at + 3)
    assert bar.value() == before


def test_find_next_brings_a_hit_into_view_the_same_way(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot)
    assert view.find_all("تسعة مدنيين") == 1
    view.find_next()
    start = TEXT.index("تسعة مدنيين")
    top, _ = span_in_viewport(view, start, start + len("تسعة مدنيين"))
    height = view.viewport().height()
    assert 0.15 * height <= top <= 0.35 * height, (top, height)
