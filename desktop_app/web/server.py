"""Runs the phone page with uvicorn in a background thread, for the GUI and the command line.

Plain uvicorn (pure-Python h11, asyncio; no uvloop or httptools) keeps the bundle lean and
behaves the same on Windows and Linux. Logging stays with the application: ``log_config=None``
(uvicorn's default config writes to ``sys.stderr``, which is None in a windowed build) and no
access log (every URL carries the session token).
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterable

import uvicorn

from desktop_app.web.app import create_app
from desktop_app.web.port import VotingPort
from desktop_app.web.security import Limits, new_token

WILDCARD_HOSTS = frozenset({"", "0.0.0.0", "::"})
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
START_TIMEOUT = 10.0
STOP_TIMEOUT = 5.0
UVICORN_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access", "uvicorn.asgi")
# uvicorn imports the classes behind these names from strings at run time; the bundle lists
# them as hidden imports (packaging/wk_bundle.py, checked by tests/test_bundle_spec.py).
UVICORN_CHOICES = {"loop": "asyncio", "http": "h11", "ws": "none", "lifespan": "off"}


def participant_url(host: str, port: int, token: str) -> str:
    """``http://192.168.1.20:8765/k7mp-x2qd/`` (IPv6 addresses in brackets)."""
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/{token}/"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _RedactToken(logging.Filter):
    """Replaces the token in anything uvicorn logs (its messages name paths only rarely)."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.token in message:
            record.msg = message.replace(self.token, "[token]")
            record.args = None
        return True


def _quiet_uvicorn(redact: _RedactToken, on: bool) -> None:
    # uvicorn (0.3x+) writes its access log whenever "uvicorn.access" has a handler anywhere up
    # the tree, whatever access_log says; a test runner or an app-wide logging set-up may add
    # one. Every line of it carries the token, so the logger is switched off outright.
    logging.getLogger("uvicorn.access").disabled = True
    for name in UVICORN_LOGGERS:
        logger = logging.getLogger(name)
        if on:
            logger.addFilter(redact)
        else:
            logger.removeFilter(redact)


class _Uvicorn(uvicorn.Server):
    """Tells the starting thread when it is serving."""

    def __init__(self, config: uvicorn.Config, ready: threading.Event) -> None:
        super().__init__(config)
        self._ready = ready

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        self._ready.set()


class VotingServer:
    """One phone-page server for one session token. ``start`` → ``url`` → ``stop``."""

    def __init__(
        self,
        port: VotingPort,
        token: str | None = None,
        *,
        limits: Limits | None = None,
        poll_seconds: float = 4.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.voting = port
        self.token = token or new_token()
        self._limits = limits
        self._poll_seconds = poll_seconds
        self._clock = clock
        self._socket: socket.socket | None = None
        self._server: _Uvicorn | None = None
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None
        self._url: str | None = None
        self._lock = threading.Lock()
        self._redact = _RedactToken(self.token)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def url(self) -> str:
        """The participants' address (for the projector and the QR code)."""
        if self._url is None:
            raise RuntimeError("the server is not running")
        return self._url

    @property
    def bound_port(self) -> int:
        if self._socket is None:
            raise RuntimeError("the server is not running")
        return int(self._socket.getsockname()[1])

    def start(
        self,
        host: str,
        port: int = 0,
        *,
        advertised_host: str | None = None,
        extra_hosts: Iterable[str] = (),
    ) -> str:
        """Bind ``host:port`` (0: any free port), serve, and return the participants' URL.

        ``advertised_host`` is the address phones use (needed when ``host`` is a wildcard such
        as ``0.0.0.0``); only it, ``host``, ``extra_hosts`` and — for loopback or wildcard
        binds — the loopback names are accepted in the Host header. Raises OSError when the
        port cannot be bound.
        """
        with self._lock:
            if self._thread is not None:
                raise RuntimeError("the server is already running")
            shown = advertised_host or host
            if shown in WILDCARD_HOSTS:
                raise ValueError("binding every interface needs the advertised_host phones use")
            allowed = {shown, *extra_hosts}
            if host not in WILDCARD_HOSTS:
                allowed.add(host)
            if host in WILDCARD_HOSTS or _is_loopback(host):
                allowed.update(LOOPBACK_NAMES)
            sock = _listen(host, port)
            app = create_app(
                self.voting, self.token, sorted(allowed), limits=self._limits,
                clock=self._clock, poll_seconds=self._poll_seconds,
            )
            config = uvicorn.Config(
                app,
                **UVICORN_CHOICES,  # type: ignore[arg-type]  # literal values of its options
                interface="asgi3",
                log_config=None,
                access_log=False,
                server_header=False,
                proxy_headers=False,  # the client address is the rate-limit key: never forged
                limit_concurrency=64,  # a room of phones; more is an attack
                timeout_keep_alive=5,
                timeout_graceful_shutdown=2,
            )
            _quiet_uvicorn(self._redact, on=True)
            ready = threading.Event()
            self._server = _Uvicorn(config, ready)
            self._socket = sock
            self._failure = None
            self._thread = threading.Thread(
                target=self._serve, args=(ready,), name="voting-server", daemon=True
            )
            self._thread.start()
            if not ready.wait(START_TIMEOUT) or self._failure is not None or not self.running:
                failure = self._failure
                self._shutdown()
                raise RuntimeError("the phone page server did not start") from failure
            self._url = participant_url(shown, self.bound_port, self.token)
            return self._url

    def stop(self) -> None:
        """Stop serving and free the port; safe to call at any time, any number of times."""
        with self._lock:
            self._shutdown()

    def _serve(self, ready: threading.Event) -> None:
        assert self._server is not None and self._socket is not None
        try:
            self._server.run(sockets=[self._socket])
        except BaseException as error:  # uvicorn ends a failed start with SystemExit
            self._failure = error
        finally:
            ready.set()

    def _shutdown(self) -> None:
        server, thread, sock = self._server, self._thread, self._socket
        if server is not None:
            server.should_exit = True
        if thread is not None:
            thread.join(STOP_TIMEOUT)
            if thread.is_alive() and server is not None:
                server.force_exit = True
                thread.join(STOP_TIMEOUT)
        if sock is not None:
            sock.close()
        _quiet_uvicorn(self._redact, on=False)
        self._server = self._thread = self._socket = None
        self._url = None


def _listen(host: str, port: int) -> socket.socket:
    """A listening socket bound here, so port 0 works and the real port is known at once."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio turns Nagle off (TCP_NODELAY) only on sockets that name
    # their protocol; without it every small response waits 40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        if sys.platform == "win32":
            # Windows' SO_REUSEADDR would let another program take over the port.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)  # type: ignore[attr-defined]
        else:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6 and host == "::":
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        sock.bind((host, port))
        sock.listen(64)
    except OSError:
        sock.close()
        raise
    return sock
