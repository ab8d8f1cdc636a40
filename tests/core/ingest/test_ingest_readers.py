"""Readers per format: what comes out of .txt, .json, .jsonl, .html, .gz and folders."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from core.ingest import readers
from core.ingest.dates import normalize_date
from core.ingest.model import ArticleIn, IngestError
from core.ingest.readers import read_path

BODY = "قالت مصادر محلية إن اشتباكات عنيفة اندلعت في مديرية دمت.\nوأضافت أن القتال استمر ساعات."
SNN_LINE = {
    "source": "aawsat",
    "url": "http://aawsat.com/home/article/1",
    "date_extracted": "2015-07-21 02:51:32",
    "title": "اشتباكات في دمت",
    "author": "عدن: مراسل",
    "content": BODY,
    "date_published": "2015-07-21",
}


def _articles(items: list) -> list[ArticleIn]:  # type: ignore[type-arg]
    return [i for i in items if isinstance(i, ArticleIn)]


def _errors(items: list) -> list[IngestError]:  # type: ignore[type-arg]
    return [i for i in items if isinstance(i, IngestError)]


def test_txt_title_is_a_short_first_line(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("\n\nعنوان الخبر\n" + BODY, encoding="utf-8")
    [art] = read_path(path)
    assert isinstance(art, ArticleIn)
    assert art.title == "عنوان الخبر"
    assert art.text == "\n\nعنوان الخبر\n" + BODY  # the text is kept whole
    assert art.origin == str(path) and art.published is None


def test_txt_title_falls_back_to_the_file_name(tmp_path: Path) -> None:
    long_first = "كلمة " * 60 + "\n" + BODY
    (tmp_path / "دمت_2015.txt").write_text(long_first, encoding="utf-8")
    (tmp_path / "one_line.txt").write_text("سطر واحد فقط", encoding="utf-8")
    assert [a.title for a in read_path(tmp_path / "دمت_2015.txt")] == ["دمت_2015"]
    assert [a.title for a in read_path(tmp_path / "one_line.txt")] == ["one_line"]


def test_txt_title_stops_at_any_line_break(tmp_path: Path) -> None:
    """Audit: a file with classic Mac line ends (a lone CR) or a Unicode line separator took its first
    150 characters, several paragraphs, as the title; the reader's heading ran over three lines."""
    for name, brk in (("cr.txt", "\r"), ("ls.txt", "\u2028"), ("ps.txt", "\u2029"), ("crlf.txt", "\r\n")):
        text = "غارات على صنعاء" + brk + "قُتل ٥ مدنيين" + brk + "وأصيب ١٥ آخرون."
        (tmp_path / name).write_bytes(text.encode("utf-8"))
        [art] = read_path(tmp_path / name)
        assert (art.title, art.text) == ("غارات على صنعاء", text), name


def test_txt_in_cp1256_and_utf16(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(BODY.encode("cp1256"))
    (tmp_path / "b.txt").write_bytes(BODY.encode("utf-16"))
    assert [a.text for a in read_path(tmp_path / "a.txt")] == [BODY]
    assert [a.text for a in read_path(tmp_path / "b.txt")] == [BODY]


def test_json_object_and_list(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"title": "ت", "text": BODY, "date": "22/07/2015"}), "utf-8")
    [art] = read_path(tmp_path / "one.json")
    assert (art.title, art.text, art.published) == ("ت", BODY, "2015-07-22")
    items = [
        {"title": "أ", "content": BODY, "published": "2015-07-23T08:00:00Z", "source": "s", "url": "u"},
        "not an object",
        {"title": "no text"},
        {"text": "سطر العنوان\n" + BODY},
    ]
    (tmp_path / "many.json").write_text(json.dumps(items, ensure_ascii=False), "utf-8")
    out = list(read_path(tmp_path / "many.json"))
    assert [type(i).__name__ for i in out] == ["ArticleIn", "IngestError", "IngestError", "ArticleIn"]
    assert (out[0].source, out[0].url, out[0].published) == ("s", "u", "2015-07-23")
    assert out[0].origin == f"{tmp_path / 'many.json'}[0]"
    assert "found str" in out[1].reason and "[1]" in out[1].origin
    assert out[3].title == "سطر العنوان"


