"""A JSON article cut inside an emoji (a lone UTF-16 half) comes in through the GUI's import, and
the analyst is told, in Arabic, that damaged characters were replaced; before, the import stopped
with a UnicodeEncodeError and the good article beside it was not stored either."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from gui import ops
from gui.bidi import strip_isolates
from tests.gui.import_helpers import import_messages

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def no_analysis(monkeypatch):  # type: ignore[no-untyped-def]
    from core.ingest import importer
    from core.pipeline import ANALYZER_VERSION

    monkeypatch.setattr(importer, "_analyze", lambda article: {"entities": [], "incidents": [], "summary": {},
                                                               "analyzer_version": ANALYZER_VERSION})


def test_a_cut_emoji_is_replaced_and_told_in_arabic(qtbot, article_db, tmp_path: Path, no_analysis, arabic) -> None:  # type: ignore[no-untyped-def]
    from core.store import count_articles, open_db
    from gui.main_window import MainWindow

    path = tmp_path / "feed.jsonl"
    good = {"title": "خبر سليم", "text": "أفاد شهود بأن اشتباكات اندلعت قرب السوق المركزي مساء الأحد."}
    path.write_text(json.dumps(good, ensure_ascii=False) + "\n"
                    + '{"title": "خبر مقطوع", "text": "قال مصدر محلي إن قصفا استهدف حيا سكنيا \\ud83d"}\n',
                    encoding="utf-8")
    w = MainWindow(article_db)
    w.remember_layout = False
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.importFinished, timeout=20_000):
        w.import_files([str(path)], open_first=False)
    [box] = import_messages(qtbot, w)
    assert count_articles(open_db(article_db)) == 3  # the fixture's article and both lines
    text = strip_isolates(box.text())
    assert f"{path}:2" in text and "أُزيل أو استُبدل بالرمز \ufffd محرف تالف واحد" in text
    box.close()


@pytest.mark.parametrize(("count", "english", "arabic"), [
    (1, "1 damaged character (NUL bytes, broken UTF-8 or UTF-16 characters) removed", "محرف تالف واحد (بايت صفري"),
    (2, "2 damaged characters (NUL bytes, broken UTF-8", "محرفان تالفان (بايتات صفرية أو محارف UTF-8"),
    (4, "4 damaged characters (NUL bytes, broken UTF-8", "عدد 4 من المحارف التالفة (بايتات صفرية أو محارف UTF-8"),
])
def test_damaged_characters_are_counted_and_utf8_named(qapp, count, english, arabic) -> None:  # type: ignore[no-untyped-def]
    """Session 40 counts bytes that are no UTF-8 too (a file cut inside its last letter): the
    warning said «NUL bytes, broken UTF-16 halves» only, and «1 damaged characters»."""
    from core.ingest.model import IngestError, damaged_characters
    from gui import i18n
    from gui.store_errors import ingest_error_line

    warning = damaged_characters(count)
    err = IngestError.warning("/tmp/خبر.txt", warning)
    assert english in strip_isolates(ingest_error_line(err))
    assert i18n.install_language(qapp, "ar") == "ar"
    try:
        line = strip_isolates(ingest_error_line(err))
        assert arabic in line.replace("\u2060", "") and "\ufffd" in line
        assert "UTF-\u20608" in line  # a word joiner: «UTF-» and «8» were on two lines of the message
    finally:
        i18n.install_language(qapp, "en")
