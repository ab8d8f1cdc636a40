"""The store's errors in the GUI's words and language.

core/store words its errors in English for the command line ("…; the command stopped … run it
again", "`marsad --db … restore BACKUP`"). A StoreError also carries a `code` naming the failure
and the `params` its wording needs (core.store.db.STORE_ERROR_CODES); here each code has the
GUI's own text, translated like every other text of the interface (context StoreError). A path
is kept left to right (LRI…PDI) and SQLite's own reason, always English, is isolated (FSI…PDI),
so an Arabic message reads right to left from its first word. An error without a known code is
shown as core worded it.

The same is done for an export's file errors (core.export's ExportError, same `code`/`params`)
and for the importer's per-file reasons (core.ingest's IngestError: `ingest_error_line`).
"""

from __future__ import annotations

import re
import sys

from PySide6.QtCore import QCoreApplication

from gui.bidi import LRI, PDI, has_rtl, isolate_auto, isolate_path
from gui.i18n import translate_n

RLM = "\u200f"

translate = QCoreApplication.translate


def _path(path: object) -> str:
    return isolate_path(path) if path else translate("StoreError", "the database")


def _filled(template: str, values: list[str]) -> str:
    """`template` with %1, %2 … replaced by `values` in one pass, so a value (a path, a file name)
    that itself holds "%2" is left as written; a number with no value stays."""
    return re.sub(r"%([1-9])", lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values)
                  else m.group(0), template)


def _texts() -> dict[str, str]:
    """Code → text; %1 is the database, %2 and %3 what the code's params give (see store_error_text)."""
    return {
        "disk_full": translate(
            "StoreError", "The disk is full: the database %1 could not be written. What had not been saved "
                          "was left out; what was saved before is kept. Free some disk space and try again."),
        "read_only": translate(
            "StoreError", "The database %1 cannot be written here. Copy it to a writable folder to make "
                          "changes."),
        "locked": translate(
            "StoreError", "Another program holds the database %1. Close it and try again."),
        "damaged": translate(
            "StoreError", "The database %1 may be damaged. Restore it from a backup with File → Restore "
                          "database…"),
        "opened_read_only": translate(
            "StoreError", "The database %1 was opened read-only: its file or folder cannot be written to, so "
                          "nothing can be saved to it. Copy it to a writable folder (File → Back up database…) "
                          "to make changes."),
        "cannot_open": translate("StoreError", "The database %1 cannot be opened."),
        "is_folder": translate("StoreError", "%1 is a folder, not a database file."),
        "cannot_read": translate("StoreError", "The database %1 cannot be read."),
        "not_sqlite": translate(
            "StoreError", "The file %1 is not a Marsad database (not an SQLite file); it was left untouched."),
        "not_usable": translate(
            "StoreError", "The file %1 is not a usable Marsad database; it was left untouched."),
        "newer": translate(
            "StoreError", "The database %1 was made by a newer version of Marsad (schema %2, this version "
                          "knows %3); it was left untouched."),
        "other_program": translate(
            "StoreError", "The file %1 is an SQLite file of another program, not a Marsad database; it was "
                          "left untouched."),
        "read_only_old_schema": translate(
            "StoreError", "The database %1 can only be opened read-only and was made by an older Marsad "
                          "(schema %2, this version needs %3). Open it once where it can be written to, to "
                          "update it."),
        "cannot_keep_copy": translate(
            "StoreError", "The database %1 was made by an older Marsad (schema %2) and is upgraded only after a "
                          "copy of it is kept, but the copy %3 could not be made; nothing was changed. Free some "
                          "disk space and open it again."),
        "read_only_wal": translate(
            "StoreError", "The database %1 can only be opened read-only, and its recent changes are still in "
                          "%2, which cannot be read from this folder. Copy the database with that file to a "
                          "folder you can write to and open it there."),
        # backups and restores (core.store.backup)
        "backup_is_folder": translate("StoreError", "%1 is a folder; choose a file name for the backup."),
        "backup_is_database": translate(
            "StoreError", "The file %1 is the database itself; choose another file for the backup."),
        "backup_exists": translate("StoreError", "The file %1 exists; choose another name."),
        "backup_failed": translate("StoreError", "The backup to %1 failed; the file was not written."),
        "no_backup": translate("StoreError", "There is no backup file %1."),
        "not_a_backup": translate("StoreError", "The file %1 is not a Marsad backup (not an SQLite database)."),
        "backup_cannot_open": translate("StoreError", "The backup %1 cannot be opened."),
        "backup_missing_tables": translate("StoreError", "The file %1 is not a Marsad backup (no %2 table)."),
        "backup_newer": translate(
            "StoreError", "The backup %1 was made by a newer version of Marsad (schema %2, this version "
                          "knows %3)."),
        "backup_not_usable": translate("StoreError", "The file %1 is not a usable Marsad backup."),
        "integrity": translate("StoreError", "The file %1 is damaged."),
        "restore_is_database": translate(
            "StoreError", "The file %1 is the database itself; there is nothing to restore."),
        "restore_cannot_keep": translate(
            "StoreError", "The database %1 cannot be kept as %2 before the restore; restoring anyway moves "
                          "it, as it is, to %3."),
        "restore_failed_set_aside": translate(
            "StoreError", "The restore into %1 failed; the previous database is in %2."),
        "restore_failed": translate("StoreError", "The restore into %1 failed; the previous database is unchanged."),
        "cannot_move_aside": translate(
            "StoreError", "The database %1 cannot be moved aside to %2; nothing was restored."),
        "folder_is_file": translate("StoreError", "%1 is a file, not a folder."),
        "folder_cannot_create": translate("StoreError", "The folder %1 cannot be created."),
        "folder_not_writable": translate("StoreError", "The folder %1 cannot be written to."),
        # an export's file (core.export.atomic; an ExportError)
        "export_exists": translate("StoreError", "The file %1 exists; it was not overwritten."),
        "export_is_folder": translate("StoreError", "%1 is a folder; choose a file name for the export."),
        "export_parent_is_file": translate(
            "StoreError", "The file %1 cannot be written: %2 is a file, not a folder."),
        "export_cannot_write": translate("StoreError", "The file %1 cannot be written."),
        "no_such_article": translate("StoreError", "No article with id %2 in the library."),
    }


