"""Effort, costs and due dates of plan items, added up per due year."""

from __future__ import annotations

from datetime import date

from desktop_app.domain import budget
from desktop_app.domain.model import Category, Effort, Horizon, Text
from desktop_app.domain.plan import Origin, PlanEntry, PlanItem
from tests.factories import cond, recommendation


def _rec(days: tuple[int, int] | None, cost: tuple[int, int] | None = None,
         horizon: Horizon = Horizon.SHORT):
    import dataclasses

    rec = recommendation("R1", Category.TECHNICAL, cond("A1", "at_most", 1), horizon=horizon)
    return dataclasses.replace(rec, effort_days=days, cost_eur=cost, owner=Text("CDO"))


def _item(key: str, entry: PlanEntry | None = None, days: tuple[int, int] | None = (2, 5),
          cost: tuple[int, int] | None = None, suggested: date | None = date(2027, 3, 15),
          own: bool = False) -> PlanItem:
    return PlanItem(
        key=key,
        origin=Origin.OWN if own else Origin.DERIVED,
        category=Category.TECHNICAL,
        entry=entry or PlanEntry(key),
        recommendation=None if own else _rec(days, cost),
        suggested_due=None if own else suggested,
    )


def test_team_figures_beat_the_guideline_and_a_set_date_is_confirmed() -> None:
    entry = PlanEntry("rec:R1", effort_days=7, cost_eur=1200, due=date(2026, 12, 1))
    est = budget.estimate(_item("rec:R1", entry, cost=(0, 5000)))
    assert est == budget.Estimate((7, 7), (1200, 1200), date(2026, 12, 1), True)
    suggested = budget.estimate(_item("rec:R2"))
    assert suggested.effort_days == (2, 5) and suggested.cost_eur is None
    assert suggested.due == date(2027, 3, 15) and not suggested.due_confirmed


def test_years_add_up_and_say_what_is_not_estimated() -> None:
    items = [
        _item("rec:a", days=(2, 5), cost=(0, 5000)),
        _item("rec:b", days=(10, 20), suggested=date(2028, 1, 1)),
        _item("rec:c", days=None, suggested=date(2027, 9, 1)),
        _item("own:x", PlanEntry("own:x", effort=Effort.LOW), own=True),  # no date, no days
    ]
    years = budget.by_due_year(items)
    assert [y.year for y in years] == [2027, 2028, None]
    y2027 = years[0]
    assert (y2027.measures, y2027.effort_days, y2027.without_effort) == (2, (2, 5), 1)
    assert (y2027.cost_eur, y2027.without_cost) == ((0, 5000), 1)
    total = budget.total(years)
    assert (total.measures, total.effort_days, total.without_effort) == (4, (12, 25), 2)
    assert total.without_cost == 3


def test_reassessment_a_year_after_the_workshop() -> None:
    assert budget.reassessment_date(date(2026, 9, 15)) == date(2027, 9, 15)
    assert budget.reassessment_date(date(2028, 2, 29)) == date(2029, 2, 28)
