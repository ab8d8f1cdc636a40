"""The reports' Place cells name a governorate that is the place itself once (session 43): a corpus
export showed «Baghdad, Baghdad», «Sebha, Sebha» and «بغداد، بغداد» beside summaries that say
«near Baghdad» — the summaries' rule (`core.incidents.summary`), now the cells' too."""

from __future__ import annotations

from export_fixtures import make_bundle, make_incident

from core.export.report import arabic_place, place_columns, write_report_html, write_report_md
from core.export.scope import selection_from_bundles

BAGHDAD = {"text": "بغداد", "name_ar": "بغداد", "name_en": "Baghdad", "kind": "city", "admin1_ar": "بغداد",
           "admin1_en": "Baghdad", "country": "Iraq", "iso": 368, "lat": 33.34, "lon": 44.4, "geo_precision": 1}
# the city in the gazetteer's spelling, its governorate in another: the Arabic names are one
DHALE = {"text": "مدينة الضالع", "name_ar": "الضالع", "name_en": "Ad Dali'", "kind": "city", "admin1_ar": "الضالع",
         "admin1_en": "Ad Dali", "country": "Yemen", "iso": 887, "lat": 13.7, "lon": 44.73, "geo_precision": 1}


def test_a_governorate_that_is_the_place_is_named_once() -> None:
    assert place_columns(make_incident(location=BAGHDAD)) == ("Baghdad", "بغداد")
    assert arabic_place(make_incident(location=BAGHDAD)) == "بغداد"
    assert place_columns(make_incident(location=DHALE)) == ("Ad Dali'", "الضالع")
    assert arabic_place(make_incident(location=DHALE)) == "الضالع"


def test_a_place_in_another_governorate_keeps_it() -> None:
    inc = make_incident()  # Damt, in Al Dhale'e
    assert place_columns(inc) == ("Damt, Al Dhale'e", "دمت، الضالع")
    assert arabic_place(inc) == "دمت، الضالع"
    assert place_columns(make_incident(location=None)) == ("", "")
    assert arabic_place(make_incident(location=None)) == ""


def test_the_html_and_markdown_reports_cells() -> None:
    import io

    selection = selection_from_bundles([make_bundle(1, [make_incident(location=BAGHDAD), make_incident()])],
                                       description="x")
    for write in (write_report_html, write_report_md):
        for lang in ("en", "ar"):
            out = io.StringIO()
            write(out, selection, lang=lang)
            report = out.getvalue()
            assert "Baghdad, Baghdad" not in report and "بغداد، بغداد" not in report
            assert "دمت، الضالع" in report
