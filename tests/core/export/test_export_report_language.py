"""The report follows a language: English (the default) or Arabic, right to left, with Arabic
headings, totals under Arabic names and the Arabic summaries; `marsad export --lang` chooses it."""

from __future__ import annotations

import html
import io
import json
import re

import pytest
from click.testing import CliRunner

from core.cli import cli
from core.export import write_options
from core.export import report
from core.export.report import arabic_scope, total_names, write_report_html, write_report_md
from core.export.scope import ExportError
from core.export.totals import UNKNOWN
from core.ingest.model import ArticleIn
from core.store import add_article, open_db, save_analysis

from export_fixtures import make_bundle, make_incident


def sample(selection_of):
    strike = make_incident(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                           summary_ar="غارة جوية على الزاهر", summary_en="Air strike on Al Zahir",
                           actor2={"text": "المسلحين", "name_ar": "", "name_en": ""},
                           location={**make_incident()["location"], "name_en": "Al Zahir", "name_ar": "الزاهر",
                                     "admin1_en": "Al Bayda", "admin1_ar": "", "lat": 13.9, "lon": 45.4})  # fmt: skip
    return selection_of([make_bundle(1, [make_incident(), strike])])


def html_of(selection, lang: str) -> str:
    out = io.StringIO()
    write_report_html(out, selection, lang=lang)
    return out.getvalue()


def test_the_arabic_report_is_right_to_left_and_in_arabic(selection_of):
    page = html_of(sample(selection_of), "ar")
    assert page.startswith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')
    for heading in ("تقرير مرصد عن الحوادث", "حسب نوع الحدث", "حسب المحافظة", "حسب الطرف", "الخريطة", "الحوادث"):
        assert heading in page, heading
    for english in ("Marsad incident report", "By event type", "Killed", "Summary", "Air strike on Al Zahir",
                    "Houthi Movement", "Explosions/Remote violence", "machine"):
        assert english not in page, english
    assert "غارة جوية على الزاهر" in page and "مقتل 12 حوثيا" in page  # the Arabic summaries
    assert "تفجيرات/عنف عن بُعد" in page  # the event type as the Arabic interface names it
    assert "جماعة الحوثي ضد المقاومة الشعبية" in page  # actors by their Arabic names
    assert ">البيضاء<" in page  # a governorate known in English only, in Arabic
    assert "حادثتان من مقال واحد" in page  # the counted nouns agree
    assert "<td dir=\"rtl\" lang=\"ar\">جماعة الحوثي</td>" in page  # totals by Arabic actor names


def test_the_english_report_is_unchanged_by_default(selection_of):
    selection = sample(selection_of)
    default = io.StringIO()
    write_report_html(default, selection)
    page = default.getvalue()
    assert page == html_of(selection, "en")
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">') and "By event type" in page
    assert "Houthi Movement vs Popular Resistance" in page and "Al Maslahin" in page  # no English name: spelled


def test_the_arabic_markdown_isolates_its_lines(selection_of):
    out = io.StringIO()
    write_report_md(out, sample(selection_of), lang="ar")
    text = out.getvalue()
    assert text.startswith("# تقرير مرصد عن الحوادث")
    assert "| التاريخ | النوع | المكان | الأطراف |" in text
    assert "\u2067غارة جوية على الزاهر\u2069" in text and "Air strike" not in text
    # the figures run right to left like their heading «قتلى / جرحى / أسرى»: killed at the right
    assert "\u206712 / 22 / ؟\u2069" in text and "\u202a12 / 22" not in text


def test_unknown_language_is_refused(selection_of):
    with pytest.raises(ValueError):
        html_of(sample(selection_of), "fr")
    with pytest.raises(ExportError):
        write_options("html", lang="fr")
    assert write_options("acled-csv", lang="ar") == {}  # the incident formats are ACLED's English columns
    assert write_options("pdf", lang="ar") == {"lang": "ar"} and write_options("md") == {}


