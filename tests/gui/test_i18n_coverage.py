"""With the Arabic translator loaded, no English text from our catalogue is left on screen,
and mixed-direction status messages carry direction isolates (they render in logical order)."""

from __future__ import annotations

import importlib.resources
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QTableView, QTableWidget, QWidget

from gui import ops
from gui.bidi import FSI, PDI, strip_isolates

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def catalogue() -> set[str]:
    """English source texts (mnemonic & removed) whose Arabic translation differs from them."""
    ts = importlib.resources.files("resources") / "translations" / "marsad_ar.ts"
    out = set()
    for m in ET.fromstring(ts.read_bytes()).iter("message"):
        source = m.findtext("source") or ""
        translation = m.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if "%" not in source and source not in forms and len(source) > 1:
            out.add(source.replace("&", ""))
    return out


def shown_texts(widget: QWidget) -> list[str]:
    """Texts an analyst reads in `widget` and its children: labels, buttons, placeholders, tooltips,
    group titles, table headers and actions."""
    texts: list[str] = [widget.windowTitle()]
    for w in [widget, *widget.findChildren(QWidget)]:
        texts.append(w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QTableView | QTableWidget) and w.model() is not None:
            model = w.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
        for action in w.actions():
            texts += [action.text(), action.toolTip()]
    return [t.replace("&", "") for t in texts if t]


def untranslated(widget: QWidget) -> set[str]:
    english = catalogue()
    return {t for t in shown_texts(widget) if t in english}


def _window(qtbot, article_db):  # type: ignore[no-untyped-def]
    from gui.main_window import MainWindow

    w = MainWindow(article_db)
    w.remember_layout = False
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.articleShown, timeout=10_000):
        w.refresh_library()
    w.library.filter_button.setChecked(True)
    w.find_bar.open_bar()
    return w


def test_catalogue_is_big_enough_to_mean_something() -> None:
    english = catalogue()
    assert len(english) > 150
    assert {"Library", "Filters", "Killed", "Person", "Show:"} <= english


def test_english_window_shows_catalogue_texts(qtbot, article_db) -> None:  # type: ignore[no-untyped-def]
    """The check below can fail: in English the same walk finds the source texts."""
    w = _window(qtbot, article_db)
    found = untranslated(w)
    assert {"Library", "Filters", "Show:", "Location", "Event type"} <= found
    ops.wait_for_all(10_000)


def test_no_english_left_in_the_arabic_window(qtbot, arabic, article_db) -> None:  # type: ignore[no-untyped-def]
    w = _window(qtbot, article_db)
    assert untranslated(w) == set()
    texts = shown_texts(w)
    for expected in ("المكتبة", "تصفية", "إظهار:", "مكان", "نوع الحدث", "القتلى", "التظليلات والملاحظات"):
        assert any(expected in t for t in texts), expected
    assert w.library.count.text() == "مقال واحد"
    assert w.incidents.title.text() == "الحوادث (%d)" % len(w.article.incidents)
    ops.wait_for_all(10_000)


