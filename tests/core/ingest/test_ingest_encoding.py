"""Bytes to text: every encoding an Arabic news file arrives in, and what is not text."""

from __future__ import annotations

import codecs

import pytest

from core.ingest import encoding
from core.ingest.encoding import NotTextError, decode_bytes, decode_counting_nuls

ARABIC = (
    "تصدت قوات المقاومة الشعبية لمحاولة تسلل في محافظة الضالع، وقُتل 12 من المهاجمين.\n"
    "وأفاد مصدر عسكري بأن الاشتباكات استمرت حتى فجر اليوم «الثلاثاء».\n"
)


@pytest.mark.parametrize(
    "data",
    [
        ARABIC.encode("utf-8"),
        codecs.BOM_UTF8 + ARABIC.encode("utf-8"),
        codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"),
        ARABIC.encode("utf-16-le"),  # no BOM: found by where the NUL bytes sit
        ARABIC.encode("utf-16-be"),
        ARABIC.encode("utf-32"),
        ARABIC.encode("cp1256"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "utf32", "cp1256"],
)
def test_arabic_in_every_encoding(data: bytes) -> None:
    assert decode_bytes(data, "a.txt") == ARABIC


def test_cp1256_without_any_ascii_letters() -> None:
    text = "الحوثيون يقصفون الأحياء السكنية في تعز"
    assert decode_bytes(text.encode("cp1256")) == text


def test_short_cp1256_is_arabic_not_mojibake() -> None:
    assert decode_bytes("عدن".encode("cp1256")) == "عدن"


def test_clean_utf8_is_never_altered() -> None:
    odd = "ﻻ \ufffd \u200f‏ emoji 🙂 tatweel ـــ\r\n"
    assert decode_bytes(odd.encode("utf-8")) == odd


def test_utf8_with_one_damaged_byte_keeps_the_rest() -> None:
    data = ARABIC.encode("utf-8") * 3
    damaged = data[:50] + b"\xff" + data[50:]
    text = decode_bytes(damaged)
    assert text.count("\ufffd") == 1
    assert text.replace("\ufffd", "") == ARABIC * 3


@pytest.mark.parametrize("data", [b"", b"   \n\t", "\ufeff".encode("utf-8"), codecs.BOM_UTF16_LE])
def test_empty(data: bytes) -> None:
    with pytest.raises(NotTextError, match="empty file"):
        decode_bytes(data, "empty.txt")


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 8,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
        b"PK\x03\x04" + bytes([7, 0, 0, 0, 3, 1, 2]) * 50,
        b"\x01\x02\x03\x04hello\x05\x06\x07" * 30,
    ],
    ids=["all-bytes", "png", "zip", "controls"],
)
def test_binary(data: bytes) -> None:
    with pytest.raises(NotTextError, match="binary file, not text") as info:
        decode_bytes(data, "photo.txt")
    assert "photo.txt" in str(info.value)


def test_random_bytes_are_binary() -> None:
    rng = __import__("random").Random(7)
    data = bytes(rng.randrange(256) for _ in range(4096))
    with pytest.raises(NotTextError):
        decode_bytes(data)


def test_latin_text_in_a_legacy_code_page_still_decodes() -> None:
    text = "Les forces de la coalition ont frappé des positions près d'Aden. " * 3
    assert "frapp" in decode_bytes(text.encode("latin-1"))


@pytest.mark.parametrize(
    "text,encoding",
    [
        ("déjà", "latin-1"),
        ("Il était déjà là, à côté de l'église.", "latin-1"),
        ("Le président a déclaré : «nous sommes prêts» – 5 € près d'Aden…", "cp1252"),
        ("Müller sagte, dass die Straße in Aden geschlossen ist.", "latin-1"),
        ("¿Qué pasó en Adén? ¡Olé!", "latin-1"),
    ],
)
def test_western_european_code_pages_are_not_read_as_baltic(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding), "fr.txt") == text  # was «déją» (cp1257)


def test_mostly_latin_cp1256_with_arabic_words_is_still_arabic() -> None:
    text = "Communiqué du ministère: قال المتحدث إن الوضع هادئ في عدن"
    assert decode_bytes(text.encode("cp1256")) == text


def test_large_cp1256_file_is_fast_enough() -> None:
    data = ARABIC.encode("cp1256") * 20_000  # ~2.7 MB
    import time

    start = time.perf_counter()
    assert decode_bytes(data) == ARABIC * 20_000
    assert time.perf_counter() - start < 5


def test_iso_8859_6_is_arabic_not_cp1256_mojibake() -> None:
    """Bad-input review: a file in ISO-8859-6 (the other legacy Arabic code page) was read as
    cp1256 and imported silently garbled («اولجار سêارة هلخخة» for «انفجار سيارة مفخخة»)."""
    text = ARABIC.replace("«", '"').replace("»", '"').replace("ُ", "")
    assert decode_bytes(text.encode("iso-8859-6")) == text
    short = "انفجار سيارة مفخخة في مدينة الموصل أدى إلى مقتل عشرة أشخاص"
    assert decode_bytes(short.encode("iso-8859-6")) == short
    assert decode_bytes(ARABIC.encode("cp1256")) == ARABIC  # cp1256 itself is unchanged
    assert decode_bytes(short.encode("cp1256")) == short
    for headline in ("قتل رجل في حلب", "انفجار في بغداد"):  # one glued letter each in the cp1256 reading
        assert decode_bytes(headline.encode("iso-8859-6")) == headline
        assert decode_bytes(headline.encode("cp1256")) == headline


@pytest.mark.parametrize(
    ("data", "stray"),
    [
        ("خبر عاجل".encode() + b"\x00\x00\x00" + "من عدن".encode(), 3),  # a copy's stray NULs
        ("خبر عاجل من عدن\n".encode("utf-16-le"), 0),  # NULs that belong to UTF-16 characters
        ("خبر عاجل من عدن".encode(), 0),
    ],
    ids=["stray", "utf16", "none"],
)
def test_stray_nuls_counted_in_one_pass(monkeypatch: pytest.MonkeyPatch, data: bytes, stray: int) -> None:
    calls = []
    judge = encoding._utf16_by_nuls
    monkeypatch.setattr(encoding, "_utf16_by_nuls", lambda *a: calls.append(1) or judge(*a))
    text, nuls = decode_counting_nuls(data)
    assert len(calls) == (1 if b"\x00" in data else 0)  # the text and its stray count: one judging
    assert nuls == stray and text == decode_bytes(data)
