"""Direction isolates for Arabic inside left-to-right widgets."""

from __future__ import annotations

from gui.bidi import PDI, RLI, isolate_arabic_runs, strip_isolates


def test_arabic_runs_in_an_english_line_are_isolated() -> None:
    line = "Clashes near مطار عدن (Aden): 10 killed"
    out = isolate_arabic_runs(line)
    assert out == f"Clashes near {RLI}مطار عدن{PDI} (Aden): 10 killed"
    assert strip_isolates(out) == line and isolate_arabic_runs("Air strike in Marib") == "Air strike in Marib"
    # a number between Arabic words belongs to the run
    assert isolate_arabic_runs("Air strike on اللواء 35 مدرع camp") == f"Air strike on {RLI}اللواء 35 مدرع{PDI} camp"


def _x_of(text: str, word: str, direction) -> float:  # type: ignore[no-untyped-def]
    """Where, left to right, the middle of `word` is drawn in a one-line layout of `text`."""
    from PySide6.QtGui import QFont, QTextLayout, QTextOption

    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    x = line.cursorToX(text.index(word) + len(word) // 2)
    return float(x[0] if isinstance(x, tuple) else x)


def test_a_path_with_arabic_names_keeps_its_order(qapp) -> None:  # type: ignore[no-untyped-def]
    """«/data/وارد/تقرير.pdf» in the import box showed the file before its folder: in the LTR
    isolate the two Arabic names and the "/" between them were one right-to-left run. Each
    name is now drawn in the path's order, left to right, in either interface."""
    from PySide6.QtCore import Qt

    from gui.bidi import LRI, isolate_path

    path = "/data/وارد/تقارير اليمن/تقرير.pdf"
    shown = isolate_path(path)
    assert shown.startswith(LRI) and shown.endswith(PDI) and shown.replace("\u200e", "")[1:-1] == path
    for direction in (Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight):
        line = f"{shown}: ملف فارغ"
        xs = [_x_of(line, w, direction) for w in ("data", "وارد", "تقارير", "تقرير.")]
        assert xs == sorted(xs), (direction, xs)  # data, then the folder, the sub-folder, the file
    assert isolate_path("/data/lib.db") == f"{LRI}/data/lib.db{PDI}"  # nothing added to a Latin path
    # without the marks, the file came before its folder
    bare = f"{LRI}{path}{PDI}: ملف فارغ"
    assert _x_of(bare, "تقرير.", Qt.LayoutDirection.RightToLeft) < _x_of(bare, "وارد", Qt.LayoutDirection.RightToLeft)


def test_a_file_extension_in_an_arabic_text_keeps_its_dot_in_front() -> None:
    """«(.txt أو .html…)» in an Arabic line was drawn «(txt. أو html.…)»: a "." between an Arabic
    word and a Latin one takes the line's direction. Every Arabic text that names an extension
    puts a left-to-right mark before its dot (file dialogs' filters aside: Qt parses them)."""
    import importlib.resources
    import re
    import xml.etree.ElementTree as ET

    ts = importlib.resources.files("resources") / "translations" / "marsad_ar.ts"
    bare = []
    for message in ET.fromstring(ts.read_bytes()).iter("message"):
        translation = message.find("translation")
        for text in [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]:
            if ";;" not in text and re.search(r"(^|[\s(«،])\.[A-Za-z]", text):
                bare.append(text)
    assert not bare, bare
