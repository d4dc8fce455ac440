"""The server's life cycle, its token and address, and the QR code of that address."""

from __future__ import annotations

import io
import logging
import re
import socket
import sys
import time
import xml.etree.ElementTree as ET

import httpx
import pytest
import segno
from PIL import Image

from desktop_app.web.fake import InMemoryVoting
from desktop_app.web.qr import qr_png, qr_svg
from desktop_app.web.security import TOKEN_ALPHABET, new_token
from desktop_app.web.server import VotingServer, participant_url


@pytest.fixture
def voting() -> InMemoryVoting:
    from desktop_app.web.port import Localized

    v = InMemoryVoting([], [], [Localized(str(i), str(i)) for i in range(5)], "Test")
    v.open_round()
    return v


def refused(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            return False
    except ConnectionRefusedError:
        return True


def test_tokens_are_short_typeable_and_random() -> None:
    tokens = {new_token() for _ in range(500)}
    assert len(tokens) == 500
    for token in tokens:
        assert re.fullmatch(r"[a-z2-9]{4}-[a-z2-9]{4}", token)
        assert not set(token) & set("01ilo")
    assert set(TOKEN_ALPHABET) == set("abcdefghjkmnpqrstuvwxyz23456789")
    used = set("".join(tokens).replace("-", ""))
    assert used == set(TOKEN_ALPHABET)  # 4000 draws reach every symbol


@pytest.mark.parametrize(
    ("host", "expected"),
    [("192.168.1.20", "http://192.168.1.20:8765/k7mp-x2qd/"),
     ("fe80::1", "http://[fe80::1]:8765/k7mp-x2qd/"),
     ("laptop.local", "http://laptop.local:8765/k7mp-x2qd/")],
)
def test_participant_url(host: str, expected: str) -> None:
    assert participant_url(host, 8765, "k7mp-x2qd") == expected


def test_port_zero_gets_a_real_port_and_serves(voting: InMemoryVoting) -> None:
    server = VotingServer(voting)
    url = server.start("127.0.0.1")
    try:
        assert server.running
        assert server.bound_port > 0
        assert url == server.url == f"http://127.0.0.1:{server.bound_port}/{server.token}/"
        assert httpx.get(url + "api/ballot").json()["title"] == "Test"
    finally:
        server.stop()


def test_stop_frees_the_port_promptly_and_is_idempotent(voting: InMemoryVoting) -> None:
    server = VotingServer(voting)
    server.stop()  # before start: nothing to do
    server.start("127.0.0.1")
    port = server.bound_port
    with httpx.Client() as client:  # a phone keeping its connection open
        assert client.get(server.url).status_code == 200
        begun = time.monotonic()
        server.stop()
        assert time.monotonic() - begun < 3.0
    assert not server.running
    assert refused(port)
    server.stop()
    with pytest.raises(RuntimeError):
        _ = server.url
    again = VotingServer(voting)
    again.start("127.0.0.1", port)  # the same port is free again
    try:
        assert again.bound_port == port
    finally:
        again.stop()


def test_it_can_be_restarted(voting: InMemoryVoting) -> None:
    server = VotingServer(voting, "abcd-efgh")
    for _ in range(2):
        url = server.start("127.0.0.1")
        assert httpx.get(url).status_code == 200
        server.stop()


def test_starting_twice_is_refused(voting: InMemoryVoting) -> None:
    server = VotingServer(voting)
    server.start("127.0.0.1")
    try:
        with pytest.raises(RuntimeError, match="already running"):
            server.start("127.0.0.1")
    finally:
        server.stop()


def test_a_busy_port_is_an_oserror(voting: InMemoryVoting) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        server = VotingServer(voting)
        with pytest.raises(OSError):
            server.start("127.0.0.1", busy.getsockname()[1])
        assert not server.running


def test_every_interface_needs_the_address_phones_use(voting: InMemoryVoting) -> None:
    with pytest.raises(ValueError, match="advertised_host"):
        VotingServer(voting).start("0.0.0.0")


def test_only_the_advertised_and_own_names_are_accepted(voting: InMemoryVoting) -> None:
    server = VotingServer(voting)
    url = server.start("127.0.0.1", advertised_host="localhost", extra_hosts=["laptop.local"])
    try:
        assert url.startswith(f"http://localhost:{server.bound_port}/")
        path = f"http://127.0.0.1:{server.bound_port}/{server.token}/api/ballot"
        for host, status in (("laptop.local", 200), ("localhost", 200), ("127.0.0.1", 200),
                             ("other.local", 400)):
            assert httpx.get(path, headers={"host": host}).status_code == status, host
    finally:
        server.stop()


def test_small_responses_are_not_held_back_by_nagle(voting: InMemoryVoting) -> None:
    # Without TCP_NODELAY each small response waits for a delayed ACK (~40 ms): 25 requests
    # would take over a second instead of a few hundredths.
    server = VotingServer(voting)
    server.start("127.0.0.1")
    try:
        with httpx.Client() as client:
            client.get(server.url)
            begun = time.monotonic()
            for _ in range(25):
                assert client.get(server.url + "static/icon.svg").status_code == 200
            assert time.monotonic() - begun < 0.75
    finally:
        server.stop()


def test_runs_without_stdout_and_stderr(
    voting: InMemoryVoting, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A windowed (console-less) Windows build has sys.stdout = sys.stderr = None.
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    server = VotingServer(voting)
    url = server.start("127.0.0.1")
    try:
        assert httpx.get(url).status_code == 200
        with socket.create_connection(("127.0.0.1", server.bound_port), timeout=5) as sock:
            sock.sendall(b"NONSENSE\x00\r\n\r\n")  # uvicorn logs a warning about it
            assert sock.recv(100).startswith(b"HTTP/1.1 400")
    finally:
        server.stop()
    assert not server.running
    assert logging.getLogger("uvicorn").handlers == []
    assert logging.getLogger("uvicorn.error").handlers == []


# --------------------------------------------------------------------------- QR code

URL = "http://192.168.100.200:65535/k7mp-x2qd/"


def test_qr_png_is_a_scannable_black_on_white_code() -> None:
    scale = 10
    image = Image.open(io.BytesIO(qr_png(URL, scale=scale))).convert("L")
    code = segno.make_qr(URL, error="m")
    modules = len(code.matrix) + 2 * 4  # quiet zone of four modules on each side
    assert image.size == (modules * scale, modules * scale)
    assert image.getpixel((scale // 2, scale // 2)) == 255  # quiet zone: white
    corner = 4 * scale + scale // 2  # first module of the top-left finder pattern
    assert image.getpixel((corner, corner)) == 0
    # Coarse enough to scan from the back of a room: version 3 (29 × 29 modules).
    assert code.version <= 3


def test_qr_svg_is_standalone_svg() -> None:
    svg = qr_svg(URL)
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert not svg.startswith(b"<?xml")  # embeddable in a page or a Qt widget as is
    assert any(True for _ in root.iter("{http://www.w3.org/2000/svg}path"))
