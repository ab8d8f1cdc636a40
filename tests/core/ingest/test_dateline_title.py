"""A text whose first line is only a dateline («عدن - الأحد 7 أغسطس 2016», «بغداد (رويترز) -») is
titled by its next non-empty line; the dateline stays in the text, and dates the article as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.ingest.importer import import_paths, import_text
from core.ingest.readers import read_path
from core.ingest.text_date import is_dateline_only
from core.ingest.titles import title_from_text
from core.store import get_article, list_articles, open_db

DATELINES = [
    "عدن - الأحد 7 أغسطس 2016",
    "بغداد (رويترز) -",
    "صنعاء - خاص",
    "صنعاء - أ ف ب",
    "الرياض 12 مارس 2016 واس",
    "القاهرة في 21 يوليو 2015 (أ ش أ)",
    "عدن (اليمن) - الأحد 7 أغسطس 2016",
    "الأحد 2015/8/2",
    "الثلاثاء 5 شوال 1436هـ الموافق 21 يوليو 2015م",
]
HEADLINES = [
    "عدن: مقتل خمسة في انفجار سيارة مفخخة",
    "الحوثيون يقصفون تعز",
    "مقتل 10 جنود في هجوم على عدن",
    "صنعاء - الثلاثاء 21 يوليو 2015 - قتل عشرة",
    "لندن - رويترز: قال مسؤول",
    "ثورة 26 سبتمبر 1962",
    "في 21 سبتمبر 2014، سيطر الحوثيون",
    "بغداد",
    "اليمن 2016",
]


@pytest.mark.parametrize("line", DATELINES)
def test_a_dateline_alone_on_its_line(line: str) -> None:
    assert is_dateline_only(line)


@pytest.mark.parametrize("line", HEADLINES)
def test_a_headline_is_no_dateline(line: str) -> None:
    assert not is_dateline_only(line)


def test_the_title_is_the_line_after_the_dateline() -> None:
    text = "عدن - الأحد 7 أغسطس 2016\n\nانفجار يستهدف نقطة أمنية في المنصورة\nقتل ثلاثة جنود أمس في انفجار.\n"
    assert title_from_text(text) == "انفجار يستهدف نقطة أمنية في المنصورة"
    # two dateline lines (a place line, then a date line)
    assert title_from_text("بغداد (رويترز) -\nالأحد 2015/8/2\nعنوان الخبر\nنص الخبر.") == "عنوان الخبر"
    # a headline first is the title, as before, even with a dateline after it
    assert title_from_text("هجوم على موقع عسكري\nمأرب - الأحد 2 أغسطس 2015\nنص.") == "هجوم على موقع عسكري"
    # a dateline and one paragraph: no line is a headline (a .txt file then takes its name)
    assert title_from_text("عدن - الأحد 7 أغسطس 2016\nقتل ثلاثة جنود أمس في انفجار.") == ""


def test_a_txt_file_opened_by_a_dateline_is_titled_by_its_next_line_and_dated_by_it(tmp_path: Path) -> None:
    text = "عدن - الأحد 7 أغسطس 2016\nانفجار يستهدف نقطة أمنية في المنصورة\nقتل ثلاثة جنود أمس في انفجار سيارة مفخخة.\n"
    path = tmp_path / "aden.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = list(read_path(path))
    assert article.title == "انفجار يستهدف نقطة أمنية في المنصورة"
    assert article.text == text  # the dateline is kept in the text
    db = open_db(tmp_path / "m.db")
    report = import_paths(db, [path], workers=1, analyze=False)
    assert report.added == 1 and not report.errors
    (row,) = list_articles(db)
    assert (row["title"], row["published"], row["date_origin"]) == (
        "انفجار يستهدف نقطة أمنية في المنصورة", "2016-08-07", "text")
    assert get_article(db, row["id"])["text"] == text


def test_pasted_text_opened_by_a_dateline(tmp_path: Path) -> None:
    db = open_db(tmp_path / "m.db")
    import_text(db, "بغداد (رويترز) -\nتفجير في سوق شعبي\nقتل خمسة أشخاص في تفجير.\n", analyze=False)
    (row,) = list_articles(db)
    assert row["title"] == "تفجير في سوق شعبي"
