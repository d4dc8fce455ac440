"""A data folder that cannot be used gets a clear message naming it, never a traceback,
and a healthy read-only database is never called damaged or moved aside."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.services.workspace import Workspace

# Root ignores file permissions; without the two capabilities that let it, it cannot.
_SETPRIV = shutil.which("setpriv")
_AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command line in a child process that file permissions apply to."""
    prefix: list[str] = []
    if _AS_ROOT:
        if _SETPRIV is None:
            pytest.skip("running as root without setpriv: permissions cannot be tested")
        prefix = [_SETPRIV, "--bounding-set=-dac_override,-dac_read_search"]
    return subprocess.run(
        [*prefix, sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "WANDELKOMPASS_LANG": "de"},
    )


@pytest.fixture
def demo_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "daten"
    ws = Workspace(folder)
    ws.create_demo("de")
    ws.close()
    yield folder
    for path in (folder, *folder.rglob("*")):
        path.chmod(0o755 if path.is_dir() else 0o644)


def test_a_file_given_as_data_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "notizen.txt"
    file.write_text("kein Ordner")
    for folder in (file, file / "unter"):
        assert cli.main(["--data-dir", str(folder), "list"]) == 1
        err = capsys.readouterr().err
        assert f"Der Datenordner {folder} ist kein Ordner, sondern eine Datei" in err
        assert cli.main(["--data-dir", str(folder), "--lang", "en", "demo"]) == 1
        assert "is not a folder but a file" in capsys.readouterr().err
    assert file.read_text() == "kein Ordner"


def test_a_folder_without_any_access(demo_folder: Path) -> None:
    demo_folder.chmod(0o000)
    result = run_cli("--data-dir", str(demo_folder), "list")
    assert result.returncode == 1
    assert f"Auf den Datenordner {demo_folder} besteht kein Zugriff" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_read_only_folder_is_not_called_damaged(demo_folder: Path) -> None:
    demo_folder.chmod(0o555)
    result = run_cli("--data-dir", str(demo_folder), "list")
    assert result.returncode == 1
    assert f"Im Datenordner {demo_folder} kann nicht geschrieben werden" in result.stderr
    assert "beschädigt" not in result.stderr and "Traceback" not in result.stderr
    demo_folder.chmod(0o755)
    assert not list(demo_folder.glob("*.damaged-*"))


def test_a_read_only_database_is_not_called_damaged(demo_folder: Path) -> None:
    db = demo_folder / "wandelkompass.sqlite3"
    before = db.read_bytes()
    db.chmod(0o444)
    for command in ("list", "demo"):
        result = run_cli("--data-dir", str(demo_folder), command)
        assert result.returncode == 1
        assert f"Die Datenbank {db} ist schreibgeschützt" in result.stderr
        assert "nicht beschädigt" in result.stderr and "Traceback" not in result.stderr
    assert db.read_bytes() == before
    assert not list(demo_folder.glob("*.damaged-*"))


@pytest.mark.gui
def test_the_desktop_app_shows_an_unusable_folder_in_a_window(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.ui import app as app_module
    from desktop_app.ui.dialogs import QtDialogs

    shown: list[str] = []
    monkeypatch.setattr(QtDialogs, "error", lambda self, parent, title, text: shown.append(text))
    file = tmp_path / "daten"
    file.write_text("")
    assert app_module.run_gui(data_dir=file, lang="de") == 1
    assert shown and f"Der Datenordner {file} ist kein Ordner" in shown[0]