# Which params fill %2 and %3 of each code's text. The technical reason (SQLite's or the
# system's, in English) is not in the sentence: it goes on a line of its own after it, where a
# long English phrase inside an Arabic sentence cannot break across its lines.
_ARGS: dict[str, tuple[str, ...]] = {
    "newer": ("version", "known"), "read_only_old_schema": ("version", "needed"), "read_only_wal": ("wal",),
    "cannot_keep_copy": ("version", "copy"),
    "backup_missing_tables": ("tables",), "backup_newer": ("version", "known"),
    "restore_cannot_keep": ("kept", "damaged"), "restore_failed_set_aside": ("previous",),
    "cannot_move_aside": ("aside",), "export_parent_is_file": ("parent",), "no_such_article": ("ids",),
}
_PATHS = frozenset({"wal", "kept", "damaged", "previous", "aside", "parent", "copy"})  # file names: kept left to right


def store_error_text(exc: BaseException) -> str | None:
    """The GUI's text for a store error (or an export's file error) that carries a known code;
    None for anything else."""
    from core.store import StoreError

    scope = sys.modules.get("core.export.scope")  # an ExportError exists only once it is loaded
    if not isinstance(exc, (StoreError, *((scope.ExportError,) if scope is not None else ()))):
        return None
    template = _texts().get(getattr(exc, "code", ""))
    if template is None:
        return None
    params = exc.params
    values = [_path(params.get("path"))]
    for key in _ARGS.get(exc.code, ()):
        value = params.get(key, "")
        values.append(_path(value) if key in _PATHS else isolate_auto(str(value)))
    text = _filled(template, values)
    reason = str(params.get("reason") or "").strip()
    # the system's reason (a file that cannot be written) by its number, in the interface's language
    worded = _os_reasons().get(int(str(params["errno"]))) if str(params.get("errno", "")).isdigit() else None
    if reason:
        text += "\n\n" + translate("StoreError", "Cause: %1").replace("%1", worded or isolate_auto(reason))
    return text


