"""Usability-test fixes in the walk-through: undo, visible overwrites, finding open and
flagged statements, the votes panel and the level rows on a projector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, Qt

from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.assessment import NewAssessment, Phase

pytestmark = pytest.mark.gui


def _blank(workspace, **kw):
    return workspace.create_assessment(NewAssessment(
        municipality="M",
        project="P",
        phase=Phase.PLANNING,
        held_on=QDate(2026, 1, 1).toPython(),
        **kw,
    ))


def _open(make_window, workspace, aid, **kw):
    window = make_window(workspace, **kw)
    window.open_assessment(aid)
    return window, window.assessment.walkthrough, window.assessment.view.walkthrough


def _ctrl_z(qtbot, window, widget):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_overwriting_a_consensus_is_announced_and_ctrl_z_restores_it(qtbot, make_window, workspace):
    aid = _blank(workspace)
    first = workspace.guideline.statements[0].id
    workspace.save_answer(aid, Answer(first, AnswerKind.RATED, 2))
    window, wt, view = _open(make_window, workspace, aid)
    wt.go_to(first)

    view.setFocus()
    qtbot.keyClick(view, "3")
    assert workspace.answers(aid).get(first).level == 3
    assert view.saved_hint.text() == f"{first} geändert: 2 → 3"

    _ctrl_z(qtbot, window, view.levels.buttons[3])
    stored = workspace.answers(aid).get(first)
    assert (stored.kind, stored.level) == (AnswerKind.RATED, 2)
    level_2 = workspace.guideline.scale[2].label.de
    assert view.saved_hint.text() == f"Rückgängig: {first} wieder „2 – {level_2}“"
    assert view.levels.buttons[2].isChecked() and not view.levels.buttons[3].isChecked()

    # Flag and target are undone too, one step at a time; then there is nothing left.
    view.flag_box.click()
    assert workspace.answers(aid).get(first).flagged
    _ctrl_z(qtbot, window, view)
    assert not workspace.answers(aid).get(first).flagged
    assert not view.flag_box.isChecked()
    _ctrl_z(qtbot, window, view)  # the undone 2 → 3 is not redone; nothing older is left
    assert workspace.answers(aid).get(first).level == 2
    assert "Nichts rückgängig" in view.saved_hint.text()


def test_first_rating_just_says_saved_and_ctrl_z_in_comment_undoes_typing(
    qtbot, make_window, workspace
):
    aid = _blank(workspace)
    window, wt, view = _open(make_window, workspace, aid)
    sid = wt.current.id
    view.setFocus()
    qtbot.keyClick(view, "1")
    assert view.saved_hint.text() == "Gespeichert"
    qtbot.keyClicks(view.comment_edit, "abc")
    _ctrl_z(qtbot, window, view.comment_edit)
    wt.flush()
    # The text field took Ctrl+Z for its own undo; the rating stays.
    assert workspace.answers(aid).get(sid).level == 1
    assert view.comment_edit.toPlainText() != "abc"


def test_jump_follows_the_filter_wraps_and_says_when_nothing_is_left(qtbot, make_window, workspace):
    aid = _blank(workspace)
    statements = workspace.guideline.statements
    for st in statements:
        workspace.save_answer(aid, Answer(st.id, AnswerKind.RATED, 2))
    workspace.save_answer(aid, Answer(statements[3].id, AnswerKind.RATED, 2, flagged=True))
    workspace.save_answer(aid, Answer(statements[20].id, AnswerKind.RATED, 1, flagged=True))
    window, wt, view = _open(make_window, workspace, aid)

    view.filter_combo.setCurrentIndex(view.filter_combo.findData("flagged"))
    assert view.jump_button.text() == "Nächste markierte Aussage"
    wt.go_to(statements[20].id)
    qtbot.mouseClick(view.jump_button, Qt.MouseButton.LeftButton)
    assert wt.current.id == statements[3].id  # wrapped around
    qtbot.mouseClick(view.jump_button, Qt.MouseButton.LeftButton)
    assert wt.current.id == statements[20].id
    view.flag_box.click()  # statement 20 no longer flagged: only 3 is left, elsewhere
    wt.go_to(statements[3].id)
    qtbot.mouseClick(view.jump_button, Qt.MouseButton.LeftButton)
    assert wt.current.id == statements[3].id
    assert view.saved_hint.text() == "Keine weiteren markierten Aussagen"

    view.filter_combo.setCurrentIndex(view.filter_combo.findData("all"))
    qtbot.mouseClick(view.jump_button, Qt.MouseButton.LeftButton)
    assert view.saved_hint.text() == "Keine weiteren offenen Aussagen"
    view.clear_button.click()  # the current one open: still no *other* open statement
    qtbot.mouseClick(view.jump_button, Qt.MouseButton.LeftButton)
    assert view.saved_hint.text() == "Keine weiteren offenen Aussagen"
    wt.go_to(statements[40].id)
    qtbot.mouseClick(view.jump_button, Qt.MouseButton.LeftButton)
    assert wt.current.id == statements[3].id  # wrapped to the open one


def test_next_at_the_end_counts_open_statements_and_offers_the_jump(qtbot, make_window, workspace):
    aid = _blank(workspace)
    statements = workspace.guideline.statements
    for st in statements[:5]:
        workspace.save_answer(aid, Answer(st.id, AnswerKind.RATED, 2))
    window, wt, view = _open(make_window, workspace, aid)
    wt.go_to(statements[-1].id)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    open_count = len(statements) - 5
    assert view.saved_hint.text() == f"Ende erreicht – noch {open_count} Aussagen offen"
    assert view.first_open_button.isVisible()
    qtbot.mouseClick(view.first_open_button, Qt.MouseButton.LeftButton)
    assert wt.current.id == statements[5].id
    assert not view.first_open_button.isVisible()


def _fully_visible(scroll, widget) -> bool:
    top_left = widget.mapTo(scroll.viewport(), QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    return scroll.viewport().rect().contains(rect)


def test_votes_panel_scrolls_into_view_and_adopt_says_why_it_is_disabled(
    qtbot, make_window, workspace
):
    from desktop_app.storage.repository import NewRespondent

    aid = _blank(workspace, respondents=[NewRespondent("Leitung", "Leitung")])
    window, wt, view = _open(make_window, workspace, aid, presentation=True)
    # The toggle is reachable without scrolling on a 1280×800 projector.
    assert _fully_visible(view.scroll_area, view.votes_toggle)
    qtbot.mouseClick(view.votes_toggle, Qt.MouseButton.LeftButton)
    assert view.voting.isVisible()
    # On the projector the panel opens beside the statement, in its own scroll area.
    qtbot.waitUntil(lambda: _fully_visible(view.votes_side, view.voting.adopt_button))
    adopt = view.voting.adopt_button
    assert not adopt.isEnabled()
    assert "Einzelstimmen" in adopt.toolTip()
    assert view.voting.adopt_hint.isVisible() and view.voting.adopt_hint.text()


@pytest.mark.parametrize("zoom_steps", [0, 1])
def test_all_levels_and_kinds_visible_on_a_projector(qtbot, make_window, workspace, zoom_steps):
    aid = _blank(workspace)
    window, wt, view = _open(make_window, workspace, aid, presentation=True)
    for _ in range(zoom_steps):
        window.zoom_in_action.trigger()
    # The longest statement with the longest anchors is the hardest page.
    longest = max(
        workspace.guideline.statements,
        key=lambda s: len(s.text.de) + sum(len(t.de) for t in s.levels),
    )
    wt.go_to(longest.id)
    area = view.scroll_area
    qtbot.waitUntil(lambda: area.widget().width() <= area.viewport().width())
    for widget in (*view.levels.buttons, view.unknown_button, view.not_relevant_button):
        assert _fully_visible(view.scroll_area, widget), widget.text()
