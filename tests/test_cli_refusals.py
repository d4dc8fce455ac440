"""The command line refuses a folder as output and impossible assessment numbers clearly.

A folder given as ``--output`` was called a "Schreibfehler"; ``--assessment`` beyond
SQLite's integers ended in an OverflowError traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app import cli


@pytest.mark.parametrize(("command", "example"), [("report", "plan.pdf"),
                                                  ("export", "erhebung.json")])
def test_a_folder_as_output_asks_for_a_file_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, example: str
) -> None:
    data = str(tmp_path / "data")
    assert cli.main(["--data-dir", data, "demo"]) == 0
    folder = tmp_path / "out"
    folder.mkdir()
    capsys.readouterr()
    args = ["--data-dir", data, command, "--assessment", "1", "--output", str(folder)]
    assert cli.main(args) == 1
    err = capsys.readouterr().err
    assert f"{folder} ist ein Ordner" in err and "Dateinamen" in err
    assert str(folder / example) in err
    assert "Schreibfehler" not in err
    assert cli.main(["--lang", "en", *args]) == 1
    assert f"{folder} is a folder" in capsys.readouterr().err
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("number", ["99999999999999999999", "-99999999999999999999"])
@pytest.mark.parametrize("command", ["report", "export"])
def test_an_assessment_number_beyond_sqlite_is_not_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, number: str
) -> None:
    args = ["--data-dir", str(tmp_path / "data"), command, "--assessment", number,
            "--output", str(tmp_path / "x")]
    assert cli.main(args) == 1
    assert f"Erhebung Nr. {number} gibt es nicht." in capsys.readouterr().err
    assert not (tmp_path / "x").exists()




def test_every_writer_refuses_a_folder_before_writing(tmp_path: Path) -> None:
    from desktop_app.fileio import TargetNotWritable, atomic_write_bytes

    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(TargetNotWritable) as info:
        atomic_write_bytes(folder, b"x")
    assert info.value.reason == "is_folder"
    assert list(tmp_path.iterdir()) == [folder] and list(folder.iterdir()) == []
