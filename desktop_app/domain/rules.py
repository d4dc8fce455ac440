"""Derive recommendations from scored answers by the explicit rules in the content.

Every triggered recommendation carries the conditions that fired, so the GUI and the PDF can
say *why* it is proposed ("Aussage B.2 mit 1 bewertet, Ziel 3"). Priority is the largest
``weight × gap`` among the statements that fired it: an important statement far from its
target outranks a minor one just below it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.domain.answers import AnswerKind
from desktop_app.domain.model import (
    Category,
    Condition,
    ConditionKind,
    Guideline,
    Recommendation,
    Statement,
)
from desktop_app.domain.scoring import Results, StatementResult


class Priority(StrEnum):
    HIGH = "hoch"
    MEDIUM = "mittel"
    LOW = "niedrig"


# Thresholds on weight × gap. Any statement two levels short of its target is at least
# "mittel"; a key statement (weight 2) two levels short, or an important one (1.5) three
# levels short, is "hoch". Kept strict so that "hoch" still singles something out.
HIGH_PRIORITY_AT = 4.0
MEDIUM_PRIORITY_AT = 2.0


def priority_for(value: float) -> Priority:
    if value >= HIGH_PRIORITY_AT:
        return Priority.HIGH
    if value >= MEDIUM_PRIORITY_AT:
        return Priority.MEDIUM
    return Priority.LOW


@dataclass(frozen=True, slots=True)
class Reason:
    """One condition that held, with the values that made it hold."""

    condition: Condition
    level: int | None
    target: int
    spread: int | None


@dataclass(frozen=True, slots=True)
class Triggered:
    recommendation: Recommendation
    reasons: tuple[Reason, ...]
    priority_value: float

    @property
    def priority(self) -> Priority:
        return priority_for(self.priority_value)


@dataclass(frozen=True, slots=True)
class ClarificationTask:
    """A "weiß nicht" answer turned into a task: find out before deciding on measures."""

    statement: Statement

    @property
    def category(self) -> Category:
        return self.statement.category


def condition_holds(cond: Condition, result: StatementResult) -> bool:
    if cond.kind is ConditionKind.SPREAD_AT_LEAST:
        return result.spread is not None and result.spread >= cond.value
    if result.kind is not AnswerKind.RATED or result.level is None:
        return False
    if cond.kind is ConditionKind.AT_MOST:
        return result.level <= cond.value
    return (result.gap or 0) >= cond.value  # GAP_AT_LEAST


def _priority_value(result: StatementResult) -> float:
    gap = result.gap or 0
    if gap == 0 and result.spread:
        # Fired by disagreement alone: worth a discussion, not an urgent measure.
        return 1.0 * result.statement.weight
    return gap * result.statement.weight


def evaluate(recommendation: Recommendation, results: Results) -> Triggered | None:
    held: list[Reason] = []
    for cond in recommendation.rule.conditions:
        res = results.statements.get(cond.statement_id)
        if res is not None and condition_holds(cond, res):
            held.append(Reason(cond, res.level, res.target, res.spread))
        elif recommendation.rule.mode == "all":
            return None
    if not held:
        return None
    value = max(_priority_value(results.statements[r.condition.statement_id]) for r in held)
    return Triggered(recommendation, tuple(held), value)


def derive(guideline: Guideline, results: Results) -> list[Triggered]:
    """All triggered recommendations, highest priority first, then category and id."""
    order = {cat: i for i, cat in enumerate(Category)}
    triggered = [t for rec in guideline.recommendations if (t := evaluate(rec, results))]
    triggered.sort(
        key=lambda t: (-t.priority_value, order[t.recommendation.category], t.recommendation.id)
    )
    return triggered


def clarification_tasks(results: Results) -> list[ClarificationTask]:
    return [ClarificationTask(r.statement) for r in results.unknown()]
