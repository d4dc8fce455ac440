"""Which file to make of the action plan: every format with one line on what it is for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

# The formats in the order offered (values of desktop_app.reporting.exports.Format).
FORMATS = ("pdf", "docx", "beschlussvorlage", "xlsx", "ics", "csv", "html")


def format_texts() -> dict[str, tuple[str, str]]:
    """Each format's name and the one line on what it is for, in the screen's language."""
    # Literal QCoreApplication.translate calls: lupdate finds no other spelling.
    return {
        "pdf": (
            QCoreApplication.translate("ExportFormatDialog", "PDF-Maßnahmenplan"),
            QCoreApplication.translate(
                "ExportFormatDialog", "Zum Drucken und Verteilen an die Verwaltungsleitung."),
        ),
        "docx": (
            QCoreApplication.translate("ExportFormatDialog", "Word-Maßnahmenplan"),
            QCoreApplication.translate(
                "ExportFormatDialog",
                "Derselbe Plan zum Weiterbearbeiten in Word oder LibreOffice."),
        ),
        "beschlussvorlage": (
            QCoreApplication.translate("ExportFormatDialog", "Beschlussvorlage (Word)"),
            QCoreApplication.translate(
                "ExportFormatDialog",
                "Vorlage für Rat oder Verwaltungsleitung: Sachverhalt, Beschlussvorschlag, "
                "Kosten; auf Wunsch mit der eigenen Word-Vorlage der Kommune."),
        ),
        "xlsx": (
            QCoreApplication.translate("ExportFormatDialog", "Excel-Tabelle"),
            QCoreApplication.translate(
                "ExportFormatDialog", "Alle Maßnahmen und Antworten zum Filtern und Nachhalten."),
        ),
        "ics": (
            QCoreApplication.translate("ExportFormatDialog", "Kalender (.ics)"),
            QCoreApplication.translate(
                "ExportFormatDialog",
                "Die Termine der übernommenen Maßnahmen für Outlook und andere Kalender."),
        ),
        "csv": (
            QCoreApplication.translate("ExportFormatDialog", "Forschungsdaten (CSV)"),
            QCoreApplication.translate(
                "ExportFormatDialog",
                "Anonymisierte Stimmen für Auswertungen: ohne Namen, kleine Rollengruppen "
                "zusammengefasst."),
        ),
        "html": (
            QCoreApplication.translate("ExportFormatDialog", "Barrierefreie Webseite"),
            QCoreApplication.translate(
                "ExportFormatDialog",
                "Eine Datei für Intranet oder E-Mail, lesbar mit Screenreader und auf dem "
                "Telefon."),
        ),
    }


class ExportFormatDialog(QDialog):
    """``template`` is where a municipality's own decision-paper template goes, and
    ``template_found`` whether one is there: the dialog says which template will be filled."""

    def __init__(
        self,
        parent: QWidget | None = None,
        template: Path | None = None,
        template_found: bool = False,
    ) -> None:
        super().__init__(parent)
        self._template = template
        self._template_found = template_found
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.descriptions: dict[str, QLabel] = {}
        for n, key in enumerate(FORMATS):
            button = QRadioButton(self)
            description = QLabel(self)
            description.setWordWrap(True)
            description.setObjectName("hintLabel")
            description.setContentsMargins(24, 0, 0, 6)
            self.group.addButton(button, n)
            self.buttons[key] = button
            self.descriptions[key] = description
            layout.addWidget(button)
            layout.addWidget(description)
            if key == "beschlussvorlage":
                self.template_hint = QLabel(self)
                self.template_hint.setWordWrap(True)
                self.template_hint.setObjectName("hintLabel")
                self.template_hint.setContentsMargins(24, 0, 0, 6)
                self.template_hint.setTextInteractionFlags(
                    Qt.TextInteractionFlag.TextSelectableByMouse)
                self.template_hint.setVisible(template is not None)
                layout.addWidget(self.template_hint)
        self.comments = QCheckBox(self)
        self.comments.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(self.comments)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout.addWidget(self.box)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        self.retranslateUi()
        self.select("pdf")

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Maßnahmenplan exportieren"))
        self.intro.setText(self.tr("In welcher Form soll der Maßnahmenplan gespeichert werden?"))
        for key, (name, line) in format_texts().items():
            self.buttons[key].setText(name)
            self.buttons[key].setAccessibleDescription(line)
            self.descriptions[key].setText(line)
        if self._template is not None:
            hint = (
                self.tr("Eigene Vorlage der Kommune wird verwendet: {path}")
                if self._template_found
                else self.tr("Keine eigene Vorlage gefunden; die eingebaute wird verwendet. "
                             "Eigene Word-Vorlage ablegen unter: {path}")
            )
            self.template_hint.setText(hint.format(path=self._template))
            self.buttons["beschlussvorlage"].setAccessibleDescription(
                f"{format_texts()['beschlussvorlage'][1]} {self.template_hint.text()}")
        self.comments.setText(self.tr("Kommentare des Teams mitnehmen (Freitext, kann Namen "
                                      "enthalten)"))
        ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Weiter …"))
        self.box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def select(self, key: str) -> None:
        self.buttons.get(key, self.buttons["pdf"]).setChecked(True)
        self.buttons.get(key, self.buttons["pdf"]).setFocus()

    def selected(self) -> str:
        return FORMATS[max(0, self.group.checkedId())]