def _ingest_texts() -> dict[str, str]:
    """An import's problems (core.ingest.model.INGEST_ERROR_CODES); %1, %2 … are the code's params
    in the order the registry lists them. A text may leave a param out: the "detail" of a damaged
    PDF or .docx, or of unsafe XML, is the parser's exception class («BadZipFile», «PSEOF»,
    «EntitiesForbidden»), which tells a user nothing; the code says all they can act on."""
    t = translate
    return {
        # a path
        "no_such_file": t("IngestError", "no such file or folder"),
        "broken_link": t("IngestError", "a broken link or a symbolic link loop"),
        "unsupported_type": t("IngestError", "unsupported file type «%1»"),
        "cannot_read_folder": t("IngestError", "cannot read the folder (%1); its files were not imported"),
        # any file
        "cannot_read_file": t("IngestError", "cannot read the file (%1)"),
        "file_disappeared": t("IngestError", "the file disappeared before it could be read"),
        "link_loop": t("IngestError", "cannot read the file (a symbolic link loop)"),
        "not_regular_file": t("IngestError", "not a regular file (a named pipe, a device or a socket); not read"),
        "empty_file": t("IngestError", "empty file"),
        "not_text": t("IngestError", "a binary file, not text"),
        "not_text_in_encoding": t("IngestError", "a binary file, not text (not valid %1)"),
        "unknown_encoding": t("IngestError", "a binary file, not text (unknown encoding)"),
        "damaged_gzip": t("IngestError", "damaged gzip file (%1)"),
        "file_too_large": t("IngestError", "file too large (over %1 MB of text)"),
        "out_of_memory": t("IngestError", "not enough memory to read this file"),
        "reader_failed": t("IngestError", "could not be read (%1)"),
        # JSON and JSON lines
        "not_valid_json": t("IngestError", "not valid JSON (%1)"),
        "malformed_json": t("IngestError", "malformed JSON line (%1)"),
        "json_too_deep": t("IngestError", "JSON nested too deeply to be an article export"),
        "not_json_object": t("IngestError", "not an article: expected a JSON object, found %1"),
        "no_article_text": t("IngestError", "no article text (none of the fields %1 holds any text)"),
        "text_too_large": t("IngestError", "article text too large (over %1 MB)"),
        "line_too_long": t("IngestError", "line too long (over %1 MB)"),
        "undecodable_line": t("IngestError", "not text (undecodable bytes)"),
        "bad_encoding": t("IngestError", "not valid %1 text; the rest of the file was not read"),
        # a folder's list of its files
        "listed_outside": t("IngestError", "the listed file «%1» is outside the list's folder"),
        "listed_missing": t("IngestError", "the listed file «%1» is missing"),
        "notes_export": t("IngestError", "a Marsad export of notes and highlights, not articles: nothing to import "
                                         "(notes come back only from a backup: File → Restore database…)"),
        "incidents_export": t("IngestError", "a Marsad export of incidents, not articles: nothing to import (it "
                                             "holds no article text)"),
        "geojson_file": t("IngestError", "a GeoJSON map file, not articles: nothing to import"),
        "listed_not_one": t("IngestError", "the listed file «%1» is not one article (.txt, .html, .docx or .pdf)"),
        # HTML pages
        "no_html_text": t("IngestError", "no article text found in the HTML page"),
        "html_too_short": t("IngestError", "no article text found in the HTML page (under %1 letters of text)"),
        # RSS / Atom feeds
        "feed_too_large": t("IngestError", "feed file too large (over %1 MB)"),
        "unsafe_xml": t("IngestError", "unsafe XML refused: the file declares entities or external references"),
        "not_valid_xml": t("IngestError", "not valid XML (%1)"),
        "unreadable_xml": t("IngestError", "not readable XML (%1)"),
        "not_a_feed": t("IngestError", "not an RSS or Atom feed (root element <%1>)"),
        "feed_without_items": t("IngestError", "the feed has no items"),
        "feed_item_empty": t("IngestError", "feed item without title or text"),
        # PDF
        "pdf_too_large": t("IngestError", "PDF too large (over %1 MB)"),
        "not_pdf": t("IngestError", "not a PDF file (no PDF header)"),
        "pdf_password": t("IngestError", "encrypted PDF (password protected); remove the password and import again"),
        "pdf_encrypted": t("IngestError", "encrypted PDF that cannot be opened (%1)"),
        "pdf_no_extraction": t("IngestError", "the PDF forbids text extraction"),
        "pdf_damaged": t("IngestError", "the PDF is damaged and cannot be read"),
        "pdf_too_many_pages": t("IngestError", "PDF has over %1 pages; not read as one article"),
        "pdf_no_text_layer": t("IngestError", "no text layer (scanned PDF?); OCR is not supported"),
        "pdf_unmapped_glyphs": t(
            "IngestError", "the PDF's fonts do not say which letters %1 of %2 glyphs are; its text cannot be read "
                           "(OCR is not supported)"),
        # Word .docx
        "docx_too_large": t("IngestError", "Word document too large (over %1 MB)"),
        "doc_password": t("IngestError", "password-protected Word document; remove the password and save again"),
        "doc_old_format": t("IngestError", "old Word .doc format is not supported; save it as .docx"),
        "docx_not_zip": t("IngestError", "not a Word .docx file (not a zip archive)"),
        "docx_zip_bomb": t("IngestError", "Word document unpacks to too much data (zip bomb?)"),
        "docx_not_office": t("IngestError", "not a Word .docx file (zip without Office content)"),
        "docx_damaged": t("IngestError", "the Word document is damaged and cannot be opened"),
        "docx_bad_xml": t("IngestError", "damaged .docx (bad XML: %1)"),
        "docx_no_text": t("IngestError", "no text in the Word document"),
        # the importer's analysis
        "too_long_to_analyse": t(
            "IngestError", "stored, but not analysed: too long to analyse automatically (%1 characters; "
                           "limit %2)"),
        "analysis_failed": t("IngestError", "stored, but analysis failed (%1)"),
        "analysis_stopped": t(
            "IngestError", "analysis stopped after %1 failures in a row; the remaining articles are stored "
                           "unanalysed and can be analysed later"),
        "workers_stopped": t("IngestError", "an analysis process stopped (%1); continuing in this process"),
        # an article imported with something left out (a warning)
        "date_not_understood": t("IngestError", "date not understood (%1); imported without a date"),
        "date_not_understood_read_from_text": t("IngestError", "date not understood (%1); dated %2 from its text "
                                                               "instead"),
        "damaged_characters": _DAMAGED,  # a count: worded by i18n.translate_n in ingest_error_line
        "mojibake_repaired": t("IngestError", "the text was Arabic stored as Latin letters (%1 read as Latin-1 or "
                                              "cp1252) and was read back; check it against the source"),
        "no_arabic_text": t("IngestError", "no Arabic text (English, French…?): the article is kept, but entities "
                                           "and incidents are found in Arabic text only"),
        # a folder's file that is no article format
        "not_a_text_format": t("IngestError", "skipped: not a text format («%1»)"),
    }


