"""Fault test: a writer killed with SIGKILL at random moments loses nothing it reported saved.

A child process (``tests/helpers/kill_writer.py``) saves answers in a loop and prints each
one only after ``save_answer`` returned. The test reads a random number of those lines, kills
the child (SIGKILL on POSIX, TerminateProcess on Windows), and checks that every reported
answer is in the database with the right values and that ``PRAGMA integrity_check`` is ok.
The only waiting is for the child's own output lines.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.assessment import NewAssessment, Phase
from desktop_app.storage.database import open_database
from desktop_app.storage.repository import create_assessment, load_answers
from tests.helpers.kill_writer import expected

HELPER = Path(__file__).resolve().parent / "helpers" / "kill_writer.py"
ROUNDS = 25


def _read_line(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:  # the child died on its own: show why
        assert proc.stderr is not None
        proc.wait()
        pytest.fail(f"writer exited with {proc.returncode}: {proc.stderr.read()[-2000:]}")
    return line.strip()


@pytest.mark.slow
def test_answers_reported_saved_survive_sigkill(tmp_path: Path) -> None:
    seed = int(os.environ.get("KILL_TEST_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    db_path = tmp_path / "data" / "wandelkompass.sqlite3"
    db = open_database(db_path)
    aid = create_assessment(
        db,
        NewAssessment(
            municipality="Stadt Testhausen", project="Absturz", phase=Phase.PLANNING,
            held_on=date(2026, 1, 1),
        ),
        content_version="test",
    )
    db.close()

    promised: set[int] = set()
    started = time.monotonic()
    for round_no in range(ROUNDS):
        first = round_no * 100_000
        # Kill before any write, after a few, or deep into a run of writes.
        target = rng.choice([0, 1, rng.randint(2, 20), rng.randint(20, 150)])
        proc = subprocess.Popen(
            [sys.executable, str(HELPER), str(db_path), str(aid), str(first)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        )
        try:
            assert _read_line(proc) == "ready"
            for _ in range(target):
                line = _read_line(proc)
                assert line.startswith("saved "), line
                promised.add(int(line.split()[1]))
            proc.kill()
            proc.wait()
            assert proc.stdout is not None
            # Lines the child flushed before it died are promises too.
            for line in proc.stdout.read().splitlines():
                if line.startswith("saved "):
                    promised.add(int(line.split()[1]))
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            for stream in (proc.stdout, proc.stderr):
                if stream is not None:
                    stream.close()

        con = sqlite3.connect(db_path)
        try:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)], (
                f"seed {seed}, round {round_no}"
            )
            stored = {
                int(sid[1:])
                for (sid,) in con.execute("SELECT statement_id FROM answer")
            }
        finally:
            con.close()
        missing = promised - stored
        assert not missing, f"seed {seed}, round {round_no}: lost {sorted(missing)[:10]}"

    # Reopening through the app's own path: no false alarm from the integrity check, and
    # every promised answer reads back exactly as written.
    db = open_database(db_path)
    try:
        answers = load_answers(db, aid).answers
    finally:
        db.close()
    for n in promised:
        assert answers[f"K{n}"] == expected(n), f"seed {seed}: answer {n} differs"
    assert len(promised) > ROUNDS, f"seed {seed}: too few writes to prove anything"
    assert not list(db_path.parent.glob("*.damaged-*"))
    print(f"kill test: seed {seed}, {len(promised)} promised answers, "
          f"{time.monotonic() - started:.1f}s")
