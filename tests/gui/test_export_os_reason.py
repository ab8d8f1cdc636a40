"""An export or a backup that cannot write its file gives the system's reason in the interface's
language: the Arabic box said «السبب: No such file or directory» (the OS's English strerror)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from core.export.atomic import atomic_output
from core.export.scope import ExportError
from core.store import StoreError
from core.store.backup import backup_db
from gui.bidi import has_rtl, strip_isolates
from gui.store_errors import store_error_text


def _export_error(path: Path) -> ExportError:
    with pytest.raises(ExportError) as caught:
        with atomic_output(path, binary=False, force=True) as out:
            out.write("x")
    return caught.value


def test_a_missing_folder_in_arabic(arabic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    err = _export_error(Path("/proc/no-such-folder/out.csv"))  # /proc: no folder can be made there
    assert err.params["errno"] == errno.ENOENT
    text = strip_isolates(store_error_text(err) or "")
    cause = text.rsplit("\n", 1)[-1]
    assert cause == "السبب: لا يوجد ملف أو مجلد بهذا الاسم", text
    assert "No such file" not in text


def test_a_full_disk_and_a_read_only_one_in_arabic(arabic) -> None:  # type: ignore[no-untyped-def]
    for number in (errno.ENOSPC, errno.EROFS, errno.EACCES):
        err = ExportError("cannot write", code="export_cannot_write",
                          params={"path": "/media/usb/out.xlsx", "reason": "English words", "errno": number})
        cause = strip_isolates(store_error_text(err) or "").rsplit("\n", 1)[-1]
        assert cause.startswith("السبب: ") and has_rtl(cause[7:]) and "English" not in cause, (number, cause)


def test_the_english_interface_words_it_too(tmp_path) -> None:  # type: ignore[no-untyped-def]
    err = ExportError("cannot write", code="export_cannot_write",
                      params={"path": "/media/usb/out.xlsx", "reason": "No space left on device", "errno": errno.ENOSPC})
    assert strip_isolates(store_error_text(err) or "").endswith("Cause: no space left on the disk")
    unknown = ExportError("cannot write", code="export_cannot_write",
                          params={"path": "/x/out.csv", "reason": "Something rare", "errno": errno.EXDEV})
    assert strip_isolates(store_error_text(unknown) or "").endswith("Cause: Something rare")  # as the system wrote it


def test_a_backup_that_cannot_be_written_in_arabic(arabic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from core import store

    db = store.open_db(tmp_path / "lib.db")
    with pytest.raises(StoreError) as caught:
        backup_db(db, Path("/proc/no-such-folder/lib-backup.db"))
    text = strip_isolates(store_error_text(caught.value) or "")
    assert "No such file" not in text and "Read-only" not in text and has_rtl(text.rsplit("\n", 1)[-1][7:]), text
