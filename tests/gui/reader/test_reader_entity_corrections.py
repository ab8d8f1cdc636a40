"""The analyst corrects entities in the reader: select words after an emoji, mark them (context
menu or Notes → Mark as entity), the article is analysed again off the GUI thread, and the new
highlight sits on exactly the selected characters; an entity is removed from its context menu.
The re-analysis is the real pipeline."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor

from core import store
from gui import ops, theme
from tests.gui.conftest import ARTICLE_TEXT


def select_qt(window, phrase: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Select `phrase` by Qt positions worked out here by hand (the emoji before it is two
    UTF-16 units, the CRLF one paragraph break), not through the reader's conversion, and
    return its code-point offsets."""
    start = ARTICLE_TEXT.index(phrase)
    shift = 1 - (1 if start > ARTICLE_TEXT.index("\r\n") else 0)
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(start + shift)
    cursor.setPosition(start + len(phrase) + shift, QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)
    assert cursor.selectedText() == phrase
    return start, start + len(phrase)


def drawn(window, label: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Texts the reader colours in `label`'s colour."""
    color = theme.entity_color(label).name()
    return [sel.cursor.selectedText() for sel in window.reader.extraSelections()
            if sel.format.background().color().name() == color]


def point_on(window, phrase: str):  # type: ignore[no-untyped-def]
    """A viewport point on the middle of `phrase` (for a right-click)."""
    start = ARTICLE_TEXT.index(phrase) + len(phrase) // 2
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.offset_map().to_qt(start))
    return window.reader.cursorRect(cursor).center()


def decisions(window) -> list[tuple[int, int, str, str]]:  # type: ignore[no-untyped-def]
    db = store.open_db(window.db_path)
    try:
        return [(d["start"], d["end"], d["label"], d["action"]) for d in store.list_entity_corrections(db, 1)]
    finally:
        db.close()


def stored_entities(window) -> list[dict]:  # type: ignore[no-untyped-def]
    db = store.open_db(window.db_path)
    try:
        return store.get_entities(db, 1)
    finally:
        db.close()


def test_context_menu_offers_mark_as_entity_with_every_label(qtbot, open_window) -> None:
    w = open_window
    select_qt(w, "مسلحا")
    menu = w.reader.build_context_menu(QPoint(20, 20))
    [entity_menu] = [a.menu() for a in menu.actions() if a.menu() is not None and a.text() == "Mark as entity"]
    assert [a.text() for a in entity_menu.actions()] == [
        "Person", "Location", "Organization", "Armed actor", "Weapon", "Number", "Casualty", "Date", "Source"]
    assert entity_menu.actions()[1].icon().pixmap(12, 12).toImage().pixelColor(6, 6) == theme.entity_color("LOCATION")
    assert entity_menu is w.entity_menu  # the same submenu as in Notes, by the highlight actions
    assert any(w.entity_menu.menuAction() in a.menu().actions() for a in w.menuBar().actions() if a.menu())
    menu.deleteLater()


def test_marking_words_after_an_emoji_draws_them_and_stores_the_decision(qtbot, open_window) -> None:
    w = open_window
    start, end = select_qt(w, "مسلحا")  # after the emoji: Qt positions are one ahead
    assert "مسلحا" not in drawn(w, "ARMED_ACTOR")
    with qtbot.waitSignal(w.entitiesChanged, timeout=60_000):
        w.entity_actions["ARMED_ACTOR"].trigger()
    assert "مسلحا" in drawn(w, "ARMED_ACTOR")
    assert decisions(w) == [(start, end, "ARMED_ACTOR", "add")]
    mine = [e for e in stored_entities(w) if e["source"] == "user"]
    assert [(e["start"], e["end"], e["text"]) for e in mine] == [(start, end, "مسلحا")]
    again = w.reopen()  # the decision and the re-analysis are stored
    assert "مسلحا" in drawn(again, "ARMED_ACTOR")


