"""Checking a database file before use and moving a damaged one out of the way.

``PRAGMA integrity_check`` (not ``quick_check``) runs on every open: on a workshop-sized
database (a few thousand answers and votes) it takes a few milliseconds, and unlike
``quick_check`` it also verifies that every index matches its table, which is what a torn
write most often breaks. A damaged file is never deleted or overwritten: it is renamed
together with its ``-wal``/``-shm`` files, so that nothing is lost and a specialist can still
look at it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

SIDE_FILES = ("-wal", "-shm", "-journal")
SQLITE_HEADER = b"SQLite format 3\x00"


def read_revision(con: sqlite3.Connection) -> str | None:
    """The Alembic revision stored in an open database, None if it has none yet."""
    row = con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if row is None:
        return None
    version = con.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(version[0]) if version else None


def integrity_problem(path: Path) -> str | None:
    """None if ``path`` is a sound SQLite database, else a short description of the problem.

    Reads the file with its WAL (committed transactions in the WAL count) through a
    read-only connection, which never writes the database or the -wal (SQLite may rebuild
    the -shm, its shared-memory index, which holds no data). An empty file counts as sound:
    SQLite treats it as an empty database.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    if size == 0:
        return None
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    if header != SQLITE_HEADER:
        return "not an SQLite database"
    try:
        # Read-only: a read-write connection would run WAL recovery, checkpoint into a
        # possibly damaged file and delete the -wal on close, destroying evidence and data.
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    # A damaged page can put any bytes into the report (names of damaged objects).
    con.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        rows = con.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        con.close()
    result = [str(r[0]) for r in rows]
    if result == ["ok"]:
        return None
    return "; ".join(result[:3]) + (" …" if len(result) > 3 else "")


def _timestamp(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")


def move_aside(path: Path, label: str = "damaged", now: datetime | None = None) -> Path:
    """Rename ``path`` (and its -wal/-shm/-journal) to ``<name>.<label>-<timestamp>``.

    Never overwrites: if the name is taken, a counter is appended. The side files keep
    their suffix after the new name, so SQLite tools still find the WAL belonging to it.
    Returns the new path of the main file.
    """
    path = Path(path)
    base = f"{path.name}.{label}-{_timestamp(now)}"
    n = 1
    target = path.with_name(base)
    while any(Path(f"{target}{s}").exists() for s in ("", *SIDE_FILES)):
        n += 1
        target = path.with_name(f"{base}-{n}")
    os.rename(path, target)
    for suffix in SIDE_FILES:
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.rename(side, Path(f"{target}{suffix}"))
    return target


def fsync_file(path: Path) -> None:
    """Flush a finished file (and, on POSIX, its folder entry) to the disk."""
    # O_RDWR: on Windows fsync (_commit) refuses a read-only descriptor.
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            dfd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)
