"""Opening the SQLite database: pragmas, schema version checks and migrations.

Durability settings: WAL with ``synchronous=FULL`` keeps every committed answer through a
power cut, and foreign keys are enforced on every connection. Migrations run only when the
stored revision differs from :data:`SCHEMA_HEAD`; before they run, the file is backed up
with SQLite's backup API, foreign keys are switched off *outside* the transaction (inside
one SQLite ignores the pragma, and a table rebuild would cascade-delete child rows), and
row counts plus ``foreign_key_check`` are verified before the commit.

Every open starts with ``PRAGMA integrity_check`` (see ``storage.safety``): a damaged,
truncated or foreign file is renamed out of the way (never deleted) and
:class:`DatabaseDamaged` tells the caller which backup to offer
(``storage.backups.restore_backup``).
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy import exc as sqlalchemy_exc
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.storage import backups
from desktop_app.storage.errors import (
    DatabaseDamaged,
    DatabaseError,
    StoreFailed,
    classify_sqlite_error,
)
from desktop_app.storage.migrations import KNOWN_REVISIONS, SCHEMA_HEAD
from desktop_app.storage.safety import integrity_problem, move_aside, read_revision

__all__ = ["Database", "DatabaseDamaged", "DatabaseError", "StoreFailed", "open_database"]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    device: str = ""  # stamped on every record this process writes (``changed_by``)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short unit of work: committed on success, rolled back on any error.

        A failure of the database itself (locked longer than the busy timeout, read-only,
        disk full) comes out as :class:`StoreFailed`, so callers report it instead of
        letting it vanish in a Qt slot.
        """
        with self._translated(), self.sessions.begin() as session:
            yield session

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A Core connection in one committed transaction (the prepared upserts use it)."""
        with self._translated(), self.engine.begin() as conn:
            yield conn

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except (OperationalError, sqlalchemy_exc.DatabaseError) as exc:
            detail = str(getattr(exc, "orig", None) or exc)
            raise StoreFailed(self.path, classify_sqlite_error(detail), detail) from exc

    def close(self) -> None:
        self.engine.dispose()


# How long a write waits for another program's write lock before it is reported as failed.
BUSY_TIMEOUT_MS = 5000


def _connect_hook(busy_timeout_ms: int) -> Any:
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Python's sqlite3 opens transactions implicitly; let SQLAlchemy emit BEGIN itself so
        # pragmas below run outside any transaction.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cur.close()

    return on_connect


def _on_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _connect_hook(busy_timeout_ms))
    event.listen(engine, "begin", _on_begin)
    return engine


def stored_revision(path: Path) -> str | None:
    """The schema revision recorded in ``path`` (None for a new, empty database)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(path, "not_a_database", str(exc)) from exc
    try:
        return read_revision(con)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(path, "not_a_database", str(exc)) from exc
    finally:
        con.close()


def _row_counts(conn: Any) -> dict[str, int]:
    names = [n for n in inspect(conn).get_table_names() if n != "alembic_version"]
    return {n: conn.exec_driver_sql(f'SELECT COUNT(*) FROM "{n}"').scalar_one() for n in names}


