"""The walk-through driven through the real window: dialog, keyboard, mouse, restore."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from desktop_app.domain.answers import AnswerKind
from desktop_app.domain.assessment import NewAssessment, Phase
from desktop_app.services.workspace import Workspace
from desktop_app.ui.session_memory import SessionMemory
from desktop_app.ui.views.new_assessment_dialog import NewAssessmentDialog

pytestmark = pytest.mark.gui


def _fill_new_assessment(dialog: QDialog) -> bool:
    assert isinstance(dialog, NewAssessmentDialog)
    dialog.municipality.setText("Stadt Teststadt")
    dialog.project.setText("Einführung Digitaler Zwilling")
    dialog.phase.setCurrentIndex(dialog.phase.findData(Phase.PLANNING.value))
    dialog.held_on.setDate(QDate(2026, 3, 4))
    dialog.role_groups.setPlainText("Leitung\nIT\n")
    return True


def test_new_assessment_keyboard_and_mouse_rating_survive_restart(
    qtbot, make_window, dialogs, data_dir
):
    ws = Workspace(data_dir)
    window = make_window(ws)
    dialogs.dialog_handlers.append(_fill_new_assessment)
    qtbot.mouseClick(window.start_view.new_button, Qt.MouseButton.LeftButton)

    assert window.assessment is not None
    aid = window.assessment.assessment_id
    info = ws.info(aid)
    assert (info.municipality, info.phase) == ("Stadt Teststadt", Phase.PLANNING)
    assert [r.label for r in info.respondents] == ["Leitung", "IT"]

    wt_view = window.assessment.view.walkthrough
    wt = window.assessment.walkthrough
    statements = ws.guideline.statements
    assert wt.current.id == statements[0].id
    assert statements[0].text.de in wt_view.statement_text.text()

    qtbot.keyClick(wt_view, "2")
    qtbot.keyClick(wt_view, Qt.Key.Key_Return)
    qtbot.keyClick(wt_view, "N")
    qtbot.keyClick(wt_view, Qt.Key.Key_Right)
    qtbot.keyClick(wt_view, "?")
    qtbot.keyClick(wt_view, Qt.Key.Key_Enter)
    # Fourth statement: by mouse, on the level button with its focus ring.
    qtbot.mouseClick(wt_view.levels.buttons[3], Qt.MouseButton.LeftButton)
    assert wt_view.levels.buttons[3].isChecked()
    qtbot.keyClicks(wt_view.comment_edit, "Beschluss fehlt noch")
    wt_view.flag_box.click()
    assert "4 von" in wt_view.progress_label.text()

    window.close()  # flushes the comment still waiting for its debounce timer
    ws.close()

    stored = Workspace(data_dir)
    answers = stored.answers(aid)
    a = [answers.get(st.id) for st in statements[:4]]
    assert (a[0].kind, a[0].level) == (AnswerKind.RATED, 2)
    assert a[1].kind is AnswerKind.NOT_RELEVANT
    assert a[2].kind is AnswerKind.UNKNOWN
    assert (a[3].kind, a[3].level, a[3].flagged) == (AnswerKind.RATED, 3, True)
    assert a[3].comment == "Beschluss fehlt noch"
    assert SessionMemory(data_dir).position(info.uuid) == statements[3].id

    again = make_window(stored)
    again.start.select(aid)
    qtbot.mouseClick(again.start_view.open_button, Qt.MouseButton.LeftButton)
    view = again.assessment.view.walkthrough
    assert again.assessment.walkthrough.current.id == statements[3].id
    assert view.levels.buttons[3].isChecked()
    assert view.comment_edit.toPlainText() == "Beschluss fehlt noch"
    assert view.flag_box.isChecked()
    again.close()
    stored.close()


def test_keys_reach_the_walkthrough_from_a_focused_level_button(
    qtbot, make_window, workspace, demo_id
):
    window = make_window(workspace)
    window.open_assessment(demo_id)
    view = window.assessment.view.walkthrough
    wt = window.assessment.walkthrough
    first = wt.current.id
    view.levels.buttons[0].setFocus()
    qtbot.keyClick(view.levels.buttons[0], "4")
    assert workspace.answers(demo_id).get(first).level == 4
    qtbot.keyClick(view.levels.buttons[4], Qt.Key.Key_Right)
    assert wt.current.id != first
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert wt.current.id == first


def test_typing_digits_into_the_comment_does_not_rate(qtbot, make_window, workspace, demo_id):
    window = make_window(workspace)
    window.open_assessment(demo_id)
    view = window.assessment.view.walkthrough
    before = workspace.answers(demo_id).get(window.assessment.walkthrough.current.id)
    view.comment_edit.setFocus()
    qtbot.keyClicks(view.comment_edit, "Stand 2025")
    window.assessment.walkthrough.flush()
    after = workspace.answers(demo_id).get(before.statement_id)
    assert after.level == before.level
    assert after.comment.endswith("Stand 2025")


def test_filter_flagged_and_jump_to_unanswered(qtbot, make_window, workspace):
    from desktop_app.domain.answers import Answer

    aid = workspace.create_assessment(NewAssessment(
        municipality="M", project="P", phase=Phase.PLANNING, held_on=QDate(2026, 1, 1).toPython()
    ))
    statements = workspace.guideline.statements
    for st in statements[:5]:
        workspace.save_answer(aid, Answer(st.id, AnswerKind.RATED, 2))
    workspace.save_answer(aid, Answer(statements[9].id, flagged=True))
    window = make_window(workspace)
    window.open_assessment(aid)
    wt, view = window.assessment.walkthrough, window.assessment.view.walkthrough
    # Without a stored position the walk-through starts at the first unanswered statement.
    assert wt.current.id == statements[5].id
    view.filter_combo.setCurrentIndex(view.filter_combo.findData("flagged"))
    assert wt.current.id == statements[9].id
    view.filter_combo.setCurrentIndex(view.filter_combo.findData("all"))
    wt.go_to(statements[0].id)
    qtbot.mouseClick(view.jump_button, Qt.MouseButton.LeftButton)
    assert wt.current.id == statements[5].id


def test_sidebar_shows_progress_per_dimension_and_jumps(qtbot, make_window, workspace, demo_id):
    window = make_window(workspace)
    window.open_assessment(demo_id)
    view, wt = window.assessment.view.walkthrough, window.assessment.walkthrough
    dims = workspace.guideline.dimensions
    item = view.dimension_list.item(2)
    assert f"{len(dims[2].statements)}/{len(dims[2].statements)}" in item.text()
    view.dimension_list.itemClicked.emit(item)
    assert wt.current.dimension_id == dims[2].id


def test_votes_show_spread_and_disagreement_then_consensus(qtbot, make_window, workspace):
    from desktop_app.storage.repository import NewRespondent

    aid = workspace.create_assessment(NewAssessment(
        municipality="M",
        project="P",
        phase=Phase.INTRODUCTION,
        held_on=QDate(2026, 1, 1).toPython(),
        respondents=[NewRespondent("Leitung", "Leitung"), NewRespondent("IT", "IT", 3)],
    ))
    window = make_window(workspace)
    window.open_assessment(aid)
    view, wt = window.assessment.view.walkthrough, window.assessment.walkthrough
    view.votes_toggle.click()
    leader, it = (r.id for r in workspace.info(aid).respondents)
    for rid, level in ((leader, 4), (it, 1)):
        combo = view.voting.combo(rid)
        combo.setCurrentIndex(combo.findData(str(level)))
        combo.activated.emit(combo.currentIndex())
    answer = workspace.answers(aid).get(wt.current.id)
    assert answer.distribution()[1] == 3 and answer.spread() == 3
    assert view.voting.disagreement.isVisible()
    assert "deutlich auseinander" in view.voting.disagreement.text()
    assert "Spannweite: 3 Stufen" in view.voting.distribution.text()
    # The median of 4,1,1,1 (by headcount) is 1: adopted as the consensus.
    qtbot.mouseClick(view.voting.adopt_button, Qt.MouseButton.LeftButton)
    stored = workspace.answers(aid).get(wt.current.id)
    assert (stored.kind, stored.level) == (AnswerKind.RATED, 1)
    assert view.levels.buttons[1].isChecked()