def test_invalid_json_is_one_error(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text('{"title": "x", "text": ', "utf-8")
    [err] = read_path(tmp_path / "bad.json")
    assert isinstance(err, IngestError)
    assert str(err).startswith(str(tmp_path / "bad.json")) and "not valid JSON" in str(err)


def _jsonl(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_jsonl_malformed_line_is_one_error_and_the_rest_imports(tmp_path: Path) -> None:
    lines = [
        json.dumps(SNN_LINE, ensure_ascii=False),
        '{"title": "broken", "content": "نص',
        "",
        json.dumps({**SNN_LINE, "url": "u2", "content": BODY + " وقتل جندي."}, ensure_ascii=False),
        json.dumps({**SNN_LINE, "content": "   "}, ensure_ascii=False),
    ]
    path = tmp_path / "news.jsonl"
    path.write_bytes(_jsonl(lines))
    out = list(read_path(path))
    arts, errs = _articles(out), _errors(out)
    assert len(arts) == 2 and len(errs) == 2
    assert arts[0] == ArticleIn(
        title="اشتباكات في دمت", text=BODY, source="aawsat", url="http://aawsat.com/home/article/1",
        published="2015-07-21", origin=f"{path}:1",
    )  # fmt: skip
    assert arts[1].origin == f"{path}:4"
    assert errs[0].line == 2 and "malformed JSON" in errs[0].reason
    assert str(errs[0]) == f"{path}, line 2: {errs[0].reason}"
    assert errs[1].line == 5 and "no article text" in errs[1].reason


def test_jsonl_gz_streams_and_a_truncated_file_keeps_what_was_read(tmp_path: Path) -> None:
    lines = [json.dumps({**SNN_LINE, "url": f"u{i}"}, ensure_ascii=False) for i in range(50)]
    path = tmp_path / "news.jsonl.gz"
    path.write_bytes(gzip.compress(_jsonl(lines)))
    assert len(_articles(list(read_path(path)))) == 50
    whole = path.read_bytes()
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole[: len(whole) - 20])
    out = list(read_path(cut))
    assert len(_articles(out)) >= 1
    assert isinstance(out[-1], IngestError) and "gzip" in out[-1].reason


def test_jsonl_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(SNN_LINE).encode() + b"\r\n" + json.dumps(SNN_LINE).encode())
    assert len(_articles(list(read_path(path)))) == 2


def test_gz_txt_and_json(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(("عنوان\n" + BODY).encode("cp1256")))
    (tmp_path / "b.json.gz").write_bytes(gzip.compress(json.dumps(SNN_LINE).encode()))
    [a] = read_path(tmp_path / "a.txt.gz")
    [b] = read_path(tmp_path / "b.json.gz")
    assert (a.title, a.text) == ("عنوان", "عنوان\n" + BODY)
    assert b.text == BODY


def test_not_gzip_at_all(tmp_path: Path) -> None:
    (tmp_path / "fake.jsonl.gz").write_text("plain text", "utf-8")
    [err] = read_path(tmp_path / "fake.jsonl.gz")
    assert isinstance(err, IngestError) and "gzip" in err.reason


HTML = """<!doctype html><html lang="ar" dir="rtl"><head>
<meta charset="windows-1256"><title>اشتباكات في دمت - صحيفة</title>
<script>var secret = "نص من السكربت";</script><style>p{color:red}</style></head>
<body><nav><a href="/">الرئيسية</a> <a href="/x">أخبار</a></nav>
<article><h1>اشتباكات في دمت</h1>
<p>قالت مصادر محلية إن اشتباكات عنيفة اندلعت في مديرية دمت بمحافظة الضالع بين المقاومة الشعبية ومسلحي الحوثي.</p>
<script>document.write("إعلان من سكربت")</script>
<p>وأضافت المصادر أن القتال استمر ساعات وأسفر عن مقتل ثلاثة من المسلحين وإصابة آخرين.</p>
<img src="http://example.invalid/a.jpg"></article>
<footer>جميع الحقوق محفوظة</footer></body></html>"""


