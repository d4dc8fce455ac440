"""Edit an assessment's details afterwards (municipality and project stay as they are)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import limits
from desktop_app.domain.assessment import AssessmentInfo, Phase
from desktop_app.domain.labels import label
from desktop_app.ui.views.new_assessment_dialog import DateEdit, FormDialog, limit_plain_text

REPORT_LANGUAGES = (("de", "Deutsch"), ("en", "English"))


class AssessmentInfoDialog(FormDialog):
    def __init__(
        self,
        lang: str,
        info: AssessmentInfo,
        report_language: str,
        level_names: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._info = info
        self._report_language = report_language
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.municipality = QLabel(info.municipality, self)
        self.project = QLabel(info.project, self)
        for fixed in (self.municipality, self.project):
            fixed.setWordWrap(True)
            fixed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title_edit = QLineEdit(info.title, self)
        self.title_edit.setMaxLength(limits.TITLE)
        self.phase = QComboBox(self)
        for phase in Phase:
            self.phase.addItem(label(phase, lang), phase.value)
        self.phase.setCurrentIndex(max(0, self.phase.findData(info.phase.value)))
        held = info.held_on
        self.held_on = DateEdit(QDate(held.year, held.month, held.day), self)
        # A date stored before the range existed is shown clamped; only an edit may store it.
        self._shown_held_on = self.held_on.date()
        self.moderator = QLineEdit(info.moderator, self)
        self.moderator.setMaxLength(limits.MODERATOR)
        self.participants = QPlainTextEdit(self)
        self.participants.setTabChangesFocus(True)
        self.participants.setMaximumHeight(80)
        limit_plain_text(self.participants, limits.PARTICIPANTS)
        self.participants.setPlainText(info.participants)
        self.target = self._target_combo(level_names, info.default_target)
        self.report_language = QComboBox(self)
        for code, name in REPORT_LANGUAGES:
            self.report_language.addItem(name, code)
        self.report_language.setCurrentIndex(max(0, self.report_language.findData(report_language)))
        self._add_rows(
            form,
            [
                ("municipality", self.municipality),
                ("project", self.project),
                ("title", self.title_edit),
                ("phase", self.phase),
                ("held_on", self.held_on),
                ("moderator", self.moderator),
                ("participants", self.participants),
                ("target", self.target),
                ("report_language", self.report_language),
            ],
        )
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslateUi()
        self.title_edit.setFocus()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Angaben zur Erhebung"))
        self.intro.setText(
            self.tr(
                "Kommune und Projekt bleiben fest; alle anderen Angaben können Sie hier "
                "ändern. Antworten und Maßnahmen bleiben unverändert."
            )
        )
        texts = {
            "municipality": self.tr("Kommune"),
            "project": self.tr("Projekt"),
            "title": self.tr("&Bezeichnung"),
            "phase": self.tr("P&hase"),
            "held_on": self.tr("&Datum"),
            "moderator": self.tr("&Moderation"),
            "participants": self.tr("&Teilnehmende"),
            "target": self.tr("&Zielstufe (Standard)"),
            "report_language": self.tr("&Sprache des PDF-Berichts"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
            self.labels[key].buddy().setAccessibleName(text.replace("&", ""))
        self.title_edit.setPlaceholderText(self.tr("optional, z. B. Auftakt-Workshop"))
        self.moderator.setPlaceholderText(
            self.tr("Rolle genügt, z. B. Stabsstelle Digitalisierung")
        )
        self.participants.setPlaceholderText(
            self.tr("Rollengruppen, z. B. Verwaltungsvorstand, IT, Personalrat")
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Speichern"))
        ok.setToolTip(self.tr("Speichern (Strg+Eingabetaste)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def changes(self) -> dict[str, object]:
        """The fields that differ from the stored ones, ready for ``Workspace.update_info``."""
        info = self._info
        new: dict[str, object] = {
            "title": self.title_edit.text().strip(),
            "phase": Phase(self.phase.currentData()),
            "held_on": info.held_on
            if self.held_on.date() == self._shown_held_on
            else self.held_on.date().toPython(),
            "moderator": self.moderator.text().strip(),
            "participants": self.participants.toPlainText().strip(),
            "default_target": int(self.target.currentData()),
            "report_language": str(self.report_language.currentData()),
        }
        old: dict[str, object] = {
            "title": info.title,
            "phase": info.phase,
            "held_on": info.held_on,
            "moderator": info.moderator,
            "participants": info.participants,
            "default_target": info.default_target,
            "report_language": self._report_language,
        }
        return {key: value for key, value in new.items() if old[key] != value}
