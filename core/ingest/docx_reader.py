"""Word `.docx` files → one article: paragraph and table text in document order.

A .docx is a zip of XML parts; python-docx reads it (its lxml parser resolves no entities).
The zip is checked first, so a zip bomb or an old binary `.doc` / password-protected file (both
OLE containers, not zips) gets one clear error instead of a hang or a library traceback.
Title: the document's own title property, else its first Title/Heading paragraph, else a short
first line; as for a .txt file (`core.ingest.titles`), a paragraph that is only a dateline («عدن -
الأحد 7 أغسطس 2016») is no title, and the text keeps it. Date: the creation date from the
properties, when one is set; the date python-docx stamps on every file made from its blank
template is not a date anyone chose, so it is ignored.
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from core.ingest.dates import normalize_date
from core.ingest.model import ArticleIn, IngestError, ReadProblem, read_limited, shown_name
from core.ingest.text_date import is_dateline_only
from core.ingest.titles import MAX_TITLE_CHARS, title_of_lines

Item = ArticleIn | IngestError

MAX_DOCX_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # all parts together, as the zip directory declares
MAX_RATIO = 200  # compression ratios above this are bombs, not documents
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TEMPLATE_STAMP = datetime(2013, 12, 23, 23, 15)  # python-docx's blank template


class DocxProblem(ReadProblem):
    """A .docx we cannot read; the message is the one line shown to the user (the CLI's), the
    code and params what the GUI words in its language."""


def read_docx(path: Path, compressed: bool) -> Iterator[Item]:
    """The reader registered for `.docx` in `core.ingest.readers`."""
    origin = str(path)
    try:
        data = read_limited(path, compressed, MAX_DOCX_BYTES, DocxProblem, "Word document", "docx_too_large")
        title, text, published = docx_article(data)
    except DocxProblem as exc:
        yield IngestError.of(origin, exc)
        return
    yield ArticleIn(title=title or _stem(path), text=text, published=published, origin=origin)


def _xml_position(exc: SyntaxError) -> tuple[str, str]:
    """Where lxml stopped in a part's XML: (line, column), both counted from 1; "" when unknown.
    lxml appends them to its message too (", line 3, column 5"), which the caller takes off."""
    position = getattr(exc, "position", None)
    if isinstance(position, tuple) and len(position) == 2 and all(isinstance(n, int) for n in position):
        return str(position[0]), str(position[1])
    return ("", "")


def docx_article(data: bytes) -> tuple[str, str, str | None]:
    """(title, text, ISO date or None) of a .docx given as bytes; raises DocxProblem."""
    _check_container(data)
    import docx  # python-docx; imported only when a .docx is read
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, AttributeError, TypeError, zipfile.BadZipFile) as exc:
        # AttributeError, TypeError: python-docx meeting package XML of the wrong shape
        raise DocxProblem(f"not a Word document (damaged .docx: {type(exc).__name__})", "docx_damaged",
                          {"detail": type(exc).__name__}) from None
    except SyntaxError as exc:  # lxml's XMLSyntaxError derives from it
        line, column = _xml_position(exc)
        message = str(getattr(exc, "msg", "") or exc).removesuffix(f", line {line}, column {column}")
        raise DocxProblem(f"damaged .docx (bad XML: {exc})", "docx_bad_xml",
                          {"detail": str(exc), "message": message, "line": line, "column": column}) from None
    blocks = list(_blocks(document))
    text = "\n".join(text for text, _ in blocks).strip("\n")
    if not text.strip():
        raise DocxProblem("no text in the Word document", "docx_no_text")
    props = document.core_properties
    title = " ".join((props.title or "").split())
    if not title or len(title) > MAX_TITLE_CHARS:
        title = _heading_title(blocks)
    return title, text, _created(props)


def _check_container(data: bytes) -> None:
    if data.startswith(_OLE_MAGIC):
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise DocxProblem(
                "password-protected Word document; remove the password and save again", "doc_password"
            )
        raise DocxProblem("old Word .doc format is not supported; save it as .docx", "doc_old_format")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile:
        raise DocxProblem("not a Word .docx file (not a zip archive)", "docx_not_zip") from None
    unpacked = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if unpacked > MAX_UNPACKED_BYTES or unpacked / packed > MAX_RATIO:
        raise DocxProblem("Word document unpacks to too much data (zip bomb?)", "docx_zip_bomb")
    if not any(i.filename == "[Content_Types].xml" for i in infos):
        raise DocxProblem("not a Word .docx file (zip without Office content)", "docx_not_office")
    _check_unpacked(data)


def _check_unpacked(data: bytes) -> None:
    """Unpack every part in bounded chunks, counting what comes out: a zip's directory may lie
    about sizes (a bomb declaring 3 KB for 300 MB), and python-docx's `ZipFile.read` inflates a
    part's whole stream at once before it cuts it to the declared size (session 43: a 0.5 MB
    .docx took 690 MB; 50 MB, the size allowed, could take 50 GB). A part longer than declared
    fails its CRC here, so what python-docx then reads is what was counted."""
    total = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                with archive.open(info) as part:
                    while chunk := part.read(1 << 20):
                        total += len(chunk)
                        if total > MAX_UNPACKED_BYTES:
                            raise DocxProblem("Word document unpacks to too much data (zip bomb?)", "docx_zip_bomb")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError, OSError,
            zlib.error, ValueError) as exc:
        # a part that does not unpack as its directory says (CRC, sizes), an unknown compression,
        # an encrypted part
        raise DocxProblem(f"not a Word document (damaged .docx: {type(exc).__name__})", "docx_damaged",
                          {"detail": type(exc).__name__}) from None


def _blocks(document: Any) -> Iterator[tuple[str, str]]:
    """(text, style name) per paragraph, and per table row, in the order they appear."""
    from docx.table import Table

    for block in document.iter_inner_content():
        if isinstance(block, Table):
            yield from _table_rows(block)
        else:
            style = block.style.name if block.style is not None else ""
            yield block.text, style or ""


def _table_rows(table: Any) -> Iterator[tuple[str, str]]:
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:  # a merged cell is returned once per grid column it spans
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            yield "\t".join(cells), "table"


def _heading_title(blocks: list[tuple[str, str]]) -> str:
    """The first Title/Heading paragraph that is not only a dateline, else the first paragraph after
    the dateline-only ones when it is short and not all there is (`titles.title_of_lines`)."""
    lines = [(t.strip(), s) for t, s in blocks if t.strip()]
    for text, style in lines[:20]:
        if (style == "Title" or style.startswith("Heading")) and len(text) <= MAX_TITLE_CHARS \
                and not is_dateline_only(text):
            return text
    return title_of_lines([text for text, _ in lines])


def _created(props: Any) -> str | None:
    created = props.created
    if created is None:
        return None
    if created.replace(tzinfo=None) == _TEMPLATE_STAMP and props.author == "python-docx":
        return None
    return normalize_date(created)


def _stem(path: Path) -> str:
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    return shown_name(os.path.splitext(name)[0])
