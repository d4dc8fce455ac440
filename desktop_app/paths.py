"""Where the app finds its bundled files and keeps its data.

Bundled files (content, fonts, translations) sit next to the package in a source checkout
and under ``sys._MEIPASS`` in a PyInstaller bundle. The user's data lives in the
platform's local data folder unless ``--data-dir`` or ``WANDELKOMPASS_DATA_DIR`` says
otherwise. Nothing here touches the disk at import time.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Wandelkompass"
DATA_DIR_ENV = "WANDELKOMPASS_DATA_DIR"
DB_FILENAME = "wandelkompass.sqlite3"
DATABASE_URL_ENV = "WANDELKOMPASS_DATABASE_URL"
# A municipality's own Word template for the council decision paper, in the data folder.
TEMPLATES_DIR = "vorlagen"
DECISION_TEMPLATE = "beschlussvorlage.docx"


def bundle_root() -> Path:
    """The folder holding ``guideline_content/`` and ``resources/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def content_dir() -> Path:
    return bundle_root() / "guideline_content"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user's data folder: explicit override, then environment, then platform default."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    # roaming=False: WAL needs a local disk, and roaming profiles may sit on a share.
    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def database_path(override: str | os.PathLike[str] | None = None) -> Path:
    return data_dir(override) / DB_FILENAME


def database_url(override: str | None = None) -> str | None:
    """A PostgreSQL server to use instead of the SQLite file: option, then environment.

    An empty ``override`` means the SQLite file whatever the environment says (the demo
    report uses a temporary one).
    """
    if override is not None:
        return override or None
    return os.environ.get(DATABASE_URL_ENV) or None
