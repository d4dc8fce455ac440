"""Recommendations are triggered by their explicit rules, with reasons and priorities."""

from __future__ import annotations

from desktop_app.domain.answers import Answer, AnswerKind, AnswerSet
from desktop_app.domain.model import ConditionKind
from desktop_app.domain.plan import Decision, Origin, PlanEntry, build_plan
from desktop_app.domain.rules import Priority, clarification_tasks, derive, priority_for
from desktop_app.domain.scoring import score
from tests.factories import rated, small_guideline, vote


def derived_ids(*items: Answer, target: int = 3) -> dict[str, object]:
    g = small_guideline()
    res = score(g, AnswerSet(target, {a.statement_id: a for a in items}))
    return {t.recommendation.id: t for t in derive(g, res)}


def test_at_most_triggers_with_reason_naming_statement_level_and_target() -> None:
    got = derived_ids(rated("A1", 1))
    assert "T-1" in got
    (reason,) = got["T-1"].reasons  # type: ignore[attr-defined]
    assert reason.condition.statement_id == "A1"
    assert reason.condition.kind is ConditionKind.AT_MOST
    assert (reason.level, reason.target) == (1, 3)


def test_at_most_does_not_trigger_above_threshold() -> None:
    assert "T-1" not in derived_ids(rated("A1", 2))


def test_gap_rule_uses_the_statement_target() -> None:
    assert "P-1" not in derived_ids(rated("A2", 2))  # gap 1 to default target 3
    assert "P-1" in derived_ids(rated("A2", 2, target=4))  # gap 2


def test_all_mode_needs_every_condition() -> None:
    assert "O-1" not in derived_ids(rated("B1", 1), rated("B2", 3))
    assert "O-1" in derived_ids(rated("B1", 1), rated("B2", 2))


def test_spread_rule_fires_on_disagreement_even_without_consensus() -> None:
    got = derived_ids(Answer("B2", votes=(vote("Leitung", 4), vote("Fachamt", 1))))
    assert "O-2" in got


def test_unknown_and_not_relevant_never_trigger_but_unknown_becomes_clarification() -> None:
    g = small_guideline()
    answers = AnswerSet(
        3,
        {
            "A1": Answer("A1", AnswerKind.UNKNOWN),
            "A2": Answer("A2", AnswerKind.NOT_RELEVANT),
        },
    )
    res = score(g, answers)
    assert derive(g, res) == []
    assert [t.statement.id for t in clarification_tasks(res)] == ["A1"]


def test_priority_is_weight_times_gap_and_orders_the_list() -> None:
    g = small_guideline()
    res = score(
        g,
        AnswerSet(
            3,
            {
                "A1": rated("A1", 1),  # weight 1, gap 2 -> 2.0 medium
                "A2": rated("A2", 1, target=4),  # weight 2, gap 3 -> 6.0 high
            },
        ),
    )
    triggered = derive(g, res)
    assert [t.recommendation.id for t in triggered] == ["P-1", "T-1"]
    assert triggered[0].priority is Priority.HIGH
    assert triggered[1].priority is Priority.MEDIUM
    assert priority_for(0.5) is Priority.LOW


def test_plan_keeps_decisions_and_accepted_items_that_no_longer_trigger() -> None:
    g = small_guideline()
    entries = [
        PlanEntry("rec:T-1", decision=Decision.ACCEPTED, owner="IT-Leitung"),
        PlanEntry("rec:P-1", decision=Decision.REJECTED),
        PlanEntry("own:1", title="Eigene Maßnahme", decision=Decision.ACCEPTED),
    ]
    # A1 is now fine: T-1 no longer triggers but stays because it was accepted.
    res = score(g, AnswerSet(3, {"A1": rated("A1", 4), "A2": rated("A2", 0, target=4)}))
    plan = build_plan(g, res, entries)
    items = {i.key: i for i in plan.items}
    assert items["rec:T-1"].still_triggered is False
    assert items["rec:T-1"].responsible("de") == "IT-Leitung"
    assert items["rec:P-1"].decision is Decision.REJECTED
    assert items["rec:P-1"] not in plan.active()
    assert items["own:1"].origin is Origin.OWN
    assert items["own:1"].title("de") == "Eigene Maßnahme"


def test_edited_title_wins_and_marks_item_as_edited() -> None:
    g = small_guideline()
    res = score(g, AnswerSet(3, {"A1": rated("A1", 0)}))
    plan = build_plan(g, res, [PlanEntry("rec:T-1", title="Angepasst")])
    (item,) = [i for i in plan.items if i.key == "rec:T-1"]
    assert item.title("de") == "Angepasst"
    assert item.edited