def test_no_english_left_in_arabic_dialogs(qtbot, arabic, article_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from gui.dialogs.export_dialog import ExportDialog, ScopeContext
    from gui.dialogs.shortcuts import ShortcutsDialog
    from gui.incidents.editor import IncidentEditor
    from gui.notes import HighlightDialog
    from gui.reader.mentions import MentionsDialog

    w = _window(qtbot, article_db)
    dialogs = [ExportDialog(article_db, ScopeContext(current_article_id=1, current_title="اشتباكات في دمت"), w),
               ShortcutsDialog(w.menuBar(), w), IncidentEditor(w.article.incidents[0], w), HighlightDialog("دمت", parent=w),
               MentionsDialog(w)]
    dialogs[-1].set_mentions("LOCATION", "دمت", "Damt", [])
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert untranslated(dialog) == set(), type(dialog).__name__
    editor = dialogs[2]
    assert editor.event_type.currentText() == "معارك" and editor.event_type.currentData() == "Battles"
    assert "إشارة" in dialogs[-1].heading.text() or "لا" in dialogs[-1].heading.text()
    ops.wait_for_all(10_000)


def test_status_bar_counts_are_isolated_and_translated(qtbot, arabic, article_db) -> None:  # type: ignore[no-untyped-def]
    w = _window(qtbot, article_db)
    message = w.statusBar().currentMessage()
    assert message.startswith(FSI) and message.endswith(PDI)  # one first-strong unit: numbers stay in place
    plain = strip_isolates(message)
    n_entities, n_incidents = len(w.article.entities), len(w.article.incidents)
    assert plain.startswith(("لا كيانات", "كيان", f"{n_entities} كيان"))
    assert "حادث" in plain and "entities" not in plain
    # logical order: the entity count comes before the incident count, as written
    assert plain.index("كيان") < plain.index("حادث")
    if n_entities > 2:
        assert plain.startswith(str(n_entities))
    ops.wait_for_all(10_000)


def test_english_status_bar_reads_as_before(qtbot, article_db) -> None:  # type: ignore[no-untyped-def]
    w = _window(qtbot, article_db)
    plain = strip_isolates(w.statusBar().currentMessage())
    assert plain.startswith(f"{len(w.article.entities)} entities, {len(w.article.incidents)} incident")
    ops.wait_for_all(10_000)


def test_the_export_scope_of_a_search_is_told_in_arabic(qtbot, arabic, article_db) -> None:  # type: ignore[no-untyped-def]
    """The export dialog's "library search" choice names the search and filters in Arabic too
    (it showed "search “…”, governorate …" inside the Arabic label)."""
    import re

    from core.store.library import LibraryQuery
    from gui.dialogs.export_dialog import ExportDialog, ScopeContext

    q = LibraryQuery(text="التحالف", governorate="الضالع", starred=True)
    dialog = ExportDialog(article_db, ScopeContext(current_article_id=1, library_query=q))
    qtbot.addWidget(dialog)
    label = strip_isolates(dialog.scope_buttons["search"].text())
    assert not re.search("[A-Za-z]", label), label
    assert label == "نتيجة المكتبة: بحث «التحالف»، المحافظة الضالع، المميَّزة بنجمة"


def test_the_export_scope_of_a_search_in_english(qtbot, article_db) -> None:  # type: ignore[no-untyped-def]
    from core.store.library import LibraryQuery
    from gui.dialogs.export_dialog import ExportDialog, ScopeContext

    q = LibraryQuery(text="التحالف", governorate="الضالع", starred=True)
    dialog = ExportDialog(article_db, ScopeContext(current_article_id=1, library_query=q))
    qtbot.addWidget(dialog)
    label = strip_isolates(dialog.scope_buttons["search"].text())
    # the governorate as the filter's list shows it in English (gui.i18n.governorate_name)
    assert label == "The library's search “التحالف”, governorate Ad Dali, starred"


def _mnemonic(text: str) -> str | None:
    """The letter after a single «&» (the Alt key of a menu entry), lower-cased; None without one."""
    import re

    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", ["en", "ar"])
def test_no_two_entries_of_a_menu_share_their_alt_key(qtbot, article_db, qapp, language) -> None:  # type: ignore[no-untyped-def]
    """Alt+letter must open one entry: «است&عادة» and «الإ&عدادات» had both taken ع in the File menu."""
    from gui import i18n

    i18n.install_language(qapp, language)
    try:
        w = _window(qtbot, article_db)
        menus = [w.menuBar(), *(a.menu() for a in w.menuBar().actions() if a.menu())]
        for menu in menus:
            keys = [k for a in menu.actions() if (k := _mnemonic(a.text()))]
            assert len(keys) == len(set(keys)), (menu.title() if hasattr(menu, "title") else "menu bar", keys)
    finally:
        i18n.install_language(qapp, "en")
