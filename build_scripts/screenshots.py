"""Render the reader's screens for the docs into docs/screenshots/*.png (offscreen, no display).

    QT_QPA_PLATFORM=offscreen .venv/bin/python build_scripts/screenshots.py [--out DIR] [--size WxH] [--language ar]

(--out: another folder than docs/screenshots, to look at a change without touching the docs'
images; --size: another window size than 1400x900, to check a smaller screen; --language ar:
every screen in the Arabic interface.)

A throwaway library is built in a temp folder: the bundled sample (analysed) plus a few hundred
articles of the shared corpus (../shared/data, read only, not analysed) so the library and its
search have something to show; the first ANALYSED_ARTICLES of them that mention the Houthis are
analysed too, so the summary has a few days and places to show. Screens: the main window with
incidents and key sentences, the same article with the analyst's highlights and notes, the
reader's context menus that mark and remove an entity, the incident editor, an article whose
set-aside mentions are listed under its incidents, an incident other articles report too, the
library with a search and filters (the opened result at its first hit), the find bar, an
entity's mentions, the summary pane over the library, and the Arabic interface. Each PNG is
checked to stay under 500 KB.
"""

from __future__ import annotations

import atexit
import gzip
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
CORPUS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet.jsonl.gz"
MAX_BYTES = 500_000
EXTRA_ARTICLES = 400
ANALYSED_ARTICLES = 80


def build_library(db_path: Path) -> None:
    from core import store
    from core.ingest import importer
    from core.ingest.model import ArticleIn

    db = store.open_db(db_path)
    importer.seed_samples(db)
    batch = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            if a.get("content") and a.get("title"):
                batch.append(ArticleIn(title=a["title"], text=a["content"], source=a.get("source") or "",
                                       url=a.get("url") or "", published=a.get("date_published")))
            if len(batch) >= EXTRA_ARTICLES:
                break
    analysed = 0
    for art in batch:
        article_id, added = store.add_article(db, art)
        if added and analysed < ANALYSED_ARTICLES and "الحوثي" in art.text and len(art.text) < 6000:
            from gui.tasks import analyze_and_store

            analyze_and_store(db, article_id, art.text, art.published, art.title)
            analysed += 1
    db.conn.close()


class WaitTimeout(TimeoutError):
    """A screen's signal never came: the screenshots would show a half-loaded window."""


def wait(app: Any, window: Any, signal: Any, timeout_ms: int = 60_000) -> None:
    """Run the event loop until `window`'s `signal` is emitted; after `timeout_ms` raise
    WaitTimeout naming the signal, rather than go on and save a screen that is not ready."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    fired: list[bool] = []

    def on_signal(*_args: Any) -> None:
        fired.append(True)
        loop.quit()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    signal.connect(on_signal)
    timer.start(timeout_ms)
    try:
        loop.exec()
    finally:
        timer.stop()
        signal.disconnect(on_signal)
    if not fired:
        raise WaitTimeout(f"screenshots: gave up after {timeout_ms / 1000:g} s waiting for "
                          f"{type(window).__name__}.{_signal_name(signal)}")
    app.processEvents()


def _signal_name(signal: Any) -> str:
    """"articleShown" of PySide's "<PySide6.QtCore.SignalInstance articleShown(PyObject) at 0x…>"."""
    text = repr(signal)
    name = text.split("SignalInstance ", 1)[-1].split("(", 1)[0]
    return name if name and " " not in name else text


def settle(app: Any) -> None:
    from gui import ops

    ops.wait_for_all(30_000)
    for _ in range(5):
        app.processEvents()


