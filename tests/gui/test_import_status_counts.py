"""The status line after an import counts failed files as files and bad lines as lines. Two bad lines
of one JSONL file were "2 failed" (Arabic «فشل ملفان», two *files*) though the file was read and its
good line imported; a bad entry of a JSON list was a failed file too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui.bidi import strip_isolates

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

TEXT = "قال مصدر محلي إن قصفا استهدف حيا سكنيا في المدينة صباح اليوم."


def _report(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A real import (no analysis) of one good file, two bad files, a JSONL file with one good line
    and two bad ones, and a JSON list with one good entry and one bad."""
    from core.ingest.importer import import_paths
    from core.store import open_db

    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "notes.xyz").write_text("x", encoding="utf-8")
    good_line = json.dumps({"title": "سطر", "text": TEXT + " سطر"}, ensure_ascii=False)
    (tmp_path / "feed.jsonl").write_text(good_line + '\n{"text": \n{"title": "بلا نص"}\n', encoding="utf-8")
    (tmp_path / "list.json").write_text(json.dumps([{"text": TEXT + " قائمة"}, {"title": "بلا نص"}],
                                                   ensure_ascii=False), encoding="utf-8")
    names = ["good.txt", "empty.txt", "notes.xyz", "feed.jsonl", "list.json"]
    report = import_paths(open_db(tmp_path / "lib.db"), [tmp_path / n for n in names], analyze=False)
    assert report.added == 3 and len(report.errors) == 5, report.errors
    return report


def test_failed_files_bad_lines_and_bad_list_items_are_counted_apart(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from gui.main_window import _report_text

    text = strip_isolates(_report_text(_report(tmp_path)))
    assert text.startswith("Import: 3 added, 2 failed, 2 bad lines skipped, 1 bad list item skipped"), text


def test_the_arabic_says_files_for_files_and_lines_for_lines(arabic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from gui.main_window import _report_text

    text = strip_isolates(_report_text(_report(tmp_path)))
    assert "فشل ملفان" in text and "تُخطِّي سطران معيبان" in text and "تُخطِّي عنصر معيب واحد من قائمة" in text, text
    assert "فشلت 5" not in text and "ملفات" not in text, text
