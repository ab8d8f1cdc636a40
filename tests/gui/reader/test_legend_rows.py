"""The legend's eleven chips at 1100×700: "Civilians, protesters 1" pushed the Arabic legend to a
third row and the English one to a fourth, over the text being read. Short chip names (the full
one in the tooltip) and tight chips keep it to two rows in Arabic and three in English."""

from __future__ import annotations

import pytest

from gui import theme

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

# The bundled sample's counts: every label but person, organisation and other names.
SAMPLE_COUNTS = {"LOCATION": 21, "ARMED_ACTOR": 42, "CIVILIANS": 1, "WEAPON": 12, "NUMBER": 9, "CASUALTY": 11,
                 "DATE": 1, "SOURCE": 7}


def _rows(w) -> int:  # type: ignore[no-untyped-def]
    w.resize(1100, 700)
    w.default_pane_sizes()
    w.legend.set_counts(SAMPLE_COUNTS)
    w.legend.updateGeometry()
    for _ in range(5):
        w.legend.parentWidget().layout().activate()
    return len({chip.geometry().top() for chip in (w.legend.chip(label) for label in theme.DISPLAY_LABELS)})


def test_the_arabic_legend_takes_two_rows_at_1100(qtbot, arabic, window_on, article_db) -> None:  # type: ignore[no-untyped-def]
    w = window_on(article_db)
    assert _rows(w) == 2
    chip = w.legend.chip("CIVILIANS")
    assert chip.text() == "مدنيون 1"
    assert "مدنيون، متظاهرون 1" in chip.toolTip() and chip.accessibleName() == "مدنيون، متظاهرون 1"


def test_the_english_legend_takes_three_rows_at_1100(qtbot, window_on, article_db) -> None:  # type: ignore[no-untyped-def]
    w = window_on(article_db)
    assert _rows(w) <= 3
    chip = w.legend.chip("CIVILIANS")
    assert chip.text() == "Civilians 1"
    assert chip.toolTip() == "Show or hide the highlights of: Civilians, protesters 1"
