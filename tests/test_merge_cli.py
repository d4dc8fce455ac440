"""``wandelkompass import FILE --merge`` with real data folders and files, through ``cli.main``."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop_app import cli
from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.services.workspace import Workspace

CONTENT = ("municipality", "project", "assessment", "respondent", "answer", "vote",
           "plan_entry", "tombstone", "role_group", "voting_round", "tally")


def content(data: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every value of every content table (row counts included)."""
    con = sqlite3.connect(data / "wandelkompass.sqlite3")
    try:
        return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
                for t in CONTENT}
    finally:
        con.close()


def log(data: Path) -> list[tuple[str, int, int]]:
    con = sqlite3.connect(data / "wandelkompass.sqlite3")
    try:
        sql = "SELECT outcome, changes, conflicts FROM import_log ORDER BY id"
        return con.execute(sql).fetchall()
    finally:
        con.close()


def run(
    capsys: pytest.CaptureFixture[str], data: Path, *args: str, lang: str = "de"
) -> tuple[int, str]:
    code = cli.main(["--data-dir", str(data), "--lang", lang, *args])
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.fixture
def two_laptops(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path, Path]:
    """Laptop A's demo, imported on laptop B; B then rates A1 and A2 its own way."""
    a, b = tmp_path / "a", tmp_path / "b"
    assert run(capsys, a, "demo")[0] == 0
    start = tmp_path / "start.json"
    assert run(capsys, a, "export", "--assessment", "1", "-o", str(start))[0] == 0
    assert run(capsys, b, "import", str(start))[0] == 0
    ws = Workspace(b)
    try:
        ws.save_answer(1, Answer("A1", AnswerKind.RATED, 0, comment="Laptop B"))
        ws.save_answer(1, Answer("A2", AnswerKind.NOT_RELEVANT, not_relevant_reason="kein IT"))
    finally:
        ws.close()
    file_b = tmp_path / "b.json"
    assert run(capsys, b, "export", "--assessment", "1", "-o", str(file_b))[0] == 0
    return a, b, file_b


def test_merging_the_same_file_twice_leaves_the_database_equal(
    two_laptops: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, _b, file_b = two_laptops
    code, out = run(capsys, a, "import", str(file_b), "--merge")
    assert code == 0, out
    assert "Zusammengeführt in Erhebung Nr. 1: 2 Änderungen übernommen" in out
    once = content(a)
    ws = Workspace(a)
    try:
        answers = ws.answers(1).answers
        assert (answers["A1"].level, answers["A1"].comment) == (0, "Laptop B")
        assert answers["A2"].not_relevant_reason == "kein IT"
    finally:
        ws.close()

    code, out = run(capsys, a, "import", str(file_b), "--merge", lang="en")
    assert code == 0, out
    assert "Nothing new: assessment no. 1 already holds everything in this file." in out
    assert content(a) == once  # every row of every table, value for value
    assert log(a) == [("merged", 2, 0), ("unchanged", 0, 0)]


def test_conflicts_are_listed_and_nothing_is_written_until_decided(
    two_laptops: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, _b, file_b = two_laptops
    ws = Workspace(a)
    try:
        ws.save_answer(1, Answer("A1", AnswerKind.RATED, 4, comment="Laptop A"))
    finally:
        ws.close()
    before = content(a)
    for lang, words in (("de", ("2 Konflikte in Erhebung Nr. 1", "Kommentar:",
                                "hier:", "Laptop A",
                                "Datei:", "dieses Gerät", "Es wurde nichts geschrieben",
                                "--prefer")),
                        ("en", ("2 conflicts in assessment no. 1", "Comment:", "here:",
                                "file:", "this device", "Nothing was written"))):
        code, out = run(capsys, a, "import", str(file_b), "--merge", lang=lang)
        assert code == 1
        for word in words:
            assert word in out, (word, out)
        assert "Traceback" not in out
    assert content(a) == before and log(a) == []

    code, out = run(capsys, a, "import", str(file_b), "--merge", "--prefer", "mine")
    assert code == 0 and "2 Konflikte entschieden" in out
    ws = Workspace(a)
    try:
        assert ws.answers(1).answers["A1"].comment == "Laptop A"
        assert ws.answers(1).answers["A2"].kind is AnswerKind.NOT_RELEVANT  # no conflict: taken
    finally:
        ws.close()
    decided = content(a)
    assert run(capsys, a, "import", str(file_b), "--merge")[0] == 0
    assert content(a) == decided


def test_merge_options_are_checked(
    two_laptops: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, _b, file_b = two_laptops
    before = content(a)
    code, out = run(capsys, a, "import", str(file_b), "--prefer", "theirs")
    assert code == 2 and "--prefer gilt nur zusammen mit --merge" in out
    with pytest.raises(SystemExit):
        run(capsys, a, "import", str(file_b), "--merge", "--as-copy")
    code, out = run(capsys, a, "import", str(file_b))
    assert code == 2 and "bereits vorhanden" in out and "--merge" in out
    assert content(a) == before
