"""The progress report (Fortschrittsbericht) as plain data, like the action plan's model.

No markup and no layout: strings in the report's language, numbers, dates. Built by
:func:`desktop_app.reporting.model.progress.build_progress_model` from a
:class:`~desktop_app.domain.progress.ProgressData`; the PDF renders it, and any later output
can render the same model.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.reporting.model.types import Chart, DecisionPoint, Fact


@dataclass(frozen=True, slots=True)
class DeltaRow:
    """One score before and after (and, where given, after the accepted measures)."""

    key: str
    name: str
    before: float | None
    after: float | None
    delta: float | None  # percentage points
    before_basis: str  # "4/5": statements rated of those asked
    after_basis: str
    projected: float | None = None


@dataclass(frozen=True, slots=True)
class Highlight:
    """A line of page 1: a dimension that rose most, or one that needs attention."""

    key: str
    name: str
    text: str  # "+24 Pp. (35 % → 59 %)"


@dataclass(frozen=True, slots=True)
class StatementChange:
    statement_id: str
    statement: str
    before: int
    after: int
    delta: int
    before_label: str  # the scale's name of the level
    after_label: str
    own: bool  # the team's own statement
    renamed_from: str = ""  # the id it had in the earlier version, if it changed


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """One of last time's measures: what the plan said, and what became of it."""

    title: str
    category: str
    planned: str  # the status recorded in the earlier plan
    status: str  # done / in progress / dropped
    status_key: str  # ReviewStatus value, for outputs that colour or count
    confirmed: bool  # False: the app's proposal, the team has not confirmed it yet
    note: str


@dataclass(frozen=True, slots=True)
class ChainRow:
    """One assessment of the project, in the trend table."""

    held_on: date
    label: str  # "Auftakt-Workshop"
    version: str
    scope: str  # "gesamter Leitfaden" / "Kurzcheck (18 von 70)"
    overall: float | None
    categories: tuple[float | None, ...]  # technical, personnel, organisational
    role: str  # "Vergleich" / "aktuell" / ""


@dataclass(frozen=True, slots=True)
class ProjectionView:
    now: float | None
    projected: float | None
    measures: int  # accepted measures not done yet
    raised: tuple[StatementChange, ...]
    rule: str  # the rule, in one paragraph
    dimensions: tuple[DeltaRow, ...]  # now → projected, only those that change


@dataclass(frozen=True, slots=True)
class ProgressReportModel:
    lang: str
    title: str
    municipality: str
    project: str
    before_date: date
    after_date: date
    before_label: str  # "15.09.2026 (Workshop Change-Readiness)"
    after_label: str
    facts: tuple[Fact, ...]
    headline: str  # the overall change in one sentence
    overall: DeltaRow
    categories: tuple[DeltaRow, ...]
    dimensions: tuple[DeltaRow, ...]
    improved: tuple[Highlight, ...]
    improved_more: int
    concerns: tuple[Highlight, ...]
    concerns_more: int
    decisions: tuple[DecisionPoint, ...]
    trend: Chart
    deltas: Chart
    chain: tuple[ChainRow, ...]
    rose: tuple[StatementChange, ...]
    rose_more: int
    fell: tuple[StatementChange, ...]
    fell_more: int
    reviews: tuple[ReviewRow, ...]
    review_of: date | None  # the workshop those measures come from
    review_summary: str
    projection: ProjectionView
    notes: tuple[str, ...]  # what limits the comparison (versions, scope, own statements)
    method: tuple[str, ...]  # how to read the numbers
    not_compared: tuple[str, ...]  # statements asked only once: "Nur am 15.09.2026: H3, J6"
    version_changes: tuple[str, ...] = ()  # what changed in the guideline, with the reasons
    version_heading: str = ""
