"""A whole assessment as plain data, every record with its identity: what an exchange file
holds, what an import stores and what a merge compares.

Each record carries a :class:`Stamp` — its UUID (never changes, travels between devices),
the UTC time of its last change and the device that made it. Deleted records leave a
:class:`Tombstone`, so a merge can tell "deleted here" from "never existed here".
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.assessment import AssessmentInfo
from desktop_app.domain.own import OwnModule, OwnStatement
from desktop_app.domain.plan import PlanEntry


@dataclass(frozen=True, slots=True)
class Stamp:
    uuid: str
    updated_at: datetime | None = None  # aware UTC; None in files of format version 1
    changed_by: str = ""  # device id


def new_stamp() -> Stamp:
    """A fresh identity for a record that has none yet (time and device set on storing)."""
    return Stamp(str(uuid.uuid4()))


class RecordKind(StrEnum):
    RESPONDENT = "respondent"
    ANSWER = "answer"
    VOTE = "vote"
    PLAN_ENTRY = "plan_entry"


@dataclass(frozen=True, slots=True)
class StampedRespondent:
    stamp: Stamp
    label: str
    role_group: str = ""
    headcount: int = 1


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


@dataclass(frozen=True, slots=True)
class StampedEntry:
    stamp: Stamp
    entry: PlanEntry


@dataclass(frozen=True, slots=True)
class Tombstone:
    uuid: str
    kind: RecordKind
    deleted_at: datetime
    changed_by: str = ""


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

    @property
    def report_language(self) -> str:
        return self.info.report_language
