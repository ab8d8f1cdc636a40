"""Light and dark schemes: entity, highlight, find and evidence colours stay readable under the
scheme's text colour (WCAG AA contrast), and applying a scheme changes what panes read."""

from __future__ import annotations

import pytest

from gui import theme


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_background_is_readable_under_the_text_colour(scheme: str) -> None:
    v = theme.scheme_values(scheme)
    text = str(v["TEXT_COLOR"])
    backgrounds = {**v["ENTITY_COLORS"], **{f"highlight {k}": c for k, c in v["HIGHLIGHT_COLORS"].items()},  # type: ignore[dict-item]
                   "evidence": v["EVIDENCE_COLOR"], "find": v["FIND_COLOR"], "find current": v["FIND_CURRENT_COLOR"],
                   "reader": v["READER_BACKGROUND"]}
    weak = {name: round(theme.contrast(text, str(c)), 2) for name, c in backgrounds.items()
            if theme.contrast(text, str(c)) < 4.5}
    assert weak == {}
    assert set(v["ENTITY_COLORS"]) == set(theme.DISPLAY_LABELS)  # type: ignore[arg-type]


def test_entity_colours_stay_distinct_in_dark() -> None:
    colours = list(theme.scheme_values("dark")["ENTITY_COLORS"].values())  # type: ignore[union-attr]
    assert len(set(colours)) == len(colours)


def test_apply_scheme_swaps_what_panes_read(qapp) -> None:  # type: ignore[no-untyped-def]
    try:
        assert theme.apply_scheme("dark") == "dark"
        assert theme.entity_color("PERSON").name() == theme.scheme_values("dark")["ENTITY_COLORS"]["PERSON"]  # type: ignore[index]
        assert theme.TEXT_COLOR == "#ececec" and "#1f1f1d" in theme.window_style()
        assert qapp.palette().window().color().lightness() < 80
        assert theme.apply_scheme("system") in ("light", "dark")  # follows QStyleHints.colorScheme()
    finally:
        theme.apply_scheme("light")
    assert theme.TEXT_COLOR == "#1a1a1a" and theme.ENTITY_COLORS["PERSON"] == "#ffd6a5"
    assert qapp.palette().window().color().lightness() > 180