def migrate(engine: Engine, path: Path, current: str | None) -> None:
    """Upgrade to head on one connection with foreign keys off, verified before commit."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")  # before BEGIN, or SQLite ignores it
        try:
            with conn.begin():
                before = _row_counts(conn) if current else {}
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise DatabaseError(path, "migration_failed", f"foreign_key_check: {problems}")
                after = _row_counts(conn)
                lost = {t: (n, after.get(t)) for t, n in before.items() if after.get(t) != n}
                if lost:
                    raise DatabaseError(path, "migration_failed", f"row counts changed: {lost}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _check_or_move_aside(path: Path, backup_dir: Path) -> None:
    """Raise :class:`DatabaseDamaged` (after moving the file aside) unless ``path`` is sound."""
    if not path.exists():
        return
    problem = integrity_problem(path)
    if problem is None and path.stat().st_size == 0:
        # An empty file is a valid (empty) database unless there were backups: then the
        # file has been truncated, and the user must be offered the last good state.
        if backups.newest_good_backup(backup_dir) is None:
            return
        problem = "file is empty (truncated)"
    if problem is None:
        return
    reason = "not_a_database" if "not an SQLite database" in problem else "damaged"
    try:
        moved: Path | None = move_aside(path, "damaged")
    except OSError as exc:
        moved = None
        problem = f"{problem}; could not move it aside: {exc.strerror or exc}"
    raise DatabaseDamaged(path, reason, problem, moved, backups.newest_good_backup(backup_dir))


def open_database(
    path: Path, *, backup_dir: Path | None = None, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> Database:
    """Open (creating if needed) the database at ``path`` and bring its schema to head.

    Raises :class:`DatabaseDamaged` for a damaged file (moved aside first), and
    :class:`DatabaseError` with reason ``newer_schema`` or ``migration_failed``; in both
    of those cases the file is unchanged.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    folder = Path(backup_dir) if backup_dir is not None else path.parent / "backups"
    _check_or_move_aside(path, folder)
    current = stored_revision(path)
    if current is not None and current not in KNOWN_REVISIONS:
        raise DatabaseError(path, "newer_schema", current)
    if current != SCHEMA_HEAD:
        pre: backups.BackupInfo | None = None
        if current is not None:
            # A failed migration must leave a way back: copy first, via the backup API.
            try:
                pre = backups.create_backup(path, folder, "pre-migration")
            except backups.BackupError as exc:
                raise DatabaseError(path, "migration_failed", exc.message("en")) from exc
        engine = make_engine(path, busy_timeout_ms)
        try:
            if current is None and _is_empty(path):
                create_at_head(engine)
            else:
                migrate(engine, path, current)
        except Exception as exc:
            engine.dispose()
            _ensure_unchanged(path, current, pre)
            if isinstance(exc, DatabaseError):
                raise
            raise DatabaseError(path, "migration_failed", str(exc)) from exc
    else:
        engine = make_engine(path, busy_timeout_ms)
    _stamp_identity(engine)
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False))


def _stamp_identity(engine: Engine) -> None:
    """Give a database without one its random identity (see ``storage.backups``), once."""
    with engine.begin() as conn:  # committed: the header field is written transactionally
        if conn.exec_driver_sql("PRAGMA user_version").scalar_one() == 0:
            value = secrets.randbelow(2**31 - 1) + 1
            conn.exec_driver_sql(f"PRAGMA user_version={value}")


def _is_empty(path: Path) -> bool:
    """True for a new database file: no tables, views or indexes of anyone's."""
    if not path.exists():
        return True
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        count: int = con.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
        return count == 0
    finally:
        con.close()


def create_at_head(engine: Engine) -> None:
    """Create a new database directly at the newest schema and stamp it.

    Replaying every migration on an empty file gives the same schema (a test compares the
    two) but imports Alembic and rebuilds tables for nothing; the first start and every
    demo report pay for that otherwise.
    """
    from desktop_app.storage.models import Base

    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        conn.exec_driver_sql(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        )
        conn.exec_driver_sql("INSERT INTO alembic_version (version_num) VALUES (?)", (SCHEMA_HEAD,))


def _ensure_unchanged(path: Path, current: str | None, pre: backups.BackupInfo | None) -> None:
    """After a failed migration: the rollback must have left the old revision in place.

    SQLite rolls DDL back with the transaction, so this normally finds nothing to do; should
    the file still differ (a revision recorded, or damage), the pre-migration backup is put
    back.
    """
    if pre is None:
        return
    try:
        unchanged = stored_revision(path) == current and integrity_problem(path) is None
    except DatabaseError:
        unchanged = False
    if not unchanged:
        backups.restore_backup(path, pre.path, pre.path.parent)
