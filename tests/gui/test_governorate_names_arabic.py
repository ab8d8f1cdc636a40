"""The Arabic interface names every country's governorates in Arabic: the library's governorate
filter listed Iraq's, Syria's and Libya's in English («Al Anbar», «Rif Dimashq», «Banghazi») beside
Yemen's in Arabic, and the Export dialog's scope read «الحدث Battles»."""

from __future__ import annotations

import pytest

from core.store.library import LibraryQuery
from gui.dialogs.export_dialog import ExportDialog, ScopeContext

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_governorate_filter_names_other_countries_governorates_in_arabic(qtbot, arabic) -> None:  # type: ignore[no-untyped-def]
    from gui.library.pane import LibraryPane

    pane = LibraryPane()
    qtbot.addWidget(pane)
    pane.set_facets({"governorates": ["Al-Anbar", "Lahij", "Rural Damascus", "Benghazi", "Nowhere Province"],
                     "event_types": ["Battles"]})
    combo = pane.governorate
    shown = {combo.itemData(i): combo.itemText(i) for i in range(1, combo.count())}
    assert shown == {"Al-Anbar": "الأنبار", "Lahij": "لحج", "Rural Damascus": "ريف دمشق", "Benghazi": "بنغازي",
                     "Nowhere Province": "Nowhere Province"}  # a name the gazetteer lacks stays as it is
    # the filter still asks the store for the stored English name
    combo.setCurrentIndex(combo.findData("Al-Anbar"))
    assert pane.query().governorate == "Al-Anbar"


def test_the_governorate_filter_is_in_the_order_of_the_arabic_names(qtbot, arabic) -> None:  # type: ignore[no-untyped-def]
    """Sorted by the stored English names, the Arabic list read «عسير، أبين، الضالع، عدن، الأنبار…»."""
    from gui.library.pane import LibraryPane

    pane = LibraryPane()
    qtbot.addWidget(pane)
    pane.set_facets({"governorates": ["Asir", "Abyan", "Ad Dali", "Aden", "Al-Anbar", "Aleppo"]})
    shown = [pane.governorate.itemText(i) for i in range(1, pane.governorate.count())]
    assert shown == ["أبين", "الأنبار", "الضالع", "حلب", "عدن", "عسير"]  # bare, as the others (session 37)
    assert pane.governorate.itemData(1) == "Abyan"


def test_the_governorate_filter_stays_english_in_the_english_interface(qtbot) -> None:  # type: ignore[no-untyped-def]
    from gui.library.pane import LibraryPane

    pane = LibraryPane()
    qtbot.addWidget(pane)
    pane.set_facets({"governorates": ["Al-Anbar", "Lahij"]})
    assert [pane.governorate.itemText(i) for i in range(1, pane.governorate.count())] == ["Al-Anbar", "Lahij"]


def test_the_export_dialog_names_the_filters_in_arabic(qtbot, arabic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from core import store

    db = tmp_path / "lib.db"
    store.open_db(db).conn.close()
    dialog = ExportDialog(str(db), ScopeContext(library_query=LibraryQuery(event_type="Battles", governorate="Al-Anbar")))
    qtbot.addWidget(dialog)
    text = dialog.scope_buttons["search"].text()
    assert "معارك" in text and "الأنبار" in text
    assert "Battles" not in text and "Al-Anbar" not in text
