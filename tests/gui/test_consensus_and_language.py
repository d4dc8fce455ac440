"""Votes without a consensus are one state everywhere, and the report says so before it is
written; the GUI writes the report in the language chosen for the assessment."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader

from desktop_app import cli
from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.assessment import NewAssessment, NewRespondent, Phase

pytestmark = pytest.mark.gui


def _voted_without_consensus(workspace):
    aid = workspace.create_assessment(
        NewAssessment(municipality="Stadt", project="Zwilling", phase=Phase.INTRODUCTION,
                      held_on=date(2026, 3, 4),
                      respondents=(NewRespondent("Leitung", "Leitung", 2),
                                   NewRespondent("IT", "IT", 3)))
    )
    lead, it = (r.id for r in workspace.info(aid).respondents)
    statements = [st.id for st in workspace.guideline.statements]
    workspace.save_answer(aid, Answer(statements[0], AnswerKind.RATED, 2))
    for sid in statements[1:3]:  # votes, but no consensus yet
        workspace.save_vote(aid, lead, sid, AnswerKind.RATED, 3)
        workspace.save_vote(aid, it, sid, AnswerKind.RATED, 1)
    return aid


def test_votes_without_consensus_count_alike_everywhere(qtbot, make_window, workspace, dialogs):
    aid = _voted_without_consensus(workspace)
    window = make_window(workspace)
    row = next(s for s in workspace.list_assessments() if s.id == aid)
    assert row.answered == 1  # the start screen
    window.open_assessment(aid)
    wt = window.assessment.walkthrough
    assert wt.answered_count() == 1  # the walk-through
    assert "Konsens fehlt: 2" in window.assessment.view.walkthrough.progress_label.text()
    window.show_tab(1)
    figures = window.assessment.view.results.figures_line.text()
    assert "beantwortet: 1 von" in figures and "Konsens fehlt: 2" in figures  # the results

    dialogs.confirms.append(False)  # "trotzdem jetzt erstellen?" – no
    window.assessment.export.export_pdf()
    kind, _title, text = dialogs.asked[-1]
    assert kind == "confirm"
    assert "2 Aussagen haben Stimmen, aber noch keinen Konsens" in text
    assert "Median" in text


def test_the_command_line_warns_before_writing(workspace, tmp_path, capsys):
    aid = _voted_without_consensus(workspace)
    workspace.close()
    out = tmp_path / "plan.pdf"
    assert cli.main(["--data-dir", str(workspace.data_dir), "report", "--assessment", str(aid),
                     "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "2 Aussagen haben Stimmen, aber noch keinen Konsens" in err
    assert out.is_file()


def test_the_report_is_written_in_the_assessments_language(
    qtbot, make_window, workspace, demo_id, dialogs, tmp_path, language
):
    workspace.update_info(demo_id, report_language="en")
    window = make_window(workspace)  # the screen stays German
    window.open_assessment(demo_id)
    target = tmp_path / "plan.pdf"
    dialogs.confirms.append(True)
    dialogs.files.append(target)
    window.assessment.export.export_pdf()
    qtbot.waitUntil(lambda: target.is_file(), timeout=60_000)
    text = " ".join(page.extract_text() for page in PdfReader(target).pages[:2])
    assert re.search(r"\bAction plan\b|\bmeasures\b", text, re.I)
    assert "Maßnahmenplan" not in text
