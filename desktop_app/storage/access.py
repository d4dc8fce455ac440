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

from desktop_app.fileio import classify
from desktop_app.storage.errors import DatabaseError


class DataFolderUnusable(DatabaseError):
    """The data folder or the database file in it cannot be used; nothing was changed.

    ``reason``: ``not_a_folder``, ``cannot_create``, ``no_access``, ``read_only_folder``
    or ``read_only_database``; ``cause`` says why the operating system refused, as a key of
    ``fileio.REASONS``.
    """

    def __init__(self, path: Path, reason: str, cause: str = "other") -> None:
        self.cause = cause
        super().__init__(path, reason, cause)


def _in_the_way(exc: OSError) -> bool:
    return exc.errno in (errno.ENOTDIR, errno.EEXIST)


def check_data_folder(folder: Path, database: Path | None = None) -> None:
    """Raise :class:`DataFolderUnusable` unless ``folder`` (and ``database``) can be used.

    Creates the folder if it is missing (the first start); writes and removes one empty
    probe file, since only an actual write shows a read-only medium or a missing right.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise DataFolderUnusable(folder, "not_a_folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if _in_the_way(exc):  # a file where a parent folder belongs
            raise DataFolderUnusable(folder, "not_a_folder") from exc
        raise DataFolderUnusable(folder, "cannot_create", classify(exc)) from exc
    try:
        os.listdir(folder)
    except OSError as exc:
        raise DataFolderUnusable(folder, "no_access", classify(exc, reading=True)) from exc
    probe = folder / f".wandelkompass-probe-{uuid.uuid4().hex}"
    try:
        os.close(os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as exc:
        raise DataFolderUnusable(folder, "read_only_folder", classify(exc)) from exc
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
            raise DataFolderUnusable(Path(database), "read_only_database", classify(exc)) from exc
