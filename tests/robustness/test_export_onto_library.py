"""An export never replaces a database: `marsad export -o library.db --force` (or a save dialog
pointed at the library) used to overwrite the library with a CSV, losing every article and note."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.export import select, write_export
from core.export.scope import ExportError
from core.ingest.importer import import_paths
from core.store import count_articles, open_db

TEXT = "قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف مدفعي على قرية قرب مدينة حماة يوم الأحد."


@pytest.mark.parametrize("target", ["lib.db", "lib.db-wal", "lib.db-shm", "lib.db-journal", "other.sqlite"])
def test_an_export_refuses_to_replace_a_database_even_with_force(tmp_path: Path, target: str) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    db_path = tmp_path / "lib.db"
    db = open_db(db_path)
    assert import_paths(db, [tmp_path / "a.txt"], analyze=True).added == 1
    (tmp_path / "lib.db-wal").touch(exist_ok=True)
    (tmp_path / "lib.db-shm").touch(exist_ok=True)
    (tmp_path / "lib.db-journal").touch()
    other = open_db(tmp_path / "other.sqlite")
    other.conn.close()
    out = tmp_path / target
    selection = select(db)  # reads the library (and so its -shm) before the file is compared
    before = out.read_bytes()
    with pytest.raises(ExportError) as caught:
        write_export(out, "acled-csv", selection, force=True)
    assert caught.value.code == "export_cannot_write"
    assert str(caught.value).startswith(f"cannot write {out}: it is a database")
    assert out.read_bytes() == before
    assert count_articles(db) == 1
    assert not list(tmp_path.glob(".*.part"))  # no temporary file left


def test_an_ordinary_file_is_still_overwritten_with_force(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    db = open_db(tmp_path / "lib.db")
    import_paths(db, [tmp_path / "a.txt"], analyze=True)
    out = tmp_path / "old.csv"
    out.write_text("old", encoding="utf-8")
    write_export(out, "acled-csv", select(db), force=True)
    assert out.read_text(encoding="utf-8").startswith("event_id_cnty")
