"""Writing files so that a crash, a full disk or a locked target never leaves half a file.

Everything the app writes for the user (PDF, exchange file) goes through
:func:`atomic_write`: the content is written to a temporary file in the target folder, flushed
to disk, and only then moved over the target in one step. If anything fails, the old file is
still there and the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


class TargetNotWritable(OSError):
    """The target cannot be written; ``reason`` is a short German/English-neutral key."""

    def __init__(self, path: Path, reason: str, original: OSError | None = None) -> None:
        self.path = path
        self.reason = reason  # "locked" | "read_only" | "disk_full" | "missing_folder" | "other"
        self.original = original
        super().__init__(f"{path}: {reason}" + (f" ({original})" if original else ""))


def _classify(exc: OSError) -> str:
    # Windows reports a file opened by a PDF viewer as a sharing violation (winerror 32/33)
    # with errno EACCES, so the Windows code must be looked at before the errno.
    if getattr(exc, "winerror", None) in (32, 33):
        return "locked"
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "disk_full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "read_only"
    if exc.errno == errno.ENOENT:
        return "missing_folder"
    return "other"


@functools.cache
def _umask() -> int:
    # os.umask can only be read by setting it; do that once, not while workers write files.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _target_mode(path: Path) -> int:
    """The replaced file's mode, or what the process umask gives a new file."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_umask()


def atomic_write(path: Path, write: Callable[[BinaryIO], None]) -> Path:
    """Call ``write(fh)`` on a temp file next to ``path`` and move it into place."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise TargetNotWritable(path, _classify(exc), exc) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp creates the file private (0600); give it the mode a normal save would.
        os.chmod(tmp, _target_mode(path))
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise TargetNotWritable(path, _classify(exc), exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return path


def atomic_write_bytes(path: Path, data: bytes) -> Path:
    return atomic_write(path, lambda fh: fh.write(data) and None)
