"""A .docx whose zip directory lies about a part's size (session 43): the declared sizes passed
the zip-bomb check, and python-docx's ZipFile.read inflated the whole part at once (a 0.5 MB file
took 690 MB). Every part is now unpacked in bounded chunks first; one longer than declared is
a damaged .docx, refused before python-docx sees it."""

from __future__ import annotations

import io
import struct
import tracemalloc
import zipfile

import pytest

from core.ingest import docx_reader
from core.ingest.docx_reader import DocxProblem, docx_article

CONTENT_TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/></Types>')


def lying_docx(real_mb: int, declared: int = 3000) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        with z.open("word/document.xml", "w") as f:
            para = ("<w:p><w:r><w:t>" + "ب" * 2000 + "</w:t></w:r></w:p>").encode()
            for _ in range(real_mb * 1024 * 1024 // len(para)):
                f.write(para)
    raw = bytearray(buf.getvalue())
    name = b"word/document.xml"
    pos = raw.find(b"PK\x01\x02")
    while pos >= 0:  # the central directory's entry for the part: uncompressed size
        length = struct.unpack("<H", raw[pos + 28:pos + 30])[0]
        if raw[pos + 46:pos + 46 + length] == name:
            struct.pack_into("<I", raw, pos + 24, declared)
        pos = raw.find(b"PK\x01\x02", pos + 4)
    return bytes(raw)


def test_a_part_larger_than_declared_is_refused_without_inflating_it(monkeypatch) -> None:
    data = lying_docx(60)
    assert len(data) < 1_000_000
    import docx

    monkeypatch.setattr(docx, "Document", lambda *a, **k: pytest.fail("python-docx read a lying package"))
    tracemalloc.start()
    try:
        with pytest.raises(DocxProblem) as err:
            docx_article(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert err.value.code == "docx_damaged"
    assert peak < 20 * 1024 * 1024, peak  # it held the 60 MB part (twice) before

