"""Strict reading of what a phone sends: JSON bodies, fields, ids and votes.

Every refusal is an :class:`ApiError` with an HTTP status and a short code, which the app
answers as ``{"error": code}``. Pure Python, so hypothesis can throw anything at it quickly.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from desktop_app.web.port import VOTE_KINDS, DeviceVote, VoteKind, VotingError

DEVICE_ID = re.compile(r"[A-Za-z0-9_-]{16,64}")
# Statement and role-group ids the port hands out (e.g. "A1", "personalrat").
ITEM_ID = re.compile(r"[A-Za-z0-9_.:-]{1,64}")


class ApiError(Exception):
    """A request refused with ``status`` and ``{"error": code}``.

    ``retry_after`` (seconds) goes with 429, so a phone knows when to try again.
    """

    def __init__(self, status: int, code: str, *, retry_after: float | None = None) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.retry_after = retry_after


# HTTP status for each port error: state conflicts are 409, wrong content 422.
PORT_ERROR_STATUS: dict[str, int] = {
    "round_closed": 409,
    "not_joined": 409,
    "no_round": 409,
    "unknown_statement": 422,
    "unknown_role_group": 422,
    "bad_vote": 422,
}


def from_voting_error(error: VotingError) -> ApiError:
    return ApiError(PORT_ERROR_STATUS[error.code], error.code)


def bad_request() -> ApiError:
    return ApiError(400, "bad_request")


# --------------------------------------------------------------------------- JSON


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def parse_object(body: bytes) -> dict[str, Any]:
    """A JSON object from UTF-8 bytes; NaN, duplicate keys and deep nesting are refused."""
    try:
        value = json.loads(
            body.decode("utf-8"),
            parse_constant=_no_constants,
            object_pairs_hook=_no_duplicates,
        )
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise bad_request() from None
    if not isinstance(value, dict):
        raise bad_request()
    return value


def _fields(data: Mapping[str, Any], required: set[str], optional: frozenset[str] = frozenset()
            ) -> None:
    keys = set(data)
    if not required <= keys or keys - required - optional:
        raise bad_request()


def device_id(value: object) -> str:
    if not isinstance(value, str) or not DEVICE_ID.fullmatch(value):
        raise ApiError(400, "bad_device")
    return value


def item_id(value: object) -> str:
    if not isinstance(value, str) or not ITEM_ID.fullmatch(value):
        raise bad_request()
    return value


# --------------------------------------------------------------------------- requests


@dataclass(frozen=True, slots=True)
class JoinRequest:
    device: str
    role_group: str


@dataclass(frozen=True, slots=True)
class VoteRequest:
    device: str
    vote: DeviceVote


@dataclass(frozen=True, slots=True)
class RetractRequest:
    device: str
    statement: str


def join_request(data: Mapping[str, Any]) -> JoinRequest:
    _fields(data, {"device", "role_group"})
    return JoinRequest(device_id(data["device"]), item_id(data["role_group"]))


def vote_request(data: Mapping[str, Any]) -> VoteRequest:
    _fields(data, {"device", "statement", "kind"}, frozenset({"level"}))
    device = device_id(data["device"])
    statement = item_id(data["statement"])
    kind = data["kind"]
    level = data.get("level")
    if not isinstance(kind, str) or kind not in VOTE_KINDS:
        raise bad_request()
    if level is not None and (isinstance(level, bool) or not isinstance(level, int)):
        raise bad_request()
    try:
        vote = DeviceVote(statement, cast(VoteKind, kind), level)
    except VotingError as error:  # a level out of range, or a level with "unknown"
        raise from_voting_error(error) from None
    return VoteRequest(device, vote)


def retract_request(data: Mapping[str, Any]) -> RetractRequest:
    _fields(data, {"device", "statement"})
    return RetractRequest(device_id(data["device"]), item_id(data["statement"]))


def device_request(data: Mapping[str, Any]) -> str:
    _fields(data, {"device"})
    return device_id(data["device"])


def device_query(items: list[tuple[str, str]]) -> str:
    """The one ``device`` parameter of a query string; anything else is refused."""
    if len(items) != 1 or items[0][0] != "device":
        raise bad_request()
    return device_id(items[0][1])
