"""GUI tests run offscreen, with settings in a throwaway folder and the bundled font loaded;
shared fixtures: an analysed article with an emoji and a CRLF, and a main window open on it."""

from __future__ import annotations

import os
from typing import Any

from tests.throwaway_settings import throwaway_settings

# Before any Qt import: no display needed, and QSettings never touch the developer's own.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = throwaway_settings("marsad-gui-settings-")  # removed at exit

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def marsad_app(qapp):  # type: ignore[no-untyped-def]
    """pytest-qt's QApplication, named for QSettings, with the bundled Amiri registered."""
    from gui.app import application

    return application()


@pytest.fixture
def arabic(qapp):  # type: ignore[no-untyped-def]
    """The Arabic interface for one test, English again after it."""
    from gui import i18n

    assert i18n.install_language(qapp, "ar") == "ar"
    yield qapp
    i18n.install_language(qapp, "en")


# An article with an emoji (two UTF-16 units) and a CRLF (one paragraph break) before the words
# the tests select, so every offset crosses the code-point ↔ Qt conversion.
ARTICLE_TEXT = ("😀 قال المركز الإعلامي إن 12 مسلحا قتلوا في اشتباكات بمدينة دمت\r\n"
                "وأصيب 22 آخرون في الضالع أمس، وشنت طائرات التحالف غارات على مواقع في تعز.")


def span_of(text: str, word: str, label: str, **attrs: object) -> dict:
    start = text.index(word)
    return {"start": start, "end": start + len(word), "label": label, "source": "rule", "text": word,
            "attrs": attrs}


def machine_analysis() -> dict:
    """What the analyzer would store for ARTICLE_TEXT (written directly: no NLP in GUI tests)."""
    from core.pipeline import ANALYZER_VERSION

    t = ARTICLE_TEXT
    ev = t.index("وأصيب")
    return {
        "entities": [span_of(t, "دمت", "LOCATION", place_id="ye:d:291", name_ar="دمت", name_en="Damt",
                             kind="district", admin1_ar="الضالع", admin1_en="Ad Dali", lat=14.09031, lon=44.67006),
                     span_of(t, "الضالع", "LOCATION", place_id="ye:g:17", name_en="Ad Dali"),
                     span_of(t, "التحالف", "ARMED_ACTOR", id="coalition", name_ar="التحالف العربي",
                             name_en="Saudi-led coalition", actor_type="external")],
        "incidents": [
            {"event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": 12, "injured": 22,
             "location": {"text": "دمت", "name_ar": "دمت", "name_en": "Damt", "admin1_en": "Ad Dali"},
             "actor1": {"text": "مسلحا", "name_ar": "مسلحون", "name_en": "Unidentified armed group"},
             "evidence": [{"start": ev, "end": ev + len("وأصيب 22 آخرون")}], "date": "2015-08-01",
             "confidence": 0.7, "summary_ar": "اشتباك في دمت"},
            {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
             "location": {"text": "تعز", "name_ar": "تعز", "name_en": "Taizz", "admin1_en": "Taizz"},
             "evidence": [{"start": t.index("وشنت"), "end": t.index("تعز") + 3}], "date": "2015-07-31",
             "confidence": 0.6},
        ],
        "summary": {"incidents": 2},
        "analyzer_version": ANALYZER_VERSION,  # current: the window must not re-analyse it
    }


def words_span(words: str, text: str = ARTICLE_TEXT) -> dict[str, int]:
    """The {start, end} code-point span of `words`' first occurrence in `text`."""
    start = text.index(words)
    return {"start": start, "end": start + len(words)}


def store_article(path: Any, analysis: dict) -> str:
    """Path (as str) of a new store at `path` holding ARTICLE_TEXT (article id 1) with `analysis`."""
    from core import store
    from core.ingest.model import ArticleIn

    db = store.open_db(path)
    article_id, _ = store.add_article(db, ArticleIn(title="اشتباكات في دمت", text=ARTICLE_TEXT, source="test",
                                                    published="2015-08-01"))
    assert article_id == 1
    store.save_analysis(db, article_id, analysis)
    db.conn.close()
    return str(path)


@pytest.fixture
def article_db(tmp_path):  # type: ignore[no-untyped-def]
    """Path of a store holding ARTICLE_TEXT (article id 1) with its machine analysis."""
    return store_article(tmp_path / "reader.db", machine_analysis())


def add_undated_articles(path: str, articles: list[tuple[str, str]]) -> None:
    """Add (title, text) articles without a date to the store at `path`, each with an empty analysis
    of this version (no re-analysis asked when opened)."""
    from core import store
    from core.ingest.model import ArticleIn
    from core.pipeline import ANALYZER_VERSION

    db = store.open_db(path)
    for title, text in articles:
        article_id, _ = store.add_article(db, ArticleIn(title=title, text=text, source="test", published=None))
        store.save_analysis(db, article_id, {"entities": [], "incidents": [], "summary": {},
                                             "analyzer_version": ANALYZER_VERSION})
    db.conn.close()


