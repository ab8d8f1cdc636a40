"""The CLI contract (docs/cli.md), through click's CliRunner on real temp databases."""

from __future__ import annotations

import json

from click.testing import CliRunner

from core.cli import cli

TEXT = "قتل 12 مسلحا في تعز"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, obj={}, catch_exceptions=False)


def test_analyze_stdin_answers_with_same_id_and_code_point_offsets():
    lines = json.dumps({"id": "x", "text": TEXT}, ensure_ascii=False) + "\n"
    lines += json.dumps({"id": 7, "text": "😀 " + TEXT, "date": "2015-08-01"}, ensure_ascii=False) + "\n"
    result = run("analyze", "-", input=lines)
    assert result.exit_code == 0
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [o["id"] for o in out] == ["x", 7]
    for item, text in zip(out, (TEXT, "😀 " + TEXT)):
        assert set(item) >= {"entities", "incidents", "summary"}
        for ent in item["entities"]:
            assert text[ent["start"] : ent["end"]] == ent["text"]


def test_analyze_bad_line_is_reported_and_next_line_goes_on():
    result = run("analyze", "-", input='{"id": 1, "text": \n' + json.dumps({"id": 2, "text": TEXT}) + "\n")
    out = [json.loads(line) for line in result.output.splitlines()]
    assert out[0]["id"] is None and out[0]["line"] == 1 and "bad input" in out[0]["error"]
    assert out[1]["id"] == 2


def test_import_search_export_round_trip(tmp_path):
    db = str(tmp_path / "m.db")
    article = tmp_path / "a.txt"
    article.write_text("المركز الإعلامي للمقاومة\nقتل 12 مسلحا في تعز أمس.", encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"")
    result = run("--db", db, "import", str(article), str(bad))
    assert result.exit_code == 1  # one bad file
    assert "imported 1 article(s)" in result.output
    again = run("--db", db, "import", str(article))
    assert "imported 0 article(s), 1 duplicate(s)" in again.output
    hits = json.loads(run("--db", db, "search", "الاعلامي", "--json").output)
    assert len(hits) == 1 and "المركز" in hits[0]["title"]
    assert json.loads(run("--db", db, "search", "غير_موجود", "--json").output) == []
    out = tmp_path / "out.csv"
    assert run("--db", db, "export", "--format", "acled-csv", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("event_id_cnty,event_date,year")
    refused = CliRunner().invoke(cli, ["--db", db, "export", "-o", str(out)], obj={})
    assert refused.exit_code != 0 and "--force" in refused.output


def test_import_names_duplicates_and_warns_about_dates(tmp_path):
    db = str(tmp_path / "m.db")
    lines = [{"text": "قتل 12 مسلحا في تعز أمس.", "source": "a", "date": "3 آب 2015"},
             {"text": "قتل 12 مسلحا في تعز أمس.", "source": "b", "date": "Mon, 03 Aug 2015 22:00:00 -0500"},
             {"text": "نص آخر عن تعز.", "date": "غدا"}]
    data = tmp_path / "d.jsonl"
    data.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    result = run("--db", db, "import", "--no-analyze", str(data))
    assert result.exit_code == 0  # warnings and duplicates are not failures
    assert f"duplicate: {data}:2: same text as article 1, imported from {data}:1; skipped" in result.output
    assert f'warning: {data}:3: date not understood (date "غدا")' in result.output
    assert "imported 2 article(s), 1 duplicate(s) skipped, 0 error(s), 1 warning(s)" in result.output


def test_db_from_environment(tmp_path, monkeypatch):
    db = tmp_path / "env.db"
    monkeypatch.setenv("MARSAD_DB", str(db))
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert CliRunner().invoke(cli, ["import", "--no-analyze", str(article)], obj={}).exit_code == 0
    assert db.exists()


def test_ner_backend_option_reaches_the_pipeline(monkeypatch):
    monkeypatch.delenv("MARSAD_NER_BACKEND", raising=False)
    seen = []

    import core.entities

    real = core.entities.recognize

    def spy(doc, backend=None):
        seen.append(core.entities.backend_name())
        return real(doc, backend)

    monkeypatch.setattr(core.entities, "recognize", spy)
    result = run("--ner-backend", "crf", "analyze", "-", input=json.dumps({"id": 1, "text": TEXT}) + "\n")
    assert result.exit_code == 0 and seen == ["crf"]
    bad = CliRunner().invoke(cli, ["--ner-backend", "nonsense", "analyze", "-"], obj={}, input="")
    assert bad.exit_code != 0 and "nonsense" in bad.output


def test_tag_conll_tags_every_token_and_keeps_sentences(tmp_path):
    conll = tmp_path / "in.conll"
    # one token a line; the second sentence carries a gold column, which must be ignored
    conll.write_text("قال\nالرئيس\nعبد\nربه\nمنصور\nهادي\nفي\nصنعاء\n\nوصل\tO\nإلى\tO\nعدن\tB-LOC\n", encoding="utf-8")
    result = run("tag-conll", str(conll))
    assert result.exit_code == 0
    blocks = [b.splitlines() for b in result.output.strip("\n").split("\n\n")]
    assert [len(b) for b in blocks] == [8, 3]
    rows = [line.split("\t") for b in blocks for line in b]
    assert all(len(r) == 2 for r in rows)
    assert [r[0] for r in rows][:3] == ["قال", "الرئيس", "عبد"]
    tags = [r[1] for r in rows]
    assert all(t == "O" or t[:2] in ("B-", "I-") and t[2:] in ("PERS", "LOC", "ORG", "MISC") for t in tags)
    assert tags[7] == "B-LOC"  # صنعاء
    assert tags[2] == "B-PERS"  # عبد ربه منصور هادي
