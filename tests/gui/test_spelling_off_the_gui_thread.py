"""The first Latin spelling of a process loads the gazetteer (about half a second): the workers that
load an article's incidents, the library's filter choices and the summary spell the names ahead,
so the English interface's table finds them ready and never loads it on the GUI thread."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "export"))
from export_fixtures import make_incident  # noqa: E402

from core.entities import gazetteer  # noqa: E402
from core.text import transliterate  # noqa: E402
from gui import ops, tasks  # noqa: E402
from gui.incidents.model import IncidentTableModel  # noqa: E402
from gui.ops import Op  # noqa: E402

NO_ENGLISH = make_incident(
    actor2={"text": "رجال القبائل", "name_ar": "رجال القبائل", "name_en": ""},
    location={"text": "معسكر لبوزة", "name_ar": "معسكر لبوزة", "name_en": "", "admin1_ar": "لحج", "admin1_en": ""},
    summary_en="Clashes between Houthi Movement and رجال القبائل near معسكر لبوزة (لحج)",
)


@pytest.fixture
def gazetteer_threads(monkeypatch):  # type: ignore[no-untyped-def]
    """The threads that ask for the gazetteer, with every spelling forgotten first."""
    threads: list[threading.Thread] = []
    load = gazetteer.Gazetteer.load.__func__  # type: ignore[attr-defined]

    def recorded(cls):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return load(cls)

    monkeypatch.setattr(gazetteer.Gazetteer, "load", classmethod(recorded))
    transliterate.transliterate.cache_clear()
    transliterate._gazetteer_english.cache_clear()
    yield threads
    transliterate.transliterate.cache_clear()
    transliterate._gazetteer_english.cache_clear()


def _db(tmp_path: Path) -> tuple[str, int]:
    from core import store
    from core.ingest.model import ArticleIn
    from core.pipeline import ANALYZER_VERSION

    path = tmp_path / "lib.db"
    db = store.open_db(path)
    article, _ = store.add_article(db, ArticleIn(title="اشتباكات", text="اشتباكات قرب معسكر لبوزة", source="عكاظ",
                                                 published="2016-03-02"))
    store.save_analysis(db, article, {"entities": [], "summary": {}, "incidents": [NO_ENGLISH],
                                      "analyzer_version": ANALYZER_VERSION})  # current: opening it does not analyse again
    db.conn.close()
    return str(path), article


def _shown(model: IncidentTableModel) -> list[str]:
    return [str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) or "")
            for r in range(model.rowCount()) for c in range(model.columnCount())]


@pytest.mark.parametrize("task", ["load_incidents", "load_article"])
def test_the_incident_table_spells_without_loading_the_gazetteer(qtbot, tmp_path, gazetteer_threads, task) -> None:  # type: ignore[no-untyped-def]
    db_path, article = _db(tmp_path)
    work = {"load_incidents": lambda ctx: tasks.load_incidents(ctx.db, article),
            "load_article": lambda ctx: tasks.load_article(ctx.db, article, lambda: False, "").incidents}[task]
    results: list[object] = []
    op = Op(None, work, db_path=db_path).success(results.append)
    with qtbot.waitSignal(op.finished, timeout=20_000):
        op.run_in_background()
    ops.wait_for_all()
    assert gazetteer_threads and threading.main_thread() not in gazetteer_threads  # the worker loaded it
    asked = len(gazetteer_threads)
    model = IncidentTableModel()
    model.set_incidents(results[0])  # type: ignore[arg-type]
    shown = " ".join(_shown(model))
    assert "Labouza Camp" in shown and "Rajal Al Qaba'il" in shown  # spelled in the English interface
    assert len(gazetteer_threads) == asked  # and nothing asked for the gazetteer on the GUI thread


def test_without_spelling_ahead_the_gui_thread_would_load_it(qtbot, gazetteer_threads) -> None:  # type: ignore[no-untyped-def]
    """What the workers now avoid: the table's first spelling asks for the gazetteer itself."""
    model = IncidentTableModel()
    model.set_incidents([NO_ENGLISH])
    _shown(model)
    assert threading.main_thread() in gazetteer_threads
