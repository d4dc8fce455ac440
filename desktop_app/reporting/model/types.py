"""The report as plain data: what it shows, computed once, for every output format.

No markup and no layout here: strings in the report's language, numbers, dates and enums.
A renderer (the PDF today; Word, Excel, HTML, a calendar later) decides how it looks; the
column headings and fixed labels it needs come from :mod:`desktop_app.reporting.strings`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

Range = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Bounded:
    """A free text as a table or list shows it: its beginning, and where the rest is.

    ``ref`` names the entry of the long-text annex ("L3") when ``text`` is only the
    beginning; ``pointer`` says so in words, e.g. "(vollständig im Anhang, L3)".
    """

    text: str
    ref: str = ""
    pointer: str = ""

    @property
    def shown(self) -> str:
        """The beginning with its pointer, as one line of plain text."""
        return f"{self.text} {self.pointer}" if self.pointer else self.text

    def __bool__(self) -> bool:
        return bool(self.text)


EMPTY = Bounded("")


@dataclass(frozen=True, slots=True)
class Fact:
    label: str
    value: str


class Part(StrEnum):
    """The two parts of the report: what leadership reads, and the annex."""

    LEADERSHIP = "leadership"
    ANNEX = "annex"


@dataclass(frozen=True, slots=True)
class SectionHead:
    """One entry of the outline; ``id`` tells a renderer which part of the model it shows."""

    id: str
    title: str
    part: Part


# --------------------------------------------------------------------------- decisions


class DecisionKind(StrEnum):
    APPROVE_FOCUS = "approve_focus"
    NAME_OWNERS = "name_owners"
    CONFIRM_DUES = "confirm_dues"
    CLARIFY = "clarify"
    REASSESS = "reassess"


@dataclass(frozen=True, slots=True)
class DecisionPoint:
    """What the team asks leadership to decide, in one short title and one sentence."""

    kind: DecisionKind
    title: str
    detail: str
    measures: tuple[int, ...] = ()  # numbers of the measures it concerns
    due: date | None = None  # the date it names, if any (calendar outputs)


@dataclass(frozen=True, slots=True)
class YearBudgetRow:
    year: int | None  # None: measures without any due date (or the total)
    label: str  # "2027", "ohne Termin", "Summe"
    measures: int
    effort_days: Range
    without_effort: int
    cost_eur: Range
    without_cost: int


@dataclass(frozen=True, slots=True)
class ParticipantGroup:
    role_group: str
    headcount: int


@dataclass(frozen=True, slots=True)
class GroupVote:
    """How one role group rated a statement (no person's name: only the role group)."""

    role_group: str
    level: int | None  # None: "weiß nicht" or "nicht relevant"
    kind: str  # label of the answer kind
    headcount: int


@dataclass(frozen=True, slots=True)
class OpenPoint:
    """A statement the team disagrees on or could not answer."""

    statement_id: str
    statement: str  # the statement, shortened for lists
    detail: str  # "Stimmen von Stufe 1 bis 4" / "weiß nicht"
    spread: int | None = None
    votes: tuple[GroupVote, ...] = ()


@dataclass(frozen=True, slots=True)
class NextStep:
    when: date | None
    text: str


# --------------------------------------------------------------------------- measures


@dataclass(frozen=True, slots=True)
class Measure:
    """A measure of the plan (in focus or in the backlog) with all a reader needs."""

    number: int  # as referred to throughout the report
    key: str  # the plan key (rec:…, own:…): stable across outputs
    title: Bounded
    text: Bounded
    category: str
    category_heading: str  # "Technische Maßnahmen": the guideline's three groups of measures
    topic: str
    barrier: str  # the change barrier it addresses; "" if none
    owner: Bounded  # the one accountable role or person
    owner_confirmed: bool  # False: the guideline's proposed role, nobody named yet
    involved: Bounded  # further roles (never run together with the owner)
    due: date | None
    due_confirmed: bool  # False: ``due`` is the plan's suggestion
    effort_days: Range | None
    effort_class: str  # "gering" / "mittel" / "hoch"; "" if unknown
    cost_eur: Range | None
    done_when: Bounded
    why: str  # why it sits where it does (domain.explain)
    why_short: str  # the same in a few words, for one-line lists
    findings: tuple[str, ...]  # the answers that triggered it
    also: tuple[str, ...]  # further guideline measures merged into it ("O-B7 Titel")
    example: str
    sources: str
    origin: str
    decision: str
    status: str
    note: Bounded  # the team's progress note
    edited: bool  # a guideline measure the team reworded
    rank: int | None  # among the open proposals, 1 = most urgent


@dataclass(frozen=True, slots=True)
class Clarification:
    """A "weiß nicht" answer turned into a task, with the measures waiting for it."""

    statement_id: str
    statement: str
    waiting: tuple[str, ...]  # "O-B7 Titel" of each measure held back
    owner: Bounded
    due: date | None
    note: Bounded
    why: str


@dataclass(frozen=True, slots=True)
class RejectedProposal:
    title: Bounded
    category: str
    reason: Bounded  # the team's reason, or a note that it gave none
    reason_given: bool


@dataclass(frozen=True, slots=True)
class BarrierMeasures:
    """One change barrier: how strongly it shows, and which measures address it."""

    barrier: str
    meaning: str  # what the barrier is, in one sentence
    strength: float | None  # 0–100: 100 − maturity of its statements; None: not rated
    rated: int
    statements: int
    focus: tuple[int, ...]  # numbers of the focused measures addressing it
    backlog: tuple[int, ...]


# --------------------------------------------------------------------------- findings


@dataclass(frozen=True, slots=True)
class ScoreFigure:
    name: str
    percent: float | None  # share of the highest level, 0–100
    target_percent: float | None
    mean_level: float | None
    rated: int
    total: int


@dataclass(frozen=True, slots=True)
class GapRow:
    statement_id: str
    statement: str
    level: int
    level_label: str  # the scale's name of the level
    anchor: str  # the statement's own description of that level
    target: int
    gap: int
    weight: float


class ChartKind(StrEnum):
    RADAR = "radar"  # one axis per category, current and target polygons
    BARS = "bars"  # horizontal bars 0–100, optional target marks
    COLUMNS = "columns"  # small multiples of vertical bars (votes per level)


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    values: tuple[float | None, ...]


@dataclass(frozen=True, slots=True)
class Panel:
    """One plot: values per category; several panels share one value axis."""

    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    highlight: int | None = None  # index of the category to stress (the team's level)


@dataclass(frozen=True, slots=True)
class DataTable:
    """The numbers behind a chart, for readers and outputs that cannot see it."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Chart:
    id: str
    kind: ChartKind
    title: str
    caption: str  # how to read it (direction, what a bar means)
    alt_text: str  # what it shows, in sentences
    axis_label: str
    value_max: float  # every panel's value axis runs from 0 to here
    panels: tuple[Panel, ...]
    table: DataTable


# --------------------------------------------------------------------------- annex


@dataclass(frozen=True, slots=True)
class AnswerRow:
    statement_id: str
    statement: str
    answer: str  # "2 – teilweise umgesetzt", "weiß nicht", "nicht relevant", "nicht beantwortet"
    level: int | None
    level_label: str  # the scale's name of the level ("erste Ansätze"); "" if not rated
    anchor: str  # the statement's own text for the chosen level; "" if not rated
    target: int
    gap: int | None
    notes: tuple[str, ...]  # "Uneinigkeit", "zur Diskussion markiert"…
    votes: tuple[GroupVote, ...]
    comment: Bounded
    evidence: Bounded
    not_relevant_reason: Bounded


@dataclass(frozen=True, slots=True)
class DimensionAnswers:
    id: str
    title: str
    score: ScoreFigure
    rows: tuple[AnswerRow, ...]


@dataclass(frozen=True, slots=True)
class LongText:
    """A text too long for its table, printed in the annex up to a cap."""

    ref: str  # "L3"
    context: str  # where it belongs: "Kommentar zu A1", "Maßnahme 14: Text"
    text: str  # as much as the annex prints
    length: int  # characters of the whole text
    cut: bool  # True: ``text`` is only the beginning


@dataclass(frozen=True, slots=True)
class LongTexts:
    entries: tuple[LongText, ...]
    omitted: tuple[str, ...]  # refs over the annex's budget: only in the app and the file
    note: str  # where the full texts are (empty when nothing was cut or omitted)


@dataclass(frozen=True, slots=True)
class Term:
    term: str
    definition: str


@dataclass(frozen=True, slots=True)
class SourceEntry:
    short: str
    citation: str
    url: str


# --------------------------------------------------------------------------- the report


@dataclass(frozen=True, slots=True)
class DecisionPage:
    title: str
    subtitle: str  # municipality · project
    facts: tuple[Fact, ...]  # phase, workshop date, moderation, guideline version
    decisions: tuple[DecisionPoint, ...]
    focus: tuple[Measure, ...]  # the first of the focused measures (at most a page's worth)
    focus_more: int  # focused measures not listed on the page
    budget: tuple[YearBudgetRow, ...]  # per due year, then the total
    budget_note: str
    participants: tuple[ParticipantGroup, ...]
    participants_total: int
    disputed: tuple[OpenPoint, ...]
    disputed_more: tuple[str, ...]  # ids of further disputed statements
    unknown: tuple[OpenPoint, ...]
    next_steps: tuple[NextStep, ...]
    reassessment: date


@dataclass(frozen=True, slots=True)
class KeyFigures:
    overall: ScoreFigure
    categories: tuple[ScoreFigure, ...]
    dimensions: tuple[ScoreFigure, ...]
    percent_meaning: str  # what "45 %" means, said once
    completeness: str
    counts: tuple[Fact, ...]


@dataclass(frozen=True, slots=True)
class Findings:
    gaps: tuple[GapRow, ...]
    gaps_more: int  # statements below target not listed
    disputed: tuple[OpenPoint, ...]


@dataclass(frozen=True, slots=True)
class Annex:
    facts: tuple[Fact, ...]
    dimensions: tuple[DimensionAnswers, ...]
    long_texts: LongTexts
    glossary: tuple[Term, ...]
    sources: tuple[SourceEntry, ...]


@dataclass(frozen=True, slots=True)
class ReportModel:
    lang: str
    title: str
    municipality: str
    project: str
    held_on: date
    outline: tuple[SectionHead, ...]
    decision_page: DecisionPage
    key_figures: KeyFigures
    findings: Findings
    charts: dict[str, Chart]
    barriers: tuple[BarrierMeasures, ...]
    focus: tuple[Measure, ...]
    backlog: tuple[Measure, ...]
    clarifications: tuple[Clarification, ...]
    rejected: tuple[RejectedProposal, ...]
    annex: Annex

    def section(self, section_id: str) -> SectionHead:
        return next(s for s in self.outline if s.id == section_id)
