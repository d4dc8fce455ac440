"""Every item model of the app passes Qt's model tester (pytestqt.modeltester)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_assessment_tree(qtmodeltester, make_window, workspace, demo_id) -> None:
    window = make_window(workspace)
    workspace.create_demo("en")
    window.start.refresh(demo_id)
    qtmodeltester.check(window.start_view.model)


def test_plan_table_and_its_filter(qtmodeltester, make_window, workspace, demo_id) -> None:
    window = make_window(workspace)
    window.open_assessment(demo_id)
    window.show_tab(2)
    plan = window.assessment.plan
    qtmodeltester.check(plan.model)
    qtmodeltester.check(plan.proxy)


def test_gaps_table(qtmodeltester, make_window, workspace, demo_id) -> None:
    window = make_window(workspace)
    window.open_assessment(demo_id)
    window.show_tab(1)
    qtmodeltester.check(window.assessment.view.results.gaps)
