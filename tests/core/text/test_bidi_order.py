"""Presentation forms folded, drawn-order lines put into reading order, reversed text detected."""

from __future__ import annotations

from core.text.bidi_order import (
    fold_presentation_forms,
    looks_visual,
    reversal_score,
    visual_to_logical,
)

LOGICAL = "اشتباكات في دمت"
FORMS = "ﺍﺷﺘﺒﺎﻛﺎﺕ ﻓﻲ ﺩﻣﺖ"  # the same words as shaped glyph codes, in reading order


def _vis(line: str) -> list[str]:
    return list(line)


def test_fold_touches_only_presentation_forms() -> None:
    assert fold_presentation_forms(FORMS) == LOGICAL
    assert fold_presentation_forms("ﻻ ﷲ") == "لا الله"
    # Full-width digits, ligature «ﬁ» and superscripts are NFKC material too, but not ours to fold.
    untouched = "１٢③ ﬁ x² ـ"
    assert fold_presentation_forms(untouched) == untouched
    assert fold_presentation_forms("ﻗ\ufe78") == "قُ"  # an isolated haraka form loses NFKC's space


def test_pure_arabic_line_is_reversed() -> None:
    visual = FORMS[::-1]
    assert fold_presentation_forms("".join(visual_to_logical(_vis(visual)))) == LOGICAL


def test_numbers_and_latin_keep_their_inner_order() -> None:
    cases = {
        # drawn (left to right)               reading order
        "2015 ويام 12 يف": "في 12 مايو 2015",
        "%50 ةبسنب": "بنسبة 50%",
        "3.5 غلب": "بلغ 3.5",
        "2015/05/12 خيراتب": "بتاريخ 2015/05/12",
        ".(Houthis) نييثوحلا": "الحوثيين (Houthis).",
        "COVID 19 ءابو": "وباء COVID 19",
        "Su-24 ةرئاط": "طائرة Su-24",
        "«فصق» [يوج]": "[جوي] «قصف»",  # mirrored brackets flip back
    }
    for drawn, reading in cases.items():
        assert "".join(visual_to_logical(_vis(drawn))) == reading, drawn


def test_ligature_units_keep_their_inner_order() -> None:
    # One glyph «لا» drawn between ب and س: «سلاب» reversed by glyph, not by character.
    assert "".join(visual_to_logical(["ح", "لا", "س"])) == "سلاح"


def test_reversal_score_reads_word_edges() -> None:
    text = "قالت مصادر محلية إن المعارك في المدينة استمرت حتى"
    assert reversal_score(text) > 0 and not looks_visual(text)
    reversed_words = " ".join(word[::-1] for word in text.split()[::-1])
    assert reversal_score(reversed_words) < 0 and looks_visual(reversed_words)
    assert reversal_score(FORMS) > 0 and looks_visual(FORMS[::-1])
    assert reversal_score("no Arabic here 123") == 0
