"""The window title and File › Recent databases name a database in its own order in the Arabic
interface: the database's name (title) and its whole path (menu) in gui.bidi.isolate_path.

Bare, «/home/analyst/مرصد/تقارير.db» had its Arabic folder and file names drawn swapped in the
right-to-left menu, and «تقارير 2024.db» in the title was drawn with «db» before the name. The
order is measured as tests/gui/test_path_order_arabic.py measures it, with the bundled font."""

from __future__ import annotations

from pathlib import Path

from gui.bidi import LRI, LRM, PDI, isolate_path, strip_isolates
from tests.gui.test_path_order_arabic import _order_in

RLM = "\u200f"


def _db(path: Path, title: str) -> str:
    from core import store
    from core.ingest.model import ArticleIn

    path.parent.mkdir(parents=True, exist_ok=True)
    db = store.open_db(path)
    store.add_article(db, ArticleIn(title=title, text="نص قصير عن " + title, source="test", published="2015-01-01"))
    db.conn.close()
    return str(path)


def _window(qtbot, path: str):  # type: ignore[no-untyped-def]
    from gui.main_window import MainWindow

    w = MainWindow(path)
    w.remember_layout = False
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.libraryLoaded, timeout=10_000):
        w.refresh_library()
    return w


def test_the_arabic_title_and_recent_menu_keep_the_path_in_order(qtbot, arabic, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gui import ops
    from gui.dialogs import settings_dialog as prefs

    first = _db(tmp_path / "مرصد" / "تقارير 2024.db", "الأول")
    second = _db(tmp_path / "وثائق" / "R&D" / "ملف.db", "الثاني")
    prefs.add_recent_database(second)
    prefs.add_recent_database(first)
    w = _window(qtbot, first)
    try:
        name = Path(first).name
        assert w.windowTitle() == f"مرصد — {isolate_path(name)}"
        drawn = _order_in(RLM + w.windowTitle(), isolate_path(name), name)
        assert drawn == sorted(drawn), drawn  # «تقارير 2024» left of «db», as in the path

        w.on_recent_menu_about_to_show()
        actions = w.recent_menu.actions()
        full = [str(Path(p).resolve()) for p in (first, second)]
        assert [a.data() for a in actions[:2]] == full
        for action, path in zip(actions, full):
            text = action.text()
            assert text == isolate_path(path).replace("&", "&&")  # «R&D» is not «R» + underlined «D»
            shown = text.replace("&&", "&")
            assert strip_isolates(shown).replace(LRM, "") == path and shown.startswith(LRI) and shown.endswith(PDI)
            drawn = _order_in(RLM + shown, shown, path)
            assert drawn == sorted(drawn), (path, drawn)
        bare = _order_in(RLM + full[0], full[0], full[0])
        assert bare != sorted(bare)  # the bare path (as it was shown) is drawn out of order
        assert not actions[0].isEnabled() and actions[1].isEnabled()  # the open one is not offered again
        with qtbot.waitSignal(w.databaseOpened, timeout=10_000):
            actions[1].trigger()
        assert w.db_path == full[1]  # the entry opens its own path, not the text shown
        assert w.windowTitle() == f"مرصد — {isolate_path('ملف.db')}"
    finally:
        ops.wait_for_all(10_000)
