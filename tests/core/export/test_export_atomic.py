"""Writing an export: never a half file, never an overwrite without asking."""

from __future__ import annotations

import pytest

from core.export import FORMATS, write_export
from core.export.atomic import atomic_output
from core.export.scope import ExportError

from export_fixtures import make_bundle, make_incident


def test_failure_leaves_previous_file_and_no_temporary(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("previous", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_output(target, force=True) as out:
            out.write("half")
            raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_refuses_existing_file_without_force(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("previous", encoding="utf-8")
    with pytest.raises(ExportError, match="--force"):
        with atomic_output(target):
            pass
    assert target.read_text(encoding="utf-8") == "previous"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_writes_a_file(tmp_path, selection_of, fmt):
    bundle = make_bundle(1, [make_incident()])
    bundle.highlights = [{"start": 0, "end": 3, "quote": "قتل", "color": "red"}]
    target = tmp_path / f"out{FORMATS[fmt].suffix}"
    n = write_export(target, fmt, selection_of([bundle]))
    assert n == 1 and target.stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_unknown_format(tmp_path, selection_of):
    with pytest.raises(ExportError, match="unknown export format"):
        write_export(tmp_path / "x", "pdf", selection_of([]))


def test_a_file_where_the_folder_should_be_is_a_clear_error(tmp_path):
    """Audit: `marsad export -o notes.txt/out.csv` (the parent is a file) ended in a FileExistsError traceback."""
    parent = tmp_path / "notes.txt"
    parent.write_text("keep", encoding="utf-8")
    with pytest.raises(ExportError, match="notes.txt is a file, not a folder"):
        with atomic_output(parent / "out.csv"):
            pass
    assert parent.read_text(encoding="utf-8") == "keep"


def test_a_write_error_is_an_export_error_and_keeps_the_previous_file(tmp_path):
    """Audit: an OSError while writing (a full disk) escaped as a traceback instead of one message."""
    import errno

    target = tmp_path / "out.csv"
    target.write_text("previous", encoding="utf-8")
    with pytest.raises(ExportError, match="cannot write .*out.csv: No space left on device"):
        with atomic_output(target, force=True) as out:
            out.write("half")
            raise OSError(errno.ENOSPC, "No space left on device")
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
