"""The failures the front ends report, as the services raise them.

The GUI and the phone page catch these names from here and word them with
``services.messages.database_error_message`` (or the error's own ``message(lang)``); they
never import the storage layer themselves. Importing this module costs no SQLAlchemy.
"""

from __future__ import annotations

from desktop_app.storage.access import DataFolderUnusable
from desktop_app.storage.backups import BackupError
from desktop_app.storage.errors import DatabaseDamaged, DatabaseError, StoreFailed
from desktop_app.storage.instance_lock import InstanceLock, InstanceLocked
from desktop_app.storage.instance_lock import acquire as lock_data_folder

__all__ = [
    "BackupError",
    "DataFolderUnusable",
    "DatabaseDamaged",
    "DatabaseError",
    "InstanceLock",
    "InstanceLocked",
    "StoreFailed",
    "lock_data_folder",
]
