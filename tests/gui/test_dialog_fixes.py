"""Usability-test fixes: forms, editing details, reopening, Qt's own texts, backups, exports."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from desktop_app.domain import limits
from desktop_app.domain.assessment import NewAssessment, Phase
from desktop_app.services.workspace import Workspace
from desktop_app.texts.dates import moment
from desktop_app.ui.views.assessment_info_dialog import AssessmentInfoDialog
from desktop_app.ui.views.assessment_view import TAB_PLAN, TAB_RESULTS
from desktop_app.ui.views.new_assessment_dialog import NewAssessmentDialog

pytestmark = pytest.mark.gui

LEVELS = ["nicht begonnen", "erste Schritte", "teilweise", "überwiegend", "vollständig", "x"]


def _new_dialog(qtbot) -> NewAssessmentDialog:
    dialog = NewAssessmentDialog("de", [], LEVELS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.municipality.setFocus()
    return dialog


# -- 1 new-assessment form ------------------------------------------------------------------
def test_enter_in_a_line_edit_moves_on_and_only_ctrl_enter_creates(qtbot):
    dialog = _new_dialog(qtbot)
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    qtbot.keyClicks(dialog.municipality, "Stadt Teststadt")
    qtbot.keyClick(dialog.municipality, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.project
    qtbot.keyClicks(dialog.project, "Projekt")
    dialog.moderator.setFocus()
    qtbot.keyClicks(dialog.moderator, "Stabsstelle")
    qtbot.keyClick(dialog.moderator, Qt.Key.Key_Enter)
    assert accepted == [] and dialog.isVisible()
    assert dialog.focusWidget() is dialog.participants
    # Enter in a multi-line field is a new line; Ctrl+Enter creates the assessment.
    dialog.role_groups.setFocus()
    qtbot.keyClicks(dialog.role_groups, "Leitung")
    qtbot.keyClick(dialog.role_groups, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.role_groups, "IT")
    assert accepted == []
    qtbot.keyClick(dialog.role_groups, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert accepted == [True]
    assert [r.role_group for r in dialog.values().respondents] == ["Leitung", "IT"]


def test_enter_presses_only_the_focused_button_and_ctrl_enter_needs_required_fields(qtbot):
    dialog = _new_dialog(qtbot)
    done: list[int] = []
    dialog.finished.connect(done.append)
    dialog.title_edit.setFocus()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert done == []  # municipality and project are still empty
    dialog.municipality.setText("Stadt")
    dialog.project.setText("Projekt")
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setFocus()
    qtbot.keyClick(cancel, Qt.Key.Key_Return)
    assert done == [QDialog.DialogCode.Rejected]


def test_one_tab_leaves_the_date_which_has_a_calendar(qtbot):
    dialog = _new_dialog(qtbot)
    assert dialog.held_on.calendarPopup()
    dialog.held_on.setFocus()
    qtbot.keyClick(dialog.held_on, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.moderator
    dialog.moderator.setFocus()
    qtbot.keyClick(dialog.moderator, Qt.Key.Key_Backtab)
    assert dialog.focusWidget() is dialog.held_on
    qtbot.keyClick(dialog.held_on, Qt.Key.Key_Backtab)
    assert dialog.focusWidget() is dialog.phase


def test_inputs_accept_no_more_than_storage_keeps(qtbot, workspace):
    dialog = _new_dialog(qtbot)
    assert dialog.municipality.maxLength() == limits.NAME
    assert dialog.project.maxLength() == limits.NAME
    assert dialog.title_edit.maxLength() == limits.TITLE
    assert dialog.moderator.maxLength() == limits.MODERATOR
    dialog.municipality.setText("M" * 1000)
    dialog.project.setText("P" * 1000)
    dialog.title_edit.setText("T" * 1000)
    dialog.moderator.setText("X" * 1000)
    dialog.participants.setPlainText("p" * (limits.PARTICIPANTS + 50))
    dialog.role_groups.setPlainText("R" * 1000)
    data = dialog.values()
    assert len(data.participants) == limits.PARTICIPANTS
    workspace.create_assessment(data)  # storage takes whatever the dialog accepted
    assert all(len(r.role_group) <= limits.ROLE_GROUP for r in data.respondents)


# -- 2 editing an assessment's details ------------------------------------------------------
def test_edit_details_from_the_start_screen(qtbot, make_window, workspace, demo_id, dialogs):
    window = make_window(workspace)
    window.start.select(demo_id)
    assert window.start_view.edit_button.isEnabled()

    def edit(dialog: QDialog) -> bool:
        assert isinstance(dialog, AssessmentInfoDialog)
        assert dialog.municipality.text() == workspace.info(demo_id).municipality
        dialog.title_edit.setText("Zweiter Workshop")
        dialog.phase.setCurrentIndex(dialog.phase.findData(Phase.PLANNING.value))
        dialog.held_on.setDate(QDate(2026, 5, 6))
        dialog.moderator.setText("Stabsstelle")
        dialog.participants.setPlainText("IT, Personalrat")
        dialog.report_language.setCurrentIndex(dialog.report_language.findData("en"))
        return True

    dialogs.dialog_handlers.append(edit)
    qtbot.mouseClick(window.start_view.edit_button, Qt.MouseButton.LeftButton)
    info = workspace.info(demo_id)
    assert (info.title, info.phase, info.held_on) == (
        "Zweiter Workshop",
        Phase.PLANNING,
        date(2026, 5, 6),
    )
    assert (info.moderator, info.participants) == ("Stabsstelle", "IT, Personalrat")
    assert workspace.report_language(demo_id) == "en"
    model = window.start_view.model
    group = model.index(0, 0)
    names = [model.index(r, 0, group).data() for r in range(model.rowCount(group))]
    assert any(n.startswith("Zweiter Workshop") for n in names)
    assert window.start.selected_id() == demo_id


def test_edit_details_in_the_open_assessment(qtbot, make_window, workspace, demo_id, dialogs):
    window = make_window(workspace)
    window.open_assessment(demo_id)
    view = window.assessment.view
    assert "06.05.2026" not in view.heading.text()

    def edit(dialog: QDialog) -> bool:
        dialog.title_edit.setText("Zweiter Workshop")
        dialog.held_on.setDate(QDate(2026, 5, 6))
        return True

    dialogs.dialog_handlers.append(edit)
    qtbot.mouseClick(view.info_button, Qt.MouseButton.LeftButton)
    assert "06.05.2026" in view.heading.text()
    assert window.start.selected_id() == demo_id
    # Changing the default target level reopens the assessment where the team was.
    window.show_tab(TAB_PLAN)

    def target(dialog: QDialog) -> bool:
        dialog.target.setCurrentIndex(dialog.target.findData(4))
        return True

    dialogs.dialog_handlers.append(target)
    assert window.edit_info_action.isEnabled()
    window.edit_info_action.trigger()
    assert workspace.info(demo_id).default_target == 4
    assert window.assessment.session.default_target == 4
    assert window.assessment.view.tabs.currentIndex() == TAB_PLAN
    # Cancelling stores nothing.
    dialogs.dialog_handlers.append(lambda d: False)
    window.edit_info_action.trigger()
    assert workspace.info(demo_id).title == "Zweiter Workshop"


# -- 3 restart returns to the same place ----------------------------------------------------
def test_restart_reopens_the_assessment_at_its_statement_and_tab(
    qtbot, make_window, dialogs, data_dir
):
    ws = Workspace(data_dir)
    demo = ws.create_demo("de")
    other = ws.create_demo("de")
    fifth = ws.guideline.statements[4].id
    try:
        first = make_window(ws)
        first.open_assessment(demo)
        first.assessment.walkthrough.go_to(fifth)
        first.show_tab(TAB_RESULTS)
        first.close()

        second = make_window(ws, load=False)
        assert second.load_data()
        assert second.assessment is not None
        assert second.assessment.assessment_id == demo
        assert second.assessment.walkthrough.current.id == fifth
        assert second.assessment.view.tabs.currentIndex() == TAB_RESULTS
        assert second.progress_label.text().startswith("Fortschritt")

        # Back on the overview: the progress of the closed assessment disappears, and the
        # next start shows the overview.
        second.show_start()
        assert second.progress_label.text() == ""
        second.close()
        third = make_window(ws, load=False)
        assert third.load_data()
        assert third.assessment is None
        # A deleted assessment is simply not reopened.
        third.open_assessment(other)
        third.close()
        ws.delete_assessment(other)
        fourth = make_window(ws, load=False)
        assert fourth.load_data()
        assert fourth.assessment is None
    finally:
        ws.close()


def test_restoring_a_backup_clears_the_progress_of_the_closed_assessment(
    qtbot, make_window, dialogs, data_dir
):
    ws = Workspace(data_dir)
    try:
        window = make_window(ws)
        demo = ws.create_demo("de")
        ws.backup_now()
        window.start.refresh()
        window.open_assessment(demo)
        assert window.progress_label.text()
        manual = [i for i, b in enumerate(ws.list_backups()) if b.kind == "manual"][0]
        dialogs.choices.append(manual)
        dialogs.confirms.append(True)
        window.restore_action.trigger()
        assert window.assessment is None
        assert window.progress_label.text() == ""
    finally:
        ws.close()


# -- 4 languages -------------------------------------------------------------------------------
def test_qt_standard_buttons_follow_the_ui_language(qtbot, language):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Abbrechen"
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Ja"
    assert QCoreApplication.translate("QFileDialog", "File &name:") != "File &name:"
    language.set("en")
    qtbot.waitUntil(lambda: cancel.text() == "Cancel")
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Yes"
    language.set("de")
    qtbot.waitUntil(lambda: cancel.text() == "Abbrechen")


def test_plan_detail_follows_the_language_but_keeps_the_teams_text(
    qtbot, make_window, workspace, demo_id, language
):
    window = make_window(workspace)
    window.open_assessment(demo_id)
    window.show_tab(TAB_PLAN)
    plan = window.assessment.plan
    pv = window.assessment.view.plan
    rows = [
        r
        for r in range(plan.model.rowCount())
        if plan.model.item(r).recommendation is not None
        and not plan.model.item(r).entry.title
        and not plan.model.item(r).entry.text
    ]
    catalogue, edited = rows[0], rows[1]
    plan.select_key(plan.model.item(edited).key)
    pv.text_edit.setPlainText("Unser eigener Text")
    plan.select_key(plan.model.item(catalogue).key)
    it = plan.model.item(catalogue)
    assert pv.text_edit.toPlainText() == it.text("de")

    language.set("en")
    qtbot.waitUntil(lambda: pv.title_edit.text() == it.recommendation.title.en)
    it = plan.model.item(plan.model.row_of(it.key))
    assert pv.text_edit.toPlainText() == it.recommendation.text.en
    assert it.entry.title == "" and it.entry.text == ""  # nothing stored as the team's text
    stored = {e.key: e for e in workspace.plan_entries(demo_id)}
    assert not stored.get(it.key) or not stored[it.key].title
    plan.select_key(plan.model.item(edited).key)
    assert pv.text_edit.toPlainText() == "Unser eigener Text"
    language.set("de")


# -- 5 messages and backups -------------------------------------------------------------------
def test_backup_message_names_date_and_folder_and_opens_it(
    qtbot, make_window, workspace, demo_id, dialogs
):
    window = make_window(workspace)
    dialogs.confirms.append(True)
    window.backup_action.trigger()
    kind, _title, text = dialogs.asked[-1]
    backup = workspace.list_backups()[0]
    assert kind == "confirm"
    assert backup.path.name not in text
    assert str(workspace.backup_dir) in text
    assert moment(backup.created, "de") in text
    assert dialogs.opened_urls[-1].toLocalFile() == str(workspace.backup_dir)


def test_save_backup_as_copies_a_verified_backup(
    qtbot, make_window, workspace, demo_id, dialogs, tmp_path
):
    window = make_window(workspace)
    stick = tmp_path / "usb"
    stick.mkdir()
    dialogs.files.append(stick / "workshop")
    window.backup_copy_action.trigger()
    copy = stick / "workshop.sqlite3"
    assert copy.is_file()
    assert [p.name for p in stick.iterdir()] == ["workshop.sqlite3"]  # no temp file left
    with sqlite3.connect(copy) as con:
        assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert dialogs.asked[-1][0] == "inform" and str(copy) in dialogs.asked[-1][2]
    # A full stick or missing folder is explained, not raised.
    dialogs.files.append(tmp_path / "gone" / "x.sqlite3")
    window.backup_copy_action.trigger()
    assert dialogs.asked[-1][0] == "error"
    # The copy comes back through "restore from a file".
    workspace.delete_assessment(demo_id)
    dialogs.choices.append(len(workspace.list_backups()))  # the last item: "from a file"
    dialogs.files.append(copy)
    dialogs.confirms.append(True)
    window.restore_action.trigger()
    assert [s.id for s in workspace.list_assessments()] == [demo_id]


# -- 6 long names ------------------------------------------------------------------------------
def test_long_names_are_elided_with_the_full_text_in_a_tooltip(qtbot, make_window, workspace):
    municipality = "Verbandsgemeinde " + "Oberes-Mittelrheintal-" * 8 + "Süd"
    project = "Einführung " + "Digitalisierungsbeschleunigung" * 5
    aid = workspace.create_assessment(NewAssessment(
        municipality=municipality[: limits.NAME],
        project=project[: limits.NAME],
        phase=Phase.PLANNING,
        held_on=date(2026, 3, 4),
    ))
    window = make_window(workspace)
    tree = window.start_view.tree
    assert tree.textElideMode() == Qt.TextElideMode.ElideMiddle
    group = window.start_view.model.index(0, 0)
    assert group.data(Qt.ItemDataRole.ToolTipRole) == group.data()
    assert municipality[: limits.NAME] in group.data(Qt.ItemDataRole.ToolTipRole)
    child = window.start_view.model.index(0, 0, group)
    assert project[: limits.NAME] in child.data(Qt.ItemDataRole.ToolTipRole)

    window.open_assessment(aid)
    heading = window.assessment.view.heading
    assert municipality[: limits.NAME] in heading.text()
    assert heading.toolTip() == heading.text()
    assert heading.is_elided()
    assert window.minimumSizeHint().width() <= 1280
    assert window.assessment.view.info_button.isVisible()
    assert window.assessment.view.info_button.geometry().right() <= window.width()


# -- 7 PDF of an empty assessment ---------------------------------------------------------------
def test_pdf_of_an_unanswered_assessment_asks_first(qtbot, make_window, workspace, dialogs):
    aid = workspace.create_assessment(NewAssessment(
        municipality="Stadt Leer", project="Projekt", phase=Phase.PLANNING, held_on=date.today()
    ))
    window = make_window(workspace)
    window.open_assessment(aid)
    dialogs.confirms.append(False)
    window.pdf_action.trigger()
    assert [k for k, _t, _x in dialogs.asked] == ["confirm"]
    assert "Noch keine Aussage beantwortet" in dialogs.asked[0][2]
    dialogs.confirms.append(True)
    dialogs.files.append(None)  # then cancel the file dialog
    window.pdf_action.trigger()
    assert [k for k, _t, _x in dialogs.asked] == ["confirm", "confirm", "save_file"]


def test_pdf_of_an_answered_assessment_does_not_ask(
    qtbot, make_window, workspace, demo_id, dialogs
):
    window = make_window(workspace)
    window.open_assessment(demo_id)
    dialogs.files.append(None)
    window.pdf_action.trigger()
    assert [k for k, _t, _x in dialogs.asked] == ["save_file"]
