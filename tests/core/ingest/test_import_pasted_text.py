"""importer.import_text: one article given as text (the GUI's Paste as a new article)."""

from __future__ import annotations

from core import store
from core.ingest import importer


def _db(tmp_path):  # type: ignore[no-untyped-def]
    return store.open_db(tmp_path / "p.db")


def test_a_headline_line_titles_the_pasted_article(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = _db(tmp_path)
    report = importer.import_text(db, "غارات على مواقع قرب الميناء\n\nشنت طائرات غارات على مواقع قرب الميناء مساء أمس.",
                                  analyze=False)
    [article_id] = report.added_ids
    art = store.get_article(db, article_id)
    assert art["title"] == "غارات على مواقع قرب الميناء" and art["origin"] == "clipboard"


def test_one_paragraph_is_titled_by_its_first_words(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = _db(tmp_path)
    text = "قال مصدر محلي إن قصفا استهدف حيا سكنيا في المدينة صباح اليوم وأوقع إصابات."
    [article_id] = importer.import_text(db, text, analyze=False).added_ids
    assert store.get_article(db, article_id)["title"] == "قال مصدر محلي إن قصفا استهدف حيا سكنيا …"


def test_blank_text_imports_nothing_and_a_repeat_is_a_duplicate(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = _db(tmp_path)
    assert importer.import_text(db, " \n\t ", analyze=False).added == 0
    text = "اندلعت اشتباكات قرب السوق المركزي مساء الأحد."
    [first] = importer.import_text(db, text, analyze=False).added_ids
    again = importer.import_text(db, text, analyze=False)
    assert again.added == 0 and [d.stored_id for d in again.skipped] == [first]
