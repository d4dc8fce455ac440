"""User-facing texts for errors that the CLI and the GUI both report."""

from __future__ import annotations

from desktop_app.storage.database import DatabaseError

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
        "Wandelkompass läuft bereits mit diesem Datenordner ({detail}). "
        "Bitte nutzen Sie das geöffnete Fenster.",
        "Wandelkompass is already running with this data folder ({detail}). "
        "Please use the window that is open.",
    ),
}


def database_error_message(exc: DatabaseError, lang: str) -> str:
    de, en = _DB.get(exc.reason, _DB["damaged"])
    return (en if lang == "en" else de).format(path=exc.path, detail=exc.detail)
