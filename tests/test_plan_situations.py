"""Typical situations of a change team and the focused plan a CDO would expect from them.

Each situation starts from a solid baseline (every statement at level 3, "weitgehend
umgesetzt") and changes only what makes the situation, so the expectations read like a
table: phase, strengths and gaps in, measures that must (not) be in focus out. Every plan
also has to keep the general promises: at most ``FOCUS_LIMIT`` focused items, no two of them
on one topic, only measures that fit the phase, and a reason for each.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pytest

from desktop_app.domain.answers import Answer, AnswerKind, AnswerSet
from desktop_app.domain.explain import ExplanationKind, explain
from desktop_app.domain.model import BarrierType, Category, Guideline, Phase
from desktop_app.domain.plan import (
    FOCUS_LIMIT,
    ActionPlan,
    Decision,
    Origin,
    PlanEntry,
    PlanItem,
    build_plan,
)
from desktop_app.domain.scoring import score

HELD_ON = date(2026, 9, 15)
BASELINE = 3


def situation(
    guideline: Guideline,
    phase: Phase,
    levels: dict[str, int] | None = None,
    *,
    unknown: Iterable[str] = (),
    targets: dict[str, int] | None = None,
    default: int = BASELINE,
    default_target: int = 3,
    entries: list[PlanEntry] | None = None,
) -> ActionPlan:
    levels = levels or {}
    targets = targets or {}
    unknown = set(unknown)
    answers: dict[str, Answer] = {}
    for st in guideline.statements:
        if st.id in unknown:
            answers[st.id] = Answer(st.id, AnswerKind.UNKNOWN)
        else:
            answers[st.id] = Answer(
                st.id, AnswerKind.RATED, levels.get(st.id, default), target=targets.get(st.id)
            )
    results = score(guideline, AnswerSet(default_target, answers))
    return build_plan(guideline, results, entries or [], phase=phase, held_on=HELD_ON)


def covers(item: PlanItem) -> set[str]:
    """Ids of every guideline measure an item stands for."""
    return {r.id for r in item.recommendations}


def in_focus(plan: ActionPlan) -> set[str]:
    return set().union(*(covers(i) for i in plan.focus()))


def in_backlog(plan: ActionPlan) -> set[str]:
    return set().union(*(covers(i) for i in plan.backlog()))


def proposed(plan: ActionPlan) -> set[str]:
    return in_focus(plan) | in_backlog(plan)


def rank_of(plan: ActionPlan, rec_id: str) -> int:
    (item,) = [i for i in plan.items if rec_id in covers(i)]
    assert item.rank is not None, rec_id
    return item.rank


def focus_position(plan: ActionPlan, rec_id: str) -> int:
    for n, item in enumerate(plan.focus()):
        if rec_id in covers(item):
            return n
    raise AssertionError(f"{rec_id} not in focus")


def assert_sane(plan: ActionPlan) -> None:
    """What every plan promises, whatever the situation."""
    focus = plan.focus()
    assert len(focus) <= FOCUS_LIMIT
    topics = [i.topic for i in focus]
    assert len(topics) == len(set(topics)), topics
    for item in focus:
        if item.recommendation is not None and item.decision is Decision.PROPOSED:
            assert item.recommendation.fits(plan.phase), item.key
        why = explain(plan, item)
        assert why.kind in (ExplanationKind.PRIORITY, ExplanationKind.ACCEPTED,
                            ExplanationKind.OWN)
        assert why.text.de and why.text.en
    for item in plan.backlog():
        assert explain(plan, item).kind in (ExplanationKind.BEYOND_LIMIT,
                                            ExplanationKind.OUTSIDE_PHASE)


def test_baseline_needs_nothing(guideline: Guideline) -> None:
    plan = situation(guideline, Phase.INTRODUCTION)
    assert plan.focus() == [] and plan.backlog() == []


def test_planning_without_strategy_and_without_cdo(guideline: Guideline) -> None:
    plan = situation(
        guideline,
        Phase.PLANNING,
        {"B1": 1, "B2": 0, "C1": 1, "C3": 0, "C7": 0, "A1": 1, "A5": 1},
    )
    assert_sane(plan)
    assert {"P-C1", "O-B2", "O-B1", "O-C1", "O-A2"} <= in_focus(plan)
    # Nobody to give board access to, and no strategy to fold Smart City into yet.
    assert "P-C3" not in proposed(plan)
    assert "O-B7" not in proposed(plan)
    # A key statement at level 0 comes before an important one at level 1.
    assert rank_of(plan, "P-C1") < rank_of(plan, "O-A1")


def test_introduction_with_a_cdo_who_lacks_access_to_the_board(guideline: Guideline) -> None:
    plan = situation(guideline, Phase.INTRODUCTION, {"C3": 3, "C7": 0})
    assert_sane(plan)
    assert "P-C3" in in_focus(plan)
    assert "P-C1" not in proposed(plan)  # the role is filled; access is the problem


def test_introduction_without_established_need_keeps_planning_measures_back(
    guideline: Guideline,
) -> None:
    plan = situation(guideline, Phase.INTRODUCTION, {"A5": 0, "G1": 1, "F1": 0, "F2": 0})
    assert_sane(plan)
    assert {"O-A2", "T-F1", "T-F2"} <= in_focus(plan)
    for planning_only in ("T-A1", "T-F8"):
        assert planning_only in in_backlog(plan)
        assert planning_only not in in_focus(plan)
        (item,) = [i for i in plan.items if planning_only in covers(i)]
        assert explain(plan, item).kind is ExplanationKind.OUTSIDE_PHASE
        assert "Planung" in explain(plan, item).text.de


def test_the_same_gaps_in_planning_put_the_planning_measures_first(
    guideline: Guideline,
) -> None:
    plan = situation(guideline, Phase.PLANNING, {"A5": 0, "F1": 0})
    assert_sane(plan)
    assert {"T-A1", "T-F8", "O-A2"} <= in_focus(plan)
    assert "T-F1" in in_backlog(plan)  # integrating comes once the solution is introduced


def test_sustaining_when_funding_ends(guideline: Guideline) -> None:
    plan = situation(
        guideline, Phase.SUSTAINING, {"J1": 0, "J2": 1, "J3": 1, "J4": 0, "A5": 0}
    )
    assert_sane(plan)
    assert {"O-J1", "T-J1", "P-J1"} <= in_focus(plan)
    assert focus_position(plan, "O-J1") == 0
    assert "T-A1" not in in_focus(plan)


def test_unknown_strategy_holds_back_the_measures_that_depend_on_it(
    guideline: Guideline,
) -> None:
    plan = situation(guideline, Phase.INTRODUCTION, {"B7": 0, "B4": 1}, unknown=["B2"])
    assert_sane(plan)
    assert "O-B2" not in proposed(plan)
    assert "O-B7" not in proposed(plan)  # waits: is there a strategy to anchor it in?
    (clarify,) = [i for i in plan.clarifications() if i.statement and i.statement.id == "B2"]
    assert [r.id for r in clarify.waiting] == ["O-B7"]
    why = explain(plan, clarify)
    assert why.kind is ExplanationKind.CLARIFICATION and why.waiting == ("O-B7",)
    assert "O-B7" in why.text.de
    assert "O-B6" in in_focus(plan)  # clear goals do not depend on the strategy


def test_strong_technology_weak_participation(guideline: Guideline) -> None:
    technical = [st.id for st in guideline.statements if st.category is Category.TECHNICAL]
    plan = situation(
        guideline,
        Phase.INTRODUCTION,
        {**dict.fromkeys(technical, 4), "G1": 1, "G4": 0, "G5": 0, "G7": 0, "A5": 1},
    )
    assert_sane(plan)
    assert {"O-G1", "O-A3", "O-G3", "O-A2"} <= in_focus(plan)
    # Technology is strong: no technical measure leads a focused item; the dashboard only
    # comes along inside the item on showing the benefit.
    assert not [i.key for i in plan.focus() if i.category is Category.TECHNICAL]
    technical = {rid for rid in proposed(plan) if rid.startswith("T-")}
    (benefit,) = [i for i in plan.focus() if i.topic == "nutzen_belegen"]
    assert technical - {"T-A1"} <= covers(benefit)
    (participation,) = [i for i in plan.focus() if i.topic == "beteiligung"]
    assert covers(participation) == {"O-G1", "O-A3"}


def test_benefit_not_visible_becomes_one_measure_with_every_reason(
    guideline: Guideline,
) -> None:
    plan = situation(guideline, Phase.INTRODUCTION, {"E3": 0, "G4": 0, "F6": 0})
    assert_sane(plan)
    (benefit,) = [i for i in plan.items if i.topic == "nutzen_belegen"]
    assert benefit.in_focus
    assert covers(benefit) == {"O-G3", "T-E2", "P-E3", "T-F6"}
    assert {r.condition.statement_id for r in benefit.reasons} == {"E3", "G4", "F6"}
    assert set(explain(plan, benefit).merged) == covers(benefit) - {benefit.recommendation.id}


def test_everything_weak_fills_the_focus_and_accepting_promotes(guideline: Guideline) -> None:
    everything = {st.id: 0 for st in guideline.statements}
    plan = situation(guideline, Phase.INTRODUCTION, everything)
    assert_sane(plan)
    assert len(plan.focus()) == FOCUS_LIMIT
    assert plan.backlog()
    last = plan.backlog()[-1]
    promoted = situation(
        guideline,
        Phase.INTRODUCTION,
        everything,
        entries=[PlanEntry(last.key, decision=Decision.ACCEPTED)],
    )
    assert_sane(promoted)
    assert last.key in {i.key for i in promoted.focus()}
    assert len(promoted.focus()) == FOCUS_LIMIT
    (item,) = [i for i in promoted.focus() if i.key == last.key]
    assert explain(promoted, item).kind is ExplanationKind.ACCEPTED


def test_the_absolute_level_counts_more_than_the_teams_target(guideline: Guideline) -> None:
    # D3 far down against a modest target, D4 halfway against an ambitious one.
    plan = situation(guideline, Phase.INTRODUCTION, {"D3": 0, "D4": 2}, targets={"D4": 4})
    assert_sane(plan)
    assert rank_of(plan, "P-D3") < rank_of(plan, "P-D4")


@pytest.mark.parametrize("target", [3, 4])
def test_raising_every_target_does_not_flood_the_focus(guideline: Guideline, target: int) -> None:
    mixed = {st.id: (i % 3) + 1 for i, st in enumerate(guideline.statements)}
    plan = situation(guideline, Phase.INTRODUCTION, mixed, default_target=target)
    assert_sane(plan)
    assert len(plan.focus()) <= FOCUS_LIMIT
    high = [i for i in plan.focus() + plan.backlog() if i.priority.value == "hoch"]
    assert len(high) <= FOCUS_LIMIT // 2


def test_staff_council_not_involved_is_a_not_allowed_barrier(guideline: Guideline) -> None:
    plan = situation(guideline, Phase.INTRODUCTION, {"E11": 0})
    assert_sane(plan)
    (item,) = [i for i in plan.focus() if "O-E1" in covers(i)]
    assert item.barrier is BarrierType.NOT_ALLOWED
    assert item in plan.by_barrier()[BarrierType.NOT_ALLOWED]
    assert "Nicht-Dürfen" in explain(plan, item).text.de


def test_overloaded_key_people_in_sustaining(guideline: Guideline) -> None:
    plan = situation(guideline, Phase.SUSTAINING, {"H6": 0, "C4": 1, "E1": 1})
    assert_sane(plan)
    assert {"P-H1", "P-C2"} <= in_focus(plan)
    assert "P-E1" in in_backlog(plan)  # recruiting pilot users belongs to earlier phases


def test_own_measure_on_a_topic_takes_over_the_guideline_measures(guideline: Guideline) -> None:
    own = PlanEntry(
        "own:nutzen",
        category=Category.PERSONNEL,
        title="Nutzen im Planungsamt an drei echten Fällen zeigen",
        decision=Decision.ACCEPTED,
        topic="nutzen_belegen",
    )
    plan = situation(guideline, Phase.INTRODUCTION, {"E3": 0, "G4": 0}, entries=[own])
    assert_sane(plan)
    topic_items = [i for i in plan.items if i.topic == "nutzen_belegen"]
    assert [i.key for i in topic_items] == ["own:nutzen"]
    (item,) = topic_items
    assert item.origin is Origin.OWN and item.in_focus
    assert {"O-G3", "T-E2", "P-E3"} <= covers(item)
    assert {r.condition.statement_id for r in item.reasons} == {"E3", "G4"}
    why = explain(plan, item)
    assert why.kind is ExplanationKind.OWN
    assert "Übernimmt die Leitfaden-Maßnahmen" in why.text.de and "O-G3" in why.text.de
