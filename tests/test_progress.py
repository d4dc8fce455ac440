"""Progress between assessments: deltas along a chain, the trend, and the Fortschrittsbericht."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.answers import AnswerSet
from desktop_app.domain.assessment import AssessmentInfo, Evaluation, NewAssessment, evaluate
from desktop_app.domain.model import Category, Phase
from desktop_app.domain.progress import ConcernKind, StoredReview, compare, trend
from desktop_app.services import progress as progress_service
from desktop_app.services.workspace import Workspace
from tests.factories import rated, small_guideline
from tests.report_helpers import pdf_pages, squash

IDS = ("A1", "A2", "B1", "B2")


def _evaluation(n: int, levels: dict[str, int]) -> Evaluation:
    g = small_guideline()
    info = AssessmentInfo(n, f"uuid-{n}", "Musterstadt", "Vorhaben", Phase.PLANNING,
                          date(2025 + n, 3, 1), content_version=g.version)
    answers = AnswerSet(3, {sid: rated(sid, level) for sid, level in levels.items()})
    return evaluate(g, info, answers, [])


# Weights: A1 1, A2 2 (dimension A); B1 1, B2 1 (dimension B). A score is the weighted share
# of the highest level (4).
FIRST = _evaluation(1, {"A1": 1, "A2": 1, "B1": 2, "B2": 4})  # A 3/12, B 6/8, all 9/20
SECOND = _evaluation(2, {"A1": 3, "A2": 2, "B1": 2, "B2": 3})  # A 7/12, B 5/8, all 12/20
THIRD = _evaluation(3, {"A1": 4, "A2": 2, "B1": 0, "B2": 3})  # A 8/12, B 3/8, all 11/20


def _dims(c: object) -> dict[str, float | None]:
    return {d.key: d.delta for d in c.dimensions}  # type: ignore[attr-defined]


def test_a_chain_of_three_gives_the_expected_deltas() -> None:
    one_two, two_three, one_three = (compare(FIRST, SECOND), compare(SECOND, THIRD),
                                     compare(FIRST, THIRD))
    assert one_two.overall.delta == pytest.approx(15.0)
    assert two_three.overall.delta == pytest.approx(-5.0)
    assert one_three.overall.delta == pytest.approx(10.0)
    assert _dims(one_two) == pytest.approx({"A": 100 * 4 / 12, "B": -12.5})
    assert _dims(two_three) == pytest.approx({"A": 100 / 12, "B": -25.0})
    assert _dims(one_three) == pytest.approx({"A": 100 * 5 / 12, "B": -37.5})
    categories = {d.key: d.delta for d in one_three.categories}
    assert categories == pytest.approx({Category.TECHNICAL.value: 75.0,
                                        Category.PERSONNEL.value: 25.0,
                                        Category.ORGANISATIONAL.value: -37.5})
    # Statements: A1 +3, A2 +1 (weight 2), B1 −2, B2 −1.
    assert [(s.statement_id, s.delta) for s in one_three.rose()] == [("A1", 3), ("A2", 1)]
    assert [(s.statement_id, s.delta) for s in one_three.fell()] == [("B1", -2), ("B2", -1)]
    assert [d.key for d in one_three.improved()] == ["A"]
    assert [(c.kind, c.delta.key) for c in one_three.concerns()] == [(ConcernKind.FELL, "B")]
    assert not one_three.only_before and not one_three.only_after


def test_the_trend_lists_the_chain_oldest_first_whatever_the_order_given() -> None:
    points = trend([THIRD, FIRST, SECOND])
    assert [p.assessment_id for p in points] == [1, 2, 3]
    assert [p.overall for p in points] == pytest.approx([45.0, 60.0, 55.0])
    assert [p.dimension("B") for p in points] == pytest.approx([75.0, 62.5, 37.5])


def test_a_low_dimension_that_hardly_moved_is_a_concern_too() -> None:
    low = _evaluation(4, {"A1": 1, "A2": 1, "B1": 1, "B2": 1})
    still_low = _evaluation(5, {"A1": 1, "A2": 1, "B1": 1, "B2": 2})  # B 25 % → 37.5 %: +12.5
    barely = _evaluation(6, {"A1": 1, "A2": 1, "B1": 1, "B2": 1})
    assert [(c.kind, c.delta.key) for c in compare(low, barely).concerns()] == [
        (ConcernKind.STUCK, "A"), (ConcernKind.STUCK, "B")]
    assert "B" not in [c.delta.key for c in compare(low, still_low).concerns()]


levels = st.fixed_dictionaries({sid: st.integers(0, 4) for sid in IDS})


@settings(max_examples=60, deadline=None)
@given(levels, levels, levels)
def test_deltas_add_up_along_a_chain_and_turn_round_with_it(a: dict[str, int],
                                                            b: dict[str, int],
                                                            c: dict[str, int]) -> None:
    x, y, z = _evaluation(1, a), _evaluation(2, b), _evaluation(3, c)
    for key in ("A", "B"):
        one, two, whole = (_dims(compare(x, y))[key], _dims(compare(y, z))[key],
                           _dims(compare(x, z))[key])
        assert whole == pytest.approx((one or 0) + (two or 0), abs=1e-9)
        assert _dims(compare(y, x))[key] == pytest.approx(-(one or 0), abs=1e-9)
    shifts = {s.statement_id: s.delta for s in compare(x, z).statements}
    assert shifts == {sid: c[sid] - a[sid] for sid in IDS}


# --------------------------------------------------------------------- stored demo chain


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workspace, list[int]]:
    ws = Workspace(tmp_path_factory.mktemp("chain"))
    ids = ws.create_demo_chain("de")
    yield ws, ids
    ws.close()


def test_the_demo_chain_is_one_project_of_three_workshops(demo: tuple[Workspace, list[int]]
                                                          ) -> None:
    ws, ids = demo
    assert [s.id for s in progress_service.chain(ws, ids[2])] == ids
    assert progress_service.predecessor(ws, ids[2]) == ids[1]
    data = progress_service.progress(ws, ids[2], ids[1])
    assert len(data.chain) == 3
    # Whatever order they are given in, the earlier assessment is the one compared with.
    assert data.comparison.before.info.id == ids[1]
    assert data.comparison.after.info.id == ids[2]


def test_an_assessment_is_not_compared_with_itself_or_another_project(
        demo: tuple[Workspace, list[int]], tmp_path: Path) -> None:
    ws, ids = demo
    with pytest.raises(progress_service.NotComparable) as same:
        progress_service.progress(ws, ids[1], ids[1])
    assert same.value.reason == "same"
    city = ws.info(ids[1]).municipality
    other = ws.create_assessment(NewAssessment(city, "Ein anderes Vorhaben", Phase.PLANNING,
                                               date(2026, 1, 1)))
    with pytest.raises(progress_service.NotComparable) as elsewhere:
        progress_service.progress(ws, ids[1], other)
    assert elsewhere.value.reason == "other_project"
    assert elsewhere.value.message("en") and elsewhere.value.message("de")
    ws.delete_assessment(other)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_progress_report_renders_for_the_demo_chain(demo: tuple[Workspace, list[int]],
                                                        tmp_path: Path, lang: str) -> None:
    ws, ids = demo
    data = progress_service.progress(ws, ids[2], ids[1])
    path = progress_service.write_progress_report(ws, ids[2], ids[1], tmp_path / "p.pdf", lang)
    pages = [squash(p) for p in pdf_pages(path)]
    assert 3 <= len(pages) <= 8
    first = pages[0]
    title = "Fortschrittsbericht" if lang == "de" else "progress report"
    assert title in first
    c = data.comparison
    before, after = round(c.overall.before.percent), round(c.overall.after.percent)
    sign = "+" if after >= before else "−"
    unit = "Pp." if lang == "de" else "pp"
    assert f"{sign}{abs(round(c.overall.delta))} {unit}" in first
    # Every dimension that fell appears among the areas of concern on page 1.
    for concern in c.concerns()[:3]:
        assert concern.delta.key in first
    text = " ".join(pages)
    # The trend table lists all three workshops, the review lists last time's measures.
    for ev in (ws.evaluation(i) for i in ids):
        assert ev.info.title.split()[0] in text
    assert ("eingestellt" if lang == "de" else "dropped") in text
    assert "Traceback" not in text and "report." not in text


def test_a_review_confirmed_by_the_team_is_kept(demo: tuple[Workspace, list[int]]) -> None:
    ws, ids = demo
    items, previous = progress_service.reviews(ws, ids[2])
    assert previous is not None and previous.info.id == ids[1]
    unconfirmed = [i for i in items if not i.confirmed]
    assert unconfirmed, "the demo leaves proposals for the team to confirm"
    first = unconfirmed[0]
    stored = [i.stored for i in items if i.stored is not None]
    stored.append(StoredReview(first.key, first.status, confirmed=True, note="bestätigt"))
    progress_service.save_reviews(ws, ids[2], stored)
    again = {i.key: i for i in progress_service.reviews(ws, ids[2])[0]}
    assert again[first.key].confirmed
    assert again[first.key].note == "bestätigt"


def test_the_cli_writes_a_progress_report(demo: tuple[Workspace, list[int]],
                                          tmp_path: Path) -> None:
    from desktop_app import cli

    ws, ids = demo
    out = tmp_path / "cli.pdf"
    code = cli.main(["--data-dir", str(ws.database_path.parent), "--lang", "en", "report",
                     "--assessment", str(ids[2]), "--compare-with", str(ids[0]),
                     "--output", str(out)])
    assert code == 0
    assert "progress report" in squash(pdf_pages(out)[0])
    same = cli.main(["--data-dir", str(ws.database_path.parent), "report", "--assessment",
                     str(ids[2]), "--compare-with", str(ids[2]), "--output", str(out)])
    assert same != 0



def test_a_short_check_compared_with_a_whole_assessment_compares_what_both_asked(
        tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "data")
    try:
        whole = ws.create_assessment(NewAssessment("Musterstadt", "E-Akte", Phase.PLANNING,
                                                   date(2026, 1, 10)))
        short = ws.create_assessment(NewAssessment("Musterstadt", "E-Akte", Phase.PLANNING,
                                                   date(2026, 7, 10), profile="kurzcheck"))
        for aid, level in ((whole, 1), (short, 3)):
            for st in ws.guideline_for(aid).statements:
                ws.save_answer(aid, rated(st.id, level))
        data = progress_service.progress(ws, short, whole)
        c = data.comparison
        asked = {s.id for s in ws.guideline_for(short).statements}
        assert {s.statement_id for s in c.statements} == asked
        assert all(s.delta == 2 for s in c.statements)
        assert set(c.only_before) == {s.id for s in ws.guideline.statements} - asked
        assert c.overall.delta == pytest.approx(50.0)
        path = progress_service.write_progress_report(ws, short, whole, tmp_path / "k.pdf", "de")
        text = squash(" ".join(pdf_pages(path))).replace("- ", "")
        assert "Kurzcheck" in text
    finally:
        ws.close()
