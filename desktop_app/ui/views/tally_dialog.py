"""Dot-voting counts per level and role group, typed in by the moderator (layout only).

One row per role group, one field per level (0–4), "weiß nicht" and "nicht relevant". Tab
moves from field to field, typing a number overwrites the field, Enter stores the counts and
goes on to the next statement, Bild↑/Bild↓ move without storing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

CHOICES = ("0", "1", "2", "3", "4", "unknown", "not_relevant")


class _Count(QSpinBox):
    """A count field in which a typed number replaces a zero (no "30" after typing 3)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        line = self.lineEdit()
        if event.text().isdigit() and self.value() == 0 and not line.hasSelectedText():
            line.clear()
        super().keyPressEvent(event)


class TallyDialog(QDialog):
    storeRequested = Signal()
    nextRequested = Signal(int)  # +1 / -1: move without storing

    def __init__(self, groups: list[str], level_names: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(820)
        col = QVBoxLayout(self)
        self.position = QLabel(self)
        self.statement = QLabel(self)
        self.statement.setWordWrap(True)
        self.statement.setObjectName("statementText")
        col.addWidget(self.position)
        col.addWidget(self.statement)
        grid = QGridLayout()
        self.headers: list[QLabel] = []
        for c, name in enumerate([*(f"{n}\n{level_names[n]}" for n in range(5)), "?", "N"]):
            head = QLabel(name, self)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            head.setWordWrap(True)
            grid.addWidget(head, 0, c + 1)
            self.headers.append(head)
        self.fields: dict[tuple[str, str], QSpinBox] = {}
        self.group_labels: list[QLabel] = []
        for r, group in enumerate(groups, start=1):
            lbl = QLabel(group, self)
            grid.addWidget(lbl, r, 0)
            self.group_labels.append(lbl)
            for c, choice in enumerate(CHOICES, start=1):
                box = _Count(self)
                box.setRange(0, 999)
                box.setAccessibleName(f"{group} {choice}")
                grid.addWidget(box, r, c)
                self.fields[(group, choice)] = box
            lbl.setBuddy(self.fields[(group, "0")])
        col.addLayout(grid)
        self.total = QLabel(self)
        self.total.setObjectName("hint")
        col.addWidget(self.total)
        row = QHBoxLayout()
        self.previous_button = QPushButton(self)
        self.store_button = QPushButton(self)
        self.store_button.setDefault(True)
        self.close_button = QPushButton(self)
        row.addWidget(self.previous_button)
        row.addStretch(1)
        row.addWidget(self.store_button)
        row.addWidget(self.close_button)
        col.addLayout(row)
        self.store_button.clicked.connect(self.storeRequested)
        self.previous_button.clicked.connect(lambda: self.nextRequested.emit(-1))
        self.close_button.clicked.connect(self.accept)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Strichliste"))
        self.headers[5].setToolTip(self.tr("weiß nicht"))
        self.headers[6].setToolTip(self.tr("nicht relevant"))
        self.previous_button.setText(self.tr("◀ Zurück"))
        self.store_button.setText(self.tr("Speichern und &weiter (Enter)"))
        self.close_button.setText(self.tr("&Fertig"))

    def counts(self, group: str) -> dict[str, int]:
        return {choice: self.fields[(group, choice)].value() for choice in CHOICES}

    def set_counts(self, group: str, counts: dict[str, int]) -> None:
        for choice in CHOICES:
            self.fields[(group, choice)].setValue(counts.get(choice, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.storeRequested.emit()
        elif key == Qt.Key.Key_PageDown:
            self.nextRequested.emit(+1)
        elif key == Qt.Key.Key_PageUp:
            self.nextRequested.emit(-1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
