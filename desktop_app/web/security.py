"""The rules that keep the phone page private to the room: token, hosts, limits, headers.

Pure Python (no Starlette), so each rule is testable on its own and the app only wires them.
"""

from __future__ import annotations

import hmac
import math
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

# Lower-case letters and digits without look-alikes (0/o, 1/l/i): a participant types the
# token from the projector. 31 symbols ** 8 ≈ 8.5e11 tokens; at the rate limit below a guesser
# needs thousands of years.
TOKEN_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
TOKEN_GROUPS = 2
TOKEN_GROUP_LENGTH = 4


def new_token() -> str:
    """A fresh session token like ``k7mp-x2qd`` (from :mod:`secrets`)."""
    groups = (
        "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_GROUP_LENGTH))
        for _ in range(TOKEN_GROUPS)
    )
    return "-".join(groups)


def token_matches(candidate: str, token: str) -> bool:
    """Constant-time comparison, so response times do not reveal a token's prefix."""
    return hmac.compare_digest(
        candidate.encode("utf-8", "replace"), token.encode("utf-8", "replace")
    )


# --------------------------------------------------------------------------- Host header


def host_name(host_header: str) -> str | None:
    """The host part of a ``Host`` header, lower-cased, without the port; None if malformed.

    ``[::1]:8765`` → ``::1``; ``Example.org:80`` → ``example.org``.
    """
    value = host_header.strip().lower()
    if not value:
        return None
    if value.startswith("["):
        end = value.find("]")
        if end < 0:
            return None
        rest = value[end + 1 :]
        if rest and not (rest.startswith(":") and _digits(rest[1:])):
            return None
        return value[1:end]
    name, sep, port = value.partition(":")
    if sep and not _digits(port):
        return None
    return name or None


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit()  # str.isdigit() alone accepts "²"


def normalise_hosts(hosts: Iterable[str]) -> frozenset[str]:
    """Allowed host names as :func:`host_name` returns them (brackets and case dropped)."""
    return frozenset(h.strip().lower().strip("[]") for h in hosts if h.strip())


# --------------------------------------------------------------------------- rate limits


@dataclass(frozen=True, slots=True)
class Rate:
    """A token bucket: ``burst`` requests at once, refilled at ``per_second``."""

    per_second: float
    burst: int


@dataclass(frozen=True, slots=True)
class Limits:
    """Everything the web layer caps, in one place (documented in docs/VOTING_API.md)."""

    # Fast tapping through a round is ~2 requests per second; a page load is 4 requests.
    per_device: Rate = Rate(per_second=10.0, burst=30)
    per_address: Rate = Rate(per_second=10.0, burst=30)
    max_body_bytes: int = 2048


class RateLimiter:
    """Token buckets by key; the least recently used keys are dropped beyond ``max_keys``.

    Dropping a key hands it a full bucket later, which is harmless: device ids are capped per
    address, and the address buckets of one room are few. Called from the event loop only.
    """

    def __init__(
        self, rate: Rate, clock: Callable[[], float] = time.monotonic, max_keys: int = 4096
    ) -> None:
        self._rate = rate
        self._clock = clock
        self._max_keys = max_keys
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # tokens, time

    def acquire(self, key: str) -> float:
        """Take one request from ``key``'s bucket: 0 if allowed, else seconds to wait."""
        now = self._clock()
        tokens, last = self._buckets.pop(key, (float(self._rate.burst), now))
        tokens = min(float(self._rate.burst), tokens + (now - last) * self._rate.per_second)
        wait = 0.0
        if tokens >= 1.0:
            tokens -= 1.0
        else:
            wait = (1.0 - tokens) / self._rate.per_second
        self._buckets[key] = (tokens, now)
        while len(self._buckets) > self._max_keys:
            self._buckets.popitem(last=False)
        return wait


def retry_after(wait_seconds: float) -> str:
    """The ``Retry-After`` header value: whole seconds, at least 1."""
    return str(max(1, math.ceil(wait_seconds)))


# --------------------------------------------------------------------------- headers

# No inline script or style anywhere: the page's JS and CSS are files served by the app.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; font-src 'none'; object-src 'none'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = tuple(
    (name.encode("latin-1"), value.encode("latin-1"))
    for name, value in (
        ("content-security-policy", CONTENT_SECURITY_POLICY),
        ("x-content-type-options", "nosniff"),
        # The token is in every URL: no Referer may carry it to another site.
        ("referrer-policy", "no-referrer"),
        ("x-frame-options", "DENY"),
        ("cross-origin-opener-policy", "same-origin"),
        ("cross-origin-resource-policy", "same-origin"),
        ("permissions-policy", "camera=(), microphone=(), geolocation=()"),
    )
)
