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
    assert "imported 1 article," in result.output
    again = run("--db", db, "import", str(article))
    assert "imported 0 articles, 1 duplicate skipped" in again.output
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
    assert "imported 2 articles, 1 duplicate skipped, 0 errors, 1 warning" in result.output


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

    def spy(doc, backend=None, corrections=()):
        seen.append(core.entities.backend_name())
        return real(doc, backend, corrections)

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


def _imported(tmp_path, n=1):
    db = str(tmp_path / "m.db")
    files = []
    for k in range(n):
        f = tmp_path / f"a{k}.txt"
        f.write_text(f"خبر {k}\nقتل {k + 2} مسلحين في اشتباكات بمدينة تعز يوم {k}.", encoding="utf-8")
        files.append(str(f))
    assert run("--db", db, "import", *files).exit_code == 0
    return db


def test_a_read_only_database_searches_and_exports_but_refuses_imports(tmp_path, monkeypatch):
    db = _imported(tmp_path)
    monkeypatch.setattr("core.store.db._writable", lambda file: False)
    assert len(json.loads(run("--db", db, "search", "تعز", "--json").output)) == 1
    out = tmp_path / "out.csv"
    assert run("--db", db, "export", "-o", str(out)).exit_code == 0 and out.exists()
    new = tmp_path / "new.txt"
    new.write_text("قتل 4 مدنيين في قصف على عدن.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", db, "import", str(new)], obj={})
    assert result.exit_code != 0 and "opened read-only" in result.output and db in result.output
    assert "Traceback" not in result.output and not isinstance(result.exception, ValueError)
    assert f"marsad --db {db} backup COPY" in result.output  # the store error's advice, printed with its detail


def test_damaged_pages_give_one_line_naming_the_database_and_the_way_back(tmp_path):
    """User audit: `marsad search` on a database with damaged pages printed a traceback."""
    import random

    import sqlite3

    db = _imported(tmp_path, 3)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the main file
    conn.close()
    data = bytearray(open(db, "rb").read())
    rnd = random.Random(1)
    for i in range(4096 * 2, len(data)):
        data[i] = rnd.randrange(256)
    open(db, "wb").write(bytes(data))
    for args in (["search", "تعز"], ["export", "-o", str(tmp_path / "o.csv")]):
        result = CliRunner().invoke(cli, ["--db", db, *args], obj={})
        assert result.exit_code != 0
        assert isinstance(result.exception, SystemExit), result.exception  # no traceback
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and db in lines[0] and "restore" in lines[0], lines
        assert f"`marsad --db {db} restore BACKUP`" in lines[0]  # the advice, a field of the error, printed


def test_a_full_disk_stops_an_import_with_one_line_and_nothing_half_written(tmp_path, monkeypatch):
    """User audit: `import` on a full disk printed a traceback ("database or disk is full")."""
    import core.cli
    from core.store import open_db

    db = _imported(tmp_path)
    real_open = core.cli._open

    def full_disk(ctx):  # type: ignore[no-untyped-def]
        conn = real_open(ctx)
        pages = conn.conn.execute("PRAGMA page_count").fetchone()[0]
        conn.conn.execute(f"PRAGMA max_page_count = {pages + 3}")
        return conn

    monkeypatch.setattr(core.cli, "_open", full_disk)
    files = []
    for k in range(40):
        f = tmp_path / f"big{k}.txt"
        f.write_text(f"تقرير {k}\n" + f"قتل {k} مسلحين في اشتباكات بمدينة تعز. " * 200, encoding="utf-8")
        files.append(str(f))
    result = CliRunner().invoke(cli, ["--db", db, "import", "-q", *files], obj={})
    assert result.exit_code != 0 and isinstance(result.exception, SystemExit), result.exception
    line = result.output.strip().splitlines()[-1]
    assert db in line and "full" in line and "free disk space" in line
    check = open_db(db)
    assert check.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # every stored article came with its analysis and its search entry: no batch half-written
    n = check.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert check.conn.execute("SELECT count(*) FROM articles WHERE analyzer_version IS NULL").fetchone()[0] == 0
    assert check.conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'تعز'").fetchone()[0] == n


def test_tag_conll_reads_files_as_import_does(tmp_path):
    """Audit: a UTF-16 (Notepad's "Unicode") or cp1256 token file ended in a UnicodeDecodeError traceback,
    and a UTF-8 byte-order mark stayed glued to the first token; binary data is one error line."""
    tokens = ["وصل", "إلى", "عدن"]
    expected = None
    for name, data in (("utf8.conll", "\n".join(tokens).encode("utf-8")),
                       ("bom.conll", "\n".join(tokens).encode("utf-8-sig")),
                       ("utf16.conll", "\r\n".join(tokens).encode("utf-16")),
                       ("cp1256.conll", "\n".join(tokens).encode("cp1256"))):
        path = tmp_path / name
        path.write_bytes(data)
        result = CliRunner().invoke(cli, ["tag-conll", str(path)], obj={})
        assert result.exit_code == 0, (name, result.output, result.exception)
        rows = [line.split("\t") for line in result.output.splitlines() if line]
        assert [r[0] for r in rows] == tokens, name
        expected = expected or result.output
        assert result.output == expected, name  # the same tags whatever the encoding
    binary = tmp_path / "bin.conll"
    binary.write_bytes(bytes(range(256)) * 8)
    result = CliRunner().invoke(cli, ["tag-conll", str(binary)], obj={})
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert result.output.strip() == f"Error: {binary}: binary file, not text"
    empty = tmp_path / "empty.conll"
    empty.write_bytes(b"")
    assert run("tag-conll", str(empty)).output == ""