def _os_reasons() -> dict[int, str]:
    """The system's reasons a user meets most, by error number, in the interface's language (the
    system words them in English)."""
    import errno

    t = translate
    denied = t("IngestError", "permission denied")
    return {errno.EACCES: denied, errno.EPERM: denied,
            errno.ENOENT: t("IngestError", "no such file or folder"),
            errno.EIO: t("IngestError", "input/output error: a damaged disk or a disconnected drive?"),
            errno.ELOOP: t("IngestError", "a symbolic link loop"),
            errno.ENAMETOOLONG: t("IngestError", "the name is too long"),
            errno.ENOTDIR: t("IngestError", "a part of the path is not a folder"),
            errno.EISDIR: t("IngestError", "it is a folder"),
            errno.EMFILE: t("IngestError", "too many open files"), errno.ENFILE: t("IngestError", "too many open files"),
            errno.ENOSPC: t("IngestError", "no space left on the disk"),
            errno.EDQUOT: t("IngestError", "the disk quota is used up"),
            errno.EROFS: t("IngestError", "the disk is read-only")}


def _json_kinds() -> dict[str, str]:
    """What a JSON value that is not an article is (Python's type names, as core reports them)."""
    t = translate
    return {"list": t("IngestError", "a list"), "str": t("IngestError", "a string"),
            "int": t("IngestError", "a number"), "float": t("IngestError", "a number"),
            "bool": t("IngestError", "true or false"), "NoneType": t("IngestError", "null")}


