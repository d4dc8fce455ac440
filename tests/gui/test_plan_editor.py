"""The action plan editor driven through the real window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from desktop_app.domain.model import Category
from desktop_app.domain.plan import Decision, Origin
from desktop_app.ui.models.plan_table_model import COL_TITLE, KEY_ROLE
from desktop_app.ui.views.assessment_view import TAB_PLAN

pytestmark = pytest.mark.gui


def _entries(ws, aid):
    return {e.key: e for e in ws.plan_entries(aid)}


def test_accept_reject_edit_and_own_measure_are_persisted(
    qtbot, make_window, workspace, demo_id, dialogs
):
    window = make_window(workspace)
    window.open_assessment(demo_id)
    window.show_tab(TAB_PLAN)
    pc, view = window.assessment.plan, window.assessment.view.plan
    assert pc.proxy.rowCount() > 2
    first_key = pc.selected_item().key

    qtbot.mouseClick(view.reject_button, Qt.MouseButton.LeftButton)
    assert _entries(workspace, demo_id)[first_key].decision is Decision.REJECTED

    view.table.selectRow(1)
    second = pc.selected_item()
    assert second.key != first_key
    assert view.reason_value.text()  # the reason it was triggered is shown
    qtbot.mouseClick(view.accept_button, Qt.MouseButton.LeftButton)
    view.owner_edit.setFocus()
    view.owner_edit.selectAll()
    qtbot.keyClicks(view.owner_edit, "Stabsstelle Digitales")
    qtbot.keyClick(view.owner_edit, Qt.Key.Key_Tab)  # editingFinished
    view.due_check.setChecked(True)
    view.due_edit.setDate(QDate(2027, 3, 31))
    stored = _entries(workspace, demo_id)[second.key]
    assert stored.decision is Decision.ACCEPTED
    assert stored.owner == "Stabsstelle Digitales"
    assert stored.due == date(2027, 3, 31)

    view.category_filter.setCurrentIndex(view.category_filter.findData(Category.PERSONNEL.value))
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    own = pc.selected_item()
    assert own.origin is Origin.OWN and own.category is Category.PERSONNEL
    view.title_edit.selectAll()
    qtbot.keyClicks(view.title_edit, "Lernsnacks GIS-Viewer")
    window.close()  # flush on close: the title typed last is stored
    own_entry = _entries(workspace, demo_id)[own.key]
    assert own_entry.title == "Lernsnacks GIS-Viewer"
    assert own_entry.category is Category.PERSONNEL


def test_hide_rejected_and_delete_own_measure_with_confirmation(
    qtbot, make_window, workspace, demo_id, dialogs
):
    window = make_window(workspace)
    window.open_assessment(demo_id)
    window.show_tab(TAB_PLAN)
    pc, view = window.assessment.plan, window.assessment.view.plan
    qtbot.mouseClick(view.reject_button, Qt.MouseButton.LeftButton)
    total = pc.proxy.rowCount()
    view.hide_rejected.setChecked(True)
    assert pc.proxy.rowCount() == total - 1
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    key = pc.selected_item().key
    assert view.delete_button.isVisible()
    dialogs.confirms.append(False)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert key in _entries(workspace, demo_id)
    dialogs.confirms.append(True)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert key not in _entries(workspace, demo_id)
    keys = [pc.proxy.index(r, COL_TITLE).data(KEY_ROLE) for r in range(pc.proxy.rowCount())]
    assert key not in keys


def test_plan_follows_answer_changes(qtbot, make_window, workspace, demo_id):
    window = make_window(workspace)
    window.open_assessment(demo_id)
    window.show_tab(TAB_PLAN)
    before = window.assessment.plan.model.rowCount()
    window.show_tab(0)
    wt = window.assessment.walkthrough
    # Set every statement to "weiß nicht": each becomes a clarification task in the plan.
    for st in workspace.guideline.statements[:3]:
        wt.go_to(st.id)
        qtbot.keyClick(window.assessment.view.walkthrough, "?")
    window.show_tab(TAB_PLAN)
    model = window.assessment.plan.model
    keys = {model.item(r).key for r in range(model.rowCount())}
    assert {f"clarify:{st.id}" for st in workspace.guideline.statements[:3]} <= keys
    assert model.rowCount() != before or before == len(keys)
