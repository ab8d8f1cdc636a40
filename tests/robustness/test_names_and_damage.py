"""Session 40: file names that are not UTF-8, and damage the import used to keep quiet about.
Every fixture is written here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from core.ingest.importer import count_articles_in, import_paths
from core.ingest.model import shown_name
from core.store import count_articles, open_db

ROOT = Path(__file__).resolve().parents[2]
ARABIC = "اندلعت مواجهات بين قوات الأمن ومحتجين قرب مبنى البلدية مساء الخميس."


def _write(folder: Path, raw_name: bytes, data: bytes) -> None:
    with open(os.path.join(os.fsencode(folder), raw_name), "wb") as handle:
        handle.write(data)


def test_shown_name_writes_undecodable_bytes_as_hex() -> None:
    assert shown_name(os.fsdecode(b"/in/\xe3\xf1\xc8.txt")) == "/in/\\xe3\\xf1\\xc8.txt"
    assert shown_name("/in/خبر.txt") == "/in/خبر.txt"
    assert shown_name("a\ud83db") == "a\ufffdb"  # a lone half that is no escaped byte


def test_a_file_name_that_is_not_utf8_loses_nothing(tmp_path: Path) -> None:
    """A cp1256 file name (a folder from an old Windows disk) stopped the whole import at the
    database with UnicodeEncodeError: every article of the run was lost."""
    _write(tmp_path, "خبر".encode("cp1256") + b".txt", ARABIC.encode("utf-8"))
    _write(tmp_path, b"bad\xff.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "good.txt").write_text(ARABIC + " ثانية", encoding="utf-8")
    db = open_db(memory=True)
    assert count_articles_in([tmp_path]) == 2
    report = import_paths(db, [tmp_path], analyze=False)
    assert report.added == 2 and count_articles(db) == 2
    origins = {row[0] for row in db.conn.execute("SELECT origin FROM articles")}
    assert origins == {str(tmp_path / "good.txt"), str(tmp_path / "\\xce\\xc8\\xd1.txt")}
    [error] = report.errors
    assert str(error).startswith(str(tmp_path / "bad\\xff.txt")) and "not text" in str(error)
    assert report.warnings == []  # the name's bytes are no damaged characters of the article
    str(error).encode("utf-8")  # printable


def test_cli_import_of_a_folder_with_such_names(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, b"\xe4\xf6.txt", ARABIC.encode("utf-8"))
    _write(folder, b"\xe4\xf6\xfc.txt", b"")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "core.cli", "--db", str(tmp_path / "lib.db"), "import", "--no-analyze", str(folder)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )
    assert done.returncode == 1, done.stderr  # 1: an error was reported (the empty file)
    assert "Traceback" not in done.stderr + done.stdout
    assert "imported 1 article" in done.stdout + done.stderr
    assert f"{folder}/\\xe4\\xf6\\xfc.txt: empty file" in done.stdout + done.stderr


def test_damaged_utf8_is_reported_not_silently_replaced(tmp_path: Path) -> None:
    """A text file cut inside its last letter, or with a few bad bytes, is read as UTF-8 with
    U+FFFD in place of the damage (not as cp1256 mojibake); it used to come in without a word."""
    cut = tmp_path / "cut.txt"
    cut.write_bytes(ARABIC.encode("utf-8") + "ب".encode("utf-8")[:1])
    spots = tmp_path / "spots.txt"
    spots.write_bytes((ARABIC * 40).encode("utf-8").replace(" ".encode(), b" \xff", 2))
    clean = tmp_path / "clean.txt"
    clean.write_text(ARABIC + " \ufffd (a replacement character in the original)", encoding="utf-8")
    db = open_db(memory=True)
    report = import_paths(db, [cut, spots, clean], analyze=False)
    assert report.added == 3 and report.errors == []
    warned = {Path(w.origin).name: w for w in report.warnings}
    assert set(warned) == {"cut.txt", "spots.txt"}
    assert warned["cut.txt"].code == "damaged_characters" and warned["cut.txt"].params == {"count": "1"}
    assert warned["spots.txt"].params == {"count": "2"} and "replaced by \ufffd" in str(warned["spots.txt"])
    texts = dict(db.conn.execute("SELECT origin, text FROM articles").fetchall())
    assert texts[str(cut)] == ARABIC + "\ufffd"


def test_cli_analyze_names_such_a_file_in_valid_utf8(tmp_path: Path) -> None:
    """`marsad analyze` put the name's lone surrogates in its JSON id: under a strict UTF-8 stdout
    (a desktop locale) a UnicodeEncodeError traceback, and the files after it never analysed."""
    _write(tmp_path, b"\xe4.txt", ARABIC.encode("utf-8"))
    (tmp_path / "z.txt").write_text(ARABIC + " ثانية", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8:strict", "MARSAD_NER_BACKEND": "none"}
    done = subprocess.run(
        [sys.executable, "-m", "core.cli", "--ner-backend", "none", "analyze",
         os.path.join(os.fsencode(tmp_path), b"\xe4.txt"), str(tmp_path / "z.txt")],
        capture_output=True, env=env, cwd=ROOT, timeout=300,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    lines = done.stdout.decode("utf-8").splitlines()  # strict: every byte valid UTF-8
    assert [json.loads(line)["id"] for line in lines] == [f"{tmp_path}/\\xe4.txt", str(tmp_path / "z.txt")]


def test_a_library_and_files_whose_names_are_not_utf8(tmp_path: Path) -> None:
    """A database, backup or export path that is not UTF-8: `backup` refused the library as
    damaged ("Could not decode to UTF-8 column 'file'… restore it from a backup"), reading a
    backup raised UnicodeEncodeError in the URI, and an export that was written ended in a
    traceback (exit 1) printing its name to a strict UTF-8 stdout."""
    base = os.fsencode(tmp_path)
    db, copy, out = (os.fsdecode(os.path.join(base, name)) for name in (b"lib\xff.db", b"copy\xff.db", b"notes\xff.md"))
    source = tmp_path / "a.txt"
    source.write_text("قتل ثلاثة مدنيين في قصف على بلدة كفرنبل يوم الأحد.", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8:strict"}

    def marsad(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([sys.executable, "-m", "core.cli", "--ner-backend", "none", "--db", db, *args],
                              capture_output=True, env=env, cwd=ROOT, timeout=300)

    for args in (("import", "-q", "--date", "2024-01-07", str(source)), ("backup", copy),
                 ("export", "--format", "md", "-o", out), ("restore", "--force", copy)):
        done = marsad(*args)
        said = (done.stdout + done.stderr).decode("utf-8")  # strict: valid UTF-8
        assert done.returncode == 0 and "Traceback" not in said, (args, said)
    assert Path(out).is_file()
    assert marsad("backup", copy).stderr.decode() .startswith(f"Error: {tmp_path}/copy\\udcff.db exists")
    assert Path(copy).is_file() and open_db(Path(copy)).conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_ctrl_c_during_a_cli_import_says_what_was_kept(tmp_path: Path) -> None:
    """Ctrl-C printed click's bare "Aborted!": now how many articles were kept (whole batches, the
    one being written rolled back) and that a second run skips them; exit 130."""
    import signal
    import sqlite3
    import time

    source = tmp_path / "many.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for i in range(60_000):
            out.write(json.dumps({"id": str(i), "text": f"{ARABIC} رقم {i}"}, ensure_ascii=False) + "\n")
    db = tmp_path / "lib.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-m", "core.cli", "--db", str(db), "import", "-q", "--no-analyze",
                              str(source)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.2)
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
                if conn.execute("SELECT count(*) FROM articles").fetchone()[0] > 0:
                    break
        except sqlite3.Error:
            pass
    child.send_signal(signal.SIGINT)
    _out, err = child.communicate(timeout=60)
    if child.returncode == 0:  # the machine imported everything before the signal: nothing to check
        return
    assert child.returncode == 130, err.decode()
    conn = sqlite3.connect(db)
    kept = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == kept
    assert err.decode().strip().endswith(
        f"import interrupted: {kept} articles had been imported (whole batches); importing the same files again "
        "skips them as duplicates")


def test_an_import_stopped_before_saving_anything_says_so(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A lock held past the timeout before the first batch: it said "0 articles had been imported
    before it stopped; importing the same files again skips them as duplicates"."""
    import sqlite3

    from click.testing import CliRunner

    import core.store.db as store_db
    from core.cli import cli

    db = tmp_path / "lib.db"
    open_db(db).conn.close()
    source = tmp_path / "a.txt"
    source.write_text(ARABIC, encoding="utf-8")
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = CliRunner().invoke(cli, ["--db", str(db), "import", "-q", "--no-analyze", str(source)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1
    assert "database is locked" in result.output and "Nothing had been imported; run the same command again" in result.output
    assert "0 articles" not in result.output


def test_a_marsad_export_imported_as_articles_is_named_for_what_it_is(tmp_path: Path) -> None:
    """Importing a notes-json, json or geojson export (taken for a copy of the library) gave one
    "no article text" error per article, as if the texts had been lost."""
    from core.export import select, write_export
    from core.store import add_note

    source = tmp_path / "a.txt"
    source.write_text("قتل ثلاثة مدنيين في قصف على بلدة كفرنبل يوم الأحد.", encoding="utf-8")
    db = open_db(tmp_path / "lib.db")
    assert import_paths(db, [source], analyze=True, default_date="2024-01-07").added == 1
    add_note(db, 1, "ملاحظة")
    exports = {fmt: tmp_path / f"export-{fmt}.json" for fmt in ("notes-json", "json", "geojson")}
    for fmt, out in exports.items():
        write_export(out, fmt, select(db))
    other = open_db(memory=True)
    report = import_paths(other, list(exports.values()), analyze=False)
    assert report.added == 0 and len(report.errors) == 3
    said = {Path(e.origin).name: e.reason for e in report.errors}
    assert {e.code for e in report.errors} == {"notes_export", "incidents_export", "geojson_file"}  # worded by the GUI
    assert said["export-notes-json.json"].startswith("a Marsad export of notes and highlights (notes-json), not "
                                                     "articles: nothing to import")
    assert said["export-json.json"].startswith("a Marsad export of incidents (json), not articles")
    assert said["export-geojson.json"] == "a GeoJSON map file, not articles: nothing to import"


def test_raw_tabs_and_line_breaks_inside_json_strings_are_read(tmp_path: Path) -> None:
    """A hand-made or scraped export with a raw tab or line break inside a string: json refused
    the whole .json file («Invalid control character at», every article lost) or the line."""
    listed = tmp_path / "list.json"
    listed.write_text('[{"title": "أ", "text": "' + ARABIC + '\tأولى\nسطر"},\n {"text": "' + ARABIC + ' ثانية"}]',
                      encoding="utf-8")
    single = tmp_path / "one.json"
    single.write_text('{"text": "' + ARABIC + '\r\nثالثة"}', encoding="utf-8")
    lines = tmp_path / "lines.jsonl"
    lines.write_text('{"text": "' + ARABIC + '\tرابعة"}\n{"text": "unended\n', encoding="utf-8")
    db = open_db(memory=True)
    report = import_paths(db, [listed, single, lines], analyze=False)
    assert report.added == 4
    texts = {row[0] for row in db.conn.execute("SELECT text FROM articles")}
    assert ARABIC + "\tأولى\nسطر" in texts and ARABIC + "\r\nثالثة" in texts and ARABIC + "\tرابعة" in texts
    [error] = report.errors  # the line cut off before its string ended: worded without a dangling "at"
    assert str(error) == f"{lines}, line 2: malformed JSON (Unterminated string, column 10)"
    assert error.params["message"] == "Unterminated string starting at"  # the GUI's key


def test_broken_links_in_a_folder_are_called_broken_links(tmp_path: Path) -> None:
    """A link to a file that does not exist was «the file disappeared before it could be read»,
    or, without an article extension, «skipped: not a text format»."""
    (tmp_path / "ok.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere" / "x.txt")
    (tmp_path / "gone_picture").symlink_to(tmp_path / "nowhere" / "y")
    db = open_db(memory=True)
    report = import_paths(db, [tmp_path], analyze=False)
    assert report.added == 1 and report.passed_over == []
    said = {Path(e.origin).name: (e.code, str(e)) for e in report.errors}
    assert said == {"gone.txt": ("broken_link", f"{tmp_path}/gone.txt: cannot read file (a broken link: its target "
                                                "does not exist)"),
                    "gone_picture": ("broken_link", f"{tmp_path}/gone_picture: symbolic link loop or broken link")}


def test_cli_analyze_refuses_a_text_too_long_to_analyse_and_goes_on() -> None:
    """`marsad analyze -` analysed any length: a multi-megabyte line ran for many minutes (analysis
    grows faster than linearly), the lines after it waiting. The import's limit applies."""
    from click.testing import CliRunner

    from core.cli import cli
    from core.ingest.parallel import MAX_ANALYSIS_CHARS

    long = "قتل رجل في حمص. " * (MAX_ANALYSIS_CHARS // 16 + 10)
    given = json.dumps({"id": "big", "text": long}, ensure_ascii=False) + "\n" + json.dumps({"id": "ok", "text": ARABIC}) + "\n"
    result = CliRunner().invoke(cli, ["analyze", "-"], input=given)
    first, second = (json.loads(line) for line in result.output.splitlines())
    assert first == {"id": "big", "line": 1,
                     "error": f"too long to analyse automatically ({len(long):,} characters; limit {MAX_ANALYSIS_CHARS:,})"}
    assert second["id"] == "ok" and "entities" in second
