"""File → Export…: each scope exports the right articles, an existing file is replaced only after
asking, the export runs in the background, can be cancelled, and ends with one message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from core.store.library import LibraryQuery
from gui import ops
from gui.bidi import has_rtl, isolate_path
from gui.dialogs.export_dialog import (ExportDialog, ExportRequest, ScopeContext, build_request, export_formats,
                                       run_export)

# The offscreen platform warns about dialogs' size hints; it says nothing about our code.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ARTICLES = [  # title, text, date, place: three articles, two of them about Damt
    ("اشتباكات في دمت", "قتل 12 مسلحا في اشتباكات بمدينة دمت أمس.", "2015-08-01", ("دمت", "Damt")),
    ("غارات على تعز", "شنت طائرات التحالف غارات على مواقع في تعز.", "2015-08-02", ("تعز", "Taiz")),
    ("قصف قرب دمت", "قصف مدفعي على قرى قرب دمت دون إصابات.", "2015-08-03", ("دمت", "Damt")),
]


@pytest.fixture
def library_db(tmp_path) -> str:
    """Three articles (ids 1–3), one machine incident each; the third's incident is rejected."""
    from core import store
    from core.ingest.model import ArticleIn
    from core.pipeline import ANALYZER_VERSION

    path = tmp_path / "lib.db"
    db = store.open_db(path)
    for i, (title, text, day, (ar, en)) in enumerate(ARTICLES, start=1):
        article_id, _ = store.add_article(db, ArticleIn(title=title, text=text, source="test", published=day))
        assert article_id == i
        store.save_analysis(db, article_id, {"entities": [], "summary": {}, "incidents": [{
            "event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": i, "date": day,
            "location": {"text": ar, "name_ar": ar, "name_en": en}, "summary_en": f"Incident {i}",
            "summary_ar": f"حادث {i}", "evidence": [{"start": 0, "end": 3}]}],
            "analyzer_version": ANALYZER_VERSION})  # this version's analysis: no question before exporting
    store.set_incident_override(db, 3, 0, "rejected")
    db.conn.close()
    return str(path)


def exported_article_ids(path: Path) -> list[int]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    return sorted(a["id"] for a in doc["articles"])


def finish(qtbot, dialog: ExportDialog) -> object:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.exportFinished, timeout=20_000) as blocker:
        assert dialog.start_export() is not None
    return blocker.args[0]


CONTEXT = ScopeContext(current_article_id=2, current_title="غارات على تعز", selected_ids=[1, 3],
                       library_query=LibraryQuery(text="دمت"))


@pytest.mark.parametrize(("scope", "ids"), [("article", [2]), ("selected", [1, 3]), ("search", [1, 3]),
                                            ("corpus", [1, 2, 3])])
def test_each_scope_exports_its_articles(qtbot, library_db, tmp_path, scope, ids) -> None:
    dialog = ExportDialog(library_db, CONTEXT)
    qtbot.addWidget(dialog)
    dialog.set_scope(scope)
    dialog.set_format("json")
    dialog.set_path(tmp_path / "out.json")
    outcome = finish(qtbot, dialog)
    assert exported_article_ids(tmp_path / "out.json") == ids
    assert outcome.articles == len(ids)  # type: ignore[attr-defined]
    # Rejected incidents stay out unless asked for: article 3's only incident is rejected.
    assert outcome.count == len([i for i in ids if i != 3])  # type: ignore[attr-defined]
    # the path in its left-to-right isolate (gui.bidi.isolate_path), whole
    assert dialog.message_box is not None and f"to {isolate_path(tmp_path / 'out.json')}" in dialog.message_box.text()
    ops.wait_for_all()


