"""Name rules of session 40 (issue 3; docs/ner.md "Session 40"): common first names the taggers' FIRST
list lacks cut a person's run at «و» + one of them. Sentences written for the tests."""

from __future__ import annotations

from core.entities.consistency import extra_first_names, first_names, split_joined_names, tagger_first_names
from core.text.normalize import normalize_token


def _norms(words: str) -> list[str]:
    return [normalize_token(w) for w in words.split()]


# ---------------------------------------------------------------- common first names


def test_the_common_first_names_join_the_first_list() -> None:
    extra = extra_first_names()
    assert {"سلوي", "ياسمين", "نسرين", "عبدالكريم", "نورالدين", "برنارد", "ميخائيل"} <= extra
    assert extra <= first_names() and tagger_first_names() <= first_names()


def test_no_common_first_name_is_a_proclitic_plus_a_name() -> None:
    """«و»/«ل»/«ف»/«ب» + X being a name too would cut the longer name («سام» would cut «وسام»)."""
    names = first_names()
    assert not {x for x in extra_first_names() for p in "ولفب" if p + x in names}
    assert not ({"الان", "ان", "انا", "ملك", "عيد"} & extra_first_names())  # ordinary words


def test_a_run_over_and_plus_a_common_first_name_is_two_names() -> None:
    words = "شارك الفنان سامر حداد وسلوى خطاب في الحفل"
    tags = "O O B-PERS I-PERS I-PERS I-PERS O O".split()
    assert split_joined_names(_norms(words), tags, first_names()) == "O O B-PERS I-PERS B-PERS I-PERS O O".split()
    names = "وصل بيدرو ألفاريز وميخائيل سوكولوف"
    tags = "O B-PERS I-PERS I-PERS I-PERS".split()
    assert split_joined_names(_norms(names), tags, first_names()) == "O B-PERS I-PERS B-PERS I-PERS".split()


def test_a_name_opening_with_waw_stays_whole() -> None:
    words = "قال وسام رشيد ووليد سعد"
    tags = "O B-PERS I-PERS I-PERS I-PERS".split()
    assert split_joined_names(_norms(words), tags, first_names()) == "O B-PERS I-PERS B-PERS I-PERS".split()
