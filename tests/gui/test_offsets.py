"""OffsetMap against a real QTextDocument: the character at every mapped position is the one
the code-point offset points at (astral characters, CRLF, lone CR, combining marks, Arabic)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from gui.offsets import OffsetMap, qt_char_for


def qt_doc(text: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setPlainText(text)
    return doc


def assert_exact(text: str) -> None:
    doc = qt_doc(text)
    m = OffsetMap(text)
    assert m.qt_length == doc.characterCount() - 1  # the document adds one final separator
    for i, ch in enumerate(text):
        q = m.to_qt(i)
        if ch == "\n" and i > 0 and text[i - 1] == "\r":
            assert q == m.to_qt(i - 1) + 1  # folded into the \r's separator: no position of its own
            continue
        assert doc.characterAt(q) == qt_char_for(ch), (i, ch, q)
        if ord(ch) > 0xFFFF:
            assert 0xDC00 <= ord(doc.characterAt(q + 1)) <= 0xDFFF
        assert m.from_qt(q) == i
    assert m.to_qt(len(text)) == m.qt_length
    assert m.from_qt(m.qt_length) == len(text)


def test_plain_ascii_is_identity() -> None:
    m = OffsetMap("hello")
    assert [m.to_qt(i) for i in range(6)] == [0, 1, 2, 3, 4, 5]
    assert [m.from_qt(i) for i in range(6)] == [0, 1, 2, 3, 4, 5]


def test_emoji_shifts_later_positions_by_one() -> None:
    text = "a😀b😀c"
    m = OffsetMap(text)
    assert [m.to_qt(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7]
    assert m.from_qt(2) == 1  # inside the surrogate pair: the emoji itself
    assert m.from_qt(5) == 3
    assert_exact(text)


def test_crlf_collapses_to_one_separator() -> None:
    text = "ab\r\ncd\r\n\r\ne"
    m = OffsetMap(text)
    assert m.to_qt(2) == 2  # the \r -> the separator
    assert m.to_qt(4) == 3  # 'c' comes right after the one separator
    assert m.to_qt(len(text)) == len(text) - 3
    assert m.from_qt(3) == 4  # after the separator: after the \n
    assert_exact(text)


def test_lone_cr_and_lf_keep_positions() -> None:
    text = "a\rb\nc\n\rd\u2028e\u2029f"
    m = OffsetMap(text)
    assert [m.to_qt(i) for i in range(len(text) + 1)] == list(range(len(text) + 1))
    assert_exact(text)


def test_arabic_with_combining_marks_emoji_and_crlf() -> None:
    text = "قُتِلَ ١٢ شخصاً 🔥 في الضالع\r\nوأُصيب 22 👍🏽 آخرون\ré ñ"
    assert_exact(text)


def test_span_to_qt_covers_the_same_characters() -> None:
    text = "😀😀 الضالع\r\nدمت"
    m = OffsetMap(text)
    doc = qt_doc(text)
    start = text.index("دمت")
    qs, qe = m.span_to_qt(start, start + 3)
    got = "".join(doc.characterAt(q) for q in range(qs, qe))
    assert got == "دمت"


def test_out_of_range_offsets() -> None:
    m = OffsetMap("abc")
    with pytest.raises(IndexError):
        m.to_qt(4)
    with pytest.raises(IndexError):
        m.to_qt(-1)
    assert m.from_qt(99) == 3
    assert m.from_qt(-5) == 0


_ALPHABET = st.sampled_from(
    list("ab ضالعدمتقُتِلَ١٢.")
    + ["\r", "\n", "\r\n", "\u2028", "\u2029", "\t", "\u0301", "\u200d", "😀", "🏽", "𝔸", "\U0010fffd"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_every_character_lands_where_qt_puts_it(text: str) -> None:
    assert_exact(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_arbitrary_unicode_text(text: str) -> None:
    assert_exact(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join), st.data())
def test_from_qt_is_monotone_and_inverts_to_qt(text: str, data: st.DataObject) -> None:
    m = OffsetMap(text)
    back = [m.from_qt(q) for q in range(m.qt_length + 1)]
    assert back == sorted(back)
    i = data.draw(st.integers(0, len(text)))
    # to_qt then from_qt returns i, except the offset between "\r" and "\n" (no Qt position of its own)
    if not (0 < i < len(text) and text[i - 1] == "\r" and text[i] == "\n"):
        assert m.from_qt(m.to_qt(i)) == i

