"""Recommendations are triggered by their explicit rules, with reasons and priorities."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.answers import Answer, AnswerKind, AnswerSet
from desktop_app.domain.explain import ExplanationKind, explain
from desktop_app.domain.model import BarrierType, Category, ConditionKind, Horizon, Phase
from desktop_app.domain.plan import (
    Decision,
    Origin,
    Placement,
    PlanEntry,
    add_months,
    build_plan,
)
from desktop_app.domain.rules import Priority, clarification_tasks, derive, need, priority_for
from desktop_app.domain.scoring import score
from tests.factories import cond, rated, recommendation, small_guideline, vote


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


def test_urgency_combines_level_gap_and_weight_and_orders_the_list() -> None:
    g = small_guideline()
    res = score(
        g,
        AnswerSet(
            3,
            {
                "A1": rated("A1", 1),  # weight 1: 0.6·3/4 + 0.4·2/4 = 0.65 -> mittel
                "A2": rated("A2", 1, target=4),  # weight 2: (0.45 + 0.3)·2 = 1.5 -> hoch
            },
        ),
    )
    triggered = derive(g, res)
    assert [t.recommendation.id for t in triggered] == ["P-1", "T-1"]
    assert triggered[0].priority_value == pytest.approx(1.5)
    assert triggered[1].priority_value == pytest.approx(0.65)
    assert triggered[0].priority is Priority.HIGH
    assert triggered[1].priority is Priority.MEDIUM
    assert priority_for(0.5) is Priority.LOW


def test_level_weighs_more_than_the_distance_to_a_high_target() -> None:
    low = need(score(small_guideline(), AnswerSet(3, {"A1": rated("A1", 0)})).statements["A1"])
    ambitious = need(
        score(small_guideline(), AnswerSet(3, {"A1": rated("A1", 2, target=4)})).statements["A1"]
    )
    assert low > ambitious  # 0.9 against 0.5: raising targets does not outrank real gaps


def test_disagreement_alone_counts_as_a_discussion_not_as_a_gap() -> None:
    g = small_guideline()
    votes = (vote("Leitung", 4), vote("Fachbereich", 1))
    (trig,) = derive(g, score(g, AnswerSet(3, {"B2": Answer("B2", AnswerKind.RATED, 0,
                                                              votes=votes)})))[-1:]
    assert trig.recommendation.id == "O-2"
    assert trig.urgency.need == pytest.approx(0.25)


def test_at_least_and_guards_look_at_related_answers() -> None:
    needs_b1 = recommendation(
        "O-9", Category.ORGANISATIONAL, cond("A1", "at_most", 1),
        requires=(cond("B1", "at_least", 2),),
    )
    not_if_b2 = recommendation(
        "O-8", Category.ORGANISATIONAL, cond("A1", "at_most", 1),
        unless=(cond("B2", "at_least", 3),),
    )
    g = small_guideline(needs_b1, not_if_b2)

    def fired(**levels: int) -> set[str]:
        answers = {sid: rated(sid, lvl) for sid, lvl in levels.items()}
        return {t.recommendation.id for t in derive(g, score(g, AnswerSet(3, answers)))}

    assert {"O-9", "O-8"} <= fired(A1=0, B1=2, B2=1)
    assert "O-9" not in fired(A1=0, B1=1, B2=1)  # requirement not met
    assert "O-9" not in fired(A1=0)  # nor when B1 is unanswered
    assert "O-8" not in fired(A1=0, B1=2, B2=3)  # excluded by the related answer
    assert "O-8" in fired(A1=0)  # an unanswered exclusion does not hold


def test_a_guard_on_an_unknown_statement_holds_the_measure_for_the_clarification() -> None:
    waits = recommendation(
        "O-9", Category.ORGANISATIONAL, cond("A1", "at_most", 1),
        requires=(cond("B1", "at_least", 2),),
    )
    g = small_guideline(waits)
    res = score(g, AnswerSet(3, {"A1": rated("A1", 0), "B1": Answer("B1", AnswerKind.UNKNOWN)}))
    (held,) = [t for t in derive(g, res) if t.recommendation.id == "O-9"]
    assert held.waiting_for == ("B1",)
    plan = build_plan(g, res, [])
    assert "rec:O-9" not in {i.key for i in plan.items}
    (clarify,) = plan.clarifications()
    assert [r.id for r in clarify.waiting] == ["O-9"]


def test_phase_fit_halves_urgency_and_keeps_a_measure_out_of_the_focus() -> None:
    planning_only = recommendation(
        "T-9", Category.TECHNICAL, cond("A1", "at_most", 1), phases=frozenset({Phase.PLANNING})
    )
    g = small_guideline(planning_only)
    res = score(g, AnswerSet(3, {"A1": rated("A1", 0)}))
    in_planning = build_plan(g, res, [], phase=Phase.PLANNING)
    in_use = build_plan(g, res, [], phase=Phase.INTRODUCTION)
    assert "rec:T-9" in {i.key for i in in_planning.focus()}
    (item,) = [i for i in in_use.items if i.key == "rec:T-9"]
    assert item.placement is Placement.BACKLOG
    assert item.urgency is not None and item.urgency.phase_factor == 0.5
    assert explain(in_use, item).kind is ExplanationKind.OUTSIDE_PHASE


def test_measures_against_the_stronger_barrier_rank_higher() -> None:
    against_not_able = recommendation("T-8", Category.TECHNICAL, cond("B2", "at_most", 1),
                                      barrier=BarrierType.NOT_ABLE)
    against_not_knowing = recommendation("T-7", Category.TECHNICAL, cond("B2", "at_most", 1),
                                         barrier=BarrierType.NOT_KNOWING)
    g = small_guideline(against_not_able, against_not_knowing)
    # A1 carries "Nicht-Können" and sits at 0; B1 carries "Nicht-Wissen" and sits at 4.
    res = score(g, AnswerSet(3, {"A1": rated("A1", 0), "B1": rated("B1", 4),
                                 "B2": rated("B2", 0)}))
    by_id = {t.recommendation.id: t for t in derive(g, res)}
    assert by_id["T-8"].urgency.barrier_factor == pytest.approx(1.15)
    assert by_id["T-7"].urgency.barrier_factor == pytest.approx(0.85)
    assert by_id["T-8"].priority_value > by_id["T-7"].priority_value


def test_measures_on_one_topic_become_one_item_that_keeps_the_decision() -> None:
    first = recommendation("T-5", Category.TECHNICAL, cond("A1", "at_most", 1), topic="x")
    second = recommendation("P-5", Category.PERSONNEL, cond("A2", "at_most", 1), topic="x")
    g = small_guideline(first, second)
    # Decided while only P-5 was triggered …
    res = score(g, AnswerSet(3, {"A2": rated("A2", 1)}))
    (only,) = [i for i in build_plan(g, res, []).items if i.topic == "x"]
    entry = PlanEntry(only.key, decision=Decision.ACCEPTED, owner="Frau K.")
    # … the decision stays with the topic when T-5 joins and would lead.
    res = score(g, AnswerSet(3, {"A1": rated("A1", 0), "A2": rated("A2", 1)}))
    plan = build_plan(g, res, [entry])
    (item,) = [i for i in plan.items if i.topic == "x"]
    assert item.key == "rec:P-5" and item.decision is Decision.ACCEPTED
    assert [r.id for r in item.also] == ["T-5"]
    assert {r.condition.statement_id for r in item.reasons} == {"A1", "A2"}
    assert item.responsible("de") == "Frau K."


def test_focus_limit_is_a_parameter_and_the_rest_is_backlog() -> None:
    g = small_guideline()
    res = score(g, AnswerSet(3, {"A1": rated("A1", 0), "A2": rated("A2", 0, target=4)}))
    plan = build_plan(g, res, [], focus_limit=1)
    assert [i.key for i in plan.focus()] == ["rec:P-1"]
    assert [i.key for i in plan.backlog()] == ["rec:T-1"]
    (item,) = plan.backlog()
    why = explain(plan, item)
    assert why.kind is ExplanationKind.BEYOND_LIMIT and (why.rank, why.limit) == (2, 1)
    assert "Rang 2 von 2" in why.text.de and "limited to 1" in why.text.en


def test_suggested_due_date_is_the_workshop_date_plus_the_horizon() -> None:
    long_one = recommendation("O-7", Category.ORGANISATIONAL, cond("B2", "at_most", 1),
                              horizon=Horizon.LONG)
    g = small_guideline(long_one)
    res = score(g, AnswerSet(3, {"A1": rated("A1", 0), "B2": rated("B2", 0)}))
    plan = build_plan(g, res, [], held_on=date(2026, 8, 31))
    due = {i.key: i.suggested_due for i in plan.items}
    assert due["rec:T-1"] == date(2027, 2, 28)  # six months, clamped to February's end
    assert due["rec:O-7"] == date(2028, 8, 31)
    assert all(i.due is None for i in plan.items)  # only a proposal until the team sets it
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)


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
