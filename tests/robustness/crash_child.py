"""A child process for the crash-safety tests: writes to a database and logs what it committed.

    python crash_child.py import DB LOG JSONL   import JSONL in small batches
    python crash_child.py annotate DB LOG SEED  add/update notes and highlights, forever

Each line is appended to LOG and fsync'ed only after the transaction it describes has
committed, so whatever LOG holds when the child is SIGKILLed must be in the database.
Every value written ends in "<seed>-<step>", so the test can tell a value newer than the log
(committed just before the kill, not yet logged) from an older one (a lost commit).
"ready" is logged once the database is open, so the parent kills during real work.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from core.ingest.importer import import_paths  # noqa: E402
from core.ingest.model import ArticleIn  # noqa: E402
from core.store import (  # noqa: E402
    add_article,
    add_highlight,
    add_note,
    open_db,
    update_highlight,
    update_note,
)


class Log:
    def __init__(self, path: str) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def write(self, line: str) -> None:
        os.write(self._fd, (line + "\n").encode("utf-8"))
        os.fsync(self._fd)


def run_import(db_path: str, log: Log, source: str) -> None:
    db = open_db(db_path)
    log.write("ready")

    def committed(done: int, total: int | None, message: str) -> None:
        if message.endswith(" new"):  # reported after each batch's transaction
            log.write(f"batch {message.split(', ')[1].split()[0]}")

    report = import_paths(db, [source], analyze=False, batch_size=5, on_progress=committed)
    log.write(f"finished {report.added}")


def run_annotate(db_path: str, log: Log, seed: str) -> None:
    rng = random.Random(int(seed))
    db = open_db(db_path)
    text = "قتل خمسة مدنيين في قصف على سوق شعبي في تعز يوم الاثنين " * 4
    article_id, _ = add_article(db, ArticleIn(title=f"للتعليق {seed}", text=text + seed))
    log.write("ready")
    notes: list[int] = []
    marks: list[int] = []
    step = 0
    while True:
        step += 1
        action = rng.random()
        if action < 0.3 or not notes:
            body = f"ملاحظة {seed}-{step}"
            note_id = add_note(db, article_id, body)
            notes.append(note_id)
            log.write(f"note {note_id} {body}")
        elif action < 0.55:
            note_id = rng.choice(notes)
            body = f"تعديل {seed}-{step}"
            update_note(db, note_id, body)
            log.write(f"note {note_id} {body}")
        elif action < 0.8 or not marks:
            start = rng.randrange(0, len(text) - 10)
            color = f"yellow {seed}-{step}"
            mark_id = add_highlight(db, article_id, start, start + 5, color=color)
            marks.append(mark_id)
            log.write(f"mark {mark_id} {color}")
        else:
            mark_id = rng.choice(marks)
            color = f"{rng.choice(['red', 'green', 'blue'])} {seed}-{step}"
            update_highlight(db, mark_id, color=color)
            log.write(f"mark {mark_id} {color}")


if __name__ == "__main__":
    mode, db_path, log_path, arg = sys.argv[1:5]
    {"import": run_import, "annotate": run_annotate}[mode](db_path, Log(log_path), arg)
