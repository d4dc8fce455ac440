"""PDF export through the app, error messages, language switch, results dashboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.fileio import TargetNotWritable
from desktop_app.ui.controllers.export_controller import not_writable_text
from desktop_app.ui.views.assessment_view import TAB_PLAN, TAB_RESULTS

pytestmark = pytest.mark.gui


def test_pdf_export_with_sync_runner_then_open(
    qtbot, make_window, workspace, demo_id, dialogs, tmp_path
):
    window = make_window(workspace)
    window.open_assessment(demo_id)
    window.show_tab(TAB_PLAN)
    target = tmp_path / "out" / "plan"  # no suffix: the app adds .pdf
    target.parent.mkdir()
    dialogs.files.append(target)
    export = window.assessment.export
    with qtbot.waitSignal(export.finished) as blocker:
        qtbot.mouseClick(window.assessment.view.plan.pdf_button, Qt.MouseButton.LeftButton)
    pdf = target.with_name("plan.pdf")
    assert blocker.args == [pdf]
    assert pdf.read_bytes().startswith(b"%PDF")
    dlg = export.dialog
    assert dlg.open_button.isVisible() and dlg.progress.value() == 100
    qtbot.mouseClick(dlg.open_button, Qt.MouseButton.LeftButton)
    assert dialogs.opened_urls[-1].toLocalFile() == str(pdf)


def test_pdf_export_into_missing_folder_explains_the_problem(
    qtbot, make_window, workspace, demo_id, dialogs, tmp_path
):
    window = make_window(workspace)
    window.open_assessment(demo_id)
    dialogs.files.append(tmp_path / "does-not-exist" / "plan.pdf")
    window.pdf_action.trigger()
    dlg = window.assessment.export.dialog
    assert "existiert nicht" in dlg.status.text()
    assert not dlg.open_button.isVisible()
    assert not (tmp_path / "does-not-exist").exists()


def test_locked_target_message(qapp, tmp_path):
    text = not_writable_text(TargetNotWritable(tmp_path / "a.pdf", "locked"))
    assert "anderen Programm geöffnet" in text and "unverändert" in text


def test_language_switch_retranslates_widgets_and_content(
    qtbot, make_window, workspace, demo_id, language
):
    window = make_window(workspace)
    assert window.start_view.new_button.text() == "&Neue Erhebung …"
    window.open_assessment(demo_id)
    view = window.assessment.view
    st = window.assessment.walkthrough.current
    assert view.walkthrough.next_button.text() == "Weiter ▶"
    assert st.text.de in view.walkthrough.statement_text.text()
    window.language_actions["en"].trigger()
    assert language.code == "en"
    # Qt posts LanguageChange events: widgets retranslate on the next event-loop turn.
    qtbot.waitUntil(lambda: view.walkthrough.next_button.text() == "Next ▶")
    assert view.tabs.tabText(TAB_PLAN) == "3 Action plan"
    assert window.file_menu.title() == "&File"
    assert st.text.en in view.walkthrough.statement_text.text()
    assert st.levels[0].en in view.walkthrough.levels.descriptions[0].text()
    assert "Introduction" in view.heading.text()
    window.language_actions["de"].trigger()
    qtbot.waitUntil(lambda: view.walkthrough.next_button.text() == "Weiter ▶")
    assert st.text.de in view.walkthrough.statement_text.text()


def test_results_dashboard_draws_charts_and_follows_answers(qtbot, make_window, workspace, demo_id):
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    window = make_window(workspace)
    window.open_assessment(demo_id)
    rc = window.assessment.results
    window.show_tab(TAB_RESULTS)
    view = window.assessment.view.results
    assert rc.refreshes == 1
    for key in ("radar", "categories", "dimensions", "barriers"):
        assert isinstance(view.canvas(key), FigureCanvasQTAgg), key
    assert view.gaps.rowCount() > 0
    text_before = view.figures_line.text()
    assert "Gesamt-Reifegrad" in text_before
    window.show_tab(0)
    for _ in range(3):
        qtbot.keyClick(window.assessment.view.walkthrough, "N")
    window.show_tab(TAB_RESULTS)
    assert rc.refreshes == 2  # one redraw for several changes
    assert view.figures_line.text() != text_before
