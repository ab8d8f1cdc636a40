"""Display colours an analyst must not confuse: civilians and protesters (ARMED_ACTOR spans in core)
have their own colour and legend chip, and NUMBER is not the default yellow highlight's twin, in
both schemes and under simulated colour-vision deficiencies."""

from __future__ import annotations

import math

import pytest
from PySide6.QtGui import QColor

from gui import theme
from gui.reader import Legend, ReaderView
from gui.reader.highlights import build_highlights, display_label
from gui.reader.view import tooltip_html

# A sentence of my own: the militia that shelled, the civilians it hit, protesters, rioters.
TEXT = "قصفت ميليشيات الحوثي منازل المواطنين في تعز، وخرج المتظاهرون والأهالي، واعتدى مشاغبون على محلات."
# attrs as core's actor lexicon gives them (core/entities/lexicon.py _actor_attrs)
ATTRS = {
    "ميليشيات الحوثي": {"id": "houthis", "actor_type": "rebel", "inter": 2},
    "المواطنين": {"id": "civilians", "actor_type": "civilians", "inter": 7},
    "المتظاهرون": {"id": "protesters", "actor_type": "protesters", "inter": 6},
    "الأهالي": {"id": "civilians", "actor_type": "civilians", "inter": 7},
    "مشاغبون": {"id": "rioters", "actor_type": "rioters", "inter": 5},
}


def entities() -> list[dict]:
    out = []
    for word, attrs in ATTRS.items():
        start = TEXT.index(word)
        out.append({"start": start, "end": start + len(word), "label": "ARMED_ACTOR", "source": "lexicon",
                    "text": word, "attrs": attrs})
    return out


def test_display_label_tells_civilians_and_protesters_from_armed_actors() -> None:
    shown = {h.text: h.display for h in build_highlights(TEXT, entities())}
    assert shown == {"ميليشيات الحوثي": "ARMED_ACTOR", "المواطنين": "CIVILIANS", "المتظاهرون": "CIVILIANS",
                     "الأهالي": "CIVILIANS", "مشاغبون": "ARMED_ACTOR"}
    # no actor type (an older analysis, the model's span): the ACLED inter code decides
    assert display_label("ARMED_ACTOR", {"inter": 7}) == "CIVILIANS"
    assert display_label("ARMED_ACTOR", {"inter": 1}) == "ARMED_ACTOR"
    assert display_label("ARMED_ACTOR", {}) == "ARMED_ACTOR"
    # a state force whose inter code differs at home stays armed; other labels are untouched
    assert display_label("ARMED_ACTOR", {"actor_type": "state", "inter": 7}) == "ARMED_ACTOR"
    assert display_label("PERSON", {"actor_type": "civilians"}) == "PERSON"


def test_reader_colours_civilians_apart_and_the_legend_hides_them_alone(qtbot) -> None:
    view, legend = ReaderView(), Legend()
    qtbot.addWidget(view)
    qtbot.addWidget(legend)
    legend.labelToggled.connect(view.set_label_visible)
    view.set_article(TEXT, entities())
    colours = {sel.cursor.selectedText(): sel.format.background().color().name() for sel in view.extraSelections()}
    civilians, armed = theme.ENTITY_COLORS["CIVILIANS"], theme.ENTITY_COLORS["ARMED_ACTOR"]
    assert civilians != armed
    assert colours == {"ميليشيات الحوثي": armed, "المواطنين": civilians, "المتظاهرون": civilians,
                       "والأهالي": civilians, "مشاغبون": armed}  # snapped to the whole word
    chip = legend.chip("CIVILIANS")
    assert civilians in chip.styleSheet() and chip.text() == theme.entity_short_name("CIVILIANS")
    chip.click()
    assert sorted(sel.cursor.selectedText() for sel in view.extraSelections()) == sorted(["ميليشيات الحوثي", "مشاغبون"])
    # the tooltip's head is in the same colour
    chip.click()
    h = next(h for h in view.highlights() if h.start == TEXT.index("المواطنين"))
    assert civilians in tooltip_html(h)


