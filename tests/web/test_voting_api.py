"""The JSON API and every rule that keeps it private, over real HTTP to the real server."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import httpx
import pytest

from desktop_app.domain.model import Guideline
from desktop_app.web.port import Ballot, DeviceVote, VotingError
from desktop_app.web.security import CONTENT_SECURITY_POLICY, Limits, Rate, host_name
from desktop_app.web.server import VotingServer
from tests.web.conftest import (
    DEVICE,
    OTHER_DEVICE,
    TOKEN,
    Running,
    assert_token_not_logged,
    make_voting,
    running_with,
)

SECURITY_HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}


def joined(running: Running, device: str = DEVICE, group: str = "it") -> None:
    r = running.client.post(running.api("join"), json={"device": device, "role_group": group})
    assert r.status_code == 204, r.text


def vote(running: Running, statement: str, kind: str = "rated", level: int | None = 2,
         device: str = DEVICE) -> httpx.Response:
    body = {"device": device, "statement": statement, "kind": kind, "level": level}
    return running.client.put(running.api("vote"), json=body)


def first_ids(running: Running, n: int = 3) -> list[str]:
    return [s.id for s in running.voting.ballot().statements[:n]]


def assert_error(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"error": code}


def raw_exchange(running: Running, request: bytes, *, more: bytes = b"") -> bytes:
    """Send bytes on a plain socket and read until the server closes or the reply is whole."""
    with socket.create_connection(("127.0.0.1", running.server.bound_port), timeout=10) as sock:
        sock.sendall(request)
        if more:
            sock.sendall(more)
        data = b""
        while not _whole(data):
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
        return data


def _whole(reply: bytes) -> bool:
    head, sep, body = reply.partition(b"\r\n\r\n")
    if not sep:
        return False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(body) >= int(value)
    return True


# --------------------------------------------------------------------------- behaviour


def test_ballot_lists_the_round_in_both_languages_without_results(running: Running) -> None:
    cast = vote  # a vote exists, and must not show up in the ballot
    joined(running)
    assert cast(running, first_ids(running)[0]).status_code == 204
    r = running.client.get(running.api("ballot"))
    assert r.status_code == 200
    data = r.json()
    assert set(data) == {"round", "open", "title", "role_groups", "scale", "statements"}
    assert data["round"] == 1 and data["open"] is True
    assert data["scale"][0] == {"de": "nicht vorhanden", "en": "not in place"}
    first = data["statements"][0]
    assert set(first) == {"id", "dimension", "text", "help", "levels"}
    assert len(first["levels"]) == 5 and set(first["levels"][4]) == {"de", "en"}
    assert [g["id"] for g in data["role_groups"]][:2] == ["leitung", "fachbereich"]
    assert len(data["statements"]) == len(running.voting.ballot().statements)
    assert all_keys(data) == {"round", "open", "title", "role_groups", "scale", "statements",
                              "id", "label", "de", "en", "dimension", "text", "help", "levels"}


def all_keys(value: object) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in all_keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in all_keys(v)}
    return set()


def test_ballot_answers_304_while_nothing_changed_and_200_after(running: Running) -> None:
    first = running.client.get(running.api("ballot"))
    tag = first.headers["etag"]
    assert first.headers["cache-control"] == "no-store"
    again = running.client.get(running.api("ballot"), headers={"if-none-match": tag})
    assert again.status_code == 304 and again.content == b""
    running.voting.close_round()
    after = running.client.get(running.api("ballot"), headers={"if-none-match": tag})
    assert after.status_code == 200 and after.json()["open"] is False


def test_ballot_is_gzipped_only_for_clients_that_ask(running: Running) -> None:
    plain = running.client.get(running.api("ballot"), headers={"accept-encoding": "identity"})
    zipped = running.client.get(running.api("ballot"), headers={"accept-encoding": "gzip"})
    assert "content-encoding" not in plain.headers
    assert zipped.headers["content-encoding"] == "gzip"
    assert int(zipped.headers["content-length"]) < len(plain.content) / 3
    assert zipped.json() == plain.json()  # httpx decodes the gzip


def test_join_vote_change_retract_and_read_back(running: Running) -> None:
    a, b, c = first_ids(running)
    joined(running, group="personalrat")
    assert vote(running, a, level=1).status_code == 204
    assert vote(running, a, level=4).status_code == 204  # overwrites
    assert vote(running, b, kind="unknown", level=None).status_code == 204
    body = {"device": DEVICE, "statement": c, "kind": "not_relevant"}  # level may be left out
    assert running.client.put(running.api("vote"), json=body).status_code == 204
    r = running.client.request("DELETE", running.api("vote"),
                               json={"device": DEVICE, "statement": c})
    assert r.status_code == 204
    r = running.client.get(running.api("votes"), params={"device": DEVICE})
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    assert r.json() == {"votes": [
        {"statement": a, "kind": "rated", "level": 4},
        {"statement": b, "kind": "unknown", "level": None},
    ]}
    assert running.voting.votes() == {DEVICE: {
        a: DeviceVote(a, "rated", 4), b: DeviceVote(b, "unknown"),
    }}
    assert running.voting.role_group_of(DEVICE) == "personalrat"


def test_devices_are_kept_apart(running: Running) -> None:
    a = first_ids(running)[0]
    joined(running)
    joined(running, OTHER_DEVICE, "leitung")
    assert vote(running, a, level=0).status_code == 204
    assert vote(running, a, level=3, device=OTHER_DEVICE).status_code == 204
    votes = running.voting.votes()
    assert votes[DEVICE][a].level == 0 and votes[OTHER_DEVICE][a].level == 3


def test_heartbeat_counts_the_device(running: Running) -> None:
    joined(running)
    assert running.voting.devices_seen(30) == 0
    r = running.client.post(running.api("seen"), json={"device": DEVICE})
    assert r.status_code == 204
    assert running.voting.devices_seen(30) == 1


@pytest.mark.parametrize(
    ("setup", "request_", "status", "code"),
    [
        ("fresh", ("PUT", "vote", {"statement": "A1", "kind": "rated", "level": 1}), 409,
         "not_joined"),
        ("fresh", ("GET", "votes", None), 409, "not_joined"),
        ("fresh", ("POST", "seen", {}), 409, "not_joined"),
        ("fresh", ("POST", "join", {"role_group": "buergermeister"}), 422,
         "unknown_role_group"),
        ("joined", ("PUT", "vote", {"statement": "Z99", "kind": "rated", "level": 1}), 422,
         "unknown_statement"),
        ("joined", ("DELETE", "vote", {"statement": "Z99"}), 422, "unknown_statement"),
        ("joined", ("PUT", "vote", {"statement": "A1", "kind": "rated", "level": 5}), 422,
         "bad_vote"),
        ("joined", ("PUT", "vote", {"statement": "A1", "kind": "rated", "level": -1}), 422,
         "bad_vote"),
        ("joined", ("PUT", "vote", {"statement": "A1", "kind": "rated"}), 422, "bad_vote"),
        ("joined", ("PUT", "vote", {"statement": "A1", "kind": "unknown", "level": 2}), 422,
         "bad_vote"),
        ("voted", ("POST", "join", {"role_group": "leitung"}), 422, "bad_vote"),
        ("closed", ("PUT", "vote", {"statement": "A1", "kind": "rated", "level": 1}), 409,
         "round_closed"),
        ("closed", ("DELETE", "vote", {"statement": "A1"}), 409, "round_closed"),
    ],
)
def test_port_refusals_become_json_errors(
    running: Running, setup: str, request_: tuple[str, str, dict[str, object] | None],
    status: int, code: str,
) -> None:
    if setup != "fresh":
        joined(running)
    if setup == "voted":
        assert vote(running, "A1").status_code == 204
    if setup == "closed":
        running.voting.close_round()
    before = running.voting.votes()
    method, path, body = request_
    if body is None:
        r = running.client.request(method, running.api(path), params={"device": DEVICE})
    else:
        r = running.client.request(method, running.api(path), json={"device": DEVICE, **body})
    assert_error(r, status, code)
    assert running.voting.votes() == before


def test_same_group_again_is_fine_and_another_group_before_voting_too(running: Running) -> None:
    joined(running, group="it")
    joined(running, group="it")
    joined(running, group="pilot")
    assert running.voting.role_group_of(DEVICE) == "pilot"


def test_a_closed_round_still_shows_the_device_its_own_votes(running: Running) -> None:
    joined(running)
    assert vote(running, "A1", level=3).status_code == 204
    running.voting.close_round()
    r = running.client.get(running.api("votes"), params={"device": DEVICE})
    assert r.json()["votes"] == [{"statement": "A1", "kind": "rated", "level": 3}]


def test_no_round_yet(guideline: Guideline) -> None:
    server = VotingServer(make_voting(guideline), TOKEN)
    server.start("127.0.0.1")
    try:
        with httpx.Client() as client:
            assert_error(client.get(server.url + "api/ballot"), 409, "no_round")
            r = client.post(server.url + "api/join", json={"device": DEVICE, "role_group": "it"})
            assert_error(r, 409, "no_round")
    finally:
        server.stop()


def test_a_failing_port_is_a_500_without_details(
    running: Running, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> Ballot:
        raise RuntimeError("database is locked")

    monkeypatch.setattr(running.voting, "ballot", broken)
    r = running.client.get(running.api("ballot"))
    assert_error(r, 500, "internal")
    assert "database" not in r.text
    assert any("voting API failed" in rec.getMessage() for rec in caplog.records)


# --------------------------------------------------------------------------- token


@pytest.mark.parametrize(
    "path",
    ["/", "/k7mp-x2qe/", "/K7MP-X2QD/", "/k7mp-x2q/", "/k7mp-x2qdd/", "/k7mp/x2qd/",
     "/api/ballot", "/static/app.js", "/k7mp-x2qe/api/ballot", "/k7mp-x2qe/static/app.js",
     "/favicon.ico", "/%6b7mp-x2qd-/", "/k7mp-x2qd/nothing", "/k7mp-x2qd/api/nothing",
     "/k7mp-x2qd/static/../port.py", "/k7mp-x2qd/static/index.html"],
)
def test_anything_but_the_token_paths_is_the_same_bare_404(running: Running, path: str) -> None:
    base = running.base.split(f"/{TOKEN}/")[0]
    r = running.client.get(base + path)
    reference = running.client.get(base + "/k7mp-x2qe/")
    assert r.status_code == 404
    assert r.content == reference.content == b"Not Found"
    assert r.headers["content-type"] == reference.headers["content-type"]
    assert "location" not in r.headers


def test_writes_with_a_wrong_token_change_nothing(running: Running) -> None:
    base = running.base.split(f"/{TOKEN}/")[0]
    r = running.client.post(base + "/k7mp-x2qe/api/join",
                            json={"device": DEVICE, "role_group": "it"})
    assert r.status_code == 404
    assert running.voting.role_group_of(DEVICE) is None


def test_the_token_without_its_slash_redirects_to_the_page(running: Running) -> None:
    r = running.client.get(running.base[:-1])
    assert r.status_code == 308 and r.headers["location"] == f"/{TOKEN}/"


def test_token_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    import hmac

    from desktop_app.web import security

    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(security.hmac, "compare_digest", spy)
    assert security.token_matches("k7mp-x2qd", TOKEN)
    assert not security.token_matches("k7mp-x2qe", TOKEN)
    assert not security.token_matches("ä", TOKEN)
    assert calls[0] == (TOKEN.encode(), TOKEN.encode())
    assert len(calls) == 3


# --------------------------------------------------------------------------- Host header


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:8765", "127.0.0.1.evil.example", "192.168.1.20",
             "127.0.0.1:notaport", "[::1", "[::1]x", ""],
)
def test_a_foreign_host_header_is_refused(running: Running, host: str) -> None:
    joined(running)
    r = running.client.get(running.api("ballot"), headers={"host": host})
    assert_error(r, 400, "bad_host")
    r = running.client.put(running.api("vote"), headers={"host": host},
                           json={"device": DEVICE, "statement": "A1", "kind": "unknown"})
    assert_error(r, 400, "bad_host")
    assert running.voting.votes() == {}


@pytest.mark.parametrize(
    ("header", "name"),
    [("192.168.1.20:8765", "192.168.1.20"), ("Laptop.Local", "laptop.local"),
     ("[fe80::1]:80", "fe80::1"), ("[::1]", "::1"), ("host:\u00b2", None), ("[::1]:\u00b2", None),
     (":80", None), ("[::1", None), ("[::1]80", None), (" ", None)],
)
def test_host_header_parsing(header: str, name: str | None) -> None:
    assert host_name(header) == name


@pytest.mark.parametrize("host", ["localhost", "LOCALHOST:1234", "127.0.0.1"])
def test_the_servers_own_names_are_accepted(running: Running, host: str) -> None:
    r = running.client.get(running.api("ballot"), headers={"host": host})
    assert r.status_code == 200


# --------------------------------------------------------------------------- body size


def test_a_declared_large_body_is_refused_before_it_is_sent(running: Running) -> None:
    # Only the headers go out; the 413 must come without waiting for the megabyte.
    head = (f"PUT /{TOKEN}/api/vote HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: application/json\r\nContent-Length: 1000000\r\n\r\n").encode()
    reply = raw_exchange(running, head)
    assert reply.startswith(b"HTTP/1.1 413 ")
    assert reply.endswith(b'\r\n\r\n{"error":"too_large"}')


def test_a_chunked_body_is_cut_off_at_the_cap(running: Running) -> None:
    joined(running)
    head = (f"PUT /{TOKEN}/api/vote HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").encode()
    chunk = b" " * 1000
    # Three chunks pass the 2 KB cap; the body never ends, so only the cap can answer.
    more = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(3))
    reply = raw_exchange(running, head, more=more)
    assert reply.startswith(b"HTTP/1.1 413 ")
    assert reply.endswith(b'\r\n\r\n{"error":"too_large"}')
    assert running.voting.votes() == {}


def test_a_chunked_body_under_the_cap_is_read(running: Running) -> None:
    joined(running)

    def body() -> Iterator[bytes]:
        yield b'{"device": "' + DEVICE.encode() + b'", '
        yield b'"statement": "A1", "kind": "rated", "level": 2}'

    r = running.client.put(running.api("vote"), content=body(),
                           headers={"content-type": "application/json"})
    assert r.status_code == 204
    assert running.voting.votes()[DEVICE]["A1"].level == 2


def test_a_body_just_over_the_cap_is_refused(running: Running) -> None:
    joined(running)
    padding = " " * 2048
    text = json.dumps({"device": DEVICE, "statement": "A1", "kind": "unknown"}) + padding
    r = running.client.put(running.api("vote"), content=text.encode(),
                           headers={"content-type": "application/json"})
    assert_error(r, 413, "too_large")


# --------------------------------------------------------------------------- rate limits


def test_one_device_is_limited_others_are_not(guideline: Guideline) -> None:
    limits = Limits(per_device=Rate(10, 5), per_address=Rate(1000, 1000))
    with running_with(guideline, limits) as running:
        one_device_is_limited(running)


def one_device_is_limited(running: Running) -> None:
    joined(running)  # 1 of 5
    joined(running, OTHER_DEVICE)
    for level in range(4):  # 2..5 of 5
        assert vote(running, "A1", level=level).status_code == 204
    r = vote(running, "A1", level=4)
    assert_error(r, 429, "rate_limited")
    assert r.headers["retry-after"] == "1"
    assert running.voting.votes()[DEVICE]["A1"].level == 3  # the refused vote did nothing
    assert vote(running, "A1", level=4, device=OTHER_DEVICE).status_code == 204
    running.clock.advance(0.1)  # refills one request at 10 per second
    assert vote(running, "A1", level=4).status_code == 204
    assert vote(running, "A1", level=4).status_code == 429


def test_one_address_is_limited_whatever_it_claims_to_be(guideline: Guideline) -> None:
    limits = Limits(per_device=Rate(1000, 1000), per_address=Rate(10, 30))
    with running_with(guideline, limits) as running:
        one_address_is_limited(running)


def one_address_is_limited(running: Running) -> None:
    for i in range(30):
        r = running.client.get(running.api("ballot"))
        assert r.status_code == 200, i
    r = running.client.get(running.api("ballot"))
    assert_error(r, 429, "rate_limited")
    # Device ids are free to make up; the address bucket still holds.
    r = running.client.post(running.api("join"),
                            json={"device": "x" * 16 + "fresh", "role_group": "it"})
    assert r.status_code == 429
    running.clock.advance(1.0)
    for _ in range(10):
        assert running.client.get(running.api("ballot")).status_code == 200
    assert running.client.get(running.api("ballot")).status_code == 429


def test_default_limits_let_a_participant_tap_fast(running: Running) -> None:
    # A page load, then a burst of taps, all within the same instant of the fake clock.
    for path in ("", "static/app.css", "static/app.js", "static/icon.svg"):
        assert running.client.get(running.base + path).status_code == 200
    joined(running)
    for level in [0, 1, 2, 3, 4] * 4:
        assert vote(running, "A1", level=level).status_code == 204


# --------------------------------------------------------------------------- cross origin


def test_no_cors_headers_anywhere(running: Running) -> None:
    origin = {"origin": "http://evil.example"}
    responses = [
        running.client.get(running.api("ballot"), headers=origin),
        running.client.options(running.api("vote"), headers={
            **origin, "access-control-request-method": "PUT",
            "access-control-request-headers": "content-type"}),
        running.client.get(running.base, headers=origin),
    ]
    assert responses[1].status_code == 405
    for r in responses:
        assert not [h for h in r.headers if h.lower().startswith("access-control-")]


@pytest.mark.parametrize(
    "headers",
    [{"origin": "http://evil.example"}, {"origin": "null"},
     {"origin": "http://127.0.0.1:1"}, {"sec-fetch-site": "cross-site"},
     {"sec-fetch-site": "same-site"}],
)
def test_cross_origin_writes_are_refused(running: Running, headers: dict[str, str]) -> None:
    joined(running)
    r = running.client.put(running.api("vote"), headers=headers,
                           json={"device": DEVICE, "statement": "A1", "kind": "unknown"})
    assert_error(r, 403, "cross_origin")
    r = running.client.post(running.api("join"), headers=headers,
                            json={"device": OTHER_DEVICE, "role_group": "it"})
    assert_error(r, 403, "cross_origin")
    assert running.voting.votes() == {}
    assert running.voting.role_group_of(OTHER_DEVICE) is None


def test_same_origin_writes_pass(running: Running) -> None:
    origin = running.base.split(f"/{TOKEN}/")[0]
    headers = {"origin": origin, "sec-fetch-site": "same-origin"}
    r = running.client.post(running.api("join"), headers=headers,
                            json={"device": DEVICE, "role_group": "it"})
    assert r.status_code == 204


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded",
                                          "multipart/form-data; boundary=x", None])
def test_writes_must_be_json(running: Running, content_type: str | None) -> None:
    # A form on another site can post text/plain without a preflight; JSON it cannot.
    body = json.dumps({"device": DEVICE, "role_group": "it"}).encode()
    headers = {"content-type": content_type} if content_type else {}
    r = running.client.post(running.api("join"), content=body, headers=headers)
    assert_error(r, 415, "unsupported_media_type")
    assert running.voting.role_group_of(DEVICE) is None


# --------------------------------------------------------------------------- headers


@pytest.mark.parametrize(
    ("path", "cache"),
    [("", "no-cache"), ("static/app.js", "no-cache"), ("static/app.css", "no-cache"),
     ("api/ballot", "no-store"), ("api/votes?device=short", "no-store"),
     ("api/nothing", "no-store"), ("/elsewhere", "no-store")],
)
def test_every_response_carries_the_security_headers(
    running: Running, path: str, cache: str
) -> None:
    url = running.base.split(f"/{TOKEN}/")[0] + path if path.startswith("/") else (
        running.base + path)
    r = running.client.get(url)
    for name, value in SECURITY_HEADERS.items():
        assert r.headers[name] == value, name
    assert r.headers["cache-control"] == cache
    assert r.headers["x-frame-options"] == "DENY"
    assert "server" not in r.headers


def test_static_files_have_their_types_and_revalidate(running: Running) -> None:
    for name, kind in (("app.js", "text/javascript"), ("app.css", "text/css"),
                       ("icon.svg", "image/svg+xml")):
        r = running.client.get(running.base + "static/" + name)
        assert r.headers["content-type"].startswith(kind)
        again = running.client.get(running.base + "static/" + name,
                                   headers={"if-none-match": r.headers["etag"]})
        assert again.status_code == 304
    page = running.client.get(running.base)
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert b'data-poll-ms="4000"' in page.content


# --------------------------------------------------------------------------- input


@pytest.mark.parametrize(
    "device",
    ["short", "x" * 15, "x" * 65, "device 0123456789ab", "device/0123456789ab",
     "dévice-0123456789ab", "device-0123456789ab\n", 12345678901234567, None, ["x" * 20]],
)
def test_device_ids_are_checked(running: Running, device: object) -> None:
    r = running.client.post(running.api("join"), json={"device": device, "role_group": "it"})
    assert_error(r, 400, "bad_device")
    assert running.voting.role_group_of(str(device)) is None


@pytest.mark.parametrize("device", ["x" * 16, "A-z_09" * 10 + "abcd"])
def test_device_ids_at_the_edges_pass(running: Running, device: str) -> None:
    r = running.client.post(running.api("join"), json={"device": device, "role_group": "it"})
    assert r.status_code == 204


@pytest.mark.parametrize(
    "body",
    [
        b'{"device": "device-0123456789abcdef", "role_group": "it", "extra": 1}',
        b'{"device": "device-0123456789abcdef"}',
        b'{"device": "device-0123456789abcdef", "role_group": "it", "role_group": "it"}',
        b'{"device": "device-0123456789abcdef", "role_group": 3}',
        b'{"device": "device-0123456789abcdef", "role_group": "i t"}',
        b'{"device": "device-0123456789abcdef", "role_group": NaN}',
        b'["device-0123456789abcdef", "it"]',
        b'"hello"',
        b"{",
        b"",
        b"\xff\xfe{}",
        b"[" * 1000 + b"]" * 1000,
    ],
)
def test_malformed_join_bodies_are_refused(running: Running, body: bytes) -> None:
    r = running.client.post(running.api("join"), content=body,
                            headers={"content-type": "application/json"})
    assert_error(r, 400, "bad_request")
    assert running.voting.role_group_of(DEVICE) is None


@pytest.mark.parametrize(
    "fields",
    [
        {"statement": "A1", "kind": "rated", "level": True},
        {"statement": "A1", "kind": "rated", "level": 2.0},
        {"statement": "A1", "kind": "rated", "level": "2"},
        {"statement": "A1", "kind": "great", "level": 2},
        {"statement": "A1", "kind": None},
        {"statement": "", "kind": "unknown"},
        {"statement": "A" * 65, "kind": "unknown"},
        {"statement": "A1", "kind": "unknown", "comment": "hi"},
        {"kind": "unknown"},
    ],
)
def test_malformed_votes_are_refused(running: Running, fields: dict[str, object]) -> None:
    joined(running)
    r = running.client.put(running.api("vote"), json={"device": DEVICE, **fields})
    assert_error(r, 400, "bad_request")
    assert running.voting.votes() == {}


@pytest.mark.parametrize(
    "query", ["", "?device=device-0123456789abcdef&device=device-0123456789abcdef",
              "?device=device-0123456789abcdef&x=1", "?id=device-0123456789abcdef"],
)
def test_votes_query_takes_exactly_one_device(running: Running, query: str) -> None:
    joined(running)
    r = running.client.get(running.api("votes") + query)
    assert_error(r, 400, "bad_request")


def test_wrong_method_is_405_json(running: Running) -> None:
    r = running.client.post(running.api("ballot"), json={})
    assert_error(r, 405, "method_not_allowed")
    assert "GET" in r.headers["allow"]


def test_port_errors_have_fixed_codes() -> None:
    with pytest.raises(ValueError, match="unknown voting error code"):
        VotingError("boom")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- logs


def test_the_token_reaches_no_log_even_when_things_go_wrong(
    running: Running, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(device_id: str) -> None:
        raise RuntimeError("port failed")

    monkeypatch.setattr(running.voting, "seen", broken)
    joined(running)
    running.client.post(running.api("seen"), json={"device": DEVICE})
    running.client.get(running.base + "nothing")
    running.client.get(running.api("ballot"), headers={"host": "evil.example"})
    raw_exchange(running, f"GET /{TOKEN}/ HTTP/1.1\r\nHost: 127.0.0.1\r\nBad header\r\n\r\n"
                 .encode())
    raw_exchange(running, f"NONSENSE /{TOKEN}/ \x00\r\n\r\n".encode())
    records = caplog.get_records("setup") + caplog.get_records("call")
    assert any("port failed" in (r.exc_text or "") or r.exc_info for r in records)
    assert any(r.name.startswith("uvicorn") for r in records)  # the server's logs were seen
    assert_token_not_logged(records)
    out, err = capfd.readouterr()
    assert TOKEN not in out and TOKEN not in err