def test_html_main_text_without_scripts(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(HTML.encode("cp1256"))
    [art] = read_path(path)
    assert isinstance(art, ArticleIn)
    assert "اشتباكات عنيفة اندلعت في مديرية دمت" in art.text
    assert "وأسفر عن مقتل ثلاثة" in art.text
    assert "سكربت" not in art.text and "secret" not in art.text and "color" not in art.text
    assert art.title.startswith("اشتباكات في دمت")


def test_html_without_article_text(tmp_path: Path) -> None:
    (tmp_path / "empty.htm").write_text("<html><head><title>x</title></head><body></body></html>", "utf-8")
    [err] = read_path(tmp_path / "empty.htm")
    assert isinstance(err, IngestError) and "no article text" in err.reason
    (tmp_path / "nav.html").write_text("<html><body><nav>a</nav></body></html>", "utf-8")
    [err] = read_path(tmp_path / "nav.html")  # trafilatura's recall mode finds «a»: not an article
    assert isinstance(err, IngestError) and err.reason.startswith("no article text found in the HTML page")
    (tmp_path / "menu.html").write_text("<html><body><nav>الرئيسية | أخبار | اتصل</nav></body></html>", "utf-8")
    [err] = read_path(tmp_path / "menu.html")
    assert isinstance(err, IngestError) and "no article text" in err.reason


def test_folder_walk_is_sorted_skips_unsupported_and_survives_symlink_loops(tmp_path: Path) -> None:
    root = tmp_path / "inbox"
    (root / "sub").mkdir(parents=True)
    (root / "b.txt").write_text("عنوان ب\n" + BODY, "utf-8")
    (root / "sub" / "a.txt").write_text("عنوان أ\n" + BODY, "utf-8")
    (root / "photo.png").write_bytes(b"\x89PNG")
    (root / ".hidden.txt").write_text("مخفي\n" + BODY, "utf-8")
    (root / "empty.txt").write_bytes(b"")
    os.symlink(root, root / "sub" / "loop")
    out = list(read_path(root))
    assert [a.title for a in _articles(out)] == ["عنوان ب", "عنوان أ"]
    err, png = _errors(out)
    assert err.origin == str(root / "empty.txt") and err.reason == "empty file" and not err.passed_over
    # The picture is named (it was passed over silently), as a file passed over, not a failure.
    assert png.origin == str(root / "photo.png") and png.passed_over
    assert (png.code, png.params, png.reason) == ("not_a_text_format", {"suffix": ".png"},
                                                  "skipped: not a text format («.png»)")


def test_missing_and_unsupported_paths(tmp_path: Path) -> None:
    [missing] = read_path(tmp_path / "nope.txt")
    assert isinstance(missing, IngestError) and "no such file" in missing.reason
    (tmp_path / "data.csv").write_text("a,b", "utf-8")
    [unsupported] = read_path(tmp_path / "data.csv")
    assert isinstance(unsupported, IngestError) and "unsupported" in unsupported.reason


def test_binary_file_with_a_text_extension(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_bytes(bytes(range(256)) * 4)
    [err] = read_path(tmp_path / "x.txt")
    assert isinstance(err, IngestError)
    assert str(err) == f"{tmp_path / 'x.txt'}: binary file, not text"


def test_huge_documents_are_refused_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_TEXT_BYTES", 1000)
    (tmp_path / "big.txt").write_text("ا" * 2000, "utf-8")
    [err] = read_path(tmp_path / "big.txt")
    assert isinstance(err, IngestError) and "too large" in err.reason
    lines = [json.dumps({"text": "ب" * 900}), json.dumps({"text": "نص قصير"})]
    (tmp_path / "big.jsonl").write_text("\n".join(lines), "utf-8")
    out = list(read_path(tmp_path / "big.jsonl"))
    assert isinstance(out[0], IngestError) and out[0].line == 1 and "too long" in out[0].reason
    assert isinstance(out[1], ArticleIn) and out[1].text == "نص قصير"


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2015-07-21", "2015-07-21"),
        ("2015-07-21 02:51:32", "2015-07-21"),
        ("2015-07-21T02:51:32+03:00", "2015-07-21"),
        ("21/07/2015", "2015-07-21"),
        ("July 2015", None),
        ("", None),
        (None, None),
        (20150721, None),
        ("Mon, 03 Aug 2015 22:00:00 -0500", "2015-08-03"),  # RFC 2822: the publisher's day
        ("Tue, 4 Aug 2015 01:30:00 GMT", "2015-08-04"),
        ("3 أغسطس 2015", "2015-08-03"),
        ("٣ أغسطس ٢٠١٥", "2015-08-03"),
        ("الاثنين 3 آب (أغسطس) 2015 - 10:00", "2015-08-03"),
        ("14 تموز 2015", "2015-07-14"),
        ("1 كانون الثاني، 2015", "2015-01-01"),
        ("12 كانون الأول 2014", "2014-12-12"),
        ("5 إبريل 2015", "2015-04-05"),
        ("3 أوت 2015", "2015-08-03"),
        ("31 شباط 2015", None),
        ("18 شوال 1436", None),  # Hijri: not read rather than misread
        ("أغسطس 2015", None),
    ],
)
def test_normalize_date(value: object, expected: str | None) -> None:
    assert normalize_date(value) == expected


