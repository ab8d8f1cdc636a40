"""A text folded for search with a map back to the original (find in article, search snippets)."""

from hypothesis import given
from hypothesis import strategies as st

from core.text.folded import FoldedText
from core.text.normalize import fold_for_search


def test_folded_find_maps_back_to_exact_offsets() -> None:
    text = "😀 قال المَركزُ\r\nالإعلامي ﻻ مسؤولـــو"
    folded = FoldedText(text)
    [(s, e)] = folded.find_all("المركز")
    assert text[s:e] == "المَركزُ"  # diacritics inside and after the word are part of the hit
    [(s, e)] = folded.find_all("الاعلامي")
    assert text[s:e] == "الإعلامي"
    s, e = folded.find_all("لا")[-1]
    assert text[s:e] == "ﻻ"  # a lam-alef ligature folds to two letters and maps back to one character
    [(s, e)] = folded.find_all("مسوولو")
    assert text[s:e] == "مسؤولـــو"  # hamza seat folded, tatweel inside the hit
    assert folded.find_all("   ") == []


@given(st.text(alphabet="ابتؤئإأةى ـَُِّﻻ٢٥Aİ\u200f\r\n😀", max_size=40))
def test_every_folded_character_maps_to_the_character_it_came_from(text: str) -> None:
    folded = FoldedText(text)
    expected = [i for i, ch in enumerate(text) for _ in fold_for_search(ch)]
    assert folded.folded == "".join(fold_for_search(ch) for ch in text)
    assert [folded.origin(p) for p in range(len(folded.folded))] == expected
