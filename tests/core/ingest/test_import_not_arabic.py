"""A text with no Arabic letter (an English or French article) is imported, but the analyst is
told nothing will be found in it: entity and incident extraction is for Arabic. Before, it was
imported silently and simply showed nothing."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from core.cli import cli
from core.ingest.importer import import_paths, import_text
from core.store.db import open_db

ENGLISH = "Clashes in the city\n\nLocal sources said clashes broke out near the central market on Sunday."
FRENCH = "Affrontements\n\nDes sources locales ont signalé des affrontements près du marché, 12/03/2024."
ARABIC = "اشتباكات في المدينة\n\nقالت مصادر محلية إن اشتباكات اندلعت قرب السوق المركزي يوم الأحد."
# English with one Arabic name in it: Arabic letters, no notice (the rule is "no Arabic at all")
MIXED = "A report\n\nThe spokesman, Yahya Saree (يحيى سريع), said nothing about the strike."


def _db(tmp_path: Path):  # type: ignore[no-untyped-def]
    return open_db(tmp_path / "lib.db")


def test_an_english_and_a_french_text_are_kept_with_a_notice(tmp_path: Path) -> None:
    for name, text in (("en.txt", ENGLISH), ("fr.txt", FRENCH), ("ar.txt", ARABIC), ("mixed.txt", MIXED)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = import_paths(_db(tmp_path), [tmp_path / n for n in ("en.txt", "fr.txt", "ar.txt", "mixed.txt")],
                          analyze=False)
    assert report.added == 4 and not report.errors
    assert sorted(Path(w.origin).name for w in report.not_arabic) == ["en.txt", "fr.txt"]
    assert all(w.code == "no_arabic_text" and w.params == {} for w in report.not_arabic)
    assert "entities and incidents are found in Arabic text only" in str(report.not_arabic[0])
    assert report.other_warnings == []
    assert report.summary().startswith("4 added, 0 duplicates, 0 errors, 2 not in Arabic (no entities or incidents "
                                       "found), 4 without a date (")  # none states a date: how to set it follows


def test_a_pasted_english_text_gets_the_notice(tmp_path: Path) -> None:
    report = import_text(_db(tmp_path), ENGLISH, analyze=False)
    assert report.added == 1 and [w.code for w in report.warnings] == ["no_arabic_text"]
    assert import_text(_db(tmp_path), ARABIC, analyze=False).warnings == []


def test_digits_and_arabic_punctuation_are_no_arabic(tmp_path: Path) -> None:
    report = import_text(_db(tmp_path), "Report ١٢ ، 2024 ؟", analyze=False)
    assert [w.code for w in report.warnings] == ["no_arabic_text"]


def test_the_cli_says_it(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "lib.db"), "import", "--no-analyze", "-q",
                                      str(tmp_path / "en.txt")])
    assert result.exit_code == 0, result.output
    out = result.output + (result.stderr if result.stderr_bytes is not None else "")
    assert "en.txt: no Arabic text" in out
    assert "1 not in Arabic (no entities or incidents found)" in out
