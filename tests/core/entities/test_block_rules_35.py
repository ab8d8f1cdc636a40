"""Rules from the errors of a TRAINING block no model saw (session 35, issue 3; docs/ner.md "Version 35,
rules from a training block"): a MISC name's model number, an acronym letter's sentence-final dot
(tag-conll only) and a person's span completed to a longer name the document knows. Sentences
written for the tests."""

from __future__ import annotations

from core.entities.conll import BIO_PASSES, DEFAULT_MERGE, acronym_dots, model_numbers
from core.entities.consistency import extend_to_known_names, harmonise
from core.text.normalize import normalize_token


def _norms(words: str) -> list[str]:
    return [normalize_token(w) for w in words.split()]


def test_the_default_merge_runs_both_bio_passes() -> None:
    assert [p for p in DEFAULT_MERGE.split("+") if p in BIO_PASSES] == ["models", "dots"]


# ---------------------------------------------------------------- a MISC name and its number


def test_a_misc_name_runs_on_over_the_number_after_it() -> None:
    words = "هبطت طائرة إيرباص 320 في المطار".split()
    assert model_numbers(words, "O O B-MISC O O O".split()) == "O O B-MISC I-MISC O O".split()
    games = "افتتاح مونديال 2010 في جوهانسبرغ".split()
    assert model_numbers(games, "O B-MISC O O B-LOC".split()) == "O B-MISC I-MISC O B-LOC".split()


def test_a_number_after_another_type_or_after_a_word_stays_out() -> None:
    words = "وصل ماجد 30 ضيفا إلى دبي 2009".split()
    tags = "O B-PERS O O O B-LOC O".split()
    assert model_numbers(words, tags) == tags
    assert model_numbers("كأس العالم عام 2014".split(), "B-MISC I-MISC O O".split()) == "B-MISC I-MISC O O".split()


# ---------------------------------------------------------------- a dotted acronym's letters


def test_a_letter_tagged_before_its_sentences_final_dot_takes_the_dot() -> None:
    assert acronym_dots(["دي", "."], ["B-ORG", "O"]) == ["B-ORG", "I-ORG"]
    assert acronym_dots("قالت شبكة سي .".split(), "O O B-ORG O".split()) == "O O B-ORG I-ORG".split()
    assert acronym_dots("أكد مكتب التحقيقات ( إف .".split(), "O B-ORG I-ORG O B-ORG O".split())[-1] == "I-ORG"


def test_other_words_and_untagged_letters_keep_the_dot_out() -> None:
    for words, tags in (("وصل الوزير إلى لندن .", "O O O B-LOC O"), ("قال بي .", "O O O"),
                        ("زار سي . أمس", "O B-ORG O O")):
        assert acronym_dots(words.split(), tags.split()) == tags.split()


# ---------------------------------------------------------------- a person's span and the document's longer name


def test_a_persons_span_is_completed_to_a_longer_name_of_the_document() -> None:
    names = {"سامي ربيع", "هاني فؤاد منصور"}
    words = {w for n in names for w in n.split()}
    first = "وقال سامي ربيع في المؤتمر"
    assert extend_to_known_names(_norms(first), "O B-PERS O O O".split(), names, words) == "O B-PERS I-PERS O O".split()
    last = "التقى هاني فؤاد منصور أمس"
    assert extend_to_known_names(_norms(last), "O O O B-PERS O".split(), names, words) == "O B-PERS I-PERS I-PERS O".split()


def test_no_completion_over_a_tagged_word_or_touching_another_span() -> None:
    names = {"سامي ربيع"}
    words = {"سامي", "ربيع"}
    touching = "سامي ربيع القاهرة"
    assert extend_to_known_names(_norms(touching), "B-PERS O B-LOC".split(), names, words) == "B-PERS O B-LOC".split()
    other = "وقال سامي ربيع"
    assert extend_to_known_names(_norms(other), "O B-PERS B-ORG".split(), names, words) == "O B-PERS B-ORG".split()
    # not a person's span, or no longer name that fits
    assert extend_to_known_names(_norms("في سامي ربيع"), "O B-LOC O".split(), names, words) == "O B-LOC O".split()
    assert extend_to_known_names(_norms("وقال سامي يوسف"), "O B-PERS O".split(), names, words) == "O B-PERS O".split()


def test_harmonise_completes_a_name_tagged_in_full_elsewhere() -> None:
    sents = [_norms("أعلن المخرج سامي ربيع فيلمه"), _norms("وقال سامي ربيع إن")]
    tagged = [("O O B-PERS I-PERS O".split(), []), ("O B-PERS O O".split(), [])]
    assert harmonise(sents, tagged)[1][0] == "O B-PERS I-PERS O".split()


def test_a_word_written_with_alif_maqsura_is_no_part_of_the_longer_name() -> None:
    names = {"علي حسن"}
    words = {"علي", "حسن"}
    written = "وافق على حسن".split()
    assert extend_to_known_names([normalize_token(w) for w in written], "O O B-PERS".split(), names, words, written) == \
        "O O B-PERS".split()
    written = "وافق علي حسن".split()
    assert extend_to_known_names([normalize_token(w) for w in written], "O O B-PERS".split(), names, words, written) == \
        "O B-PERS I-PERS".split()
