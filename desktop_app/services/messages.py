"""User-facing texts for errors that the CLI and the GUI both report."""

from __future__ import annotations

from desktop_app.storage.errors import DatabaseError
from desktop_app.texts import t
from desktop_app.texts.catalogue import CATALOGUE
from desktop_app.texts.dates import moment


def database_error_message(exc: DatabaseError, lang: str) -> str:
    from desktop_app.fileio import reason_text
    from desktop_app.storage.access import DataFolderUnusable
    from desktop_app.storage.errors import DatabaseDamaged, StoreFailed

    if isinstance(exc, DataFolderUnusable):
        return t(f"folder.{exc.reason}", lang, path=exc.path, cause=reason_text(exc.cause, lang))
    if isinstance(exc, StoreFailed):
        key = f"store.{exc.reason}" if f"store.{exc.reason}" in CATALOGUE else "store.other"
        return t(key, lang, path=exc.path, detail=exc.detail)
    message = getattr(exc, "message", None)
    if exc.reason == "locked" and callable(message):
        return str(message(lang))  # InstanceLocked words the holder in the user's language
    key = f"db.{exc.reason}" if f"db.{exc.reason}" in CATALOGUE else "db.damaged"
    text = t(key, lang, path=exc.path, detail=exc.detail)
    if not isinstance(exc, DatabaseDamaged):
        return text
    lines = [text]
    if exc.moved_to is not None:
        lines.append(t("recovery.moved", lang, moved=exc.moved_to))
    else:
        lines.append(t("recovery.not_moved", lang))
    if exc.backup is not None:
        when = moment(exc.backup.created, lang)
        lines.append(t("recovery.backup", lang, backup=exc.backup.path, when=when))
    else:
        lines.append(t("recovery.no_backup", lang))
    return "\n".join(lines)
