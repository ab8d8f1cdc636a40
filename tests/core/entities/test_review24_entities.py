"""Entity rules of session 24 checked in review: offsets on presentation-form ligatures and on
spaced words. Sentences written for the tests."""

from __future__ import annotations

from core.pipeline import analyze

# «ل» + «أحمد» written in presentation forms: «ﻷ» is one code point for ل + أ
SHAPED = "ﺣﺬﺭ ﺍﻷﻣﻴﺮ ﻣﺤﻤﺪ ﺑﻦ ﺳﻠﻤﺎﻥ ﻷﺣﻤﺪ ﻋﻠﻲ ﺻﺎﻟﺢ ﻣﻦ ﺍﻟﻌﻮﺍﻗﺐ."


def _doc(text: str):
    return analyze(text, "2015-08-01", "", until="tokenise").doc


def test_a_proclitic_inside_a_ligature_keeps_the_names_first_letter() -> None:
    """A PERSON span opening with «ل» + a first name starts after the «ل» («[ل]أحمد»); when the «ل»
    and the name's «أ» are one ligature («ﻷﺣﻤﺪ») the span starts at the ligature, not after it —
    one code point further would cut the name's first letter («ﺣﻤﺪ»)."""
    from core.entities.bio import tagged_spans
    from core.entities.consistency import first_names

    doc = _doc(SHAPED)
    toks = doc.sentence_tokens()[0]
    tags = ["O", "O", "B-PERS", "I-PERS", "I-PERS", "B-PERS", "I-PERS", "I-PERS", "O", "O", "O"]
    assert len(tags) == len(toks), [t.text for t in toks]
    spans = tagged_spans(doc, toks, tags, [0.9] * len(toks), {"PERS": "PERSON"}, "model", first_names())
    assert [SHAPED[s.start:s.end] for s in spans] == ["ﻣﺤﻤﺪ ﺑﻦ ﺳﻠﻤﺎﻥ", "ﻷﺣﻤﺪ ﻋﻠﻲ ﺻﺎﻟﺢ"]
    # the same words in plain letters: the «ل» is left out as before
    plain = "حذر الأمير محمد بن سلمان لأحمد علي صالح من العواقب."
    doc = _doc(plain)
    toks = doc.sentence_tokens()[0]
    spans = tagged_spans(doc, toks, tags, [0.9] * len(toks), {"PERS": "PERSON"}, "model", first_names())
    assert [s.text for s in spans] == ["محمد بن سلمان", "أحمد علي صالح"]


def test_the_whole_pipeline_keeps_the_name_whole_in_presentation_forms() -> None:
    persons = [SHAPED[e.start:e.end] for e in analyze(SHAPED, "2015-08-01", "", until="entities").entities
               if e.label == "PERSON"]
    assert not any(p.startswith("ﺣﻤﺪ") for p in persons), persons


def test_a_definite_lead_is_cut_on_any_white_space() -> None:
    """«بالمحرر محارب الفريدي»: the span starts at the name after the definite word, whatever white
    space stands between them — two spaces (common in copied news) or a line break; not on the
    space itself, and not one word further."""
    from core.entities.surnames import without_definite_lead

    for gap in ("  ", "\n", " "):
        text = f"وأشاد الوزير بالمحرر{gap}محارب الفريدي أمس."
        doc = _doc(text)
        span = doc.span(text.index("بالمحرر"), text.index(" أمس"), "PERSON", "model")
        assert without_definite_lead(doc, span).text == "محارب الفريدي", repr(gap)
    text = "وأشاد الوزير بمحمد الفريدي أمس."  # no definite lead: the span stays
    doc = _doc(text)
    span = doc.span(text.index("بمحمد"), text.index(" أمس"), "PERSON", "model")
    assert without_definite_lead(doc, span) is span
