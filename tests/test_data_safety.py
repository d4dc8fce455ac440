"""Damaged databases are moved aside and a good backup offered; hostile text survives storage.

Damage is made the way it happens: a file cut short (full disk, interrupted copy), pages
overwritten with garbage, a file that is not a database at all (a wrong file chosen, a
document saved over it), an empty file. Nothing may be deleted: the damaged file and its
-wal/-shm are renamed, byte for byte unchanged.
"""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import date
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.assessment import NewAssessment, Phase
from desktop_app.domain.model import Category, Effort
from desktop_app.domain.plan import Decision, PlanEntry, Status
from desktop_app.domain.rules import Priority
from desktop_app.exchange.format import parse_bytes
from desktop_app.services.messages import database_error_message
from desktop_app.services.workspace import Workspace
from desktop_app.storage.database import DatabaseDamaged, open_database
from desktop_app.storage.repository import NewRespondent
from desktop_app.storage.safety import integrity_problem, move_aside


def new(ws: Workspace, municipality: str = "Stadt Beispielhausen") -> int:
    return ws.create_assessment(NewAssessment(
        municipality=municipality, project="E-Akte", phase=Phase.PLANNING,
        held_on=date(2026, 2, 3), respondents=[NewRespondent("Leitung", "Leitung", 2)],
    ))


def filled(data_dir: Path, answers: int = 30) -> tuple[Workspace, int]:
    """A workspace with data, closed (so backed up and checkpointed into the main file)."""
    ws = Workspace(data_dir)
    aid = new(ws)
    for i in range(answers):
        ws.save_answer(aid, Answer(f"S{i}", AnswerKind.RATED, i % 5, comment="x" * 200))
    ws.close()
    return ws, aid


def cut_in_half(p: Path) -> None:
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])


def header_only(p: Path) -> None:
    p.write_bytes(p.read_bytes()[:100])


def garbage_pages(p: Path) -> None:
    data = bytearray(p.read_bytes())
    page = 4096
    for start in range(2 * page, len(data) - page, 3 * page):  # every third page from page 3
        data[start + 8: start + page] = os.urandom(page - 8)
    p.write_bytes(bytes(data))


def not_a_database(p: Path) -> None:
    p.write_text("Protokoll des Workshops\n", encoding="utf-8")


def zero_length(p: Path) -> None:
    p.write_bytes(b"")


DAMAGE = {
    "cut_in_half": (cut_in_half, "damaged"),
    "header_only": (header_only, "damaged"),
    "garbage_pages": (garbage_pages, "damaged"),
    "not_a_database": (not_a_database, "not_a_database"),
    "zero_length": (zero_length, "damaged"),
}


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damaged_database_is_moved_aside_and_a_backup_offered(
    data_dir: Path, kind: str
) -> None:
    ws, aid = filled(data_dir)
    damage, reason = DAMAGE[kind]
    damage(ws.database_path)
    # Side files as a crash would leave them: they must move with the main file.
    Path(f"{ws.database_path}-wal").write_bytes(b"wal bytes")
    Path(f"{ws.database_path}-shm").write_bytes(b"shm bytes")
    damaged_bytes = ws.database_path.read_bytes()

    with pytest.raises(DatabaseDamaged) as info:
        ws.list_assessments()

    exc = info.value
    assert exc.reason == reason
    assert exc.moved_to is not None and exc.moved_to.read_bytes() == damaged_bytes
    assert ".damaged-" in exc.moved_to.name
    assert Path(f"{exc.moved_to}-wal").read_bytes() == b"wal bytes"
    # The -shm is SQLite's shared-memory index, rebuilt from the WAL by any reader (the
    # read-only check included); it holds no data, but it moves with the file too.
    assert Path(f"{exc.moved_to}-shm").exists()
    assert not ws.database_path.exists()
    assert exc.backup is not None and exc.backup.kind == "auto"
    for lang, words in (("de", "verschoben"), ("en", "moved")):
        text = database_error_message(exc, lang)
        assert words in text and str(exc.moved_to) in text
        assert f'wandelkompass restore "{exc.backup.path}"' in text

    result = ws.restore(exc.backup.path)  # what the GUI calls after asking the user
    assert result.previous_backup is None and result.moved_aside is None
    assert len(ws.answers(aid).answers) == 30
    ws.close()


def test_newest_good_backup_is_offered_skipping_damaged_and_empty_ones(data_dir: Path) -> None:
    ws, aid = filled(data_dir)
    good = ws.list_backups()[0]
    ws.save_answer(aid, Answer("late", AnswerKind.UNKNOWN))
    ws.close()
    newest = ws.list_backups()[0]
    assert newest.path != good.path
    garbage_pages(newest.path)  # the newest backup itself went bad
    not_a_database(ws.database_path)
    with pytest.raises(DatabaseDamaged) as info:
        ws.list_assessments()
    assert info.value.backup is not None and info.value.backup.path == good.path
    # Without a restore the next start is an empty database, which is not backed up, so the
    # good backup stays the one on offer.
    assert ws.list_assessments() == []
    ws.close()
    with pytest.raises(DatabaseDamaged):
        not_a_database(ws.database_path)
        ws.list_assessments()


def test_empty_file_without_backups_is_a_new_database(data_dir: Path) -> None:
    path = data_dir / "wandelkompass.sqlite3"
    path.write_bytes(b"")
    db = open_database(path)
    db.close()
    assert list(data_dir.glob("*.damaged-*")) == []


