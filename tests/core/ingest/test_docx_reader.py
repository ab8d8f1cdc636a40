""".docx import: paragraphs and tables in order, title and date from the document, clear errors."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

import docx

from core.ingest.model import ArticleIn, IngestError
from core.ingest.readers import read_path

HEADLINE = "اشتباكات في مديرية دمت"
BODY = "قالت مصادر محلية إن اشتباكات عنيفة اندلعت في مديرية دمت.\u200f"
SECOND = "وأضافت أن القتال استمر ساعات وقتل 3 من الحوثيين (Houthis)."


def _one(path: Path) -> ArticleIn | IngestError:
    items = list(read_path(path))
    assert len(items) == 1, items
    return items[0]


def test_heading_paragraphs_and_table_in_document_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("ملاحظة المحرر")
    document.add_heading(HEADLINE, level=1)
    document.add_paragraph(BODY)
    table = document.add_table(rows=2, cols=3)
    for cell, value in zip(table.rows[0].cells, ["المديرية", "قتلى", "جرحى"], strict=True):
        cell.text = value
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "دمت"
    table.cell(1, 2).text = "4"
    document.add_paragraph(SECOND)
    document.save(tmp_path / "report.docx")

    article = _one(tmp_path / "report.docx")
    assert isinstance(article, ArticleIn)
    assert article.text == "\n".join(
        ["ملاحظة المحرر", HEADLINE, BODY, "المديرية\tقتلى\tجرحى", "دمت\t4", SECOND]
    )
    assert article.title == HEADLINE  # the first heading, not the first line
    assert article.published is None  # python-docx's template date is nobody's date


def test_title_and_date_from_core_properties(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(BODY)
    document.add_paragraph(SECOND)
    props = document.core_properties
    props.title = "تقرير ميداني"
    props.author = "مراسل عدن"
    props.created = datetime(2015, 7, 21, 9, 30)
    document.save(tmp_path / "props.docx")
    article = _one(tmp_path / "props.docx")
    assert isinstance(article, ArticleIn)
    assert (article.title, article.published) == ("تقرير ميداني", "2015-07-21")
    assert article.text == f"{BODY}\n{SECOND}"


def test_without_heading_the_short_first_line_or_file_name_is_the_title(tmp_path: Path) -> None:
    two = docx.Document()
    two.add_paragraph(HEADLINE)
    two.add_paragraph(BODY)
    two.save(tmp_path / "two.docx")
    one = docx.Document()
    one.add_paragraph(BODY)
    one.save(tmp_path / "خبر_دمت.docx")
    two_article, one_article = _one(tmp_path / "two.docx"), _one(tmp_path / "خبر_دمت.docx")
    assert isinstance(two_article, ArticleIn) and two_article.title == HEADLINE
    assert isinstance(one_article, ArticleIn) and one_article.title == "خبر_دمت"


def test_bad_files_give_one_clear_error_each(tmp_path: Path) -> None:
    empty_doc = docx.Document()
    empty_doc.save(tmp_path / "empty.docx")
    (tmp_path / "old.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    locked = ole + b"\x00" * 64 + "EncryptionInfo".encode("utf-16-le")
    (tmp_path / "locked.docx").write_bytes(locked)
    (tmp_path / "text.docx").write_text("ليس مستند وورد", encoding="utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not office")
    (tmp_path / "other.docx").write_bytes(buffer.getvalue())
    good = (tmp_path / "empty.docx").read_bytes()
    (tmp_path / "cut.docx").write_bytes(good[: len(good) // 2])

    reasons = {}
    for name in ["empty", "old", "locked", "text", "other", "cut"]:
        item = _one(tmp_path / f"{name}.docx")
        assert isinstance(item, IngestError), (name, item)
        reasons[name] = item.reason
    assert reasons["empty"] == "no text in the Word document"
    assert reasons["old"] == "old Word .doc format is not supported; save it as .docx"
    assert reasons["locked"].startswith("password-protected Word document")
    assert reasons["text"] == "not a Word .docx file (not a zip archive)"
    assert reasons["other"] == "not a Word .docx file (zip without Office content)"
    assert "zip" in reasons["cut"] or "damaged" in reasons["cut"]


def test_zip_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\x00" * (30 * 1024 * 1024))
    (tmp_path / "bomb.docx").write_bytes(buffer.getvalue())
    item = _one(tmp_path / "bomb.docx")
    assert isinstance(item, IngestError) and "zip bomb" in item.reason


DATELINE = "عدن - الأحد 7 أغسطس 2016"
HEADLINE_AFTER = "انفجار يستهدف نقطة تفتيش قرب الميناء"
STORY = "قتل جنديان أمس في انفجار عبوة ناسفة قرب الميناء، بحسب مصدر أمني."


def test_a_dateline_only_first_paragraph_is_no_title_and_stays_in_the_text(tmp_path: Path) -> None:
    """As for a .txt file: the next paragraph is the title; the dateline is kept (and dates the article)."""
    plain = docx.Document()
    for paragraph in ("بغداد (رويترز) -", DATELINE, HEADLINE_AFTER, STORY):  # two dateline lines
        plain.add_paragraph(paragraph)
    plain.save(tmp_path / "plain.docx")
    headed = docx.Document()  # a dateline styled as a heading is no title either
    headed.add_heading(DATELINE, level=2)
    headed.add_heading(HEADLINE_AFTER, level=1)
    headed.add_paragraph(STORY)
    headed.save(tmp_path / "headed.docx")
    alone = docx.Document()  # a dateline and one paragraph: no headline, the file's name
    alone.add_paragraph(DATELINE)
    alone.add_paragraph(STORY)
    alone.save(tmp_path / "خبر_عدن.docx")
    first = docx.Document()  # a headline first is the title, as before, even with a dateline after it
    first.add_paragraph(HEADLINE_AFTER)
    first.add_paragraph(DATELINE)
    first.add_paragraph(STORY)
    first.save(tmp_path / "first.docx")

    plain_article, headed_article = _one(tmp_path / "plain.docx"), _one(tmp_path / "headed.docx")
    assert isinstance(plain_article, ArticleIn) and plain_article.title == HEADLINE_AFTER
    assert plain_article.text == f"بغداد (رويترز) -\n{DATELINE}\n{HEADLINE_AFTER}\n{STORY}"
    assert isinstance(headed_article, ArticleIn) and headed_article.title == HEADLINE_AFTER
    assert headed_article.text == f"{DATELINE}\n{HEADLINE_AFTER}\n{STORY}"
    alone_article, first_article = _one(tmp_path / "خبر_عدن.docx"), _one(tmp_path / "first.docx")
    assert isinstance(alone_article, ArticleIn) and alone_article.title == "خبر_عدن"
    assert isinstance(first_article, ArticleIn) and first_article.title == HEADLINE_AFTER


def test_a_docx_opened_by_a_dateline_is_dated_by_it_on_import(tmp_path: Path) -> None:
    from core.ingest.importer import import_paths
    from core.store import get_article, list_articles, open_db

    document = docx.Document()
    for paragraph in (DATELINE, HEADLINE_AFTER, STORY):
        document.add_paragraph(paragraph)
    document.save(tmp_path / "aden.docx")
    db = open_db(tmp_path / "m.db")
    report = import_paths(db, [tmp_path / "aden.docx"], workers=1, analyze=False)
    assert report.added == 1 and not report.errors
    (row,) = list_articles(db)
    assert (row["title"], row["published"]) == (HEADLINE_AFTER, "2016-08-07")
    assert get_article(db, row["id"])["text"] == f"{DATELINE}\n{HEADLINE_AFTER}\n{STORY}"
