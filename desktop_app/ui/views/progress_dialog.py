"""The comparison screen: this assessment against an earlier one of the same project.

It shows what the Fortschrittsbericht shows on its first pages (the report model is built
once, by the controller) and lets the team confirm what became of last time's measures.
Everything is reachable by keyboard: Alt plus the underlined letter, Tab through the tables.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _table(parent: QWidget, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class ProgressDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(820, 640)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.compare_with = QComboBox(self)
        self.compare_label = QLabel(self)
        self.compare_label.setBuddy(self.compare_with)
        form.addRow(self.compare_label, self.compare_with)
        layout.addLayout(form)
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.headline.setObjectName("progressHeadline")
        layout.addWidget(self.headline)
        self.highlights = QLabel(self)
        self.highlights.setWordWrap(True)
        self.highlights.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.highlights)
        self.deltas_label = QLabel(self)
        layout.addWidget(self.deltas_label)
        self.deltas = _table(self, 4)
        self.deltas_label.setBuddy(self.deltas)
        layout.addWidget(self.deltas, 3)
        self.reviews_label = QLabel(self)
        self.reviews_label.setWordWrap(True)
        layout.addWidget(self.reviews_label)
        self.reviews = _table(self, 3)
        self.reviews_label.setBuddy(self.reviews)
        layout.addWidget(self.reviews, 2)
        self.projection = QLabel(self)
        self.projection.setWordWrap(True)
        layout.addWidget(self.projection)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.confirm_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Fortschritt seit der letzten Erhebung"))
        self.compare_label.setText(self.tr("&Vergleichen mit:"))
        self.deltas_label.setText(self.tr("Veränderung je &Dimension"))
        self.deltas.setHorizontalHeaderLabels(
            [self.tr("Dimension"), self.tr("vorher"), self.tr("nachher"), self.tr("Änderung")])
        self.reviews.setHorizontalHeaderLabels(
            [self.tr("Maßnahme"), self.tr("Stand im Plan"), self.tr("Ergebnis")])
        self.confirm_button.setText(self.tr("Ergebnisse &bestätigen"))
        self.confirm_button.setToolTip(self.tr(
            "Übernimmt die gewählten Ergebnisse der Maßnahmen als vom Team bestätigt."))
        self.pdf_button.setText(self.tr("&Fortschrittsbericht (PDF) erstellen …"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def set_deltas(self, rows: list[tuple[str, str, str, str]], bold: int) -> None:
        """``rows``: name, before, after, change; the first ``bold`` rows are totals."""
        self.deltas.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if r < bold:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.deltas.setItem(r, c, item)
        self.deltas.resizeColumnsToContents()
        self.deltas.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def set_reviews(self, rows: list[tuple[str, str, bool]], choices: list[tuple[str, str]],
                    chosen: list[str]) -> list[QComboBox]:
        """One row per measure (title, planned status, confirmed) with a choice of its
        outcome; an outcome the team has not confirmed yet is set in italics. Returns the
        choosers in order."""
        self.reviews.setRowCount(len(rows))
        combos = []
        for r, (title, planned, confirmed) in enumerate(rows):
            item = QTableWidgetItem(title)
            if not confirmed:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
                item.setToolTip(self.tr("Vorschlag, noch nicht bestätigt"))
            self.reviews.setItem(r, 0, item)
            self.reviews.setItem(r, 1, QTableWidgetItem(planned))
            combo = QComboBox(self.reviews)
            for text, key in choices:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(chosen[r])))
            combo.setAccessibleName(title)
            self.reviews.setCellWidget(r, 2, combo)
            combos.append(combo)
        self.reviews.resizeColumnsToContents()
        if combos:  # a cell widget does not count when the columns are fitted to the text
            self.reviews.setColumnWidth(2, max(c.sizeHint().width() for c in combos) + 8)
        self.reviews.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return combos
