"""One Wandelkompass process per data folder, with a lock a crash cannot leave stuck.

The lock is an OS lock on ``wandelkompass.lock`` inside the data folder (``fcntl.flock`` on
POSIX, ``msvcrt.locking`` on Windows), held through an open file handle: when the process
ends in any way — normal exit, crash, kill, power cut — the OS releases it. The file itself
is never the lock, so a stale file left behind means nothing; it only carries pid, host and
start time of the holder for the message shown to a second instance.

Usage (GUI start-up, CLI commands that replace the database)::

    try:
        lock = acquire(data_dir)
    except InstanceLocked as exc:
        show(exc.message(lang))
    ...
    lock.release()  # or: with acquire(data_dir): ...
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from desktop_app.storage.errors import DatabaseError
from desktop_app.texts import t
from desktop_app.texts.dates import moment

LOCK_FILENAME = "wandelkompass.lock"
# Windows locks byte ranges mandatorily: lock a byte far past the holder's info, so that a
# second instance can still read who holds the lock.
_WIN_LOCK_OFFSET = 1 << 20



@dataclass(frozen=True, slots=True)
class Holder:
    pid: int | None
    host: str
    started: str

    def describe(self, lang: str) -> str:
        """Where and since when, in words a workshop moderator understands."""
        if self.pid is None:
            return t("lock.holder_unknown", lang)
        try:
            when = moment(datetime.fromisoformat(self.started), lang)
        except ValueError:
            when = self.started
        return t("lock.holder", lang, host=self.host, when=when, pid=self.pid)


class InstanceLocked(DatabaseError):
    """Another process holds the data folder; reason ``locked`` (see services.messages)."""

    def __init__(self, data_dir: Path, holder: Holder) -> None:
        self.data_dir = data_dir
        self.holder = holder
        super().__init__(data_dir, "locked", holder.describe("en"))

    def message(self, lang: str = "de") -> str:
        who = self.holder.describe(lang)
        return t("lock.open_elsewhere", lang, who=who, folder=self.data_dir)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def read_holder(data_dir: Path) -> Holder:
    """Who wrote the lock file last (meaningful only while the lock is held)."""
    try:
        raw = (Path(data_dir) / LOCK_FILENAME).read_bytes()[:4096]
        info = json.loads(raw.decode("utf-8").strip("\x00 \n"))
        pid = info.get("pid")
        return Holder(
            pid if isinstance(pid, int) else None,
            str(info.get("host", "?")),
            str(info.get("started", "?")),
        )
    except (OSError, ValueError, AttributeError):
        return Holder(None, "?", "?")


class InstanceLock:
    """The held lock; release it with :meth:`release` or by leaving the ``with`` block."""

    def __init__(self, data_dir: Path, fd: int) -> None:
        self.data_dir = data_dir
        self.path = data_dir / LOCK_FILENAME
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.release()


def acquire(data_dir: Path | str) -> InstanceLock:
    """Take the data folder's lock or raise :class:`InstanceLocked` naming the holder.

    A folder that cannot be used raises ``DataFolderUnusable`` (see ``storage.access``)
    before anything is created in it.
    """
    from desktop_app.storage.access import check_data_folder

    folder = Path(data_dir)
    check_data_folder(folder)
    fd = os.open(folder / LOCK_FILENAME, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0),
                 0o644)
    try:
        locked = _try_lock(fd)
    except BaseException:
        os.close(fd)
        raise
    if not locked:
        os.close(fd)
        raise InstanceLocked(folder, read_holder(folder))
    info = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "started": datetime.now(UTC).astimezone().isoformat(timespec="seconds"),
    }
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, (json.dumps(info) + "\n").encode("utf-8"))
    except OSError:
        pass  # the lock is what matters; the text is only for the message
    return InstanceLock(folder, fd)
