"""The action plan as a Qt table model (+ a proxy that filters by category and decision).

Every ``setData`` writes the changed :class:`PlanEntry` through the workspace at once, so an
edit is stored before the table repaints. Display texts come from ``domain.labels`` in the
current content language; :data:`SORT_ROLE` gives values that sort in a meaningful order
(priority high→low, dates chronologically) instead of alphabetically.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.domain.explain import explain
from desktop_app.domain.labels import label
from desktop_app.domain.model import Category, Effort
from desktop_app.domain.plan import (
    CATEGORY_ORDER,
    PRIORITY_ORDER,
    ActionPlan,
    Decision,
    Origin,
    PlanEntry,
    PlanItem,
    Status,
    with_changes,
)
from desktop_app.domain.rules import Priority
from desktop_app.services.errors import StoreFailed
from desktop_app.services.messages import database_error_message
from desktop_app.services.workspace import Workspace
from desktop_app.texts import t
from desktop_app.texts.dates import day

COL_TITLE, COL_CATEGORY, COL_DECISION, COL_PRIORITY, COL_EFFORT, COL_OWNER, COL_DUE, COL_STATUS = (
    range(8)
)
COLUMN_COUNT = 8

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 3
ITEM_ROLE = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex
_EDIT = Qt.ItemDataRole.EditRole
_DISPLAY = Qt.ItemDataRole.DisplayRole

_DECISION_ORDER = {Decision.ACCEPTED: 0, Decision.PROPOSED: 1, Decision.REJECTED: 2}
_EFFORT_ORDER = {Effort.LOW: 0, Effort.MEDIUM: 1, Effort.HIGH: 2}
_STATUS_ORDER = {Status.OPEN: 0, Status.IN_PROGRESS: 1, Status.DONE: 2}


def _header(column: int) -> str:
    # QCoreApplication.translate with literals so pyside6-lupdate finds every header.
    names = {
        COL_TITLE: QCoreApplication.translate("PlanTableModel", "Maßnahme"),
        COL_CATEGORY: QCoreApplication.translate("PlanTableModel", "Kategorie"),
        COL_DECISION: QCoreApplication.translate("PlanTableModel", "Entscheidung"),
        COL_PRIORITY: QCoreApplication.translate("PlanTableModel", "Priorität"),
        COL_EFFORT: QCoreApplication.translate("PlanTableModel", "Aufwand"),
        COL_OWNER: QCoreApplication.translate("PlanTableModel", "Verantwortlich"),
        COL_DUE: QCoreApplication.translate("PlanTableModel", "Fällig"),
        COL_STATUS: QCoreApplication.translate("PlanTableModel", "Status"),
    }
    return names[column]


class PlanTableModel(QAbstractTableModel):
    writeFailed = Signal(str)  # user-facing message of a change that was not stored

    def __init__(
        self, workspace: Workspace, assessment_id: int, lang: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._id = assessment_id
        self._lang = lang
        self._plan = ActionPlan()
        self._items: list[PlanItem] = []

    # -- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        """Recompute the plan from the stored answers and decisions."""
        self.beginResetModel()
        self._plan = self._ws.evaluation(self._id).plan
        self._items = list(self._plan.items)
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._items:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._items) - 1, COLUMN_COUNT - 1)
            )

    def item(self, row: int) -> PlanItem:
        return self._items[row]

    def row_of(self, key: str) -> int:
        for row, it in enumerate(self._items):
            if it.key == key:
                return row
        return -1

    # -- Qt model API -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == _DISPLAY:
            return _header(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (COL_TITLE, COL_OWNER):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        it = self._items[index.row()]
        col = index.column()
        if role == _DISPLAY:
            return self._display(it, col)
        if role == _EDIT:
            return self._edit_value(it, col)
        if role == SORT_ROLE:
            return self._sort_value(it, col)
        if role == KEY_ROLE:
            return it.key
        if role == CATEGORY_ROLE:
            return it.category.value
        if role == ITEM_ROLE:
            return it
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TITLE:
            # The title may be elided in its one-line row: the tooltip has all of it.
            return f"{it.title(self._lang)}\n\n{self.reasons(it)}"
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_OWNER:
            involved = it.involved(self._lang)
            owner = it.responsible(self._lang)
            text = f"{owner}\n+ {involved}" if involved else owner
            if self.is_suggestion(it, col):
                text += "\n" + t("plan.suggested_tip", self._lang)
            return text
        if role == Qt.ItemDataRole.ToolTipRole and self.is_suggestion(it, col):
            return t("plan.suggested_tip", self._lang)
        if role == Qt.ItemDataRole.ForegroundRole and (
            it.decision is Decision.REJECTED or self.is_suggestion(it, col)
        ):
            return QBrush(QColor("#5c5c5c"))
        if role == Qt.ItemDataRole.FontRole and (
            it.decision is Decision.REJECTED or self.is_suggestion(it, col)
        ):
            font = QFont()
            font.setStrikeOut(it.decision is Decision.REJECTED)
            font.setItalic(self.is_suggestion(it, col))
            return font
        return None

    @staticmethod
    def is_suggestion(it: PlanItem, col: int) -> bool:
        """The cell shows the guideline's proposal, not what the team set."""
        if col == COL_OWNER:
            rec = it.recommendation
            return not it.entry.owner and rec is not None and bool(rec.owner.get("de"))
        if col == COL_DUE:
            return it.entry.due is None and it.suggested_due is not None
        return False

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if role != _EDIT or not index.isValid():
            return False
        it = self._items[index.row()]
        changes = self._changes_for(it, index.column(), value)
        if changes is None:
            return False
        return self._store(index.row(), with_changes(it.entry, **changes))

    # -- edits beyond single cells ---------------------------------------------------------
    def update_entry(self, row: int, **changes: object) -> bool:
        """Store several fields of one row at once (the detail panel's edits)."""
        return self._store(row, with_changes(self._items[row].entry, **changes))

    def add_own_measure(self, title: str, category: Category) -> int:
        """Store a new own measure; its row, or -1 if it could not be stored."""
        try:
            entry = self._ws.add_own_measure(
                self._id,
                PlanEntry(
                    key="",
                    category=category,
                    title=title,
                    decision=Decision.ACCEPTED,
                    priority=Priority.MEDIUM,
                ),
            )
        except StoreFailed as exc:
            self.writeFailed.emit(database_error_message(exc, self._lang))
            return -1
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(
            PlanItem(
                key=entry.key,
                origin=Origin.OWN,
                category=category,
                entry=entry,
                derived_priority=Priority.MEDIUM,
            )
        )
        self.endInsertRows()
        return row

    def remove_own_measure(self, row: int) -> bool:
        it = self._items[row]
        if it.origin is not Origin.OWN:
            raise ValueError("only own measures can be deleted; reject derived ones instead")
        try:
            self._ws.delete_plan_entry(self._id, it.key)
        except StoreFailed as exc:
            self.writeFailed.emit(database_error_message(exc, self._lang))
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()
        return True

    def width_samples(self, column: int) -> list[str]:
        """Every text the column can show in the current language, for sizing it.

        Columns are sized for their widest possible value (not just the rows shown now), so
        "organisatorisch" or a full date never end in "…" after a filter or an edit.
        """
        lang = self._lang
        samples: dict[int, list[str]] = {
            COL_CATEGORY: [label(c, lang) for c in Category],
            COL_DECISION: [label(d, lang) for d in Decision],
            COL_PRIORITY: [label(p, lang) for p in Priority],
            COL_EFFORT: [label(e, lang) for e in Effort],
            # The widest digits of a date, also as a proposal.
            COL_DUE: [
                day(date(2028, 9, 30), lang),
                t("plan.suggested", lang, value=day(date(2028, 9, 30), lang)),
            ],
            COL_STATUS: [label(s, lang) for s in Status],
        }
        return [*samples.get(column, []), _header(column)]

    def reasons(self, it: PlanItem) -> str:
        """Why the item is in the plan where it is: the domain's words, as in the PDF."""
        return explain(self._plan, it).text.get(self._lang)

    # -- helpers ----------------------------------------------------------------------------
    def _store(self, row: int, entry: PlanEntry) -> bool:
        """Write ``entry``; on failure the row keeps what is stored and ``writeFailed`` says why."""
        try:
            self._ws.save_plan_entry(self._id, entry)
        except StoreFailed as exc:
            self.writeFailed.emit(database_error_message(exc, self._lang))
            return False
        it = self._items[row]
        category = entry.category if it.origin is Origin.OWN and entry.category else it.category
        self._items[row] = replace(it, entry=entry, category=category)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        return True

    def _changes_for(self, it: PlanItem, col: int, value: Any) -> dict[str, object] | None:
        if col == COL_TITLE:
            title = str(value or "").strip()
            # An emptied title of a catalogue recommendation falls back to the catalogue text.
            if it.origin is Origin.OWN and not title:
                return None
            return {"title": "" if title == it.title(self._lang) and not it.entry.title else title}
        if col == COL_OWNER:
            return {"owner": str(value or "").strip()}
        if col == COL_DUE:
            return {"due": _to_date(value)}
        if col == COL_DECISION:
            return {"decision": Decision(value)}
        if col == COL_PRIORITY:
            return {"priority": Priority(value) if value else None}
        if col == COL_EFFORT:
            return {"effort": Effort(value) if value else None}
        if col == COL_STATUS:
            return {"status": Status(value)}
        if col == COL_CATEGORY and it.origin is Origin.OWN:
            return {"category": Category(value)}
        return None

    def _display(self, it: PlanItem, col: int) -> str:
        lang = self._lang
        if col == COL_TITLE:
            return it.title(lang)
        if col == COL_CATEGORY:
            return label(it.category, lang)
        if col == COL_DECISION:
            return label(it.decision, lang)
        if col == COL_PRIORITY:
            return label(it.priority, lang)
        if col == COL_EFFORT:
            return label(it.effort, lang) if it.effort else "–"
        if col == COL_OWNER:
            if self.is_suggestion(it, col):
                return t("plan.suggested", lang, value=it.responsible(lang))
            return it.responsible(lang)
        if col == COL_DUE:
            if self.is_suggestion(it, col):
                return t("plan.suggested", lang, value=day(it.suggested_due, lang))
            return day(it.entry.due, lang)
        return label(it.entry.status, lang)

    def _edit_value(self, it: PlanItem, col: int) -> Any:
        if col == COL_TITLE:
            return it.title(self._lang)
        if col == COL_OWNER:
            return it.entry.owner
        if col == COL_DUE:
            due = it.entry.due
            return QDate(due.year, due.month, due.day) if due else None
        if col == COL_CATEGORY:
            return it.category.value
        if col == COL_DECISION:
            return it.decision.value
        if col == COL_PRIORITY:
            return it.priority.value
        if col == COL_EFFORT:
            return it.effort.value if it.effort else ""
        return it.entry.status.value

    def _sort_value(self, it: PlanItem, col: int) -> Any:
        if col == COL_CATEGORY:
            return CATEGORY_ORDER[it.category]
        if col == COL_DECISION:
            return _DECISION_ORDER[it.decision]
        if col == COL_PRIORITY:
            # Within a priority, the larger weighted gap first (as the domain orders it).
            return PRIORITY_ORDER[it.priority] * 1000 - it.priority_value
        if col == COL_EFFORT:
            return _EFFORT_ORDER[it.effort] if it.effort else 9
        if col == COL_DUE:
            return it.entry.due.isoformat() if it.entry.due else "9999"
        if col == COL_STATUS:
            return _STATUS_ORDER[it.entry.status]
        return self._display(it, col).casefold()


def _to_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, QDate):
        return value.toPython() if value.isValid() else None  # type: ignore[return-value]
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


class PlanFilterProxy(QSortFilterProxyModel):
    """Filters by category (None = all) and optionally hides rejected measures."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._category: Category | None = None
        self._hide_rejected = False
        self.setSortRole(SORT_ROLE)

    def set_category(self, category: Category | None) -> None:
        self.beginFilterChange()
        self._category = category
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_hide_rejected(self, hide: bool) -> None:
        self.beginFilterChange()
        self._hide_rejected = hide
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, COL_TITLE, source_parent)
        if self._category is not None and index.data(CATEGORY_ROLE) != self._category.value:
            return False
        if self._hide_rejected:
            it = index.data(ITEM_ROLE)
            if it is not None and it.decision is Decision.REJECTED:
                return False
        return True
