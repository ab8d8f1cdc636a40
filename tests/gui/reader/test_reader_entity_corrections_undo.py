"""The analyst takes entity decisions back: "Undo entity corrections…" (reader context menu and
Notes menu) lists the article's decisions; undoing one or all clears them, the article is analysed
again off the GUI thread (the real pipeline), and highlights and incidents show the machine's
reading again. A removed machine entity, which has no highlight left to right-click, comes back."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from core import store
from gui import ops
from tests.gui.conftest import ARTICLE_TEXT
from tests.gui.reader.test_reader_entity_corrections import decisions, drawn, point_on, select_qt, stored_entities


def remove_coalition(qtbot, w) -> None:  # type: ignore[no-untyped-def]
    """Right-click «التحالف» → Remove this entity, and wait for the re-analysis."""
    w.reader.setTextCursor(QTextCursor(w.reader.document()))
    menu = w.reader.build_context_menu(point_on(w, "التحالف"))
    [remove] = [a for a in menu.actions() if a.objectName() == "removeEntity"]
    with qtbot.waitSignal(w.entitiesChanged, timeout=60_000):
        remove.trigger()
    menu.deleteLater()
    assert "التحالف" not in drawn(w, "ARMED_ACTOR")


def open_dialog(qtbot, w, from_menu: bool = True):  # type: ignore[no-untyped-def]
    """Open the dialog from the reader's context menu (or the Notes menu) and wait for its list."""
    if from_menu:
        menu = w.reader.build_context_menu(QPoint(20, 20))
        [action] = [a for a in menu.actions() if a.objectName() == "entityCorrections"]
        action.trigger()
        menu.deleteLater()
    else:
        [notes] = [a.menu() for a in w.menuBar().actions() if a.menu() and "Notes" in a.text()]
        [action] = [a for a in notes.actions() if a.objectName() == "entityCorrections"]
        action.trigger()
    qtbot.waitUntil(lambda: w.corrections_dialog is not None and w.corrections_dialog.isVisible(), timeout=30_000)
    return w.corrections_dialog


def test_a_removed_machine_entity_is_brought_back(qtbot, open_window) -> None:
    w = open_window
    start = ARTICLE_TEXT.index("التحالف")
    remove_coalition(qtbot, w)
    dialog = open_dialog(qtbot, w)
    assert dialog.rows() == [("Removed", "Armed actor", "التحالف")]
    assert not dialog.undo_selected.isEnabled() and dialog.undo_all.isEnabled()
    dialog.list.topLevelItem(0).setSelected(True)
    assert dialog.undo_selected.isEnabled()
    with qtbot.waitSignal(w.entitiesChanged, timeout=60_000):
        dialog.undo_selected.click()
    assert decisions(w) == []
    assert "التحالف" in drawn(w, "ARMED_ACTOR")  # the machine's span, drawn again
    assert any(e["label"] == "ARMED_ACTOR" and e["start"] == start and e["source"] != "user" for e in stored_entities(w))
    assert any((i.get("actor1") or {}).get("text") == "التحالف" or (i.get("actor2") or {}).get("text") == "التحالف"
               for i in w.article.incidents)  # the incidents were rebuilt with it
    assert dialog.rows() == [] and "No entity corrections" in dialog.info.text()
    assert not dialog.undo_all.isEnabled()
    again = w.reopen()  # stored: the machine's reading stays back
    assert "التحالف" in drawn(again, "ARMED_ACTOR")


def test_undo_one_of_several_keeps_the_others(qtbot, open_window) -> None:
    w = open_window
    start, end = select_qt(w, "مسلحا")
    with qtbot.waitSignal(w.entitiesChanged, timeout=60_000):
        w.entity_actions["PERSON"].trigger()
    remove_coalition(qtbot, w)
    dialog = open_dialog(qtbot, w, from_menu=False)
    assert dialog.rows() == [("Added", "Person", "مسلحا"), ("Removed", "Armed actor", "التحالف")]
    dialog.list.topLevelItem(0).setSelected(True)
    with qtbot.waitSignal(w.entitiesChanged, timeout=60_000):
        dialog.undo_selected.click()
    c = ARTICLE_TEXT.index("التحالف")
    assert decisions(w) == [(c, c + len("التحالف"), "ARMED_ACTOR", "remove")]
    assert "مسلحا" not in drawn(w, "PERSON") and "التحالف" not in drawn(w, "ARMED_ACTOR")
    assert dialog.rows() == [("Removed", "Armed actor", "التحالف")]
    assert not any(e["source"] == "user" for e in stored_entities(w))
    ops.wait_for_all(10_000)


def test_undo_all(qtbot, open_window) -> None:
    w = open_window
    select_qt(w, "مسلحا")
    with qtbot.waitSignal(w.entitiesChanged, timeout=60_000):
        w.entity_actions["PERSON"].trigger()
    remove_coalition(qtbot, w)
    dialog = open_dialog(qtbot, w)
    assert len(dialog.rows()) == 2
    with qtbot.waitSignal(w.entitiesChanged, timeout=60_000):
        dialog.undo_all.click()
    assert not dialog.undo_all.isEnabled()  # no second undo while the first runs
    assert decisions(w) == []
    assert "التحالف" in drawn(w, "ARMED_ACTOR") and "مسلحا" not in drawn(w, "PERSON")
    assert dialog.rows() == []
    dialog.close()
    ops.wait_for_all(10_000)


def test_without_decisions_the_dialog_says_so(qtbot, open_window) -> None:
    w = open_window
    dialog = open_dialog(qtbot, w)
    assert dialog.rows() == [] and "No entity corrections" in dialog.info.text()
    assert not dialog.undo_all.isEnabled() and not dialog.undo_selected.isEnabled()
    assert dialog.windowModality() != Qt.WindowModality.NonModal


def test_a_marked_armed_actor_the_lexicon_knows_gets_its_reading(qtbot, open_window) -> None:
    from core.pipeline import analyze

    w = open_window
    [machine] = [e for e in analyze(ARTICLE_TEXT, "2015-08-01").entities if e.text == "التحالف"]
    start, end = select_qt(w, "التحالف")
    with qtbot.waitSignal(w.entitiesChanged, timeout=60_000):
        w.entity_actions["ARMED_ACTOR"].trigger()
    db = store.open_db(w.db_path)
    assert [d["attrs"] for d in store.list_entity_corrections(db, 1)] == [{}]  # stored as the analyst gave it
    db.close()
    [mine] = [e for e in stored_entities(w) if e["source"] == "user"]
    assert (mine["start"], mine["end"]) == (start, end)
    assert mine["attrs"]["actor_type"] == "external" and mine["attrs"]["inter"] == 8
    assert mine["attrs"]["name_en"] == machine.attrs["name_en"]  # the lexicon's reading, as the machine's span has it
    assert any((i.get("actor1") or {}).get("inter") == 8 for i in w.article.incidents)
