"""Files that are not files: devices, pipes, folders, endless streams.

Every file the user hands the app is read through ``fileio.read_capped``: at most the limit
plus one byte is read, and anything but a regular file is refused before it is read, so a
named pipe cannot block and ``/dev/zero`` cannot fill the memory. The command line is run in
a child process with a time and memory limit: a regression shows up as a failed test, not as
a hung or exhausted test run.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from desktop_app import fileio
from desktop_app.exchange import format as fmt
from desktop_app.exchange.format import ExchangeError
from desktop_app.fileio import SourceNotReadable, SourceTooLarge, read_capped
from desktop_app.paths import content_dir
from desktop_app.services.workspace import Workspace
from tests.helpers.limited_cli import run_cli

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux devices")


# -- the helper -------------------------------------------------------------------------------
def test_reads_a_regular_file_up_to_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "f.bin"
    path.write_bytes(b"x" * 100)
    assert read_capped(path, 100) == b"x" * 100
    with pytest.raises(SourceTooLarge) as info:
        read_capped(path, 99)
    assert info.value.reason == "too_large" and info.value.size >= 100


@linux_only
def test_an_endless_device_is_refused_without_reading() -> None:
    with pytest.raises(SourceNotReadable) as info:
        read_capped(Path("/dev/zero"), 1000)
    assert info.value.reason == "not_a_file"


@linux_only
def test_a_regular_file_that_lies_about_its_size_is_still_capped() -> None:
    # Files in /proc report st_size 0 but have content: only the read decides.
    with pytest.raises(SourceTooLarge):
        read_capped(Path("/proc/self/status"), 10)


def test_folder_and_missing_file_get_their_own_reason(tmp_path: Path) -> None:
    with pytest.raises(SourceNotReadable) as info:
        read_capped(tmp_path, 1000)
    assert info.value.reason == "is_folder"
    with pytest.raises(SourceNotReadable) as info:
        read_capped(tmp_path / "fehlt.json", 1000)
    assert info.value.reason == "missing"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need POSIX")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    # No writer exists: a blocking open would wait forever. O_NONBLOCK and the stat before
    # the open make this return at once.
    with pytest.raises(SourceNotReadable) as info:
        read_capped(fifo, 1000)
    assert info.value.reason == "not_a_file"


# -- import, through the real command line -----------------------------------------------------
@linux_only
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_import_of_an_endless_device_gets_a_message(tmp_path: Path, device: str) -> None:
    proc = run_cli("--data-dir", str(tmp_path / "data"), "import", device)
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "keine gewöhnliche Datei" in proc.stderr
    assert "Traceback" not in proc.stderr
    proc = run_cli("--data-dir", str(tmp_path / "data"), "--lang", "en", "import", device)
    assert "not a regular file" in proc.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need POSIX")
def test_import_of_a_named_pipe_returns_with_a_message(tmp_path: Path) -> None:
    fifo = tmp_path / "erhebung.json"
    os.mkfifo(fifo)
    proc = run_cli("--data-dir", str(tmp_path / "data"), "import", str(fifo), timeout=30)
    assert proc.returncode == 2
    assert "keine gewöhnliche Datei" in proc.stderr and "Traceback" not in proc.stderr


def test_workspace_import_refuses_a_folder_in_both_languages(
    data_dir: Path, tmp_path: Path
) -> None:
    ws = Workspace(data_dir)
    try:
        with pytest.raises(ExchangeError) as info:
            ws.import_file(tmp_path)
    finally:
        ws.close()
    assert info.value.code == "unreadable"
    assert "Ordner" in info.value.message("de")
    assert "folder" in info.value.message("en")


def test_a_file_larger_than_the_limit_is_refused_before_parsing(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b"{" + b" " * 2000)
    monkeypatch.setattr(fmt, "MAX_FILE_BYTES", 1000)
    seen: list[int] = []
    real = fileio.read_capped

    def spy(path: Path, limit: int) -> bytes:
        seen.append(limit)
        return real(path, limit)

    monkeypatch.setattr(fileio, "read_capped", spy)
    ws = Workspace(data_dir)
    try:
        with pytest.raises(ExchangeError) as info:
            ws.import_file(big)
    finally:
        ws.close()
    assert info.value.code == "too_large"
    assert seen == [1000]  # the import went through the one helper, with the format's cap


# -- content folders --------------------------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need POSIX")
def test_validate_content_with_a_pipe_or_device_in_the_folder(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "content"
    shutil.copytree(content_dir(), root)
    (root / "glossary.yaml").unlink()
    os.mkfifo(root / "glossary.yaml")
    if Path("/dev/zero").exists():
        (root / "sources.yaml").unlink()
        (root / "sources.yaml").symlink_to("/dev/zero")
    proc = run_cli("validate-content", str(root), timeout=30)
    assert proc.returncode == 1
    assert "glossary.yaml: nicht lesbar (keine gewöhnliche Datei" in proc.stderr
    if Path("/dev/zero").exists():
        assert "sources.yaml: nicht lesbar (keine gewöhnliche Datei" in proc.stderr
    assert "Traceback" not in proc.stderr
