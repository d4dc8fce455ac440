"""The action plan at a 1280×800 screen: typed due dates, a dozen measures in view, and the
guideline's proposals (owner, due date) visibly proposals."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desktop_app.domain.plan import Decision
from desktop_app.ui.models.plan_table_model import COL_DUE, COL_OWNER, COL_TITLE, ITEM_ROLE
from desktop_app.ui.views.assessment_view import TAB_PLAN

pytestmark = pytest.mark.gui


def _plan(make_window, workspace, demo_id, qtbot, **kw):
    window = make_window(workspace, **kw)
    window.open_assessment(demo_id)
    window.show_tab(TAB_PLAN)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, window.assessment.plan, window.assessment.view.plan


def _select_proposed(plan, view) -> None:
    for row in range(plan.proxy.rowCount()):
        plan._select_proxy_row(row)
        it = plan.selected_item()
        if it.decision is Decision.PROPOSED and it.entry.due is None and it.suggested_due:
            return
    raise AssertionError("the demo has a proposed measure without a due date")


def _type_due(qtbot, view, text: str) -> None:
    view.due_edit.line.setFocus()
    view.due_edit.line.selectAll()
    qtbot.keyClicks(view.due_edit.line, text)
    qtbot.keyClick(view.due_edit.line, Qt.Key.Key_Tab)


@pytest.mark.parametrize(
    ("lang", "typed", "shown"),
    [
        ("de", "30.06.2027", "30.06.2027"),
        ("de", "1.2.2028", "01.02.2028"),
        ("en", "2027-06-30", "2027-06-30"),
    ],
)
def test_a_due_date_is_typed_in_the_languages_format(
    qtbot, make_window, workspace, demo_id, language, lang, typed, shown
):
    language.set(lang)
    window, plan, view = _plan(make_window, workspace, demo_id, qtbot)
    _select_proposed(plan, view)
    view.due_check.setChecked(True)
    _type_due(qtbot, view, typed)
    key = plan.selected_item().key
    stored = {e.key: e.due for e in workspace.plan_entries(demo_id)}[key]
    assert stored == QDate.fromString(shown, view.due_edit.displayFormat()).toPython()
    assert view.due_edit.line.text() == shown
    row = plan.model.row_of(key)
    assert plan.model.index(row, COL_DUE).data() == shown


def test_a_date_that_is_none_or_outside_the_range_is_refused_with_a_message(
    qtbot, make_window, workspace, demo_id
):
    window, plan, view = _plan(make_window, workspace, demo_id, qtbot)
    _select_proposed(plan, view)
    view.due_check.setChecked(True)
    key = plan.selected_item().key
    before = {e.key: e.due for e in workspace.plan_entries(demo_id)}[key]
    for text in ("31.02.2027", "30.06.2200"):
        _type_due(qtbot, view, text)
        assert {e.key: e.due for e in workspace.plan_entries(demo_id)}[key] == before
        assert view.due_edit.message.isVisible()
        assert text[:5] in view.due_edit.message.text() or "2100" in view.due_edit.message.text()


def test_a_past_due_date_is_kept_with_a_visible_warning(qtbot, make_window, workspace, demo_id):
    window, plan, view = _plan(make_window, workspace, demo_id, qtbot)
    _select_proposed(plan, view)
    view.due_check.setChecked(True)
    key = plan.selected_item().key
    # Before the workshop (15.09.2026 in the demo): stored, and said so.
    _type_due(qtbot, view, "01.03.2026")
    assert {e.key: e.due for e in workspace.plan_entries(demo_id)}[key] == date(2026, 3, 1)
    assert view.due_edit.message.isVisible()
    assert "15.09.2026" in view.due_edit.warning()
    # After the workshop but in the past.
    workspace.update_info(demo_id, held_on=date(2020, 1, 1))
    plan.reload()
    past = date.today() - timedelta(days=10)
    _type_due(qtbot, view, past.strftime("%d.%m.%Y"))
    assert {e.key: e.due for e in workspace.plan_entries(demo_id)}[key] == past
    assert "Vergangenheit" in view.due_edit.warning()
    # A future date: no warning.
    _type_due(qtbot, view, "30.06.2099")
    assert view.due_edit.warning() == ""


def test_the_calendar_opens_and_sets_the_date_by_keyboard(qtbot, make_window, workspace, demo_id):
    window, plan, view = _plan(make_window, workspace, demo_id, qtbot)
    _select_proposed(plan, view)
    view.due_check.setChecked(True)
    _type_due(qtbot, view, "30.06.2027")
    key = plan.selected_item().key
    field = view.due_edit
    for open_key, mods in (
        (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
    ):
        field.line.setFocus()
        qtbot.keyClick(field.line, open_key, mods)
        qtbot.waitUntil(field.calendar.isVisible)
        assert field.calendar.selectedDate() == QDate(2027, 6, 30)
        assert field.calendar.minimumDate() == field.minimumDate()
        assert field.calendar.maximumDate() == field.maximumDate()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not field.calendar.isVisible())
    qtbot.keyClick(field.line, Qt.Key.Key_F4)
    qtbot.waitUntil(field.calendar.isVisible)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)  # one day later
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not field.calendar.isVisible())
    assert {e.key: e.due for e in workspace.plan_entries(demo_id)}[key] == date(2027, 7, 1)


def _visible_rows(table) -> int:
    viewport = table.viewport().rect()
    rows = 0
    for row in range(table.model().rowCount()):
        rect = table.visualRect(table.model().index(row, 0))
        if viewport.contains(rect):
            rows += 1
    return rows


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_dozen_measures_in_view_with_their_titles_in_full(
    qtbot, make_window, workspace, demo_id, language, lang
):
    language.set(lang)
    window, plan, view = _plan(make_window, workspace, demo_id, qtbot)
    table = view.table
    QApplication.processEvents()
    assert _visible_rows(table) >= 12
    fm = table.fontMetrics()
    for row in range(table.model().rowCount()):
        index = table.model().index(row, COL_TITLE)
        title = index.data(ITEM_ROLE).title(lang)
        # The row fits one line of text; a title wider than its column is in the tooltip.
        assert table.rowHeight(row) >= fm.height()
        if fm.horizontalAdvance(title) > table.columnWidth(COL_TITLE) - 12:
            assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(title)


def test_presentation_mode_shows_more_measures_than_before(qtbot, make_window, workspace, demo_id):
    window, plan, view = _plan(make_window, workspace, demo_id, qtbot, presentation=True)
    QApplication.processEvents()
    assert _visible_rows(view.table) >= 7


@pytest.mark.parametrize("lang", ["de", "en"])
def test_suggested_owner_and_due_date_look_like_suggestions(
    qtbot, make_window, workspace, demo_id, language, lang
):
    language.set(lang)
    window, plan, view = _plan(make_window, workspace, demo_id, qtbot)
    _select_proposed(plan, view)
    it = plan.selected_item()
    prefix = "Vorschlag: " if lang == "de" else "Suggested: "
    row = plan.model.row_of(it.key)
    owner = plan.model.index(row, COL_OWNER)
    due = plan.model.index(row, COL_DUE)
    for index in (owner, due):
        assert index.data().startswith(prefix)
        font = index.data(Qt.ItemDataRole.FontRole)
        assert isinstance(font, QFont) and font.italic()
    # The detail panel says so, too; nothing is stored by showing it.
    assert view.owner_edit.text() == ""
    assert view.owner_edit.placeholderText().startswith(prefix)
    assert view.owner_suggestion.isVisible()
    assert view.due_suggestion.isVisible() and not view.due_check.isChecked()
    # Entered by the team: no longer a suggestion.
    view.owner_edit.setFocus()
    qtbot.keyClicks(view.owner_edit, "Finanzen")
    qtbot.keyClick(view.owner_edit, Qt.Key.Key_Tab)
    view.due_check.setChecked(True)
    row = plan.model.row_of(it.key)
    assert plan.model.index(row, COL_OWNER).data() == "Finanzen"
    assert not plan.model.index(row, COL_DUE).data().startswith(prefix)
    font = plan.model.index(row, COL_OWNER).data(Qt.ItemDataRole.FontRole)
    assert font is None or not font.italic()
    assert not view.owner_suggestion.isVisible() and not view.due_suggestion.isVisible()
    # Ticking "Fällig am" takes the proposed date.
    stored = {e.key: e for e in workspace.plan_entries(demo_id)}[it.key]
    assert stored.owner == "Finanzen" and stored.due == it.suggested_due
