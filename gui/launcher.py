"""Console entry point `marsad`: the core CLI plus the `gui` command (the default).

Lives in gui/ because it may import both; Qt itself is imported only when the GUI starts, so
`marsad analyze` and friends stay fast and headless.
"""

from __future__ import annotations

import multiprocessing
import sys

import click

from core.cli import cli
from core.export import ExportFormat, lazy_writer, register_format
from gui.export_docx import register as register_docx_pictures

# The PDF report is drawn by Qt, which core never imports: registered here, so `marsad export
# --format pdf` works; gui.export_pdf (and Qt) load only when a PDF is written.
register_format(ExportFormat("pdf", "Report as PDF (A4, Arabic shaped by Qt)", ".pdf", True, "incidents",
                             lazy_writer("gui.export_pdf", "write_pdf_stream")))
# The Word report is core's, but its chart and map are SVGs that only Qt draws here.
register_docx_pictures()


@cli.command()
@click.option("--open", "open_file", type=click.Path(exists=True, dir_okay=False), help="Import and open FILE.")
@click.option("--screenshot", type=click.Path(dir_okay=False), help="Save a PNG of the window and exit.")
@click.pass_context
def gui(ctx: click.Context, open_file: str | None, screenshot: str | None) -> None:
    """Start the desktop reader (the default command)."""
    from gui.app import run_gui

    sys.exit(run_gui(ctx.obj.get("db"), open_file=open_file, screenshot=screenshot))


def main() -> None:
    # Bulk imports analyse in worker processes started with "spawn"; in the PyInstaller bundle a
    # worker re-runs this entry point, and freeze_support() turns it into the worker instead.
    multiprocessing.freeze_support()
    cli(obj={})


if __name__ == "__main__":
    main()
