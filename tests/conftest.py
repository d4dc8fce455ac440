"""Shared test setup: headless Qt and matplotlib, and small factories for real data."""

from __future__ import annotations

import os

# Before anything imports Qt or matplotlib: no display, no GUI backend.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

from collections.abc import Iterator  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING, Any  # noqa: E402

import pytest  # noqa: E402

from desktop_app.content import load_guideline  # noqa: E402
from desktop_app.domain.model import Guideline  # noqa: E402
from desktop_app.paths import content_dir  # noqa: E402
from tests.helpers.pg_cluster import (  # noqa: E402
    REQUIRE_ENV,
    TEMPLATE,
    Cluster,
    ServerUnavailable,
    start_cluster,
)

if TYPE_CHECKING:
    from desktop_app.services.workspace import Workspace


@pytest.fixture(scope="session")
def guideline() -> Guideline:
    return load_guideline(content_dir())


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


# -- the store under test: the SQLite file, or a database on a throwaway PostgreSQL server --
# A developer's own server setting must not send the tests to that server.
os.environ.pop("WANDELKOMPASS_DATABASE_URL", None)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """One PostgreSQL cluster for the whole session, with a migrated template database.

    Without the server programs the PostgreSQL tests skip and say why; with
    ``WANDELKOMPASS_REQUIRE_POSTGRES=1`` (CI) they fail instead.
    """
    try:
        cluster = start_cluster()
    except ServerUnavailable as exc:
        if os.environ.get(REQUIRE_ENV):
            pytest.fail(f"PostgreSQL is required ({REQUIRE_ENV}=1) but cannot start: {exc}")
        pytest.skip(f"no PostgreSQL server for the tests ({exc}); install postgresql to run them")
    try:
        from desktop_app.storage.server import upgrade_server_schema

        cluster.execute(f'CREATE DATABASE "{TEMPLATE}"')
        upgrade_server_schema(cluster.url(TEMPLATE))
        yield cluster
    finally:
        cluster.stop()


@dataclass
class StoreUnderTest:
    """Where a test's Workspace keeps its data; ``another()`` gives a second, empty place."""

    kind: str
    cluster: Cluster | None
    databases: list[str] = field(default_factory=list)

    @property
    def on_server(self) -> bool:
        return self.cluster is not None

    def another(self) -> str:
        """A fresh database URL on the server; "" (the SQLite file) otherwise."""
        if self.cluster is None:
            return ""
        name = self.cluster.take()
        self.databases.append(name)
        return self.cluster.url(name)

    @property
    def url(self) -> str:
        if not self.databases:
            return self.another()
        assert self.cluster is not None
        return self.cluster.url(self.databases[0])

    def rows(self, ws: Workspace, sql: str) -> list[tuple[Any, ...]]:
        """``sql`` on a connection of its own (as another program, or after a restart)."""
        if self.cluster is None:
            import sqlite3

            con = sqlite3.connect(ws.database_path)
            try:
                return con.execute(sql).fetchall()
            finally:
                con.close()
        import psycopg

        with psycopg.connect(self.url.replace("postgresql+psycopg", "postgresql")) as conn:
            return conn.execute(sql).fetchall()  # type: ignore[arg-type]

    def execute(self, ws: Workspace, sql: str) -> None:
        """Change the stored data behind the app's back (as an older version or a tool)."""
        if self.cluster is None:
            import sqlite3

            con = sqlite3.connect(ws.database_path)
            try:
                con.execute(sql)
                con.commit()
            finally:
                con.close()
            return
        import psycopg

        with psycopg.connect(self.url.replace("postgresql+psycopg", "postgresql")) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def counts(self, ws: Workspace, tables: tuple[str, ...]) -> dict[str, int]:
        return {t: self.rows(ws, f"SELECT COUNT(*) FROM {t}")[0][0] for t in tables}

    def cli_args(self, data_dir: Path) -> list[str]:
        """The command line's options for the same data."""
        server = ["--database-url", self.url] if self.cluster is not None else []
        return ["--data-dir", str(data_dir), *server]

    def workspace(self, data_dir: Path, **kw: Any) -> Workspace:
        from desktop_app.services.workspace import Workspace

        return Workspace(data_dir, database_url=self.url, **kw)


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def store(request: pytest.FixtureRequest) -> Iterator[StoreUnderTest]:
    """Runs the test once on the SQLite file and once on a PostgreSQL database of its own."""
    if request.param == "sqlite":
        yield StoreUnderTest("sqlite", None)
        return
    under_test = StoreUnderTest("postgresql", request.getfixturevalue("pg_cluster"))
    try:
        yield under_test
    finally:
        assert under_test.cluster is not None
        for name in under_test.databases:
            under_test.cluster.give_back(name)
