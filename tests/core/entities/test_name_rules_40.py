"""Name rules of session 40 (issue 3; docs/ner.md "Session 40"): common first names the taggers' FIRST
list lacks cut a person's run at «و» + one of them; a person's span ending in a name particle («بن», «أبو»,
«عبد») takes the word after it. Sentences written for the tests."""

from __future__ import annotations

from core.entities.consistency import extra_first_names, first_names, split_joined_names, tagger_first_names
from core.text.normalize import normalize_token


def _norms(words: str) -> list[str]:
    return [normalize_token(w) for w in words.split()]


# ---------------------------------------------------------------- common first names


def test_the_common_first_names_join_the_first_list() -> None:
    extra = extra_first_names()
    assert {"سلوي", "ياسمين", "نسرين", "عبدالكريم", "نورالدين", "برنارد", "ميخائيل", "لجين"} <= extra
    assert extra <= first_names() and tagger_first_names() <= first_names()


def test_no_common_first_name_is_a_proclitic_plus_a_name() -> None:
    """«و»/«ل»/«ف»/«ب» + X being a name too would cut the longer name («سام» would cut «وسام»)."""
    names = first_names()
    assert not {x for x in extra_first_names() for p in "ولفب" if p + x in names}
    assert not ({"الان", "ان", "انا", "ملك", "عيد"} & extra_first_names())  # ordinary words
    assert not {x for x in names for p in "ولفب" if x[:1] == p and x[1:] in extra_first_names()}


def test_a_run_over_and_plus_a_common_first_name_is_two_names() -> None:
    words = "شارك الفنان سامر حداد وسلوى خطاب في الحفل"
    tags = "O O B-PERS I-PERS I-PERS I-PERS O O".split()
    assert split_joined_names(_norms(words), tags, first_names()) == "O O B-PERS I-PERS B-PERS I-PERS O O".split()
    names = "وصل بيدرو ألفاريز وميخائيل سوكولوف"
    tags = "O B-PERS I-PERS I-PERS I-PERS".split()
    assert split_joined_names(_norms(names), tags, first_names()) == "O B-PERS I-PERS B-PERS I-PERS".split()


def test_a_name_opening_with_lam_keeps_its_lam() -> None:
    from core.entities.bio import _joined

    assert not _joined(normalize_token("لجين"))  # Lujain, not «ل» + Jane
    assert _joined(normalize_token("لمارسيل"))  # to Marcel


def test_a_name_opening_with_waw_stays_whole() -> None:
    words = "قال وسام رشيد ووليد سعد"
    tags = "O B-PERS I-PERS I-PERS I-PERS".split()
    assert split_joined_names(_norms(words), tags, first_names()) == "O B-PERS I-PERS B-PERS I-PERS".split()


# ---------------------------------------------------------------- a name particle ends no name


def test_a_person_ending_in_a_name_particle_takes_the_word_after_it() -> None:
    from core.entities.consistency import extend_particle_right

    words = "التقى الوزير سعيد بن مبارك في الرياض"
    assert extend_particle_right(_norms(words), "O O B-PERS I-PERS O O B-LOC".split()) == \
        "O O B-PERS I-PERS I-PERS O B-LOC".split()
    kunya = "وقال سامر أبو دياب إن"
    assert extend_particle_right(_norms(kunya), "O B-PERS I-PERS B-PERS O".split()) == "O B-PERS I-PERS I-PERS O".split()
    alone = "وصل أبو حسن"
    assert extend_particle_right(_norms(alone), "O B-PERS O".split()) == "O B-PERS I-PERS".split()
    god = "كتب عبد الله"
    assert extend_particle_right(_norms(god), "O B-PERS B-MISC".split()) == "O B-PERS I-PERS".split()


def test_a_particle_before_a_kin_word_a_place_or_a_mark_stays_the_end() -> None:
    from core.entities.consistency import extend_particle_right

    kin = "أرسل الأمير فيصل ابن أخيه إلى جدة"
    tags = "O O B-PERS I-PERS O O B-LOC".split()
    assert extend_particle_right(_norms(kin), tags) == tags
    place = "قال سالم بن عمان"
    tags = "O B-PERS I-PERS B-LOC".split()
    assert extend_particle_right(_norms(place), tags) == tags
    mark = "وصل سالم بن ، ثم"
    tags = "O B-PERS I-PERS O O".split()
    assert extend_particle_right(_norms(mark), tags) == tags
    # «أبي» alone is also "my father"
    father = "قال أبي إنه"
    assert extend_particle_right(_norms(father), "O B-PERS O".split()) == "O B-PERS O".split()
    # «أم» is also "or": not a particle here
    question = "هل فاز سالم أم خالد"
    tags = "O O B-PERS I-PERS O".split()
    assert extend_particle_right(_norms(question), tags) == tags


def test_a_lone_abi_opening_the_sentence_looks_at_no_word_before_it() -> None:
    """«أبي» at index 0 inside a name run has no word before it: the sentence's LAST word («بن» here) must not be
    read as the «بن» of «بن أبي» (a negative index wrapped round)."""
    from core.entities.consistency import extend_particle_right

    words = "ابي طالب قال بن"
    tags = "I-PERS O O B-PERS".split()
    assert extend_particle_right(_norms(words), tags) == tags
