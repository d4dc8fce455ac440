"""A throwaway PostgreSQL cluster for the tests: temporary folder, loopback, a free port.

``initdb`` refuses to run as root, so as root the cluster belongs to the ``postgres`` OS
user (Debian's packages create it) and its programs run through ``runuser``. Durability is
switched off (``fsync=off``): the cluster is deleted at the end of the session anyway.

Each test gets its own database, cloned from a template that the migrations built once
(``CREATE DATABASE … TEMPLATE``), so a test never sees another's rows and the schema is
the migrated one, not ``create_all``'s.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "wk_admin"
TEMPLATE = "wk_template"
REQUIRE_ENV = "WANDELKOMPASS_REQUIRE_POSTGRES"


class ServerUnavailable(RuntimeError):
    pass


def find_bindir() -> Path | None:
    """The folder with initdb and pg_ctl: Debian's newest version, else the PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version_key)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _version_key(path: str) -> int:
    try:
        return int(Path(path).parent.parent.name)
    except ValueError:
        return 0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    bindir: Path
    root: Path
    port: int
    as_user: str | None  # the OS user that owns the cluster when we are root
    _numbers: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _clean: list[str] = field(default_factory=list)
    _tables: set[str] | None = None

    def _cmd(self, *args: str) -> list[str]:
        return (["runuser", "-u", self.as_user, "--"] if self.as_user else []) + list(args)

    def url(self, database: str, user: str = SUPERUSER, password: str | None = None) -> str:
        auth = f"{user}:{password}" if password else user
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{database}"

    def dsn(self, database: str, user: str = SUPERUSER, password: str | None = None) -> str:
        """The same address for psycopg itself (no SQLAlchemy driver name)."""
        auth = f"{user}:{password}" if password else user
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.dsn(database), autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def new_database(self, template: str = TEMPLATE) -> str:
        """A new database cloned from the migrated template (about 0.4 s)."""
        name = f"wk_test_{os.getpid()}_{next(self._numbers)}"
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def take(self) -> str:
        """A database at the migrated schema and without rows: a used one emptied, or new."""
        return self._clean.pop() if self._clean else self.new_database()

    def give_back(self, name: str) -> None:
        """Empty a test's database for the next test (TRUNCATE is ~20 ms, a clone ~400 ms).

        One whose schema a test changed is dropped instead.
        """
        import psycopg

        from desktop_app.storage.migrations import SCHEMA_HEAD

        with psycopg.connect(self.dsn(name), autocommit=True) as conn:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE datname = current_database() AND pid <> pg_backend_pid()")
            tables = [r[0] for r in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                "AND tablename <> 'alembic_version'")]
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            reusable = revision == [(SCHEMA_HEAD,)] and set(tables) == self._template_tables()
            if reusable:
                names = ", ".join(f'"{t}"' for t in tables)
                conn.execute(f"TRUNCATE {names} RESTART IDENTITY CASCADE")  # type: ignore[arg-type]
        if reusable:
            self._clean.append(name)
        else:
            self.drop_database(name)

    def _template_tables(self) -> set[str]:
        if self._tables is None:
            import psycopg

            with psycopg.connect(self.dsn(TEMPLATE)) as conn:
                self._tables = {r[0] for r in conn.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                    "AND tablename <> 'alembic_version'")}
        return self._tables

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        subprocess.run(
            self._cmd(str(self.bindir / "pg_ctl"), "-D", str(self.root / "data"), "-m",
                      "immediate", "-w", "stop"),
            capture_output=True, check=False, timeout=60,
        )
        shutil.rmtree(self.root, ignore_errors=True)


def start_cluster() -> Cluster:
    """Create and start a cluster; :class:`ServerUnavailable` says why it cannot be done."""
    bindir = find_bindir()
    if bindir is None:
        raise ServerUnavailable("no PostgreSQL server programs (initdb, pg_ctl) found")
    as_user: str | None = None
    if os.geteuid() == 0:
        as_user = "postgres"
        if shutil.which("runuser") is None:
            raise ServerUnavailable("running as root, but runuser is missing")
        try:
            import pwd

            pwd.getpwnam(as_user)
        except KeyError as exc:
            raise ServerUnavailable("running as root, but there is no 'postgres' user") from exc
    root = Path(tempfile.mkdtemp(prefix="wk-pg-"))
    if as_user:
        shutil.chown(root, as_user)
    cluster = Cluster(bindir, root, _free_port(), as_user)
    data = root / "data"
    try:
        _run(cluster._cmd(str(bindir / "initdb"), "-D", str(data), "-U", SUPERUSER, "-A",
                          "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"))
        options = (f"-c listen_addresses=127.0.0.1 -p {cluster.port} -k {root} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=200")
        _run(cluster._cmd(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"),
                          "-o", options, "-w", "-t", "60", "start"))
    except ServerUnavailable:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return cluster


def _run(cmd: list[str]) -> None:
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ServerUnavailable(f"{cmd[0]} failed: {exc}") from exc
    if done.returncode != 0:
        raise ServerUnavailable(f"{' '.join(cmd)} failed: {done.stderr.strip() or done.stdout}")
