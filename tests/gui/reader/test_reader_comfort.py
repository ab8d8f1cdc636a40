"""Reading comfort: find in article (folded spelling, exact characters after emoji and CRLF),
text size, tooltips with canonical names, an entity's mentions across the library, shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QTest

from core import store
from core.ingest.model import ArticleIn
from gui import theme
from gui.dialogs.shortcuts import ShortcutsDialog, menu_shortcuts
from gui.reader import ReaderView
from gui.reader.highlights import Highlight, tooltip_lines
from tests.gui.conftest import ARTICLE_TEXT, machine_analysis


def hit_texts(view: ReaderView) -> list[tuple[str, str]]:
    colors = {theme.FIND_COLOR, theme.FIND_CURRENT_COLOR}
    return [(s.cursor.selectedText(), s.format.background().color().name()) for s in view.extraSelections()
            if s.format.background().color().name() in colors]


def test_find_bar_marks_every_hit_and_steps_through_them(qtbot, open_window) -> None:
    w = open_window
    w.action_find.trigger()
    assert w.find_bar.isVisible()
    w.find_bar.line.setText("في")  # «في» three times, after the emoji and across the CRLF
    hits = [ARTICLE_TEXT[s:e] for s, e in w.reader.find_hits()]
    assert hits == ["في"] * ARTICLE_TEXT.split().count("في")
    drawn = hit_texts(w.reader)
    assert [t for t, _ in drawn] == hits
    assert [c for _, c in drawn].count(theme.FIND_CURRENT_COLOR) == 1
    assert w.find_bar.count.text() == f"1 / {len(hits)}"
    first = w.reader.selected_span()
    assert ARTICLE_TEXT[first[0]:first[1]] == "في"
    w.action_find_next.trigger()
    assert w.find_bar.count.text() == f"2 / {len(hits)}" and w.reader.selected_span() == w.reader.find_hits()[1]
    w.action_find_prev.trigger()
    w.action_find_prev.trigger()  # wraps to the last
    assert w.find_bar.count.text() == f"{len(hits)} / {len(hits)}"
    QTest.keyClick(w.find_bar.line, Qt.Key.Key_Return)
    assert w.find_bar.count.text() == f"1 / {len(hits)}"
    w.find_bar.line.setText("غير موجود")
    assert w.find_bar.count.text() == "no hits" and hit_texts(w.reader) == []
    QTest.keyClick(w.find_bar.line, Qt.Key.Key_Escape)
    assert not w.find_bar.isVisible() and w.reader.find_hits() == []


def test_find_starts_from_the_selection(qtbot, open_window) -> None:
    w = open_window
    start = ARTICLE_TEXT.index("دمت")
    w.reader.reveal(start, start + 3)
    w.action_find.trigger()
    assert w.find_bar.line.text() == "دمت" and w.reader.find_hits() == [(start, start + 3)]


def test_text_size_keys(qtbot, open_window) -> None:
    w = open_window
    assert QKeySequence("Ctrl+=") in w.action_zoom_in.shortcuts()
    assert w.action_zoom_out.shortcut() == QKeySequence(QKeySequence.StandardKey.ZoomOut)
    size = w.reader.point_size()
    w.action_zoom_in.trigger()
    assert w.reader.point_size() == size + 1
    w.action_zoom_out.trigger()
    w.action_zoom_out.trigger()
    assert w.reader.point_size() == size - 1
    w.action_zoom_reset.trigger()
    assert w.reader.point_size() == theme.READER_POINT_SIZE


def test_tooltip_gives_names_hierarchy_coordinates_and_actor_type() -> None:
    place = Highlight(0, 3, "LOCATION", "gazetteer", "دمت", {
        "kind": "district", "name_ar": "دمت", "name_en": "Damt", "admin2_ar": "دمت", "admin1_ar": "الضالع",
        "admin1_en": "Ad Dali", "country": "Yemen", "lat": 14.09031, "lon": 44.67006, "place_id": "ye:d:291"})
    lines = tooltip_lines(place)
    assert lines[0] == "LOCATION · district: دمت"
    assert "دمت — Damt" in lines
    assert "in دمت › الضالع / Ad Dali › Yemen" in lines
    assert "14.0903° N, 44.6701° E" in lines
    assert not any("place_id" in line for line in lines)
    actor = Highlight(0, 3, "ARMED_ACTOR", "lexicon", "الحوثيين", {
        "name_ar": "الحوثيون", "name_en": "Houthis", "actor_type": "rebel", "inter": 2})
    assert "actor type: rebel group (ACLED inter 2)" in tooltip_lines(actor)


def test_clicking_an_entity_lists_its_mentions_across_the_library(qtbot, open_window) -> None:
    w = open_window
    db = store.open_db(w.db_path)
    other_text = "وصلت تعزيزات إلى مديرية دمت صباح اليوم."
    other, _ = store.add_article(db, ArticleIn(title="تعزيزات إلى دمت", text=other_text, published="2015-08-05"))
    s = other_text.index("دمت")
    analysis = machine_analysis()
    analysis["entities"] = [{"start": s, "end": s + 3, "label": "LOCATION", "text": "دمت",
                             "attrs": {"place_id": "ye:d:291"}}]
    analysis["incidents"] = []
    store.save_analysis(db, other, analysis)
    db.conn.close()
    # A real click on the highlighted word in the reader.
    start = ARTICLE_TEXT.index("دمت")
    cursor = QTextCursor(w.reader.document())
    cursor.setPosition(w.reader.offset_map().to_qt(start + 1))
    point = w.reader.cursorRect(cursor).center()
    with qtbot.waitSignal(w.mentionsShown, timeout=10_000) as shown:
        QTest.mouseClick(w.reader.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    rows = shown.args[0]
    assert [(r["article_id"], r["text"]) for r in rows] == [(other, "دمت"), (1, "دمت")]  # newest first
    dialog = w.mentions
    assert dialog.isVisible() and dialog.table.rowCount() == 2
    assert "2 mentions in 2 articles" in dialog.heading.text()
    assert "«دمت»" in dialog.table.item(0, 2).text()
    with qtbot.waitSignal(w.articleShown, timeout=10_000):
        dialog.on_item_activated(dialog.table.item(0, 0))
    assert w.article.id == other and w.reader.selected_span() == (s, s + 3)


def test_a_drag_selection_is_not_a_click(qtbot, open_window) -> None:
    w = open_window
    got: list[object] = []
    w.reader.entityClicked.connect(got.append)
    start = ARTICLE_TEXT.index("دمت")
    cursor = QTextCursor(w.reader.document())
    cursor.setPosition(w.reader.offset_map().to_qt(start + 1))
    a = w.reader.cursorRect(cursor).center()
    QTest.mousePress(w.reader.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    QTest.mouseRelease(w.reader.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       a + QPoint(60, 0))
    assert got == []


def test_shortcuts_dialog_lists_every_frequent_action(qtbot, open_window) -> None:
    w = open_window
    listed = {text: keys for _, keys, text in menu_shortcuts(w.menuBar())}
    native = QKeySequence.SequenceFormat.NativeText
    for action in (w.action_find, w.action_highlight, w.action_highlight_note, w.action_star, w.action_read,
                   w.action_tags, w.action_note, w.action_search, w.action_filters, w.action_next_article,
                   w.incidents.action_edit, w.incidents.action_confirm, w.incidents.action_reject,
                   w.incidents.action_add, w.action_zoom_in, w.action_import):
        assert listed[action.text().replace("&", "").rstrip(".…")].startswith(action.shortcut().toString(native))
    keys = [k for _, k, _ in menu_shortcuts(w.menuBar())]
    assert len(keys) == len(set(keys)), "two actions share a shortcut"
    dialog = ShortcutsDialog(w.menuBar(), w)
    qtbot.addWidget(dialog)
    assert ("Notes", QKeySequence("Ctrl+H").toString(native), "Highlight selection") in dialog.rows()


def test_tooltip_in_arabic_names_attrs_in_arabic_and_keeps_coordinates_whole(arabic) -> None:  # type: ignore[no-untyped-def]
    """The Arabic interface showed a casualty's "role: killed", "qualifier: at_least",
    "count_start: 475", "found by: rule", a place's "in … › Yemen" and its coordinates reordered
    by the right-to-left paragraph ("N, 44.7683° E °13.9225")."""
    from gui.bidi import LRI, PDI
    from gui.reader.view import tooltip_html

    casualty = Highlight(0, 3, "CASUALTY", "rule", "لقوا حتفهم", {
        "role": "killed", "count": 12, "count_start": 475, "count_end": 487, "whose_start": 488,
        "qualifier": "at_least", "vague": False, "some_new_attr": "x"})
    lines = tooltip_lines(casualty)
    assert "الدور: قتلى" in lines and "القيد: على الأقل" in lines and "تقريبي: لا" in lines and "العدد: 12" in lines
    assert "وجده: قاعدة" in lines and "some_new_attr: x" in lines  # what is not listed is shown as it is
    assert not any("_start" in line or "_end" in line for line in lines)
    place = Highlight(0, 3, "LOCATION", "gazetteer", "دمت", {
        "kind": "district", "name_ar": "دمت", "name_en": "Damt", "admin1_ar": "الضالع", "country": "Yemen",
        "lat": 14.09031, "lon": 44.67006})
    lines = tooltip_lines(place)
    assert lines[0].endswith("مديرية: دمت") and "في الضالع › اليمن" in lines
    assert f"{LRI}14.0903° N, 44.6701° E{PDI}" in tooltip_html(place)


def test_tooltip_in_english_leaves_offsets_out() -> None:
    casualty = Highlight(0, 3, "CASUALTY", "rule", "killed", {"role": "killed", "count_start": 4, "whose_end": 9})
    assert tooltip_lines(casualty)[1:] == ["role: killed", "found by: rule"]


def test_tooltip_in_arabic_names_a_weapon_and_a_date_precision_in_arabic(arabic) -> None:  # type: ignore[no-untyped-def]
    """A weapon showed only the lexicon's English name ("Armed vehicle", "Tank"), a date's
    precision a bare number ("الدقة: 1")."""
    import json
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication

    from gui.bidi import has_rtl
    from gui.reader.highlights import WEAPON_NAMES

    tank = Highlight(0, 3, "WEAPON", "lexicon", "دبابة", {"id": "tank", "name_en": "Tank", "category": "tank"})
    lines = tooltip_lines(tank)
    assert lines[1] == "دبابة" and "Tank" not in "\n".join(lines) and "الفئة: دبابات" in lines
    vehicle = Highlight(0, 3, "WEAPON", "lexicon", "طقم", {"id": "x", "name_en": "Armed vehicle", "category": "military_vehicle"})
    assert tooltip_lines(vehicle)[1] == "آلية مسلحة"
    lexicon = json.loads((Path(__file__).parents[3] / "resources/lexicons/weapons.json").read_text(encoding="utf-8"))
    for weapon in lexicon["weapons"]:  # every weapon of the lexicon has an Arabic name
        assert weapon["name_en"] in WEAPON_NAMES and has_rtl(QCoreApplication.translate("WeaponName", weapon["name_en"]))
    for precision, word in ((1, "يوم"), (2, "أسبوع"), (3, "شهر"), (4, "سنة")):
        date = Highlight(0, 3, "DATE", "rule", "أمس", {"precision": precision, "relative": True, "iso": "2015-05-01"})
        assert f"الدقة: {word}" in tooltip_lines(date)


def test_tooltip_in_english_names_a_weapon_and_a_date_precision() -> None:
    tank = Highlight(0, 3, "WEAPON", "lexicon", "دبابة", {"id": "tank", "name_en": "Tank", "category": "tank"})
    assert tooltip_lines(tank)[1] == "Tank"
    date = Highlight(0, 3, "DATE", "rule", "أمس", {"precision": 2})
    assert "precision: week" in tooltip_lines(date)
