"""A long workshop session in the real app, headless, ending with a normal quit.

Run as a child process by tests/gui/test_long_session.py: a crash on exit (a Qt object
outliving its owner, a signal into a deleted object) shows up as a non-zero exit code or a
"Fatal Python error" on stderr, which an in-process test could not see.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop_app.services.workspace import Workspace
    from desktop_app.ui.background import ThreadPoolRunner
    from desktop_app.ui.dialogs import QtDialogs
    from desktop_app.ui.i18n import Language
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.theme import Theme

    class Yes(QtDialogs):  # answers every question without a modal loop
        def confirm(self, *args: object, **kwargs: object) -> bool:
            return True

        def inform(self, *args: object) -> None:
            pass

        def save_file(self, parent: object, title: str, suggested: Path, f: str) -> Path:
            return Path(tempfile.mkdtemp()) / "plan.pdf"

    app = QApplication(sys.argv[:1])
    data = Path(tempfile.mkdtemp(prefix="wk-long-"))
    ws = Workspace(data)
    language = Language("de", app)
    theme = Theme()
    theme.apply(app)
    runner = ThreadPoolRunner()
    window = MainWindow(ws, language, theme, Yes(), runner)
    window.resize(1280, 800)
    window.show()
    aid = ws.create_demo("de")
    window.start.refresh(aid)
    for round_no in range(3):
        window.open_assessment(aid)
        view = window.assessment.view.walkthrough
        for n in range(len(ws.guideline.statements)):
            QTest.keyClick(view, str((n + round_no) % 5))
            if n % 7 == 0:
                QTest.keyClicks(view.comment_edit, f"Runde {round_no}")
            QTest.keyClick(view, Qt.Key.Key_Right)
        for tab in (1, 2, 1, 0):
            window.show_tab(tab)
            app.processEvents()
        window.set_presentation(round_no % 2 == 0, full_screen=False)
        language.set("en" if round_no % 2 == 0 else "de")
        window.assessment.export.export_pdf()
        window.show_start()
    window.open_assessment(aid)
    window.show_tab(1)  # leave a background refresh running, as a user quitting might
    window.close()
    runner.wait()
    app.processEvents()
    ws.close()
    print("long session done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
