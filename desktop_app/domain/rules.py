"""Derive recommendations from scored answers by the explicit rules in the content.

Every triggered recommendation carries the conditions that fired, so the GUI and the PDF can
say *why* it is proposed ("Aussage B.2 mit 1 bewertet, Ziel 3"). Guards (``requires`` /
``unless``) look at related answers: "CDO-Rolle besetzen" stays silent where a CDO exists,
and a guard on a statement answered "weiß nicht" holds the measure back until the
clarification. How urgent a measure is comes from :class:`Urgency`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.domain.answers import MAX_LEVEL, AnswerKind
from desktop_app.domain.model import (
    BarrierType,
    Category,
    Condition,
    ConditionKind,
    Guideline,
    Phase,
    Recommendation,
    Statement,
)
from desktop_app.domain.scoring import DISAGREEMENT_SPREAD, BarrierScore, Results, StatementResult


class Priority(StrEnum):
    HIGH = "hoch"
    MEDIUM = "mittel"
    LOW = "niedrig"


# Thresholds on the urgency value (see Urgency). "hoch" needs a key statement (weight 2)
# at level 0 or 1, or an important one (1.5) at level 0; "mittel" anything clearly behind.
# Kept strict so that "hoch" still singles something out.
HIGH_PRIORITY_AT = 1.3
MEDIUM_PRIORITY_AT = 0.6

# Shares of the need: how low the level is, and how far it is from the team's target.
LEVEL_SHARE = 0.6
GAP_SHARE = 0.4
# Need of a statement that fired only because the votes disagree: a discussion, not a gap.
DISCUSSION_NEED = 0.25
# Each further statement behind a measure adds this share of its own need × weight.
BREADTH_SHARE = 0.1
# A measure outside the phases it applies to counts half (and never fills the focus list).
OFF_PHASE_FACTOR = 0.5
# Barrier factor = BARRIER_BASE + BARRIER_SPAN × strength of that barrier in the team's
# profile (0 = no sign of it, 1 = every statement with that barrier at level 0).
BARRIER_BASE = 0.85
BARRIER_SPAN = 0.3


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
class Urgency:
    """How urgent a measure is, and the parts that make it so (kept for the explanation).

    ``value = (need × weight + breadth) × phase_factor × barrier_factor``, where

    * **need** (0–1) of the statement that weighs most: ``0.6 × (4 − level) / 4 +
      0.4 × gap / 4``. The absolute level counts more than the distance to the team's own
      target, so raising every target from 3 to 4 reorders little: a statement at level 0
      stays ahead of one at level 2, whatever the targets. A statement that fired only by
      disagreeing votes has a need of 0.25 (worth a discussion, not a programme).
    * **weight** of that statement (1 normal, 1.5 important, 2 key factor).
    * **breadth**: each further statement behind the measure adds a tenth of its own
      need × weight, so a measure several findings point to moves up a little.
    * **phase_factor**: 1 where the measure applies in the project's phase, 0.5 where it
      does not (checking a solution before buying it no longer helps once it is in use).
    * **barrier_factor**: 0.85 to 1.15 by how strong the barrier the measure addresses is
      in the team's barrier profile, so measures against the team's main barrier come first.
    """

    statement_id: str | None
    need: float
    weight: float
    breadth: float
    phase_factor: float
    barrier_factor: float

    @property
    def value(self) -> float:
        return (self.need * self.weight + self.breadth) * self.phase_factor * self.barrier_factor


@dataclass(frozen=True, slots=True)
class Triggered:
    recommendation: Recommendation
    reasons: tuple[Reason, ...]
    urgency: Urgency
    waiting_for: tuple[str, ...] = ()  # statements answered "weiß nicht" that a guard needs

    @property
    def priority_value(self) -> float:
        return self.urgency.value

    @property
    def priority(self) -> Priority:
        return priority_for(self.priority_value)

    @property
    def waiting(self) -> bool:
        return bool(self.waiting_for)


@dataclass(frozen=True, slots=True)
class ClarificationTask:
    """A "weiß nicht" answer turned into a task: find out before deciding on measures."""

    statement: Statement
    waiting: tuple[Recommendation, ...] = ()  # measures held back until it is clarified

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
    if cond.kind is ConditionKind.AT_LEAST:
        return result.level >= cond.value
    return (result.gap or 0) >= cond.value  # GAP_AT_LEAST


def need(result: StatementResult, *, rated_finding: bool = True) -> float:
    """How far behind a statement is, 0 (nothing to do) to 1 (level 0, target 4).

    ``rated_finding`` is False when only disagreeing votes made the statement count: then
    the need is that of a discussion, whatever level the consensus has.
    """
    value = 0.0
    if rated_finding and result.kind is AnswerKind.RATED and result.level is not None:
        value = LEVEL_SHARE * (MAX_LEVEL - result.level) / MAX_LEVEL
        value += GAP_SHARE * (result.gap or 0) / MAX_LEVEL
    if result.spread is not None and result.spread >= DISAGREEMENT_SPREAD:
        value = max(value, DISCUSSION_NEED)
    return value


def barrier_strength(barrier: BarrierType | None, profile: Iterable[BarrierScore]) -> float:
    """0 (no sign of the barrier) to 1 (all its statements at level 0); 0.5 if unknown."""
    for score in profile:
        if score.barrier is barrier and score.percent is not None:
            return 1.0 - score.percent / 100.0
    return 0.5


def urgency(
    recommendation: Recommendation,
    results: Results,
    reasons: Iterable[Reason],
    phase: Phase | None,
) -> Urgency:
    """The urgency of ``recommendation`` fired for ``reasons`` (see :class:`Urgency`)."""
    rated: dict[str, bool] = {}
    for reason in reasons:
        sid = reason.condition.statement_id
        by_level = reason.condition.kind is not ConditionKind.SPREAD_AT_LEAST
        rated[sid] = rated.get(sid, False) or by_level
    weighted = sorted(
        (
            (
                need(results.statements[sid], rated_finding=by_level)
                * results.statements[sid].statement.weight,
                sid,
            )
            for sid, by_level in rated.items()
        ),
        key=lambda pair: (-pair[0], pair[1]),
    )
    lead_id = weighted[0][1] if weighted else None
    lead = results.statements[lead_id] if lead_id is not None else None
    barrier = recommendation.barrier
    return Urgency(
        statement_id=lead_id,
        need=need(lead, rated_finding=rated[lead.statement.id]) if lead is not None else 0.0,
        weight=lead.statement.weight if lead is not None else 1.0,
        breadth=BREADTH_SHARE * sum(value for value, _ in weighted[1:]),
        phase_factor=1.0 if recommendation.fits(phase) else OFF_PHASE_FACTOR,
        barrier_factor=1.0
        if barrier is None
        else BARRIER_BASE + BARRIER_SPAN * barrier_strength(barrier, results.barriers),
    )


def _guard(cond: Condition, results: Results) -> bool | None:
    """Whether a guard condition holds; None while its statement waits for clarification."""
    res = results.statements.get(cond.statement_id)
    if res is None:
        return False
    if res.kind is AnswerKind.UNKNOWN:
        return None
    return condition_holds(cond, res)


def evaluate(
    recommendation: Recommendation, results: Results, phase: Phase | None = None
) -> Triggered | None:
    """The recommendation if its rule fires (possibly waiting for a clarification)."""
    rule = recommendation.rule
    held: list[Reason] = []
    for cond in rule.conditions:
        res = results.statements.get(cond.statement_id)
        if res is not None and condition_holds(cond, res):
            held.append(Reason(cond, res.level, res.target, res.spread))
        elif rule.mode == "all":
            return None
    if not held:
        return None
    required = [_guard(c, results) for c in rule.requires]
    excluded = [_guard(c, results) for c in rule.unless]
    if False in required or True in excluded:
        return None
    waiting = tuple(
        dict.fromkeys(
            c.statement_id
            for c, state in zip(rule.guards, required + excluded, strict=True)
            if state is None
        )
    )
    value = urgency(recommendation, results, held, phase)
    return Triggered(recommendation, tuple(held), value, waiting)


def derive(
    guideline: Guideline, results: Results, phase: Phase | None = None
) -> list[Triggered]:
    """All triggered recommendations (waiting ones included), most urgent first."""
    order = {cat: i for i, cat in enumerate(Category)}
    triggered = [t for rec in guideline.recommendations if (t := evaluate(rec, results, phase))]
    triggered.sort(
        key=lambda t: (-t.priority_value, order[t.recommendation.category], t.recommendation.id)
    )
    return triggered


def clarification_tasks(
    results: Results, triggered: Iterable[Triggered] = ()
) -> list[ClarificationTask]:
    """One task per "weiß nicht", with the measures that wait for it."""
    waiting = [t for t in triggered if t.waiting]
    return [
        ClarificationTask(
            r.statement,
            tuple(t.recommendation for t in waiting if r.statement.id in t.waiting_for),
        )
        for r in results.unknown()
    ]
