"""Brings a workshop session's change events onto the GUI thread.

The session calls its subscribers on whichever thread made the change — the GUI's own, or
the phone server's. ``SessionBridge.changed`` is a Qt signal of an object living on the GUI
thread, so every connected screen receives the ``Changes`` there: at once for the GUI's own
changes, queued for a server thread's.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop_app.services.session import Changes, WorkshopSession


class SessionBridge(QObject):
    changed = Signal(object)  # Changes

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._unsubscribe = session.subscribe(self._on_session_changed)

    def _on_session_changed(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def close(self) -> None:
        """Stop listening (the assessment is closed); safe to call twice."""
        self._unsubscribe()