class HeldAnalysis:
    """Each article's analysis started, then held until `release` is set: a library-wide job can
    be cancelled part-way. `calls` lists the article ids whose analysis started."""

    def __init__(self) -> None:
        import threading

        self.release, self.started, self.calls = threading.Event(), threading.Event(), []

    def __call__(self, job):  # type: ignore[no-untyped-def]
        from core.ingest.parallel import Outcome
        from core.pipeline import ANALYZER_VERSION

        self.calls.append(int(job.key))
        self.started.set()
        self.release.wait(10)
        return Outcome(job.key, {"entities": [], "incidents": [], "summary": {}, "analyzer_version": ANALYZER_VERSION},
                       None)


def hold_analysis(monkeypatch) -> HeldAnalysis:  # type: ignore[no-untyped-def]
    """From now on the import worker's analysis is a HeldAnalysis (returned)."""
    from core.ingest import importer

    held = HeldAnalysis()
    monkeypatch.setattr(importer, "analyze_job", held)
    return held


def show_window(qtbot, path, article=None):  # type: ignore[no-untyped-def]
    """A main window on the library at `path`, shown, its first article (or `article`) on screen."""
    from gui.main_window import MainWindow

    w = MainWindow(path)
    w.remember_layout = False
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.articleShown, timeout=10_000):
        w.refresh_library()
    if article is not None and w.article.id != article:
        with qtbot.waitSignal(w.articleShown, timeout=10_000):
            w.open_article(article)
    return w


def show_empty_window(qtbot, tmp_path, size: tuple[int, int] | None = None):  # type: ignore[no-untyped-def]
    """A main window on a new, empty library in `tmp_path` (resized to `size` first), shown, its
    empty list loaded: no article open."""
    from core import store
    from gui.main_window import MainWindow

    path = tmp_path / "empty.db"
    store.open_db(path).conn.close()
    w = MainWindow(str(path))
    w.remember_layout = False
    qtbot.addWidget(w)
    if size is not None:
        w.resize(*size)
    w.show()
    with qtbot.waitSignal(w.libraryLoaded, timeout=10_000):
        w.refresh_library()
    return w


def incident_row(w: Any, event_type: str) -> int:
    """The row of the first incident of `event_type` in window `w`'s incident list."""
    return next(r for r in range(w.incidents.model.rowCount())
                if w.incidents.model.incident(r).get("event_type") == event_type)


def add_strike(qtbot, w, words: str, place: str, killed: int | None = None) -> None:  # type: ignore[no-untyped-def]
    """Select `words` of ARTICLE_TEXT in `w`'s reader and add from the selection an air strike at
    `place` (with `killed` dead when given), waiting for the incident list to change."""
    start = ARTICLE_TEXT.index(words)
    w.reader.select_span(start, start + len(words))
    w.incidents.action_add.trigger()
    editor = w.editor
    editor.event_type.setCurrentIndex(editor.event_type.findData("Explosions/Remote violence"))
    editor.sub_event_type.setCurrentIndex(editor.sub_event_type.findData("Air/drone strike"))
    editor.location.setText(place)
    if killed is not None:
        editor.fatalities.setValue(killed)
    with qtbot.waitSignal(w.incidentsChanged, timeout=20_000):
        editor.accept()


@pytest.fixture
def reanalysed(monkeypatch):  # type: ignore[no-untyped-def]
    """The re-analysis is recorded (no NLP in GUI tests; Set date…, Read dates…): article id and the date it was given."""
    from core.ingest import importer
    from core.ingest.parallel import Outcome
    from core.pipeline import ANALYZER_VERSION

    calls: list[tuple] = []

    def job(j):  # type: ignore[no-untyped-def]
        calls.append((int(j.key), j.published))
        return Outcome(j.key, {"entities": [], "incidents": [], "summary": {}, "analyzer_version": ANALYZER_VERSION},
                       None)

    monkeypatch.setattr(importer, "analyze_job", job)
    return calls


@pytest.fixture
def window_on(qtbot):  # type: ignore[no-untyped-def]
    """`window_on(path, article=None)`: a main window on another library (`show_window`)."""
    from gui import ops

    yield lambda path, article=None: show_window(qtbot, path, article)
    ops.wait_for_all(10_000)


@pytest.fixture
def open_window(qtbot, article_db):  # type: ignore[no-untyped-def]
    """A main window on `article_db` with the article on screen; reopen with `open_window.reopen()`."""
    from gui import ops

    windows = []

    def make():  # type: ignore[no-untyped-def]
        w = show_window(qtbot, article_db)
        windows.append(w)
        return w

    first = make()
    first.reopen = lambda: (ops.wait_for_all(10_000), first.close(), make())[-1]  # type: ignore[attr-defined]
    yield first
    ops.wait_for_all(10_000)
