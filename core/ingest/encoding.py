"""Bytes → text for files of unknown encoding, tuned for Arabic news.

Order matters: byte-order marks are certain; UTF-16 without a BOM shows itself by NUL bytes
in every other position; strict UTF-8 almost never decodes a file that is not UTF-8; only
then do we guess. Arabic from older Windows tools is usually cp1256, which generic detectors
often misread as a Latin code page (mojibake), so cp1256 is tried explicitly and kept when it
yields Arabic letters (unless they read as ISO-8859-6, the other Arabic code page). A file that
decodes cleanly is never altered; characters are replaced only in a file that is almost entirely
valid UTF-8 with a few damaged bytes.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from core.ingest.model import ReadProblem, is_blank


class NotTextError(ReadProblem, ValueError):
    """The bytes are not text we can read (binary, empty, unknown encoding); `code` says which
    ("empty_file", "not_text", "not_text_in_encoding", "unknown_encoding")."""


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0/C1 control characters other than tab, newlines, vertical tab and form feed.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_ESCAPED = re.compile("[\udc80-\udcff]")
_HIGH_BYTES = bytes(range(0x80, 0x100))
# Enough characters to judge which script a legacy decoding produced.
_SAMPLE = 200_000
# Share of control characters above which "text" is really binary data.
_MAX_CONTROL_SHARE = 0.01
# A file whose non-ASCII bytes are at least this share valid UTF-8 is UTF-8 with damage.
_DAMAGED_UTF8_SHARE = 0.98
# Western European text in cp1252/Latin-1: the accented letters of its languages, typographic
# punctuation, and at most this share of non-ASCII characters among the letters.
_WESTERN_LETTERS = frozenset("àâäáãåæçèéêëìíîïñòóôöõøœùúûüýÿßÀÂÄÁÃÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÖÕØŒÙÚÛÜÝŸ")
_WESTERN_PUNCTUATION = frozenset("\u00a0‘’‚“”„–—…•€£°«»·§¿¡©®™ªº")
_MAX_ACCENTED_SHARE = 0.4  # French runs at 3–5 %, a short accented sentence at 30 %
_MIN_LETTERS_FOR_SHARE = 20  # «déjà» is half accents
_ACCENTS = "".join(sorted(_WESTERN_LETTERS))
_ACCENT_RUN = re.compile(f"[{_ACCENTS}]{{3}}")
_PUNCTUATION_IN_WORD = re.compile(r"(?<=[^\W\d_])[«»¿¡©®™ªº§°](?=[^\W\d_])")


def decode_bytes(data: bytes, origin: str = "") -> str:
    """The text in `data`; raises NotTextError with a one-line reason naming `origin`."""
    return decode_counting_nuls(data, origin)[0]


def decode_counting_nuls(data: bytes, origin: str = "") -> tuple[str, int]:
    """`decode_bytes`, and how many damaged characters it dropped or replaced: NUL bytes dropped
    as stray (0 for UTF-16/32, whose NULs are part of their characters) and invalid UTF-8 bytes
    read as U+FFFD (a file cut inside its last letter, a few bad bytes), for a reader to say the
    file was damaged (the U+FFFD used to come in without a word)."""
    where = f"{origin}: " if origin else ""
    if not data.strip():
        raise NotTextError(f"{where}empty file", "empty_file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data[len(bom) :], encoding, where), where), 0
    if b"\x00" in data:
        try:
            wide = _utf16_by_nuls(data, where)
        except NotTextError:
            nuls = data.count(b"\x00")
            if nuls == len(data):
                raise
            # NULs that are no UTF-16: stray bytes in text (a copy that stopped leaves a tail
            # of them, some tools pad with them). The rest is judged as any file is, so binary
            # data, whose other control bytes stay, is still refused.
            text, damaged = decode_counting_nuls(data.replace(b"\x00", b""), origin)
            return text, nuls + damaged
        return _checked(_strict(data, wide, where), where), 0
    try:
        return _checked(data.decode("utf-8"), where), 0
    except UnicodeDecodeError:
        pass
    if _truncated_utf8(data) or _mostly_utf8(data):
        text = data.decode("utf-8", errors="replace")
        return _checked(text, where), max(text.count("\ufffd") - data.count(b"\xef\xbf\xbd"), 0)
    return _checked(_guess_legacy(data, where), where), 0


def wide_encoding(head: bytes) -> str | None:
    """The codec of a UTF-16/32 file judged from its first bytes, as `decode_bytes` would judge
    it (a BOM, else NULs in every other byte), for reading it as a stream; None for 8-bit text
    (UTF-8, cp1256…), whose lines can be split on the byte b"\\n"."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return None if encoding == "utf-8" else encoding[:6]  # "utf-16": the codec reads the BOM
    if b"\x00" not in head:
        return None
    try:
        return _utf16_by_nuls(head[: len(head) // 2 * 2], "")
    except NotTextError:
        return None


def _strict(data: bytes, encoding: str, where: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise NotTextError(f"{where}binary file, not text (not valid {encoding})", "not_text_in_encoding",
                           {"encoding": encoding}) from None


def _utf16_by_nuls(data: bytes, where: str) -> str:
    """UTF-16 LE puts the NUL of ASCII characters (spaces, digits, newlines) at odd offsets."""
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    pairs = len(data) // 2 or 1
    if len(data) % 2 == 0 and odd > pairs * 0.05 and even < odd * 0.05:
        return "utf-16-le"
    if len(data) % 2 == 0 and even > pairs * 0.05 and odd < even * 0.05:
        return "utf-16-be"
    raise NotTextError(f"{where}binary file, not text", "not_text")


def _truncated_utf8(data: bytes) -> bool:
    """Valid UTF-8 cut off inside its last character (a download or copy that stopped early).

    Judged before the damage share: in a short text one lost byte is a large share, and the
    legacy guess would turn the whole file into mojibake for the sake of its last letter.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(data, final=False)
    except UnicodeDecodeError:
        return False
    return bool(decoder.getstate()[0])  # bytes left over: an incomplete final sequence


def _mostly_utf8(data: bytes) -> bool:
    """True when nearly every non-ASCII byte belongs to a valid UTF-8 sequence."""
    non_ascii = len(data) - len(data.translate(None, _HIGH_BYTES))
    if not non_ascii:
        return False
    # surrogateescape turns each undecodable byte into one lone surrogate: count those.
    bad = sum(1 for _ in _ESCAPED.finditer(data.decode("utf-8", errors="surrogateescape")))
    return (non_ascii - bad) / non_ascii >= _DAMAGED_UTF8_SHARE


def arabic_share(text: str) -> float:
    """Share of Arabic letters among the non-ASCII letters of `text`."""
    letters = [c for c in text[:_SAMPLE] if ord(c) >= 0x80 and c.isalpha()]
    if not letters:
        return 0.0
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f")
    return arabic / len(letters)


def _western(data: bytes) -> str | None:
    """`data` as cp1252 when it reads as Western European text: mostly ASCII, the other
    characters accented letters of French, Spanish, German… or typographic punctuation, never
    three accented letters in a row (Arabic, Cyrillic or Greek bytes read as cp1252 make whole
    words of them), punctuation never inside a word. Judged before charset_normalizer, which
    reads short French in Latin-1 as Baltic cp1257 («déjà» → «déją»)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = sum(1 for c in text[:_SAMPLE] if c.isalpha())
    high = [c for c in text[:_SAMPLE] if ord(c) >= 0x80]
    if not high or (letters >= _MIN_LETTERS_FOR_SHARE and len(high) > letters * _MAX_ACCENTED_SHARE):
        return None
    if any(c not in _WESTERN_LETTERS and c not in _WESTERN_PUNCTUATION for c in high):
        return None
    if _ACCENT_RUN.search(text[:_SAMPLE]) or _PUNCTUATION_IN_WORD.search(text[:_SAMPLE]):
        return None
    return text


# cp1256 puts French letters (à â ç è é ê ë î ï ô ù û ü) among its Arabic ones; a file in ISO-8859-6
# (the other legacy Arabic code page: Unix, older web pages and mail) read as cp1256 shows them
# glued inside Arabic words («اولجار سêارة»), which real cp1256 Arabic text never does.
_LATIN_IN_ARABIC_WORD = re.compile("[\u0621-\u064a][àâçèéêëîïôùûü]|[àâçèéêëîïôùûü][\u0621-\u064a]")
_MIN_LATIN_IN_ARABIC = 1  # one is enough: ISO-8859-6 must then also decode cleanly to Arabic


def _iso_8859_6(data: bytes, cp1256: str) -> str | None:
    """`data` as ISO-8859-6 when its cp1256 reading is that mojibake and ISO-8859-6 reads cleanly."""
    if len(_LATIN_IN_ARABIC_WORD.findall(cp1256[:_SAMPLE])) < _MIN_LATIN_IN_ARABIC:
        return None
    try:
        text = data.decode("iso-8859-6")
    except UnicodeDecodeError:  # bytes ISO-8859-6 leaves undefined: not this code page
        return None
    if _CONTROL.search(text) or arabic_share(text) < 0.6:
        return None
    return text


def _guess_legacy(data: bytes, where: str) -> str:
    try:
        cp1256 = data.decode("cp1256")
    except UnicodeDecodeError:
        cp1256 = ""
    if cp1256 and arabic_share(cp1256) >= 0.6:
        return _iso_8859_6(data, cp1256) or cp1256
    western = _western(data)
    if western is not None:
        return western
    best = from_bytes(data).best()
    if best is None:
        if cp1256:
            return cp1256
        raise NotTextError(f"{where}binary file, not text (unknown encoding)", "unknown_encoding")
    return str(best)


def _checked(text: str, where: str) -> str:
    """Refuse text that is mostly control characters: that is binary data that happened to decode."""
    if is_blank(text):  # spaces, or invisible marks only (a lone direction mark, a zero-width space)
        raise NotTextError(f"{where}empty file", "empty_file")
    controls = sum(1 for _ in _CONTROL.finditer(text))
    if "\x00" in text or controls > len(text) * _MAX_CONTROL_SHARE:
        raise NotTextError(f"{where}binary file, not text", "not_text")
    return text


# Mojibake: Arabic bytes (UTF-8 or cp1256) decoded as Latin-1/cp1252 by some earlier tool (a
# scraper, requests' default for text/html without a charset, a spreadsheet) and stored as
# text: «Ù‚ØªÙ„» for «قتل» in UTF-8, «ÞÊá» in cp1256. Such text has no Arabic letters, many
# Latin-1 letters in a row, and its bytes read back as Arabic.
_MOJIBAKE_RUN = re.compile("[\u00c0-\u00ff][\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                           "\u02c6\u02dc\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd]")
_MIN_MOJIBAKE_RUNS = 3
_MAX_LOST_SHARE = 0.1  # U+FFFD (bytes cp1252 could not decode) among the letters read back


def unmojibake(text: str, known: str = "") -> tuple[str, str]:
    """(`text` read back, the encoding its bytes were in: "UTF-8" or "cp1256") when `text` is
    Arabic mojibake; (`text`, "") otherwise. A byte cp1252 had no character for (U+FFFD in
    the mojibake) stays U+FFFD, taking the UTF-8 lead byte before it along. `known`: the
    encoding the article's text was found in, for its title (too short to judge alone)."""
    runs = len(_MOJIBAKE_RUN.findall(text, 0, _SAMPLE))
    if (runs < (1 if known else _MIN_MOJIBAKE_RUNS)) or arabic_share(text) > 0.1:
        return text, ""
    data = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 0x100:
            data.append(code)
        elif ch == "\ufffd":
            if data and 0xC2 <= data[-1] <= 0xDF:  # the lead byte of the lost two-byte letter
                data.pop()
            data += b"\xef\xbf\xbd"
        else:
            try:
                data += ch.encode("cp1252")
            except UnicodeEncodeError:
                return text, ""  # a character no Latin code page has: not mojibake
    for encoding, codec in (("UTF-8", "utf-8"), ("cp1256", "cp1256")):
        if known and encoding != known:
            continue
        read = bytes(data).decode(codec, errors="replace")
        letters = sum(1 for c in read if c.isalpha()) or 1
        if arabic_share(read) >= 0.6 and read.count("\ufffd") <= letters * _MAX_LOST_SHARE:
            return read, encoding
    return text, ""
