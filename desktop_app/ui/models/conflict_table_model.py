"""The conflicts of a merge, one row each, with the team's decision so far."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop_app.domain import merge_text
from desktop_app.domain.merge import Choice, Conflict, Edited, Pick
from desktop_app.domain.model import Guideline

COL_SUBJECT, COL_FIELD, COL_CHOICE = range(3)
CONFLICT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DECIDED_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def choice_text(choice: Choice | None) -> str:
    if choice is None:
        return QCoreApplication.translate("ConflictTableModel", "offen")
    if isinstance(choice, Edited):
        return QCoreApplication.translate("ConflictTableModel", "eigener Wert")
    if choice is Pick.MINE:
        return QCoreApplication.translate("ConflictTableModel", "dieses Gerät")
    return QCoreApplication.translate("ConflictTableModel", "Datei")


class ConflictTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conflicts: list[Conflict] = []
        self._choices: dict[str, Choice] = {}
        self._guideline: Guideline | None = None
        self._lang = "de"

    # -- contents ---------------------------------------------------------------------------
    def load(self, conflicts: list[Conflict], guideline: Guideline | None, lang: str) -> None:
        self.beginResetModel()
        self._conflicts, self._guideline, self._lang = list(conflicts), guideline, lang
        self._choices = {}
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        if self._conflicts:
            last = self.index(len(self._conflicts) - 1, COL_CHOICE)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COL_CHOICE)

    def conflict(self, row: int) -> Conflict:
        return self._conflicts[row]

    def choice(self, row: int) -> Choice | None:
        return self._choices.get(self._conflicts[row].id)

    def set_choice(self, row: int, choice: Choice) -> None:
        conflict = self._conflicts[row]
        if isinstance(choice, Edited) and not conflict.editable:
            raise ValueError(f"{conflict.field} is picked, not typed in")
        self._choices[conflict.id] = choice
        self.dataChanged.emit(self.index(row, 0), self.index(row, COL_CHOICE))

    def choices(self) -> dict[str, Choice]:
        return dict(self._choices)

    def decided(self) -> int:
        return len(self._choices)

    def next_undecided(self, row: int) -> int | None:
        """The first undecided row after ``row`` (wrapping around), or None."""
        n = len(self._conflicts)
        for step in range(1, n + 1):
            candidate = (row + step) % n
            if self._conflicts[candidate].id not in self._choices:
                return candidate
        return None

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._conflicts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation is Qt.Orientation.Vertical:
            return str(section + 1)
        return (
            QCoreApplication.translate("ConflictTableModel", "Aussage / Maßnahme"),
            QCoreApplication.translate("ConflictTableModel", "Feld"),
            QCoreApplication.translate("ConflictTableModel", "Entscheidung"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._conflicts[index.row()]
        col = index.column()
        choice = self._choices.get(c.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == COL_SUBJECT:
                return merge_text.subject(c, self._lang, self._guideline)
            if col == COL_FIELD:
                return merge_text.field_name(c, self._lang)
            return choice_text(choice)
        if role == Qt.ItemDataRole.FontRole and col == COL_CHOICE and choice is None:
            font = QFont()
            font.setBold(True)  # what is still open stands out
            return font
        if role == CONFLICT_ID_ROLE:
            return c.id
        if role == DECIDED_ROLE:
            return choice is not None
        return None
