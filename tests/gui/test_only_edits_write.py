"""Only an edit by the user writes: opening, resuming, navigating, switching language or
presentation mode and closing leave the stored data exactly as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.storage.backups import fingerprint

pytestmark = pytest.mark.gui


def test_resuming_at_a_later_statement_keeps_the_first_statements_texts(
    qtbot, make_window, workspace, demo_id
):
    statements = workspace.guideline.statements
    first, later = statements[0].id, statements[20].id
    workspace.save_answer(
        demo_id,
        Answer(first, AnswerKind.RATED, 2, comment="Protokoll vom 3.2.", evidence="Beschluss 17/2"),
    )
    window = make_window(workspace)
    window.open_assessment(demo_id)
    window.assessment.walkthrough.go_to(later)
    window.close()

    again = make_window(workspace)
    again.open_assessment(demo_id)
    assert again.assessment.walkthrough.current.id == later
    again.close()
    stored = workspace.answers(demo_id).get(first)
    assert (stored.comment, stored.evidence) == ("Protokoll vom 3.2.", "Beschluss 17/2")


def test_looking_around_writes_nothing(qtbot, make_window, workspace, demo_id, language):
    before = fingerprint(workspace.database_path)
    window = make_window(workspace)
    window.open_assessment(demo_id)
    wt, view = window.assessment.walkthrough, window.assessment.view.walkthrough
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    view.dimension_list.itemClicked.emit(view.dimension_list.item(4))
    view.filter_combo.setCurrentIndex(view.filter_combo.findData("flagged"))
    view.filter_combo.setCurrentIndex(view.filter_combo.findData("all"))
    for tab in (1, 2, 0):
        window.show_tab(tab)
    language.set("en")
    language.set("de")
    window.set_presentation(True, full_screen=False)
    window.set_presentation(False, full_screen=False)
    window.show_start()
    window.open_assessment(demo_id)
    assert wt is not window.assessment.walkthrough
    window.close()
    assert fingerprint(workspace.database_path) == before


def test_text_typed_before_a_vote_is_kept(qtbot, make_window, workspace, demo_id):
    window = make_window(workspace)
    window.open_assessment(demo_id)
    wt, view = window.assessment.walkthrough, window.assessment.view.walkthrough
    sid = wt.current.id
    before = workspace.answers(demo_id).get(sid).comment
    qtbot.keyClicks(view.comment_edit, " und mehr")
    rid = workspace.info(demo_id).respondents[0].id
    combo = view.voting.combo(rid)
    combo.setCurrentIndex(combo.findData("4"))
    combo.activated.emit(combo.currentIndex())  # the vote re-shows the statement
    assert view.comment_edit.toPlainText() == before + " und mehr"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert workspace.answers(demo_id).get(sid).comment == before + " und mehr"
