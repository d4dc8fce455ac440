"""The JSON shapes the phone page reads (see docs/VOTING_API.md)."""

from __future__ import annotations

import gzip
import hashlib
import json
from typing import Any

from desktop_app.web.port import Ballot, DeviceVote, Localized


def _text(value: Localized) -> dict[str, str]:
    return {"de": value.de, "en": value.en}


def ballot_dict(ballot: Ballot) -> dict[str, Any]:
    return {
        "round": ballot.round_number,
        "open": ballot.open,
        "title": ballot.title,
        "role_groups": [{"id": g.id, "label": _text(g.label)} for g in ballot.role_groups],
        "scale": [_text(name) for name in ballot.scale],
        "statements": [
            {
                "id": s.id,
                "dimension": _text(s.dimension),
                "text": _text(s.text),
                "help": _text(s.help),
                "levels": [_text(anchor) for anchor in s.levels],
            }
            for s in ballot.statements
        ],
    }


def votes_dict(votes: list[DeviceVote]) -> dict[str, Any]:
    return {
        "votes": [
            {"statement": v.statement_id, "kind": v.kind, "level": v.level}
            for v in sorted(votes, key=lambda v: v.statement_id)
        ]
    }


def dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def etag(body: bytes) -> str:
    """A strong validator of a response body, so polling phones get 304 while nothing changed."""
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def gzipped(body: bytes) -> bytes:
    """Compressed once per body (mtime 0: the same bytes every time)."""
    return gzip.compress(body, compresslevel=6, mtime=0)


def accepts_gzip(accept_encoding: str) -> bool:
    for part in accept_encoding.split(","):
        name, _, params = part.strip().partition(";")
        if name.strip().lower() == "gzip":
            quality = params.strip().lower()
            return quality not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False
