"""Damaged input an analyst's real files carry: the article comes in, the damage is named.

A broken UTF-16 half in a JSON string (a scraper that cut a string inside an emoji), NUL bytes
in a text file (a copy that stopped, a tool that pads), an HTML page whose charset label says
Western European while its bytes are Arabic, an HTML page, a Word document or a PDF saved
under a .txt name, a number too long for Python in a field. All fixtures are made here.
"""

from __future__ import annotations

import json
from pathlib import Path

from core.ingest.importer import import_paths
from core.store import count_articles, open_db

ARABIC = "قتل خمسة مدنيين وأصيب ثلاثة آخرون في قصف على سوق شعبي في مدينة تعز يوم الاثنين."
OTHER = "اشتباكات في مأرب بين الجيش والحوثيين أسفرت عن مقتل عشرة مسلحين يوم الثلاثاء."


def _texts(db) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {row["title"]: row["text"] for row in db.query("SELECT title, text FROM articles")}


def _write_good(folder: Path) -> None:
    (folder / "a_good.txt").write_text("خبر سليم\n" + OTHER, encoding="utf-8")


def test_a_lone_utf16_half_in_json_is_replaced_and_named_not_the_import_lost(tmp_path: Path) -> None:
    """json.loads accepts "\\udc00" and gives a str Python cannot encode: it crashed the store
    (UnicodeEncodeError) and with it the whole import, the good files beside it included."""
    folder = tmp_path / "in"
    folder.mkdir()
    _write_good(folder)
    (folder / "b_cut.json").write_text('{"title": "مقطوع \\ud83d", "text": "' + ARABIC + ' \\udc00"}', encoding="utf-8")
    (folder / "c_lines.jsonl").write_text(
        json.dumps({"title": "سطر", "text": OTHER + " ثانية"}, ensure_ascii=False) + "\n"
        + '{"title": "سطر مقطوع", "text": "' + ARABIC + ' \\ud800 ثالثة"}\n', encoding="utf-8")
    db = open_db(tmp_path / "lib.db")
    report = import_paths(db, [folder], analyze=False)
    texts = _texts(db)
    assert count_articles(db) == 4 and not report.errors
    assert texts["مقطوع \ufffd"] == ARABIC + " \ufffd"
    assert texts["سطر مقطوع"] == ARABIC + " \ufffd ثالثة"
    damaged = [w for w in report.warnings if w.code == "damaged_characters"]
    assert sorted((Path(w.origin).name, w.params["count"]) for w in damaged) == [("b_cut.json", "2"), ("c_lines.jsonl:2", "1")]
    assert "2 damaged characters" in damaged[0].reason


def test_nul_bytes_inside_a_text_file_are_removed_and_named(tmp_path: Path) -> None:
    """A few NUL bytes in otherwise readable UTF-8 (or a tail of them, as a copy that stopped
    leaves) refused the whole file as «binary file, not text»."""
    stray = tmp_path / "stray.txt"
    stray.write_bytes(("عنوان الخبر\n" + ARABIC[:20]).encode() + b"\x00\x00" + ARABIC[20:].encode())
    padded = tmp_path / "padded.txt"
    padded.write_bytes(("خبر آخر\n" + OTHER).encode("cp1256") + b"\x00" * 4096)
    db = open_db(tmp_path / "lib.db")
    report = import_paths(db, [stray, padded], analyze=False)
    assert not report.errors, report.errors
    texts = _texts(db)
    assert texts["عنوان الخبر"] == "عنوان الخبر\n" + ARABIC
    assert texts["خبر آخر"] == "خبر آخر\n" + OTHER
    assert sorted((Path(w.origin).name, w.code, w.params["count"]) for w in report.warnings) == [
        ("padded.txt", "damaged_characters", "4096"), ("stray.txt", "damaged_characters", "2")]


def test_binary_files_with_nul_bytes_are_still_refused(tmp_path: Path) -> None:
    """Removing stray NULs must not let binary data in as text."""
    blob = tmp_path / "blob.txt"
    blob.write_bytes(bytes(range(256)) * 30)
    db = open_db(tmp_path / "lib.db")
    report = import_paths(db, [blob], analyze=False)
    assert count_articles(db) == 0 and [e.code for e in report.errors] == ["not_text"]


def test_an_arabic_page_labelled_western_european_reads_as_arabic(tmp_path: Path) -> None:
    """Old Arabic sites served cp1256 bytes under «charset=windows-1252» or «iso-8859-1»;
    the label decodes anything, so the page was stored as «ÞÊá ÎãÓÉ…» mojibake."""
    for i, label in enumerate(("windows-1252", "iso-8859-1")):
        page = (f'<html><head><meta charset="{label}"><title>عنوان {i}</title></head>'
                f"<body><article><p>{ARABIC}</p><p>{OTHER} {i}</p></article></body></html>")
        (tmp_path / f"p{i}.html").write_bytes(page.encode("cp1256"))
    french = ('<html><head><meta charset="windows-1252"><title>Frappes à Taëz</title></head><body><article>'
              "<p>Des frappes aériennes ont touché un marché de Taëz lundi, tuant cinq civils et blessant trois "
              "autres personnes, selon des témoins présents sur les lieux.</p></article></body></html>")
    (tmp_path / "fr.html").write_bytes(french.encode("cp1252"))
    db = open_db(tmp_path / "lib.db")
    report = import_paths(db, [tmp_path], analyze=False)
    assert not report.errors, report.errors
    texts = _texts(db)
    assert ARABIC in texts["عنوان 0"] and ARABIC in texts["عنوان 1"]
    assert "Taëz" in texts["Frappes à Taëz"]  # a Western page keeps its label


