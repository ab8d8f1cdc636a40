from core.entities.matcher import PhraseMatcher, clitic_length, normalized
from core.text import tokenize


def _texts(matcher, text):
    return [(text[m.start:m.end], m.payloads) for m in matcher.find(tokenize(text))]


def test_longest_match_and_proclitics():
    m = PhraseMatcher([("محافظة البيضاء", "gov"), ("البيضاء", "city"), ("دمت", "town")])
    text = "وفي محافظة البيضاء، والبيضاء ودَمت"
    assert _texts(m, text) == [
        ("محافظة البيضاء", ("gov",)),
        ("البيضاء", ("city",)),
        ("دَمت", ("town",)),
    ]


def test_spelling_variants_fold():
    m = PhraseMatcher([("إب", "ibb"), ("قيفة رداع", "qifa")])
    assert _texts(m, "في اب وقيفه رداع") == [("اب", ("ibb",)), ("قيفه رداع", ("qifa",))]


def test_inner_tokens_must_match_and_payloads_accumulate():
    m = PhraseMatcher([("الحوثي", "a"), ("الحوثي", "b"), ("ميليشيات الحوثي والمخلوع صالح", "c")])
    text = "ميليشيات الحوثي وصالح"
    assert _texts(m, text) == [("الحوثي", ("a", "b"))]
    assert "ميليشيات الحوثي والمخلوع صالح" in m
    assert "ميليشيات الحوثي" not in m


def test_clitic_length_skips_diacritics():
    assert clitic_length("وَبِالبيضاء", 2) == 4
    assert normalized("مُحافَظة  إبّ") == "محافظه اب"


def test_fused_article_after_lam_is_a_clitic():
    m = PhraseMatcher([("المقاومة الشعبية", "pr")])
    text = "دعما للمقاومة الشعبية"
    (match,) = m.find(tokenize(text))
    assert text[match.start : match.end] == "مقاومة الشعبية"
