"""Every released schema opens in the current version with all rows; failures change nothing.

``tests/fixtures/schema_<rev>.sqlite3`` are frozen databases of each released schema (built
by ``tests/fixtures/make_fixtures.py`` with raw SQL, never regenerated). A failing migration
is injected by running the real migrations from a copy of the scripts folder with one more,
broken revision on top.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.domain.answers import AnswerKind
from desktop_app.services.messages import database_error_message
from desktop_app.storage import database
from desktop_app.storage.backups import fingerprint, list_backups
from desktop_app.storage.database import DatabaseError, open_database
from desktop_app.storage.migrations import SCHEMA_HEAD
from desktop_app.storage.repository import (
    list_assessments,
    load_answers,
    load_plan_entries,
    load_snapshot,
)
from tests.fixtures import make_fixtures as fx

FIXTURES = Path(__file__).resolve().parent / "fixtures"
RELEASED = ["0001", "0002", "0003", "0004", "0005"]
# Revisions not released yet: their frozen database is made when the version is released
# (tests/fixtures/make_fixtures.py), once the chain of revisions is final.
UNRELEASED = ["0006", "0007"]


def fixture_copy(tmp_path: Path, revision: str) -> Path:
    target = tmp_path / "data" / "wandelkompass.sqlite3"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / f"schema_{revision}.sqlite3", target)
    return target


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def schema_sql(path: Path) -> list[tuple[object, ...]]:
    return query(path, "SELECT type, name, sql FROM sqlite_master ORDER BY type, name")


def test_schema_head_and_known_revisions_match_the_scripts() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(database.MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(cfg)
    assert script.get_current_head() == SCHEMA_HEAD
    assert sorted(r.revision for r in script.walk_revisions()) == list(database.KNOWN_REVISIONS)
    # A frozen database exists for every released revision.
    assert sorted(RELEASED + UNRELEASED) == sorted(database.KNOWN_REVISIONS)
    for rev in RELEASED:
        frozen = FIXTURES / f"schema_{rev}.sqlite3"
        assert query(frozen, "SELECT version_num FROM alembic_version") == [(rev,)]


@pytest.mark.parametrize("revision", RELEASED)
def test_released_schema_opens_with_every_row(tmp_path: Path, revision: str) -> None:
    path = fixture_copy(tmp_path, revision)
    original = fingerprint(path)
    db = open_database(path)
    try:
        assert query(path, "SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]
        assert query(path, "PRAGMA foreign_key_check") == []
        assert query(path, "PRAGMA integrity_check") == [("ok",)]
        # Row by row, exactly what the old version stored.
        assert query(path, "SELECT id, name FROM municipality ORDER BY id") == fx.MUNICIPALITIES
        assert query(path, "SELECT id, municipality_id, name FROM project ORDER BY id") == \
            fx.PROJECTS
        assert query(
            path,
            "SELECT id, uuid, project_id, title, phase, held_on, moderator, participants, "
            "content_version, default_target, last_statement_id, previous_id "
            "FROM assessment ORDER BY id",
        ) == fx.ASSESSMENTS
        assert query(path, "SELECT id, assessment_id, label, role_group, headcount "
                           "FROM respondent ORDER BY id") == fx.RESPONDENTS
        assert query(path, "SELECT id, assessment_id, statement_id, kind, level, target, "
                           "comment, evidence, flagged FROM answer ORDER BY id") == fx.ANSWERS
        assert query(path, "SELECT id, assessment_id, respondent_id, statement_id, kind, level "
                           "FROM vote ORDER BY id") == fx.VOTES
        assert query(path, "SELECT id, assessment_id, key, category, title, text, decision, "
                           "owner, due, priority, effort, status FROM plan_entry ORDER BY id") == \
            fx.PLAN
        languages = query(path, "SELECT report_language FROM assessment ORDER BY id")
        notes = query(path, "SELECT note FROM plan_entry ORDER BY id")
        if revision == "0001":  # columns added by 0002 get their defaults
            assert languages == [("de",)] * 3 and notes == [("",)] * 4
        else:
            assert languages == [("de",), ("de",), ("en",)]
            assert notes == [(f"Notiz {p[2]}",) for p in fx.PLAN]

        # Since 0003 every record has an identity: kept where it was, new and unique else.
        for table, rows in (("respondent", fx.RESPONDENTS), ("answer", fx.ANSWERS),
                            ("vote", fx.VOTES), ("plan_entry", fx.PLAN)):
            uuids = [u for (u,) in query(path, f"SELECT uuid FROM {table} ORDER BY id")]
            assert len(uuids) == len(rows) == len(set(uuids))
            assert all(len(u) == 36 for u in uuids)
            if revision >= "0003":
                assert uuids == [fx._uuid(table, r[0]) for r in rows]
        plan_details = query(path, "SELECT involved, effort_days, reject_reason FROM plan_entry "
                                   "ORDER BY id")
        if revision < "0003":
            assert plan_details == [("", None, "")] * 4
        else:
            assert plan_details[0] == ("Personalrat", 5, "")
            assert plan_details[3] == ("Personalrat", None, "passt nicht")
            assert query(path, "SELECT kind FROM tombstone") == [("plan_entry",)]
        # Since 0004: role groups with headcounts from the respondents that name them.
        groups = query(path, "SELECT assessment_id, name, headcount FROM role_group "
                             "ORDER BY assessment_id, name")
        assert groups == fx.ROLE_GROUPS
        assert query(path, "SELECT DISTINCT round FROM vote") == [(1,)]
        # Since 0007: size class and the opt-in (off unless the municipality chose it).
        placed = query(path, "SELECT id, size_class, shares_comparison FROM municipality "
                             "ORDER BY id")
        shared = query(path, "SELECT id, municipality_id, key, percent, assessment_uuid "
                             "FROM shared_score ORDER BY id")
        if revision >= "0007":
            assert placed == [(1, fx.SIZE_CLASS, 1), (2, None, 0)]
            assert shared == fx.SHARED_SCORES
        else:
            assert placed == [(1, None, 0), (2, None, 0)] and shared == []

        # Since 0005 every record has a version vector, started from its last device.
        for table in ("assessment", "respondent", "answer", "vote", "plan_entry", "role_group",
                      "tombstone"):
            rows = query(path, f"SELECT id, changed_by, version_vector FROM {table} ORDER BY id")
            for row_id, device, stored in rows:
                if table == "answer" and row_id == 1 and revision >= "0005":
                    continue  # changed on two devices: checked below
                assert json.loads(str(stored)) == ({device: 1} if device else {}), (table, row_id)
        versions = query(path, "SELECT changed_by, version_vector FROM respondent ORDER BY id")
        assert {d for d, _ in versions} == ({fx.DEVICE} if revision >= "0003" else {""})
        stored_1 = query(path, "SELECT version_vector FROM answer WHERE id = 1")[0][0]
        answer_1 = json.loads(str(stored_1))
        logged = query(path, "SELECT id, assessment_id, checksum, imported_at, source_device, "
                             "format_version, outcome, changes, conflicts FROM import_log")
        if revision >= "0005":
            assert answer_1 == fx.VERSION_OF_ANSWER_1
            assert [(*r[:3], *r[4:]) for r in logged] == [
                (*r[:3], *r[4:]) for r in fx.IMPORT_LOG
            ]
        else:
            assert logged == []
        snap = load_snapshot(db, 1)
        first = next(a for a in snap.answers if a.answer.statement_id == "A1")
        expected = {fx.DEVICE: 3, fx.OTHER_DEVICE: 1} if revision >= "0005" else (
            {fx.DEVICE: 1} if revision >= "0003" else {}
        )
        assert first.stamp.version.as_dict() == expected

        # And through the app's own reading code.
        assert sorted(s.id for s in list_assessments(db)) == [1, 2, 3]
        a1 = load_answers(db, 1).answers
        assert a1["A1"].level == 1 and a1["A1"].target == 3
        assert {v.respondent: v.level for v in a1["A1"].votes} == {"Leitung": 1, "IT": 2}
        assert a1["A2"].kind is AnswerKind.UNKNOWN and a1["A2"].flagged
        assert a1["A3"].kind is None and a1["A3"].target == 4
        assert [e.key for e in load_plan_entries(db, 1)] == ["rec:O-A1", "clarify:A2"]
    finally:
        db.close()

    pre = [b for b in list_backups(path.parent / "backups") if b.kind == "pre-migration"]
    if revision == SCHEMA_HEAD:
        assert pre == []
    else:  # the backup holds the database exactly as it was before the upgrade
        assert len(pre) == 1 and fingerprint(pre[0].path) == original


BROKEN_MIGRATION = '''
"""Injected by tests/test_migrations.py."""
import sqlalchemy as sa
from alembic import op

revision = "0099"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rebuild the parent of answer/vote/plan_entry first, as a real migration would.
    with op.batch_alter_table("assessment", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("extra", sa.Text(), nullable=False, server_default=""))
    {action}


def downgrade() -> None:
    pass
'''

ACTIONS = {
    "raises": ('raise RuntimeError("boom in 0099")', "boom in 0099"),
    "loses_rows": ('op.execute("DELETE FROM vote WHERE id = 1")', "row counts changed"),
    "orphans": (
        'op.execute("INSERT INTO vote (uuid, assessment_id, respondent_id, statement_id, kind, '
        "level, updated_at) VALUES ('x', 1, 999, 'A9', 'unknown', NULL, '2026-01-01')\")",
        "foreign_key_check",
    ),
}


@pytest.mark.parametrize("case", sorted(ACTIONS))
def test_failing_migration_leaves_the_database_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(database.MIGRATIONS_DIR, scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    action, expected = ACTIONS[case]
    (scripts / "versions" / "0099_broken.py").write_text(
        BROKEN_MIGRATION.replace("{action}", action).replace("{head}", SCHEMA_HEAD),
        encoding="utf-8",
    )
    monkeypatch.setattr(database, "MIGRATIONS_DIR", scripts)
    path = fixture_copy(tmp_path, "0001")
    before_content, before_schema = fingerprint(path), schema_sql(path)

    with pytest.raises(DatabaseError) as info:
        open_database(path)

    assert info.value.reason == "migration_failed"
    assert expected in info.value.detail
    assert fingerprint(path) == before_content  # every row, and still revision 0001
    assert schema_sql(path) == before_schema  # 0002's rebuild was rolled back too
    assert query(path, "PRAGMA integrity_check") == [("ok",)]
    assert "unverändert" in database_error_message(info.value, "de")
    assert "unchanged" in database_error_message(info.value, "en")
    pre = [b for b in list_backups(path.parent / "backups") if b.kind == "pre-migration"]
    assert len(pre) == 1 and fingerprint(pre[0].path) == before_content


def test_a_migration_that_changed_the_file_anyway_is_undone_from_the_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Belt and braces: if a failed upgrade left a change behind, the backup is put back."""
    path = fixture_copy(tmp_path, "0001")
    before = fingerprint(path)

    def half_done(_engine: object, p: Path, _current: str | None) -> None:
        con = sqlite3.connect(p)
        con.execute("UPDATE alembic_version SET version_num = '0002'")
        con.execute("DELETE FROM vote")
        con.commit()
        con.close()
        raise RuntimeError("crashed half-way")

    monkeypatch.setattr(database, "migrate", half_done)
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    assert info.value.reason == "migration_failed"
    assert fingerprint(path) == before
    monkeypatch.undo()
    db = open_database(path)  # and the real upgrade then succeeds
    db.close()
    assert query(path, "SELECT COUNT(*) FROM vote") == [(len(fx.VOTES),)]


