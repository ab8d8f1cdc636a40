"""The Arabic interface: Qt translations from the shipped .qm, right-to-left layout, and back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from gui import i18n, ops

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_arabic_translations_and_mirrored_layout(qtbot, arabic, article_db) -> None:  # type: ignore[no-untyped-def]
    from gui.main_window import MainWindow

    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("MainWindow", "&File") == "&ملف"
    w = MainWindow(article_db)
    w.remember_layout = False
    qtbot.addWidget(w)
    titles = [a.text() for a in w.menuBar().actions()]
    assert titles[:3] == ["&ملف", "&تحرير", "&عرض"]
    assert [w.side_tabs.tabText(i) for i in range(w.side_tabs.count())] == ["الحوادث", "الملاحظات", "الملخص"]
    assert w.action_settings.text().split("\t")[0] == "الإ&عدادات…"  # its key after a tab: test below
    assert w.summary.scope.itemText(0) == "المقال المفتوح"
    assert w.isRightToLeft() and w.summary.isRightToLeft()
    assert not w.summary.map.isRightToLeft()  # a map is never mirrored
    assert w.summary.map.arabic_labels
    ops.wait_for_all(10_000)


def test_back_to_english(qapp) -> None:  # type: ignore[no-untyped-def]
    i18n.install_language(qapp, "ar")
    assert i18n.install_language(qapp, "en") == "en"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert not i18n.is_rtl()


def test_every_shipped_text_is_translated() -> None:
    import importlib.resources
    import xml.etree.ElementTree as ET

    ts = importlib.resources.files("resources") / "translations" / "marsad_ar.ts"
    messages = list(ET.fromstring(ts.read_bytes()).iter("message"))
    assert len(messages) > 50
    unfinished = [m.findtext("source") for m in messages if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []


def test_count_texts_go_through_one_helper(qapp) -> None:  # type: ignore[no-untyped-def]
    """`plural(translate(ctx, text, None, n), n)` was written out at nine places; it is
    `i18n.translate_n(ctx, text, n)`: Arabic's form from the translation, English's "(s)" resolved."""
    import re
    from pathlib import Path

    assert i18n.translate_n("BackupRestore", "%n article(s)", 1) == "1 article"
    assert i18n.translate_n("BackupRestore", "%n article(s)", 3) == "3 articles"
    i18n.install_language(qapp, "ar")
    try:
        arabic = i18n.translate_n("BackupRestore", "%n article(s)", 3)
        assert arabic == QCoreApplication.translate("BackupRestore", "%n article(s)", None, 3)
        assert "3" in arabic and "(s)" not in arabic and "article" not in arabic
    finally:
        i18n.install_language(qapp, "en")
    gui = Path(__file__).resolve().parents[2] / "gui"
    spelt_out = [f"{path.relative_to(gui)}:{text.count(chr(10), 0, m.start()) + 1}"
                 for path in gui.rglob("*.py") for text in [path.read_text(encoding="utf-8")]
                 for m in re.finditer(r"plural\(translate\([^()]*None,", text)]
    assert spelt_out == []


def test_star_button_and_point_size_unit_in_arabic(qtbot, arabic) -> None:  # type: ignore[no-untyped-def]
    """The Notes tab's star button ("☆ Star" / "★ Starred") and the settings' " pt" were written
    without tr(): English in the Arabic interface."""
    from gui.dialogs import settings_dialog as prefs
    from gui.notes import NotesPane

    pane = NotesPane()
    qtbot.addWidget(pane)
    for on in (False, True):
        pane.star.setChecked(on)
        pane._paint_star()
        assert "Star" not in pane.star.text() and any("\u0600" <= c <= "\u06ff" for c in pane.star.text())
    dialog = prefs.SettingsDialog(prefs.Preferences(language="ar", theme="light", point_size=18, ner_backend="crf"))
    qtbot.addWidget(dialog)
    assert dialog.point_size.suffix() == " نقطة"


def test_the_bundled_sample_source_in_arabic(qtbot, arabic) -> None:  # type: ignore[no-untyped-def]
    """The sample's source, words Marsad wrote ("Bundled sample (user's reference article)"),
    showed in English under the article's title and in the library; other sources stay as imported."""
    import json
    from importlib.resources import files

    samples = json.loads((files("resources") / "samples" / "samples.json").read_text(encoding="utf-8"))
    assert samples[0]["source"] == i18n.SAMPLE_SOURCE
    assert i18n.source_name(i18n.SAMPLE_SOURCE) == "عيّنة مرفقة (مقال مرجعي للمستخدم)"
    assert i18n.source_name("Saba") == "Saba" and i18n.source_name(None) == ""


