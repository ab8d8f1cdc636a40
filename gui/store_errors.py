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

from gui.bidi import LRI, PDI, has_rtl, isolate_auto

RLM = "\u200f"

translate = QCoreApplication.translate


def _path(path: object) -> str:
    return f"{LRI}{path}{PDI}" if path else translate("StoreError", "the database")


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
    "backup_missing_tables": ("tables",), "backup_newer": ("version", "known"),
    "restore_cannot_keep": ("kept", "damaged"), "restore_failed_set_aside": ("previous",),
    "cannot_move_aside": ("aside",), "export_parent_is_file": ("parent",), "no_such_article": ("ids",),
}
_PATHS = frozenset({"wal", "kept", "damaged", "previous", "aside", "parent"})  # file names: kept left to right


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
    if reason:
        text += "\n\n" + translate("StoreError", "Cause: %1").replace("%1", isolate_auto(reason))
    return text


def _ingest_texts() -> dict[str, str]:
    """An import's per-file reasons (core.ingest IngestError codes); %1 and %2 are what _INGEST_ARGS
    names (by default the code's detail)."""
    return {
        "no_such_file": translate("IngestError", "no such file or folder"),
        "unsupported_type": translate("IngestError", "unsupported file type «%1»"),
        "not_text": translate("IngestError", "not text Marsad can read (%1)"),
        "cannot_read_file": translate("IngestError", "cannot read the file (%1)"),
        "damaged_gzip": translate("IngestError", "damaged gzip file (%1)"),
        "no_article_text": translate("IngestError", "no article text (no non-empty %1 field)"),
        "not_valid_json": translate("IngestError", "not valid JSON (%1)"),
        "malformed_json": translate("IngestError", "malformed JSON line (%1)"),
        "file_too_large": translate("IngestError", "file too large (over %1 MB of text)"),
        "json_too_deep": translate("IngestError", "JSON nested too deeply to be an article export"),
        "listed_outside": translate("IngestError", "the listed file «%1» is outside the list's folder"),
        "listed_missing": translate("IngestError", "the listed file «%1» is missing"),
        "listed_not_one": translate(
            "IngestError", "the listed file «%1» is not one article (.txt, .html, .docx or .pdf)"),
        "undecodable_line": translate("IngestError", "not text (undecodable bytes)"),
        "bad_encoding": translate("IngestError", "not valid %1 text; the rest of the file was not read"),
        "too_long_to_analyse": translate(
            "IngestError", "stored, but not analysed: too long to analyse automatically (%1 characters; "
                           "limit %2)"),
        "analysis_failed": translate("IngestError", "stored, but analysis failed (%1)"),
        "analysis_stopped": translate(
            "IngestError", "analysis stopped after %1 failures in a row; the remaining articles are stored "
                           "unanalysed and can be analysed later"),
        "workers_stopped": translate("IngestError", "an analysis process stopped (%1); continuing in this process"),
    }


# Which params fill %1 and %2 of an import reason (default: the "detail"); names are kept left to right.
_INGEST_ARGS: dict[str, tuple[str, ...]] = {
    "unsupported_type": ("suffix",), "file_too_large": ("mb",), "listed_outside": ("name",),
    "listed_missing": ("name",), "listed_not_one": ("name",), "bad_encoding": ("encoding",),
    "too_long_to_analyse": ("chars", "limit"), "analysis_stopped": ("count",),
}
_INGEST_PATHS = frozenset({"suffix", "name"})


def ingest_error_line(err: object) -> str:
    """One line of the import's problems: the file (and line) kept left to right, then why, in
    the interface's language when the importer gave the failure a code, else as it wrote it."""
    origin = str(getattr(err, "origin", ""))
    line = getattr(err, "line", None)
    where = f"{LRI}{origin}{f':{line}' if line else ''}{PDI}"
    template = _ingest_texts().get(str(getattr(err, "code", "") or ""))
    if template is None:
        return f"{where}: {getattr(err, 'reason', err)}"
    code = str(getattr(err, "code", ""))
    params = getattr(err, "params", {}) or {}
    values = [_path(params.get(key, "")) if key in _INGEST_PATHS else isolate_auto(str(params.get(key, "")))
              for key in _INGEST_ARGS.get(code, ("detail",))]
    reason = _filled(template, values)
    if code == "workers_stopped":  # no file: the analysis processes, named in the interface's language
        where = translate("IngestError", "(analysis workers)")
    # A line that starts with the (isolated) file name is laid out left to right by the message
    # box; a right-to-left mark makes an Arabic one read from the right, the file name first.
    return f"{RLM if has_rtl(reason) else ''}{where}: {reason}"
