"""Scores per dimension/category/overall, with the edge cases a real workshop produces."""

from __future__ import annotations

import pytest

from desktop_app.domain.answers import Answer, AnswerKind, AnswerSet
from desktop_app.domain.model import BarrierType, Category
from desktop_app.domain.scoring import score
from tests.factories import rated, small_guideline, vote


def answers(*items: Answer, target: int = 3) -> AnswerSet:
    return AnswerSet(default_target=target, answers={a.statement_id: a for a in items})


def test_weighted_scores_per_dimension_category_and_overall() -> None:
    g = small_guideline()
    res = score(g, answers(rated("A1", 4), rated("A2", 1), rated("B1", 2), rated("B2", 0)))
    # A: (4*1 + 1*2) / 3 = 2.0 -> 50 %
    assert res.dimensions["A"].percent == pytest.approx(50.0)
    assert res.dimensions["B"].percent == pytest.approx(25.0)
    assert res.categories[Category.TECHNICAL].percent == pytest.approx(100.0)
    assert res.categories[Category.PERSONNEL].percent == pytest.approx(25.0)
    assert res.categories[Category.ORGANISATIONAL].percent == pytest.approx(25.0)
    # overall: (4 + 2 + 2 + 0) / 5 = 1.6 -> 40 %
    assert res.overall.percent == pytest.approx(40.0)
    assert res.overall.rated == 4


def test_not_relevant_is_ignored_and_unknown_reported_separately() -> None:
    g = small_guideline()
    res = score(
        g,
        answers(
            rated("A1", 2),
            Answer("A2", AnswerKind.NOT_RELEVANT),
            Answer("B1", AnswerKind.UNKNOWN),
        ),
    )
    assert res.dimensions["A"].percent == pytest.approx(50.0)  # A2 left out entirely
    assert res.dimensions["A"].not_relevant == 1
    assert res.dimensions["B"].percent is None
    assert res.dimensions["B"].unknown == 1
    assert res.dimensions["B"].missing == 1
    assert [r.statement.id for r in res.unknown()] == ["B1"]


def test_all_not_relevant_gives_no_score_instead_of_zero() -> None:
    g = small_guideline()
    res = score(g, answers(*(Answer(s.id, AnswerKind.NOT_RELEVANT) for s in g.statements)))
    assert res.overall.percent is None
    assert res.overall.not_relevant == 4
    assert all(b.percent is None for b in res.barriers)


def test_all_unknown_gives_no_score_and_counts_every_unknown() -> None:
    g = small_guideline()
    res = score(g, answers(*(Answer(s.id, AnswerKind.UNKNOWN) for s in g.statements)))
    assert res.overall.percent is None
    assert res.overall.unknown == 4
    assert len(res.unknown()) == 4


def test_missing_answers_are_counted_not_scored() -> None:
    res = score(small_guideline(), AnswerSet())
    assert res.overall.percent is None
    assert res.overall.missing == 4
    assert res.largest_gaps() == []


def test_gap_uses_statement_target_else_default_and_never_goes_negative() -> None:
    g = small_guideline()
    res = score(g, answers(rated("A1", 1, target=4), rated("A2", 4), target=3))
    assert res.statements["A1"].gap == 3
    assert res.statements["A2"].gap == 0  # above target is not a negative gap


def test_largest_gaps_are_weighted() -> None:
    g = small_guideline()
    res = score(g, answers(rated("A1", 1), rated("A2", 1), rated("B1", 0)))
    # A2 (gap 2, weight 2) = 4 > B1 (gap 3, weight 1) = 3 > A1 (gap 2) = 2
    assert [r.statement.id for r in res.largest_gaps()] == ["A2", "B1", "A1"]


def test_votes_without_consensus_use_the_median_counted_by_headcount() -> None:
    g = small_guideline()
    a = Answer("A1", votes=(vote("Leitung", 4, n=1), vote("Fachamt", 1, n=3)))
    res = score(g, answers(a))
    assert res.statements["A1"].level == 1  # three people at 1 outweigh one at 4
    assert res.statements["A1"].spread == 3
    assert res.statements["A1"].disagreement


def test_consensus_overrides_votes() -> None:
    g = small_guideline()
    a = Answer("A1", AnswerKind.RATED, 2, votes=(vote("x", 4), vote("y", 0)))
    assert score(g, answers(a)).statements["A1"].level == 2


def test_barrier_profile_reports_mean_gap_per_barrier_type() -> None:
    g = small_guideline()
    res = score(g, answers(rated("A1", 0), rated("A2", 3), rated("B1", 2)))
    profile = {b.barrier: b for b in res.barriers}
    assert profile[BarrierType.NOT_ABLE].mean_gap == 3
    assert profile[BarrierType.NOT_WILLING].mean_gap == 0
    assert profile[BarrierType.NOT_KNOWING].mean_gap == 1
    assert profile[BarrierType.NOT_ALLOWED].statements == 0
    assert profile[BarrierType.NOT_ALLOWED].mean_gap is None
