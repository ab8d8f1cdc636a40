"""PDF import: Arabic comes out in reading order with base letters; bad PDFs give one clear error.

The PDFs are drawn here with Qt's PDF writer (tests may use Qt; core/ may not) in the bundled DejaVu Sans,
whose Arabic glyphs Qt maps back to presentation forms, the hard case the reader must undo.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from core.ingest.model import ArticleIn, IngestError
from core.ingest.pdf_reader import NO_TEXT_LAYER, pdf_text
from core.ingest.readers import read_path
from core.text.bidi_order import is_presentation_form

FONT = Path(__file__).resolve().parents[3] / "resources" / "fonts" / "DejaVuSans.ttf"
HEADLINE = "اشتباكات في دمت"
BODY = "قالت مصادر محلية إن اشتباكات عنيفة اندلعت في مديرية دمت يوم 12 مايو 2015."
MIXED = "وأضافت أن القتال استمر ساعات وقتل 3 من الحوثيين (Houthis)."
# How legacy writers store «اشتباكات في دمت» and «وقتل 3 من الحوثيين»: shaped forms, drawn order.
VISUAL_HEADLINE = "ﺖﻣد ﻲﻓ تﺎﻛﺎﺒﺘﺷا"
VISUAL_MIXED = "ﻦﻴﻴﺛﻮﺤﻟا ﻦﻣ 3 ﻞﺘﻗو"


Draw = Callable[..., Path]


@pytest.fixture
def draw(qapp: Any) -> Draw:
    """A function writing `text` to a PDF with Qt, as a right-to-left document by default."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QFontDatabase, QPdfWriter, QTextDocument, QTextOption

    assert FONT.is_file(), f"{FONT} missing: the bundled font is missing"
    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(FONT)))[0]

    def write(path: Path, text: str, *, title: str = "", rtl: bool = True) -> Path:
        writer = QPdfWriter(str(path))
        if title:
            writer.setTitle(title)
        document = QTextDocument()
        document.setDefaultFont(QFont(family, 12))
        option = QTextOption()
        ltr = Qt.LayoutDirection.LeftToRight
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else ltr)
        document.setDefaultTextOption(option)
        document.setPlainText(text)
        document.print_(writer)
        return path

    return write


def _one_article(path: Path) -> ArticleIn:
    [item] = list(read_path(path))
    assert isinstance(item, ArticleIn), item
    return item


def _one_error(path: Path) -> IngestError:
    [item] = list(read_path(path))
    assert isinstance(item, IngestError), item
    return item


def test_arabic_with_numbers_and_latin_reads_in_logical_order(draw: Draw, tmp_path: Path) -> None:
    path = draw(tmp_path / "report.pdf", f"{HEADLINE}\n\n{BODY}\n\n{MIXED}")
    article = _one_article(path)
    assert article.text == f"{HEADLINE}\n{BODY}\n{MIXED}"
    assert not any(is_presentation_form(ch) for ch in article.text)
    assert article.title == HEADLINE  # no title in the PDF: its first short paragraph
    assert article.origin == str(path) and article.published is None


def test_title_comes_from_the_document_information(draw: Draw, tmp_path: Path) -> None:
    path = draw(tmp_path / "x.pdf", f"{BODY}\n\n{MIXED}", title="تقرير ميداني عن دمت")
    assert _one_article(path).title == "تقرير ميداني عن دمت"


def test_a_dateline_only_first_paragraph_is_no_title_and_stays_in_the_text(draw: Draw, tmp_path: Path) -> None:
    """As for a .txt file: with no title in the PDF, the paragraph after the dateline is the title."""
    dateline, headline = "صنعاء - خاص", "قصف مدفعي على أحياء سكنية في المدينة"
    path = draw(tmp_path / "dated.pdf", f"{dateline}\n\n{headline}\n\n{BODY}")
    article = _one_article(path)
    assert article.text == f"{dateline}\n{headline}\n{BODY}"
    assert article.title == headline
    alone = _one_article(draw(tmp_path / "خبر.pdf", f"{dateline}\n\n{BODY}"))  # no headline: the file's name
    assert alone.text == f"{dateline}\n{BODY}" and alone.title == "خبر"


def test_visual_order_presentation_forms_are_put_back(draw: Draw, tmp_path: Path) -> None:
    # A left-to-right override makes Qt draw and store the glyphs exactly in the given order.
    text = f"\u202d{VISUAL_HEADLINE}\u202c\n\n\u202d{VISUAL_MIXED}\u202c"
    path = draw(tmp_path / "legacy.pdf", text, rtl=False)
    assert _one_article(path).text == f"{HEADLINE}\nوقتل 3 من الحوثيين"


def test_wrapped_lines_join_and_harakat_stay_on_their_letter(draw: Draw, tmp_path: Path) -> None:
    long = " ".join([BODY] * 4)  # wraps over several lines on an A4 page
    voweled = "قُتِلَ رَجُلٌ فِي الْمَدِينَةِ وَجُرِحَ آخَرُونَ بِقَصْفٍ."
    path = draw(tmp_path / "long.pdf", f"{long}\n\n{voweled}")
    assert pdf_text(path.read_bytes()).text == f"{long}\n{voweled}"


def test_several_pages_in_order_without_page_numbers(draw: Draw, tmp_path: Path) -> None:
    paragraphs = [f"الفقرة رقم {i} من التقرير عن الاشتباكات في دمت." for i in range(1, 121)]
    path = draw(tmp_path / "pages.pdf", "\n\n".join(paragraphs))
    text = pdf_text(path.read_bytes()).text
    assert text.split("\n") == paragraphs


def test_pdf_without_text_layer_says_so(qapp: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter, QPdfWriter

    path = tmp_path / "scan.pdf"
    writer = QPdfWriter(str(path))
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.gray)
    painter = QPainter(writer)
    painter.drawImage(0, 0, image)
    painter.end()
    assert _one_error(path).reason == NO_TEXT_LAYER
    assert NO_TEXT_LAYER == "no text layer (scanned PDF?); OCR is not supported"


def test_encrypted_pdf_gets_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(_encrypted_pdf())
    error = _one_error(path)
    assert "encrypted PDF" in error.reason and "password" in error.reason


def test_damaged_and_fake_pdfs_give_one_error_each(draw: Draw, tmp_path: Path) -> None:
    good = draw(tmp_path / "good.pdf", f"{BODY}\n\n{MIXED}").read_bytes()
    (tmp_path / "cut.pdf").write_bytes(good[: len(good) // 3])
    (tmp_path / "fake.pdf").write_bytes("ليس ملف PDF".encode())
    (tmp_path / "empty.pdf").write_bytes(b"")
    assert _one_error(tmp_path / "fake.pdf").reason == "not a PDF file (no %PDF header)"
    assert _one_error(tmp_path / "empty.pdf").reason == "empty file"
    assert _one_error(tmp_path / "cut.pdf").reason == "the PDF is damaged and cannot be read"


def _encrypted_pdf() -> bytes:
    """A minimal PDF behind the standard security handler with a user password we do not know."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -44 >>" % (b"41" * 32, b"42" * 32),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    file_id = b"<00112233445566778899aabbccddeeff>"
    out += b"trailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R /ID [%s %s] >>\n" % (file_id, file_id)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


@pytest.mark.parametrize("name", ["x.PDF", "y.pdf"])
def test_pdf_extension_is_dispatched_case_insensitively(name: str, tmp_path: Path) -> None:
    (tmp_path / name).write_bytes(b"not a pdf")
    assert _one_error(tmp_path / name).reason == "not a PDF file (no %PDF header)"
