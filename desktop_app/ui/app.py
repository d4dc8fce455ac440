"""Start the desktop application: ``run_gui(data_dir, lang, exit_after_startup, presentation)``.

The window paints first; the database and the guideline are opened right after the first
paint (``MainWindow.load_data``), so SQLAlchemy, YAML parsing, the integrity check and the
automatic backup never delay the moment the window appears. matplotlib and reportlab load
when the results screen or the PDF export is first used, Alembic only for a migration.

``WANDELKOMPASS_TRACE_STARTUP=1`` prints when the window first painted and when its data
was loaded (seconds since the process started); ``=exit`` also quits once the data is
loaded. ``benchmarks/startup.py`` uses both.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.ui.pyside_workarounds import cheaper_feature_check

# Give up waiting for the first paint after this long (a hung display, not a slow start).
FIRST_PAINT_TIMEOUT_MS = 30_000


def _since_process_start() -> float:
    try:  # Linux: the process start time is in /proc; elsewhere measure from this import.
        with open("/proc/self/stat", encoding="ascii") as fh:
            start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORTED_AT


_IMPORTED_AT = time.perf_counter()


def _trace(event: str) -> None:
    if os.environ.get("WANDELKOMPASS_TRACE_STARTUP"):
        print(f"startup {event} {_since_process_start():.3f}", file=sys.stderr, flush=True)


class _FirstPaint(QObject):
    """Calls ``then`` once, right after the watched window has painted for the first time."""

    def __init__(self, app: QApplication, then: Callable[[], None]) -> None:
        super().__init__(app)
        self._then = then
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            _trace("first_paint")
            QTimer.singleShot(0, self._then)
        return False


def _start_failed_text(exc: Exception, lang: str) -> str:
    """A plain first sentence for people, then the details for whoever helps them."""
    from desktop_app.services.messages import database_error_message

    detail = database_error_message(exc, lang)  # type: ignore[arg-type]
    if getattr(exc, "reason", None) != "locked":
        return detail
    plain = QCoreApplication.translate(
        "App",
        "Wandelkompass ist schon geöffnet. Bitte wechseln Sie zum vorhandenen Fenster "
        "(z. B. über die Taskleiste).",
    )
    return f"{plain}\n\n{detail}"


def run_gui(
    data_dir: str | os.PathLike[str] | None = None,
    lang: str = "de",
    exit_after_startup: bool = False,
    presentation: bool = False,
) -> int:
    cheaper_feature_check()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Wandelkompass")
    app.setOrganizationName("Wandelkompass")

    from desktop_app import paths
    from desktop_app.services.errors import DatabaseError, lock_data_folder
    from desktop_app.services.workspace import Workspace
    from desktop_app.ui.background import ThreadPoolRunner
    from desktop_app.ui.dialogs import QtDialogs
    from desktop_app.ui.i18n import Language
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.theme import Theme

    dialogs = QtDialogs()
    language = Language(lang, app)
    theme = Theme(presentation=presentation)
    theme.apply(app)
    folder = paths.data_dir(data_dir)
    try:
        # Held for the whole session; the OS releases it if the process dies.
        lock = lock_data_folder(folder)
    except DatabaseError as exc:
        dialogs.error(None, "Wandelkompass", _start_failed_text(exc, language.code))
        return 1
    workspace = Workspace(folder)
    window = MainWindow(workspace, language, theme, dialogs, ThreadPoolRunner(), load=False)
    window.resize(1280, 800)
    failed = False

    def after_first_paint() -> None:
        nonlocal failed
        if exit_after_startup:
            app.quit()
            return
        if not window.load_data():
            failed = True
            app.exit(1)
            return
        _trace("data_loaded")
        if os.environ.get("WANDELKOMPASS_TRACE_STARTUP") == "exit":
            app.quit()

    watcher = _FirstPaint(app, after_first_paint)
    window.installEventFilter(watcher)
    if exit_after_startup:
        QTimer.singleShot(FIRST_PAINT_TIMEOUT_MS, app.quit)
    if presentation:
        window.set_presentation(True)
    else:
        window.show()
    try:
        code = app.exec()
    finally:
        workspace.close()  # also takes the automatic backup if data changed
        lock.release()
    if exit_after_startup and not watcher.painted:
        return 1
    return 1 if failed else int(code)