def _parser_messages() -> dict[str, str]:
    """The parsers' messages a damaged file meets most, in the interface's language (the English
    interface shows them as the parser wrote them): Python's JSON parser, expat (feeds), libxml2
    (the XML inside a .docx). Each is the parser's fixed wording, which core passes apart from the
    line and column; one not listed is shown as the parser wrote it."""
    t = translate
    return {
        # JSON (the json module's messages)
        "Expecting value": t("IngestError", "Expecting value"),
        "Expecting ',' delimiter": t("IngestError", "Expecting ',' delimiter"),
        "Expecting ':' delimiter": t("IngestError", "Expecting ':' delimiter"),
        "Expecting property name enclosed in double quotes": t(
            "IngestError", "Expecting property name enclosed in double quotes"),
        # the two ending in "at" are worded without it: the place follows («…, column 44»), and
        # "Invalid control character at, column 44" read as a broken sentence
        "Unterminated string starting at": t("IngestError", "Unterminated string"),
        "Invalid control character at": t("IngestError", "Invalid control character in a string"),
        "Invalid \\escape": t("IngestError", "Invalid \\escape"),
        "Invalid \\uXXXX escape": t("IngestError", "Invalid \\uXXXX escape"),
        "Extra data": t("IngestError", "Extra data"),
        # XML (expat's messages)
        "syntax error": t("IngestError", "syntax error"),
        "no element found": t("IngestError", "no element found"),
        "not well-formed (invalid token)": t("IngestError", "not well-formed (invalid token)"),
        "unclosed token": t("IngestError", "unclosed token"),
        "mismatched tag": t("IngestError", "mismatched tag"),
        "duplicate attribute": t("IngestError", "duplicate attribute"),
        "junk after document element": t("IngestError", "junk after document element"),
        "undefined entity": t("IngestError", "undefined entity"),
        "unbound prefix": t("IngestError", "unbound prefix"),
        # XML (libxml2's messages, inside a .docx)
        "Document is empty": t("IngestError", "Document is empty"),
        "Extra content at the end of the document": t("IngestError", "Extra content at the end of the document"),
        "Invalid bytes in character encoding": t("IngestError", "Invalid bytes in character encoding"),
        "StartTag: invalid element name": t("IngestError", "StartTag: invalid element name"),
        "attributes construct error": t("IngestError", "attributes construct error"),
        "xmlParseEntityRef: no name": t("IngestError", "xmlParseEntityRef: no name"),
    }


def _parser_detail(params: dict[str, object]) -> str:
    """A parser's detail from its parts (core passes the message, line and column apart): the
    message in the interface's language when it is a common one, else as the parser wrote it, and
    where the parser stopped."""
    message = str(params.get("message", "") or "")
    worded = _parser_messages().get(message) or isolate_auto(message)
    line, column = (str(params.get(key, "") or "") for key in ("line", "column"))
    if line and column:
        where = translate("IngestError", "%1, line %2, column %3")
    elif line or column:
        where = translate("IngestError", "%1, line %2") if line else translate("IngestError", "%1, column %2")
    else:
        return worded
    return _filled(where, [worded, *(n for n in (line, column) if n)])


