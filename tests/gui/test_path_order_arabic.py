"""File paths inside the Arabic interface's messages keep their left-to-right order.

A path such as «/tmp/x/imports/تالف.txt» put bare into an Arabic sentence is reordered by the bidi
algorithm: the file's Arabic name is drawn before its folders and «.txt» before the name. Every
message of gui/ that names a file puts it through gui.bidi.isolate_path (a left-to-right isolate,
with a left-to-right mark on each side of every separator). These tests measure, with the bundled
Arabic font, where each part of the path is drawn in the Arabic line.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from gui.bidi import LRI, LRM, PDI, isolate_path, strip_isolates

RLM = "\u200f"
PATHS = ["/tmp/x/imports/تالف.txt", "/home/analyst/تصدير/حوادث اليمن 2024.csv", "/home/analyst/مرصد/ملفات Marsad/تقرير_2024 final.json",
         "C:\\Users\\analyst\\وثائق\\ملف.json", "/data/reports/notes.json"]


def _plain(text: str) -> str:
    return strip_isolates(text).replace(LRM, "")


@pytest.mark.parametrize("path", PATHS)
def test_isolate_path_wraps_the_whole_path_left_to_right(path: str) -> None:
    shown = isolate_path(path)
    assert shown.startswith(LRI) and shown.endswith(PDI) and shown.count(LRI) == 1 and shown.count(PDI) == 1
    assert _plain(shown) == path  # nothing but marks added: the path itself is intact
    assert isolate_path(Path("/a/b.txt")) == f"{LRI}/a/b.txt{PDI}"


def _font():  # type: ignore[no-untyped-def]
    """The bundled Amiri (resources/fonts), as the reader and the Arabic interface use it."""
    from PySide6.QtGui import QFont

    from gui.fonts import load_bundled_fonts

    families = load_bundled_fonts()
    assert any("Amiri" in f for f in families), families
    font = QFont("Amiri")
    font.setPointSize(12)
    return font


def _tokens(path: str) -> list[tuple[int, int]]:
    """(start, end) of each folder name, then the file's name and its extension, in the path's order.
    A name is one unit: an Arabic name («حوادث اليمن 2024») reads right to left within itself."""
    spans = [m.span() for m in re.finditer(r"[^/\\]+", path)]
    start, end = spans[-1]
    dot = path.rfind(".", start, end)
    return spans[:-1] + ([(start, dot), (dot + 1, end)] if dot > start else [(start, end)])


def _drawn(layout, offset: int, span: tuple[int, int]) -> tuple[int, float]:  # type: ignore[no-untyped-def]
    """(line, left edge) of the glyphs Qt draws for the characters offset+span of `layout`."""
    start, end = offset + span[0], offset + span[1]
    runs = layout.glyphRuns(start, end - start)
    assert runs, (start, end)
    return layout.lineForTextPosition(start).lineNumber(), min(run.boundingRect().left() for run in runs)


def _layout(text: str, width: float):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextLayout, QTextOption

    layout = QTextLayout(text, _font())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
    layout.endLayout()
    return layout


def _order(shown_path: str, path: str, width: float = 10_000) -> list[tuple[int, float]]:
    """Where each part of `path` is drawn in an Arabic line that starts with `shown_path` (as the
    import's problems do), in the path's order."""
    return _order_in(f"{RLM}{shown_path}: أُزيل أو استُبدل بالرمز عدد 4 من المحارف التالفة", shown_path, path, width)


def _order_in(text: str, shown_path: str, path: str, width: float = 10_000) -> list[tuple[int, float]]:
    layout = _layout(text, width)
    # the parts of the path as they stand in `text` (the marks shift them)
    offset = text.index(shown_path)
    plain_index = [i for i, ch in enumerate(shown_path) if ch not in (LRI, PDI, LRM)]
    assert "".join(shown_path[i] for i in plain_index) == path
    return [_drawn(layout, offset, (plain_index[a], plain_index[b - 1] + 1)) for a, b in _tokens(path)]


@pytest.mark.parametrize("path", PATHS)
def test_the_path_is_drawn_left_to_right_in_an_arabic_line(qapp, path: str) -> None:  # type: ignore[no-untyped-def]
    """Each folder, the file name and its extension are drawn left to right in the path's order,
    the first part leftmost, in a right-to-left line."""
    drawn = _order(isolate_path(path), path)
    assert all(line == 0 for line, _ in drawn)
    xs = [x for _, x in drawn]
    assert xs == sorted(xs) and len(set(xs)) == len(xs), xs


def test_the_bare_path_was_drawn_scrambled(qapp) -> None:  # type: ignore[no-untyped-def]
    """The measure sees the fault: the same path put bare into the Arabic line has its Arabic file
    name drawn after (left of nothing: right of) the extension, «txt.تالف/…»."""
    path = PATHS[0]
    xs = [x for _, x in _order(path, path)]
    assert xs != sorted(xs)
    name, ext = xs[-2], xs[-1]
    assert ext < name  # «txt» drawn left of «تالف»


def test_a_wrapped_path_keeps_its_order_across_lines(qapp) -> None:  # type: ignore[no-untyped-def]
    """A path longer than the message's width goes on the next line: its parts are still read in
    the path's order, line after line, left to right on each."""
    path = PATHS[2]
    drawn = _order(isolate_path(path), path, width=260)
    assert drawn[-1][0] > drawn[0][0], drawn  # the width did wrap it
    assert drawn == sorted(drawn), drawn


def test_arabic_messages_carry_the_isolated_path_intact(arabic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The import's problems, a store error (the copy kept before a migration), an export's result
    and a backup question: each Arabic message holds the path whole, in its isolate."""
    from core.ingest.model import IngestError
    from core.store.db import StoreError
    from gui.dialogs.export_dialog import ExportOutcome
    from gui.store_errors import ingest_error_line, store_error_text

    path = "/tmp/x/imports/تالف.txt"
    line = ingest_error_line(IngestError(path, "damaged", code="damaged_characters", params={"count": "4"}))
    assert line.startswith(RLM + isolate_path(path) + ":") and "المحارف" in line

    db, copy = "/home/analyst/مرصد/marsad.db", "/home/analyst/مرصد/marsad.schema7.bak"
    text = store_error_text(StoreError("x", code="cannot_keep_copy",
                                       params={"path": db, "version": 7, "copy": copy, "reason": "disk full"}))
    assert text is not None and isolate_path(db) in text and isolate_path(copy) in text and "قاعدة" in text

    out = Path("/home/analyst/تصدير/حوادث.csv")
    message = ExportOutcome(out, "acled-csv", 3, "incidents", 2).message()
    assert message.startswith("صُدِّرت 3 حوادث من مقالين إلى") and message.rstrip(".").endswith(isolate_path(out))

    from gui.main_window import _origin_line

    assert _origin_line(SimpleNamespace(origin=path, line=None)).endswith(isolate_path(path))


def test_the_arabic_export_result_draws_its_path_in_order(arabic) -> None:  # type: ignore[no-untyped-def]
    """«صُدِّرت 12 حادثة من 5 مقالات إلى /home/analyst/تصدير/حوادث اليمن 2024.csv.»: the export's
    result put the path bare into the sentence, and the folder «تصدير» was drawn left of «/home»,
    «.csv» left of the file's name. Its parts are drawn in the path's order, wrapped or not."""
    from gui.dialogs.export_dialog import ExportOutcome

    path = PATHS[1]
    message = ExportOutcome(Path(path), "acled-csv", 12, "incidents", 5).message()
    shown = isolate_path(path)
    assert shown in message
    for width in (10_000, 330):
        drawn = _order_in(message, shown, path, width)
        assert drawn == sorted(drawn), (width, drawn)
    bare = message.replace(shown, path)
    assert _order_in(bare, path, path) != sorted(_order_in(bare, path, path))  # as it was
