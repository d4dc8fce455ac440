"""Stored assessments grouped by municipality and project, for the start screen.

A :class:`QStandardItemModel` tree: one top-level row per "municipality – project", one
child per assessment (newest first) with phase, progress and date. :data:`ID_ROLE` carries
the assessment id on every child cell; group rows carry none.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from desktop_app.texts.dates import day

if TYPE_CHECKING:
    from desktop_app.domain.assessment import AssessmentSummary

COL_NAME, COL_PHASE, COL_PROGRESS, COL_DATE = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2


class AssessmentTreeModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, 4, parent)
        self._summaries: list[AssessmentSummary] = []
        self._total = 0
        self._lang = "de"
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("AssessmentTreeModel", "Kommune / Projekt / Erhebung"),
                QCoreApplication.translate("AssessmentTreeModel", "Phase"),
                QCoreApplication.translate("AssessmentTreeModel", "Fortschritt"),
                QCoreApplication.translate("AssessmentTreeModel", "Datum"),
            ]
        )

    def load(self, summaries: list[AssessmentSummary], total: int, lang: str) -> None:
        self._summaries, self._total, self._lang = list(summaries), total, lang
        self.removeRows(0, self.rowCount())
        groups: dict[tuple[str, str], list[AssessmentSummary]] = defaultdict(list)
        for s in summaries:
            groups[(s.municipality, s.project)].append(s)
        bold = QFont()
        bold.setBold(True)
        for (municipality, project), rows in sorted(groups.items(), key=lambda kv: kv[0]):
            group = QStandardItem(f"{municipality} – {project}")
            group.setFont(bold)
            group.setEditable(False)
            filler = [QStandardItem("") for _ in range(3)]
            for f in filler:
                f.setEditable(False)
            rows.sort(key=lambda s: (s.held_on, s.id), reverse=True)
            for s in rows:
                group.appendRow(self._row(s))
            self.appendRow([group, *filler])

    def set_language(self, lang: str) -> None:
        self.retranslate()
        self.load(self._summaries, self._total, lang)

    def _row(self, s: AssessmentSummary) -> list[QStandardItem]:
        # Imported here: the domain loads after the first paint of the start screen.
        from desktop_app.domain.labels import label

        name = s.title or QCoreApplication.translate(
            "AssessmentTreeModel", "Erhebung Nr. {id}"
        ).format(id=s.id)
        if s.previous_id is not None:
            name += " " + QCoreApplication.translate("AssessmentTreeModel", "(Wiederholung)")
        progress = f"{s.answered}/{self._total}"
        if self._total:
            progress += f"  ({round(100 * s.answered / self._total)} %)"
        cells = [
            QStandardItem(name),
            QStandardItem(label(s.phase, self._lang)),
            QStandardItem(progress),
            QStandardItem(day(s.held_on, self._lang)),
        ]
        for cell in cells:
            cell.setEditable(False)
            cell.setData(s.id, ID_ROLE)
        cells[COL_PROGRESS].setData(s.answered, PROGRESS_ROLE)
        return cells
