"""Progress between assessments of one project: deltas, trend, measures, projection.

Each assessment is scored with its own guideline version, scope and own statements; a
comparison puts two such evaluations side by side:

* **deltas** in percentage points (pp) of the maturity score per dimension, per category and
  overall — each side with the number of statements it rests on, so a short check beside a
  full assessment is read for what it is;
* **statement deltas** in levels for every statement rated in both (ids mapped through
  ``changes.yaml`` when the guideline version changed; a split, merged or removed statement
  has no counterpart and is left out);
* **most improved**: dimensions that rose by at least :data:`NOTABLE_POINTS`, and
  statements that rose by a level or more;
* **areas of concern**: dimensions that fell by at least :data:`NOTABLE_POINTS`, dimensions
  still below :data:`LOW_PERCENT` that rose by less than that, and statements that fell by
  a level or more;
* the **trend** of the whole chain (every assessment of the project, by date);
* the **status of last time's measures** (done, in progress, dropped) for the team to
  confirm;
* the **projection**: what the score would be if the accepted measures are done (see
  :func:`project` for the rule).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from desktop_app.domain.answers import AnswerKind, AnswerSet
from desktop_app.domain.assessment import Evaluation
from desktop_app.domain.model import Category, ConditionKind, Dimension, VersionChanges
from desktop_app.domain.plan import Decision, Origin, PlanItem, Status
from desktop_app.domain.scoring import Results, Score, score

# A change of 5 percentage points is one level on one of five equally weighted statements of
# a dimension (one level = 25 points spread over five): less is within what a different
# room on a different day would rate.
NOTABLE_POINTS = 5.0
# Below half of the highest level a dimension needs attention even when it rose a little.
LOW_PERCENT = 50.0
SHOWN = 3  # most improved / concerns listed by name on page 1


@dataclass(frozen=True, slots=True)
class ScoreDelta:
    """One score (a dimension, a category or overall) before and after."""

    key: str  # dimension id, category value, or "overall"
    before: Score | None  # None: not asked in the earlier assessment
    after: Score | None

    @property
    def delta(self) -> float | None:
        """After minus before, in percentage points; None unless both were rated."""
        if self.before is None or self.after is None:
            return None
        if self.before.percent is None or self.after.percent is None:
            return None
        return self.after.percent - self.before.percent


@dataclass(frozen=True, slots=True)
class StatementDelta:
    statement_id: str  # the id in the later assessment
    before_id: str  # the id in the earlier one (differs after a rewording with a new id)
    before: int
    after: int
    weight: float

    @property
    def delta(self) -> int:
        return self.after - self.before


class ConcernKind(StrEnum):
    FELL = "fell"  # the dimension lost at least NOTABLE_POINTS
    STUCK = "stuck"  # still below LOW_PERCENT and rose by less than NOTABLE_POINTS


@dataclass(frozen=True, slots=True)
class Concern:
    kind: ConcernKind
    delta: ScoreDelta


@dataclass(frozen=True)
class Comparison:
    before: Evaluation
    after: Evaluation
    overall: ScoreDelta
    categories: tuple[ScoreDelta, ...]
    dimensions: tuple[ScoreDelta, ...]  # in the later guideline's order, then gone ones
    statements: tuple[StatementDelta, ...]  # rated in both
    only_before: tuple[str, ...]  # asked before, no counterpart now (scope or version)
    only_after: tuple[str, ...]
    changes: VersionChanges | None = None  # how the ids were mapped (versions differ)

    @property
    def mapped(self) -> bool:
        """True: the version changed and ``changes.yaml`` mapped the ids."""
        return self.changes is not None

    @property
    def version_changed(self) -> bool:
        return self.before.guideline.version != self.after.guideline.version

    def dimension(self, dimension_id: str) -> Dimension | None:
        for g in (self.after.guideline, self.before.guideline):
            for d in g.dimensions:
                if d.id == dimension_id:
                    return d
        return None

    def improved(self) -> list[ScoreDelta]:
        """Dimensions that rose by at least NOTABLE_POINTS, the largest rise first."""
        rising = [d for d in self.dimensions if d.delta is not None and d.delta >= NOTABLE_POINTS]
        return sorted(rising, key=lambda d: (-(d.delta or 0), d.key))

    def concerns(self) -> list[Concern]:
        """Dimensions that fell, then those still low that hardly moved (lowest first)."""
        fell, stuck = [], []
        for d in self.dimensions:
            if d.delta is None or d.after is None or d.after.percent is None:
                continue
            if d.delta <= -NOTABLE_POINTS:
                fell.append(Concern(ConcernKind.FELL, d))
            elif d.after.percent < LOW_PERCENT and d.delta < NOTABLE_POINTS:
                stuck.append(Concern(ConcernKind.STUCK, d))
        fell.sort(key=lambda c: (c.delta.delta or 0, c.delta.key))
        stuck.sort(key=lambda c: (c.delta.after.percent if c.delta.after else 0, c.delta.key))
        return fell + stuck

    def rose(self) -> list[StatementDelta]:
        """Statements up by a level or more, the largest weighted rise first."""
        up = [s for s in self.statements if s.delta >= 1]
        return sorted(up, key=lambda s: (-s.delta * s.weight, s.statement_id))

    def fell(self) -> list[StatementDelta]:
        """Statements down by a level or more, the largest weighted fall first."""
        down = [s for s in self.statements if s.delta <= -1]
        return sorted(down, key=lambda s: (s.delta * s.weight, s.statement_id))


def _rated(results: Results) -> dict[str, tuple[int, float]]:
    return {
        sid: (r.level, r.statement.weight)
        for sid, r in results.statements.items()
        if r.kind is AnswerKind.RATED and r.level is not None
    }


def _counterpart(old_id: str, changes: VersionChanges | None) -> str | None:
    return old_id if changes is None else changes.carried_over(old_id)


def compare(
    before: Evaluation, after: Evaluation, changes: VersionChanges | None = None
) -> Comparison:
    """``after`` against ``before``; ``changes`` maps ids when the version differs.

    Without ``changes`` a statement counts as the same when it has the same id (the case
    for one version, and for own statements carried into a re-assessment).
    """
    b, a = before.results, after.results
    dims_after = [d.id for d in after.guideline.dimensions]
    dims_before = [d.id for d in before.guideline.dimensions if d.id not in dims_after]
    dimensions = tuple(
        ScoreDelta(d, b.dimensions.get(d), a.dimensions.get(d)) for d in dims_after + dims_before
    )
    categories = tuple(
        ScoreDelta(c.value, b.categories.get(c), a.categories.get(c)) for c in Category
    )
    rated_before, rated_after = _rated(b), _rated(a)
    deltas = []
    matched_after: set[str] = set()
    matched_before: set[str] = set()
    after_ids = set(a.statements)
    for old_id in b.statements:
        new_id = _counterpart(old_id, changes)
        if new_id is None or new_id not in after_ids:
            continue
        matched_before.add(old_id)
        matched_after.add(new_id)
        if old_id in rated_before and new_id in rated_after:
            level_after, weight = rated_after[new_id]
            deltas.append(StatementDelta(new_id, old_id, rated_before[old_id][0], level_after,
                                         weight))
    order = {sid: n for n, sid in enumerate(a.statements)}
    deltas.sort(key=lambda s: order[s.statement_id])
    return Comparison(
        before=before,
        after=after,
        overall=ScoreDelta("overall", b.overall, a.overall),
        categories=categories,
        dimensions=dimensions,
        statements=tuple(deltas),
        only_before=tuple(s for s in b.statements if s not in matched_before),
        only_after=tuple(s for s in a.statements if s not in matched_after),
        changes=changes,
    )


# --------------------------------------------------------------------------- the chain


@dataclass(frozen=True, slots=True)
class TrendPoint:
    assessment_id: int
    held_on: date
    title: str
    version: str
    overall: float | None
    dimensions: tuple[tuple[str, float | None], ...]
    categories: tuple[tuple[Category, float | None], ...]
    asked: int  # statements asked (guideline and own)

    def dimension(self, dimension_id: str) -> float | None:
        return dict(self.dimensions).get(dimension_id)


def trend(chain: Sequence[Evaluation]) -> tuple[TrendPoint, ...]:
    """One point per assessment of the chain, oldest first."""
    ordered = sorted(chain, key=lambda ev: (ev.info.held_on, ev.info.id))
    return tuple(
        TrendPoint(
            assessment_id=ev.info.id,
            held_on=ev.info.held_on,
            title=ev.info.title,
            version=ev.guideline.version,
            overall=ev.results.overall.percent,
            dimensions=tuple((d, s.percent) for d, s in ev.results.dimensions.items()),
            categories=tuple((c, s.percent) for c, s in ev.results.categories.items()),
            asked=len(ev.results.statements),
        )
        for ev in ordered
    )


# --------------------------------------------------------------------------- measures


class ReviewStatus(StrEnum):
    """What became of a measure of the previous assessment."""

    DONE = "done"
    IN_PROGRESS = "in_progress"
    DROPPED = "dropped"


@dataclass(frozen=True, slots=True)
class StoredReview:
    """What the team recorded about one of last time's measures (keyed by its plan key)."""

    key: str
    status: ReviewStatus
    confirmed: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True)
