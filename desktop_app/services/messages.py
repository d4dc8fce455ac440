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


# A write (or read) on an open database that failed: the screen shows the stored state again.
_STORE: dict[str, tuple[str, str]] = {
    "busy": (
        "Nicht gespeichert: Die Datenbank {path} ist gerade durch einen anderen Vorgang "
        "gesperrt (etwa einen Import oder eine Sicherung). Bitte in einigen Sekunden erneut "
        "versuchen.",
        "Not saved: the database {path} is locked by another operation at the moment (such as "
        "an import or a backup). Please try again in a few seconds.",
    ),
    "read_only": (
        "Nicht gespeichert: Die Datenbank {path} ist schreibgeschützt. Bitte lassen Sie der "
        "IT die Schreibrechte auf den Datenordner prüfen.",
        "Not saved: the database {path} is read-only. Please ask IT to check the write "
        "permissions of the data folder.",
    ),
    "disk_full": (
        "Nicht gespeichert: Der Datenträger mit {path} ist voll. Bitte schaffen Sie Platz und "
        "versuchen Sie es erneut.",
        "Not saved: the disk holding {path} is full. Please free some space and try again.",
    ),
    "io": (
        "Nicht gespeichert: Die Datenbank {path} kann nicht gelesen oder geschrieben werden "
        "(Datenträgerfehler). Bitte prüfen Sie, ob der Datenträger noch verbunden ist.",
        "Not saved: the database {path} cannot be read or written (disk error). Please check "
        "that the disk is still connected.",
    ),
    "other": (
        "Nicht gespeichert: Die Datenbank {path} hat die Änderung abgelehnt ({detail}).",
        "Not saved: the database {path} refused the change ({detail}).",
    ),
}


# The data folder (or the database file in it) cannot be used: what it is, and what to do.
_FOLDER: dict[str, tuple[str, str]] = {
    "not_a_folder": (
        "Der Datenordner {path} ist kein Ordner, sondern eine Datei. Bitte geben Sie einen "
        "Ordner an (--data-dir) oder benennen Sie die Datei um.",
        "The data folder {path} is not a folder but a file. Please give a folder "
        "(--data-dir) or rename the file.",
    ),
    "cannot_create": (
        "Der Datenordner {path} kann nicht angelegt werden ({cause}). Bitte wählen Sie einen "
        "Ordner, in dem Sie schreiben dürfen (--data-dir), oder bitten Sie die IT um "
        "Schreibrechte.",
        "The data folder {path} cannot be created ({cause}). Please choose a folder you may "
        "write to (--data-dir) or ask IT for write permission.",
    ),
    "no_access": (
        "Auf den Datenordner {path} besteht kein Zugriff ({cause}). Bitte bitten Sie die IT "
        "um Lese- und Schreibrechte oder wählen Sie einen anderen Ordner (--data-dir).",
        "The data folder {path} cannot be accessed ({cause}). Please ask IT for read and "
        "write permission or choose another folder (--data-dir).",
    ),
    "read_only_folder": (
        "Im Datenordner {path} kann nicht geschrieben werden ({cause}). Wandelkompass braucht "
        "dort Schreibrechte für die Datenbank und ihre Sicherungen. Die Daten sind unverändert. "
        "Bitte bitten Sie die IT um Schreibrechte oder kopieren Sie den Ordner an einen Ort, "
        "an dem Sie schreiben dürfen, und öffnen Sie ihn dort (--data-dir).",
        "The data folder {path} cannot be written to ({cause}). Wandelkompass needs write "
        "permission there for the database and its backups. The data is unchanged. Please "
        "ask IT for write permission, or copy the folder to a place you may write to and "
        "open it there (--data-dir).",
    ),
    "read_only_database": (
        "Die Datenbank {path} ist schreibgeschützt ({cause}). Sie ist nicht beschädigt und "
        "unverändert. Bitte heben Sie den Schreibschutz auf (Eigenschaften der Datei) oder "
        "bitten Sie die IT darum.",
        "The database {path} is read-only ({cause}). It is not damaged and has not been "
        "changed. Please remove the write protection (file properties) or ask IT to do so.",
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
    from desktop_app.storage.access import DataFolderUnusable
    from desktop_app.storage.errors import DatabaseDamaged, StoreFailed

    if isinstance(exc, DataFolderUnusable):
        from desktop_app.fileio import reason_text

        cause = reason_text(exc.cause, lang)
        return _pick(_FOLDER[exc.reason], lang).format(path=exc.path, cause=cause)
    if isinstance(exc, StoreFailed):
        pair = _STORE.get(exc.reason, _STORE["other"])
        return _pick(pair, lang).format(path=exc.path, detail=exc.detail)
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
