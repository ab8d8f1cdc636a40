"""The Word report's pictures, drawn by Qt: core writes the .docx (core/export/docx_report.py) but
cannot draw its SVG chart and map; the desktop part can, with the renderer the PDF report uses.

`register()` replaces core's `docx` writer with one that passes `svg_png`, so `marsad export
--format docx` (gui/launcher.py registers it) and the Export dialog include the pictures. Nothing
here imports Qt until a picture is drawn: registering costs nothing at `marsad` start.
"""

from __future__ import annotations

import re
from typing import IO, Any

from core.export import FORMATS, ExportFormat, lazy_writer, register_format

PICTURE_SCALE = 2.5  # of the SVG's own size: sharp when the 640-px map is 16.5 cm wide in Word
_SVG_SIZE = re.compile(r'<svg\b[^>]*?\bwidth="(\d+(?:\.\d+)?)"[^>]*?\bheight="(\d+(?:\.\d+)?)"')


def svg_png(svg: str) -> bytes | None:
    """The SVG as PNG bytes on white (Arabic labels shaped by Qt, in the bundled Amiri)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from gui.export_pdf import Figure, ensure_gui_application, render_figure

    ensure_gui_application()
    size = _SVG_SIZE.search(svg)
    width, height = (float(size.group(1)), float(size.group(2))) if size else (640.0, 400.0)
    image = render_figure(Figure("docx-figure", svg, width, height), scale=PICTURE_SCALE)
    data = QByteArray()
    buffer = QBuffer(data)
    if not buffer.open(QIODevice.OpenModeFlag.WriteOnly) or not image.save(buffer, "PNG"):
        return None
    buffer.close()
    return bytes(data.data())


def write_docx_stream(out: IO[bytes], selection: Any, *, lang: str = "en") -> int:
    """The `docx` format's writer with pictures (see core.export.register_format)."""
    from core.export.docx_report import write_report_docx

    return write_report_docx(out, selection, lang=lang, picture=svg_png)


def register() -> None:
    """Make `docx` exports draw their pictures with Qt (same name, description and suffix)."""
    spec = FORMATS["docx"]
    register_format(ExportFormat(spec.name, spec.description, spec.suffix, spec.binary, spec.kind,
                                 lazy_writer("gui.export_docx", "write_docx_stream")))
