"""The results dashboard on a 1280×800 projector: one chart per row, none squeezed."""

from __future__ import annotations

import pytest

from desktop_app.ui.views.assessment_view import TAB_RESULTS

pytestmark = pytest.mark.gui

CM = 1 / 2.54
# Natural widths of the charts from reporting.charts (cm on A4).
NATURAL_CM = {"radar": 9.0, "categories": 17.0, "dimensions": 17.0, "barriers": 17.0}


def _assert_not_squeezed(view):
    for key, width_cm in NATURAL_CM.items():
        if key == "categories" and view.columns == 2:
            continue  # three short labels: may be narrower than on A4 beside the radar
        canvas = view.canvas(key)
        natural = width_cm * CM * canvas.figure.dpi
        # A canvas narrower than its figure keeps the font size and lets labels collide.
        assert canvas.width() >= natural - 2, (key, canvas.width(), natural)
        assert canvas.height() >= canvas.figure.get_figheight() * canvas.figure.dpi - 2, key
        assert canvas.width() <= view.scroll_area.viewport().width(), key  # no sideways scrolling


def _top_left(view, key):
    return view.sections[key].geometry().topLeft()


def test_presentation_mode_puts_each_chart_in_its_own_row(qtbot, make_window, workspace, demo_id):
    window = make_window(workspace, presentation=True)
    window.open_assessment(demo_id)
    rc = window.assessment.results
    window.show_tab(TAB_RESULTS)
    view = window.assessment.view.results
    qtbot.waitUntil(lambda: rc.refreshes >= 1)
    assert view.columns == 1
    qtbot.waitUntil(lambda: _top_left(view, "categories").y() > _top_left(view, "radar").y())
    assert _top_left(view, "categories").x() == _top_left(view, "radar").x()
    _assert_not_squeezed(view)

    before, computed = rc.layouts, rc.refreshes
    window.zoom_in_action.trigger()  # the figures are laid out again, not recomputed
    qtbot.waitUntil(lambda: rc.layouts > before)
    assert rc.refreshes == computed
    qtbot.waitUntil(lambda: view.canvas("radar").isVisible())
    _assert_not_squeezed(view)


def test_normal_mode_keeps_radar_and_categories_side_by_side(
    qtbot, make_window, workspace, demo_id
):
    window = make_window(workspace)
    window.open_assessment(demo_id)
    window.show_tab(TAB_RESULTS)
    view = window.assessment.view.results
    assert view.columns == 2
    qtbot.waitUntil(lambda: _top_left(view, "categories").x() > _top_left(view, "radar").x())
    assert _top_left(view, "categories").y() == _top_left(view, "radar").y()
    # The barrier chart has the full width for its labels and axis title.
    assert view.sections["barriers"].width() > 0.9 * view.scroll_area.viewport().width()
    _assert_not_squeezed(view)
    assert "bewertete von zugeordneten Aussagen" in view.barrier_note.text()


def test_set_compact_switches_to_one_column(qtbot, make_window, workspace, demo_id):
    window = make_window(workspace)
    window.open_assessment(demo_id)
    rc = window.assessment.results
    window.show_tab(TAB_RESULTS)
    view = window.assessment.view.results
    before, computed = rc.layouts, rc.refreshes
    view.set_compact(True)
    qtbot.waitUntil(lambda: rc.layouts > before)
    assert view.columns == 1
    assert rc.refreshes == computed  # a new width never recomputes the evaluation


def test_the_dashboard_is_computed_off_the_gui_thread(qtbot, qapp, language, dialogs, workspace,
                                                      demo_id):
    """With the real thread-pool runner: the GUI thread never builds the evaluation."""
    import threading

    from desktop_app.ui.background import ThreadPoolRunner
    from desktop_app.ui.controllers import results_controller
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.theme import Theme

    gui_thread = threading.get_ident()
    built_on: list[int] = []
    real_build = results_controller.build_figures

    def spy(ev, lang):
        built_on.append(threading.get_ident())
        return real_build(ev, lang)

    runner = ThreadPoolRunner()
    window = MainWindow(workspace, language, Theme(), dialogs, runner)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.open_assessment(demo_id)
    rc = window.assessment.results
    results_controller.build_figures = spy
    try:
        with qtbot.waitSignal(rc.refreshed, timeout=60_000):
            window.show_tab(TAB_RESULTS)
        assert built_on and all(t != gui_thread for t in built_on)
        assert "Gesamt-Reifegrad" in window.assessment.view.results.figures_line.text()
        # Three changes while a job may still run: the dashboard ends up showing the last.
        view = window.assessment.view.walkthrough
        with qtbot.waitSignal(rc.refreshed, timeout=60_000):
            for _ in range(3):
                qtbot.keyClick(view, "N")
        qtbot.waitUntil(lambda: not rc.busy, timeout=60_000)
        ev = workspace.evaluation(demo_id)
        percent = f"{ev.results.overall.percent:.0f} %"
        assert percent in window.assessment.view.results.figures_line.text()
    finally:
        results_controller.build_figures = real_build
        runner.wait()
