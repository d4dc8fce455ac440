"""Fixtures for the phone page: a ballot from the real guideline, the fake port, a real server."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx
import pytest

from desktop_app.domain.model import Guideline, Text
from desktop_app.web.fake import InMemoryVoting
from desktop_app.web.port import Ballot, BallotStatement, DeviceVote, Localized, RoleGroupChoice
from desktop_app.web.security import Limits
from desktop_app.web.server import VotingServer

TOKEN = "k7mp-x2qd"
ROLE_GROUPS = (
    RoleGroupChoice("leitung", Localized("Verwaltungsleitung", "Senior management")),
    RoleGroupChoice("fachbereich", Localized("Fachbereich", "Department")),
    RoleGroupChoice("it", Localized("IT", "IT")),
    RoleGroupChoice("personalrat", Localized("Personalrat", "Staff council")),
    RoleGroupChoice("pilot", Localized("Pilotnutzende", "Pilot users")),
)
DEVICE = "device-0123456789abcdef"
CLIENT_LOGGERS = ("httpx", "httpcore")
OTHER_DEVICE = "device-fedcba9876543210"


def localized(text: Text) -> Localized:
    return Localized(text.de, text.get("en"))


def ballot_statements(guideline: Guideline) -> list[BallotStatement]:
    return [
        BallotStatement(
            id=st.id,
            dimension=localized(dim.title),
            text=localized(st.text),
            help=localized(st.help),
            levels=tuple(localized(anchor) for anchor in st.levels),
        )
        for dim in guideline.dimensions
        for st in dim.statements
    ]


def make_voting(guideline: Guideline, clock: FakeClock | None = None) -> InMemoryVoting:
    return InMemoryVoting(
        ballot_statements(guideline),
        ROLE_GROUPS,
        tuple(localized(level.label) for level in guideline.scale),
        title="Workshop Musterstadt – Digitaler Zwilling",
        **({"clock": clock} if clock else {}),
    )


class FakeClock:
    """Time that moves only when a test says so (rate-limit buckets refill on it)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Running:
    server: VotingServer
    voting: InMemoryVoting
    clock: FakeClock
    client: httpx.Client

    @property
    def base(self) -> str:
        return self.server.url

    def api(self, path: str) -> str:
        return self.server.url + "api/" + path


class SwitchingPort:
    """A port that forwards to a fresh fake per test, so one server serves a whole module."""

    def __init__(self, target: InMemoryVoting) -> None:
        self.target = target

    def ballot(self) -> Ballot:
        return self.target.ballot()

    def join(self, device_id: str, role_group_id: str) -> None:
        self.target.join(device_id, role_group_id)

    def votes_of(self, device_id: str) -> list[DeviceVote]:
        return self.target.votes_of(device_id)

    def cast(self, device_id: str, vote: DeviceVote) -> None:
        self.target.cast(device_id, vote)

    def retract(self, device_id: str, statement_id: str) -> None:
        self.target.retract(device_id, statement_id)

    def seen(self, device_id: str) -> None:
        self.target.seen(device_id)


@dataclass
class Shared:
    server: VotingServer
    port: SwitchingPort
    clock: FakeClock


@pytest.fixture(scope="module")
def shared(guideline: Guideline) -> Iterator[Shared]:
    clock = FakeClock()
    port = SwitchingPort(make_voting(guideline, clock))
    server = VotingServer(port, TOKEN, clock=clock)
    server.start("127.0.0.1")
    yield Shared(server, port, clock)
    server.stop()


@pytest.fixture
def running(
    shared: Shared, guideline: Guideline, caplog: pytest.LogCaptureFixture
) -> Iterator[Running]:
    """The module's server with a fresh fake (first round open) and full rate buckets."""
    caplog.set_level(logging.DEBUG)
    shared.clock.advance(3600)  # every bucket refills
    voting = make_voting(guideline, shared.clock)
    voting.open_round()
    shared.port.target = voting
    with httpx.Client(timeout=10.0) as client:
        yield Running(shared.server, voting, shared.clock, client)
    assert_token_not_logged(caplog.get_records("setup") + caplog.get_records("call"))


@contextmanager
def running_with(guideline: Guideline, limits: Limits) -> Iterator[Running]:
    """A server of its own, for tests that need other limits than the defaults."""
    clock = FakeClock()
    voting = make_voting(guideline, clock)
    voting.open_round()
    server = VotingServer(voting, TOKEN, limits=limits, clock=clock)
    server.start("127.0.0.1")
    try:
        with httpx.Client(timeout=10.0) as client:
            yield Running(server, voting, clock, client)
    finally:
        server.stop()


def assert_token_not_logged(records: list[logging.LogRecord]) -> None:
    """No record of the server side (the test's own HTTP client aside) names the token."""
    formatter = logging.Formatter("%(name)s %(message)s")
    for record in records:
        if record.name.startswith(CLIENT_LOGGERS):
            continue
        assert TOKEN not in formatter.format(record)  # message and any traceback
