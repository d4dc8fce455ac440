"""Progress and result of writing an export; shown non-blocking while the worker runs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, generic: bool = False) -> None:
        super().__init__(parent)
        self.generic = generic  # any format but the PDF: the texts say "Datei"
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("dimensionTitle")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("primaryButton")
        self.folder_button = QPushButton(self)
        self.close_button = QPushButton(self)
        for b in (self.open_button, self.folder_button, self.close_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.accept)
        self.retranslateUi()
        self.set_running()

    def retranslateUi(self) -> None:
        if self.generic:
            self.setWindowTitle(self.tr("Maßnahmenplan exportieren"))
            self.open_button.setText(self.tr("Datei öffnen"))
            self.open_button.setAccessibleName(self.tr("Erstellte Datei öffnen"))
            self.folder_button.setText(self.tr("Ordner öffnen"))
            self.folder_button.setAccessibleName(self.tr("Ordner der Datei öffnen"))
            self.close_button.setText(self.tr("Schließen"))
            self.close_button.setAccessibleName(self.tr("Dialog schließen"))
            self.progress.setAccessibleName(self.tr("Fortschritt des Exports"))
            return
        self.setWindowTitle(self.tr("PDF-Maßnahmenplan"))
        self.open_button.setText(self.tr("PDF öffnen"))
        self.open_button.setAccessibleName(self.tr("Erstellte PDF-Datei öffnen"))
        self.folder_button.setText(self.tr("Ordner öffnen"))
        self.folder_button.setAccessibleName(self.tr("Ordner der PDF-Datei öffnen"))
        self.close_button.setText(self.tr("Schließen"))
        self.close_button.setAccessibleName(self.tr("Dialog schließen"))
        self.progress.setAccessibleName(self.tr("Fortschritt der PDF-Erstellung"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def set_running(self) -> None:
        self.heading.setText(self.tr("Datei wird erstellt …") if self.generic
                             else self.tr("PDF wird erstellt …"))
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.open_button.setVisible(False)
        self.folder_button.setVisible(False)
        self.close_button.setEnabled(False)

    def set_done(self, path_text: str, note: str = "") -> None:
        self.heading.setText(self.tr("Datei fertig") if self.generic else self.tr("PDF fertig"))
        text = self.tr("Gespeichert unter:\n{path}").format(path=path_text)
        self.status.setText(f"{text}\n\n{note}" if note else text)
        self.progress.setValue(100)
        self.open_button.setVisible(True)
        self.folder_button.setVisible(True)
        self.close_button.setEnabled(True)
        self.adjustSize()  # the buttons appear only now: let the dialog grow to fit them
        self.open_button.setFocus()

    def set_failed(self, message: str) -> None:
        self.heading.setText(self.tr("Datei konnte nicht erstellt werden") if self.generic
                             else self.tr("PDF konnte nicht erstellt werden"))
        self.status.setText(message)
        self.progress.setVisible(False)
        self.close_button.setEnabled(True)
        self.adjustSize()
        self.close_button.setFocus()
