"""An article imported with something left out (a date the importer could not read) is shown
to the analyst after the import, in the interface's language, not only printed by the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from gui import ops
from gui.bidi import LRI, PDI, strip_isolates
from gui.main_window import undated_hint  # the undated articles' line, and how to date them
from tests.gui.import_helpers import import_messages

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def write_jsonl(path: Path, rows: list[dict]) -> str:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return str(path)


@pytest.fixture
def no_analysis(monkeypatch):  # type: ignore[no-untyped-def]
    from core.ingest import importer
    from core.pipeline import ANALYZER_VERSION

    monkeypatch.setattr(importer, "_analyze", lambda article: {"entities": [], "incidents": [], "summary": {},
                                                               "analyzer_version": ANALYZER_VERSION})


def _import(qtbot, window, paths: list[str]) -> list[QMessageBox]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.importFinished, timeout=20_000):
        window.import_files(paths, open_first=False)
    return import_messages(qtbot, window)


def _window(qtbot, article_db):  # type: ignore[no-untyped-def]
    from gui.main_window import MainWindow

    w = MainWindow(article_db)
    w.remember_layout = False
    qtbot.addWidget(w)
    w.show()
    # the library's article open first, as at start: opened after the import, it said its own counts
    with qtbot.waitSignal(w.articleShown, timeout=10_000):
        w.refresh_library()
    return w


ROWS = [{"title": "خبر أول", "text": "قال مصدر محلي إن قصفا استهدف حيا سكنيا في المدينة صباح اليوم.",
         "date": "منذ ثلاث ساعات"},
        {"title": "خبر ثان", "text": "أفاد شهود بأن اشتباكات اندلعت قرب السوق المركزي مساء الأحد.",
         "date": "2015-08-02"}]


def test_a_date_not_understood_is_shown_after_the_import(qtbot, article_db, tmp_path, no_analysis) -> None:  # type: ignore[no-untyped-def]
    """It used to reach only the CLI: the GUI showed "Import: 2 added" and nothing else, so an
    article silently had no date."""
    w = _window(qtbot, article_db)
    path = write_jsonl(tmp_path / "news.jsonl", ROWS)
    [box] = _import(qtbot, w, [path])
    assert box.windowTitle() == "Some articles were imported with warnings"
    assert strip_isolates(box.text()) == (
        f"Imported with warnings:\n{path}:1: date not understood (date \"منذ ثلاث ساعات\"); imported without a date"
        f"\n\n{undated_hint(1, selected=True)}")  # and how to date it (session 36)
    assert strip_isolates(w.statusBar().currentMessage()) == "Import: 2 added, 1 with warnings, 1 without a date"
    box.close()


def test_errors_and_warnings_in_one_message(qtbot, article_db, tmp_path, no_analysis) -> None:  # type: ignore[no-untyped-def]
    w = _window(qtbot, article_db)
    path = write_jsonl(tmp_path / "news.jsonl", ROWS)
    (tmp_path / "notes.xyz").write_text("x", encoding="utf-8")
    [box] = _import(qtbot, w, [str(tmp_path / "notes.xyz"), path])
    assert box.windowTitle() == "Some files were not imported"
    assert strip_isolates(box.text()).splitlines() == [
        f"{tmp_path / 'notes.xyz'}: unsupported file type «.xyz»", "", "Imported with warnings:",
        f"{path}:1: date not understood (date \"منذ ثلاث ساعات\"); imported without a date", "", undated_hint(1, selected=True)]
    box.close()


def test_import_warnings_in_arabic(qtbot, article_db, tmp_path, no_analysis, arabic) -> None:  # type: ignore[no-untyped-def]
    from gui.store_errors import RLM

    w = _window(qtbot, article_db)
    path = write_jsonl(tmp_path / "news.jsonl", ROWS)
    [box] = _import(qtbot, w, [path])
    assert box.windowTitle() == "استُوردت بعض المقالات مع تحذيرات"
    heading, line, _, hint = box.text().split("\n")
    assert hint == undated_hint(1, selected=True) and hint.startswith("مقال واحد بلا تاريخ")
    assert heading == "استُوردت هذه المقالات مع تحذيرات:"
    # the file kept left to right, the JSON field and the value as written, the rest Arabic from the right
    assert line == (f"{RLM}{LRI}{path}:1{PDI}: لم يُفهم التاريخ ({LRI}date \"منذ ثلاث ساعات\"{PDI})؛ "
                    "استُورد المقال بلا تاريخ")
    assert strip_isolates(w.statusBar().currentMessage()) == "الاستيراد: أضيف مقالان، مقال واحد بتحذير، مقال واحد بلا تاريخ"
    box.close()


def test_a_warning_carries_its_code_from_the_reader_to_the_report(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """core words it in English for the CLI (unchanged); the code and params let the GUI word it."""
    from core.ingest.importer import import_paths
    from core.store import open_db

    path = write_jsonl(tmp_path / "news.jsonl", [{**ROWS[0], "date": 17}])
    report = import_paths(open_db(memory=True), [path], analyze=False)
    [warning] = report.warnings
    assert str(warning) == f"{path}:1: date not understood (date 17); imported without a date"
    assert (warning.code, warning.params) == ("date_not_understood", {"dates": "date 17"})


DATELINED = [{"title": "خبر بتاريخ", "date": "قبل ساعتين",
              "text": "عدن - الأربعاء 4 مايو 2016\nقال مصدر أمني إن عبوة ناسفة انفجرت قرب نقطة تفتيش في المدينة."},
             {"title": "خبر بلا تاريخ", "text": "تعز - أفاد سكان بأن قصفا طال حيا سكنيا في المدينة.",
              "date": "قبل ساعتين"}]


def test_a_date_field_not_understood_but_a_dateline_read_says_so(qtbot, article_db, tmp_path, no_analysis) -> None:  # type: ignore[no-untyped-def]
    """Before, the first article was reported "imported without a date" though its dateline dated
    it, and the report named no article dated from its text."""
    w = _window(qtbot, article_db)
    path = write_jsonl(tmp_path / "news.jsonl", DATELINED)
    [box] = _import(qtbot, w, [path])
    assert box.windowTitle() == "Some articles were imported with warnings"
    assert strip_isolates(box.text()).splitlines() == [
        "Imported with warnings:",
        f"{path}:1: date not understood (date \"قبل ساعتين\"); dated 2016-05-04 from its text instead",
        f"{path}:2: date not understood (date \"قبل ساعتين\"); imported without a date",
        "", "Dated from their text (check the date):",
        f"{path}:1: dated 2016-05-04 from the text «الأربعاء 4 مايو 2016»", "", undated_hint(1, selected=True)]
    assert strip_isolates(w.statusBar().currentMessage()) == (
        "Import: 2 added, 2 with warnings, 1 dated from their text, 1 without a date")
    box.close()


def test_articles_dated_from_their_text_are_listed_in_arabic(qtbot, article_db, tmp_path, no_analysis, arabic) -> None:  # type: ignore[no-untyped-def]
    from gui.store_errors import RLM

    w = _window(qtbot, article_db)
    (tmp_path / "aden.txt").write_text(DATELINED[0]["text"], encoding="utf-8")
    [box] = _import(qtbot, w, [str(tmp_path / "aden.txt")])
    assert box.windowTitle() == "أُرّخت بعض المقالات من نصها" and box.icon() == QMessageBox.Icon.Information
    heading, line = box.text().split("\n")
    assert heading == "أُرّخت هذه المقالات من نصها (تحقق من التاريخ):"
    assert line.startswith(RLM) and strip_isolates(line) == (
        f"{RLM}{tmp_path / 'aden.txt'}: أُرّخ 2016-05-04 من النص «الأربعاء 4 مايو 2016»")
    box.close()


ENGLISH = "Clashes near the market\n\nLocal sources said clashes broke out near the central market on Sunday."


def test_a_text_with_no_arabic_is_kept_with_a_notice(qtbot, article_db, tmp_path, no_analysis) -> None:  # type: ignore[no-untyped-def]
    """An English or French file imported silently and then showed nothing: the analyst is told it
    is kept, and that entities and incidents are found in Arabic only (an information, not a warning)."""
    w = _window(qtbot, article_db)
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "ar.txt").write_text(ROWS[0]["text"], encoding="utf-8")
    [box] = _import(qtbot, w, [str(tmp_path / "en.txt"), str(tmp_path / "ar.txt")])
    assert box.windowTitle() == "Some articles are not in Arabic"
    assert box.icon() == QMessageBox.Icon.Information
    assert strip_isolates(box.text()).splitlines() == [
        "Not in Arabic (kept; entities and incidents are found in Arabic text only):", str(tmp_path / "en.txt"),
        "", undated_hint(2, selected=True)]
    assert strip_isolates(w.statusBar().currentMessage()) == (
        "Import: 2 added, 1 not in Arabic (nothing found), 2 without a date")
    box.close()


def test_a_text_with_no_arabic_in_arabic(qtbot, article_db, tmp_path, no_analysis, arabic) -> None:  # type: ignore[no-untyped-def]
    from gui.store_errors import RLM, ingest_error_line

    w = _window(qtbot, article_db)
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    [box] = _import(qtbot, w, [str(tmp_path / "en.txt")])
    assert box.windowTitle() == "بعض المقالات ليست بالعربية"
    heading, line, _, hint = box.text().split("\n")
    assert hint == undated_hint(1, selected=True)
    assert heading.startswith("ليست بالعربية (حُفظت")
    assert line == f"{RLM}{LRI}{tmp_path / 'en.txt'}{PDI}"
    assert strip_isolates(w.statusBar().currentMessage()) == (
        "الاستيراد: أضيف مقال واحد، مقال واحد بغير العربية (لم يُستخرج منه شيء)، مقال واحد بلا تاريخ")
    box.close()
    # the notice as one line (core's code worded in Arabic)
    from core.ingest.importer import no_arabic_text
    from core.ingest.model import IngestError

    assert strip_isolates(ingest_error_line(IngestError.warning("en.txt", no_arabic_text()))) == (
        f"{RLM}en.txt: لا نص عربيًا فيه (إنجليزي أو فرنسي…؟): حُفظ المقال، لكن الكيانات والأحداث لا تُستخرج إلا من "
        "النص العربي")
