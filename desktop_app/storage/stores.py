"""The two places assessments can be kept, behind one boundary.

* :class:`SqliteStore` — the default: one SQLite file in the data folder. Only here are the
  data-folder checks (``storage.access``), the integrity check and the migrations with a
  backup first (``storage.database``), the backups made with SQLite's backup API
  (``storage.backups``) and the instance lock (``storage.instance_lock``).
* :class:`ServerStore` — a PostgreSQL server given by ``--database-url`` or
  ``WANDELKOMPASS_DATABASE_URL`` (``storage.server``). The server keeps its data durable and
  serves many users at once; it is backed up with ``pg_dump``, so the backup commands say
  they are for the SQLite store.

Both hand out the same :class:`~desktop_app.storage.database.Database`, so the repository,
the services and the screens do not know which one they use. Importing this module costs no
SQLAlchemy.
"""

from __future__ import annotations

import contextlib
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.storage.backups import BackupError

if TYPE_CHECKING:
    from desktop_app.storage.backups import BackupInfo, RestoreResult
    from desktop_app.storage.database import Database


class SqliteStore:
    """The SQLite file in the data folder (or the file given as ``database``)."""

    is_server = False

    def __init__(self, path: Path, backup_dir: Path) -> None:
        self.path = Path(path)
        self.backup_dir = Path(backup_dir)

    @property
    def label(self) -> str:
        return str(self.path)

    def open(self, busy_timeout_ms: int | None = None) -> Database:
        from desktop_app.storage.access import check_data_folder
        from desktop_app.storage.database import BUSY_TIMEOUT_MS, open_database

        check_data_folder(self.path.parent, self.path)
        return open_database(
            self.path,
            backup_dir=self.backup_dir,
            busy_timeout_ms=busy_timeout_ms or BUSY_TIMEOUT_MS,
        )

    def lock(self, data_dir: Path) -> AbstractContextManager[object]:
        """Held by the GUI and by every writing command: nothing writes under an open window."""
        from desktop_app.storage.instance_lock import acquire

        return acquire(data_dir)

    def backup_if_changed(self) -> None:
        from desktop_app.storage.backups import backup_if_changed

        backup_if_changed(self.path, self.backup_dir)

    def backup(self, kind: str = "manual") -> BackupInfo:
        from desktop_app.storage.backups import create_backup

        return create_backup(self.path, self.backup_dir, kind)

    def list_backups(self) -> list[BackupInfo]:
        from desktop_app.storage.backups import list_backups

        return list_backups(self.backup_dir)

    def restore(self, backup: Path) -> RestoreResult:
        from desktop_app.storage.backups import restore_backup

        return restore_backup(self.path, Path(backup), self.backup_dir)


class ServerStore:
    """A PostgreSQL database on a server, shared by the municipalities of a region."""

    is_server = True

    def __init__(self, url: str) -> None:
        self.url = url

    @property
    def label(self) -> str:
        from desktop_app.storage.server import check_url, display

        return display(check_url(self.url))

    def open(self, busy_timeout_ms: int | None = None) -> Database:
        from desktop_app.storage.server import open_server_database

        return open_server_database(self.url)

    def lock(self, data_dir: Path) -> AbstractContextManager[object]:
        """No lock: the server serves many users at once and keeps their writes apart."""
        return contextlib.nullcontext()

    def backup_if_changed(self) -> None:
        """Nothing to do: the server is backed up with ``pg_dump`` (see the README)."""

    def _not_here(self) -> BackupError:
        from desktop_app.storage.errors import DatabaseError

        try:
            where = self.label
        except DatabaseError:  # a bad URL is reported when the store is opened
            where = "PostgreSQL"
        # The message names the server, not a file: there is no backup file to name.
        return BackupError("server_store", Path(), where)

    def backup(self, kind: str = "manual") -> BackupInfo:
        raise self._not_here()

    def list_backups(self) -> list[BackupInfo]:
        raise self._not_here()

    def restore(self, backup: Path) -> RestoreResult:
        raise self._not_here()


Store = SqliteStore | ServerStore


def store_for(data_dir: Path, database: Path | None, database_url: str | None) -> Store:
    """The server when a URL is given, else the SQLite file (the default)."""
    if database_url:
        return ServerStore(database_url)
    from desktop_app.paths import DB_FILENAME

    return SqliteStore(database or data_dir / DB_FILENAME, data_dir / "backups")
