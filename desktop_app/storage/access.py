"""Can the data folder be used at all? Checked before the database or the lock is touched.

A folder the user may not write to, a file given where a folder belongs, or a database
file marked read-only would otherwise end in a traceback, in no window at all, or — worst —
in a healthy database being called damaged. Each case gets its own reason, so the message
can say what to do. Importable without SQLAlchemy: the GUI checks before its first window
needs the database.
"""

from __future__ import annotations

import contextlib
import errno
import os
import uuid
from pathlib import Path

from desktop_app.storage.errors import DatabaseError

# Why an operating-system call failed, as a key the messages word in the user's language.
_ERRNO_REASONS = {
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.EROFS: "read_only_medium",
    errno.ENOSPC: "disk_full",
    errno.ENOTDIR: "not_a_folder",
    errno.EEXIST: "not_a_folder",
}


class DataFolderUnusable(DatabaseError):
    """The data folder or the database file in it cannot be used; nothing was changed.

    ``reason``: ``not_a_folder``, ``cannot_create``, ``no_access``, ``read_only_folder``
    or ``read_only_database``; ``cause`` says why the operating system refused
    (``permission``, ``read_only_medium``, ``disk_full``, ``not_a_folder`` or ``other``).
    """

    def __init__(self, path: Path, reason: str, cause: str = "other") -> None:
        self.cause = cause
        super().__init__(path, reason, cause)


def _cause(exc: OSError) -> str:
    return _ERRNO_REASONS.get(exc.errno or 0, "other")


def check_data_folder(folder: Path, database: Path | None = None) -> None:
    """Raise :class:`DataFolderUnusable` unless ``folder`` (and ``database``) can be used.

    Creates the folder if it is missing (the first start); writes and removes one empty
    probe file, since only an actual write shows a read-only medium or a missing right.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise DataFolderUnusable(folder, "not_a_folder", "not_a_folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        cause = _cause(exc)
        raise DataFolderUnusable(
            folder, "not_a_folder" if cause == "not_a_folder" else "cannot_create", cause
        ) from exc
    try:
        os.listdir(folder)
    except OSError as exc:
        raise DataFolderUnusable(folder, "no_access", _cause(exc)) from exc
    probe = folder / f".wandelkompass-probe-{uuid.uuid4().hex}"
    try:
        os.close(os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as exc:
        raise DataFolderUnusable(folder, "read_only_folder", _cause(exc)) from exc
    with contextlib.suppress(OSError):
        os.unlink(probe)
    if database is None:
        return
    for path in (Path(database), Path(f"{database}-wal"), Path(f"{database}-shm")):
        if not path.exists():
            continue
        try:
            os.close(os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0)))
        except OSError as exc:
            raise DataFolderUnusable(Path(database), "read_only_database", _cause(exc)) from exc