def test_json_dates_as_exports_write_them_and_a_warning_for_the_rest(tmp_path: Path) -> None:
    rows = [
        {"text": BODY, "date": "Mon, 03 Aug 2015 22:00:00 -0500"},
        {"text": BODY, "published": "3 أغسطس 2015"},
        {"text": BODY, "date": 1438639200},  # Unix seconds
        {"text": BODY, "date": 1438639200000},  # milliseconds
        {"text": BODY, "date": "1438639200"},
        {"text": BODY, "date": "قبل ساعتين", "date_published": "2015-08-05"},  # the next field is read
        {"text": BODY, "date": "قبل ساعتين"},
        {"text": BODY, "date": 42},
        {"text": BODY},
    ]
    (tmp_path / "d.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    arts = _articles(list(read_path(tmp_path / "d.jsonl")))
    assert [a.published for a in arts] == ["2015-08-03"] * 5 + ["2015-08-05", None, None, None]
    assert [a.warnings for a in arts[:6]] == [[]] * 6 and arts[8].warnings == []
    assert arts[6].warnings == ["date not understood (date \"قبل ساعتين\"); imported without a date"]
    assert arts[7].warnings == ["date not understood (date 42); imported without a date"]


def test_utf16_jsonl_as_powershell_writes_it(tmp_path: Path) -> None:
    """PowerShell 5's Out-File and > write UTF-16 LE with a BOM and CRLF line ends."""
    rows = [{"title": "أ", "text": BODY}, {"title": "ب", "text": "نص آخر عن القتال في تعز"}]
    text = "\r\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\r\n"
    (tmp_path / "ps.jsonl").write_bytes(text.encode("utf-16"))  # BOM + UTF-16 LE
    (tmp_path / "be.jsonl").write_bytes(text.encode("utf-16-be"))  # no BOM
    (tmp_path / "ps.jsonl.gz").write_bytes(gzip.compress(text.encode("utf-16")))
    for name in ("ps.jsonl", "be.jsonl", "ps.jsonl.gz"):
        out = list(read_path(tmp_path / name))
        assert [(a.title, a.text) for a in _articles(out)] == [("أ", BODY), ("ب", rows[1]["text"])], name
        assert _errors(out) == [] and out[1].origin.endswith(":2")


def test_json_object_holding_a_list_of_articles(tmp_path: Path) -> None:
    for key in ("articles", "items", "data"):
        doc = {"status": "ok", "total": 2, key: [{"title": "أ", "body": BODY}, {"title": "no text"}]}
        (tmp_path / f"{key}.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
        art, err = read_path(tmp_path / f"{key}.json")
        assert isinstance(art, ArticleIn) and (art.title, art.text) == ("أ", BODY)
        assert art.origin == f"{tmp_path / (key + '.json')}[{key}][0]"
        assert isinstance(err, IngestError) and err.origin.endswith(f"[{key}][1]")
        assert err.reason == "no article text (no non-empty text, content or body field)"
    # An article that happens to have a "data" list is still one article.
    (tmp_path / "one.json").write_text(json.dumps({"text": BODY, "data": [1, 2]}), "utf-8")
    [art] = read_path(tmp_path / "one.json")
    assert isinstance(art, ArticleIn) and art.text == BODY


def test_a_folder_that_cannot_be_listed_is_an_error_not_silence(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Bad-input review: os.walk skips a sub-folder it cannot list (no permission, unplugged) without
    a word, so its articles were silently not imported ("0 errors"). It is now one error naming it."""
    (tmp_path / "ok.txt").write_text("قتل رجل في تعز", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "lost.txt").write_text("قتل رجلان في عدن", encoding="utf-8")
    scandir = os.scandir

    def no_permission(path="."):  # type: ignore[no-untyped-def]
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", no_permission)  # tests run as root: chmod 000 is moot
    items = list(read_path(tmp_path))
    assert [i.text for i in items if isinstance(i, ArticleIn)] == ["قتل رجل في تعز"]
    errors = [str(i) for i in items if isinstance(i, IngestError)]
    assert len(errors) == 1 and str(locked) in errors[0] and "cannot read folder (Permission denied)" in errors[0]


def test_a_folder_with_a_list_of_its_files_imports_each_once_with_its_details(tmp_path: Path) -> None:
    """A .json list of entries naming a file beside it («{"file": …, "title": …, "source": …,
    "published": …}», like the bundled samples' `samples.json`) gives those files their details;
    it was read as articles without text (one error per entry) and each file came in a second time
    under its file name."""
    (tmp_path / "dhale.txt").write_text("تصدت قوات المقاومة الشعبية لمحاولة تسلل في الضالع.\nنص ثان.", encoding="utf-8")
    (tmp_path / "cp.txt").write_bytes("اشتباكات في مدينة تعز أمس.".encode("cp1256"))
    (tmp_path / "other.txt").write_text("خبر آخر لا تذكره القائمة.", encoding="utf-8")
    (tmp_path / "list.json").write_text(json.dumps([
        {"file": "dhale.txt", "title": "المقاومة تصد محاولة تسلل", "source": "عينة", "published": "2015-07-21"},
        {"file": "cp.txt", "published": None},
    ], ensure_ascii=False), encoding="utf-8")
    items = list(read_path(tmp_path))
    assert all(isinstance(i, ArticleIn) for i in items), items
    by_file = {Path(a.origin).name: a for a in items}
    assert sorted(by_file) == ["cp.txt", "dhale.txt", "other.txt"]  # each file once
    dhale = by_file["dhale.txt"]
    assert (dhale.title, dhale.source, dhale.published) == ("المقاومة تصد محاولة تسلل", "عينة", "2015-07-21")
    assert dhale.text.startswith("تصدت قوات المقاومة")
    assert by_file["cp.txt"].text == "اشتباكات في مدينة تعز أمس."  # read by the file's own reader (cp1256)
    assert by_file["cp.txt"].title == "cp"  # no title listed: the file's own


def test_a_list_naming_a_missing_or_outside_file_says_so(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "secret.txt").write_text("نص خارج المجلد", encoding="utf-8")
    (tmp_path / "sub" / "list.json").write_text(json.dumps([{"file": "gone.txt"}, {"file": "../secret.txt"}]),
                                                encoding="utf-8")
    errors = [i for i in read_path(tmp_path / "sub" / "list.json") if isinstance(i, IngestError)]
    assert len(errors) == 2
    assert "missing" in errors[0].reason and "outside" in errors[1].reason
