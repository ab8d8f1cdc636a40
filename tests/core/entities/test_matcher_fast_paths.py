"""The matcher's per-form start cache and match_at must not change what is matched."""

from hypothesis import given, settings
from hypothesis import strategies as st

import core.entities.matcher as matcher_module
from core.entities.matcher import PhraseMatcher
from core.text.tokens import tokenize

PATTERNS = [("البيضاء", "B"), ("مديرية الزاهر", "Z"), ("الحوثي والمخلوع صالح", "H"), ("صالح", "S"),
            ("التحالف العربي", "T"), ("التحالف", "t")]  # fmt: skip
WORDS = ["والبيضاء", "بمديرية", "مديرية", "الزاهر", "الحوثي", "والمخلوع", "صالح", "للتحالف", "العربي",
         "التحالف", "في", "قال", "،", "البيضاء", "وبيضاء"]  # fmt: skip


def reference_find(patterns, tokens):
    """A plain re-statement of the matching rules: longest match from each position, first
    token through its proclitic readings, inner tokens exact, no overlaps."""
    from core.entities.matcher import clitic_letters, clitic_length, pattern_key
    from core.text.clitics import proclitic_variants

    keys = [(pattern_key(p), v) for p, v in patterns]
    out, i = [], 0
    while i < len(tokens):
        best = None
        for variant in proclitic_variants(tokens[i].norm):
            for key, value in keys:
                end = i + len(key)
                if key[0] == variant and end <= len(tokens) and all(
                    tokens[i + k].norm == key[k] for k in range(1, len(key))
                ):
                    if best is None or end > best[0]:  # the first reading wins a tie
                        best = (end, clitic_letters(tokens[i].norm, variant), [value])
        if best is None:
            i += 1
            continue
        first = tokens[i]
        start = first.start + clitic_length(first.text, best[1]) if best[1] else first.start
        out.append((start, tokens[best[0] - 1].end, i, best[0]))
        i = best[0]
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14))
def test_find_and_match_at_agree_with_the_rules(words):
    m = PhraseMatcher(PATTERNS)
    tokens = tokenize(" ".join(words))
    for _ in range(2):  # cold, then with the per-form cache filled
        found = [(x.start, x.end, x.token_start, x.token_end) for x in m.find(tokens)]
        assert found == reference_find(PATTERNS, tokens)
    for i in range(len(tokens) + 1):
        for width in (1, 2, 3, None):
            end = None if width is None else i + width
            at = m.match_at(tokens, i, end)
            first = next(iter(m.find(tokens[i:end])), None)
            if first is None or first.token_start != 0:
                assert at is None
            else:
                assert at is not None
                assert (at.start, at.end, at.token_end - i, at.payloads) == (
                    first.start, first.end, first.token_end, first.payloads)


def test_adding_a_pattern_after_matching_is_seen():
    m = PhraseMatcher([("تعز", 1)])
    tokens = tokenize("قصف في عدن وتعز")
    assert [x.payloads for x in m.find(tokens)] == [(1,)]
    m.add("عدن", 2)  # the cached "عدن starts nothing" must not survive
    assert [x.payloads for x in m.find(tokens)] == [(2,), (1,)]


def test_start_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(matcher_module, "START_CACHE_LIMIT", 5)
    m = PhraseMatcher([("تعز", 1)])
    tokens = tokenize("كلمة1 كلمة2 كلمة3 كلمة4 كلمة5 كلمة6 كلمة7 تعز كلمة8")
    assert [x.payloads for x in m.find(tokens)] == [(1,)]
    assert len(m._starts) <= 5
    assert [x.payloads for x in m.find(tokens)] == [(1,)]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14))
def test_group_finds_what_each_matcher_finds(words):
    from core.entities.matcher import MatcherGroup

    matchers = [PhraseMatcher(PATTERNS), PhraseMatcher([("صالح", 1), ("الحوثي", 2)]), PhraseMatcher([("قال", 0)])]
    group = MatcherGroup(matchers)
    tokens = tokenize(" ".join(words))
    for _ in range(2):
        assert group.find_all(tokens) == [list(m.find(tokens)) for m in matchers]


def test_group_sees_patterns_added_later():
    from core.entities.matcher import MatcherGroup

    first, second = PhraseMatcher([("تعز", 1)]), PhraseMatcher([("صنعاء", 2)])
    group = MatcherGroup([first, second])
    tokens = tokenize("في عدن وتعز")
    assert [[m.payloads for m in ms] for ms in group.find_all(tokens)] == [[(1,)], []]
    second.add("عدن", 3)
    assert [[m.payloads for m in ms] for ms in group.find_all(tokens)] == [[(1,)], [(3,)]]


def test_forms_are_answered_once_for_every_matcher():
    """`form_bits` shares "which matchers may this form start" across matchers: a new pattern in
    one matcher must be seen even when the form was answered before, by that matcher or another."""
    from core.entities.matcher import form_bits

    first, second = PhraseMatcher([("تعز", 1)]), PhraseMatcher([("صنعاء", 2)])
    tokens = tokenize("في عدن وتعز")
    assert form_bits("وتعز") & first._bit and not form_bits("عدن") & (first._bit | second._bit)
    assert [x.payloads for x in second.find(tokens)] == []
    second.add_keys([(("عدن",), 3)])
    assert [x.payloads for x in second.find(tokens)] == [(3,)]
    assert second.match_at(tokens, 1) is not None and first.match_at(tokens, 1) is None


def test_matchers_sharing_a_bit_match_only_their_own_patterns():
    """Past ROOT_BITS matchers bits are shared: a shared bit says "maybe", the trie decides."""
    from core.entities.matcher import ROOT_BITS, MatcherGroup

    words = ["تعز", "عدن", "مأرب", "صعدة", "لحج", "أبين", "شبوة"]  # 7 words: bit-mates differ
    matchers = [PhraseMatcher([(words[k % 7], k)]) for k in range(2 * ROOT_BITS)]
    tokens = tokenize("قصف في عدن وتعز")
    for k, m in enumerate(matchers):
        assert [x.payloads for x in m.find(tokens)] == ([(k,)] if k % 7 < 2 else [])
    group = MatcherGroup(matchers[ROOT_BITS - 1 : ROOT_BITS + 3])
    found = [[x.payloads for x in hits] for hits in group.find_all(tokens)]
    assert found == [[] if k % 7 > 1 else [(k,)] for k in range(ROOT_BITS - 1, ROOT_BITS + 3)]
