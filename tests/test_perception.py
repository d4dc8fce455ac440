"""Perception gaps by role group: medians by headcount, findings, and the anonymity rule."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.answers import Answer, AnswerKind, AnswerSet, Vote
from desktop_app.domain.perception import FINDING_GAP, MIN_VOTERS, OTHER, perceive
from tests.factories import small_guideline

GUIDELINE = small_guideline()
STATEMENTS = [s.id for s in GUIDELINE.statements]  # A1, A2 (dimension A), B1, B2 (B)


def _answers(votes: dict[str, list[Vote]]) -> AnswerSet:
    return AnswerSet(answers={sid: Answer(sid, votes=tuple(v)) for sid, v in votes.items()})


def _v(who: str, group: str, level: int | None, n: int = 1, kind=AnswerKind.RATED) -> Vote:
    return Vote(who, group, kind, level, n)


def test_medians_per_statement_and_dimension_count_the_headcount():
    votes = {
        "A1": [_v("Vorstand", "Leitung", 3, 3), _v("FB", "Beschäftigte", 1, 4)],
        "A2": [_v("Vorstand", "Leitung", 4, 3), _v("FB", "Beschäftigte", 2, 4)],
    }
    p = perceive(GUIDELINE, _answers(votes))
    assert [(g.key, g.voters) for g in p.groups] == [("Beschäftigte", 4), ("Leitung", 3)]
    assert p.statements["A1"]["Leitung"].median == 3
    assert p.statements["A1"]["Beschäftigte"].median == 1
    # Dimension A pools both statements, each vote counted by its headcount.
    assert p.dimensions["A"]["Leitung"].median == 3  # 3,3,3,4,4,4 → lower median 3
    assert p.dimensions["A"]["Leitung"].mean == 3.5
    assert p.dimensions["A"]["Beschäftigte"].voters == 4


def test_a_finding_names_both_groups_and_the_most_divergent_comes_first():
    votes = {
        "A1": [_v("Vorstand", "Leitung", 3, 3), _v("FB", "Beschäftigte", 1, 4)],
        "B1": [_v("Vorstand", "Leitung", 4, 3), _v("FB", "Beschäftigte", 0, 4)],
        "B2": [_v("Vorstand", "Leitung", 2, 3), _v("FB", "Beschäftigte", 1, 4)],  # 1 apart
    }
    p = perceive(GUIDELINE, _answers(votes))
    assert [f.statement_id for f in p.findings] == ["B1", "A1"]
    assert p.findings[1].text("de") == "Leitung sieht A1 bei 3, Beschäftigte bei 1"
    assert p.findings[1].text("en") == "Leitung rate A1 at 3, Beschäftigte at 1"
    assert all(f.gap >= FINDING_GAP for f in p.findings)


def test_small_groups_are_merged_and_left_out_when_still_too_small():
    votes = {
        "A1": [
            _v("Vorstand", "Leitung", 4, 2),
            _v("Personalrat", "Personalrat", 4, 1),
            _v("FB", "Beschäftigte", 1, 5),
        ]
    }
    p = perceive(GUIDELINE, _answers(votes))
    assert [g.key for g in p.groups] == ["Beschäftigte", OTHER]
    assert p.groups[1].members == ("Leitung", "Personalrat")
    assert p.groups[1].name("de") == "weitere Gruppen"
    assert p.findings[0].text("de") == "weitere Gruppen sieht A1 bei 4, Beschäftigte bei 1"

    alone = perceive(GUIDELINE, _answers({"A1": votes["A1"][::2]}))  # Leitung (2) + staff
    assert [g.key for g in alone.groups] == ["Beschäftigte"]
    assert alone.left_out == ("Leitung",)
    assert alone.findings == () and alone.empty


def test_a_value_needs_three_rated_voters_even_in_a_large_group():
    votes = {
        "A1": [
            _v("a", "IT", 4),
            _v("b", "IT", None, kind=AnswerKind.UNKNOWN),
            _v("c", "IT", None, kind=AnswerKind.UNKNOWN),
            _v("FB", "Beschäftigte", 0, 4),
        ]
    }
    p = perceive(GUIDELINE, _answers(votes))
    assert "IT" in [g.key for g in p.groups]
    assert "IT" not in p.statements["A1"]  # one rated vote would be that person's level
    assert p.findings == ()


# -- the anonymity rule, for any votes ------------------------------------------------------
GROUPS = ["Leitung", "Beschäftigte", "IT", "Personalrat", ""]
people = st.lists(
    st.tuples(st.sampled_from(GROUPS), st.integers(1, 4)), min_size=1, max_size=8
)
ballots = st.lists(
    st.one_of(st.none(), st.integers(0, 4), st.just(-1)), min_size=len(STATEMENTS),
    max_size=len(STATEMENTS),
)


@settings(max_examples=300, deadline=None)
@given(people, st.data())
def test_no_shown_group_or_value_stands_for_fewer_than_three_people(persons, data):
    votes: dict[str, list[Vote]] = {sid: [] for sid in STATEMENTS}
    size: dict[str, int] = {}
    for i, (group, count) in enumerate(persons):
        ballot = data.draw(ballots)
        if any(level is not None for level in ballot):  # only who voted is counted
            size[group] = size.get(group, 0) + count
        for sid, level in zip(STATEMENTS, ballot, strict=True):
            if level is None:
                continue
            kind = AnswerKind.UNKNOWN if level == -1 else AnswerKind.RATED
            votes[sid].append(_v(f"p{i}", group, None if level == -1 else level, count, kind))
    p = perceive(GUIDELINE, _answers(votes))

    for g in p.groups:
        assert g.voters >= MIN_VOTERS
        assert sum(size[m] for m in g.members) == g.voters
        if g.key != OTHER:
            assert g.key and size[g.key] >= MIN_VOTERS
    for cells in (*p.statements.values(), *p.dimensions.values()):
        for key, level in cells.items():
            assert key in {g.key for g in p.groups}
            assert level.voters >= MIN_VOTERS
    # Every group of fewer than three people is merged or left out, never shown alone.
    shown_alone = {g.key for g in p.groups if g.key != OTHER}
    assert all(size[g] >= MIN_VOTERS for g in shown_alone)
    for f in p.findings:
        assert f.gap >= FINDING_GAP
        cells = p.statements[f.statement_id]
        assert cells[f.high.key].median == f.high_level
        assert cells[f.low.key].median == f.low_level
    assert [f.gap for f in p.findings] == sorted((f.gap for f in p.findings), reverse=True)
