"""Municipalities kept apart by the database itself, tested with raw SQL (psycopg, no app code).

Municipality A's login must neither read nor change municipality B's rows, whatever SQL it
sends; the coordinator reads the anonymised comparison and no table at all.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import psycopg
import pytest
from psycopg import errors

from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.assessment import NewAssessment, NewRespondent, Phase
from desktop_app.domain.plan import PlanEntry
from desktop_app.domain.region import SizeClass
from desktop_app.services.workspace import Workspace
from desktop_app.storage import region
from tests.helpers.pg_cluster import Cluster

pytestmark = pytest.mark.postgres
_RUN = itertools.count(1)


@dataclass
class Region:
    cluster: Cluster
    database: str
    alice: str  # login of municipality A
    bob: str  # login of municipality B
    coordinator: str
    a_assessment: int
    b_assessment: int

    def connect(self, login: str) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.cluster.dsn(self.database, user=login), autocommit=True)


def _assessment(ws: Workspace, municipality: str) -> int:
    aid = ws.create_assessment(NewAssessment(
        municipality=municipality, project="Digitaler Zwilling", phase=Phase.INTRODUCTION,
        held_on=date(2026, 9, 1), respondents=[NewRespondent("IT", "IT")],
    ))
    ws.save_answer(aid, Answer("A1", AnswerKind.RATED, 2, comment=f"geheim {municipality}"))
    ws.save_plan_entry(aid, PlanEntry("rec:O-A1", owner="CDO"))
    return aid


@pytest.fixture(scope="module")
def two_towns(pg_cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Region]:
    n = next(_RUN)
    name = pg_cluster.new_database()
    admin = Workspace(tmp_path_factory.mktemp("admin"), database_url=pg_cluster.url(name))
    try:
        region.init_region(admin.db)
        region.add_municipality(admin.db, "Stadt A", SizeClass.UNDER_50K, f"wk_a_{n}")
        region.add_municipality(admin.db, "Stadt B", SizeClass.UNDER_50K, f"wk_b_{n}")
        alice, bob, coord = f"alice_{n}", f"bob_{n}", f"coord_{n}"
        region.add_login(admin.db, alice, municipality="Stadt A", password="pw-a")
        region.add_login(admin.db, bob, municipality="Stadt B", password=None)
        region.add_login(admin.db, coord, municipality=None, password="it's 100%")
        a_id, b_id = _assessment(admin, "Stadt A"), _assessment(admin, "Stadt B")
        admin.close()
        yield Region(pg_cluster, name, alice, bob, coord, a_id, b_id)
    finally:
        admin.close()
        pg_cluster.drop_database(name)
        for role in (f"alice_{n}", f"bob_{n}", f"coord_{n}", f"wk_a_{n}", f"wk_b_{n}"):
            pg_cluster.execute(f"DROP ROLE IF EXISTS {role}")


TABLES_OF_B = {
    "assessment": "id = {b}",
    "answer": "assessment_id = {b}",
    "respondent": "assessment_id = {b}",
    "plan_entry": "assessment_id = {b}",
    "project": "municipality_id IN (SELECT municipality_id FROM region_role)",
}


def test_a_sees_only_its_own_rows(two_towns: Region) -> None:
    with two_towns.connect(two_towns.alice) as conn:
        assert conn.execute("SELECT name FROM municipality").fetchall() == [("Stadt A",)]
        assert conn.execute("SELECT id FROM assessment").fetchall() == [(two_towns.a_assessment,)]
        comments = conn.execute("SELECT comment FROM answer").fetchall()
        assert comments == [("geheim Stadt A",)]
        b = two_towns.b_assessment
        for table in ("answer", "respondent", "plan_entry", "vote", "role_group", "tally"):
            got = conn.execute(f"SELECT count(*) FROM {table} WHERE assessment_id = %s", (b,))
            assert got.fetchone() == (0,), table
        assert conn.execute("SELECT count(*) FROM region_role").fetchone() == (1,)


def test_a_cannot_change_or_delete_bs_rows(two_towns: Region) -> None:
    b = two_towns.b_assessment
    with two_towns.connect(two_towns.alice) as conn:
        for sql in (
            "UPDATE answer SET level = 0, comment = 'überschrieben' WHERE assessment_id = %s",
            "UPDATE assessment SET title = 'gekapert' WHERE id = %s",
            "UPDATE plan_entry SET owner = 'A' WHERE assessment_id = %s",
            "DELETE FROM answer WHERE assessment_id = %s",
            "DELETE FROM plan_entry WHERE assessment_id = %s",
            "DELETE FROM assessment WHERE id = %s",
        ):
            assert conn.execute(sql, (b,)).rowcount == 0, sql
        assert conn.execute("DELETE FROM municipality").rowcount == 0
    with two_towns.connect(two_towns.bob) as conn:  # B's rows are all still there, unchanged
        assert conn.execute("SELECT level, comment FROM answer").fetchall() == [
            (2, "geheim Stadt B")
        ]
        assert conn.execute("SELECT owner FROM plan_entry").fetchall() == [("CDO",)]


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO answer (assessment_id, statement_id, kind, level, target, comment, "
        "evidence, flagged, updated_at, uuid, changed_by, not_relevant_reason, rationale) "
        "VALUES (%(b)s, 'A2', 'rated', 1, NULL, '', '', false, now(), gen_random_uuid(), "
        "'', '', '')",
        "INSERT INTO plan_entry (assessment_id, key, title, text, decision, owner, status, "
        "updated_at, note, uuid, changed_by, involved, done_when, reject_reason) VALUES "
        "(%(b)s, 'own:x', '', '', 'proposed', '', 'open', now(), '', gen_random_uuid(), '', "
        "'', '', '')",
        "UPDATE answer SET assessment_id = %(b)s WHERE assessment_id = %(a)s",
        "INSERT INTO project (municipality_id, name) "
        "SELECT id + 1, 'fremd' FROM municipality",
        "INSERT INTO municipality (name) VALUES ('Stadt C')",
        "UPDATE municipality SET name = 'Stadt Z'",
        "INSERT INTO region_role (role_name, municipality_id) VALUES ('x', 1)",
        "SET ROLE wk_municipality; SELECT * FROM answer",
    ],
)
def test_a_cannot_write_rows_that_name_b(two_towns: Region, sql: str) -> None:
    params = {"a": two_towns.a_assessment, "b": two_towns.b_assessment}
    with two_towns.connect(two_towns.alice) as conn:
        if sql.startswith("SET ROLE"):
            conn.execute("SET ROLE wk_municipality")  # the group has no municipality of its own
            assert conn.execute("SELECT count(*) FROM answer").fetchone() == (0,)
            return
        with pytest.raises((errors.InsufficientPrivilege, errors.CheckViolation)):
            conn.execute(sql, params)  # type: ignore[arg-type]


def test_the_coordinator_reads_the_comparison_and_nothing_raw(two_towns: Region) -> None:
    with two_towns.connect(two_towns.coordinator) as conn:
        conn.execute("SELECT * FROM comparison_peer").fetchall()  # allowed (may be empty)
        for table in ("answer", "vote", "assessment", "municipality", "shared_score",
                      "respondent", "plan_entry", "region_role"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(f"SELECT * FROM {table}")


def test_the_app_as_a_municipality_works_on_its_own_rows(
    two_towns: Region, tmp_path: Path
) -> None:
    url = two_towns.cluster.url(two_towns.database, user=two_towns.alice)
    ws = Workspace(tmp_path, database_url=url)
    try:
        assert [s.municipality for s in ws.list_assessments()] == ["Stadt A"]
        aid = _assessment(ws, "Stadt A")
        ws.save_answer(aid, Answer("A3", AnswerKind.RATED, 4))
        assert ws.answers(aid).get("A3").level == 4
        ws.delete_assessment(aid)
        assert [s.municipality for s in ws.list_assessments()] == ["Stadt A"]
    finally:
        ws.close()


def test_the_region_commands_set_up_a_municipality_with_its_login(
    pg_cluster: Cluster, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_app import cli

    n = next(_RUN)
    name = pg_cluster.take()
    args = ["--data-dir", str(tmp_path), "--database-url", pg_cluster.url(name), "--lang", "en"]
    monkeypatch.setenv("HERTEN_PW", "s3cret'%")
    try:
        assert cli.main([*args, "region", "init"]) == 0
        assert cli.main([*args, "region", "add-municipality", "Stadt Herten", "--role",
                         f"wk_herten_{n}", "--size-class", "bis_100000"]) == 0
        assert cli.main([*args, "region", "add-login", f"herten_{n}", "--municipality",
                         "Stadt Herten", "--password-env", "HERTEN_PW"]) == 0
        assert cli.main([*args, "region", "add-login", f"kreis_{n}", "--coordinator"]) == 0
        assert cli.main([*args, "region", "list"]) == 0
        out = capsys.readouterr().out
        assert f"Stadt Herten  wk_herten_{n}  50,000 to 100,000 inhabitants  does not share" in out
        assert cli.main([*args, "region", "add-login", "Robert'); DROP", "--coordinator"]) == 1
        assert "cannot be a role name" in capsys.readouterr().err
        assert cli.main([*args, "region", "add-login", f"x_{n}", "--municipality", "Nirgends"]) == 1
        assert "no municipality “Nirgends”" in capsys.readouterr().err
        with psycopg.connect(pg_cluster.dsn(name, user=f"herten_{n}")) as conn:
            assert conn.execute("SELECT name FROM municipality").fetchall() == [("Stadt Herten",)]
        assert cli.main(["--data-dir", str(tmp_path), "region", "init"]) == 2
        assert "--database-url" in capsys.readouterr().err
    finally:
        pg_cluster.drop_database(name)
        for role in (f"herten_{n}", f"kreis_{n}", f"wk_herten_{n}"):
            pg_cluster.execute(f"DROP ROLE IF EXISTS {role}")


def test_a_workshop_laptop_sends_its_assessment_to_the_region_later(
    two_towns: Region, tmp_path: Path
) -> None:
    """Offline in the meeting room on the laptop's SQLite file; later, online, the exchange
    file goes to the regional store as municipality A — every row arrives, and B sees none."""
    laptop = Workspace(tmp_path / "laptop", database_url="")
    try:
        aid = _assessment(laptop, "Stadt A")
        laptop.save_answer(aid, Answer("A2", AnswerKind.RATED, 3, comment="offline erfasst"))
        sent = laptop.export(aid, tmp_path / "workshop.json")
        offline = laptop.snapshot(aid)
    finally:
        laptop.close()

    url = two_towns.cluster.url(two_towns.database, user=two_towns.alice)
    server = Workspace(tmp_path / "server", database_url=url)
    try:
        arrived = server.snapshot(server.import_file(sent))
    finally:
        server.close()
    assert arrived.info.uuid == offline.info.uuid
    assert {(a.answer.statement_id, a.answer.level, a.answer.comment) for a in arrived.answers} \
        == {(a.answer.statement_id, a.answer.level, a.answer.comment) for a in offline.answers}
    assert [(r.label, r.role_group) for r in arrived.respondents] == \
        [(r.label, r.role_group) for r in offline.respondents]
    with two_towns.connect(two_towns.bob) as conn:
        seen = conn.execute("SELECT count(*) FROM assessment WHERE uuid = %s",
                            (offline.info.uuid,)).fetchone()
    assert seen == (0,)


def test_every_table_of_a_municipalitys_rows_has_row_security(two_towns: Region) -> None:
    """A table added later with an assessment or municipality column must get a policy too:
    without one, every login of the region would read it."""
    with psycopg.connect(two_towns.cluster.dsn(two_towns.database), autocommit=True) as conn:
        owned = conn.execute(
            "SELECT DISTINCT c.relname, c.relrowsecurity FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public' "
            "JOIN pg_attribute a ON a.attrelid = c.oid AND NOT a.attisdropped "
            "AND a.attname IN ('assessment_id', 'municipality_id') "
            "WHERE c.relkind = 'r' ORDER BY c.relname"
        ).fetchall()
    assert {"answer", "vote", "project", "shared_score"} <= {name for name, _ in owned}
    assert [name for name, secured in owned if not secured] == []
