"""The consensus board as a table: one row per statement of the round, disputed ones first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtCore import QPersistentModelIndex as PIndex
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.answers import AnswerKind
from desktop_app.domain.model import Guideline
from desktop_app.services.session import BoardRow, BoardStatus
from desktop_app.texts import t

COL_STATEMENT, COL_VOTES, COL_STATUS, COL_CONSENSUS, COL_RATIONALE = range(5)
COLUMNS = 5
STATEMENT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | PIndex

_HEADERS = (
    QCoreApplication.translate("ConsensusModel", "Aussage"),
    QCoreApplication.translate("ConsensusModel", "Stimmen je Stufe"),
    QCoreApplication.translate("ConsensusModel", "Stand"),
    QCoreApplication.translate("ConsensusModel", "Konsens"),
    QCoreApplication.translate("ConsensusModel", "Begründung"),
)
# Warm, unobtrusive backgrounds; the status is also written out (never colour alone).
_TINT = {BoardStatus.DISPUTED: "#fde8d7", BoardStatus.AGREED: "#e3f1e4"}


def distribution_text(row: BoardRow) -> str:
    dist = row.answer.distribution()
    cells = [f"{lvl}:{n}" for lvl, n in dist.items()]
    if row.agreement.not_rated:
        cells.append(f"?/N:{row.agreement.not_rated}")
    return "  ".join(cells)


class ConsensusModel(QAbstractTableModel):
    def __init__(self, guideline: Guideline, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._guideline = guideline
        self._lang = lang
        self._rows: list[BoardRow] = []

    def load(self, rows: list[BoardRow], lang: str) -> None:
        self.beginResetModel()
        self._rows, self._lang = rows, lang
        self.endResetModel()

    def row_at(self, row: int) -> BoardRow:
        return self._rows[row]

    def row_of(self, statement_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.statement_id == statement_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ConsensusModel", _HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == STATEMENT_ROLE:
            return row.statement_id
        if role == Qt.ItemDataRole.BackgroundRole and row.status in _TINT and not row.settled:
            return QBrush(QColor(_TINT[row.status]))
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_STATEMENT:
            return self._guideline.statement(row.statement_id).text.get(self._lang)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == COL_STATEMENT:
            st = self._guideline.statement(row.statement_id)
            return f"{st.id}  {st.text.get(self._lang)}"
        if col == COL_VOTES:
            return distribution_text(row)
        if col == COL_STATUS:
            return self._status(row)
        if col == COL_CONSENSUS:
            return self._consensus(row)
        return row.answer.rationale

    def _status(self, row: BoardRow) -> str:
        tr = QCoreApplication.translate
        proposal = row.agreement.proposal
        if row.status is BoardStatus.DISPUTED:
            return tr("ConsensusModel", "strittig – besprechen")
        if row.status is BoardStatus.AGREED:
            return tr("ConsensusModel", "einig – Vorschlag {level}").format(level=proposal)
        if row.status is BoardStatus.FEW:
            return tr("ConsensusModel", "zu wenige Stimmen")
        return tr("ConsensusModel", "keine Stimmen")

    def _consensus(self, row: BoardRow) -> str:
        a = row.answer
        if a.kind is None:
            return "–"
        if a.kind is not AnswerKind.RATED or a.level is None:
            return t(f"state.{a.kind.value}", self._lang)
        text = f"{a.level} – {self._guideline.scale[a.level].label.get(self._lang)}"
        if row.unsupported:
            text += "  " + QCoreApplication.translate(
                "ConsensusModel", "(von niemandem so bewertet)"
            )
        return text
