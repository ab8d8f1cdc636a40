"""Direction isolates for Arabic inside left-to-right widgets."""

from __future__ import annotations

from gui.bidi import PDI, RLI, isolate_arabic_runs, strip_isolates


def test_arabic_runs_in_an_english_line_are_isolated() -> None:
    line = "Clashes near مطار عدن (Aden): 10 killed"
    out = isolate_arabic_runs(line)
    assert out == f"Clashes near {RLI}مطار عدن{PDI} (Aden): 10 killed"
    assert strip_isolates(out) == line and isolate_arabic_runs("Air strike in Marib") == "Air strike in Marib"
    # a number between Arabic words belongs to the run
    assert isolate_arabic_runs("Air strike on اللواء 35 مدرع camp") == f"Air strike on {RLI}اللواء 35 مدرع{PDI} camp"