def test_filters_without_search_text_and_rejected_on_request(qtbot, library_db, tmp_path) -> None:
    context = ScopeContext(library_query=LibraryQuery(date_from="2015-08-02"))
    dialog = ExportDialog(library_db, context)
    qtbot.addWidget(dialog)
    assert dialog.scope() == "search"  # no article open: the active filter is the default scope
    assert not dialog.scope_buttons["article"].isEnabled() and not dialog.scope_buttons["selected"].isEnabled()
    dialog.set_format("json")
    dialog.include_rejected.setChecked(True)
    dialog.set_path(tmp_path / "f.json")
    outcome = finish(qtbot, dialog)
    assert exported_article_ids(tmp_path / "f.json") == [2, 3]
    assert outcome.count == 2  # type: ignore[attr-defined]
    doc = json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))
    assert doc["scope"] == "library from 2015-08-02"


def test_unavailable_scopes_are_refused() -> None:
    empty = ScopeContext()
    for scope in ("article", "selected", "search"):
        with pytest.raises(ValueError):
            build_request(empty, scope, "json", "x.json")
    assert build_request(empty, "corpus", "json", "x.json").description == "whole corpus"
    request = build_request(CONTEXT, "selected", "xlsx", "x.xlsx")
    assert request.article_ids == (1, 3) and request.description == "articles 1, 3"


def test_overwrite_is_asked_and_no_keeps_the_file(qtbot, library_db, tmp_path, monkeypatch) -> None:
    out = tmp_path / "out.csv"
    out.write_text("keep me", encoding="utf-8")
    asked: list[str] = []

    def answer(reply):  # type: ignore[no-untyped-def]
        def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
            asked.append(text)
            return reply
        return question

    dialog = ExportDialog(library_db, CONTEXT)
    qtbot.addWidget(dialog)
    dialog.set_format("acled-csv")
    dialog.set_path(out)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert dialog.start_export() is None
    assert out.read_text(encoding="utf-8") == "keep me" and len(asked) == 1 and str(out) in asked[0]
    assert "kept" in dialog.status.text()

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    finish(qtbot, dialog)
    assert len(asked) == 2
    assert out.read_text(encoding="utf-8-sig").startswith("event_id_cnty,")  # the GUI's CSV has the BOM
    ops.wait_for_all()


