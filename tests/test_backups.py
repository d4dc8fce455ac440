"""Automatic, verified backups through SQLite's backup API; retention; restore; CLI."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.assessment import NewAssessment, Phase
from desktop_app.services.workspace import Workspace
from desktop_app.storage import backups
from desktop_app.storage.backups import (
    BackupError,
    RetentionPolicy,
    backup_if_changed,
    create_backup,
    fingerprint,
    identity,
    list_backups,
    prune,
    restore_backup,
    select_kept,
    verify_backup,
)
from desktop_app.storage.repository import NewRespondent

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def ws(data_dir: Path) -> Workspace:
    w = Workspace(data_dir)
    yield w
    w.close()


def new(ws: Workspace) -> int:
    return ws.create_assessment(NewAssessment(
        municipality="Stadt Beispielhausen", project="E-Akte", phase=Phase.PLANNING,
        held_on=date(2026, 2, 3), respondents=[NewRespondent("Leitung", "Leitung", 2)],
    ))


def rows(path: Path, table: str = "answer") -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


# -- making backups -------------------------------------------------------------------------
def test_backup_reads_committed_data_still_in_the_wal(ws: Workspace) -> None:
    """A file copy of the main file would miss what sits in the WAL; the backup API does not."""
    aid = new(ws)
    ws.save_answer(aid, Answer("A1", AnswerKind.RATED, 2))
    wal = Path(f"{ws.database_path}-wal")
    assert wal.exists() and wal.stat().st_size > 0  # open engine: not checkpointed yet
    info = create_backup(ws.database_path, ws.backup_dir, "manual")
    assert rows(info.path) == 1
    assert verify_backup(info.path) > 0
    assert not Path(f"{info.path}-wal").exists()  # a backup is one self-contained file
    assert not [n for n in files_in(ws.backup_dir) if n.endswith(".tmp")]


def test_a_copy_that_fails_verification_is_not_kept(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    new(ws)
    before = files_in(ws.backup_dir)
    monkeypatch.setattr(backups, "integrity_problem", lambda _p: "*** page 3 is never used")
    with pytest.raises(BackupError) as info:
        create_backup(ws.database_path, ws.backup_dir, "manual")
    assert info.value.code == "damaged"
    assert "beschädigt" in info.value.message("de") and "damaged" in info.value.message("en")
    assert files_in(ws.backup_dir) == before  # neither the bad copy nor a temp file


def test_backup_only_when_content_changed(ws: Workspace) -> None:
    aid = new(ws)
    first = backup_if_changed(ws.database_path, ws.backup_dir)
    assert first is not None
    assert backup_if_changed(ws.database_path, ws.backup_dir) is None
    ws.save_answer(aid, Answer("A2", AnswerKind.UNKNOWN))
    second = backup_if_changed(ws.database_path, ws.backup_dir)
    assert second is not None and second.path != first.path
    assert fingerprint(second.path) == fingerprint(ws.database_path)


def test_empty_database_is_never_backed_up(ws: Workspace) -> None:
    ws.list_assessments()  # opens (creates) the database
    ws.close()
    assert list_backups(ws.backup_dir) == []


def test_workspace_backs_up_on_close_and_on_open_after_outside_change(data_dir: Path) -> None:
    ws = Workspace(data_dir)
    aid = new(ws)
    ws.close()
    assert [b.kind for b in ws.list_backups()] == ["auto"]
    ws.list_assessments()
    ws.close()  # nothing changed: no second backup
    assert len(ws.list_backups()) == 1
    # A change made while the backup was not taken (e.g. the app was killed) is backed up on
    # the next open.
    con = sqlite3.connect(ws.database_path)
    con.execute("UPDATE assessment SET title = 'geändert' WHERE id = ?", (aid,))
    con.commit()
    con.close()
    ws.list_assessments()
    assert len(ws.list_backups()) == 2
    ws.close()
    assert ws.backup_warning is None


def test_failed_automatic_backup_does_not_block_closing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(data_dir)
    new(ws)

    def fail(*_a: object, **_k: object) -> None:
        raise BackupError("write_failed", data_dir / "backups", "disk full")

    monkeypatch.setattr(backups, "create_backup", fail)
    ws.close()
    assert isinstance(ws.backup_warning, BackupError)
    assert "disk full" in ws.backup_warning.message("en")


# -- retention ------------------------------------------------------------------------------
def test_retention_keeps_last_daily_weekly_monthly() -> None:
    start = datetime(2026, 11, 23, 18, 0)
    # Two backups a day (open and close) for 400 days, newest first.
    created = [start - timedelta(hours=12 * i) for i in range(800)]
    policy = RetentionPolicy(last=3, daily=7, weekly=4, monthly=6)
    kept = sorted(select_kept(created, policy))
    days = {created[i].date() for i in kept}
    assert {0, 1, 2} <= set(kept)  # the newest three, even within one day
    assert {start.date() - timedelta(days=d) for d in range(7)} <= days
    assert len({created[i].isocalendar()[:2] for i in kept}) >= 4
    months = {(created[i].year, created[i].month) for i in kept}
    assert len(months) == 6 and (2026, 6) in months and (2026, 5) not in months
    assert len(kept) <= 3 + 7 + 4 + 6


def test_prune_deletes_only_old_automatic_backups(ws: Workspace) -> None:
    new(ws)
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    for days in range(0, 60):
        create_backup(ws.database_path, ws.backup_dir, "auto", now - timedelta(days=days))
    manual = create_backup(ws.database_path, ws.backup_dir, "manual", now - timedelta(days=90))
    pre = create_backup(ws.database_path, ws.backup_dir, "pre-migration", now - timedelta(days=99))
    removed = prune(
        ws.backup_dir,
        RetentionPolicy(last=2, daily=3, weekly=2, monthly=2),
        identity=identity(ws.database_path),
    )
    left = list_backups(ws.backup_dir)
    autos = [b for b in left if b.kind == "auto"]
    assert removed and len(autos) <= 2 + 3 + 2 + 2
    assert autos[0].created == now  # the newest always stays
    assert manual.path.exists() and pre.path.exists()


# -- restoring ------------------------------------------------------------------------------
def test_restore_backs_up_the_current_state_first_then_replaces(ws: Workspace) -> None:
    aid = new(ws)
    ws.save_answer(aid, Answer("A1", AnswerKind.RATED, 1, comment="alt"))
    old = ws.backup_now()
    ws.save_answer(aid, Answer("A1", AnswerKind.RATED, 4, comment="neu"))
    current = fingerprint(ws.database_path)

    result = ws.restore(old.path)

    assert result.previous_backup is not None
    assert result.previous_backup.kind == "pre-restore"
    assert fingerprint(result.previous_backup.path) == current
    assert ws.answers(aid).answers["A1"].comment == "alt"  # reopened lazily
    assert ws.restore(result.previous_backup.path).previous_backup is not None
    assert ws.answers(aid).answers["A1"].comment == "neu"  # and back again


def test_restore_refuses_damaged_foreign_missing_and_newer_backups(
    ws: Workspace, tmp_path: Path
) -> None:
    aid = new(ws)
    ws.save_answer(aid, Answer("A1", AnswerKind.RATED, 1))
    good = ws.backup_now()
    ws.close()
    before = ws.database_path.read_bytes()
    backups_before = ws.list_backups()

    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(good.path.read_bytes())
    data[len(data) // 2:] = b"\x00" * (len(data) - len(data) // 2)  # zero the second half
    damaged.write_bytes(bytes(data))
    foreign = tmp_path / "notes.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE notes(x)")
    con.commit()
    con.close()
    newer = tmp_path / "newer.sqlite3"
    shutil.copy(good.path, newer)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    text = tmp_path / "text.sqlite3"
    text.write_text("hallo")

    cases = [(damaged, "damaged"), (foreign, "not_a_backup"), (newer, "newer_schema"),
             (text, "damaged"), (tmp_path / "nope.sqlite3", "missing")]
    for path, code in cases:
        with pytest.raises(BackupError) as info:
            ws.restore(path)
        assert info.value.code == code, path
        assert str(path) in info.value.message("de") and str(path) in info.value.message("en")
    assert ws.database_path.read_bytes() == before
    assert ws.list_backups() == backups_before  # no pre-restore backup was made either


def test_restore_is_all_or_nothing_when_the_final_rename_fails(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    aid = new(ws)
    good = ws.backup_now()
    ws.save_answer(aid, Answer("A3", AnswerKind.RATED, 3))
    ws.close()
    expected = fingerprint(ws.database_path)

    def deny(*_a: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(backups.os, "replace", deny)
    with pytest.raises(BackupError) as info:
        ws.restore(good.path)
    assert info.value.code == "write_failed"
    monkeypatch.undo()
    assert fingerprint(ws.database_path) == expected
    assert not [p for p in ws.data_dir.iterdir() if p.name.endswith(".restore")]
    assert ws.answers(aid).answers["A3"].level == 3


def test_restore_refuses_while_the_database_is_open_elsewhere(ws: Workspace) -> None:
    aid = new(ws)
    good = ws.backup_now()
    ws.save_answer(aid, Answer("A3", AnswerKind.RATED, 3))
    ws.close()
    other = sqlite3.connect(ws.database_path)  # e.g. a second window that ignored the lock
    other.execute("SELECT 1 FROM answer").fetchall()
    try:
        with pytest.raises(BackupError) as info:
            restore_backup(ws.database_path, good.path, ws.backup_dir)
        assert info.value.code == "in_use"
        assert "Nothing was changed" in info.value.message("en")
    finally:
        other.close()
    assert ws.answers(aid).answers["A3"].level == 3


def test_restoring_an_old_schema_backup_upgrades_it(ws: Workspace) -> None:
    result = ws.restore(FIXTURES / "schema_0001.sqlite3")
    assert result.previous_backup is None  # there was no database yet
    assert len(ws.list_assessments()) == 3


# -- command line ---------------------------------------------------------------------------
def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_backup_backups_restore(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = ["--data-dir", str(data_dir)]
    code, out, _ = run_cli(capsys, *d, "--lang", "en", "backups")
    assert code == 0 and "No backups yet" in out
    ws = Workspace(data_dir)
    aid = new(ws)
    ws.close()

    code, out, _ = run_cli(capsys, *d, "backup")
    assert code == 0 and "Sicherung angelegt und geprüft" in out
    manual = next(b for b in list_backups(data_dir / "backups") if b.kind == "manual")

    ws = Workspace(data_dir)
    ws.delete_assessment(aid)
    ws.close()

    code, out, _ = run_cli(capsys, *d, "--lang", "en", "backups")
    assert code == 0 and manual.path.name in out and "manual" in out
    assert "wandelkompass restore" in out
    code, out, _ = run_cli(capsys, *d, "backups")
    assert "manuell" in out and "Sicherungen in" in out

    # A bare file name as `backups` shows it is found in the backup folder.
    code, out, _ = run_cli(capsys, *d, "restore", manual.path.name)
    assert code == 0, out
    assert "Wiederhergestellt aus" in out and "vor der Wiederherstellung" in out
    code, out, _ = run_cli(capsys, *d, "--lang", "en", "list")
    assert "Stadt Beispielhausen" in out


def test_cli_restore_of_a_bad_file_explains_and_changes_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = Workspace(data_dir)
    new(ws)
    ws.close()
    before = ws.database_path.read_bytes()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"kein SQLite")
    code, _, err = run_cli(capsys, "--data-dir", str(data_dir), "--lang", "en", "restore",
                           str(bad))
    assert code == 1 and "damaged" in err and str(bad) in err
    code, _, err = run_cli(capsys, "--data-dir", str(data_dir), "restore", str(bad))
    assert code == 1 and "beschädigt" in err
    assert ws.database_path.read_bytes() == before


def test_backups_after_a_fresh_start_never_evict_the_last_good_ones(data_dir: Path) -> None:
    """Damage, restore declined, then a day of work: the good backups are all still there."""
    from desktop_app.storage.errors import DatabaseDamaged

    ws = Workspace(data_dir)
    aid = new(ws)
    for level in (1, 2):
        ws.save_answer(aid, Answer("A1", AnswerKind.RATED, level))
        ws.close()  # an automatic backup on each close
    good = [b.path for b in list_backups(ws.backup_dir)]
    assert len(good) >= 2
    ws.database_path.write_bytes(b"\0" * 4096)  # damaged

    fresh = Workspace(data_dir)
    with pytest.raises(DatabaseDamaged):
        fresh.db  # noqa: B018 - opening finds the damage and moves the file aside
    fresh = Workspace(data_dir)  # the restore was declined: an empty database
    aid = new(fresh)
    for level in range(5):
        fresh.save_answer(aid, Answer("B1", AnswerKind.RATED, level))
        fresh.close()  # five more automatic backups on the same day
    autos = [b for b in list_backups(fresh.backup_dir) if b.kind == "auto"]
    assert len(autos) > len(good)
    assert all(path.exists() for path in good)
    assert identity(good[0]) != identity(fresh.database_path)