# What goes with a detail, not into the wording's %1, %2 …: the system's error number, a parser's parts.
# An article read with damaged characters: NULs, broken UTF-16 halves, and (session 40) bytes that
# are no UTF-8, each removed or replaced by U+FFFD (core.ingest.model.damaged_characters); a count
# text (i18n.translate_n: "1 damaged character", Arabic's six forms), its entry kept by hand in the .ts.
_DAMAGED = ("%n damaged character(s) (NUL bytes, broken UTF-8 or UTF-16 characters) removed or replaced by \ufffd; "
            "the rest of the text is kept")

_DETAIL_PARTS = frozenset({"errno", "message", "line", "column"})
_INGEST_PATHS = frozenset({"suffix", "name"})  # file names and suffixes: kept left to right


def _ingest_value(key: str, params: dict[str, object]) -> str:
    value = str(params.get(key, "") or "")
    if key in _INGEST_PATHS:
        return _path(value)
    if key == "detail" and str(params.get("errno", "")).isdigit():  # the system's reason, worded here
        worded = _os_reasons().get(int(str(params["errno"])))
        if worded:
            return worded
    if key == "detail" and params.get("message"):  # a parser's: worded from its parts
        return _parser_detail(params)
    if key == "kind":
        return _json_kinds().get(value, isolate_auto(value))
    if key in ("fields", "dates"):  # JSON keys (and the values given them), as written: one left-to-right run
        return f"{LRI}{value}{PDI}"
    return isolate_auto(value)


def dated_from_text_line(dated: object) -> str:
    """One article of the import dated from its own text (core.ingest.importer.DatedFromText): the
    file (and line) left to right, the date, and the words of the dateline it was read from."""
    where = isolate_path(str(getattr(dated, "origin", "")))
    template = translate("IngestError", "dated %1 from the text «%2»")
    quote = isolate_auto(str(getattr(dated, "quote", "")))
    day = f"{LRI}{getattr(dated, 'iso', '')}{PDI}"  # one left-to-right run, even where the line wraps
    return f"{RLM if has_rtl(template) else ''}{where}: {_filled(template, [day, quote])}"


def ingest_error_line(err: object) -> str:
    """One line of the import's problems (or of its warnings): the file (and line) kept left to right, then why, in
    the interface's language when the importer gave the failure a code, else as it wrote it."""
    origin = str(getattr(err, "origin", ""))
    line = getattr(err, "line", None)
    where = isolate_path(f"{origin}{f':{line}' if line else ''}")
    template = _ingest_texts().get(str(getattr(err, "code", "") or ""))
    count = str((getattr(err, "params", {}) or {}).get("count", ""))
    if getattr(err, "code", "") == "damaged_characters":  # «1 damaged character», Arabic's forms
        template = translate_n("IngestError", _DAMAGED, int(count) if count.isdigit() else 0)
    if template is None:
        return f"{where}: {getattr(err, 'reason', err)}"
    from core.ingest.model import INGEST_ERROR_CODES

    code = str(getattr(err, "code", ""))
    params = getattr(err, "params", {}) or {}
    values = [_ingest_value(key, params) for key in INGEST_ERROR_CODES.get(code, ()) if key not in _DETAIL_PARTS]
    reason = _filled(template, values)
    if code == "workers_stopped":  # no file: the analysis processes, named in the interface's language
        where = translate("IngestError", "(analysis workers)")
    # A line that starts with the (isolated) file name is laid out left to right by the message
    # box; a right-to-left mark makes an Arabic one read from the right, the file name first. The
    # text decides, not the values filled in: an English line quoting an Arabic date stays English.
    return f"{RLM if has_rtl(template) else ''}{where}: {reason}"
