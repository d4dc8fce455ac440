"""Where the team was: the open assessment, its tab and each assessment's statement.

Kept in an INI file next to the data it refers to, so each data folder reopens at its own
place and tests never touch the user's settings. Navigating only ever writes here, never
to the database: only an edit by the team changes stored answers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings

SESSION_FILE = "wandelkompass-ui.ini"
_KEY_ASSESSMENT = "session/assessment"
_KEY_TAB = "session/tab"
_POSITIONS = "positions"


class SessionMemory(QObject):
    def __init__(self, data_folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = Path(data_folder)
        self._settings: QSettings | None = None

    def _state(self) -> QSettings:
        if self._settings is None:
            path = self._folder / SESSION_FILE
            self._settings = QSettings(str(path), QSettings.Format.IniFormat, self)
        return self._settings

    def _sync(self) -> None:
        # A data folder that vanished or turned read-only must not stop the app: where the
        # team was is a convenience, unlike its answers.
        if self._folder.is_dir():
            self._state().sync()

    def last_place(self) -> tuple[int, int] | None:
        """(assessment id, tab index) open at the last close, if any."""
        state = self._state()
        try:
            return int(str(state.value(_KEY_ASSESSMENT, ""))), int(str(state.value(_KEY_TAB, "0")))
        except ValueError:
            return None

    def remember_place(self, assessment_id: int | None, tab: int = 0) -> None:
        state = self._state()
        if assessment_id is None:
            state.remove(_KEY_ASSESSMENT)
            state.remove(_KEY_TAB)
        else:
            state.setValue(_KEY_ASSESSMENT, assessment_id)
            state.setValue(_KEY_TAB, tab)
        self._sync()

    def position(self, assessment_uuid: str) -> str | None:
        """The statement last shown in the walk-through of that assessment."""
        value = self._state().value(f"{_POSITIONS}/{assessment_uuid}")
        return str(value) if value else None

    def remember_position(self, assessment_uuid: str, statement_id: str) -> None:
        self._state().setValue(f"{_POSITIONS}/{assessment_uuid}", statement_id)
        self._sync()
