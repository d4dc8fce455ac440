"""An assessment's metadata and the complete evaluated picture of it."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop_app.domain.answers import AnswerSet
from desktop_app.domain.model import Guideline
from desktop_app.domain.model import Phase as Phase  # defined beside the measures it filters
from desktop_app.domain.plan import FOCUS_LIMIT, ActionPlan, PlanEntry, build_plan
from desktop_app.domain.scoring import Results, score


@dataclass(frozen=True, slots=True)
class RespondentInfo:
    id: int
    label: str
    role_group: str
    headcount: int = 1
    uuid: str = ""
    device: str | None = None  # the phone a participant votes with (anonymous random id)


# Respondents voting by phone are labelled "Gerät 1", "Gerät 2", … (stored data, one wording
# for every language: the label names a record, like a person's name would).
DEVICE_LABEL = "Gerät"


def device_label(taken: Collection[str], start: int = 1) -> str:
    """The first "Gerät n" with ``n >= start`` that no label in ``taken`` uses."""
    n = max(start, 1)
    while f"{DEVICE_LABEL} {n}" in taken:
        n += 1
    return f"{DEVICE_LABEL} {n}"


@dataclass(frozen=True, slots=True)
class RoleGroup:
    """A role group of the workshop and how many people it has in the room."""

    name: str
    headcount: int = 0
    uuid: str = ""


# What a new assessment starts with; the team edits names and headcounts.
DEFAULT_ROLE_GROUPS = ("Verwaltungsvorstand", "Fachbereich", "IT", "Personalrat", "Pilotnutzende")


@dataclass(frozen=True, slots=True)
class VotingRound:
    """A round of silent voting: which statements, opened when, closed when (None: open)."""

    number: int
    statement_ids: tuple[str, ...]
    opened_at: datetime
    closed_at: datetime | None = None
    uuid: str = ""

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True, slots=True)
class AssessmentSummary:
    """One row of the assessment list: enough for the start screen, nothing more."""

    id: int
    municipality: str
    project: str
    title: str
    phase: Phase
    held_on: date
    updated_at: datetime
    answered: int
    content_version: str
    previous_id: int | None
    asked: int | None = None  # guideline statements asked; None: the whole guideline
    own: int = 0  # the team's own statements


@dataclass(frozen=True, slots=True)
class NewRespondent:
    """A person or role group to add to an assessment."""

    label: str
    role_group: str = ""
    headcount: int = 1


@dataclass(frozen=True, slots=True)
class NewAssessment:
    """Everything the team states when it starts an assessment, in one value.

    The new-assessment dialog fills it, and it passes unchanged through the controller, the
    service and the repository; the exchange reader builds one from a file.
    """

    municipality: str
    project: str
    phase: Phase
    held_on: date
    moderator: str = ""
    participants: str = ""  # free text: role groups present, names optional (DSGVO)
    title: str = ""
    default_target: int = 3
    respondents: tuple[NewRespondent, ...] = ()
    report_language: str = "de"
    focus_limit: int | None = None  # size of the focused plan; None: the default
    role_groups: tuple[RoleGroup, ...] = ()
    # What is asked (domain.scope): a profile's or a hand-picked selection of statement ids;
    # None: the whole guideline. ``profile`` names the profile it was chosen by.
    profile: str | None = None
    selection: tuple[str, ...] | None = None


@dataclass(frozen=True)
class AssessmentInfo:
    id: int
    uuid: str
    municipality: str
    project: str
    phase: Phase
    held_on: date
    moderator: str = ""
    participants: str = ""  # free text: role groups present, names optional (DSGVO)
    content_version: str = ""
    default_target: int = 3
    title: str = ""
    respondents: tuple[RespondentInfo, ...] = field(default_factory=tuple)
    report_language: str = "de"
    focus_limit: int | None = None
    previous_uuid: str | None = None  # the assessment this one re-assesses
    role_groups: tuple[RoleGroup, ...] = ()
    profile: str | None = None  # see NewAssessment
    selection: tuple[str, ...] | None = None
    previous_id: int | None = None

    @property
    def people(self) -> int:
        """How many people take part: the role groups' headcounts, else the respondents'."""
        return sum(g.headcount for g in self.role_groups) or sum(
            r.headcount for r in self.respondents
        )


@dataclass
class Evaluation:
    """Everything the results screen and the PDF need, computed once from stored data."""

    guideline: Guideline
    info: AssessmentInfo
    answers: AnswerSet
    results: Results
    plan: ActionPlan


def evaluate(
    guideline: Guideline, info: AssessmentInfo, answers: AnswerSet, entries: list[PlanEntry]
) -> Evaluation:
    results = score(guideline, answers)
    plan = build_plan(
        guideline,
        results,
        entries,
        phase=info.phase,
        held_on=info.held_on,
        focus_limit=info.focus_limit or FOCUS_LIMIT,
    )
    return Evaluation(guideline, info, answers, results, plan)