def save(widget: Any, name: str) -> Path:
    path = OUT / name
    pixmap = widget.grab()
    if not pixmap.save(str(path), "PNG", 9):
        raise RuntimeError(f"could not write {path}")
    size = path.stat().st_size
    if size > MAX_BYTES:  # screenshots must stay small in the repository
        pixmap.scaledToWidth(int(pixmap.width() * 0.8)).save(str(path), "PNG", 9)
        size = path.stat().st_size
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {pixmap.width()}x{pixmap.height()}  {size // 1024} KB")
    if size > MAX_BYTES:
        raise RuntimeError(f"{path} is {size} bytes (limit {MAX_BYTES})")
    return path


def save_with_menus(window: Any, menus: list[tuple[Any, Any]], name: str) -> Path:
    """The window with popup menus drawn over it where they would open (offscreen, a popup is a
    window of its own and `grab()` of the main window leaves it out). `menus`: (QMenu, top-left
    point in window coordinates)."""
    from PySide6.QtGui import QPainter

    pixmap = window.grab()
    painter = QPainter(pixmap)
    for menu, at in menus:
        menu.adjustSize()
        painter.drawPixmap(at, menu.grab())
    painter.end()

    class _Shot:  # `save` grabs a widget; this one hands over the composed picture
        def grab(self) -> Any:
            return pixmap

    return save(_Shot(), name)


def popup_origin(menu: Any, at: Any) -> Any:
    """Where a context menu opened at `at` has its top-left corner: Qt opens it rightwards in a
    left-to-right interface, leftwards in a right-to-left one (the menu follows the UI's direction)."""
    from PySide6.QtCore import QPoint

    menu.ensurePolished()
    menu.adjustSize()
    return QPoint(at.x() - menu.sizeHint().width() if menu.isRightToLeft() else at.x(), at.y() + 6)


def entity_menus(app: Any, window: Any, text: str) -> None:
    """The reader's context menu on selected words (Mark as entity ▸ and its labels) and on an
    entity highlight (Remove this entity)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QTextCursor

    reader = window.reader
    phrase = "المحللين السياسيين"  # words the tagger left unmarked (a Source, say)
    start = text.find(phrase)
    if start < 0:
        return
    reader.reveal(start, start + len(phrase))
    settle(app)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.offset_map().to_qt(start + 3))
    rect = reader.cursorRect(cursor)
    menu = reader.build_context_menu(rect.center())
    at = reader.viewport().mapTo(window, rect.bottomLeft())  # below the line: the words stay in sight
    top_left = popup_origin(menu, at)
    sub = window.entity_menu
    sub.ensurePolished()
    row = menu.actionGeometry(sub.menuAction())
    if menu.isRightToLeft():  # a submenu opens on the side its arrow points to
        sub_at = top_left + row.topLeft() - QPoint(sub.sizeHint().width(), 0)
    else:
        sub_at = top_left + QPoint(row.right() + 1, row.top())
    save_with_menus(window, [(menu, top_left), (sub, sub_at)], "entity_mark_menu.png")

    places = [h for h in reader.highlights() if h.label == "ARMED_ACTOR"] or reader.highlights()
    if places:
        reader.moveCursor(QTextCursor.MoveOperation.Start)
        h = places[0]
        cursor.setPosition(reader.offset_map().to_qt(h.start + 1))
        rect = reader.cursorRect(cursor)
        menu = reader.build_context_menu(rect.center())
        at = reader.viewport().mapTo(window, rect.bottomLeft())
        save_with_menus(window, [(menu, popup_origin(menu, at))], "entity_remove_menu.png")
    reader.moveCursor(QTextCursor.MoveOperation.Start)


def most_corroborated(db_path: Path) -> tuple[int, int] | None:
    """(article id, row) of the analysed article whose incident the most other articles report."""
    from core import store
    from core.store.corroborations import corroborating_reports, incident_key

    db = store.open_db(db_path)
    best: tuple[int, int, int] | None = None
    for (article_id,) in db.conn.execute("SELECT DISTINCT article_id FROM incidents ORDER BY article_id").fetchall():
        reports = corroborating_reports(db, article_id)
        for row, inc in enumerate(store.get_incidents(db, article_id)):
            n = len(reports.get(incident_key(inc), ()))
            if n and (best is None or n > best[0]):
                best = (n, article_id, row)
    db.conn.close()
    return None if best is None else (best[1], best[2])


def main(argv: list[str] | None = None) -> int:
    import argparse

    from PySide6.QtCore import QSize

    global OUT
    parser = argparse.ArgumentParser(description="Render the reader's screens into PNGs.")
    parser.add_argument("--out", type=Path, default=OUT, help="folder of the PNGs (default: docs/screenshots)")
    parser.add_argument("--size", default="1400x900", help="the main window's size, WIDTHxHEIGHT (default 1400x900)")
    parser.add_argument("--language", choices=("en", "ar"), default="en",
                        help="the interface language of every screen (default en; arabic_interface.png is Arabic "
                             "either way)")
    args = parser.parse_args(argv)
    OUT = args.out.resolve()
    width, _, height = args.size.lower().partition("x")
    size = QSize(int(width), int(height))

    from gui.app import application
    from gui.main_window import MainWindow

    OUT.mkdir(parents=True, exist_ok=True)
    app = application()
    if args.language != "en":  # before the window is built: its texts are translated then
        from gui import i18n

        i18n.install_language(app, args.language)
    tmp = Path(tempfile.mkdtemp(prefix="marsad-shots-"))
    atexit.register(shutil.rmtree, tmp, True)  # the throwaway library goes with the run (six had piled up in /tmp)
    db_path = tmp / "shots.db"
    build_library(db_path)

    window = MainWindow(str(db_path))
    window.remember_layout = False
    window.resize(size)
    window.reader.set_point_size(15)
    window.show()
    app.processEvents()
    window.default_pane_sizes()
    window.refresh_library()
    window.load_facets()
    wait(app, window, window.articleShown)
    sample = window.library.model.row_of(1)
    window.library.select_article(1, emit=False)
    if window.article is None or window.article.id != 1 or sample < 0:
        window.open_article(1)
        wait(app, window, window.articleShown)
    settle(app)
    text = window.reader.text()

    # 1. Main window: the sample with its incidents, the first one selected.
    if window.incidents.model.rowCount():
        window.incidents.select_row(0)
    settle(app)
    save(window, "main_window.png")

    # 2. The analyst's highlights and notes.
    for phrase, color, note in (("المركز الإعلامي", "blue", "مصدر حزبي: يحتاج تأكيدا من مصدر ثان"),
                                ("12 على الأقل", "pink", "الحصيلة تختلف عن رواية الطرف الآخر"),
                                ("عربتان مسلحتان", "green", "")):
        start = text.find(phrase)
        if start >= 0:
            window.reader.reveal(start, start + len(phrase))
            window._save_new_highlight((start, start + len(phrase)), color, note)
            settle(app)
    window.notes.note.setPlainText("تقرير من طرف واحد؛ مقارنة مع وكالة سبأ قبل الإدراج.")
    window.notes.flush_note()
    window.notes.tags.setText("الضالع, للمراجعة")
    window.notes.tags.editingFinished.emit()
    window.notes.star.setChecked(True)
    settle(app)
    window.side_tabs.setCurrentWidget(window.notes)
    window.notes.list.setCurrentRow(0)
    window.reader.moveCursor(window.reader.textCursor().MoveOperation.Start)
    settle(app)
    save(window, "highlights_and_notes.png")

    # 2b. Correcting entities: the reader's context menus.
    window.side_tabs.setCurrentWidget(window.incidents)
    entity_menus(app, window, text)

    # 3. The incident editor on the first incident, with one correction typed.
    window.side_tabs.setCurrentWidget(window.incidents)
    if window.incidents.model.rowCount():
        window.incidents.select_row(0)
        window.incidents.action_edit.trigger()
        settle(app)
        editor = window.editor
        editor.captured.setValue(3)
        editor.adjustSize()
        settle(app)
        save(editor, "incident_editor.png")
        editor.accept()
        settle(app)
        window.incidents.select_row(1 if window.incidents.model.rowCount() > 1 else 0)
        window.incidents.action_reject.trigger()
        settle(app)
        window.incidents.select_row(0)
        settle(app)
        save(window, "incident_corrections.png")

    # 3b. An article with mentions set aside (commentary, no place): listed under the incidents.
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        # preferably one that also has coded incidents: the footer is read against the table
        row = conn.execute(
            "SELECT id FROM articles a WHERE summary LIKE '%\"set_aside\":[{%' "
            "ORDER BY EXISTS (SELECT 1 FROM incidents i WHERE i.article_id = a.id) DESC, id LIMIT 1"
        ).fetchone()
    if row:
        window.library.select_article(row[0], emit=False)
        window.open_article(row[0])
        wait(app, window, window.articleShown)
        settle(app)
        save(window, "incidents_set_aside.png")
        window.library.select_article(1, emit=False)
        window.open_article(1)
        wait(app, window, window.articleShown)
        settle(app)

    # 3c. An incident other articles report too: the "Also in" column, the links under its summary.
    found = most_corroborated(db_path)
    if found:
        window.library.select_article(found[0], emit=False)
        window.open_article(found[0])
        wait(app, window, window.articleShown)
        settle(app)
        window.incidents.select_row(found[1])
        settle(app)
        save(window, "incident_corroboration.png")
        window.library.select_article(1, emit=False)
        window.open_article(1)
        wait(app, window, window.articleShown)
        settle(app)

    # 4. The library with a search and the filters open (the result opens at its first hit).
    window.library.filter_button.setChecked(True)
    window.library.search.setText("التحالف")
    window.library.emit_query()
    wait(app, window, window.libraryLoaded)
    settle(app)
    model = window.library.model  # the first result other than the sample (results are in relevance order)
    other = next(model.row_dict(r)["id"] for r in range(model.rowCount()) if model.row_dict(r)["id"] != 1)
    window.library.select_article(other)  # another article: it opens at the hit
    wait(app, window, window.articleShown)
    settle(app)
    save(window, "library_search.png")

    # 5. Find in article.
    window.library.search.clear()
    window.library.filter_button.setChecked(False)
    window.library.emit_query()
    wait(app, window, window.libraryLoaded)
    window.library.select_article(1)
    window.open_article(1)
    wait(app, window, window.articleShown)
    window.find_bar.open_bar()
    window.find_bar.line.setText("الحوثي")
    window.action_find_next.trigger()
    settle(app)
    save(window, "find_bar.png")

    # 6. An entity's mentions across the library.
    places = [h for h in window.reader.highlights() if h.label == "LOCATION"]
    if places:
        window.find_bar.close_bar()
        window.on_entity_clicked(places[0])
        wait(app, window, window.mentionsShown)
        settle(app)
        save(window.mentions, "entity_mentions.png")
        window.mentions.close()

    # 6b. Article details… (title, date, source; where the date came from).
    window.action_details.trigger()
    settle(app)
    save(window.details_dialog, "article_details.png")
    window.details_dialog.reject()
    settle(app)

    # 7. The summary pane over the whole library: totals, incidents per day, the map.
    window.find_bar.close_bar()
    window.splitter.setSizes([300, 520, 580])
    window.summary.set_scope_kind("search")
    window.action_summary_tab.trigger()
    wait(app, window, window.summaryShown)
    settle(app)
    save(window, "summary.png")
    window.close()
    settle(app)

    # 8. The Arabic interface (translations are read when widgets are built: a new window).
    from gui import i18n

    i18n.install_language(app, "ar")
    arabic = MainWindow(str(db_path))
    arabic.remember_layout = False
    arabic.resize(size)
    arabic.reader.set_point_size(15)
    arabic.show()
    app.processEvents()
    arabic.default_pane_sizes()
    arabic.refresh_library()
    wait(app, arabic, arabic.articleShown)
    arabic.library.select_article(1, emit=False)
    arabic.open_article(1)
    wait(app, arabic, arabic.articleShown)
    arabic.summary.set_scope_kind("search")
    arabic.action_summary_tab.trigger()
    wait(app, arabic, arabic.summaryShown)
    settle(app)
    save(arabic, "arabic_interface.png")
    arabic.action_details.trigger()
    settle(app)
    save(arabic.details_dialog, "article_details_ar.png")
    arabic.details_dialog.reject()
    settle(app)
    arabic.close()
    i18n.install_language(app, args.language)
    settle(app)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
