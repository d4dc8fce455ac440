"""Answers, votes and plan decisions survive a round trip through a real store.

Every test that takes ``ws`` runs twice: on an SQLite file and on a PostgreSQL database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.assessment import NewAssessment, Phase
from desktop_app.domain.model import Category, Effort
from desktop_app.domain.plan import Decision, PlanEntry, Status
from desktop_app.domain.rules import Priority
from desktop_app.services.workspace import Workspace
from desktop_app.storage.database import DatabaseError, open_database
from desktop_app.storage.repository import NewRespondent
from tests.conftest import StoreUnderTest


@pytest.fixture
def ws(data_dir: Path, store: StoreUnderTest) -> Iterator[Workspace]:
    w = store.workspace(data_dir)
    yield w
    w.close()


def new(ws: Workspace, **kw: object) -> int:
    args = {
        "municipality": "Stadt Beispielhausen",
        "project": "Einführung Digitaler Zwilling",
        "phase": Phase.INTRODUCTION,
        "held_on": date(2026, 11, 2),
        "respondents": [NewRespondent("Leitung", "Leitung", 2), NewRespondent("IT", "IT")],
    }
    args.update(kw)
    return ws.create_assessment(NewAssessment(**args))  # type: ignore[arg-type]


def test_pragmas_for_durability(data_dir: Path) -> None:
    ws = Workspace(data_dir)
    with ws.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    ws.close()


def test_each_answer_is_committed_immediately(ws: Workspace, store: StoreUnderTest) -> None:
    aid = new(ws)
    ws.save_answer(aid, Answer("A1", AnswerKind.RATED, 2, target=4, comment="ok", flagged=True))
    # A separate connection (as after a crash and restart) sees it without any close().
    rows = store.rows(ws, "SELECT kind, level, target, comment, flagged FROM answer")
    assert rows == [("rated", 2, 4, "ok", True)]


def test_answer_round_trip_with_votes_and_overwrites(ws: Workspace) -> None:
    aid = new(ws)
    resp = {r.label: r.id for r in ws.info(aid).respondents}
    ws.save_answer(aid, Answer("A1", AnswerKind.RATED, 1))
    ws.save_answer(aid, Answer("A1", AnswerKind.UNKNOWN, comment="erst klären"))
    ws.save_vote(aid, resp["Leitung"], "A1", AnswerKind.RATED, 3)
    ws.save_vote(aid, resp["IT"], "A1", AnswerKind.RATED, 1)
    ws.save_vote(aid, resp["IT"], "A2", AnswerKind.NOT_RELEVANT)
    ws.save_vote(aid, resp["IT"], "A2", None)  # vote withdrawn
    answers = ws.answers(aid)
    a1 = answers.get("A1")
    assert (a1.kind, a1.level, a1.comment) == (AnswerKind.UNKNOWN, None, "erst klären")
    assert a1.distribution() == {0: 0, 1: 1, 2: 0, 3: 2, 4: 0}  # Leitung counts twice
    assert "A2" not in answers.answers


def test_invalid_answers_are_refused_before_writing(ws: Workspace) -> None:
    aid = new(ws)
    for bad in (
        Answer("A1", AnswerKind.RATED, 5),
        Answer("A1", AnswerKind.RATED, None),
        Answer("A1", AnswerKind.UNKNOWN, 2),
        Answer("A1", target=7),
    ):
        with pytest.raises(ValueError):
            ws.save_answer(aid, bad)
    assert ws.answers(aid).answers == {}


def test_plan_entries_round_trip(ws: Workspace) -> None:
    aid = new(ws)
    entry = PlanEntry(
        "rec:O-A1",
        decision=Decision.ACCEPTED,
        owner="CDO",
        due=date(2027, 3, 31),
        priority=Priority.HIGH,
        effort=Effort.MEDIUM,
        status=Status.IN_PROGRESS,
        note="Auftakt erledigt",
    )
    ws.save_plan_entry(aid, entry)
    own = ws.add_own_measure(
        aid, PlanEntry("", category=Category.TECHNICAL, title="WLAN im Ratssaal")
    )
    assert own.key.startswith("own:")
    assert {e.key: e for e in ws.plan_entries(aid)} == {entry.key: entry, own.key: own}
    ws.delete_plan_entry(aid, own.key)
    assert [e.key for e in ws.plan_entries(aid)] == ["rec:O-A1"]


def test_several_assessments_of_one_project_over_time(ws: Workspace) -> None:
    first = new(ws)
    ws.save_answer(first, Answer("A1", AnswerKind.RATED, 1, target=4))
    second = ws.reassess(first, date(2027, 5, 1))
    info = ws.info(second)
    assert info.project == "Einführung Digitaler Zwilling"
    assert [r.label for r in info.respondents] == ["Leitung", "IT"]
    again = ws.answers(second).get("A1")
    assert (again.kind, again.level, again.target) == (None, None, 4)  # targets carried over
    rows = ws.list_assessments()
    assert [r.id for r in rows] == [second, first]  # newest first within the project
    assert rows[0].previous_id == first


def test_delete_removes_children_and_empty_projects(
    ws: Workspace, store: StoreUnderTest
) -> None:
    aid = new(ws)
    ws.save_answer(aid, Answer("A1", AnswerKind.RATED, 1))
    ws.save_plan_entry(aid, PlanEntry("rec:O-A1"))
    ws.delete_assessment(aid)
    tables = ("municipality", "project", "assessment", "answer", "respondent", "plan_entry")
    counts = [store.rows(ws, f"SELECT COUNT(*) FROM {t}")[0][0] for t in tables]
    assert counts == [0] * 6


def test_newer_schema_is_refused_without_touching_the_file(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    assert info.value.reason == "newer_schema"
    assert path.read_bytes() == before


def test_texts_beyond_the_exchange_limits_are_refused(ws: Workspace) -> None:
    from desktop_app.domain import limits

    with pytest.raises(limits.TextTooLong) as info:
        new(ws, municipality="M" * (limits.NAME + 1))
    assert info.value.field == "municipality"
    aid = new(ws)
    with pytest.raises(limits.TextTooLong):
        ws.save_answer(aid, Answer("A1", comment="x" * (limits.LONG_TEXT + 1)))
    with pytest.raises(limits.TextTooLong):
        ws.update_info(aid, title="t" * (limits.TITLE + 1))
    with pytest.raises(limits.TextTooLong):
        ws.save_plan_entry(aid, PlanEntry("own:1", owner="o" * (limits.OWNER + 1)))
    assert ws.answers(aid).answers == {} and ws.plan_entries(aid) == []


def test_limits_match_the_exchange_schema() -> None:
    from desktop_app.domain import limits
    from desktop_app.exchange.format import _schema

    schema = _schema()
    props = schema["properties"]["assessment"]["properties"]
    assert schema["$defs"]["name"]["maxLength"] == limits.NAME
    assert schema["$defs"]["longtext"]["maxLength"] == limits.LONG_TEXT
    assert props["title"]["maxLength"] == limits.TITLE
    assert props["moderator"]["maxLength"] == limits.MODERATOR
    assert props["participants"]["maxLength"] == limits.PARTICIPANTS
    plan = props["plan"]["items"]["properties"]
    assert plan["title"]["maxLength"] == limits.PLAN_TITLE
    assert plan["owner"]["maxLength"] == limits.OWNER
    role = props["respondents"]["items"]["properties"]["role_group"]
    assert role["maxLength"] == limits.ROLE_GROUP
