"""Start the desktop application: ``run_gui(data_dir, lang, exit_after_startup, presentation)``.

Only what the first window needs is imported here; matplotlib and reportlab load when the
results screen or the PDF export is first used, alembic only if the database needs a
migration.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

# Give up waiting for the first paint after this long (a hung display, not a slow start).
FIRST_PAINT_TIMEOUT_MS = 30_000


class _FirstPaint(QObject):
    """Quits the application right after the watched window has painted once."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, self._app.quit)
        return False


def run_gui(
    data_dir: str | os.PathLike[str] | None = None,
    lang: str = "de",
    exit_after_startup: bool = False,
    presentation: bool = False,
) -> int:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Wandelkompass")
    app.setOrganizationName("Wandelkompass")

    from desktop_app.content import ContentError
    from desktop_app.services.messages import database_error_message
    from desktop_app.services.workspace import Workspace
    from desktop_app.storage.database import DatabaseError
    from desktop_app.ui.background import ThreadPoolRunner
    from desktop_app.ui.dialogs import QtDialogs
    from desktop_app.ui.i18n import Language
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.theme import Theme

    dialogs = QtDialogs()
    language = Language(lang, app)
    theme = Theme(presentation=presentation)
    theme.apply(app)
    workspace = Workspace(Path(data_dir) if data_dir else None)
    try:
        # Open (and if needed migrate) now, so a failure is reported before any window.
        workspace.list_assessments()
        _ = workspace.guideline
    except DatabaseError as exc:
        dialogs.error(None, "Wandelkompass", database_error_message(exc, language.code))
        return 1
    except ContentError as exc:
        dialogs.error(None, "Wandelkompass", str(exc))
        return 1

    window = MainWindow(workspace, language, theme, dialogs, ThreadPoolRunner())
    window.resize(1280, 800)
    watcher: _FirstPaint | None = None
    if exit_after_startup:
        watcher = _FirstPaint(app)
        window.installEventFilter(watcher)
        QTimer.singleShot(FIRST_PAINT_TIMEOUT_MS, app.quit)
    if presentation:
        window.set_presentation(True)
    else:
        window.show()
    try:
        code = app.exec()
    finally:
        workspace.close()
    if watcher is not None and not watcher.painted:
        return 1
    return int(code)
