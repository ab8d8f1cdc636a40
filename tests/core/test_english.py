"""English counted nouns in what core writes: the CLI's messages and the exports' texts."""

from __future__ import annotations

from core.export.report import headline_lines
from core.export.totals import Totals
from core.text.english import plural


def test_each_count_sets_its_own_noun() -> None:
    assert plural("1 incident(s) from 2 article(s)", 1, 2) == "1 incident from 2 articles"
    assert plural("0 error(s)", 0) == "0 errors"
    assert plural("-1 day(s)", -1) == "-1 day"
    assert plural("2 note(s), 1 highlight(s), 1 tag(s)", 2, 1) == "2 notes, 1 highlight, 1 tag"  # the last count goes on
    assert plural("no count here", 5) == "no count here"


def test_a_report_headline_counts_one_incident_in_the_singular() -> None:
    t = Totals(incidents=1, unknown_fatalities=1, folded_reports=2)
    lines = headline_lines(t, 1)
    assert lines[0] == "1 incident from 1 article"
    assert "1 incident with deaths but no number (counted as 0)" in lines
    assert "2 corroborating reports counted once with the incident they confirm" in lines
    assert not any("(s)" in line for line in lines)


def test_one_corroborating_report_confirms_in_the_singular() -> None:
    """The sample library's report read «1 corroborating report counted once with the incident
    they confirm»."""
    lines = headline_lines(Totals(incidents=3, folded_reports=1), 2)
    assert "1 corroborating report counted once with the incident it confirms" in lines
