"""The backup's and restore's counts in Arabic write the accusative of 11–99 articles with its
tanwīn, «14 مقالًا», as the library's count and the import's report do (they read «14 مقالا»)."""

from __future__ import annotations

from pathlib import Path

from core.store.backup import BackupInfo
from gui.dialogs.backup_restore import contents_text


def test_eleven_to_ninety_nine_articles_take_the_tanwin(arabic) -> None:  # type: ignore[no-untyped-def]
    text = contents_text(BackupInfo(Path("/tmp/b.db"), 1, 14, 1, 1, 500_000))
    assert text.startswith("14 مقالًا، ")
    assert contents_text(BackupInfo(Path("/tmp/b.db"), 1, 3, 0, 0, 0)).startswith("3 مقالات")


def test_also_reported_in_eleven_articles(arabic) -> None:  # type: ignore[no-untyped-def]
    from gui.i18n import translate_n

    assert translate_n("IncidentTableModel", "Also reported in %n other article(s)", 12) == "ورد أيضا في 12 مقالًا آخر"
