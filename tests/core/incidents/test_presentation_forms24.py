"""Texts written in Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF: «ﺍﻟﺤﻮﺛﻲ») read as the
letters they show, with every offset on the original characters (the stored text is never changed).
"""

from __future__ import annotations

import pytest

from core.pipeline import analyze
from core.text.normalize import fold

pytestmark = pytest.mark.usefixtures("rules_alone")

PLAIN = "قصف الحوثي مدينة إب بالمدفعية أمس، وقال الأمين العام لمنظمة التعاون الإسلامي إن القصف طال الأحياء السكنية."
SHAPED = "ﻗﺼﻒ ﺍﻟﺤﻮﺛﻲ ﻣﺪﻳﻨﺔ ﺇﺏ ﺑﺎﻟﻤﺪﻓﻌﻴﺔ ﺃﻣﺲ، ﻭﻗﺎﻝ ﺍﻷﻣﻴﻦ ﺍﻟﻌﺎﻡ ﻟﻤﻨﻈﻤﺔ ﺍﻟﺘﻌﺎﻭﻥ ﺍﻹﺳﻼﻣﻲ ﺇﻥ ﺍﻟﻘﺼﻒ ﻃﺎﻝ ﺍﻷﺣﻴﺎﺀ ﺍﻟﺴﻜﻨﻴﺔ."


def _read(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str, str, str]]]:
    an = analyze(text, "2015-07-22")
    entities = [(e.label, fold(text[e.start:e.end])) for e in an.entities]
    incidents = [(i.sub_event_type, i.actor1.name_en if i.actor1 else "", i.actor2.name_en if i.actor2 else "",
                  i.location.name_en if i.location else "") for i in an.incidents]
    return entities, incidents


def test_presentation_forms_read_like_letters() -> None:
    # «ﺇﺏ» needs its hamza as written to be the town (bare «اب» is no place), and «ﻟﻤﻨﻈﻤﺔ» its «ل»
    # read as a proclitic: both read the text as written, which now shows them as letters.
    assert SHAPED != PLAIN and fold(SHAPED) == fold(PLAIN)
    assert _read(SHAPED) == _read(PLAIN)
    entities, incidents = _read(SHAPED)
    assert ("LOCATION", "مدينه اب") in entities
    assert incidents == [("Shelling/artillery/missile attack", "Houthis (Ansar Allah)", "Civilians (Yemen)", "Ibb")]


def test_spans_sit_on_the_original_characters() -> None:
    an = analyze(SHAPED, "2015-07-22")
    by_label = {e.label: e for e in an.entities}
    houthi = next(e for e in an.entities if e.label == "ARMED_ACTOR")
    assert SHAPED[houthi.start:houthi.end] == "ﺍﻟﺤﻮﺛﻲ"
    place = by_label["LOCATION"]
    assert SHAPED[place.start:place.end] == "ﻣﺪﻳﻨﺔ ﺇﺏ"
    # the proclitic «ﻟ» is left out of the organisation, as «ل» is in the plain text
    source = next(e for e in an.entities if fold(SHAPED[e.start:e.end]).startswith("منظمه"))
    assert SHAPED[source.start:source.end] == "ﻤﻨﻈﻤﺔ ﺍﻟﺘﻌﺎﻭﻥ ﺍﻹﺳﻼﻣﻲ"
    assert an.doc.text != SHAPED and len(an.doc.text) == len(SHAPED)  # read as letters, same offsets


def test_a_ligature_keeps_the_offsets_after_it() -> None:
    # «ﻻ» is one code point for two letters: the places after it keep their offsets in the original.
    text = "ﻭﻻ ﺗﺰﺍﻝ ﻣﻴﻠﻴﺸﻴﺎﺕ ﺍﻟﺤﻮﺛﻲ ﺗﻘﺼﻒ ﺍﻷﺣﻴﺎﺀ ﺍﻟﺴﻜﻨﻴﺔ ﻓﻲ ﻣﺪﻳﻨﺔ ﺗﻌﺰ."
    an = analyze(text, "2015-07-22")
    spans = {e.label: text[e.start:e.end] for e in an.entities}
    assert spans["ARMED_ACTOR"] == "ﻣﻴﻠﻴﺸﻴﺎﺕ ﺍﻟﺤﻮﺛﻲ"
    assert spans["LOCATION"] == "ﻣﺪﻳﻨﺔ ﺗﻌﺰ"
    [inc] = an.incidents
    assert (inc.actor1.name_en, inc.location.name_en) == ("Houthis (Ansar Allah)", "Taiz")


def test_a_proclitic_that_ends_inside_a_ligature_starts_the_span_at_it() -> None:
    # «ﻟﻼﻧﻘﻼﺑﻴﻴﻦ» = ل + «ﻼ» (ل + ا) + نقلابيين: the clitic «لل» ends inside the ligature, which
    # cannot be split; the span starts at it, keeping the name's first letter (not at «ﻧ»).
    text = "ﻭﺗﺼﺪﺕ ﺍﻟﻤﻘﺎﻭﻣﺔ ﻟﻼﻧﻘﻼﺑﻴﻴﻦ ﻓﻲ ﻣﺪﻳﺮﻳﺔ ﻟﻮﺩﺭ."
    an = analyze(text, "2015-07-22")
    actors = [text[e.start:e.end] for e in an.entities if e.label == "ARMED_ACTOR"]
    assert actors == ["ﺍﻟﻤﻘﺎﻭﻣﺔ", "ﻼﻧﻘﻼﺑﻴﻴﻦ"]
