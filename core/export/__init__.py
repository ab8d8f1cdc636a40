"""Exports: incidents, reports and annotations in the formats analysts hand on.

The flow is always the same and is shared by the CLI and the GUI's Export dialog:
`scope.select(db, …)` decides what is exported (analyst edits win, rejected incidents out unless
asked, corroborating reports folded), then `write_export(path, fmt, selection)` writes one format
to a temporary file and renames it into place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.export.scope import ExportError, Selection, select


def __getattr__(name: str) -> Any:
    """`ExportError`, `Selection`, `select` load core.export.scope (and the incident layer) on first
    use, so registering a format (gui/launcher.py, at every `marsad` start) costs nothing."""
    if name in ("ExportError", "Selection", "select"):
        from core.export import scope

        return getattr(scope, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["BUILTIN_FORMATS", "FORMATS", "REPORT_FORMATS", "REPORT_LANGUAGES", "ExportError", "ExportFormat", "MAP_FORMATS", "Selection",
           "lazy_writer", "left_off_map", "register_format", "select", "write_export", "write_options"]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    name: str
    description: str
    suffix: str
    binary: bool
    kind: str  # "incidents" or "annotations": what the count returned by `write` counts
    write: Callable[..., int]


def _acled_csv(out: IO[str], selection: Selection, *, bom: bool = False) -> int:
    from core.export.acled import write_acled_csv

    return write_acled_csv(out, selection.incidents, bom=bom, timestamp=selection.timestamp)


def _lazy(module: str, function: str) -> Callable[..., int]:
    """Import a writer when used, so `marsad --help` does not load openpyxl or xml."""

    def call(out: IO[Any], selection: Selection, **options: Any) -> int:
        import importlib

        return getattr(importlib.import_module(module), function)(out, selection, **options)

    return call


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("acled-csv", "ACLED columns then Marsad's (CSV, UTF-8)", ".csv", False, "incidents", _acled_csv),
        ExportFormat("xlsx", "Excel workbook: incidents, articles, notes", ".xlsx", True, "incidents",
                     _lazy("core.export.xlsx", "write_xlsx")),
        ExportFormat("geojson", "GeoJSON points (incidents with coordinates)", ".geojson", False, "incidents",
                     _lazy("core.export.geo", "write_geojson")),
        ExportFormat("kml", "KML placemarks for Google Earth", ".kml", False, "incidents",
                     _lazy("core.export.geo", "write_kml")),
        ExportFormat("json", "Full incident structure (JSON)", ".json", False, "incidents",
                     _lazy("core.export.json_doc", "write_json")),
        ExportFormat("md", "Report in Markdown", ".md", False, "incidents",
                     _lazy("core.export.report", "write_report_md")),
        ExportFormat("html", "Self-contained HTML report", ".html", False, "incidents",
                     _lazy("core.export.report", "write_report_html")),
        ExportFormat("docx", "Report as a Word document (.docx)", ".docx", True, "incidents",
                     _lazy("core.export.docx_report", "write_report_docx")),
        ExportFormat("notes-md", "Highlights and notes (Markdown)", ".md", False, "annotations",
                     _lazy("core.export.annotations", "write_notes_md")),
        ExportFormat("notes-json", "Highlights and notes (JSON)", ".json", False, "annotations",
                     _lazy("core.export.annotations", "write_notes_json")),
        ExportFormat("notes-csv", "Highlights and notes (CSV)", ".csv", False, "annotations",
                     _lazy("core.export.annotations", "write_notes_csv")),
    )
}  # fmt: skip
# core's own writers, as they are before another layer registers its own (tests of core use them)
BUILTIN_FORMATS: dict[str, ExportFormat] = dict(FORMATS)

# Formats that other layers provide. The PDF report is drawn by Qt, which core must not import:
# gui/launcher.py registers it, so `marsad export --format pdf` works while `core` stays headless.
OPTIONAL_FORMATS = ("pdf",)
lazy_writer = _lazy  # for registered formats: their module is imported only when one is written


def register_format(spec: ExportFormat) -> None:
    """Add (or replace) a format written by another layer, e.g. the GUI's Qt-drawn PDF."""
    FORMATS[spec.name] = spec


# Formats that accept a UTF-8 byte-order mark for Excel.
BOM_FORMATS = frozenset({"acled-csv", "notes-csv"})
# Reports, written in a language (`lang`: "en" or "ar", see core/export/report.py); the incident
# formats are ACLED's English columns with the Arabic beside them, whatever the language.
REPORT_FORMATS = frozenset({"md", "html", "docx", "pdf", "notes-md"})  # and the notes' Markdown
REPORT_LANGUAGES = ("en", "ar")
# Map formats: their writers count the incidents with coordinates only (core/export/geo.py names the others).
MAP_FORMATS = frozenset({"geojson", "kml"})


def left_off_map(fmt: str, selection: Selection, written: int) -> int:
    """How many of `selection`'s incidents a map export (`MAP_FORMATS`) that wrote `written` left out
    for want of coordinates; 0 for every other format (the CLI's line and the export dialog's message)."""
    return max(0, len(selection.incidents) - written) if fmt in MAP_FORMATS else 0


def write_options(fmt: str, *, bom: bool = False, lang: str = "en") -> dict[str, Any]:
    """The options `fmt`'s writer takes: the byte-order mark of a CSV, the language of a report."""
    if lang not in REPORT_LANGUAGES:
        from core.export.scope import ExportError

        raise ExportError(f"unknown report language {lang!r}; choose one of {', '.join(REPORT_LANGUAGES)}")
    options: dict[str, Any] = {"bom": True} if bom and fmt in BOM_FORMATS else {}
    if fmt in REPORT_FORMATS and lang != "en":
        options["lang"] = lang
    return options


def write_export(path: Path | str, fmt: str, selection: Selection, *, force: bool = False, bom: bool = False,
                 allow_empty: bool = True, lang: str = "en") -> int:
    """Write `selection` as `fmt` to `path` atomically; returns what FORMATS[fmt].kind counts.

    `lang` is a report's language ("en" or "ar"; the other formats ignore it).

    `allow_empty` False: an export that counts nothing (a header-only CSV, an empty GeoJSON)
    raises NothingToExport and is not written; a file already at `path` is left as it was."""
    from core.export.atomic import atomic_output
    from core.export.scope import ExportError, NothingToExport, why_nothing

    try:
        spec = FORMATS[fmt]
    except KeyError:
        if fmt in OPTIONAL_FORMATS:
            raise ExportError(f"unknown export format {fmt!r} here: it is drawn by Marsad's desktop part, "
                              "which is not loaded; run the `marsad` command, not `python -m core.cli`") from None
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    options = write_options(fmt, bom=bom, lang=lang)
    with atomic_output(Path(path), binary=spec.binary, force=force) as out:
        n = spec.write(out, selection, **options)
        if n == 0 and not allow_empty:
            raise NothingToExport(why_nothing(selection, spec.kind, fmt))  # inside: the temporary file is removed
        return n
