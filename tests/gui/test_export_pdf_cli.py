"""`marsad export --format pdf`: the writer gui/launcher.py registers, in a fresh process with no
display and no Qt application (the CLI's case), and a clear error where it is not registered."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from core.cli import cli

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = "قال المركز الإعلامي إن 12 مسلحا قتلوا في اشتباكات بمدينة دمت وأصيب 22 آخرون في الضالع."


def make_db(path: Path) -> None:
    from core import store
    from core.ingest.model import ArticleIn

    db = store.open_db(path)
    article_id, _ = store.add_article(db, ArticleIn(title="دمت", text=ARTICLE, source="test", published="2015-08-01"))
    store.save_analysis(db, article_id, {"entities": [], "summary": {}, "incidents": [{
        "event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": 12, "injured": 22,
        "location": {"text": "دمت", "name_ar": "دمت", "name_en": "Damt", "lat": 14.09, "lon": 44.67},
        "date": "2015-08-01", "summary_en": "Clashes in Damt", "summary_ar": "اشتباكات في دمت"}]})
    db.conn.close()


def marsad(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run([sys.executable, "-c", "from gui.launcher import main; main()", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_marsad_export_pdf_headless(tmp_path) -> None:
    db = tmp_path / "m.db"
    make_db(db)
    out = tmp_path / "report.pdf"
    done = marsad("--db", str(db), "export", "--format", "pdf", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "wrote 1 incident from 1 article" in done.stdout
    assert out.read_bytes().startswith(b"%PDF-")


def test_core_cli_alone_explains_pdf(tmp_path, monkeypatch) -> None:
    from core.export import FORMATS

    monkeypatch.delitem(FORMATS, "pdf", raising=False)  # as in `python -m core.cli`: gui not loaded
    db = tmp_path / "m.db"
    make_db(db)
    out = tmp_path / "report.pdf"
    result = CliRunner().invoke(cli, ["--db", str(db), "export", "--format", "pdf", "-o", str(out)], obj={})
    assert result.exit_code != 0
    assert "desktop part" in result.output and "marsad" in result.output
    assert not out.exists()
