"""An incident's figures (where its killed, injured, captured are told) are stored with it, survive
the analyst's edit, and reach the exports that quote evidence: the CSV's `figures`/`figures_text`
columns (so the XLSX, GeoJSON and KML rows too) and the JSON export. Incidents are stored as JSON,
so no migration: an incident stored before has no figures, and exports an empty quote.

The article is written for the test; the real pipeline reads it, the codability model off."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from core.export import select
from core.export.acled import write_acled_csv
from core.export.json_doc import write_json
from core.ingest.model import ArticleIn
from core.pipeline import analyze
from core.store import add_article, get_incidents, open_db, save_analysis, set_incident_override

TEXT = ("وأكد مصدر في المقاومة أن 14 من مسلحي الحوثي لقوا مصرعهم، وأصيب 9 آخرون، فيما دمرت عربة عسكرية "
        "للمسلحين خلال صد المقاومة الشعبية هجوما للحوثيين قرب مدينة قعطبة.")
FIGURES = ["14 من مسلحي الحوثي لقوا مصرعهم", "أصيب 9"]


@pytest.fixture
def db(tmp_path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from core.incidents import codability

    monkeypatch.setattr(codability, "ENABLED", False)
    db = open_db(tmp_path / "figures.db")
    article_id, _ = add_article(db, ArticleIn(title="مواجهات في قعطبة", text=TEXT, source="test",
                                              published="2015-07-25"))
    save_analysis(db, article_id, analyze(TEXT, "2015-07-25", "").to_dict())
    return db


def _quotes(spans: list[dict[str, Any]]) -> list[str]:
    return [TEXT[s["start"]:s["end"]] for s in spans]


def _csv_rows(db: Any) -> list[dict[str, str]]:
    out = io.StringIO()
    write_acled_csv(out, select(db).incidents)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_figures_are_stored_and_kept_by_an_edit(db) -> None:  # type: ignore[no-untyped-def]
    [inc] = get_incidents(db, 1)
    assert _quotes(inc["figures"]) == FIGURES
    assert _quotes(inc["evidence"]) == [TEXT[TEXT.index("فيما"):]]
    set_incident_override(db, 1, 0, "edited", {"fatalities": 15})
    [edited] = get_incidents(db, 1)
    assert edited["fatalities"] == 15 and _quotes(edited["figures"]) == FIGURES


def test_the_csv_quotes_the_figures(db) -> None:  # type: ignore[no-untyped-def]
    [row] = _csv_rows(db)
    assert row["figures_text"] == " … ".join(FIGURES)
    assert _quotes(json.loads(row["figures"])) == FIGURES
    assert row["evidence_text"] == TEXT[TEXT.index("فيما"):]  # the evidence as before
    # after every column there was (none moves), and before the Arabic columns added since
    assert list(row)[-5:] == ["figures", "figures_text", "assoc_actor_1_ar", "assoc_actor_2_ar", "admin2_ar"]


def test_the_json_export_keeps_the_figures(db) -> None:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    write_json(out, select(db))
    [inc] = json.loads(out.getvalue())["incidents"]
    assert _quotes(inc["figures"]) == FIGURES and inc["figures_text"] == FIGURES


def test_an_incident_stored_before_figures_were_kept(db) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(db.conn.execute("SELECT data FROM incidents").fetchone()[0])
    del data["figures"]
    db.conn.execute("UPDATE incidents SET data = ?", (json.dumps(data, ensure_ascii=False),))
    db.conn.commit()
    [inc] = get_incidents(db, 1)
    assert "figures" not in inc
    [row] = _csv_rows(db)
    assert row["figures"] == "[]" and row["figures_text"] == ""
