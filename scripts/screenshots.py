"""Save a PNG of every screen in normal and presentation mode, German and English.

Usage: ``xvfb-run -a -s "-screen 0 1600x1000x24" python scripts/screenshots.py OUTDIR``
(or with ``QT_QPA_PLATFORM=offscreen``). Works on a throw-away data folder with the demo
assessment; nothing touches the user's data. Windows are captured with ``QWidget.grab()``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.services.workspace import Workspace
from desktop_app.ui.background import SyncRunner
from desktop_app.ui.dialogs import QtDialogs
from desktop_app.ui.i18n import Language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.theme import Theme
from desktop_app.ui.views.assessment_view import TAB_PLAN, TAB_RESULTS, TAB_WALKTHROUGH
from desktop_app.ui.views.new_assessment_dialog import NewAssessmentDialog

NORMAL_SIZE = (1280, 800)
PROJECTOR_SIZE = (1280, 800)  # a common WXGA beamer: the hardest case for large type


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, out: Path, name: str, app: QApplication) -> None:
    settle(app)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def shoot(
    app: QApplication, ws: Workspace, demo_id: int, out: Path, lang: str, presentation: bool
) -> None:
    suffix = f"{lang}_{'presentation' if presentation else 'normal'}"
    language = Language(lang)
    theme = Theme(presentation=presentation)
    theme.apply(app)
    window = MainWindow(ws, language, theme, QtDialogs(), SyncRunner())
    window.resize(*(PROJECTOR_SIZE if presentation else NORMAL_SIZE))
    window.show()
    window.start.select(demo_id)
    save(window, out, f"01_start_{suffix}", app)

    levels = [lvl.label.get(lang) for lvl in ws.guideline.scale]
    dialog = NewAssessmentDialog(lang, ["Stadt Lindenfeld (Demo)"], levels, window)
    dialog.municipality.setText("Stadt Lindenfeld")
    dialog.project.setText(
        "Einführung Digitaler Zwilling" if lang == "de" else "Introducing a digital twin"
    )
    dialog.show()
    save(dialog, out, f"02_new_assessment_{suffix}", app)
    dialog.close()

    window.open_assessment(demo_id)
    ctrl = window.assessment
    assert ctrl is not None
    statements = ws.guideline.statements
    ctrl.walkthrough.go_to(statements[0].id)
    ctrl.view.walkthrough.votes_toggle.setChecked(False)
    save(window, out, f"03_walkthrough_{suffix}", app)
    # A disputed statement: its votes panel opens by itself (beside it on a projector).
    session = ctrl.walkthrough.session
    disputed = next(st.id for st in statements if session.agreement(st.id).disputed)
    ctrl.walkthrough.go_to(disputed)
    settle(app)
    if not presentation:
        ctrl.view.walkthrough.scroll_votes_into_view()
    save(window, out, f"04_voting_{suffix}", app)
    ctrl.view.walkthrough.votes_toggle.setChecked(False)

    ctrl.view.tabs.setCurrentIndex(TAB_RESULTS)
    save(window, out, f"05_results_{suffix}", app)
    results = ctrl.view.results
    for key, name in (("gaps", "05b_results_gaps"), ("attention", "05c_results_open"),
                      ("perception", "05d_results_perception")):
        settle(app)
        bar = results.scroll_area.verticalScrollBar()
        bar.setValue(results.sections[key].y())
        save(window, out, f"{name}_{suffix}", app)
    ctrl.view.tabs.setCurrentIndex(TAB_PLAN)
    plan = ctrl.plan
    # A proposed measure: owner and due date are the guideline's proposals.
    for row in range(plan.proxy.rowCount()):
        plan._select_proxy_row(row)
        item = plan.selected_item()
        if item is not None and item.entry.due is None and item.suggested_due is not None:
            break
    save(window, out, f"06_plan_{suffix}", app)
    # The calendar, opened by keyboard (F4), and a date before the workshop with its warning.
    plan_view = ctrl.view.plan
    plan_view.due_check.setChecked(True)
    plan_view.detail_scroll.ensureWidgetVisible(plan_view.due_edit)
    plan_view.due_edit.line.setText("01.03.2026" if lang == "de" else "2026-03-01")
    plan_view.due_edit.commit_text()
    save(window, out, f"06b_plan_due_warning_{suffix}", app)
    plan_view.due_edit.open_calendar()
    save(plan_view.due_edit.calendar, out, f"06c_plan_calendar_{suffix}", app)
    plan_view.due_edit.calendar.hide()

    export = ctrl.export
    target = out / f"plan_{suffix}.pdf"
    export.start(target)
    assert export.dialog is not None
    save(export.dialog, out, f"08_export_done_{suffix}", app)
    export.dialog.set_running()
    export.dialog.progress.setValue(60)
    export.dialog.status.setText("Maßnahmen …" if lang == "de" else "Measures …")
    save(export.dialog, out, f"07_export_progress_{suffix}", app)
    export.dialog.close()
    target.unlink(missing_ok=True)

    ctrl.view.tabs.setCurrentIndex(TAB_WALKTHROUGH)
    window.close()
    window.deleteLater()
    language.set("de")
    settle(app)


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="wandelkompass-shots-") as tmp:
        for lang in ("de", "en"):
            ws = Workspace(Path(tmp) / lang)
            demo_id = ws.create_demo(lang)
            for presentation in (False, True):
                shoot(app, ws, demo_id, out, lang, presentation)
            ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
