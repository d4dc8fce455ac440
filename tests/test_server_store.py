"""The store on a PostgreSQL server: the same migrations, the schema check on connect, and
what the SQLite store does that a server does not (backups)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine

from desktop_app import cli
from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.assessment import NewAssessment, NewRespondent, Phase
from desktop_app.services.messages import database_error_message
from desktop_app.services.workspace import Workspace
from desktop_app.storage.errors import DatabaseError
from desktop_app.storage.migrations import SCHEMA_HEAD
from desktop_app.storage.server import open_server_database, upgrade_server_schema
from tests.helpers.pg_cluster import Cluster

pytestmark = pytest.mark.postgres


@pytest.fixture
def empty_db(pg_cluster: Cluster) -> str:
    """A database without any table: what an administrator creates for the region."""
    name = f"wk_empty_{id(object())}"
    pg_cluster.execute(f'CREATE DATABASE "{name}"')
    yield name
    pg_cluster.drop_database(name)


def _new(ws: Workspace) -> int:
    return ws.create_assessment(NewAssessment(
        municipality="Stadt Herten", project="Digitaler Zwilling", phase=Phase.PLANNING,
        held_on=date(2026, 10, 1), respondents=[NewRespondent("IT", "IT")],
    ))


def test_the_migrations_build_exactly_the_models_schema(pg_cluster: Cluster) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from desktop_app.storage.models import Base

    engine = create_engine(pg_cluster.url("wk_template"))
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_old_rows_are_carried_through_every_migration(pg_cluster: Cluster, empty_db: str) -> None:
    """Data of the second release, migrated on the server: UUIDs filled, groups derived."""
    from alembic import command
    from alembic.config import Config

    from desktop_app.storage.server import MIGRATIONS_DIR

    engine = create_engine(pg_cluster.url(empty_db))
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        for sql in (
            "INSERT INTO municipality (id, name) VALUES (1, 'Marl')",
            "INSERT INTO project (id, municipality_id, name) VALUES (1, 1, 'Zwilling')",
            "INSERT INTO assessment (id, uuid, project_id, title, phase, held_on, moderator, "
            "participants, content_version, default_target, created_at, updated_at) VALUES "
            "(1, 'a1', 1, '', 'planung', '2025-03-01', '', '', '2025.1', 3, "
            "'2025-03-01 10:00', '2025-03-01 11:00')",
            "INSERT INTO respondent (id, assessment_id, label, role_group, headcount) "
            "VALUES (1, 1, 'IT', 'IT', 3)",
            "INSERT INTO answer (assessment_id, statement_id, kind, level, comment, evidence, "
            "flagged, updated_at) VALUES (1, 'A1', 'rated', 2, '', '', true, '2025-03-01')",
            "INSERT INTO vote (assessment_id, respondent_id, statement_id, kind, level, "
            "updated_at) VALUES (1, 1, 'A1', 'rated', 3, '2025-03-01')",
        ):
            conn.exec_driver_sql(sql)
    before, after = upgrade_server_schema(pg_cluster.url(empty_db))
    assert (before, after) == ("0002", SCHEMA_HEAD)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM answer WHERE uuid IS NOT NULL "
                                    "AND flagged").scalar_one() == 1
        assert conn.exec_driver_sql("SELECT name, headcount FROM role_group").all() == [("IT", 3)]
        assert conn.exec_driver_sql("SELECT round FROM vote").scalar_one() == 1
    engine.dispose()


def test_an_empty_database_gets_the_schema_on_first_connect(
    pg_cluster: Cluster, empty_db: str, data_dir: Path
) -> None:
    ws = Workspace(data_dir, database_url=pg_cluster.url(empty_db))
    aid = _new(ws)
    ws.save_answer(aid, Answer("A1", AnswerKind.RATED, 3))
    ws.close()
    assert not (data_dir / "wandelkompass.sqlite3").exists()  # nothing went to the file
    again = Workspace(data_dir, database_url=pg_cluster.url(empty_db))
    assert again.answers(aid).get("A1").level == 3
    again.close()


@pytest.mark.parametrize(
    ("stored", "reason", "words"),
    [("9999", "newer_schema", "newer Wandelkompass version"),
     ("0003", "older_schema", "schema-upgrade")],
)
def test_a_server_schema_of_another_version_is_refused_with_what_to_do(
    pg_cluster: Cluster, stored: str, reason: str, words: str
) -> None:
    name = pg_cluster.new_database()
    try:
        pg_cluster.execute(f"UPDATE alembic_version SET version_num = '{stored}'", name)
        with pytest.raises(DatabaseError) as info:
            open_server_database(pg_cluster.url(name))
        assert info.value.reason == reason
        assert words in database_error_message(info.value, "en")
        assert "wk_admin@127.0.0.1" in database_error_message(info.value, "de")
    finally:
        pg_cluster.drop_database(name)


def test_schema_upgrade_brings_an_older_server_to_head(
    pg_cluster: Cluster, empty_db: str, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_cluster.url(empty_db)
    args = ["--data-dir", str(data_dir), "--database-url", url, "--lang", "en"]
    assert cli.main([*args, "schema-upgrade"]) == 0
    assert f"upgraded from revision – to {SCHEMA_HEAD}" in capsys.readouterr().out
    assert cli.main([*args, "schema-upgrade"]) == 0
    assert "already at this program's revision" in capsys.readouterr().out


def test_a_login_without_rights_on_an_empty_database_is_told_to_ask(
    pg_cluster: Cluster, empty_db: str
) -> None:
    role = f"wk_norights_{id(object())}"
    pg_cluster.execute(f"CREATE ROLE {role} LOGIN")
    pg_cluster.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC", empty_db)
    try:
        with pytest.raises(DatabaseError) as info:
            open_server_database(pg_cluster.url(empty_db, user=role))
        assert info.value.reason in ("no_schema", "forbidden")
        assert "administrators" in database_error_message(info.value, "en")
    finally:
        pg_cluster.execute(f"DROP ROLE {role}")


def test_an_unreachable_server_says_so_and_how_to_go_on(data_dir: Path) -> None:
    with pytest.raises(DatabaseError) as info:
        Workspace(data_dir, database_url="postgresql+psycopg://x@127.0.0.1:1/region").db  # noqa: B018
    assert info.value.reason == "unreachable"
    de = database_error_message(info.value, "de")
    assert "nicht erreichbar" in de and "postgresql+psycopg://x@127.0.0.1:1/region" in de


def test_a_password_never_appears_in_a_message(data_dir: Path) -> None:
    url = "postgresql+psycopg://kommune:geheim123@127.0.0.1:1/region"
    with pytest.raises(DatabaseError) as info:
        Workspace(data_dir, database_url=url).db  # noqa: B018
    for lang in ("de", "en"):
        assert "geheim123" not in database_error_message(info.value, lang)


@pytest.mark.parametrize("url", ["mysql://x@host/db", "postgresql+psycopg://host", "kein url"])
def test_a_bad_database_url_names_the_form(url: str, data_dir: Path) -> None:
    with pytest.raises(DatabaseError) as info:
        Workspace(data_dir, database_url=url).db  # noqa: B018
    assert info.value.reason == "bad_url"
    assert "postgresql+psycopg://USER@HOST/DATABASE" in database_error_message(info.value, "en")


def test_the_environment_switches_every_command_to_the_server(
    pg_cluster: Cluster, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    name = pg_cluster.take()
    try:
        ws = Workspace(data_dir, database_url=pg_cluster.url(name))
        _new(ws)
        ws.close()
        monkeypatch.setenv("WANDELKOMPASS_DATABASE_URL", pg_cluster.url(name))
        assert cli.main(["--data-dir", str(data_dir), "list"]) == 0
        assert "Stadt Herten" in capsys.readouterr().out
        # The option wins over the environment; "" is the SQLite file in the data folder.
        assert cli.main(["--data-dir", str(data_dir), "--database-url", "", "list"]) == 0
        assert "Stadt Herten" not in capsys.readouterr().out
    finally:
        pg_cluster.give_back(name)


@pytest.mark.parametrize("command", [["backup"], ["backups"], ["restore", "x.sqlite3"]])
def test_backup_commands_say_they_are_for_the_sqlite_store(
    pg_cluster: Cluster, data_dir: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    name = pg_cluster.take()
    try:
        url = pg_cluster.url(name)
        code = cli.main(["--data-dir", str(data_dir), "--database-url", url, "--lang", "en",
                         *command])
        assert code == 1
        err = capsys.readouterr().err
        assert "for the SQLite database" in err and "pg_dump" in err
        assert not (data_dir / "backups").exists()
    finally:
        pg_cluster.give_back(name)


def test_raw_psycopg_sees_what_the_app_committed(pg_cluster: Cluster, data_dir: Path) -> None:
    """Another program (here psycopg itself) reads the answer at once: it is committed."""
    name = pg_cluster.take()
    try:
        ws = Workspace(data_dir, database_url=pg_cluster.url(name))
        aid = _new(ws)
        ws.save_answer(aid, Answer("B2", AnswerKind.RATED, 1, flagged=True))
        with psycopg.connect(pg_cluster.dsn(name)) as conn:
            row = conn.execute("SELECT level, flagged, updated_at FROM answer").fetchone()
        assert row is not None and row[:2] == (1, True)
        ws.close()
    finally:
        pg_cluster.give_back(name)