class ReviewItem:
    item: PlanItem  # the measure as the previous plan has it
    proposed: ReviewStatus  # from the status recorded in the previous plan
    stored: StoredReview | None = None

    @property
    def key(self) -> str:
        return self.item.key

    @property
    def status(self) -> ReviewStatus:
        return self.stored.status if self.stored is not None else self.proposed

    @property
    def confirmed(self) -> bool:
        return self.stored is not None and self.stored.confirmed

    @property
    def note(self) -> str:
        return self.stored.note if self.stored is not None else ""


def committed(item: PlanItem) -> bool:
    """A measure the team committed to: accepted, its own, or already worked on."""
    if item.decision is Decision.REJECTED or item.origin is Origin.CLARIFICATION:
        return False
    return (
        item.decision is Decision.ACCEPTED
        or item.origin is Origin.OWN
        or item.entry.status is not Status.OPEN
    )


def proposed_status(status: Status) -> ReviewStatus:
    """Done stays done; anything begun or still open is proposed as carried on."""
    return ReviewStatus.DONE if status is Status.DONE else ReviewStatus.IN_PROGRESS


def review_items(previous: Evaluation, stored: Iterable[StoredReview]) -> list[ReviewItem]:
    """Last time's committed measures, each with the team's record or the proposal."""
    by_key = {s.key: s for s in stored}
    return [
        ReviewItem(item, proposed_status(item.entry.status), by_key.get(item.key))
        for item in previous.plan.items
        if committed(item)
    ]


