"""Store errors in the GUI: its own wording, translated and right to left in the Arabic
interface, while the CLI keeps core's English (gui.store_errors)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from core.store import StoreError
from core.store.db import STORE_ERROR_CODES, storage_error
from gui import ops
from gui.bidi import FSI, LRI, PDI, has_rtl, strip_isolates
from gui.ops import Op, OpContext
from gui.store_errors import store_error_text

PARAMS = {"path": "/data/lib.db", "reason": "database or disk is full", "version": 9, "known": 3, "needed": 3,
          "wal": "lib.db-wal", "tables": "articles", "kept": "lib.db.bak", "damaged": "lib.db.damaged",
          "previous": "/data/lib.db.old", "aside": "/data/lib.db.aside", "copy": "/data/lib.db.schema3.bak"}


def test_every_store_error_code_has_a_gui_text() -> None:
    for code in STORE_ERROR_CODES:
        text = store_error_text(StoreError("core's English", code=code, params=PARAMS))
        assert text and "%" not in text and f"{LRI}/data/lib.db{PDI}" in text, code
    assert store_error_text(StoreError("no code")) is None and ops.error_text(StoreError("no code")) == "no code"
    assert store_error_text(ValueError("x")) is None


def test_every_store_error_code_reads_arabic_right_to_left(arabic) -> None:  # type: ignore[no-untyped-def]
    """Each text begins with an Arabic word (not the path, not SQLite's English reason), so the
    message box lays it out right to left; the path stays whole, left to right."""
    for code in STORE_ERROR_CODES:
        text = store_error_text(StoreError("core's English", code=code, params=PARAMS))
        assert text and has_rtl(text[:1]) and f"{LRI}/data/lib.db{PDI}" in text and "%" not in text, (code, text)


def test_a_full_disk_in_the_gui_says_what_to_do_there(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The CLI's "the command stopped … run it again" is not what a GUI user did: the GUI says
    what was kept and to try again; the CLI's wording is unchanged."""
    err = storage_error("lib.db", sqlite3.OperationalError("database or disk is full"))
    assert "the command stopped" in str(err)
    text = strip_isolates(ops.error_text(err))
    assert "command" not in text and "run it again" not in text
    assert text.startswith("The disk is full: the database lib.db could not be written. What had not been saved")
    assert text.endswith("\n\nCause: database or disk is full")  # SQLite's English on a line of its own


def test_a_store_error_in_an_arabic_message_box(qtbot, arabic) -> None:  # type: ignore[no-untyped-def]
    def full(ctx: OpContext) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    parent = QWidget()
    qtbot.addWidget(parent)
    op = Op(parent, full, db_path="/data/lib.db", label="Reading")
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
    [box] = parent.findChildren(QMessageBox)
    text = box.text()
    assert text.startswith("القرص ممتلئ") and f"{LRI}/data/lib.db{PDI}" in text
    assert text.endswith("السبب: \u2068database or disk is full\u2069") and "command" not in text
    box.close()


def test_a_file_that_is_no_backup_in_arabic(arabic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Backups and restores are store errors too: File → Restore database… on a text file said
    "… is not a Marsad backup (not an SQLite database)" in English."""
    import pytest

    from core.store.backup import inspect_backup

    notes = tmp_path / "notes.bak"
    notes.write_text("not a backup")
    with pytest.raises(StoreError) as caught:
        inspect_backup(notes)
    assert caught.value.code == "not_a_backup"
    assert ops.error_text(caught.value) == (f"الملف {LRI}{notes}{PDI} ليس نسخة احتياطية لمرصد "
                                            "(ليس قاعدة بيانات SQLite).")
    with pytest.raises(StoreError) as missing:
        inspect_backup(tmp_path / "none.bak")
    assert missing.value.code == "no_backup" and ops.error_text(missing.value).startswith("لا يوجد ملف نسخة احتياطية")


def test_import_problems_in_arabic(arabic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """"Some files were not imported" listed core's English reasons ("unsupported file type «.xyz»",
    "malformed JSON (…)") in the Arabic box, laid out left to right."""
    from core.ingest.readers import read_path
    from gui.store_errors import RLM, ingest_error_line

    (tmp_path / "a.xyz").write_text("x")
    (tmp_path / "c.jsonl").write_text('{bad json\n', encoding="utf-8")
    [unsupported] = list(read_path(tmp_path / "a.xyz"))
    assert unsupported.code == "unsupported_type" and unsupported.reason == "unsupported file type «.xyz»"
    assert ingest_error_line(unsupported) == f"{RLM}{LRI}{tmp_path / 'a.xyz'}{PDI}: نوع ملف غير مدعوم «{LRI}.xyz{PDI}»"
    [malformed] = [e for e in read_path(tmp_path / "c.jsonl") if getattr(e, "code", "")]
    assert strip_isolates(ingest_error_line(malformed)).startswith(f"{RLM}{tmp_path / 'c.jsonl'}:1: سطر JSON مشوّه (")


def test_import_problems_in_english_read_as_before(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from core.ingest.model import IngestError
    from gui.store_errors import ingest_error_line

    (tmp_path / "a.xyz").write_text("x")
    from core.ingest.readers import read_path

    [unsupported] = list(read_path(tmp_path / "a.xyz"))
    assert strip_isolates(ingest_error_line(unsupported)) == f"{tmp_path / 'a.xyz'}: unsupported file type «.xyz»"
    assert strip_isolates(ingest_error_line(IngestError("f.txt", "stored, but not analysed: x"))) == (
        "f.txt: stored, but not analysed: x")


def test_the_remaining_import_problems_in_arabic(arabic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Stored but not analysed, a failed analysis, a too-deep JSON, a too large file, a listed
    file missing or outside its folder, a bad encoding: each still showed core's English."""
    import json

    from core.ingest.model import IngestError
    from core.ingest.readers import read_path
    from gui.store_errors import RLM, ingest_error_line

    (tmp_path / "deep.json").write_text("[" * 100000 + "]" * 100000)
    [deep] = list(read_path(tmp_path / "deep.json"))
    assert deep.code == "json_too_deep"
    assert ingest_error_line(deep) == f"{RLM}{LRI}{tmp_path / 'deep.json'}{PDI}: JSON متداخل بعمق أكبر من أن يكون تصديرًا لمقالات"
    lst = tmp_path / "list.json"
    lst.write_text(json.dumps([{"file": "gone.txt"}, {"file": "../out.txt"}]), encoding="utf-8")
    missing, outside = [e for e in read_path(lst) if isinstance(e, IngestError)]
    assert (missing.code, outside.code) == ("listed_missing", "listed_outside")
    assert ingest_error_line(missing).endswith(f": الملف المدرج «{LRI}gone.txt{PDI}» غير موجود")
    assert ingest_error_line(outside).endswith(f": الملف المدرج «{LRI}../out.txt{PDI}» خارج مجلد القائمة")
    (tmp_path / "w.jsonl").write_bytes("\ufeff".encode("utf-16-le") + '{"text": "نص"}\n'.encode("utf-16-le") + b"\x00\xd8")
    [bad] = [e for e in read_path(tmp_path / "w.jsonl") if isinstance(e, IngestError)]
    assert bad.code == "bad_encoding" and "لم يُقرأ باقي الملف" in ingest_error_line(bad)
    long_ = IngestError("a.txt", "stored, but not analysed: …", code="too_long_to_analyse",
                        params={"chars": "300,000", "limit": "200,000"})
    assert strip_isolates(ingest_error_line(long_)) == (
        f"{RLM}a.txt: خُزّن دون تحليل: أطول من أن يُحلَّل تلقائيًا (300,000 حرفًا؛ الحد 200,000)")
    workers = IngestError("(analysis workers)", "…", code="workers_stopped", params={"detail": "x"})
    assert strip_isolates(ingest_error_line(workers)).startswith(f"{RLM}(عمليات التحليل): توقّفت إحدى عمليات التحليل")
    for e in (deep, missing, outside, bad, long_, workers):
        assert not any(w in strip_isolates(ingest_error_line(e)) for w in ("stored", "listed", "nested", "valid")), e


def test_import_problems_from_the_importer_carry_codes() -> None:
    """The importer's own reasons (too long to analyse, analysis failed) carry codes; English unchanged."""
    from core.ingest import importer, parallel
    from gui.store_errors import ingest_error_line

    err = importer._not_analysed("a.txt", "x" * 12, "too long")
    assert err.code == "too_long_to_analyse" and err.params["limit"] == f"{parallel.MAX_ANALYSIS_CHARS:,}"
    assert err.reason == "stored, but not analysed: too long"
    assert strip_isolates(ingest_error_line(err)).startswith("a.txt: stored, but not analysed: too long to analyse")


def test_an_export_of_a_missing_article_in_arabic(arabic) -> None:  # type: ignore[no-untyped-def]
    from core.export.scope import ExportError

    err = ExportError("no article with id 7, 9", code="no_such_article", params={"ids": "7, 9"})
    assert str(err) == "no article with id 7, 9"
    assert strip_isolates(ops.error_text(err)) == "لا مقال برقم 7, 9 في المكتبة."


# Sample values of every param an import problem may carry (core.ingest.model.INGEST_ERROR_CODES).
INGEST_PARAMS = {"suffix": ".xyz", "detail": "Permission denied", "errno": "13", "encoding": "utf-16-le",
                 "mb": "20", "kind": "list", "fields": "text, content, body", "name": "a.txt",
                 "letters": "20", "root": "html", "pages": "300", "unmapped": "900", "total": "1000",
                 "chars": "300,000", "limit": "200,000", "count": "20", "dates": "published \"Tuesday\"",
                 "date": "2016-05-04", "message": "Expecting ',' delimiter", "line": "3", "column": "16"}
# Names of formats and programs, and JSON fields with their values, written as they are in the
# Arabic texts too.
TECHNICAL = {"json", "xml", "pdf", "rss", "atom", "word", "docx", "doc", "gzip", "zip", "html", "office",
             "null", "text", "content", "body", "utf", "xyz", "txt", "permission", "denied", "published", "tuesday",
             "geojson"}


def _english_words(text: str) -> set[str]:
    import re

    return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", strip_isolates(text))} - TECHNICAL


def test_every_import_problem_has_a_gui_text_and_an_arabic_one(qapp) -> None:  # type: ignore[no-untyped-def]
    """Every kind of problem core.ingest can report (the registry, so a new kind without a text
    fails here) is worded by the GUI, and in Arabic: right to left, its values filled in, none of
    its English words left (an unreadable folder, feeds, PDF and Word problems were English)."""
    from core.ingest.model import INGEST_ERROR_CODES, IngestError
    from gui import i18n
    from gui.store_errors import RLM, _ingest_texts, ingest_error_line

    assert set(_ingest_texts()) == set(INGEST_ERROR_CODES)  # no kind without a text, no text without a kind
    errors = {code: IngestError("/data/in/a.txt", f"core's English for {code}", code=code,
                                params={k: INGEST_PARAMS[k] for k in keys})
              for code, keys in INGEST_ERROR_CODES.items()}
    english = {code: ingest_error_line(e) for code, e in errors.items()}
    for code, line in english.items():
        assert "core's English" not in line and not re.search(r"%[1-9]", line), (code, line)
    assert i18n.install_language(qapp, "ar") == "ar"
    try:
        for code, err in errors.items():
            line = ingest_error_line(err)
            reason = strip_isolates(line).split(": ", 1)[1]
            assert line.startswith(RLM) and has_rtl(reason), (code, line)
            assert not re.search(r"%[1-9]", line), (code, line)
            left = _english_words(reason)
            assert not left, (code, reason, left)
    finally:
        i18n.install_language(qapp, "en")


def test_the_rarer_import_problems_in_arabic(arabic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Files that made each: an empty file, a PDF that is none, a feed with no items, an old Word
    .doc, a JSON list of numbers, a folder the system refuses; the system's reason in Arabic too."""
    import errno

    from core.ingest import readers
    from core.ingest.model import IngestError
    from core.ingest.readers import read_path
    from gui.store_errors import RLM, ingest_error_line

    files = {"empty.txt": b"  \n", "not.pdf": b"hello", "feed.rss": b"<rss><channel><title>x</title></channel></rss>",
             "old.docx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "numbers.json": b"[1]"}
    lines = {}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        [err] = [e for e in read_path(tmp_path / name) if isinstance(e, IngestError)]
        lines[name] = strip_isolates(ingest_error_line(err))
    assert lines["empty.txt"] == f"{RLM}{tmp_path / 'empty.txt'}: ملف فارغ"
    assert lines["not.pdf"].endswith(": ليس ملف PDF (لا ترويسة PDF)")
    assert lines["feed.rss"].endswith(": لا عناصر في الخلاصة")
    assert lines["old.docx"].endswith(": صيغة Word القديمة \u200e.doc غير مدعومة؛ احفظه بصيغة \u200e.docx")
    assert lines["numbers.json"].endswith(": ليس مقالًا: كان المتوقع كائن JSON، ووُجد عدد")
    [folder] = readers._unlisted([PermissionError(errno.EACCES, "Permission denied", "/data/closed")])
    assert strip_isolates(ingest_error_line(folder)) == f"{RLM}/data/closed: تعذّرت قراءة المجلد (لا إذن بالوصول)؛ لم تُستورد ملفاته"
    odd = IngestError("/data/a.txt", "cannot read file (Stale file handle)", code="cannot_read_file",
                      params={"detail": "Stale file handle", "errno": "116"})
    assert strip_isolates(ingest_error_line(odd)).endswith(": تعذّرت قراءة الملف (Stale file handle)")  # as the system says


def test_a_parsers_detail_in_arabic_with_its_line_and_column(arabic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A damaged JSON file, JSON-lines file, feed and Word document: the parser's detail
    ("Expecting ',' delimiter: line 3 column 16") stayed English inside the Arabic line; the
    common ones are Arabic now, the line and column the numbers core passes. A message the
    interface does not know is shown as the parser wrote it, isolated, its place still Arabic."""
    import io
    import zipfile

    import docx

    from core.ingest.model import IngestError
    from core.ingest.readers import read_path
    from gui.store_errors import ingest_error_line

    (tmp_path / "list.json").write_text('[\n  {"title": "a",\n   "text": "b" "c"}\n]', encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text('{"title": "a", "text": "b"}\n{"title" "x"}\n', encoding="utf-8")
    (tmp_path / "feed.rss").write_text("<rss>\n<channel><item></channel></rss>", encoding="utf-8")
    blank = io.BytesIO()
    docx.Document().save(blank)
    with zipfile.ZipFile(io.BytesIO(blank.getvalue())) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    parts["word/document.xml"] = b'<w:document xmlns:w="urn:x">\n<w:body>&</w:body></w:document>'
    with zipfile.ZipFile(tmp_path / "bad.docx", "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)

    def reason(name: str) -> str:
        [err] = [e for e in read_path(tmp_path / name) if isinstance(e, IngestError)]
        return strip_isolates(ingest_error_line(err)).split(": ", 1)[1]

    assert reason("list.json") == "ليس JSON صالحًا (كان المتوقع فاصلة «,»، السطر 3، العمود 16)"
    assert reason("lines.jsonl") == "سطر JSON مشوّه (كان المتوقع نقطتان «:»، العمود 10)"
    assert reason("feed.rss") == "ليس XML صالحًا (وسم إغلاق لا يطابق وسم الفتح، السطر 2، العمود 18)"
    assert reason("bad.docx") == "ملف \u200e.docx تالف (XML معطوب: علامة & بلا اسم كيان بعدها، السطر 2، العمود 10)"
    rare = IngestError("/data/a.json", "…", code="not_valid_json",
                       params={"detail": "Odd thing, line 4", "message": "Odd thing", "line": "4", "column": "2"})
    line = ingest_error_line(rare)
    assert f"{FSI}Odd thing{PDI}" in line or f"{LRI}Odd thing{PDI}" in line
    assert strip_isolates(line).endswith("(Odd thing، السطر 4، العمود 2)")
    stored = IngestError("/data/a.json", "…", code="malformed_json", params={"detail": "Old, column 3"})  # no parts
    assert strip_isolates(ingest_error_line(stored)).endswith("(Old, column 3)")


def test_a_parsers_detail_in_the_english_interface(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from core.ingest.model import IngestError
    from core.ingest.readers import read_path
    from gui.store_errors import ingest_error_line

    (tmp_path / "list.json").write_text('[\n  {"title": "a",\n   "text": "b" "c"}\n]', encoding="utf-8")
    [err] = [e for e in read_path(tmp_path / "list.json") if isinstance(e, IngestError)]
    assert strip_isolates(ingest_error_line(err)) == (
        f"{tmp_path / 'list.json'}: not valid JSON (Expecting ',' delimiter, line 3, column 16)")


def test_the_system_reason_in_the_english_interface(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import errno

    from core.ingest import readers
    from gui.store_errors import ingest_error_line

    [folder] = readers._unlisted([PermissionError(errno.EACCES, "Permission denied", "/data/closed")])
    assert strip_isolates(ingest_error_line(folder)) == (
        "/data/closed: cannot read the folder (permission denied); its files were not imported")


def _damaged_files(folder: Path) -> dict[str, Path]:
    """A PDF cut off after its header, a .docx whose zip holds no document, a feed declaring an entity."""
    import io
    import zipfile

    files = {"cut.pdf": b"%PDF-1.4\n" + b"\x00not a pdf body " * 40}
    package = io.BytesIO()
    with zipfile.ZipFile(package, "w") as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    files["empty-package.docx"] = package.getvalue()
    files["entity.rss"] = (b'<!DOCTYPE rss [<!ENTITY who "x">]><rss><channel><item><title>&who;</title>'
                           b"</item></channel></rss>")
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return {name: folder / name for name in files}


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_damaged_pdf_or_docx_is_a_sentence_not_an_exception_class(language, qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The parser's exception class («PDFSyntaxError», «KeyError», «EntitiesForbidden») was shown
    inside the line; core still passes its code (and the class, for the command line), the line
    is a sentence in the interface's language."""
    from core.ingest.model import IngestError
    from core.ingest.readers import read_path
    from gui import i18n
    from gui.store_errors import ingest_error_line

    errors = {}
    for name, path in _damaged_files(tmp_path).items():
        [err] = [e for e in read_path(path) if isinstance(e, IngestError)]
        errors[name] = err
    assert {n: e.code for n, e in errors.items()} == {
        "cut.pdf": "pdf_damaged", "empty-package.docx": "docx_damaged", "entity.rss": "unsafe_xml"}
    assert all(e.params["detail"] for e in errors.values())  # the class is still core's to give
    assert i18n.install_language(qapp, language) == language
    try:
        lines = {n: strip_isolates(ingest_error_line(e)).split(": ", 1)[1] for n, e in errors.items()}
    finally:
        i18n.install_language(qapp, "en")
    for name, line in lines.items():
        assert errors[name].params["detail"] not in line, (name, line)
        assert not re.search(r"[a-z][A-Z]|Error|Forbidden|\(", line), (name, line)  # no CamelCase class, no «(…)»
    if language == "en":
        assert lines == {"cut.pdf": "the PDF is damaged and cannot be read",
                         "empty-package.docx": "the Word document is damaged and cannot be opened",
                         "entity.rss": "unsafe XML refused: the file declares entities or external references"}
    else:
        assert lines == {"cut.pdf": "ملف PDF تالف ولا يمكن قراءته",
                         "empty-package.docx": "مستند Word تالف ولا يمكن فتحه",
                         "entity.rss": "رُفض XML غير آمن: يعرّف الملف كيانات أو مراجع خارجية"}


def test_a_parser_message_ending_in_at_reads_as_a_sentence(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Python's "Invalid control character at" and "Unterminated string starting at" expect a
    place after them: the import report read «malformed JSON line (Invalid control character
    at, column 44)». Worded without the "at" in English; Arabic as before."""
    from core.ingest.model import IngestError
    from core.ingest.readers import read_path
    from gui.store_errors import ingest_error_line

    (tmp_path / "lines.jsonl").write_text('{"title": "a", "text": "b"}\n{"title": "x\tunended\n'
                                          '{"title": "c", "text": "d', encoding="utf-8")
    lines = [strip_isolates(ingest_error_line(e)).split(": ", 1)[1]
             for e in read_path(tmp_path / "lines.jsonl") if isinstance(e, IngestError)]
    # (session 40: a raw tab inside a string is read as itself, json's strict=False; the decoder's
    # "Invalid control character at" is worded as such an error would be)
    control = IngestError("a.jsonl", "core", 2, code="malformed_json",
                          params={"detail": "d", "message": "Invalid control character at", "column": "13"})
    lines = [strip_isolates(ingest_error_line(control)).split(": ", 1)[1], *lines]
    assert lines == ["malformed JSON line (Invalid control character in a string, column 13)",
                     "malformed JSON line (Unterminated string, column 11)",
                     "malformed JSON line (Unterminated string, column 24)"]
    assert not any(" at," in line for line in lines)