def test_damage_without_any_backup_says_so(data_dir: Path) -> None:
    path = data_dir / "wandelkompass.sqlite3"
    not_a_database(path)
    with pytest.raises(DatabaseDamaged) as info:
        open_database(path)
    assert info.value.backup is None
    assert "no good backup" in database_error_message(info.value, "en")
    assert "keine intakte Sicherung" in database_error_message(info.value, "de")


def test_cli_tells_how_to_restore_and_restore_brings_the_data_back(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws, _aid = filled(data_dir)
    cut_in_half(ws.database_path)
    d = ["--data-dir", str(data_dir)]
    assert cli.main([*d, "list"]) == 1
    err = capsys.readouterr().err
    assert "beschädigt" in err and "wandelkompass restore" in err
    backup = err.split('wandelkompass restore "')[1].split('"')[0]
    assert cli.main([*d, "--lang", "en", "restore", backup]) == 0
    assert "Restored from" in capsys.readouterr().out
    assert cli.main([*d, "--lang", "en", "list"]) == 0
    assert "Stadt Beispielhausen" in capsys.readouterr().out
    moved = data_dir.glob("wandelkompass.sqlite3.damaged-*")
    assert len([p for p in moved if not p.name.endswith(("-wal", "-shm"))]) == 1


def test_move_aside_never_overwrites(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    path = tmp_path / "db.sqlite3"
    moved = []
    for content in (b"eins", b"zwei", b"drei"):
        path.write_bytes(content)
        moved.append(move_aside(path, "damaged", now))
    assert len(set(moved)) == 3
    assert [m.read_bytes() for m in moved] == [b"eins", b"zwei", b"drei"]


def test_integrity_check_is_fast_enough_for_every_start(data_dir: Path) -> None:
    """A large workshop database (many assessments) is checked in well under a second."""
    ws = Workspace(data_dir)
    aid = new(ws)
    con = sqlite3.connect(ws.database_path)
    con.executemany(
        "INSERT INTO answer (uuid, assessment_id, statement_id, kind, level, target, comment, "
        "evidence, flagged, updated_at) "
        "VALUES (?, ?, ?, 'rated', 2, 3, ?, '', 0, '2026-01-01')",
        [(f"u{i}", aid, f"S{i}", "Kommentar " * 30) for i in range(20_000)],
    )
    con.commit()
    con.close()
    ws.close()
    started = time.perf_counter()
    assert integrity_problem(ws.database_path) is None
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0, f"integrity_check took {elapsed:.3f}s"


# -- hostile text through storage and exchange ----------------------------------------------
HOSTILE = {
    "markup": '<b>fett</b> <img src="file:///etc/passwd"/> &amp; & S&P 500 0.1 <A <0.9 "\' <br',
    "control": "".join(chr(i) for i in range(32)) + "\x7f\x85\u2028\u2029",
    "emoji": "👩‍👩‍👧‍👦 🏳️‍🌈 🇩🇪 🙂 \U0010fffd",
    "combining": "e\u0301 a\u0308 o\u0308 u\u0308 – NFD, nicht NFC: ä",
    "rtl": "שלום עולם مرحبا بالعالم \u202eumgekehrt\u202c \u200f.",
    "whitespace": "  vorn und hinten  \r\n\r\n\tTab\rCR ",
    "bom_and_specials": "\ufeffBOM \ufffe \uffff \u00ad",
    "long": ("Lange Bemerkung mit ä, ß, 🙂 und <b> " * 600)[:20_000],
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_survives_storage_and_exchange_exactly(
    tmp_path: Path, name: str
) -> None:
    text = HOSTILE[name]
    short = text[:190].strip() or "x"  # names: 1..200 characters, stripped on creation
    ws = Workspace(tmp_path / "a")
    aid = ws.create_assessment(NewAssessment(
        municipality=short, project=short + " P", phase=Phase.PLANNING, held_on=date(2026, 1, 1),
        title=text[:500], moderator=text[:500], participants=text[:5000],
        respondents=[NewRespondent(short, text[:200])],
    ))
    rid = ws.info(aid).respondents[0].id
    answer = Answer("A1", AnswerKind.RATED, 2, target=3, comment=text, evidence=text,
                    flagged=True)
    ws.save_answer(aid, answer)
    ws.save_vote(aid, rid, "A1", AnswerKind.RATED, 1)
    entry = PlanEntry("own:aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa", Category.PERSONNEL, text[:2000],
                      text, Decision.ACCEPTED, text[:500], date(2026, 5, 1), Priority.HIGH,
                      Effort.LOW, Status.DONE, text)
    ws.save_plan_entry(aid, entry)

    # Storage round trip, through a fresh connection.
    ws.close()
    ws = Workspace(tmp_path / "a")
    info = ws.info(aid)
    assert (info.municipality, info.title, info.moderator, info.participants) == (
        short, text[:500], text[:500], text[:5000])
    stored = ws.answers(aid).answers["A1"]
    assert (stored.comment, stored.evidence) == (text, text)
    assert ws.plan_entries(aid) == [entry]

    # Exchange round trip into another data folder, and out again: identical documents.
    exported = ws.export(aid, tmp_path / "out.json")
    other = Workspace(tmp_path / "b")
    new_id = other.import_file(exported)
    again = other.export(new_id, tmp_path / "again.json")
    first, second = parse_bytes(exported.read_bytes()), parse_bytes(again.read_bytes())
    # The same content from another device: only the time and the exporting device differ.
    assert first["manifest"]["device"] != second["manifest"]["device"]
    for doc in (first, second):
        doc.pop("exported_at")
        doc["manifest"].pop("device")
    assert first == second
    assert other.answers(new_id).answers["A1"].comment == text
    assert other.plan_entries(new_id) == [entry]
    ws.close()
    other.close()
