"""The results name what still needs the team and how the role groups see the statements;
every row jumps to its statement in the walk-through."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.assessment import NewAssessment, NewRespondent, Phase
from desktop_app.domain.perception import perceive
from desktop_app.ui.models.statement_list_model import STATEMENT_ID_ROLE
from desktop_app.ui.views.assessment_view import TAB_RESULTS, TAB_WALKTHROUGH

pytestmark = pytest.mark.gui


def _results(make_window, workspace, aid, qtbot):
    window = make_window(workspace)
    window.open_assessment(aid)
    window.show_tab(TAB_RESULTS)
    rc = window.assessment.results
    qtbot.waitUntil(lambda: rc.refreshes >= 1)
    return window, window.assessment.view.results


def _activate_row(qtbot, table, row: int) -> None:
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)


def test_disputed_unknown_and_consensus_missing_statements_are_listed_and_open(
    qtbot, make_window, workspace, demo_id
):
    # One statement of the demo gets votes but loses its consensus.
    missing = workspace.guideline.statements[3].id
    respondents = workspace.info(demo_id).respondents
    for r in respondents:
        workspace.save_vote(demo_id, r.id, missing, AnswerKind.RATED, 2)
    votes = workspace.answers(demo_id).get(missing).votes
    workspace.save_answer(demo_id, Answer(missing, votes=votes))
    ev = workspace.evaluation(demo_id)
    window, view = _results(make_window, workspace, demo_id, qtbot)
    model = view.attention
    ids = model.statement_ids()
    expected = (
        {r.statement.id for r in ev.results.disagreements()}
        | {r.statement.id for r in ev.results.unknown()}
        | {r.statement.id for r in ev.results.consensus_missing()}
    )
    assert set(ids) == expected and missing in ids
    assert view.attention_table.isVisible()
    kinds = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert kinds == {"strittig", "weiß nicht", "Konsens fehlt"}

    row = ids.index(missing)
    _activate_row(qtbot, view.attention_table, row)
    assert window.assessment.view.tabs.currentIndex() == TAB_WALKTHROUGH
    assert window.assessment.walkthrough.current.id == missing


def test_perception_heatmap_and_findings_on_the_demo(qtbot, make_window, workspace, demo_id):
    window, view = _results(make_window, workspace, demo_id, qtbot)
    perception = perceive(workspace.guideline, workspace.answers(demo_id))
    canvas = view.canvas("perception")
    assert canvas is not None and hasattr(canvas, "figure")
    # Not colour alone: the numbers are in the cells and, for screen readers, in words.
    texts = [t.get_text() for t in canvas.figure.axes[0].texts]
    assert any(t.isdigit() for t in texts)
    assert "Beschäftigte" in canvas.accessibleDescription()
    # Leitung has two people in the demo: never shown on its own, and the screen says so.
    assert [g.key for g in perception.groups] == ["Beschäftigte", "IT"]
    assert "Leitung" in view.perception_note.text()
    assert "Leitung" not in canvas.accessibleDescription()
    ids = view.findings.statement_ids()
    assert ids == [f.statement_id for f in perception.findings] and ids
    first = view.findings.index(0, 0).data()
    assert first == perception.findings[0].text("de") and " sieht " in first
    _activate_row(qtbot, view.findings_table, 0)
    assert window.assessment.walkthrough.current.id == ids[0]


def test_findings_in_english(qtbot, make_window, workspace, demo_id, language):
    language.set("en")
    window, view = _results(make_window, workspace, demo_id, qtbot)
    assert " rate " in view.findings.index(0, 0).data()
    assert "fewer than 3 people" in view.perception_note.text()
    assert view.attention.index(0, 0).data(STATEMENT_ID_ROLE)
    kinds = {view.attention.index(r, 0).data() for r in range(view.attention.rowCount())}
    assert kinds <= {"disputed", "don't know", "consensus missing"}


def test_too_few_groups_says_why_there_is_no_heatmap(qtbot, make_window, workspace):
    aid = workspace.create_assessment(
        NewAssessment(
            municipality="M",
            project="P",
            phase=Phase.PLANNING,
            held_on=QDate(2026, 1, 1).toPython(),
            respondents=(NewRespondent("Leitung", "Leitung", 2), NewRespondent("IT", "IT", 4)),
        )
    )
    first = workspace.guideline.statements[0].id
    for r in workspace.info(aid).respondents:
        workspace.save_vote(aid, r.id, first, AnswerKind.RATED, 1)
    window, view = _results(make_window, workspace, aid, qtbot)
    message = view.canvas("perception")
    assert "mindestens zwei" in message.text()
    assert view.findings.rowCount() == 0 and not view.findings_table.isVisible()
