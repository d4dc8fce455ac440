"""A whole assessment as plain data, every record with its identity: what an exchange file
holds, what an import stores and what a merge compares.

Each record carries a :class:`Stamp` — its UUID (never changes, travels between devices),
the UTC time of its last change, the device that made it and its :class:`Version` (how many
changes each device made to it). Deleted records leave a :class:`Tombstone`, so a merge can
tell "deleted here" from "never existed here".
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum, StrEnum

from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.assessment import AssessmentInfo
from desktop_app.domain.own import OwnModule, OwnStatement
from desktop_app.domain.plan import PlanEntry


class Order(Enum):
    """How two versions of one record relate."""

    EQUAL = "equal"
    BEFORE = "before"  # the first is older: the second has seen every change of the first
    AFTER = "after"
    CONCURRENT = "concurrent"  # each has changes the other has not seen


@dataclass(frozen=True, slots=True)
class Version:
    """A version vector: for each device, how many changes it made to one record.

    Two copies of a record compare without a common ancestor: the one whose counts are all
    at least the other's has seen every change of the other; if each is ahead somewhere,
    both were changed independently. ``counts`` is sorted by device, every count >= 1.
    """

    counts: tuple[tuple[str, int], ...] = ()

    @staticmethod
    def of(counts: Mapping[str, int]) -> Version:
        return Version(tuple(sorted((d, n) for d, n in counts.items() if n > 0)))

    def as_dict(self) -> dict[str, int]:
        return dict(self.counts)

    def bumped(self, device: str) -> Version:
        """This version after one more change on ``device`` (no device: unchanged)."""
        if not device:
            return self
        counts = self.as_dict()
        counts[device] = counts.get(device, 0) + 1
        return Version.of(counts)

    def merged(self, other: Version) -> Version:
        """The smallest version that has seen both (the pointwise maximum)."""
        counts = self.as_dict()
        for device, n in other.counts:
            counts[device] = max(n, counts.get(device, 0))
        return Version.of(counts)

    def compare(self, other: Version) -> Order:
        mine, theirs = self.as_dict(), other.as_dict()
        devices = mine.keys() | theirs.keys()
        ahead = any(mine.get(d, 0) > theirs.get(d, 0) for d in devices)
        behind = any(mine.get(d, 0) < theirs.get(d, 0) for d in devices)
        if ahead and behind:
            return Order.CONCURRENT
        if ahead:
            return Order.AFTER
        return Order.BEFORE if behind else Order.EQUAL


@dataclass(frozen=True, slots=True)
class Stamp:
    uuid: str
    updated_at: datetime | None = None  # aware UTC; None in files of format version 1
    changed_by: str = ""  # device id
    version: Version = Version()


def new_stamp() -> Stamp:
    """A fresh identity for a record that has none yet (time and device set on storing)."""
    return Stamp(str(uuid.uuid4()))


class RecordKind(StrEnum):
    RESPONDENT = "respondent"
    ANSWER = "answer"
    VOTE = "vote"
    PLAN_ENTRY = "plan_entry"
    ROLE_GROUP = "role_group"
    VOTING_ROUND = "voting_round"
    TALLY = "tally"


@dataclass(frozen=True, slots=True)
class StampedRespondent:
    stamp: Stamp
    label: str
    role_group: str = ""
    headcount: int = 1
    device: str | None = None  # the phone a participant votes with (anonymous random id)


@dataclass(frozen=True, slots=True)
class StampedAnswer:
    stamp: Stamp
    answer: Answer  # without votes: they are records of their own


@dataclass(frozen=True, slots=True)
class StampedVote:
    stamp: Stamp
    respondent: str  # the respondent's UUID
    statement_id: str
    kind: AnswerKind
    level: int | None = None
    round: int = 1  # a vote is one respondent's on one statement in one round


@dataclass(frozen=True, slots=True)
class StampedEntry:
    stamp: Stamp
    entry: PlanEntry


@dataclass(frozen=True, slots=True)
class StampedRoleGroup:
    """A role group and its headcount; groups are known by name (``position``: display order)."""

    stamp: Stamp
    name: str
    headcount: int = 0
    position: int = 0


@dataclass(frozen=True, slots=True)
class SnapshotRound:
    """A voting round; rounds are known by number. Two copies of one round join by rule
    (see ``domain.merge``), never by asking; ``version`` counts openings and closings."""

    uuid: str
    number: int
    statement_ids: tuple[str, ...]
    opened_at: datetime
    closed_at: datetime | None = None  # None: still open, its votes hidden from answers
    changed_by: str = ""
    version: Version = Version()


@dataclass(frozen=True, slots=True)
class StampedTally:
    """One hand-counted number: how many dots one role group put on one choice."""

    stamp: Stamp
    statement_id: str
    round: int
    role_group: str
    choice: str  # "0"…"4", "unknown", "not_relevant"
    count: int


@dataclass(frozen=True, slots=True)
class Tombstone:
    uuid: str
    kind: RecordKind
    deleted_at: datetime
    changed_by: str = ""
    version: Version = Version()  # the record's version at its deletion, counting the deletion


@dataclass(frozen=True)
class AssessmentSnapshot:
    """``info`` holds the assessment's own fields; its stamp is ``stamp``."""

    info: AssessmentInfo
    stamp: Stamp
    respondents: list[StampedRespondent] = field(default_factory=list)
    answers: list[StampedAnswer] = field(default_factory=list)
    votes: list[StampedVote] = field(default_factory=list)
    plan: list[StampedEntry] = field(default_factory=list)
    tombstones: list[Tombstone] = field(default_factory=list)
    # The team's own statements, in their order, and the modules they belong to.
    own_statements: list[OwnStatement] = field(default_factory=list)
    own_modules: list[OwnModule] = field(default_factory=list)
    role_groups: list[StampedRoleGroup] = field(default_factory=list)
    rounds: list[SnapshotRound] = field(default_factory=list)
    tallies: list[StampedTally] = field(default_factory=list)

    @property
    def report_language(self) -> str:
        return self.info.report_language
