"""What the plan asks for: effort, costs and due dates per measure and per due year.

The team's own estimate beats the guideline's; a due date the team set beats the suggested
one (workshop date + horizon), which stays marked as a suggestion. A measure that merges
further measures on its topic counts the estimate of the measure it is named after: the
merged ones describe the same piece of work, and adding them up would overstate it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.plan import PlanItem, add_months

# The change team checks its progress once a year, in step with the municipal budget year:
# the re-assessment is due this many months after the workshop.
REASSESSMENT_MONTHS = 12

Range = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Estimate:
    """One measure's effort (person-days), external costs (euros) and due date."""

    effort_days: Range | None  # None: nobody has estimated it
    cost_eur: Range | None  # None: no estimate (not the same as no costs)
    due: date | None
    due_confirmed: bool  # False: ``due`` is the plan's suggestion, or there is none


def estimate(item: PlanItem) -> Estimate:
    """The estimate of ``item``: the team's figures first, then the guideline's."""
    entry = item.entry
    rec = item.recommendation
    days: Range | None = None
    if entry.effort_days is not None:
        days = (entry.effort_days, entry.effort_days)
    elif rec is not None and rec.effort_days is not None:
        days = rec.effort_days
    cost: Range | None = None
    if entry.cost_eur is not None:
        cost = (entry.cost_eur, entry.cost_eur)
    elif rec is not None and rec.cost_eur is not None:
        cost = rec.cost_eur
    if entry.due is not None:
        return Estimate(days, cost, entry.due, True)
    return Estimate(days, cost, item.suggested_due, False)


@dataclass(frozen=True, slots=True)
class YearBudget:
    """The measures due in one year (``year`` None: no due date at all), added up."""

    year: int | None
    measures: int
    effort_days: Range  # sum over the measures with an effort estimate
    without_effort: int  # measures without one
    cost_eur: Range  # sum over the measures with a cost estimate
    without_cost: int


def _add(total: Range, part: Range | None) -> Range:
    return total if part is None else (total[0] + part[0], total[1] + part[1])


def by_due_year(items: Iterable[PlanItem]) -> list[YearBudget]:
    """Effort and costs of ``items`` per year of their (set or suggested) due date.

    Years in order; measures without any due date come last under ``year=None``.
    """
    groups: dict[int | None, list[Estimate]] = {}
    for item in items:
        est = estimate(item)
        groups.setdefault(est.due.year if est.due else None, []).append(est)
    out: list[YearBudget] = []
    for year in sorted(groups, key=lambda y: (y is None, y or 0)):
        days: Range = (0, 0)
        cost: Range = (0, 0)
        for est in groups[year]:
            days = _add(days, est.effort_days)
            cost = _add(cost, est.cost_eur)
        ests = groups[year]
        out.append(
            YearBudget(
                year=year,
                measures=len(ests),
                effort_days=days,
                without_effort=sum(1 for e in ests if e.effort_days is None),
                cost_eur=cost,
                without_cost=sum(1 for e in ests if e.cost_eur is None),
            )
        )
    return out


def total(budgets: Iterable[YearBudget]) -> YearBudget:
    """All years added up (``year`` None)."""
    days: Range = (0, 0)
    cost: Range = (0, 0)
    measures = without_effort = without_cost = 0
    for b in budgets:
        days = _add(days, b.effort_days)
        cost = _add(cost, b.cost_eur)
        measures += b.measures
        without_effort += b.without_effort
        without_cost += b.without_cost
    return YearBudget(None, measures, days, without_effort, cost, without_cost)


def reassessment_date(held_on: date) -> date:
    """When the team should assess itself again to see what the plan changed."""
    return add_months(held_on, REASSESSMENT_MONTHS)
