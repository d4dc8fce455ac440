"""User-facing texts for errors that the CLI and the GUI both report."""

from __future__ import annotations

from desktop_app.storage.errors import DatabaseError

_DB: dict[str, tuple[str, str]] = {
    "newer_schema": (
        "Die Datenbank {path} stammt von einer neueren Wandelkompass-Version (Schema {detail}). "
        "Bitte installieren Sie die aktuelle Version; die Daten bleiben unverändert.",
        "The database {path} was written by a newer Wandelkompass version (schema {detail}). "
        "Please install the current version; the data has not been changed.",
    ),
    "not_a_database": (
        "Die Datei {path} ist keine Wandelkompass-Datenbank oder beschädigt ({detail}).",
        "The file {path} is not a Wandelkompass database or is damaged ({detail}).",
    ),
    "damaged": (
        "Die Datenbank {path} ist beschädigt ({detail}).",
        "The database {path} is damaged ({detail}).",
    ),
    "migration_failed": (
        "Die Datenbank {path} konnte nicht aktualisiert werden ({detail}). "
        "Der vorherige Stand ist unverändert.",
        "The database {path} could not be upgraded ({detail}). The previous state is unchanged.",
    ),
    "locked": (
        "Wandelkompass ist mit diesen Daten bereits geöffnet ({detail}). "
        "Bitte wechseln Sie zu dem geöffneten Fenster.",
        "Wandelkompass is already open with this data ({detail}). "
        "Please switch to the window that is open.",
    ),
}


_RECOVERY: dict[str, tuple[str, str]] = {
    "moved": (
        "Die Datei wurde unverändert nach {moved} verschoben.",
        "The file has been moved, unchanged, to {moved}.",
    ),
    "not_moved": (
        "Die Datei konnte nicht beiseitegelegt werden; bitte schließen Sie andere Programme.",
        "The file could not be moved aside; please close other programs.",
    ),
    "backup": (
        "Neueste intakte Sicherung: {backup} ({when}). Wiederherstellen mit:\n"
        '  wandelkompass restore "{backup}"',
        "Newest good backup: {backup} ({when}). Restore it with:\n"
        '  wandelkompass restore "{backup}"',
    ),
    "no_backup": (
        "Es gibt keine intakte Sicherung; beim nächsten Start beginnt eine leere Datenbank.",
        "There is no good backup; the next start begins with an empty database.",
    ),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def database_error_message(exc: DatabaseError, lang: str) -> str:
    from desktop_app.storage.errors import DatabaseDamaged

    message = getattr(exc, "message", None)
    if exc.reason == "locked" and callable(message):
        return str(message(lang))  # InstanceLocked words the holder in the user's language
    text = _pick(_DB.get(exc.reason, _DB["damaged"]), lang).format(
        path=exc.path, detail=exc.detail
    )
    if isinstance(exc, DatabaseDamaged):
        lines = [text]
        if exc.moved_to is not None:
            lines.append(_pick(_RECOVERY["moved"], lang).format(moved=exc.moved_to))
        else:
            lines.append(_pick(_RECOVERY["not_moved"], lang))
        if exc.backup is not None:
            when = exc.backup.created.astimezone().strftime("%Y-%m-%d %H:%M")
            lines.append(_pick(_RECOVERY["backup"], lang).format(backup=exc.backup.path, when=when))
        else:
            lines.append(_pick(_RECOVERY["no_backup"], lang))
        text = "\n".join(lines)
    return text
