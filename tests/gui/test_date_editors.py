"""The GUI's date fields offer only what storage keeps, and opening one never changes a date."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from desktop_app.domain import limits
from desktop_app.domain.assessment import AssessmentInfo, Phase
from desktop_app.ui.views.assessment_info_dialog import AssessmentInfoDialog
from desktop_app.ui.views.assessment_view import TAB_PLAN
from desktop_app.ui.views.new_assessment_dialog import NewAssessmentDialog

pytestmark = pytest.mark.gui

LEVELS = [f"Stufe {i}" for i in range(5)]
FIRST = QDate(limits.EARLIEST_DATE.year, limits.EARLIEST_DATE.month, limits.EARLIEST_DATE.day)
LAST = QDate(limits.LATEST_DATE.year, limits.LATEST_DATE.month, limits.LATEST_DATE.day)


def _info(held_on: date) -> AssessmentInfo:
    return AssessmentInfo(0, "u", "Stadt", "Projekt", Phase.PLANNING, held_on)


def test_new_assessment_date_stays_in_the_range(qtbot):
    dialog = NewAssessmentDialog("de", [], LEVELS)
    qtbot.addWidget(dialog)
    assert (dialog.held_on.minimumDate(), dialog.held_on.maximumDate()) == (FIRST, LAST)
    dialog.held_on.setDate(QDate(1, 1, 1))
    assert dialog.held_on.date() == FIRST


@pytest.mark.parametrize("stored", [date(1, 1, 1), date(1752, 9, 14), date(9999, 12, 31)])
def test_opening_the_details_never_changes_a_stored_date(qtbot, stored):
    # A date stored before the range existed is shown clamped, but only an edit writes.
    dialog = AssessmentInfoDialog("de", _info(stored), "de", LEVELS)
    qtbot.addWidget(dialog)
    assert (dialog.held_on.minimumDate(), dialog.held_on.maximumDate()) == (FIRST, LAST)
    assert dialog.changes() == {}
    dialog.held_on.setDate(QDate(2026, 5, 4))
    assert dialog.changes() == {"held_on": date(2026, 5, 4)}


def test_opening_the_details_keeps_a_date_in_the_range(qtbot):
    dialog = AssessmentInfoDialog("de", _info(date(2026, 3, 4)), "de", LEVELS)
    qtbot.addWidget(dialog)
    assert dialog.changes() == {}


def test_plan_due_date_stays_in_the_range(qtbot, make_window, workspace, demo_id):
    window = make_window(workspace)
    window.open_assessment(demo_id)
    window.show_tab(TAB_PLAN)
    edit = window.assessment.view.plan.due_edit
    assert (edit.minimumDate(), edit.maximumDate()) == (FIRST, LAST)
