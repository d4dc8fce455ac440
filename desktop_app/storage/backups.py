"""Backups of the database: made with SQLite's backup API, verified, pruned, restored.

* A backup is never a file copy of the live database: :func:`create_backup` reads it through
  ``sqlite3.Connection.backup`` into a temporary file, switches the copy to a self-contained
  rollback journal, runs ``integrity_check`` on it, checks it opens as a Wandelkompass
  database, flushes it to disk and only then gives it its final name.
* :func:`backup_if_changed` (called on open and on close) backs up only when the content
  differs from the newest backup, and then prunes the automatic backups
  (:class:`RetentionPolicy`: the last few, plus one per day, week and month).
* :func:`restore_backup` verifies the chosen backup, backs up the current database first,
  and swaps the file in with one atomic rename.

File names: ``<kind>-<UTC timestamp, µs>[-n].sqlite3`` in the backup folder, where kind is
``auto``, ``manual``, ``pre-migration`` or ``pre-restore``. Only ``auto`` backups are pruned,
and only those of the database being backed up: every database carries a random identity
(``PRAGMA user_version``, which SQLite leaves to applications and the backup API copies). A
database started afresh after damage has a new identity, so its backups can never push the
last good backups of the damaged one out of the way; those stay until the user deletes them.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app.storage.safety import fsync_file, integrity_problem, move_aside, read_revision
from desktop_app.texts import t

KINDS = ("auto", "manual", "pre-migration", "pre-restore")
_NAME = re.compile(
    r"^(?P<kind>auto|manual|pre-migration|pre-restore)-(?P<ts>\d{8}T\d{6}\.\d{6}Z)(?:-(?P<n>\d+))?"
    r"\.sqlite3$"
)
_DATA_TABLES = (
    "municipality",
    "project",
    "assessment",
    "respondent",
    "answer",
    "vote",
    "plan_entry",
)



class BackupError(Exception):
    """A backup cannot be made, used or restored; :meth:`message` gives the user-facing text."""

    def __init__(self, code: str, path: Path, detail: str = "") -> None:
        self.code = code  # key of _MESSAGES
        self.path = Path(path)
        self.detail = detail
        super().__init__(self.message("en"))

    def message(self, lang: str = "de") -> str:
        return t(f"backup.{self.code}", lang, path=self.path, detail=self.detail)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    kind: str
    created: datetime  # aware, UTC
    size: int


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """How many automatic backups to keep (borg-style: newest of each period)."""

    last: int = 3
    daily: int = 7
    weekly: int = 4
    monthly: int = 6


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    previous_backup: BackupInfo | None  # the database as it was just before the restore
    moved_aside: Path | None  # a damaged database renamed out of the way


# -- reading backups -----------------------------------------------------------------------
def _info(path: Path) -> BackupInfo | None:
    m = _NAME.match(path.name)
    if m is None:
        return None
    created = datetime.strptime(m["ts"], "%Y%m%dT%H%M%S.%fZ").replace(tzinfo=UTC)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return BackupInfo(path, m["kind"], created, size)


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """All backups in ``backup_dir``, newest first."""
    folder = Path(backup_dir)
    if not folder.is_dir():
        return []
    found = [i for p in folder.iterdir() if (i := _info(p)) is not None]

    def key(i: BackupInfo) -> tuple[datetime, int]:
        m = _NAME.match(i.path.name)
        return i.created, int(m["n"]) if m and m["n"] else 1

    return sorted(found, key=key, reverse=True)


def _connect_rw(path: Path) -> sqlite3.Connection:
    # mode=rw: never create a file that is not there.
    return sqlite3.connect(f"file:{Path(path).as_posix()}?mode=rw", uri=True)


def _row_count(con: sqlite3.Connection) -> int:
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return sum(
        int(con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0])
        for t in _DATA_TABLES
        if t in names
    )


def verify_backup(path: Path) -> int:
    """Check that ``path`` is a sound, usable Wandelkompass database; return its row count.

    Raises :class:`BackupError` (``missing``, ``damaged``, ``not_a_backup``,
    ``newer_schema``).
    """
    from desktop_app.storage.migrations import KNOWN_REVISIONS

    path = Path(path)
    if not path.is_file():
        raise BackupError("missing", path)
    problem = integrity_problem(path)
    if problem is not None:
        raise BackupError("damaged", path, problem)
    try:
        con = _connect_rw(path)
        try:
            revision = read_revision(con)
            if revision is None:
                raise BackupError("not_a_backup", path, "no schema version")
            if revision not in KNOWN_REVISIONS:
                raise BackupError("newer_schema", path, revision)
            return _row_count(con)
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise BackupError("not_a_backup", path, str(exc)) from exc


def is_empty_database(path: Path) -> bool:
    """True for a missing or empty file and for a database without any stored rows."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return True
    con = _connect_rw(path)
    try:
        return _row_count(con) == 0
    finally:
        con.close()