def test_new_file_is_written_without_asking(qtbot, library_db, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked about a file that did not exist"))
    dialog = ExportDialog(library_db, CONTEXT)
    qtbot.addWidget(dialog)
    dialog.set_format("pdf")
    dialog.set_path(tmp_path / "sub" / "report.pdf")
    outcome = finish(qtbot, dialog)
    assert (tmp_path / "sub" / "report.pdf").read_bytes().startswith(b"%PDF-")
    assert outcome.fmt == "pdf" and outcome.count == 1  # type: ignore[attr-defined]
    ops.wait_for_all()


def test_format_change_follows_the_extension(qtbot, library_db, tmp_path) -> None:
    dialog = ExportDialog(library_db, CONTEXT)
    qtbot.addWidget(dialog)
    assert list(export_formats())[:8] == ["acled-csv", "xlsx", "geojson", "kml", "json", "md", "html", "pdf"]
    dialog.set_format("acled-csv")
    dialog.set_path(tmp_path / "incidents.csv")
    assert dialog.bom.isEnabled()
    dialog.set_format("xlsx")
    assert dialog.path_edit.text() == str(tmp_path / "incidents.xlsx")
    assert not dialog.bom.isEnabled() and dialog.include_rejected.isEnabled()
    dialog.set_format("notes-md")
    assert dialog.path_edit.text().endswith("incidents.md") and not dialog.include_rejected.isEnabled()
    dialog.set_path(tmp_path / "mine.txt")
    dialog.set_format("json")
    assert dialog.path_edit.text() == str(tmp_path / "mine.txt")  # a name the analyst typed is kept


def test_failure_is_one_message_and_nothing_is_written(qtbot, library_db, tmp_path) -> None:
    dialog = ExportDialog(library_db, ScopeContext(library_query=LibraryQuery(text="كلمةغيرموجودة")))
    qtbot.addWidget(dialog)
    dialog.set_format("json")
    dialog.set_path(tmp_path / "none.json")
    with qtbot.waitSignal(dialog.exportFailed, timeout=20_000) as blocker:
        dialog.start_export()
    assert "no article" in blocker.args[0]
    # one message; nothing to export is told as information, not as a failure (see below)
    assert dialog.message_box is not None and dialog.message_box.icon() == QMessageBox.Icon.Information
    assert not (tmp_path / "none.json").exists() and dialog.export_button.isEnabled()
    ops.wait_for_all()


class FakeContext:
    """An OpContext whose cancel flag goes up after `after` progress reports."""

    def __init__(self, db_path: str, after: int) -> None:
        from core.store import open_db

        self.db = open_db(db_path)
        self.after = after
        self.reports: list[tuple[int, int, str]] = []

    def progress(self, done: int, total: int | None, message: str = "") -> None:
        self.reports.append((done, -1 if total is None else total, message))

    def check_cancelled(self) -> None:
        if len(self.reports) >= self.after:
            raise ops.Cancelled()


@pytest.mark.parametrize("fmt", ["xlsx", "acled-csv", "pdf"])
def test_cancel_leaves_no_file(library_db, tmp_path, fmt) -> None:
    folder = tmp_path / "out"
    request = ExportRequest(folder / f"out{export_formats()[fmt].suffix}", fmt, "corpus", description="whole corpus")
    early = FakeContext(library_db, after=1)  # cancelled while reading articles
    with pytest.raises(ops.Cancelled):
        run_export(early, request)  # type: ignore[arg-type]
    assert early.reports[0][:2] == (1, 3)
    late = FakeContext(library_db, after=4)  # cancelled while writing
    with pytest.raises(ops.Cancelled):
        run_export(late, request)  # type: ignore[arg-type]
    assert not folder.exists() or list(folder.iterdir()) == []
    full = FakeContext(library_db, after=10_000)
    outcome = run_export(full, request)  # type: ignore[arg-type]
    assert outcome.path.stat().st_size > 0 and [p.name for p in folder.iterdir()] == [outcome.path.name]


def test_cancel_button_stops_a_running_export(qtbot, library_db, tmp_path, monkeypatch) -> None:
    import threading

    from gui.dialogs import export_dialog

    release = threading.Event()
    real = export_dialog.resolve_ids

    def slow(db, request):  # type: ignore[no-untyped-def]
        release.wait(10)
        return real(db, request)

    monkeypatch.setattr(export_dialog, "resolve_ids", slow)
    dialog = ExportDialog(library_db, CONTEXT)
    qtbot.addWidget(dialog)
    dialog.set_format("json")
    dialog.set_path(tmp_path / "c.json")
    dialog.start_export()
    assert not dialog.export_button.isEnabled() and dialog.progress.isVisible() is dialog.isVisible()
    with qtbot.waitSignal(dialog.exportCancelled, timeout=20_000):
        dialog.cancel_button.click()
        release.set()
    assert "cancelled" in dialog.status.text() and not (tmp_path / "c.json").exists()
    assert dialog.export_button.isEnabled()
    ops.wait_for_all()


def test_file_menu_opens_the_dialog_on_the_window_state(qtbot, open_window) -> None:
    w = open_window
    assert w.action_export.text() == "&Export…" and not w.action_export.shortcut().isEmpty()
    w.library.search.setText("دمت")
    w.action_export.trigger()
    dialog = w.export_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.context.current_article_id == 1 and dialog.context.selected_ids == [1]
    assert dialog.context.library_query.text == "دمت" and dialog.scope() == "article"
    assert dialog.scope_buttons["search"].isEnabled()
    dialog.reject()


@pytest.mark.parametrize(("scope", "fmt", "why"), [
    ("article", "json", "Nothing to export: you rejected every incident (tick “Include incidents I rejected” to export them)."),
    ("corpus", "notes-csv", "Nothing to export: the articles have no highlights or notes."),
    ("article", "pdf", "Nothing to export: you rejected every incident (tick “Include incidents I rejected” to export them)."),
])
def test_nothing_to_export_is_core_s_reason_and_no_file(qtbot, library_db, tmp_path, scope, fmt, why) -> None:
    """The dialog wrote a header-only file where the CLI refuses (79aa16d): now core decides that
    nothing would be written and why (why_nothing), and the dialog shows that reason, writing nothing."""
    dialog = ExportDialog(library_db, ScopeContext(current_article_id=3, current_title="قصف قرب دمت"))
    qtbot.addWidget(dialog)
    dialog.set_scope(scope)
    dialog.set_format(fmt)
    out = tmp_path / f"none{export_formats()[fmt].suffix}"
    dialog.set_path(out)
    with qtbot.waitSignal(dialog.exportFailed, timeout=20_000) as blocker:
        dialog.start_export()
    assert blocker.args[0] == why and dialog.status.text() == why
    assert not out.exists() and not list(tmp_path.glob(".*"))  # no temporary file left either
    ops.wait_for_all()


def test_nothing_to_export_in_arabic(qtbot, arabic, library_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The reason comes translated, like every other message of the dialog."""
    dialog = ExportDialog(library_db, ScopeContext(current_article_id=3, current_title="قصف قرب دمت"))
    qtbot.addWidget(dialog)
    dialog.set_scope("article")
    dialog.set_format("acled-csv")
    dialog.set_path(tmp_path / "none.csv")
    with qtbot.waitSignal(dialog.exportFailed, timeout=20_000) as blocker:
        dialog.start_export()
    assert blocker.args[0].startswith("لا شيء للتصدير: رفضتَ كل الحوادث"), blocker.args[0]
    assert not (tmp_path / "none.csv").exists()
    ops.wait_for_all()


def test_format_descriptions_in_arabic(qtbot, arabic, library_db) -> None:  # type: ignore[no-untyped-def]
    """Core describes its formats in English (for the CLI); the Arabic dialog's format list reads
    Arabic for every one of them, and English stays core's own text."""
    from core.export import FORMATS

    dialog = ExportDialog(library_db, ScopeContext(current_article_id=3, current_title="قصف قرب دمت"))
    qtbot.addWidget(dialog)
    items = [dialog.format_combo.itemText(i) for i in range(dialog.format_combo.count())]
    assert len(items) == len(export_formats())
    for name, spec in FORMATS.items():
        if name == "pdf":
            continue
        item = next(t for t in items if t.startswith(f"{name} — "))
        assert spec.description not in item and has_rtl(item.split(" — ", 1)[1]), item


def test_format_descriptions_in_english(qtbot, library_db) -> None:  # type: ignore[no-untyped-def]
    from core.export import FORMATS

    assert {name: choice.description for name, choice in export_formats().items() if name != "pdf"} == {
        name: spec.description for name, spec in FORMATS.items() if name != "pdf"}


def test_a_file_that_cannot_be_written_in_arabic(qtbot, arabic, library_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The export's own file errors are worded by the GUI like the store's: in Arabic, not core's
    "cannot write …: … is a file, not a folder"."""
    from gui.bidi import LRI, PDI

    (tmp_path / "afile").write_text("x")
    out = tmp_path / "afile" / "out.json"
    dialog = ExportDialog(library_db, ScopeContext(current_article_id=1, current_title="x"))
    qtbot.addWidget(dialog)
    dialog.set_scope("corpus")
    dialog.set_format("json")
    dialog.set_path(out)
    with qtbot.waitSignal(dialog.exportFailed, timeout=20_000) as blocker:
        dialog.start_export()
    assert f"تعذّرت كتابة الملف {LRI}{out}{PDI}: المسار {LRI}{tmp_path / 'afile'}{PDI} ملف وليس مجلدًا." in blocker.args[0]
    assert "cannot write" not in blocker.args[0]
    ops.wait_for_all()


def test_csv_for_excel_starts_with_a_byte_order_mark_unless_turned_off(qtbot, library_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Excel garbles the Arabic of a UTF-8 CSV without a byte-order mark, and the box was off by
    default: the GUI's CSV now has it unless the analyst turns it off (remembered); the command
    line's --bom stays off by default."""
    from PySide6.QtCore import QSettings

    QSettings().remove("export/bom")
    try:
        dialog = ExportDialog(library_db, CONTEXT)
        qtbot.addWidget(dialog)
        dialog.set_scope("corpus")
        dialog.set_format("acled-csv")
        assert dialog.bom.isChecked() and dialog.bom.isEnabled()
        dialog.set_path(tmp_path / "with.csv")
        finish(qtbot, dialog)
        data = (tmp_path / "with.csv").read_bytes()
        assert data.startswith(b"\xef\xbb\xbf") and "دمت".encode() in data
        ops.wait_for_all()
        dialog.bom.setChecked(False)
        dialog.set_path(tmp_path / "without.csv")
        finish(qtbot, dialog)
        assert not (tmp_path / "without.csv").read_bytes().startswith(b"\xef\xbb\xbf")
        ops.wait_for_all()
        again = ExportDialog(library_db, CONTEXT)
        qtbot.addWidget(again)
        assert not again.bom.isChecked()  # the analyst's choice is kept
    finally:
        QSettings().remove("export/bom")


def test_dialog_opens_on_the_library_selection_and_says_how_many(qtbot, library_db) -> None:  # type: ignore[no-untyped-def]
    """Several articles selected in the library (one of them open): the dialog opens on them, not
    on the open article alone, and its choice counts them. One selected row that is the open
    article is what opening it does: the open article stays the default."""
    dialog = ExportDialog(library_db, ScopeContext(current_article_id=1, current_title="اشتباكات في دمت",
                                                   selected_ids=[1, 3]))
    qtbot.addWidget(dialog)
    assert dialog.scope() == "selected"
    assert dialog.scope_buttons["selected"].text() == "The 2 selected articles"
    other = ExportDialog(library_db, ScopeContext(current_article_id=2, selected_ids=[3]))  # one row, not the open one
    qtbot.addWidget(other)
    assert other.scope() == "selected" and other.scope_buttons["selected"].text() == "The 1 selected article"
    alone = ExportDialog(library_db, ScopeContext(current_article_id=1, selected_ids=[1]))
    qtbot.addWidget(alone)
    assert alone.scope() == "article"


def test_selected_scope_counts_in_arabic(qtbot, arabic, library_db) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(library_db, ScopeContext(current_article_id=1, selected_ids=[1, 2, 3]))
    qtbot.addWidget(dialog)
    assert dialog.scope() == "selected"
    assert dialog.scope_buttons["selected"].text() == "المقالات المحددة: 3 مقالات"


def test_exported_annotations_are_the_subject_in_arabic(arabic) -> None:  # type: ignore[no-untyped-def]
    """«صُدِّر …»: what was exported is the passive verb's subject, nominative: «تعليق واحد», not
    the accusative «تعليقًا واحدًا» (the walk-through's message for one highlight exported)."""
    from gui.dialogs.export_dialog import ExportOutcome

    one = ExportOutcome(Path("/tmp/n.csv"), "notes-csv", 1, "annotations", 1).message()
    assert one.startswith("صُدِّر تعليق واحد من مقال واحد إلى")
    two = ExportOutcome(Path("/tmp/n.csv"), "notes-csv", 2, "annotations", 4).message()
    assert two.startswith("صُدِّر تعليقان من 4 مقالات إلى")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_nothing_to_export_is_told_not_as_a_failure(qtbot, qapp, library_db, tmp_path, language) -> None:  # type: ignore[no-untyped-def]
    """An article with nothing to export got a warning titled "Export failed": nothing failed, the
    analyst is told there is nothing to write (an information box of that title)."""
    from PySide6.QtWidgets import QMessageBox

    from gui import i18n

    i18n.install_language(qapp, language)
    try:
        dialog = ExportDialog(library_db, ScopeContext(current_article_id=3, current_title="قصف قرب دمت"))
        qtbot.addWidget(dialog)
        dialog.set_scope("article")
        dialog.set_format("acled-csv")
        dialog.set_path(tmp_path / "none.csv")
        with qtbot.waitSignal(dialog.exportFailed, timeout=20_000):
            dialog.start_export()
        box = dialog.message_box
        assert box is not None and box.icon() == QMessageBox.Icon.Information
        assert box.windowTitle() == ("Nothing to export" if language == "en" else "لا شيء للتصدير")
        assert box.text() == dialog.status.text()
        box.close()
    finally:
        i18n.install_language(qapp, "en")
    ops.wait_for_all()


@pytest.fixture
def older(library_db):  # type: ignore[no-untyped-def]
    """library_db with articles 1 and 2 analysed by an older version of Marsad."""
    import sqlite3

    conn = sqlite3.connect(library_db)
    conn.execute("UPDATE articles SET analyzer_version = '1' WHERE id IN (1, 2)")
    conn.commit()
    conn.close()
    return library_db


def versions(path: str) -> dict[int, str | None]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT id, analyzer_version FROM articles"))
    finally:
        conn.close()


@pytest.mark.parametrize(("answer", "written", "analysed"), [("export", True, []), ("analyse", True, [1]),
                                                             ("cancel", False, [])])
def test_articles_an_older_version_analysed_are_told_before_exporting(qtbot, older, tmp_path, monkeypatch, answer,
                                                                      written, analysed) -> None:  # type: ignore[no-untyped-def]
    """As `marsad export` warns: the scope's outdated articles are counted on a worker, the analyst
    chooses to analyse them again first (only the scope's: article 2, outdated too, is not in it), to
    export them as they are, or not to export."""
    from core.ingest import importer
    from core.ingest.parallel import Outcome
    from core.pipeline import ANALYZER_VERSION

    jobs: list[int] = []

    def job(j):  # type: ignore[no-untyped-def]  # no NLP in GUI tests: this version's analysis, one incident
        jobs.append(int(j.key))
        incident = {"event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": 5, "date": "2015-08-01",
                    "summary_en": "Incident again", "summary_ar": "حادث من جديد", "evidence": [{"start": 0, "end": 3}]}
        return Outcome(j.key, {"entities": [], "incidents": [incident], "summary": {},
                               "analyzer_version": ANALYZER_VERSION}, None)

    monkeypatch.setattr(importer, "analyze_job", job)
    asked: list[int] = []
    monkeypatch.setattr(ExportDialog, "ask_outdated", lambda self, n: asked.append(n) or answer)
    dialog = ExportDialog(older, CONTEXT)  # the selected articles 1 and 3
    qtbot.addWidget(dialog)
    dialog.set_format("json")
    out = tmp_path / "x.json"
    dialog.set_path(out)
    if written:
        finish(qtbot, dialog)
        assert exported_article_ids(out) == [1, 3]
        told = [i["summary_en"] for i in json.loads(out.read_text(encoding="utf-8"))["incidents"]]
        assert told == (["Incident again"] if analysed else ["Incident 1"])  # the export is of what was analysed
    else:
        op = dialog.start_export()
        qtbot.waitUntil(lambda: op.done, timeout=20_000)  # type: ignore[union-attr]
        assert not out.exists() and dialog.status.text() == "Not exported." and dialog.export_button.isEnabled()
    assert asked == [1] and jobs == analysed
    assert versions(older) == {1: ANALYZER_VERSION if analysed else "1", 2: "1", 3: ANALYZER_VERSION}
    ops.wait_for_all()


def test_no_question_for_highlights_and_notes_or_this_version_s_articles(qtbot, older, tmp_path,
                                                                         monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ExportDialog, "ask_outdated", lambda *a: pytest.fail("asked"))
    from core import store

    db = store.open_db(older)
    store.add_note(db, 1, "مصدر ثان؟")
    db.conn.close()
    dialog = ExportDialog(older, CONTEXT)
    qtbot.addWidget(dialog)
    dialog.set_format("notes-json")  # the analyst's work: no analysis in it
    dialog.set_path(tmp_path / "n.json")
    finish(qtbot, dialog)
    dialog = ExportDialog(older, ScopeContext(current_article_id=3, current_title="قصف قرب دمت"))
    qtbot.addWidget(dialog)
    dialog.set_format("json")
    dialog.set_path(tmp_path / "a.json")
    dialog.include_rejected.setChecked(True)  # its one incident
    finish(qtbot, dialog)  # article 3: this version's
    ops.wait_for_all()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_question_says_how_many_and_offers_three_ways(qtbot, request, language) -> None:  # type: ignore[no-untyped-def]
    if language == "ar":
        request.getfixturevalue("arabic")
    dialog = ExportDialog(":memory:", CONTEXT)
    qtbot.addWidget(dialog)
    box = dialog.outdated_box(2)
    names = [b.objectName() for b in box.buttons()]
    assert sorted(names) == ["analyse", "cancel", "export"] and box.defaultButton().objectName() == "analyse"
    if language == "ar":
        assert "مقالان" in box.text() and has_rtl(box.findChild(QPushButton, "analyse").text())
    else:
        assert ": 2. Their incidents" in box.text() and "kept" in box.text()
    box.deleteLater()


def test_exported_incidents_take_a_feminine_verb_in_arabic(arabic) -> None:  # type: ignore[no-untyped-def]
    """«صُدِّر حادثة واحدة» (the walk-through's message after exporting one incident to CSV): the
    passive verb agrees with «حادثة», feminine — «صُدِّرت» — whatever the count; annotations
    («تعليق», masculine) keep «صُدِّر»."""
    from gui.dialogs.export_dialog import ExportOutcome

    for count, words in ((1, "حادثة واحدة"), (2, "حادثتان"), (5, "5 حوادث"), (12, "12 حادثة")):
        message = ExportOutcome(Path("/tmp/i.csv"), "acled-csv", count, "incidents", 1).message()
        assert message.startswith(f"صُدِّرت {words} من مقال واحد إلى"), message
    assert ExportOutcome(Path("/tmp/n.csv"), "notes-csv", 1, "annotations", 1).message().startswith("صُدِّر تعليق")


def test_the_export_message_reads_the_same_in_english() -> None:
    from gui.dialogs.export_dialog import ExportOutcome

    assert ExportOutcome(Path("/tmp/i.csv"), "acled-csv", 1, "incidents", 1).message().startswith(
        "Exported 1 incident from 1 article to")


def test_a_map_export_message_says_what_it_left_off(qapp) -> None:
    """The map formats count only the incidents with coordinates: the message says how many
    others are not on the map, in both languages (session 43)."""
    from gui import i18n
    from gui.dialogs.export_dialog import ExportOutcome

    outcome = ExportOutcome(Path("/tmp/m.geojson"), "geojson", 68, "incidents", 21, 1)
    assert outcome.message().endswith("Not on the map: 1 incident without coordinates.")
    assert "Not on the map" not in ExportOutcome(Path("/tmp/m.csv"), "acled-csv", 69, "incidents", 21).message()
    try:
        i18n.install_language(qapp, "ar")
        assert outcome.message().endswith("ليست على الخريطة: حادثة واحدة بلا إحداثيات.")
        assert ExportOutcome(Path("/tmp/m.kml"), "kml", 5, "incidents", 2, 3).message().endswith(
            "ليست على الخريطة: 3 حوادث بلا إحداثيات.")
    finally:
        i18n.install_language(qapp, "en")