def test_the_library_filters_have_one_arabic_name(arabic) -> None:  # type: ignore[no-untyped-def]
    """The library's button read «تصفية» and the View menu's item for it «مرشحات المكتبة» (and the
    summary's scope «بحث المكتبة ومرشحاتها»): two words for one thing."""
    from PySide6.QtCore import QCoreApplication

    button = QCoreApplication.translate("LibraryPane", "Filters")
    assert button == "تصفية"
    assert button in QCoreApplication.translate("MainWindow", "Library filters")
    assert "مرشح" not in QCoreApplication.translate("SummaryView", "Library search and filters")


def test_menu_keys_ending_in_a_sign_read_left_to_right(qtbot, arabic, article_db) -> None:  # type: ignore[no-untyped-def]
    """The Arabic View menu drew «=+Ctrl» and «-+Ctrl» for Larger / Smaller text (File › Settings…
    «,+Ctrl»): their key labels are isolated left to right; the shortcuts themselves are unchanged,
    and so are the keys' own labels (Ctrl+F) and the Keyboard shortcuts dialog."""
    from PySide6.QtGui import QKeySequence

    from gui.dialogs.shortcuts import menu_shortcuts
    from gui.main_window import MainWindow

    w = MainWindow(article_db)
    w.remember_layout = False
    qtbot.addWidget(w)
    assert w.action_zoom_out.text() == "تصغير النص\t\u2066Ctrl+-\u2069"
    assert w.action_settings.text() == "الإ&عدادات…\t\u2066Ctrl+,\u2069"
    assert w.action_zoom_out.shortcut() == QKeySequence(QKeySequence.StandardKey.ZoomOut)
    assert "\t" not in w.action_find.text()  # Ctrl+F draws right as it is
    rows = menu_shortcuts(w.menuBar())
    assert ("عرض", "Ctrl+-", "تصغير النص") in rows and not any("\t" in r[2] for r in rows)
    ops.wait_for_all(10_000)


def test_english_menus_keep_their_texts(qtbot, article_db) -> None:  # type: ignore[no-untyped-def]
    from gui.main_window import MainWindow

    w = MainWindow(article_db)
    w.remember_layout = False
    qtbot.addWidget(w)
    assert w.action_zoom_out.text() == "Smaller text" and w.action_settings.text() == "&Settings…"
    ops.wait_for_all(10_000)


def test_the_undated_hint_agrees_with_one_and_two_articles(arabic) -> None:  # type: ignore[no-untyped-def]
    """«مقال واحد … فحوادثها … حدّد المقالات»: one article's incidents were «hers» and the analyst was
    told to select «the articles»; two were «theirs» in the plural. Seen in the import message of
    one undated .txt file among three."""
    from gui.main_window import undated_hint

    one, two, three = undated_hint(1), undated_hint(2), undated_hint(3)
    assert one.startswith("مقال واحد") and "فحوادثه بلا" in one and "حدّده في المكتبة" in one
    assert "ولمقال واحد" not in one and "«تفاصيل المقال…»" in one
    assert two.startswith("مقالان") and "فحوادثهما بلا" in two and "حدّدهما في المكتبة" in two
    assert three.startswith("3 مقالات") and "فحوادثها بلا" in three