def newest_good_backup(backup_dir: Path) -> BackupInfo | None:
    """The newest backup that verifies and holds data (what to offer after damage)."""
    for info in list_backups(backup_dir):
        try:
            if verify_backup(info.path) > 0:
                return info
        except BackupError:
            continue
    return None


def identity(path: Path) -> int:
    """The random identity stamped into a database (0 for one made before identities)."""
    con = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)
    try:
        return int(con.execute("PRAGMA user_version").fetchone()[0])
    finally:
        con.close()


def fingerprint(path: Path) -> str:
    """A hash of the stored content (all tables, in rowid order), independent of file layout."""
    con = _connect_rw(path)
    try:
        h = hashlib.sha256()
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        for t in tables:
            h.update(f"\x00table {t}\x00".encode())
            for row in con.execute(f'SELECT * FROM "{t}" ORDER BY rowid'):
                h.update(repr(row).encode("utf-8", "surrogatepass"))
        return h.hexdigest()
    finally:
        con.close()


# -- making backups --------------------------------------------------------------------
def _copy_via_backup_api(source: Path, target: Path) -> None:
    """Copy ``source`` (possibly live, in WAL mode) into the new file ``target``."""
    src = _connect_rw(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # A self-contained single file: no -wal next to a backup.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _free_name(backup_dir: Path, kind: str, now: datetime) -> Path:
    stem = f"{kind}-{now.astimezone(UTC).strftime('%Y%m%dT%H%M%S.%fZ')}"
    target = backup_dir / f"{stem}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = backup_dir / f"{stem}-{n}.sqlite3"
    return target


def create_backup(
    db_path: Path, backup_dir: Path, kind: str = "auto", now: datetime | None = None
) -> BackupInfo:
    """Back up ``db_path`` into ``backup_dir`` and verify the copy before naming it."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    backup_dir = Path(backup_dir)
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{kind}-", suffix=".tmp", dir=backup_dir)
        os.close(fd)
    except OSError as exc:
        raise BackupError("write_failed", backup_dir, exc.strerror or str(exc)) from exc
    tmp = Path(tmp_name)
    try:
        try:
            _copy_via_backup_api(Path(db_path), tmp)
        except sqlite3.Error as exc:
            raise BackupError("write_failed", backup_dir, str(exc)) from exc
        verify_backup(tmp)
        fsync_file(tmp)
        target = _free_name(backup_dir, kind, now or datetime.now(UTC))
        os.replace(tmp, target)
    except OSError as exc:
        raise BackupError("write_failed", backup_dir, exc.strerror or str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    info = _info(target)
    assert info is not None
    return info


def backup_if_changed(
    db_path: Path,
    backup_dir: Path,
    policy: RetentionPolicy | None = None,
    now: datetime | None = None,
) -> BackupInfo | None:
    """Back up when the content differs from the newest backup; then prune. None: no need.

    An empty database is never backed up, so that a fresh start after damage cannot push
    the last good backup out of the way.
    """
    db_path = Path(db_path)
    if is_empty_database(db_path):
        return None
    current = fingerprint(db_path)
    existing = list_backups(backup_dir)
    if existing:
        try:
            if fingerprint(existing[0].path) == current:
                return None
        except sqlite3.Error:
            pass  # a broken newest backup: make a fresh one
    info = create_backup(db_path, backup_dir, "auto", now)
    prune(backup_dir, policy or RetentionPolicy(), identity=identity(db_path))
    return info


# -- retention ------------------------------------------------------------------------------
def select_kept(created: Sequence[datetime], policy: RetentionPolicy) -> set[int]:
    """Indices of ``created`` (newest first) to keep: the last N and the newest per period."""
    keep = set(range(min(policy.last, len(created))))
    periods: list[tuple[int, Callable[[datetime], Hashable]]] = [
        (policy.daily, lambda d: d.date()),
        (policy.weekly, lambda d: d.isocalendar()[:2]),
        (policy.monthly, lambda d: (d.year, d.month)),
    ]
    for count, period in periods:
        seen: list[Any] = []
        for i, when in enumerate(created):
            if len(seen) >= count:
                break
            p = period(when)
            if p not in seen:
                seen.append(p)
                keep.add(i)
    return keep


def _same_database(info: BackupInfo, wanted: int) -> bool:
    try:
        return identity(info.path) == wanted
    except sqlite3.Error:
        return False  # unreadable: not ours to judge, so not ours to delete


def prune(backup_dir: Path, policy: RetentionPolicy | None = None, *, identity: int) -> list[Path]:
    """Delete automatic backups of the database ``identity`` that the policy does not keep.

    The policy counts periods that have backups, not calendar periods. Backups of other
    databases (and of databases without an identity, from older versions) are never deleted.
    """
    autos = [
        b
        for b in list_backups(backup_dir)
        if b.kind == "auto" and identity != 0 and _same_database(b, identity)
    ]
    kept = select_kept([b.created.astimezone() for b in autos], policy or RetentionPolicy())
    removed = []
    for i, b in enumerate(autos):
        if i not in kept:
            with contextlib.suppress(OSError):
                b.path.unlink()
                removed.append(b.path)
    return removed


# -- restoring ------------------------------------------------------------------------------
def _release_wal(db_path: Path) -> None:
    """Fold the WAL into the file and leave WAL mode, so the file alone is the database.

    Switching the journal mode needs exclusive access: if another connection (another
    Wandelkompass window) has the database open, this fails and nothing is replaced.
    """
    try:
        con = _connect_rw(db_path)
        try:
            con.execute("PRAGMA busy_timeout=1000")
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()
            if mode is None or str(mode[0]).lower() != "delete":
                raise BackupError("in_use", db_path, "journal_mode")
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise BackupError("in_use", db_path, str(exc)) from exc
    if Path(f"{db_path}-wal").exists():
        raise BackupError("in_use", db_path, "WAL still present")


def restore_backup(
    db_path: Path, backup: Path, backup_dir: Path, now: datetime | None = None
) -> RestoreResult:
    """Replace the database at ``db_path`` with the content of ``backup``.

    Order: verify the backup; back up the current database (or move it aside if damaged);
    copy the backup into a temporary file next to the database with the backup API and
    verify it; then one atomic ``os.replace``. The database must not be open anywhere (close
    the :class:`~desktop_app.storage.database.Database` first; the instance lock keeps other
    Wandelkompass processes away).
    """
    db_path, backup = Path(db_path), Path(backup)
    verify_backup(backup)
    previous: BackupInfo | None = None
    moved: Path | None = None
    if db_path.exists():
        if integrity_problem(db_path) is None:
            if db_path.stat().st_size > 0:
                previous = create_backup(db_path, backup_dir, "pre-restore", now)
                _release_wal(db_path)
        else:
            moved = move_aside(db_path, "damaged", now)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{db_path.name}.", suffix=".restore", dir=db_path.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        try:
            _copy_via_backup_api(backup, tmp)
        except sqlite3.Error as exc:
            raise BackupError("write_failed", db_path, str(exc)) from exc
        verify_backup(tmp)
        fsync_file(tmp)
        os.replace(tmp, db_path)
    except OSError as exc:
        raise BackupError("write_failed", db_path, exc.strerror or str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    with contextlib.suppress(OSError):
        fsync_file(db_path)
    return RestoreResult(backup, previous, moved)
