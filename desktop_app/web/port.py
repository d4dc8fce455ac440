"""What the phone page needs from a workshop session: plain data and one small interface.

The web layer (``app.py``) talks only to a :class:`VotingPort`. The workshop session service
implements it over its database; ``fake.InMemoryVoting`` implements it in memory for tests.
Nothing here imports Starlette, Qt or SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol, get_args

LEVEL_COUNT = 5  # levels 0..4, as in domain.answers
MAX_LEVEL = LEVEL_COUNT - 1

ErrorCode = Literal[
    "round_closed",  # the round exists but is closed: no more changes
    "not_joined",  # the device has not picked a role group (or the session forgot it)
    "unknown_statement",  # the statement is not part of the current round
    "unknown_role_group",  # no such role group in this session
    "bad_vote",  # a vote that breaks a rule (level out of range; group change after voting)
    "no_round",  # no voting round has been started yet
]
ERROR_CODES: frozenset[str] = frozenset(get_args(ErrorCode))

VoteKind = Literal["rated", "unknown", "not_relevant"]
VOTE_KINDS: frozenset[str] = frozenset(get_args(VoteKind))


class VotingError(Exception):
    """A request the session refuses; ``code`` says why (one of :data:`ERROR_CODES`)."""

    def __init__(self, code: ErrorCode, detail: str = "") -> None:
        if code not in ERROR_CODES:
            raise ValueError(f"unknown voting error code {code!r}")
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code: ErrorCode = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Localized:
    """A text in German and English (English may repeat the German until translated)."""

    de: str
    en: str


@dataclass(frozen=True, slots=True)
class BallotStatement:
    """One statement as a participant sees it; ``levels[i]`` is the anchor text of level i."""

    id: str
    dimension: Localized
    text: Localized
    help: Localized
    levels: tuple[Localized, ...]

    def __post_init__(self) -> None:
        if len(self.levels) != LEVEL_COUNT:
            raise ValueError(f"statement {self.id!r} needs {LEVEL_COUNT} level anchors")


@dataclass(frozen=True, slots=True)
class RoleGroupChoice:
    id: str
    label: Localized


@dataclass(frozen=True, slots=True)
class Ballot:
    """The current round: what a phone shows. Results are never part of it.

    The statements of one round never change; a new set comes with a new ``round_number``.
    """

    round_number: int
    open: bool
    title: str
    role_groups: tuple[RoleGroupChoice, ...]
    scale: tuple[Localized, ...]  # the five level names, index = level
    statements: tuple[BallotStatement, ...]

    def __post_init__(self) -> None:
        if len(self.scale) != LEVEL_COUNT:
            raise ValueError(f"the scale needs {LEVEL_COUNT} level names")


@dataclass(frozen=True, slots=True)
class DeviceVote:
    """One device's vote on one statement: a level 0..4, "weiß nicht" or "nicht relevant".

    Construction checks the combination, so an invalid vote cannot exist (``bad_vote``).
    """

    statement_id: str
    kind: VoteKind
    level: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in VOTE_KINDS:
            raise VotingError("bad_vote", f"unknown kind {self.kind!r}")
        if self.kind == "rated":
            level = self.level
            if isinstance(level, bool) or not isinstance(level, int) or not (
                0 <= level <= MAX_LEVEL
            ):
                raise VotingError("bad_vote", f"a rating needs a level 0..{MAX_LEVEL}")
        elif self.level is not None:
            raise VotingError("bad_vote", f"{self.kind!r} takes no level")


class VotingPort(Protocol):
    """The workshop session as the phone page sees it.

    Devices are anonymous: a ``device_id`` is a random string the phone made up (16–64
    characters of ``[A-Za-z0-9_-]``, checked by the web layer). Every method may raise
    :class:`VotingError`; any other exception is a bug and answered with HTTP 500.

    Threads: the server calls the port from its own worker threads, one call at a time,
    while the GUI may call the same object from its thread: implementations must lock.
    """

    def ballot(self) -> Ballot:
        """The current round (open or closed). ``no_round`` before the first round."""
        ...

    def join(self, device_id: str, role_group_id: str) -> None:
        """Put the device in a role group; the membership outlives rounds.

        Joining again with the same group is a no-op. Another group replaces the old one
        only while the device has no vote in the current round, else ``bad_vote``.
        Raises ``unknown_role_group`` and ``no_round``.
        """
        ...

    def votes_of(self, device_id: str) -> list[DeviceVote]:
        """The device's votes in the current round (open or closed), in any order.

        Raises ``not_joined`` for a device that never joined, ``no_round``.
        """
        ...

    def cast(self, device_id: str, vote: DeviceVote) -> None:
        """Store the vote, replacing that device's earlier vote on the same statement.

        Raises ``not_joined``, ``unknown_statement``, ``round_closed``, ``no_round``.
        """
        ...

    def retract(self, device_id: str, statement_id: str) -> None:
        """Remove the device's vote on the statement (no vote there: a no-op).

        Raises ``not_joined``, ``unknown_statement``, ``round_closed``, ``no_round``.
        """
        ...

    def seen(self, device_id: str) -> None:
        """Heartbeat of a joined device (the page sends one every few seconds).

        For the live count of devices on the projector. Raises ``not_joined``.
        """
        ...
