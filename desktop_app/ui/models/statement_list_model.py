"""Rows that each point at one statement, for the results screen's clickable lists.

The disputed, "weiß nicht" and consensus-missing statements and the perception findings are
shown with this model: the controller hands it ready-made texts in the current language,
the view emits the row's statement id when it is activated (Enter or double-click).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

STATEMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class StatementRow:
    statement_id: str
    cells: tuple[str, ...]  # one text per column
    tooltip: str = ""


class StatementListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._rows: list[StatementRow] = []

    def load(self, headers: tuple[str, ...], rows: list[StatementRow]) -> None:
        if any(len(r.cells) != len(headers) for r in rows):
            raise ValueError("every row needs one text per column")
        self.beginResetModel()
        self._headers, self._rows = headers, list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of an elided cell
            return row.tooltip or row.cells[index.column()]
        if role == STATEMENT_ID_ROLE:
            return row.statement_id
        return None

    def statement_ids(self) -> list[str]:
        return [r.statement_id for r in self._rows]
