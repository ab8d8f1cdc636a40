from hypothesis import given
from hypothesis import strategies as st

from core.text import fold_for_search, normalize_token, proclitic_variants, split_sentences, tokenize


def test_fold_for_search_folds_hamza_yeh_teh_marbuta_diacritics_tatweel():
    assert fold_for_search("الإعلاميّة") == fold_for_search("الاعلاميه")
    assert fold_for_search("مُستشفـــى") == "مستشفي"
    assert fold_for_search("٢٠١٥") == "2015"
    assert normalize_token("آل") == "ال"


def test_search_folds_hamza_seats_but_tokens_keep_them():
    assert fold_for_search("مسؤول") == fold_for_search("مسوول") == "مسوول"
    assert fold_for_search("الشؤون") == "الشوون" and fold_for_search("رئيس") == "رييس"
    assert fold_for_search("ماء") == "ماء"  # the hamza on the line stays: «ماء» is not «ما»
    # The tagger's and incident rules' lexicons are keyed on token folding: unchanged.
    assert normalize_token("مسؤول") == "مسؤول" and normalize_token("رئيس") == "رئيس"


def test_tokens_carry_offsets_into_untouched_text():
    text = "قُتل 12 مسلحاً، في تعز!"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["قُتل", "12", "مسلحاً", "،", "في", "تعز", "!"]
    for tok in tokens:
        assert text[tok.start : tok.end] == tok.text
    assert tokens[2].norm == "مسلحا"


@given(st.text(alphabet="ابتثجحخ دذرزسشص،.؟ \n\r😀َُ0123", max_size=60))
def test_tokens_always_align(text):
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text


def test_sentences_know_arabic_punctuation_and_lines():
    text = "قال المصدر: قتل 12.5 شخصا؟ نعم؛ ثم انتهى.\nسطر «آخر.» هنا"
    parts = [text[s:e] for s, e in split_sentences(text)]
    assert parts == ["قال المصدر: قتل 12.5 شخصا؟", "نعم؛", "ثم انتهى.", "سطر «آخر.»", "هنا"]


def test_proclitic_variants():
    assert "البيضاء" in proclitic_variants(normalize_token("والبيضاء"))
    assert "محافظه" in proclitic_variants(normalize_token("بمحافظة"))
    assert "الشرعيه" in proclitic_variants(normalize_token("للشرعية"))
    assert proclitic_variants("في") == ("في",)


def test_initials_urls_and_glued_stops() -> None:
    from core.text.sentences import split_sentences

    def parts(text: str) -> list[str]:
        return [text[a:b] for a, b in split_sentences(text)]

    assert parts("عدن (أ.ف.ب) - قتل 5 أشخاص. وقال د. أحمد إن U.N. تدعو.") == [
        "عدن (أ.ف.ب) - قتل 5 أشخاص.", "وقال د. أحمد إن U.N. تدعو."]
    assert parts("زار موقع www.x.com أمس. ثم عاد.") == ["زار موقع www.x.com أمس.", "ثم عاد."]
    assert parts("بلغ عدد القتلى 5. وقال مصدر في عدن.وأضاف عام 2015.ثم") == [
        "بلغ عدد القتلى 5.", "وقال مصدر في عدن.", "وأضاف عام 2015.", "ثم"]
    assert parts("بلغ 3.5 مليون... ثم مضى") == ["بلغ 3.5 مليون...", "ثم مضى"]
    # a number's one-letter unit or era ends its sentence: «2015 م.», «الساعة 10 ص.»
    assert parts("يوم 19 يوليو 2015 م. وقتل 12 مسلحاً عند الساعة 10 ص. وقال") == [
        "يوم 19 يوليو 2015 م.", "وقتل 12 مسلحاً عند الساعة 10 ص.", "وقال"]


def test_presentation_forms_fold_to_letters_and_unshape_in_place():
    from core.entities.matcher import clitic_length
    from core.text.normalize import letters_in, unshaped

    assert normalize_token("ﺍﻟﺤﻮﺛﻲ") == normalize_token("الحوثي") == "الحوثي"
    assert normalize_token("ﻭﻻ") == "ولا"  # a ligature is two letters in the norm
    # the text as written: one-letter forms become their letters (hamza kept), same length;
    # a ligature stays one code point
    assert unshaped("ﺇﺏ ﻭﻻ ﻋﻠﻰ") == "إب وﻻ على"
    assert len(unshaped("ﺇﺏ ﻭﻻ ﻋﻠﻰ")) == len("ﺇﺏ ﻭﻻ ﻋﻠﻰ")
    assert unshaped("قصف الحوثيون") == "قصف الحوثيون"
    assert [letters_in(c) for c in "ﻻاَﷲ"] == [2, 1, 0, 4]
    # clitics measured in letters: «و» of «ﻭﻻ» is one code point; «لل» of «ﻟﻼﻧ…» ends inside the
    # ligature, so the name starts at it
    assert clitic_length("ﻭﻻﻳﺔ", 1) == 1
    assert clitic_length("ﻟﻼﻧﻘﻼﺑﻴﻴﻦ", 2) == 1
    assert clitic_length("ﻟﻼﻧﻘﻼﺑﻴﻴﻦ", 3) == 2
    assert clitic_length("لِلانقلابيين", 2) == 3  # plain letters: the kasra stays with its letter