def test_a_web_page_saved_as_txt_is_read_as_a_page(tmp_path: Path) -> None:
    """«Save as… text» keeping the HTML stored the tags, scripts and all, as the article."""
    page = tmp_path / "saved page.txt"
    page.write_text("<!DOCTYPE html>\n<html><head><title>قصف في تعز</title><script>var x = 1;</script></head>"
                    f"<body><article><p>{ARABIC}</p><p>{OTHER}</p></article></body></html>", encoding="utf-8")
    db = open_db(tmp_path / "lib.db")
    report = import_paths(db, [page], analyze=False)
    assert not report.errors
    (title, text), = _texts(db).items()
    assert title == "قصف في تعز" and ARABIC in text and "<" not in text and "var x" not in text


def test_a_word_document_named_txt_is_read_as_word(tmp_path: Path) -> None:
    """A .docx renamed .txt was refused as «binary file, not text» though Marsad reads Word."""
    import docx

    document = docx.Document()
    for paragraph in ("تقرير ميداني", ARABIC, OTHER):
        document.add_paragraph(paragraph)
    path = tmp_path / "report.txt"
    document.save(path)
    db = open_db(tmp_path / "lib.db")
    report = import_paths(db, [path], analyze=False)
    assert not report.errors, report.errors
    (text,) = _texts(db).values()
    assert ARABIC in text and OTHER in text


def test_a_number_too_long_for_python_costs_the_field_not_the_article(tmp_path: Path) -> None:
    """Python refuses to convert integers of over 4300 digits: the whole file failed with
    «could not be read (ValueError: Exceeds the limit …; use sys.set_int_max_str_digits()…)»."""
    path = tmp_path / "big.json"
    path.write_text('[{"title": "رقم", "text": "' + ARABIC + '", "date": ' + "9" * 5000 + "},"
                    ' {"title": "سليم", "text": "' + OTHER + '"}]', encoding="utf-8")
    lines = tmp_path / "big.jsonl"
    lines.write_text('{"title": "سطر", "text": "' + ARABIC + ' سطر", "id": ' + "7" * 5000 + "}\n", encoding="utf-8")
    db = open_db(tmp_path / "lib.db")
    report = import_paths(db, [path, lines], analyze=False)
    assert not report.errors, report.errors
    assert set(_texts(db)) == {"رقم", "سليم", "سطر"}
    assert [w.code for w in report.warnings] == ["date_not_understood"]


def test_a_pdf_named_txt_is_read_by_the_pdf_reader(tmp_path: Path) -> None:
    """A PDF under a .txt name was «binary file, not text»; now the PDF reader reads it and a
    damaged one gets its own error."""
    path = tmp_path / "scan.txt"
    path.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")
    db = open_db(tmp_path / "lib.db")
    report = import_paths(db, [path], analyze=False)
    assert [e.code for e in report.errors] == ["pdf_damaged"]


def test_a_zip_with_a_wrong_content_list_is_a_damaged_word_document(tmp_path: Path) -> None:
    """python-docx met a [Content_Types].xml of the wrong shape with an AttributeError, shown as
    «could not be read (AttributeError: 'lxml.etree._Element' object has no attribute 'overrides')»."""
    import zipfile

    path = tmp_path / "odd.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<x/>")
        z.writestr("word/document.xml", "<w:document/>")
    db = open_db(tmp_path / "lib.db")
    report = import_paths(db, [path], analyze=False)
    assert [e.code for e in report.errors] == ["docx_damaged"]


def test_arabic_stored_as_latin_mojibake_is_read_back_and_named(tmp_path: Path) -> None:
    """A scraper that decoded the page as Latin-1 (requests' default for text/html without a
    charset) stores «Ù‚ØªÙ„ Ø®Ù…Ø³Ø©» for UTF-8 Arabic and «ÞÊá ÎãÓÉ» for cp1256 Arabic; they were
    imported as they were, an article of Latin letters with no entity and no incident."""
    rows = [
        {"title": "خبر أول".encode().decode("latin-1"), "text": ARABIC.encode().decode("latin-1")},
        {"title": "خبر ثان".encode("cp1256").decode("latin-1"), "text": OTHER.encode("cp1256").decode("latin-1")},
        {"title": "Frappes à Taëz", "text": "Des frappes aériennes ont touché un marché à Taëz, dit-on «déjà»."},
    ]
    path = tmp_path / "scraped.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    db = open_db(tmp_path / "lib.db")
    report = import_paths(db, [path], analyze=False)
    assert _texts(db) == {"خبر أول": ARABIC, "خبر ثان": OTHER, "Frappes à Taëz": rows[2]["text"]}
    assert sorted((w.origin.rsplit(":", 1)[1], w.code, w.params.get("encoding")) for w in report.warnings) == [
        ("1", "mojibake_repaired", "UTF-8"), ("2", "mojibake_repaired", "cp1256"),
        ("3", "no_arabic_text", None)]  # the French row: French it stays, and the analyst is told


def test_a_text_file_of_mojibake_is_read_back(tmp_path: Path) -> None:
    path = tmp_path / "copied.txt"
    path.write_text(("عنوان\n" + ARABIC).encode().decode("cp1252", errors="replace"), encoding="utf-8")
    db = open_db(tmp_path / "lib.db")
    report = import_paths(db, [path], analyze=False)
    (title, text), = _texts(db).items()
    # «ف» is 0xD9 0x81 in UTF-8 and cp1252 has no 0x81: those letters are lost (U+FFFD), the rest read
    assert title == "عنوان" and text.replace("\ufffd", "ف") == "عنوان\n" + ARABIC
    assert [w.code for w in report.warnings] == ["mojibake_repaired"]
