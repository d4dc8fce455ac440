"""The statements furthest from their target, for the results screen.

Sorted by the gap in levels, largest first; among equal gaps the larger weighted gap (gap ×
the statement's weight) comes first, then the guideline's order. The table shows both.
"""

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

from desktop_app.domain.scoring import StatementResult

COL_ID, COL_STATEMENT, COL_LEVEL, COL_TARGET, COL_GAP, COL_WEIGHTED = range(6)
ROWS = 10
STATEMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class GapsTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StatementResult] = []
        self._lang = "de"

    def load(self, rows: list[StatementResult], lang: str, limit: int = ROWS) -> None:
        """Keep the ``limit`` rated statements with the largest gap (see the module doc)."""
        order = {r.statement.id: i for i, r in enumerate(rows)}
        ranked = sorted(
            (r for r in rows if r.gap),
            key=lambda r: (-(r.gap or 0), -_weighted(r), order[r.statement.id]),
        )
        self.beginResetModel()
        self._rows, self._lang = ranked[:limit], lang
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("GapsTableModel", "Nr."),
            QCoreApplication.translate("GapsTableModel", "Aussage"),
            QCoreApplication.translate("GapsTableModel", "Ist"),
            QCoreApplication.translate("GapsTableModel", "Ziel"),
            QCoreApplication.translate("GapsTableModel", "Abstand ▼"),
            QCoreApplication.translate("GapsTableModel", "Gewichtet"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            weighted = f"{_weighted(r):.1f}"
            if self._lang == "de":
                weighted = weighted.replace(".", ",")
            return (
                r.statement.id,
                r.statement.text.get(self._lang),
                r.level,
                r.target,
                r.gap,
                weighted,
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_STATEMENT:
            return r.statement.text.get(self._lang)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= COL_LEVEL:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == STATEMENT_ID_ROLE:
            return r.statement.id
        return None


def _weighted(r: StatementResult) -> float:
    return (r.gap or 0) * r.statement.weight
