"""The membership helpers of core.text.clitics: a token or its proclitic-stripped forms in a word set."""

from core.text import normalize_token
from core.text.clitics import any_variant_in, proclitic_variants, variant_in


def n(word: str) -> str:
    return normalize_token(word)


def test_variant_in_tries_every_candidate_by_default():
    assert variant_in(n("والبيضاء"), {"بيضاء"})
    assert variant_in(n("للقاء"), {"لقاء"})  # the other reading: ل + «لقاء»
    assert variant_in(n("قصف"), {"قصف"})
    assert not variant_in(n("قصف"), {"غارة"})


def test_depth_one_takes_off_the_outer_proclitic_only():
    assert variant_in(n("والبيضاء"), {"البيضاء"}, depth=1)
    assert not variant_in(n("والبيضاء"), {"بيضاء"}, depth=1)
    assert variant_in(n("البيضاء"), {"بيضاء"}, depth=1)  # the article is a layer
    assert variant_in(n("للقاء"), {"القاء"}, depth=1)  # «لل» → «ال»
    assert not variant_in(n("للقاء"), {"لقاء"}, depth=1)
    assert variant_in(n("بالحرب"), {"بالحرب"}, depth=0)
    assert not variant_in(n("بالحرب"), {"الحرب"}, depth=0)


def test_depth_two_takes_off_one_more():
    assert variant_in(n("بالحرب"), {"حرب"}, depth=2)
    assert variant_in(n("وبمحافظة"), {n("محافظة")}, depth=2)
    assert not variant_in(n("وبالحرب"), {"حرب"}, depth=2)
    assert variant_in(n("وبالحرب"), {"حرب"})


def test_depth_is_a_slice_of_proclitic_variants():
    words = ["وللحرب", "فبالبيت", "والبيضاء", "للقاء", "كالسيف", "ولد", "في"]
    for word in words:
        forms = proclitic_variants(word)
        for depth in (0, 1, 2, 3, None):
            kept = forms if depth is None else forms[:depth + 1]
            for form in forms:
                assert variant_in(word, {form}, depth) == (form in kept)
                assert any_variant_in(["ثم", word], {form}, depth) == (form in kept)


def test_any_variant_in_looks_at_each_token():
    norms = [n("قالت"), n("مصادر"), n("وشمال")]
    assert any_variant_in(norms, {"شمال"}, depth=1)
    assert not any_variant_in(norms, {"جنوب"})
    assert not any_variant_in([], {"شمال"})
    assert any_variant_in((w for w in norms), {"مصادر"}, depth=0)  # any iterable, read once