def test_newer_schema_is_refused_and_explained(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = fixture_copy(tmp_path, "0002")
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0099'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    assert info.value.reason == "newer_schema"
    assert "neueren Wandelkompass-Version" in database_error_message(info.value, "de")
    assert path.read_bytes() == before
    code = cli.main(["--data-dir", str(path.parent), "--lang", "en", "list"])
    assert code == 1
    assert "newer Wandelkompass version (schema 0099)" in capsys.readouterr().err
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*.damaged-*"))


def _table_counts(path: Path) -> dict[str, int]:
    tables = [t for (t,) in query(path, "SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: query(path, f'SELECT COUNT(*) FROM "{t}"')[0][0]  # type: ignore[misc]
            for t in tables if t != "alembic_version"}


@pytest.mark.parametrize("revision", RELEASED)
def test_every_older_database_keeps_its_row_counts(tmp_path: Path, revision: str) -> None:
    """Each table holds as many rows after the upgrade to head as before; new tables none,
    but for the role groups 0004 derives from the respondents (the head opens unchanged)."""
    path = fixture_copy(tmp_path, revision)
    before = _table_counts(path)
    open_database(path).close()
    after = _table_counts(path)
    assert {t: after[t] for t in before} == before
    derived = {"role_group": len(fx.ROLE_GROUPS)}
    assert {t: n for t, n in after.items() if t not in before} == {
        t: derived.get(t, 0) for t in after if t not in before
    }
    assert sum(before.values()) > 20  # the fixture holds rows in every table it has
