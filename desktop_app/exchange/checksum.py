"""The content checksum of an exchange file (its manifest's ``checksum``).

What is hashed: the ``assessment`` object of the file in canonical JSON — keys sorted, no
whitespace, non-ASCII characters written as themselves, UTF-8 encoded — the JSON
Canonicalization Scheme (RFC 8785) for the values the format allows (integers only, keys in
ASCII). Formatting the file differently (indentation, key order, ``\\u00fc`` for ``ü``)
keeps the checksum; changing any value changes it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

ALGORITHM = "sha256"


def canonical(value: Any) -> bytes:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def content_checksum(assessment: Any) -> str:
    """The SHA-256 of ``assessment`` (a file's ``assessment`` object) as 64 hex digits."""
    return hashlib.sha256(canonical(assessment)).hexdigest()