# --------------------------------------------------------------------------- projection

# How far one round of measures moves a statement: one level, never beyond the team's
# target. A measure is a step, not a leap; the re-assessment a year later shows the truth.
PROJECTION_STEP = 1


@dataclass(frozen=True)
class Projection:
    results: Results
    raised: dict[str, tuple[int, int]]  # statement id → (level now, projected level)
    measures: int  # accepted measures not done yet that the projection counts


def projected_measures(ev: Evaluation) -> list[PlanItem]:
    """The accepted (or own) measures of ``ev``'s plan that are not done yet."""
    return [
        i for i in ev.plan.items
        if i.origin is not Origin.CLARIFICATION
        and i.decision is not Decision.REJECTED
        and (i.decision is Decision.ACCEPTED or i.origin is Origin.OWN)
        and i.entry.status is not Status.DONE
    ]


def project(ev: Evaluation) -> Projection:
    """The scores if every accepted measure of ``ev`` that is not done yet is done.

    Rule: each statement whose rating triggered such a measure (a level or a gap to the
    target, not disagreeing votes) rises by :data:`PROJECTION_STEP` level, at most to the
    team's target for it; several measures on one statement still raise it once. Every
    other answer stays as it is. It is a what-if, not a forecast.
    """
    measures = projected_measures(ev)
    raised: dict[str, tuple[int, int]] = {}
    for item in measures:
        for reason in item.reasons:
            if reason.condition.kind is ConditionKind.SPREAD_AT_LEAST:
                continue
            sid = reason.condition.statement_id
            result = ev.results.statements.get(sid)
            if result is None or result.level is None or sid in raised:
                continue
            to = min(result.target, result.level + PROJECTION_STEP)
            if to > result.level:
                raised[sid] = (result.level, to)
    answers = dict(ev.answers.answers)
    for sid, (_, to) in raised.items():
        answers[sid] = replace(ev.answers.get(sid), kind=AnswerKind.RATED, level=to)
    projected = AnswerSet(ev.answers.default_target, answers)
    return Projection(score(ev.guideline, projected), raised, len(measures))


@dataclass(frozen=True)
class ProgressData:
    """Everything the comparison screen and the progress report show."""

    comparison: Comparison
    trend: tuple[TrendPoint, ...]  # the chain up to the later assessment, oldest first
    reviews: tuple[ReviewItem, ...]  # last time's measures, as the later assessment sees them
    review_of: Evaluation | None  # the assessment those measures come from
    projection: Projection  # of the later assessment
    chain: tuple[int, ...]  # every assessment of the project, oldest first
