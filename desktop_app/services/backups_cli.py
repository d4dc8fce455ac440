"""The ``backup``, ``backups`` and ``restore BACKUP`` commands of the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.services.workspace import Workspace
from desktop_app.texts import t
from desktop_app.texts.dates import moment


def _resolve(ws: Workspace, given: Path) -> Path:
    """A path as given, else a file of that name in the backup folder (as ``backups`` lists)."""
    if given.exists() or given.is_absolute():
        return given
    candidate = ws.backup_dir / given
    return candidate if candidate.exists() else given


def run(ws: Workspace, args: argparse.Namespace, lang: str) -> int:
    from desktop_app.storage.backups import BackupError

    try:
        if args.command == "backup":
            info = ws.backup_now()
            print(t("backups.created", lang, path=info.path))
            return 0
        if args.command == "backups":
            return _list(ws, lang)
        if args.command == "restore":
            return _restore(ws, _resolve(ws, Path(args.backup)), lang)
    except BackupError as exc:
        print(exc.message(lang), file=sys.stderr)
        return 1
    raise ValueError(f"unknown command {args.command!r}")


def _list(ws: Workspace, lang: str) -> int:
    found = ws.list_backups()
    if not found:
        print(t("backups.none", lang, folder=ws.backup_dir))
        return 0
    print(t("backups.header", lang, folder=ws.backup_dir))
    for b in found:
        when = moment(b.created, lang)
        kind = t(f"backup_kind.{b.kind}", lang)
        print(f"  {when}  {kind:<22} {b.size / 1024:>8.0f} KB  {b.path.name}")
    print(t("backups.restore_hint", lang))
    return 0


def _restore(ws: Workspace, backup: Path, lang: str) -> int:
    result = ws.restore(backup)  # cli.py holds the instance lock around every writing command
    print(t("backups.restored", lang, path=result.restored_from))
    if result.previous_backup is not None:
        print(t("backups.previous", lang, path=result.previous_backup.path))
    if result.moved_aside is not None:
        print(t("backups.moved", lang, path=result.moved_aside))
    return 0
