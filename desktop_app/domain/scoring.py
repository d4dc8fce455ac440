"""Scores per dimension, per category and overall; gaps; the change-barrier profile.

A score is the weighted mean of the rated levels, expressed as a percentage of the top level
(4 = 100 %). "Nicht relevant" statements leave both numerator and denominator; "weiß nicht"
and unanswered statements are counted separately so that a half-finished workshop never
looks better or worse than it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop_app.domain.agreement import Agreement, assess
from desktop_app.domain.answers import MAX_LEVEL, AnswerKind, AnswerSet, AnswerState
from desktop_app.domain.model import BarrierType, Category, Guideline, Statement

# The spread (highest minus lowest vote) that rules with ``spread_at_least`` and the report's
# wording refer to; whether a statement is disputed is decided by ``domain.agreement``.
DISAGREEMENT_SPREAD = 2


@dataclass(frozen=True, slots=True)
class StatementResult:
    statement: Statement
    kind: AnswerKind | None
    level: int | None
    target: int
    gap: int | None  # target - level, never negative; None when not rated
    spread: int | None
    disagreement: bool  # disputed by the robust measure of ``domain.agreement``
    state: AnswerState = AnswerState.OPEN
    agreement: Agreement | None = None

    @property
    def consensus_missing(self) -> bool:
        """Votes but no recorded consensus: scored, for now, with the median of the votes."""
        return self.state is AnswerState.CONSENSUS_MISSING


@dataclass
class Score:
    """Aggregate over a group of statements."""

    percent: float | None = None  # None when nothing in the group was rated
    mean_level: float | None = None
    mean_target: float | None = None
    rated: int = 0
    unknown: int = 0
    not_relevant: int = 0
    missing: int = 0

    @property
    def total(self) -> int:
        return self.rated + self.unknown + self.not_relevant + self.missing

    @property
    def answered(self) -> int:
        return self.rated + self.unknown + self.not_relevant


@dataclass(frozen=True, slots=True)
class BarrierScore:
    barrier: BarrierType
    statements: int
    rated: int
    mean_gap: float | None  # mean target-level gap of the rated statements with this barrier
    percent: float | None  # score of those statements (low = strong barrier)


@dataclass
class Results:
    statements: dict[str, StatementResult]
    dimensions: dict[str, Score]
    categories: dict[Category, Score]
    overall: Score
    barriers: list[BarrierScore] = field(default_factory=list)

    def largest_gaps(self, limit: int = 10) -> list[StatementResult]:
        """Rated statements with a gap, largest weighted gap first, then by id for stability."""
        gaps = [r for r in self.statements.values() if r.gap]
        gaps.sort(key=lambda r: (-(r.gap or 0) * r.statement.weight, r.statement.id))
        return gaps[:limit]

    def disagreements(self) -> list[StatementResult]:
        return [r for r in self.statements.values() if r.disagreement]

    def consensus_missing(self) -> list[StatementResult]:
        return [r for r in self.statements.values() if r.consensus_missing]

    def unknown(self) -> list[StatementResult]:
        return [r for r in self.statements.values() if r.kind is AnswerKind.UNKNOWN]


def evaluate_statement(statement: Statement, answers: AnswerSet) -> StatementResult:
    answer = answers.get(statement.id)
    kind, level = answer.effective()
    target = answers.target_for(statement.id)
    gap = max(0, target - level) if kind is AnswerKind.RATED and level is not None else None
    agreement = assess(answer.votes)
    return StatementResult(
        statement=statement,
        kind=kind,
        level=level,
        target=target,
        gap=gap,
        spread=answer.spread(),
        disagreement=agreement.disputed,
        state=answer.state(),
        agreement=agreement,
    )


def aggregate(results: Iterable[StatementResult]) -> Score:
    score = Score()
    weighted_level = weighted_target = weight_sum = 0.0
    for r in results:
        if r.kind is AnswerKind.RATED and r.level is not None:
            score.rated += 1
            w = r.statement.weight
            weighted_level += w * r.level
            weighted_target += w * r.target
            weight_sum += w
        elif r.kind is AnswerKind.UNKNOWN:
            score.unknown += 1
        elif r.kind is AnswerKind.NOT_RELEVANT:
            score.not_relevant += 1
        else:
            score.missing += 1
    if weight_sum > 0:
        score.mean_level = weighted_level / weight_sum
        score.mean_target = weighted_target / weight_sum
        score.percent = 100.0 * score.mean_level / MAX_LEVEL
    return score


def barrier_profile(results: Iterable[StatementResult]) -> list[BarrierScore]:
    by_barrier: dict[BarrierType, list[StatementResult]] = {b: [] for b in BarrierType}
    for r in results:
        if r.statement.barrier is not None:
            by_barrier[r.statement.barrier].append(r)
    profile = []
    for barrier, group in by_barrier.items():
        rated = [r for r in group if r.gap is not None]
        mean_gap = sum(r.gap or 0 for r in rated) / len(rated) if rated else None
        profile.append(
            BarrierScore(
                barrier=barrier,
                statements=len(group),
                rated=len(rated),
                mean_gap=mean_gap,
                percent=aggregate(group).percent,
            )
        )
    return profile


def score(guideline: Guideline, answers: AnswerSet) -> Results:
    """Evaluate every statement of ``guideline`` against ``answers``."""
    per_statement = {st.id: evaluate_statement(st, answers) for st in guideline.statements}
    dimensions = {
        dim.id: aggregate(per_statement[st.id] for st in dim.statements)
        for dim in guideline.dimensions
    }
    categories = {
        cat: aggregate(r for r in per_statement.values() if r.statement.category is cat)
        for cat in Category
    }
    return Results(
        statements=per_statement,
        dimensions=dimensions,
        categories=categories,
        overall=aggregate(per_statement.values()),
        barriers=barrier_profile(per_statement.values()),
    )
