"""The ``backup``, ``backups`` and ``restore BACKUP`` commands of the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.services.workspace import Workspace

_MSG: dict[str, tuple[str, str]] = {
    "created": (
        "Sicherung angelegt und geprüft: {path}",
        "Backup created and verified: {path}",
    ),
    "none": ("Noch keine Sicherungen in {folder}.", "No backups yet in {folder}."),
    "header": ("Sicherungen in {folder} (neueste zuerst):", "Backups in {folder} (newest first):"),
    "restored": (
        "Wiederhergestellt aus {path}.",
        "Restored from {path}.",
    ),
    "previous": (
        "Der Stand vor der Wiederherstellung wurde gesichert: {path}",
        "The state before the restore was backed up: {path}",
    ),
    "moved": (
        "Die beschädigte Datenbank wurde unverändert nach {path} verschoben.",
        "The damaged database was moved, unchanged, to {path}.",
    ),
    "restore_hint": (
        'Wiederherstellen mit: wandelkompass restore "DATEI"',
        'Restore with: wandelkompass restore "FILE"',
    ),
}

_KIND: dict[str, tuple[str, str]] = {
    "auto": ("automatisch", "automatic"),
    "manual": ("manuell", "manual"),
    "pre-migration": ("vor Aktualisierung", "before upgrade"),
    "pre-restore": ("vor Wiederherstellung", "before restore"),
}


def _t(table: dict[str, tuple[str, str]], key: str, lang: str, **params: object) -> str:
    de, en = table[key]
    return (en if lang == "en" else de).format(**params)


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
            print(_t(_MSG, "created", lang, path=info.path))
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
        print(_t(_MSG, "none", lang, folder=ws.backup_dir))
        return 0
    print(_t(_MSG, "header", lang, folder=ws.backup_dir))
    for b in found:
        when = b.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        kind = _t(_KIND, b.kind, lang)
        print(f"  {when}  {kind:<22} {b.size / 1024:>8.0f} KB  {b.path.name}")
    print(_t(_MSG, "restore_hint", lang))
    return 0


def _restore(ws: Workspace, backup: Path, lang: str) -> int:
    result = ws.restore(backup)  # cli.py holds the instance lock around every writing command
    print(_t(_MSG, "restored", lang, path=result.restored_from))
    if result.previous_backup is not None:
        print(_t(_MSG, "previous", lang, path=result.previous_backup.path))
    if result.moved_aside is not None:
        print(_t(_MSG, "moved", lang, path=result.moved_aside))
    return 0
