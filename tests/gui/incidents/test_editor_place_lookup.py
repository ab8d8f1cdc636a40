"""A place typed in the incident editor fills its governorate from the gazetteer, as the analysis
reads places (in the article's context), and a name several governorates share offers them;
the editor's hints name no Yemeni example in every article, and its date hint is Arabic in the
Arabic interface. Before, typing «دوما» left the governorate empty, the hint said «مثل: الضالع»
in a Syrian article and the date field said «yyyy-mm-dd»."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from gui import ops
from gui.incidents.editor import IncidentEditor

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

CAMP = {"text": "معسكر لبوزة", "name_ar": "معسكر لبوزة", "admin1_ar": "لحج", "admin1_en": "Lahij"}
INCIDENT = {"event_type": "Battles", "sub_event_type": "Armed clash", "location": CAMP, "fatalities": 7}
DOUMA_SY = {"name_ar": "دوما", "name_en": "Douma", "admin1_ar": "ريف دمشق", "admin1_en": "Rural Damascus",
            "country": "Syria", "kind": "city"}
DOUMA_PS = {"name_ar": "دوما", "name_en": "Duma", "admin1_ar": "نابلس", "admin1_en": "Nablus",
            "country": "Palestine", "kind": "town"}


def _type(line, text: str) -> None:  # type: ignore[no-untyped-def]
    line.selectAll()
    QApplication.sendEvent(line, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, text))


def test_a_typed_place_asks_for_a_lookup_and_its_answer_fills_the_governorate(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = IncidentEditor(INCIDENT)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.placeLookupRequested, timeout=3000) as asked:
        _type(editor.location, "دوما")
    assert asked.args == ["دوما"]
    editor.set_place_choices("دوما", [DOUMA_SY, DOUMA_PS])
    assert editor.admin1.text() == "ريف دمشق"  # the likeliest in the article's context
    assert editor.place_choices.count() == 2 and not editor.place_choices.isHidden()
    editor.place_choices.setCurrentIndex(1)
    editor.place_choices.activated.emit(1)
    assert editor.admin1.text() == "نابلس"
    assert editor.values()["location"]["admin1_ar"] == "نابلس"
    editor.set_place_choices("حلب", [DOUMA_SY])  # an answer for a name no longer typed: dropped
    assert editor.admin1.text() == "نابلس"


def test_one_governorate_no_choice_and_a_typed_governorate_wins(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = IncidentEditor(INCIDENT)
    qtbot.addWidget(editor)
    _type(editor.location, "دوما")
    editor.set_place_choices("دوما", [DOUMA_SY])
    assert editor.admin1.text() == "ريف دمشق" and editor.place_choices.isHidden()
    _type(editor.admin1, "حمص")
    _type(editor.location, "دوما")
    editor.set_place_choices("دوما", [DOUMA_SY, DOUMA_PS])
    assert editor.admin1.text() == "حمص"
    _type(editor.location, "معسكر لبوزة")  # the old place typed back: no lookup, no choice
    assert editor.place_choices.isHidden()


def test_typing_douma_in_the_open_article_fills_rif_dimashq(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Through the main window: the lookup runs as an Op on the gazetteer (no NLP)."""
    w = open_window
    w.incidents.select_row(0)
    w.incidents.action_edit.trigger()
    editor = w.editor
    _type(editor.location, "دوما")
    qtbot.waitUntil(lambda: editor.admin1.text() != "", timeout=20_000)
    ops.wait_for_all(10_000)
    assert editor.admin1.text() == "ريف دمشق"  # a Yemeni article still finds Syria's Douma first
    assert editor.place_choices.count() >= 2 and not editor.place_choices.isHidden()
    editor.reject()


def test_no_yemeni_example_and_an_arabic_date_hint(qtbot, arabic) -> None:  # type: ignore[no-untyped-def]
    editor = IncidentEditor(INCIDENT)
    qtbot.addWidget(editor)
    for line in (editor.location, editor.admin1, editor.actor1, editor.actor2):
        assert not any(w in line.placeholderText() for w in ("الضالع", "دمت", "الحوثيون", "المقاومة"))
        assert line.placeholderText() and not any(c.isascii() and c.isalpha() for c in line.placeholderText())
    hint = editor.date.placeholderText()
    assert "yyyy" not in hint and "2015-08-02" in hint
