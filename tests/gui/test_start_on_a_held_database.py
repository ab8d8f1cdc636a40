"""Start-up on a library another program holds (session 43): the dialog says it is in use and
offers Try again; it never offers to restore a backup in its place (which would move a sound
library aside while another Marsad writes to it). English and Arabic."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core import store
from core.ingest.model import ArticleIn
from core.store import db as store_db
from gui.dialogs import database_problem
from gui.dialogs.database_problem import DatabaseProblemBox, problem_text

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def held(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "lib.db"
    db = store.open_db(path)
    store.add_article(db, ArticleIn(title="خبر", text="قتل ثلاثة مدنيين في قصف على تعز. " * 5, source="test"))
    db.conn.execute("PRAGMA journal_mode=DELETE")
    db.conn.close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    with pytest.raises(store.StoreError) as err:
        store.open_db(path)
    yield path, err.value, other
    other.close()


def test_in_use_is_named_and_only_retry_is_offered(qapp, held) -> None:  # type: ignore[no-untyped-def]
    path, exc, _ = held
    assert "Another program is using it" in problem_text(exc)
    box = DatabaseProblemBox(str(path), exc)
    assert box.retry_button.isVisibleTo(box) and box.defaultButton() is box.retry_button
    assert not box.in_place_button.isVisibleTo(box)
    assert "in its place" not in box.informativeText()
    box.deleteLater()


def test_in_arabic(arabic, held) -> None:  # type: ignore[no-untyped-def]
    path, exc, _ = held
    assert "برنامج آخر يستعملها" in problem_text(exc)
    box = DatabaseProblemBox(str(path), exc)
    assert box.retry_button.text() == "أعد المحاولة"
    box.deleteLater()


def test_try_again_opens_it_once_released(qapp, held, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path, exc, other = held
    clicks = iter(["retry", "retry"])
    monkeypatch.setattr(DatabaseProblemBox, "exec", lambda self: 0)
    monkeypatch.setattr(DatabaseProblemBox, "choice", lambda self: next(clicks))
    tries: list[str] = []

    def try_open(candidate: str):  # type: ignore[no-untyped-def]
        tries.append(candidate)
        if len(tries) == 1:
            try:
                store.open_db(candidate)
            except store.StoreError as still:
                other.execute("ROLLBACK")  # the other program lets go after the first retry
                return still
        db = store.open_db(candidate)
        db.conn.close()
        return None

    assert database_problem.recover(str(path), exc, try_open) == str(path)
    assert tries == [str(path), str(path)]


def test_a_pipe_refused_in_arabic(arabic) -> None:  # type: ignore[no-untyped-def]
    """The importer's new reason for a named pipe or device (session 43) is worded in Arabic too."""
    from core.ingest.model import IngestError
    from gui.store_errors import ingest_error_line

    line = ingest_error_line(IngestError("/tmp/x/pipe.txt", "not a regular file …", code="not_regular_file"))
    assert "ليس ملفًا عاديًا" in line and "pipe.txt" in line
