"""Setting up a region on a PostgreSQL server: group roles, grants, municipalities, logins.

Run as the schema's owner (the administrator who created the database). Everything here is
idempotent, so ``wandelkompass region init`` may run again after every schema upgrade.

* ``wk_municipality`` — the group of every municipality's role: it may read and write the
  tables that row-level security guards (``storage.row_security``), and nothing else but
  the schema revision, its own role mapping, its municipality's opt-in and the comparison.
* one role per municipality (``NOLOGIN``, member of ``wk_municipality``), mapped to the
  municipality in ``region_role``; its people log in with roles that are members of it.
* ``wk_coordinator`` — the region's coordination: reads the comparison view and nothing
  else (no table, so no answer, vote or name).

A table is granted to municipalities only if row-level security is switched on for it, so a
table added later without policies stays closed instead of open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

from desktop_app.domain.region import SizeClass
from desktop_app.storage.comparison_view import VIEW_NAME
from desktop_app.storage.database import Database
from desktop_app.storage.models import Municipality, RegionRoleRow

MUNICIPALITY_GROUP = "wk_municipality"
COORDINATOR_GROUP = "wk_coordinator"
# PostgreSQL role names as the CLI accepts them: no quoting needed, nothing to inject.
_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
_GROUPS = frozenset({MUNICIPALITY_GROUP, COORDINATOR_GROUP})


class RegionError(ValueError):
    """A region set-up request that cannot be done; ``code`` names why (texts ``region.*``)."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(code, params)


@dataclass(frozen=True, slots=True)
class RegionMember:
    municipality: str
    size_class: str | None
    role: str
    shares: bool


def check_role_name(name: str) -> str:
    if not _ROLE_NAME.match(name) or name in _GROUPS or name.startswith("pg_"):
        raise RegionError("bad_role", role=name)
    return name


def _need_server(db: Database) -> None:
    if db.is_sqlite:
        raise RegionError("needs_server")


def _role_exists(conn: Connection, name: str) -> bool:
    return bool(conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
                .scalar())


def _create_group(conn: Connection, name: str, member_of: str | None = None) -> None:
    if not _role_exists(conn, name):
        conn.exec_driver_sql(f"CREATE ROLE {name} NOLOGIN")
    if member_of:
        conn.exec_driver_sql(f"GRANT {member_of} TO {name}")


def guarded_tables(conn: Connection) -> list[str]:
    """The schema's tables under row-level security (the only ones municipalities get)."""
    rows = conn.execute(text(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relrowsecurity "
        "ORDER BY c.relname"
    ))
    return [name for (name,) in rows]


def apply_grants(conn: Connection) -> None:
    """The group roles and their grants for the current schema (again after an upgrade)."""
    _create_group(conn, MUNICIPALITY_GROUP)
    _create_group(conn, COORDINATOR_GROUP)
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    both = f"{MUNICIPALITY_GROUP}, {COORDINATOR_GROUP}"
    conn.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{database}" TO {both}')
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {both}")
    conn.exec_driver_sql(f"GRANT SELECT ON alembic_version, {VIEW_NAME} TO {both}")
    special = {"municipality", "region_role"}
    data = [t for t in guarded_tables(conn) if t not in special]
    if data:
        conn.exec_driver_sql(
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(data)} TO {MUNICIPALITY_GROUP}"
        )
    conn.exec_driver_sql(f"GRANT SELECT ON region_role TO {MUNICIPALITY_GROUP}")
    # DELETE only so that removing a municipality's last assessment runs; no policy lets a
    # municipality delete itself, so the statement affects no row.
    conn.exec_driver_sql(f"GRANT SELECT, DELETE ON municipality TO {MUNICIPALITY_GROUP}")
    conn.exec_driver_sql(
        f"GRANT UPDATE (shares_comparison) ON municipality TO {MUNICIPALITY_GROUP}"
    )
    conn.exec_driver_sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {MUNICIPALITY_GROUP}")


def region_set_up(conn: Connection) -> bool:
    return _role_exists(conn, MUNICIPALITY_GROUP)


def init_region(db: Database) -> None:
    _need_server(db)
    with db.connection() as conn:
        apply_grants(conn)


def add_municipality(db: Database, name: str, size_class: SizeClass | None, role: str) -> int:
    """Create (or update) the municipality, its role and the mapping; returns its id."""
    _need_server(db)
    check_role_name(role)
    name = name.strip()
    if not name:
        raise RegionError("empty_name")
    with db.session() as session:
        muni = session.query(Municipality).filter_by(name=name).one_or_none()
        if muni is None:
            muni = Municipality(name=name)
            session.add(muni)
        muni.size_class = size_class.value if size_class else None
        session.flush()
        mapped = session.get(RegionRoleRow, role)
        if mapped is not None and mapped.municipality_id != muni.id:
            raise RegionError("role_taken", role=role)
        if mapped is None:
            session.add(RegionRoleRow(role_name=role, municipality_id=muni.id))
        conn = session.connection()
        _create_group(conn, role, member_of=MUNICIPALITY_GROUP)
        return muni.id


def add_login(
    db: Database, login: str, *, municipality: str | None, password: str | None
) -> None:
    """A login for a municipality's people (member of its role) or for the coordination."""
    _need_server(db)
    check_role_name(login)
    with db.session() as session:
        conn = session.connection()
        if municipality is None:
            group = COORDINATOR_GROUP
            if not _role_exists(conn, group):
                raise RegionError("not_initialised")
        else:
            row = session.execute(
                text("SELECT r.role_name FROM region_role r JOIN municipality m "
                     "ON m.id = r.municipality_id WHERE m.name = :n ORDER BY r.role_name"),
                {"n": municipality.strip()},
            ).first()
            if row is None:
                raise RegionError("unknown_municipality", name=municipality)
            group = str(row[0])
        if _role_exists(conn, login):
            raise RegionError("role_exists", role=login)
        conn.exec_driver_sql(f"CREATE ROLE {login} LOGIN IN ROLE {group}")
        if password:
            # ALTER ROLE takes no bind parameters: psycopg quotes the literal itself.
            from psycopg import sql

            statement = sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                sql.Identifier(login), sql.Literal(password)
            )
            raw = conn.connection.dbapi_connection
            assert raw is not None
            cursor = raw.cursor()
            try:
                cursor.execute(statement)  # type: ignore[arg-type]
            finally:
                cursor.close()


def members(db: Database) -> list[RegionMember]:
    """The region's municipalities and their roles (for the administrator's overview)."""
    _need_server(db)
    with db.connection() as conn:
        rows = conn.execute(text(
            "SELECT m.name, m.size_class, r.role_name, m.shares_comparison FROM region_role r "
            "JOIN municipality m ON m.id = r.municipality_id ORDER BY m.name, r.role_name"
        ))
        return [RegionMember(str(n), s, str(r), bool(sh)) for n, s, r, sh in rows]
