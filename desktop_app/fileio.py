"""Reading and writing the user's files safely.

Everything the app writes for the user (PDF, exchange file) goes through
:func:`atomic_write`: the content is written to a temporary file in the target folder, flushed
to disk, and only then moved over the target in one step. If anything fails, the old file is
still there and the temporary file is removed.

Everything the app reads from a path the user gave (exchange file, content folder) goes
through :func:`read_capped`: only regular files, and never more than a fixed number of bytes.
A size from ``stat`` alone is no limit: ``/dev/zero`` and files in ``/proc`` report 0, and a
named pipe blocks the reader until someone writes to it.

``REASONS`` words why a file could not be read or written, in German and English, for the
command line and the exchange and content messages. :func:`safe_file_name` turns user text
(a municipality) into the file name the save dialogs propose.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import re
import stat
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

# Why a file could not be read or written. The GUI words its own, longer advice per reason.
REASONS: dict[str, tuple[str, str]] = {
    # writing
    "locked": ("von einem anderen Programm geöffnet", "opened by another program"),
    "read_only": ("keine Schreibrechte", "no permission to write"),
    "disk_full": ("Datenträger voll", "disk full"),
    "missing_folder": ("Ordner existiert nicht", "folder does not exist"),
    "other": ("Schreibfehler", "write error"),
    # reading
    "missing": ("Datei existiert nicht", "file does not exist"),
    "no_permission": ("keine Leserechte", "no permission to read"),
    "is_folder": (
        "das ist ein Ordner; bitte eine Datei angeben",
        "that is a folder; please give a file",
    ),
    "not_a_file": (
        "keine gewöhnliche Datei, sondern z. B. ein Gerät oder eine Pipe",
        "not a regular file but e.g. a device or a pipe",
    ),
    "read_error": ("Lesefehler", "read error"),
}


def reason_text(reason: str, lang: str) -> str:
    """``REASONS[reason]`` in ``lang``; unknown keys read as a plain write error."""
    de, en = REASONS.get(reason, REASONS["other"])
    return en if lang == "en" else de


class TargetNotWritable(OSError):
    """The target cannot be written; ``reason`` is a key of :data:`REASONS`."""

    def __init__(self, path: Path, reason: str, original: OSError | None = None) -> None:
        self.path = path
        # "locked" | "read_only" | "disk_full" | "missing_folder" | "is_folder" | "other"
        self.reason = reason
        self.original = original
        super().__init__(f"{path}: {reason}" + (f" ({original})" if original else ""))


class SourceNotReadable(OSError):
    """A file the user gave cannot be read; ``reason`` is a key of :data:`REASONS`."""

    def __init__(self, path: Path, reason: str, original: OSError | None = None) -> None:
        self.path = path
        # "missing" | "no_permission" | "is_folder" | "not_a_file" | "locked" | "read_error"
        # | "too_large"
        self.reason = reason
        self.original = original
        super().__init__(f"{path}: {reason}" + (f" ({original})" if original else ""))


class SourceTooLarge(SourceNotReadable):
    """More than ``limit`` bytes; ``size`` is what was found (at least ``limit + 1``)."""

    def __init__(self, path: Path, limit: int, size: int) -> None:
        super().__init__(path, "too_large")
        self.limit = limit
        self.size = size


def classify(exc: OSError, *, reading: bool = False) -> str:
    """The key of :data:`REASONS` that says why ``exc`` happened."""
    # Windows reports a file opened by a PDF viewer as a sharing violation (winerror 32/33)
    # with errno EACCES, so the Windows code must be looked at before the errno.
    if getattr(exc, "winerror", None) in (32, 33):
        return "locked"
    if exc.errno == errno.EISDIR:
        return "is_folder"
    if reading:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return "missing"
        if exc.errno in (errno.EACCES, errno.EPERM):
            return "no_permission"
        return "read_error"
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "disk_full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "read_only"
    if exc.errno == errno.ENOENT:
        return "missing_folder"
    return "other"


# O_NONBLOCK: opening a named pipe without a writer returns at once instead of waiting.
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
_CHUNK = 1 << 20


def _kind_problem(mode: int) -> str | None:
    if stat.S_ISDIR(mode):
        return "is_folder"
    if not stat.S_ISREG(mode):
        return "not_a_file"
    return None


def read_capped(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``; refuse more than ``limit`` bytes.

    Raises :class:`SourceTooLarge` or :class:`SourceNotReadable`. Devices, pipes and folders
    are refused before they are opened (and again after, in case the path changed between).
    """
    path = Path(path)
    try:
        problem = _kind_problem(os.stat(path).st_mode)
        if problem is not None:
            raise SourceNotReadable(path, problem)
        fd = os.open(path, _READ_FLAGS)
    except SourceNotReadable:
        raise
    except OSError as exc:
        raise SourceNotReadable(path, classify(exc, reading=True), exc) from exc
    try:
        info = os.fstat(fd)
        problem = _kind_problem(info.st_mode)
        if problem is not None:
            raise SourceNotReadable(path, problem)
        if info.st_size > limit:
            raise SourceTooLarge(path, limit, info.st_size)
        chunks: list[bytes] = []
        wanted = limit + 1  # one byte more than allowed tells "too large" from "just fits"
        while wanted > 0:
            chunk = os.read(fd, min(wanted, _CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            wanted -= len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:
            raise SourceTooLarge(path, limit, max(len(data), info.st_size))
        return data
    except SourceNotReadable:
        raise
    except OSError as exc:
        raise SourceNotReadable(path, classify(exc, reading=True), exc) from exc
    finally:
        os.close(fd)


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
    if path.is_dir():  # os.replace would refuse only after the whole content was written
        raise TargetNotWritable(path, "is_folder")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise TargetNotWritable(path, classify(exc), exc) from exc
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
        raise TargetNotWritable(path, classify(exc), exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return path


def atomic_write_bytes(path: Path, data: bytes) -> Path:
    def write(fh: BinaryIO) -> None:
        fh.write(data)

    return atomic_write(path, write)


# Device names Windows reserves in every folder and with any extension ("CON.pdf").
_RESERVED_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in "123456789¹²³"}
)
# Letters and digits of every script, "_" and "-" stay; everything else (path separators,
# dots, <>:"|?*, spaces, control and format characters such as a right-to-left override)
# becomes "_".
_UNSAFE_RUN = re.compile(r"[^\w-]+")
_MAX_NAME_BYTES = 150  # well below 255 (every file system), leaving room for the folder path


def safe_file_name(stem: str, suffix: str = "", *, fallback: str = "Wandelkompass") -> str:
    """``stem`` as one file name valid on Windows, macOS and Linux, followed by ``suffix``.

    The result is a single path component: joined to a folder it stays in that folder.
    ``suffix`` (".pdf") is the program's own and is kept as given.
    """
    text = _UNSAFE_RUN.sub("_", unicodedata.normalize("NFC", stem))
    budget = _MAX_NAME_BYTES - len(suffix.encode("utf-8")) - 1  # 1: room for a reserved "_"
    text = text.encode("utf-8")[:budget].decode("utf-8", "ignore").strip("_-") or fallback
    if text.upper() in _RESERVED_NAMES:
        text += "_"
    return text + suffix
