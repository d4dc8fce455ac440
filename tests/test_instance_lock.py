"""One process per data folder: a clear message for the second, no stuck lock after a crash."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.services.messages import database_error_message
from desktop_app.storage.instance_lock import LOCK_FILENAME, InstanceLocked, acquire

HOLDER = (
    "import sys\n"
    "from desktop_app.storage.instance_lock import acquire\n"
    "lock = acquire(sys.argv[1])\n"
    "print('locked', flush=True)\n"
    "sys.stdin.read()\n"  # hold the lock until killed (or stdin closes)
)


def _spawn_holder(data_dir: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()  # the only wait: the child's own "locked" line
    assert line.strip() == "locked", proc.stderr.read() if proc.stderr else ""
    return proc


def _stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()


def test_second_acquire_is_refused_with_pid_and_host(data_dir: Path) -> None:
    with acquire(data_dir) as lock:
        assert lock.held
        with pytest.raises(InstanceLocked) as info:
            acquire(data_dir)
    exc = info.value
    assert exc.holder.pid == os.getpid()
    assert exc.holder.host == socket.gethostname()
    de, en = exc.message("de"), exc.message("en")
    assert "bereits geöffnet" in de and f"Prozess {os.getpid()}" in de and str(data_dir) in de
    assert "already open" in en and f"process {os.getpid()}" in en
    # The CLI's generic database-error path words it the same way.
    assert database_error_message(exc, "en") == en
    assert exc.reason == "locked"


def test_release_makes_the_folder_free_again(data_dir: Path) -> None:
    lock = acquire(data_dir)
    lock.release()
    lock.release()  # idempotent
    assert not lock.held
    acquire(data_dir).release()


def test_a_stale_lock_file_without_a_holder_does_not_block(data_dir: Path) -> None:
    (data_dir / LOCK_FILENAME).write_text('{"pid": 999999, "host": "alter-pc"}\n')
    with acquire(data_dir) as lock:
        assert lock.held


def test_garbage_in_the_lock_file_still_gives_a_message(data_dir: Path) -> None:
    proc = _spawn_holder(data_dir)
    try:
        (data_dir / LOCK_FILENAME).write_bytes(b"\xff\xfe garbage")
        with pytest.raises(InstanceLocked) as info:
            acquire(data_dir)
        assert info.value.holder.pid is None
        assert "von einem anderen Programm" in info.value.message("de")
    finally:
        _stop(proc)


def test_lock_held_by_another_process_is_freed_when_it_is_killed(data_dir: Path) -> None:
    proc = _spawn_holder(data_dir)
    try:
        with pytest.raises(InstanceLocked) as info:
            acquire(data_dir)
        assert info.value.holder.pid == proc.pid
        proc.kill()  # SIGKILL: no cleanup code runs in the child
        proc.wait()
        with acquire(data_dir) as lock:  # the OS released the lock with the process
            assert lock.held
            assert (data_dir / LOCK_FILENAME).exists()
    finally:
        _stop(proc)


def test_cli_restore_refuses_while_another_instance_runs(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    proc = _spawn_holder(data_dir)
    try:
        code = cli.main(["--data-dir", str(data_dir), "--lang", "en", "restore", "x.sqlite3"])
    finally:
        _stop(proc)
    assert code == 1
    err = capsys.readouterr().err
    assert "already open" in err and f"process {proc.pid}" in err


@pytest.mark.parametrize("argv", [
    ["import", "exchange.json"],
    ["demo"],
    ["backup"],
    ["serve", "--assessment", "1"],
    ["report", "--demo", "--output", "plan.pdf"],
])
def test_every_writing_command_refuses_while_the_app_has_the_folder(
    data_dir: Path, tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """While the desktop app holds the data folder, a writing command explains and writes
    nothing: its writes would otherwise wait on the app's and be lost after the timeout."""
    data_dir.mkdir(parents=True, exist_ok=True)
    args = [a if not a.endswith((".json", ".pdf")) else str(tmp_path / a) for a in argv]
    (tmp_path / "exchange.json").write_text("{}", encoding="utf-8")
    proc = _spawn_holder(data_dir)
    before = sorted(p.name for p in data_dir.iterdir())  # the holder's lock file
    try:
        code = cli.main(["--data-dir", str(data_dir), "--lang", "en", *args])
    finally:
        _stop(proc)
    assert code == 1
    assert f"process {proc.pid}" in capsys.readouterr().err
    assert sorted(p.name for p in data_dir.iterdir()) == before
    assert not (tmp_path / "plan.pdf").exists()
