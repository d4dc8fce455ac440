"""Plan table sizing: every category and a full date fit; the table gets the room."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from desktop_app.domain.assessment import NewAssessment
from desktop_app.ui.models.plan_table_model import COL_CATEGORY, COL_DUE, PlanTableModel
from desktop_app.ui.views.assessment_view import TAB_PLAN

pytestmark = pytest.mark.gui


def test_width_samples_cover_every_value_the_column_can_show(qapp, workspace, demo_id):
    model = PlanTableModel(workspace, demo_id, "de")
    assert "organisatorisch" in model.width_samples(COL_CATEGORY)
    assert "Kategorie" in model.width_samples(COL_CATEGORY)
    assert any(len(s) == 10 for s in model.width_samples(COL_DUE))
    model.set_language("en")
    assert "organisational" in model.width_samples(COL_CATEGORY)


@pytest.mark.parametrize("presentation", [False, True])
def test_plan_table_columns_fit_and_table_gets_most_height(
    qtbot, make_window, workspace, demo_id, presentation
):
    window = make_window(workspace, presentation=presentation)
    window.open_assessment(demo_id)
    window.show_tab(TAB_PLAN)
    view = window.assessment.view.plan
    fm = view.table.fontMetrics()
    header = view.table.horizontalHeader()
    assert header.sectionSize(COL_CATEGORY) > fm.horizontalAdvance("organisatorisch")
    if not view.table.isColumnHidden(COL_DUE):
        assert header.sectionSize(COL_DUE) > fm.horizontalAdvance("23.06.2027")
    table_h, detail_h = view.splitter.sizes()
    assert table_h > detail_h
    assert view.splitter.handleWidth() >= 8


def test_an_empty_progress_bar_reads_as_a_bar(qtbot, make_window, workspace):
    from datetime import date

    from desktop_app.domain.assessment import Phase

    aid = workspace.create_assessment(NewAssessment(
        municipality="M", project="P", phase=Phase.PLANNING, held_on=date(2026, 1, 1)
    ))
    window = make_window(workspace)
    window.open_assessment(aid)
    bar = window.assessment.view.walkthrough.progress
    assert bar.value() == 0
    assert bar.height() >= bar.fontMetrics().height()
    image = bar.grab().toImage()
    middle = QColor(image.pixel(image.width() // 2, image.height() // 2))
    # Not white like an empty text field: a grey track.
    assert middle.lightness() < 235, middle.name()