def test_scope_lines_in_arabic():
    assert arabic_scope("whole corpus") == "المكتبة كلها"
    assert arabic_scope("articles 3, 5") == "المقالات 3، 5"
    assert arabic_scope("article 5; search “صعدة”") == "المقال 5؛ البحث «صعدة»"
    assert arabic_scope("library search “دمت”, governorate Taizz, starred") == \
        "المكتبة: البحث «دمت», المحافظة تعز, المميّزة بنجمة"


def test_the_scope_line_names_a_filter_s_event_type_and_governorate_in_arabic():
    """An event type and a governorate filter are the stored English names, picked from a list: the
    Arabic scope line names them as the report's tables do (it read «الحدث Battles», «المحافظة Al
    Anbar»): Yemen's governorates from the translations, another country's from the gazetteer; a
    name neither knows stays as it is."""
    assert arabic_scope("library event Battles, governorate Al-Anbar") == "المكتبة: الحدث معارك, المحافظة الأنبار"
    assert arabic_scope("library event Explosions/Remote violence, governorate Rural Damascus, unread") == \
        "المكتبة: الحدث تفجيرات/عنف عن بُعد, المحافظة ريف دمشق, غير المقروءة"
    assert arabic_scope("library governorate Nowhere Province, event Some event") == \
        "المكتبة: المحافظة Nowhere Province, الحدث Some event"
    # a tag or a source that happens to be an event type's English name is the analyst's word
    assert arabic_scope("library tag Battles, source Battles") == "المكتبة: الوسم Battles, المصدر Battles"


def test_a_governorate_s_arabic_name_from_the_gazetteer():
    from core.text.transliterate import arabic_governorate

    assert arabic_governorate("Al-Anbar") == "الأنبار"
    assert arabic_governorate("Aleppo") == "حلب"
    assert arabic_governorate("Benghazi") == "بنغازي"
    assert arabic_governorate("Lahij") == "لحج"
    assert arabic_governorate("Nowhere Province") == "" and arabic_governorate(None) == "" and arabic_governorate("") == ""



def test_the_scope_line_keeps_the_analysts_words_as_typed():
    """Only the scope's own words are translated: the search, a tag or a source the analyst typed
    keep their English words («from», «to», «event», «tag» inside them stay)."""
    assert arabic_scope("article 5; search “attack from air”") == "المقال 5؛ البحث «attack from air»"
    assert arabic_scope("library search “event to tag”, from 2015-08-01, to 2015-08-09, tag from home, unread") == \
        "المكتبة: البحث «event to tag», من 2015-08-01, إلى 2015-08-09, الوسم from home, غير المقروءة"
    assert arabic_scope("library source Saba from Sanaa, starred") == "المكتبة: المصدر Saba from Sanaa, المميّزة بنجمة"


def test_the_totals_names_are_one_definition_for_both_writers(selection_of, monkeypatch):
    kind, gov, who = total_names("ar")
    assert kind("Explosions/Remote violence") == "تفجيرات/عنف عن بُعد"
    assert kind(UNKNOWN) == "غير معروف"  # an incident an analyst added without a type
    assert gov(UNKNOWN) == "غير معروفة" and gov("البيضاء") == "البيضاء" and who("جماعة الحوثي") == "جماعة الحوثي"
    kind, gov, who = total_names("en")
    assert kind("Battles") == "Battles" and gov("Al Bayda") == "Al Bayda"
    # the Markdown and the HTML writers both name their totals through it
    monkeypatch.setattr(report, "total_names", lambda lang: (lambda k: "KIND", lambda k: "GOV", lambda k: "WHO"))
    md = io.StringIO()
    write_report_md(md, sample(selection_of), lang="ar")
    for text in (md.getvalue(), html_of(sample(selection_of), "ar")):
        assert all(marker in text for marker in ("KIND", "GOV", "WHO"))

