"""Why a database could not be opened; importable without SQLAlchemy.

The GUI reports these before its first window needs the database, so this module must stay
free of heavy imports (SQLAlchemy alone costs about 0.3 s to import).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.storage.backups import BackupInfo


class DatabaseError(Exception):
    """The database cannot be opened; ``reason`` is a stable key for messages."""

    def __init__(self, path: Path | str, reason: str, detail: str = "") -> None:
        # A file for the SQLite store; the server's address (without password) otherwise.
        self.path = path
        # "newer_schema" | "not_a_database" | "damaged" | "migration_failed"; for a server
        # also "older_schema", "unreachable", "login_failed", "no_schema", "bad_url"
        self.reason = reason
        self.detail = detail
        super().__init__(f"{path}: {reason}" + (f" – {detail}" if detail else ""))


class DatabaseDamaged(DatabaseError):
    """The file was damaged, truncated or not a database; it has been moved aside.

    ``moved_to`` is where the file now is (None if it could not be moved, e.g. because
    another program holds it open); ``backup`` is the newest good backup to offer, or None.
    The GUI offers ``restore_backup(backup)``; the next open without a restore starts an
    empty database.
    """

    def __init__(
        self,
        path: Path,
        reason: str,
        detail: str,
        moved_to: Path | None,
        backup: BackupInfo | None,
    ) -> None:
        super().__init__(path, reason, detail)
        self.moved_to = moved_to
        self.backup = backup


class StoreFailed(DatabaseError):
    """Reading or writing failed on an open database; nothing of the failed write is stored.

    ``reason`` says why in a word the messages turn into advice: ``busy`` (another program
    holds the write lock longer than the busy timeout), ``read_only``, ``disk_full``, ``io``
    or ``other``.
    """


_SQLITE_REASONS = (
    ("database is locked", "busy"),
    ("database table is locked", "busy"),
    ("readonly database", "read_only"),
    ("database or disk is full", "disk_full"),
    ("disk i/o error", "io"),
    ("unable to open database", "io"),
)


# PostgreSQL: the server went away, refused the login or the row, or gave up on a conflict.
_SERVER_REASONS = (
    ("could not serialize", "busy"),
    ("deadlock detected", "busy"),
    ("lock timeout", "busy"),
    ("canceling statement due to", "busy"),
    ("read-only transaction", "read_only"),
    ("no space left", "disk_full"),
    ("disk full", "disk_full"),
    ("row-level security", "forbidden"),
    ("permission denied", "forbidden"),
    ("password authentication failed", "login_failed"),
    ("no pg_hba.conf entry", "login_failed"),
    ("connection refused", "unreachable"),
    ("could not connect", "unreachable"),
    ("connection failed", "unreachable"),
    ("server closed the connection", "unreachable"),
    ("connection timeout", "unreachable"),
    ("timeout expired", "unreachable"),
    ("consuming input failed", "unreachable"),
)


def classify_sqlite_error(text: str) -> str:
    """The ``StoreFailed`` reason for an SQLite error message."""
    lowered = text.lower()
    return next((reason for needle, reason in _SQLITE_REASONS if needle in lowered), "other")


def classify_server_error(text: str) -> str:
    """The ``StoreFailed`` reason for a PostgreSQL (psycopg) error message."""
    lowered = text.lower()
    return next((reason for needle, reason in _SERVER_REASONS if needle in lowered), "other")