# -- colour difference (CIEDE2000) under simulated colour vision -----------------------------------
# Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB.
CVD = {
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}


def _lab(color: str, matrix: tuple | None) -> tuple[float, float, float]:
    c = QColor(color)
    rgb = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in (c.redF(), c.greenF(), c.blueF())]
    if matrix is not None:
        rgb = [max(0.0, min(1.0, sum(m * v for m, v in zip(row, rgb)))) for row in matrix]
    r, g, b = rgb
    xyz = ((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b,
           (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883)
    fx, fy, fz = (t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _de2000(p: tuple[float, float, float], q: tuple[float, float, float]) -> float:
    (l1, a1, b1), (l2, a2, b2) = p, q
    cb = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(cb ** 7 / (cb ** 7 + 25 ** 7)))
    a1, a2 = (1 + g) * a1, (1 + g) * a2
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    h1, h2 = math.degrees(math.atan2(b1, a1)) % 360, math.degrees(math.atan2(b2, a2)) % 360
    dh = 0.0 if c1 * c2 == 0 else (h2 - h1 if abs(h2 - h1) <= 180 else h2 - h1 - 360 if h2 > h1 else h2 - h1 + 360)
    dl, dc, dhh = l2 - l1, c2 - c1, 2 * math.sqrt(c1 * c2) * math.sin(math.radians(dh / 2))
    lb, cbp = (l1 + l2) / 2, (c1 + c2) / 2
    hb = h1 + h2 if c1 * c2 == 0 else (h1 + h2) / 2 if abs(h1 - h2) <= 180 else (h1 + h2 + 360 * (1 if h1 + h2 < 360 else -1)) / 2
    t = (1 - 0.17 * math.cos(math.radians(hb - 30)) + 0.24 * math.cos(math.radians(2 * hb))
         + 0.32 * math.cos(math.radians(3 * hb + 6)) - 0.20 * math.cos(math.radians(4 * hb - 63)))
    sl = 1 + 0.015 * (lb - 50) ** 2 / math.sqrt(20 + (lb - 50) ** 2)
    sc, sh = 1 + 0.045 * cbp, 1 + 0.015 * cbp * t
    rt = -math.sin(math.radians(60 * math.exp(-((hb - 275) / 25) ** 2))) * 2 * math.sqrt(cbp ** 7 / (cbp ** 7 + 25 ** 7))
    return math.sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2 + rt * (dc / sc) * (dhh / sh))


def worst_difference(a: str, b: str) -> float:
    """The smallest CIEDE2000 difference of two colours, seen normally or by a dichromat."""
    return min(_de2000(_lab(a, m), _lab(b, m)) for m in (None, *CVD.values()))


def test_colour_difference_measure() -> None:
    assert _de2000(_lab("#ffffff", None), _lab("#ffffff", None)) == pytest.approx(0, abs=1e-6)
    # red and green: far apart for most, close for a deuteranope
    assert _de2000(_lab("#ff0000", None), _lab("#00aa00", None)) > 50
    assert worst_difference("#ff0000", "#00aa00") < 25


# ΔE2000 ≥ 10: told apart at a glance, side by side (≈ 2.3 is "just noticeable").
APART = 10.0


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_number_is_not_the_default_highlight_and_civilians_not_armed_actors(scheme: str) -> None:
    v = theme.scheme_values(scheme)
    entity, highlights = v["ENTITY_COLORS"], v["HIGHLIGHT_COLORS"]
    assert worst_difference(entity["NUMBER"], highlights[theme.DEFAULT_HIGHLIGHT]) >= APART  # type: ignore[index]
    assert worst_difference(entity["CIVILIANS"], entity["ARMED_ACTOR"]) >= APART  # type: ignore[index]
    # and neither is lost against the reader's page
    for label in ("NUMBER", "CIVILIANS"):
        assert worst_difference(entity[label], str(v["READER_BACKGROUND"])) >= APART  # type: ignore[index]
