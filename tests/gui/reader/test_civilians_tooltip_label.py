"""The tooltip of a span coloured as civilians names it so: gui5 told civilians and protesters
apart from armed actors in colour, legend and menus, but the tooltip's head still read the core
label, «طرف مسلح: المواطنين» (an armed party) in Arabic, "ARMED_ACTOR: …" in English."""

from __future__ import annotations

from gui.reader.highlights import build_highlights, tooltip_lines

TEXT = "قصفت ميليشيات الحوثي منازل المواطنين في تعز أمس."  # a sentence of my own


def _highlight(word: str, attrs: dict):  # type: ignore[no-untyped-def]
    start = TEXT.index(word)
    entity = {"start": start, "end": start + len(word), "label": "ARMED_ACTOR", "source": "lexicon",
              "text": word, "attrs": attrs}
    return build_highlights(TEXT, [entity])[0]


def test_civilians_tooltip_head_in_arabic(arabic) -> None:  # type: ignore[no-untyped-def]
    civilians = _highlight("المواطنين", {"id": "civilians", "actor_type": "civilians", "inter": 7})
    militia = _highlight("ميليشيات الحوثي", {"id": "houthis", "actor_type": "rebel", "inter": 2})
    assert tooltip_lines(civilians)[0].startswith("مدنيون: ")
    assert tooltip_lines(militia)[0].startswith("طرف مسلح: ")


def test_civilians_tooltip_head_in_english(qapp) -> None:  # type: ignore[no-untyped-def]
    civilians = _highlight("المواطنين", {"id": "civilians", "actor_type": "civilians", "inter": 7})
    assert tooltip_lines(civilians)[0].startswith("CIVILIANS: ")
