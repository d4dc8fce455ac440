"""This installation's device id: which laptop changed a record, for merges and the log.

A random id kept in the data folder (``device-id``), created on first use. It names no
person and no computer: it only tells two laptops' changes apart.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path

from desktop_app.fileio import atomic_write_bytes

DEVICE_FILE = "device-id"
_VALID = re.compile(r"^[0-9a-f]{16}$")


def device_id(data_dir: Path) -> str:
    path = Path(data_dir) / DEVICE_FILE
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        text = ""
    if _VALID.match(text):
        return text
    value = secrets.token_hex(8)
    atomic_write_bytes(path, (value + "\n").encode("ascii"))
    return value
