"""The phone page as a Starlette app: the page, its files and a small JSON API.

Everything lives under ``/{token}/``. One ASGI guard in front of the routes applies the
room's rules in order — address rate limit, Host header, token, body size, origin — and adds
the security headers to every response; the routes never see the token (the guard strips it
from the path), so no error message or log line can carry it. See docs/VOTING_API.md.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from functools import partial
from importlib import resources
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from starlette.applications import Starlette
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desktop_app.web import validation as v
from desktop_app.web import wire
from desktop_app.web.port import Ballot, VotingError, VotingPort
from desktop_app.web.security import (
    SECURITY_HEADERS,
    Limits,
    RateLimiter,
    host_name,
    normalise_hosts,
    retry_after,
    token_matches,
)

log = logging.getLogger(__name__)

T = TypeVar("T")
JSON = "application/json"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# The page's files, served from memory (read once when the app is made).
STATIC_TYPES = {
    "app.css": "text/css; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "icon.svg": "image/svg+xml",
}
POLL_PLACEHOLDER = b"__POLL_MS__"


def create_app(
    port: VotingPort,
    token: str,
    allowed_hosts: Iterable[str],
    *,
    limits: Limits | None = None,
    clock: Callable[[], float] = time.monotonic,
    poll_seconds: float = 4.0,
) -> Starlette:
    """The app for one session: ``token`` is the first path segment of every URL."""
    if not token or "/" in token:
        raise ValueError("the token must be a non-empty path segment")
    limits = limits or Limits()
    api = _Api(port, limits, clock)
    files = _Files(poll_seconds)
    routes = [
        Route("/", files.page, methods=["GET"]),
        Route("/static/{name}", files.asset, methods=["GET"]),
        Route("/api/ballot", _endpoint(api.ballot), methods=["GET"]),
        Route("/api/join", _endpoint(api.join), methods=["POST"]),
        Route("/api/votes", _endpoint(api.votes), methods=["GET"]),
        Route("/api/vote", _endpoint(api.cast), methods=["PUT"]),
        Route("/api/vote", _endpoint(api.retract), methods=["DELETE"]),
        Route("/api/seen", _endpoint(api.seen), methods=["POST"]),
    ]
    guard = Middleware(
        _Guard,
        token=token,
        hosts=normalise_hosts(allowed_hosts),
        limits=limits,
        addresses=RateLimiter(limits.per_address, clock),
    )
    return Starlette(
        routes=routes,
        middleware=[guard],
        exception_handlers={HTTPException: _http_exception},
    )


# --------------------------------------------------------------------------- responses


def json_error(status: int, code: str, headers: dict[str, str] | None = None) -> Response:
    return Response(wire.dumps({"error": code}), status, headers=headers, media_type=JSON)


def not_found() -> Response:
    """The one 404 for everything: a wrong token and a wrong path look the same."""
    return Response(b"Not Found", 404, media_type="text/plain")


async def _http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 405:
        return json_error(405, "method_not_allowed", dict(exc.headers or {}))
    return not_found()


def _endpoint(
    handler: Callable[[Request], Awaitable[Response]],
) -> Callable[[Request], Awaitable[Response]]:
    async def run(request: Request) -> Response:
        try:
            return await handler(request)
        except v.ApiError as error:
            headers = None
            if error.retry_after is not None:
                headers = {"retry-after": retry_after(error.retry_after)}
            return json_error(error.status, error.code, headers)
        except Exception:
            # A bug in the port or here; the path has no token (the guard removed it).
            log.exception("voting API failed: %s %s", request.method, request.scope["path"])
            return json_error(500, "internal")

    return run


# --------------------------------------------------------------------------- the guard


class _Guard:
    """Applies the room's rules before any route runs; adds security headers to all."""

    def __init__(
        self, app: ASGIApp, *, token: str, hosts: frozenset[str], limits: Limits,
        addresses: RateLimiter,
    ) -> None:
        self.app = app
        self.token = token
        self.hosts = hosts
        self.limits = limits
        self.addresses = addresses

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # no websockets; lifespan is off in the server
            await self.app(scope, receive, send)
            return
        started = False

        async def send_secured(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS:
                    headers.append(name.decode("latin-1"), value.decode("latin-1"))
                if "cache-control" not in headers:
                    headers["cache-control"] = "no-store"
            await send(message)

        refusal, inner = self._check(scope)
        if refusal is not None:
            await refusal(scope, receive, send_secured)
            return
        try:
            await self.app(inner, receive, send_secured)
        except Exception:
            log.exception("phone page failed: %s %s", scope["method"], inner["path"])
            if not started:
                await json_error(500, "internal")(inner, receive, send_secured)

    def _check(self, scope: Scope) -> tuple[Response | None, Scope]:
        client = scope.get("client")
        wait = self.addresses.acquire(client[0] if client else "")
        if wait:
            return json_error(429, "rate_limited", {"retry-after": retry_after(wait)}), scope
        headers = Headers(scope=scope)
        host = host_name(headers.get("host", ""))
        if host is None or host not in self.hosts:  # DNS rebinding: a foreign name
            return json_error(400, "bad_host"), scope
        segment, slash, rest = scope["path"][1:].partition("/")
        if not token_matches(segment, self.token):
            return not_found(), scope
        method = scope["method"]
        if not slash:  # "/k7mp-x2qd" typed without the final slash
            if method in ("GET", "HEAD"):
                return Response(status_code=308, headers={"location": f"/{self.token}/"}), scope
            return not_found(), scope
        length = headers.get("content-length")
        if length is not None:
            if not (length.isascii() and length.isdigit()):  # "²".isdigit() is True
                return json_error(400, "bad_request"), scope
            if int(length) > self.limits.max_body_bytes:  # refused before reading a byte
                return json_error(413, "too_large"), scope
        if method not in SAFE_METHODS and not _same_origin(headers):
            return json_error(403, "cross_origin"), scope
        inner = dict(scope)
        inner["path"] = "/" + rest
        inner["raw_path"] = inner["path"].encode("utf-8")
        return None, inner


def _same_origin(headers: Headers) -> bool:
    """Writes only from the page itself: browsers send Origin/Sec-Fetch-Site on fetches."""
    site = headers.get("sec-fetch-site")
    if site is not None and site not in ("same-origin", "none"):
        return False
    origin = headers.get("origin")
    if origin is None:  # not a browser fetch from another page (curl, tests)
        return True
    return origin.lower() == "http://" + headers.get("host", "").lower()


# --------------------------------------------------------------------------- page files


class _Files:
    def __init__(self, poll_seconds: float) -> None:
        folder = resources.files("desktop_app.web").joinpath("static")
        page = folder.joinpath("index.html").read_bytes()
        poll_ms = str(max(250, round(poll_seconds * 1000))).encode("ascii")
        self._page = _Cached(
            page.replace(POLL_PLACEHOLDER, poll_ms), "text/html; charset=utf-8", "no-cache"
        )
        self._assets = {
            name: _Cached(folder.joinpath(name).read_bytes(), media_type, "no-cache")
            for name, media_type in STATIC_TYPES.items()
        }

    async def page(self, request: Request) -> Response:
        return self._page.response(request)

    async def asset(self, request: Request) -> Response:
        cached = self._assets.get(request.path_params["name"])
        return cached.response(request) if cached else not_found()


class _Cached:
    """A body in memory, plain and gzipped, with ETags: a repeated request costs a 304.

    Compressed once, here, rather than per response: the ballot of a full guideline is about
    100 KB of JSON and a fifth of that gzipped, which matters on a crowded room Wi-Fi.
    """

    def __init__(self, body: bytes, media_type: str, cache_control: str) -> None:
        self.body = body
        self.zipped = wire.gzipped(body)
        self.media_type = media_type
        self.cache_control = cache_control
        self.etag = wire.etag(body)
        self.zipped_etag = self.etag[:-1] + '-gz"'

    def response(self, request: Request) -> Response:
        zipped = wire.accepts_gzip(request.headers.get("accept-encoding", ""))
        tag = self.zipped_etag if zipped else self.etag
        headers = {"etag": tag, "cache-control": self.cache_control, "vary": "accept-encoding"}
        if request.headers.get("if-none-match") in (self.etag, self.zipped_etag):
            return Response(status_code=304, headers=headers)
        if zipped:
            headers["content-encoding"] = "gzip"
            return Response(self.zipped, headers=headers, media_type=self.media_type)
        return Response(self.body, headers=headers, media_type=self.media_type)


# --------------------------------------------------------------------------- the API


class _Api:
    def __init__(self, port: VotingPort, limits: Limits, clock: Callable[[], float]) -> None:
        self.port = port
        self.max_body = limits.max_body_bytes
        self.devices = RateLimiter(limits.per_device, clock)
        self._one_at_a_time: anyio.CapacityLimiter | None = None
        self._encoded: tuple[Ballot, _Cached] | None = None

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run a port method off the event loop, one call at a time, in arrival order."""
        if self._one_at_a_time is None:  # made inside the running loop
            self._one_at_a_time = anyio.CapacityLimiter(1)
        try:
            return await anyio.to_thread.run_sync(
                partial(fn, *args), limiter=self._one_at_a_time
            )
        except VotingError as error:
            raise v.from_voting_error(error) from None

    def _device(self, device_id: str) -> str:
        wait = self.devices.acquire(device_id)
        if wait:
            raise v.ApiError(429, "rate_limited", retry_after=wait)
        return device_id

    async def _json(self, request: Request) -> dict[str, Any]:
        content_type = request.headers.get("content-type", "")
        if content_type.split(";", 1)[0].strip().lower() != JSON:
            raise v.ApiError(415, "unsupported_media_type")
        body = bytearray()
        async for chunk in request.stream():  # chunked bodies have no length up front
            body += chunk
            if len(body) > self.max_body:
                raise v.ApiError(413, "too_large")
        return v.parse_object(bytes(body))

    async def ballot(self, request: Request) -> Response:
        ballot = await self._call(self.port.ballot)
        if self._encoded is None or self._encoded[0] is not ballot:
            body = wire.dumps(wire.ballot_dict(ballot))
            self._encoded = (ballot, _Cached(body, JSON, "no-store"))
        return self._encoded[1].response(request)

    async def join(self, request: Request) -> Response:
        req = v.join_request(await self._json(request))
        await self._call(self.port.join, self._device(req.device), req.role_group)
        return Response(status_code=204)

    async def votes(self, request: Request) -> Response:
        device = self._device(v.device_query(request.query_params.multi_items()))
        votes = await self._call(self.port.votes_of, device)
        return Response(wire.dumps(wire.votes_dict(votes)), media_type=JSON)

    async def cast(self, request: Request) -> Response:
        req = v.vote_request(await self._json(request))
        await self._call(self.port.cast, self._device(req.device), req.vote)
        return Response(status_code=204)

    async def retract(self, request: Request) -> Response:
        req = v.retract_request(await self._json(request))
        await self._call(self.port.retract, self._device(req.device), req.statement)
        return Response(status_code=204)

    async def seen(self, request: Request) -> Response:
        device = v.device_request(await self._json(request))
        await self._call(self.port.seen, self._device(device))
        return Response(status_code=204)
