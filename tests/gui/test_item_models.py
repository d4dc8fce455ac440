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



def test_attention_and_findings_lists(
    qtbot, qtmodeltester, make_window, workspace, demo_id
) -> None:
    window = make_window(workspace)
    window.open_assessment(demo_id)
    window.show_tab(1)
    rc = window.assessment.results
    qtbot.waitUntil(lambda: rc.refreshes >= 1)  # the lists are filled off the GUI thread
    results = window.assessment.view.results
    assert results.attention.rowCount() and results.findings.rowCount()
    qtmodeltester.check(results.attention)
    qtmodeltester.check(results.findings)