def test_search_limit_must_be_positive(tmp_path):
    """Audit: `search --limit -5` listed every article (SQLite reads LIMIT -5 as no limit) and `--limit 0` none."""
    db = _imported(tmp_path, 3)
    assert len(json.loads(run("--db", db, "search", "تعز", "--json", "--limit", "2").output)) == 2
    for bad in ("-5", "0"):
        result = CliRunner().invoke(cli, ["--db", db, "search", "تعز", "--limit", bad], obj={})
        assert result.exit_code == 2 and "--limit" in result.output and "Traceback" not in result.output


def test_a_mistyped_db_is_not_created_by_search_export_or_backup(tmp_path):
    """Bad-input review: `--db typo.db export -o out.csv --force` created an empty database at the
    typo and replaced a good export with an empty one ("wrote 0 incident(s) from 0 article(s)")."""
    typo = tmp_path / "typo.db"
    out = tmp_path / "out.csv"
    out.write_text("a good export\n")
    for args in (["search", "تعز"], ["export", "-o", str(out), "--force"], ["backup", str(tmp_path / "b.db")]):
        result = CliRunner().invoke(cli, ["--db", str(typo), *args], obj={})
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
        assert f"no database at {typo}" in result.output, result.output
    assert not typo.exists() and not (tmp_path / "b.db").exists()
    assert out.read_text() == "a good export\n"


def test_a_refused_database_prints_what_is_wrong_and_the_command_that_restores(tmp_path):
    """The store error's detail and its command-line advice are two fields; the CLI prints both."""
    from core.store import open_db

    path = tmp_path / "damaged.db"
    open_db(path).conn.close()
    good = path.read_bytes()
    path.write_bytes(good[:100] + b"\xde\xad" * 2000 + good[4100:])
    result = CliRunner().invoke(cli, ["--db", str(path), "search", "تعز"], obj={})
    assert result.exit_code != 0 and isinstance(result.exception, SystemExit)
    assert "not a usable Marsad database" in result.output
    assert f"marsad --db {path} restore BACKUP" in result.output


def test_starting_the_cli_loads_no_text_tables() -> None:
    """`marsad --version` and `--help` start in a few hundredths of a second: importing the CLI (and
    `core.text.english`, its plurals) must not load camel-tools' character tables, which the
    `core.text` package used to import eagerly (0.45 s at every start; `make bench` cli_version_s)."""
    import subprocess
    import sys

    code = "import sys, core.cli; print('camel_tools' in sys.modules, 'core.text.normalize' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


def test_after_an_upgrade_export_warns_and_reanalyze_brings_the_library_up_keeping_corrections(tmp_path):
    """An older analyzer's incidents are exported with a warning until `reanalyze` analyses the
    articles again; the analyst's edit and note are kept through it."""
    import sqlite3

    from core import store

    db_path = str(tmp_path / "m.db")
    for name, text in (("a.txt", "قتل 12 مسلحا في اشتباكات بمدينة تعز أمس."),
                       ("b.txt", "قتل 4 مدنيين في قصف على مدينة عدن.")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert run("--db", db_path, "import", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")).exit_code == 0
    db = store.open_db(db_path)
    first = db.conn.execute("SELECT min(id) FROM articles").fetchone()[0]
    [inc] = [i for i in store.get_incidents(db, first)]
    store.set_incident_override(db, first, inc["seq"], "edited", {"fatalities": 11, "analyst_fields": ["fatalities"]})
    store.add_note(db, first, "رقم القتلى من مصدر ثان")
    db.conn.close()
    assert "warning" not in run("--db", db_path, "export", "--format", "json", "-o", str(tmp_path / "x.json")).output
    with sqlite3.connect(db_path) as conn:  # as a library looks after an upgrade
        conn.execute("UPDATE articles SET analyzer_version = 'older'")

    stale = run("--db", db_path, "export", "--format", "json", "-o", str(tmp_path / "x.json"), "--force")
    assert "warning: 2 articles not analysed by this version" in stale.output and "marsad reanalyze" in stale.output
    done = run("--db", db_path, "reanalyze", "-q")
    assert done.exit_code == 0 and done.output.strip() == "2 articles analysed again"
    assert run("--db", db_path, "reanalyze", "-q").output.strip() == "0 articles analysed again"
    fresh = run("--db", db_path, "export", "--format", "json", "-o", str(tmp_path / "x.json"), "--force")
    assert "warning" not in fresh.output
    exported = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    assert [i["fatalities"] for i in exported["incidents"] if i.get("analyst_status") == "edited"] == [11]
    db = store.open_db(db_path)
    assert [n["body"] for n in store.list_notes(db, first)] == ["رقم القتلى من مصدر ثان"]


def _cut_pdf() -> bytes:
    """A one-page PDF with its cross-reference table, cut off in the middle of its page stream."""
    stream = b"BT /F1 12 Tf 20 100 Td (marsad) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    out = bytearray(b"%PDF-1.4\n")
    for number, body in enumerate(objects, 1):
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    return bytes(out[: len(out) * 2 // 3])


def test_a_damaged_pdf_is_named_in_plain_words_without_the_parser_s_exception(tmp_path):
    """User audit: the CLI said «damaged or unreadable PDF (PSEOF)», pdfminer's class name, where the
    window says «the PDF is damaged and cannot be read»; now both say the window's words."""
    db = str(tmp_path / "m.db")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(_cut_pdf())
    result = CliRunner().invoke(cli, ["--db", db, "import", "--no-analyze", str(pdf)], obj={})
    assert result.exit_code == 1
    assert f"error: {pdf}: the PDF is damaged and cannot be read" in result.output
    assert "PSEOF" not in result.output  # the parser's class name stays out, as in the window