def test_a_location_gets_the_gazetteer_place_and_wins_over_the_machine_span(qtbot, open_window) -> None:
    w = open_window
    start, end = select_qt(w, "دمت")
    w.entity_actions["LOCATION"].trigger()  # the gazetteer's places of this name are looked up first
    qtbot.waitUntil(lambda: w.place_picker is not None and w.place_picker.isVisible(), timeout=30_000)
    picker = w.place_picker
    shown = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert "Damt" in shown[0] and "Ad Dali" in shown[0] and shown[-1].startswith("None of these")
    with qtbot.waitSignal(w.entitiesChanged, timeout=60_000):
        picker.accept()  # the likeliest, selected
    [mine] = [e for e in stored_entities(w) if e["source"] == "user"]
    assert (mine["start"], mine["end"], mine["label"]) == (start, end, "LOCATION")
    assert (mine["attrs"]["name_en"], mine["attrs"]["admin1_en"]) == ("Damt", "Ad Dali")
    assert not any(e["text"] == "مدينة دمت" for e in stored_entities(w))  # the analyst's span won
    assert "دمت" in drawn(w, "LOCATION")
    assert any((i.get("location") or {}).get("name_en") == "Damt" for i in w.article.incidents)


def test_remove_this_entity_from_its_context_menu(qtbot, open_window) -> None:
    w = open_window
    start = ARTICLE_TEXT.index("التحالف")
    assert "التحالف" in drawn(w, "ARMED_ACTOR")
    menu = w.reader.build_context_menu(point_on(w, "التحالف"))
    [remove] = [a for a in menu.actions() if a.objectName() == "removeEntity"]
    assert remove.text().startswith("Remove this entity (Armed actor: ")
    with qtbot.waitSignal(w.entitiesChanged, timeout=60_000):
        remove.trigger()
    menu.deleteLater()
    assert decisions(w) == [(start, start + len("التحالف"), "ARMED_ACTOR", "remove")]
    assert "التحالف" not in drawn(w, "ARMED_ACTOR")  # the re-analysis found it again and dropped it
    assert not any(e["label"] == "ARMED_ACTOR" and e["start"] == start for e in stored_entities(w))


def test_removing_the_analysts_own_entity_takes_the_decision_back(qtbot, open_window) -> None:
    w = open_window
    select_qt(w, "مسلحا")
    with qtbot.waitSignal(w.entitiesChanged, timeout=60_000):
        w.entity_actions["PERSON"].trigger()
    assert len(decisions(w)) == 1
    w.reader.setTextCursor(QTextCursor(w.reader.document()))  # no selection
    menu = w.reader.build_context_menu(point_on(w, "مسلحا"))
    [remove] = [a for a in menu.actions() if a.objectName() == "removeEntity"]
    with qtbot.waitSignal(w.entitiesChanged, timeout=60_000):
        remove.trigger()
    menu.deleteLater()
    assert decisions(w) == []
    assert "مسلحا" not in drawn(w, "PERSON")
    ops.wait_for_all(10_000)


def test_marking_without_a_selection_says_what_to_do(qtbot, open_window) -> None:
    w = open_window
    w.reader.setTextCursor(QTextCursor(w.reader.document()))
    w.entity_actions["PERSON"].trigger()
    assert "Select the words" in w.statusBar().currentMessage()
    assert decisions(w) == []


def test_a_location_the_analyst_says_the_gazetteer_does_not_know_is_marked_bare(qtbot, open_window) -> None:
    w = open_window
    start, end = select_qt(w, "دمت")
    w.entity_actions["LOCATION"].trigger()
    qtbot.waitUntil(lambda: w.place_picker is not None and w.place_picker.isVisible(), timeout=30_000)
    w.place_picker.list.setCurrentRow(w.place_picker.list.count() - 1)
    with qtbot.waitSignal(w.entitiesChanged, timeout=60_000):
        w.place_picker.accept()
    db = store.open_db(w.db_path)
    assert [(d["start"], d["end"], d["label"], d["attrs"]) for d in store.list_entity_corrections(db, 1)] == [
        (start, end, "LOCATION", {})]
    db.close()
    [mine] = [e for e in stored_entities(w) if e["source"] == "user"]
    assert (mine["text"], mine["attrs"]) == ("دمت", {})
