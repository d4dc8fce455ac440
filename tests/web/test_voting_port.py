"""The port's rules, proved on the in-memory fake by random sequences of actions."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from desktop_app.web.fake import InMemoryVoting
from desktop_app.web.port import (
    Ballot,
    BallotStatement,
    DeviceVote,
    Localized,
    RoleGroupChoice,
    VotingError,
    VotingPort,
)

L = Localized("x", "x")
STATEMENTS = [BallotStatement(f"S{i}", L, L, L, (L,) * 5) for i in range(4)]
GROUPS = [RoleGroupChoice(g, L) for g in ("a", "b", "c")]
DEVICES = ["d" * 16, "e" * 16, "f" * 16]
VOTES = st.one_of(
    st.builds(DeviceVote, st.sampled_from([s.id for s in STATEMENTS] + ["nope"]),
              st.just("rated"), st.integers(0, 4)),
    st.builds(DeviceVote, st.sampled_from([s.id for s in STATEMENTS]),
              st.sampled_from(["unknown", "not_relevant"])),
)


def make() -> InMemoryVoting:
    return InMemoryVoting(STATEMENTS, GROUPS, [L] * 5, "T")


def test_the_fake_is_a_port() -> None:
    port: VotingPort = make()  # mypy checks the structure; this checks it at run time too
    for name in ("ballot", "join", "votes_of", "cast", "retract", "seen"):
        assert callable(getattr(port, name))


class VotingRules(RuleBasedStateMachine):
    """The fake against a model of the rules written out in the port's docstrings."""

    def __init__(self) -> None:
        super().__init__()
        self.voting = make()
        self.round = 0
        self.open = False
        self.statements: set[str] = set()
        self.groups: dict[str, str] = {}
        self.votes: dict[str, dict[str, DeviceVote]] = {}

    def expect(self, code: str | None, action: Any, *args: Any) -> None:
        if code is None:
            action(*args)
            return
        with pytest.raises(VotingError) as caught:
            action(*args)
        assert caught.value.code == code

    @rule(ids=st.lists(st.sampled_from([s.id for s in STATEMENTS]), min_size=1, unique=True))
    def open_round(self, ids: list[str]) -> None:
        ballot = self.voting.open_round(ids)
        self.round += 1
        assert ballot.round_number == self.round and ballot.open
        self.open, self.statements, self.votes = True, set(ids), {}

    @precondition(lambda self: self.round > 0)
    @rule()
    def close_round(self) -> None:
        self.voting.close_round()
        self.open = False

    @rule(device=st.sampled_from(DEVICES), group=st.sampled_from(["a", "b", "c", "z"]))
    def join(self, device: str, group: str) -> None:
        code = None
        if self.round == 0:
            code = "no_round"
        elif group == "z":
            code = "unknown_role_group"
        elif self.groups.get(device, group) != group and self.votes.get(device):
            code = "bad_vote"
        self.expect(code, self.voting.join, device, group)
        if code is None:
            self.groups[device] = group

    def write_code(self, device: str, statement: str) -> str | None:
        if self.round == 0:
            return "no_round"
        if device not in self.groups:
            return "not_joined"
        if not self.open:
            return "round_closed"
        if statement not in self.statements:
            return "unknown_statement"
        return None

    @rule(device=st.sampled_from(DEVICES), vote=VOTES)
    def cast(self, device: str, vote: DeviceVote) -> None:
        code = self.write_code(device, vote.statement_id)
        self.expect(code, self.voting.cast, device, vote)
        if code is None:
            self.votes.setdefault(device, {})[vote.statement_id] = vote

    @rule(device=st.sampled_from(DEVICES), statement=st.sampled_from(["S0", "S1", "S2", "S3"]))
    def retract(self, device: str, statement: str) -> None:
        code = self.write_code(device, statement)
        self.expect(code, self.voting.retract, device, statement)
        if code is None:
            self.votes.get(device, {}).pop(statement, None)

    @invariant()
    def every_device_sees_exactly_its_votes(self) -> None:
        for device in DEVICES:
            if self.round == 0:
                self.expect("no_round", self.voting.votes_of, device)
            elif device not in self.groups:
                self.expect("not_joined", self.voting.votes_of, device)
            else:
                got = {vote.statement_id: vote for vote in self.voting.votes_of(device)}
                assert got == self.votes.get(device, {})
        if self.round:
            ballot = self.voting.ballot()
            assert (ballot.round_number, ballot.open) == (self.round, self.open)
            assert {s.id for s in ballot.statements} == self.statements


TestVotingRules = VotingRules.TestCase
TestVotingRules.settings = settings(max_examples=100, stateful_step_count=25, deadline=None)


@pytest.mark.parametrize(
    ("kind", "level"),
    [("rated", None), ("rated", 5), ("rated", -1), ("rated", True), ("unknown", 0),
     ("not_relevant", 3), ("maybe", None)],
)
def test_invalid_votes_cannot_be_made(kind: str, level: Any) -> None:
    with pytest.raises(VotingError) as caught:
        DeviceVote("S1", kind, level)  # type: ignore[arg-type]
    assert caught.value.code == "bad_vote"


def test_ballots_need_five_levels() -> None:
    with pytest.raises(ValueError, match="5 level anchors"):
        BallotStatement("S", L, L, L, (L,) * 4)
    with pytest.raises(ValueError, match="5 level names"):
        Ballot(1, True, "T", (), (L,) * 6, ())


def test_the_fake_is_safe_under_concurrent_calls() -> None:
    voting = make()
    voting.open_round()
    devices = [f"device-{i:010d}" for i in range(8)]
    barrier = threading.Barrier(len(devices))

    def tap(device: str) -> None:
        voting.join(device, "a")
        barrier.wait()
        for n in range(200):
            voting.cast(device, DeviceVote(f"S{n % 4}", "rated", n % 5))

    threads = [threading.Thread(target=tap, args=(d,)) for d in devices]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    votes = voting.votes()
    assert set(votes) == set(devices)
    for device in devices:  # the last of each device's 200 casts per statement stands
        assert {s: v.level for s, v in votes[device].items()} == {
            "S0": 196 % 5, "S1": 197 % 5, "S2": 198 % 5, "S3": 199 % 5}