def test_cli_lang_chooses_the_report_language(tmp_path):
    db = open_db(tmp_path / "m.db")
    article, _ = add_article(db, ArticleIn(title="اشتباكات", text="قتل 12 مسلحا في دمت", source="عكاظ",
                                           published="2015-08-05"))
    save_analysis(db, article, {"entities": [], "summary": {}, "analyzer_version": "1", "incidents": [make_incident()]})
    db.conn.close()
    for lang, marker in (("ar", '<html lang="ar" dir="rtl">'), ("en", '<html lang="en">')):
        out = tmp_path / f"r_{lang}.html"
        done = CliRunner().invoke(cli, ["--db", str(tmp_path / "m.db"), "export", "--format", "html", "--lang", lang,
                                        "-o", str(out)], obj={})
        assert done.exit_code == 0, done.output
        assert marker in out.read_text(encoding="utf-8")
    default = tmp_path / "default.html"
    assert CliRunner().invoke(cli, ["--db", str(tmp_path / "m.db"), "export", "--format", "html", "-o", str(default)],
                              obj={}).exit_code == 0
    assert '<html lang="en">' in default.read_text(encoding="utf-8")
    refused = CliRunner().invoke(cli, ["--db", str(tmp_path / "m.db"), "export", "--format", "html", "--lang", "fr",
                                       "-o", str(tmp_path / "x.html")], obj={})
    assert refused.exit_code != 0 and not (tmp_path / "x.html").exists()


def test_the_arabic_totals_count_one_actor_once_whatever_its_arabic_wording(selection_of):
    """Two articles name the Houthis differently in Arabic («جماعة الحوثي», «ميليشيات الحوثي
    وصالح») under one English name: the Arabic report counts them as one actor, as the English
    report does, shown by the Arabic name most incidents carry."""
    other = {"text": "ميليشيات الحوثي", "name_ar": "ميليشيات الحوثي وصالح", "name_en": "Houthi Movement",
             "actor_type": "rebel", "inter": 2}
    selection = selection_of([make_bundle(1, [make_incident(), make_incident(seq=2)]),
                              make_bundle(2, [make_incident(actor1=other, date="2015-09-20")])])
    totals = report.report_totals(list(selection.incidents), "ar")
    english = report.report_totals(list(selection.incidents), "en")
    assert dict(totals.by_actor) == {"جماعة الحوثي": 3, "المقاومة الشعبية": 3}
    assert sorted(totals.by_actor.values()) == sorted(english.by_actor.values())


def test_the_bundled_samples_source_is_arabic_in_the_arabic_reports(selection_of) -> None:
    """The sample library's Arabic report listed «#1 Bundled sample (user's reference article)» in
    every row of its Arabic table (the interface already names it in Arabic); other sources stay
    as imported, and the English report keeps the English."""
    import importlib.resources

    from core.export.annotations import write_notes_md
    from core.export.docx_report import write_report_docx
    from core.export.report import SAMPLE_SOURCE, SAMPLE_SOURCE_AR

    samples = json.loads(importlib.resources.files("resources").joinpath("samples/samples.json").read_text("utf-8"))
    assert {s["source"] for s in samples} == {SAMPLE_SOURCE}  # the name the reports know
    sample = make_bundle(1, [make_incident()], source=SAMPLE_SOURCE)
    sample.notes = [{"body": "ملاحظة", "created_at": "2015-08-08T10:00:00+00:00", "updated_at": ""}]
    selection = selection_of([sample, make_bundle(2, [make_incident(date="2015-09-01")], source="سبأ نت")])
    for write in (write_report_html, write_report_md, write_notes_md):
        ar, en = io.StringIO(), io.StringIO()
        write(ar, selection, lang="ar")
        write(en, selection, lang="en")
        ar_text, en_text = html.unescape(ar.getvalue()), html.unescape(en.getvalue())
        assert SAMPLE_SOURCE_AR in ar_text and SAMPLE_SOURCE not in ar_text
        assert "سبأ نت" in ar_text or write is write_notes_md  # (an article with no note is not listed)
        assert SAMPLE_SOURCE in en_text and SAMPLE_SOURCE_AR not in en_text
    buf = io.BytesIO()
    write_report_docx(buf, selection, lang="ar")
    import docx

    cells = [c.text for t in docx.Document(io.BytesIO(buf.getvalue())).tables for r in t.rows for c in r.cells]
    assert any(SAMPLE_SOURCE_AR in c for c in cells) and not any(SAMPLE_SOURCE in c for c in cells)
