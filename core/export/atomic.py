"""Write an export next to its target and rename it into place only when it is complete.

A crash, a full disk or a bad value half-way through must never leave a truncated file that looks
like a finished export, nor destroy the previous one. The temporary file sits in the same folder
so the final rename is atomic (same file system).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from core.export.scope import ExportError


@contextmanager
def atomic_output(path: Path, *, binary: bool = False, force: bool = False) -> Iterator[IO[Any]]:
    """Yield a file to write; on success it replaces `path`, on any error it is removed.

    Text mode is UTF-8 with newline="" (the csv module and our writers choose line endings).
    An existing `path` is refused unless `force`: exports never overwrite by surprise.
    """
    path = Path(path)
    if path.exists() and not force:
        raise ExportError(f"{path} exists; use --force to overwrite it", code="export_exists",
                          params={"path": str(path)})
    if path.is_dir():
        raise ExportError(f"{path} is a folder", code="export_is_folder", params={"path": str(path)})
    if _is_database(path):  # `export -o library.db --force` used to replace the library with a CSV
        reason = ("it is a database, or a file SQLite keeps beside one (the library itself?); an export "
                  "never replaces one, even with --force")
        raise ExportError(f"cannot write {path}: {reason}", code="export_cannot_write",
                          params={"path": str(path), "reason": reason, "errno": ""})
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    tmp = Path(tmp_name)
    try:
        mode = "wb" if binary else "w"
        kwargs: dict[str, Any] = {} if binary else {"encoding": "utf-8", "newline": ""}
        with os.fdopen(fd, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file 0600; an export should get the user's normal permissions.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as exc:  # no permission, a full disk: one message, not a traceback
        tmp.unlink(missing_ok=True)
        raise _cannot_write(path, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


_SQLITE_HEADER = b"SQLite format 3\x00"
_SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def _is_database(path: Path) -> bool:
    """Whether `path` is an SQLite database, or the write-ahead log, shared memory or journal
    beside one: files an export must never replace."""
    name = path.name
    for side in _SQLITE_SIDE_FILES:
        if name.endswith(side) and _is_database(path.with_name(name[: -len(side)])):
            return True
    try:
        with path.open("rb") as f:
            return f.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:  # missing, unreadable: not known to be a database
        return False


def _cannot_write(path: Path, exc: OSError) -> ExportError:
    """Why `path` cannot be written, in one line (a file where a folder should be, the OS's reason)."""
    for parent in path.parents:  # the nearest existing one decides
        if parent.exists():
            if not parent.is_dir():
                return ExportError(f"cannot write {path}: {parent} is a file, not a folder",
                                   code="export_parent_is_file", params={"path": str(path), "parent": str(parent)})
            break
    reason = str(exc.strerror or exc)
    # errno: an interface words the system's reason in its own language (the OS's is English)
    return ExportError(f"cannot write {path}: {reason}", code="export_cannot_write",
                       params={"path": str(path), "reason": reason, "errno": exc.errno or ""})
