"""Actors and places are named in the interface's language: in the English interface core's
English name (ACLED's, the gazetteer's) or, when core has none, the Arabic spelled in Latin
letters, with the Arabic in the tooltip; the Arabic interface keeps the Arabic names."""

from __future__ import annotations

import pytest

from gui import i18n
from gui.bidi import strip_isolates
from gui.incidents import IncidentPanel, IncidentTableModel
from gui.incidents.model import COLUMNS, summary_text

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

HEADERS = [c[0] for c in COLUMNS]
INCIDENT = {"event_type": "Battles", "sub_event_type": "Armed clash",
            "actor1": {"text": "الحوثيين", "name_ar": "الحوثيون", "name_en": "Houthis"},
            "actor2": {"text": "المليشيات", "name_ar": "", "name_en": ""},  # a generic actor: no English name
            "location": {"text": "معسكر لبوزة", "name_ar": "معسكر لبوزة", "name_en": ""},  # not in the gazetteer
            "fatalities": 3, "evidence": [{"start": 0, "end": 5}], "seq": 0,
            "summary_en": "Armed clash between Houthis and المليشيات in معسكر لبوزة",
            "summary_ar": "اشتباك مسلح بين الحوثيين والمليشيات في معسكر لبوزة"}


def _cell(model: IncidentTableModel, header: str, role=None) -> str:  # type: ignore[no-untyped-def]
    index = model.index(0, HEADERS.index(header))
    return strip_isolates(index.data() if role is None else index.data(role))


def test_the_english_interface_names_actors_and_places_in_english(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    model = IncidentTableModel()
    model.set_incidents([INCIDENT])
    qtmodeltester.check(model)
    assert _cell(model, "Actor 1") == "Houthis"  # core's English name
    assert _cell(model, "Actor 2") == "Al Malishyat"  # none: spelled in Latin letters
    assert _cell(model, "Location") == "Labouza Camp"
    tip = _cell(model, "Location", Qt.ItemDataRole.ToolTipRole)
    assert "Location: Labouza Camp (معسكر لبوزة)" in tip  # the Arabic kept in the tooltip
    assert "Actor 1: Houthis (الحوثيون)" in _cell(model, "Actor 1", Qt.ItemDataRole.ToolTipRole)
    # core's English summary names them in Arabic where it has no English name
    assert summary_text(INCIDENT) == "Armed clash between Houthis and Al Malishyat in Labouza Camp"


def test_the_details_under_the_table_name_them_in_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = IncidentPanel()
    qtbot.addWidget(panel)
    panel.resize(525, 600)
    panel.show()
    panel.set_incidents([INCIDENT])
    panel.select_row(0)
    details = strip_isolates(panel.summary.toPlainText())
    assert "Actor 1: Houthis · Actor 2: Al Malishyat" in details, details
    assert "in Labouza Camp" in details and "معسكر" not in details


def test_the_arabic_interface_keeps_the_arabic_names(qapp, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    assert i18n.install_language(qapp, "ar") == "ar"
    try:
        model = IncidentTableModel()
        model.set_incidents([INCIDENT])
        assert _cell(model, "Actor 1") == "الحوثيون"
        assert _cell(model, "Actor 2") == "المليشيات"
        assert _cell(model, "Location") == "معسكر لبوزة"
        assert model.index(0, HEADERS.index("Location")).data().startswith("\u2067")  # an Arabic cell isolated
        assert "(Houthis)" in _cell(model, "Actor 1", Qt.ItemDataRole.ToolTipRole)  # the English in the tooltip
        assert summary_text(INCIDENT) == INCIDENT["summary_ar"]
    finally:
        i18n.install_language(qapp, "en")


def test_the_arabic_interface_shows_places_without_vowel_marks(qapp) -> None:  # type: ignore[no-untyped-def]
    """The gazetteer writes a few governorates fully vowelled («عَسِيْر»): the place cell, as the
    filter lists and the exports, shows them bare."""
    from gui.summary.data import map_points
    from core.export.scope import ExportIncident

    place = {"text": "أبها", "name_ar": "أَبْهَا", "name_en": "Abha", "kind": "city", "admin1_ar": "عَسِيْر",
             "admin1_en": "Asir", "lat": 18.22, "lon": 42.5}
    assert i18n.install_language(qapp, "ar") == "ar"
    try:
        model = IncidentTableModel()
        model.set_incidents([{**INCIDENT, "location": place}])
        assert _cell(model, "Location") == "أبها"
        assert i18n.place_name({"name_ar": "عَسِيْر"}) == "عسير"
        points, _ = map_points([ExportIncident({"id": 1, "title": ""}, {**INCIDENT, "location": place}, 0)])
        assert points[0].place_ar == "أبها"
    finally:
        i18n.install_language(qapp, "en")
