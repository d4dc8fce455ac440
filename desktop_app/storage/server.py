"""Opening the store on a PostgreSQL server (``postgresql+psycopg://…``).

What the SQLite store does with files — integrity check, backup API, the instance lock,
the data-folder checks — has no counterpart here: the server owns durability and
concurrency, and ``pg_dump`` makes its backups. What stays the same are the models, the
repository and the Alembic migrations.

On connect the server's schema revision is compared with the app's: a newer one is refused
(install the current version), an older one too (the region's administrator upgrades it
deliberately, after a ``pg_dump``, with ``wandelkompass schema-upgrade``), and an empty
database is given the schema by the migrations when the connecting role may create tables.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy import exc as sqlalchemy_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import sessionmaker

from desktop_app.storage.database import Database
from desktop_app.storage.errors import DatabaseError, classify_server_error
from desktop_app.storage.migrations import KNOWN_REVISIONS, SCHEMA_HEAD

__all__ = [
    "SCHEME",
    "check_url",
    "open_server_database",
    "server_revision",
    "upgrade_server_schema",
]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SCHEME = "postgresql+psycopg"
# The schemes people write for the same thing; all are served by psycopg 3.
_ALIASES = frozenset({"postgresql", "postgres", "postgresql+psycopg"})
# One lock id for "someone is creating or upgrading the schema" (any constant will do).
_SCHEMA_LOCK = 0x57414E44  # "WAND"
CONNECT_TIMEOUT_S = 10


def check_url(url: str) -> URL:
    """``url`` as a psycopg URL; :class:`DatabaseError` ``bad_url`` names what is wrong."""
    shown = url.split("@")[-1] if "@" in url else url  # never echo a password
    try:
        parsed = make_url(url.strip())
    except (sqlalchemy_exc.ArgumentError, ValueError) as exc:
        raise DatabaseError(shown, "bad_url", "postgresql+psycopg://USER@HOST/DATABASE") from exc
    if parsed.drivername not in _ALIASES:
        raise DatabaseError(shown, "bad_url", "postgresql+psycopg://USER@HOST/DATABASE")
    if not parsed.database:
        raise DatabaseError(shown, "bad_url", "postgresql+psycopg://USER@HOST/DATABASE")
    return parsed.set(drivername=SCHEME)


def display(url: URL) -> str:
    """The address as messages show it: without the password."""
    return url.render_as_string(hide_password=True)


def make_server_engine(url: URL) -> Engine:
    return create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "wandelkompass"},
    )


def server_revision(conn: Connection) -> str | None:
    """The schema revision in the connected database (None: no Wandelkompass schema yet)."""
    if conn.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None:
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _has_tables(conn: Connection) -> bool:
    return bool(conn.execute(text("SELECT to_regclass('assessment') IS NOT NULL")).scalar())


def _upgrade(conn: Connection) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")


def _failed(where: str, exc: sqlalchemy_exc.SQLAlchemyError) -> DatabaseError:
    # psycopg's messages go on with hints on further lines; the first says what happened.
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    reason = classify_server_error(detail)
    if reason == "other":  # not a connection problem: the schema could not be set up
        unreachable = isinstance(exc, sqlalchemy_exc.InterfaceError)
        reason = "unreachable" if unreachable else "migration_failed"
    return DatabaseError(where, reason, detail)


def open_server_database(url: str | URL, *, create: bool = True) -> Database:
    """Connect to the server and check its schema; create it in an empty database.

    Raises :class:`DatabaseError` with reason ``bad_url``, ``unreachable``, ``login_failed``,
    ``forbidden``, ``newer_schema``, ``older_schema`` or ``no_schema``.
    """
    parsed = check_url(url) if isinstance(url, str) else url
    where = display(parsed)
    engine = make_server_engine(parsed)
    try:
        with engine.begin() as conn:
            current = server_revision(conn)
            if current is None and create:
                # Two first starts at once: the second waits, then finds the schema there.
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _SCHEMA_LOCK})
                current = server_revision(conn)
                if current is None and not _has_tables(conn):
                    _upgrade(conn)
                    current = SCHEMA_HEAD
    except sqlalchemy_exc.SQLAlchemyError as exc:
        engine.dispose()
        raise _failed(where, exc) from exc
    if current != SCHEMA_HEAD:
        engine.dispose()
        if current is None:
            raise DatabaseError(where, "no_schema", SCHEMA_HEAD)
        if current not in KNOWN_REVISIONS:
            raise DatabaseError(where, "newer_schema", current)
        raise DatabaseError(where, "older_schema", f"{current} → {SCHEMA_HEAD}")
    return Database(where, engine, sessionmaker(engine, expire_on_commit=False))


def upgrade_server_schema(url: str | URL) -> tuple[str | None, str]:
    """Bring the server's schema to head in one transaction; (revision before, after).

    A newer schema is refused as on connect; a failure rolls everything back (PostgreSQL
    runs DDL inside the transaction), so the server keeps its previous state.
    """
    parsed = check_url(url) if isinstance(url, str) else url
    where = display(parsed)
    engine = make_server_engine(parsed)
    try:
        with engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _SCHEMA_LOCK})
            before = server_revision(conn)
            if before is not None and before not in KNOWN_REVISIONS:
                raise DatabaseError(where, "newer_schema", before)
            if before != SCHEMA_HEAD:
                _upgrade(conn)
            from desktop_app.storage.region import apply_grants, region_set_up

            if region_set_up(conn):  # new tables get the region's grants at once
                apply_grants(conn)
    except sqlalchemy_exc.SQLAlchemyError as exc:
        raise _failed(where, exc) from exc
    finally:
        engine.dispose()
    return before, SCHEMA_HEAD
