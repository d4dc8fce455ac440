"""The form for a new assessment (municipality, project, phase, date, people).

Also holds the pieces every assessment form shares (:class:`FormDialog`, :class:`DateEdit`,
:func:`limit_plain_text`, :func:`limit_dates`): Enter moves on to the next field and only the
explicit button or Ctrl+Enter submits, the date leaves with one Tab, and no field accepts
more text or other dates than the storage keeps (``domain/limits.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import limits
from desktop_app.domain.assessment import NewAssessment, NewRespondent, Phase
from desktop_app.domain.labels import label

SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FormDialog(QDialog):
    """A form where Enter goes to the next field; the submit button or Ctrl+Enter accepts.

    A half-filled form must never be stored because someone pressed Enter after typing a
    name (usability test: the assessment was created without its role groups).
    """

    buttons: QDialogButtonBox

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in SUBMIT_KEYS:
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
                if ok is not None and ok.isEnabled():
                    ok.click()
                event.accept()
                return
            focus = self.focusWidget()
            if isinstance(focus, QAbstractButton):
                focus.click()  # the button that has the focus, never the default one
            else:
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    def _target_combo(self, level_names: list[str], current: int) -> QComboBox:
        combo = QComboBox(self)
        for level, name in enumerate(level_names):
            combo.addItem(f"{level}  {name}", level)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _add_rows(self, form: QFormLayout, rows: list[tuple[str, QWidget]]) -> None:
        """One labelled row per field; ``self.labels[key]`` is retranslated later."""
        self.labels: dict[str, QLabel] = {}
        for key, widget in rows:
            lbl = QLabel(self)
            lbl.setBuddy(widget)
            self.labels[key] = lbl
            form.addRow(lbl, widget)


class DateEdit(QDateEdit):
    """A date field with a calendar that Tab leaves at once.

    QDateTimeEdit moves Tab through its day, month and year sections first, so leaving the
    field took three Tabs; the sections remain reachable with the arrow keys.
    """

    def __init__(self, value: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        limit_dates(self)  # before the value: Qt's own range would move year 1 to 1752 first
        self.setDate(value)
        self.setCalendarPopup(True)
        self._set_format()

    def _set_format(self) -> None:
        # The same translated format as the plan's date field: yyyy-MM-dd in English.
        self.setDisplayFormat(QCoreApplication.translate("DateField", "dd.MM.yyyy"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._set_format()
        super().changeEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's parameter name
        return QWidget.focusNextPrevChild(self, next)


def limit_dates(edit: QDateEdit) -> None:
    """Offer only the dates storage keeps; a date outside is shown at the nearer end."""
    first, last = limits.EARLIEST_DATE, limits.LATEST_DATE
    edit.setDateRange(
        QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day)
    )


def limit_plain_text(edit: QPlainTextEdit, limit: int) -> None:
    """Cut what is typed or pasted into ``edit`` beyond ``limit`` characters."""

    def cut() -> None:
        text = edit.toPlainText()
        if len(text) <= limit:
            return
        cursor = edit.textCursor()
        position = min(cursor.position(), limit)
        edit.setPlainText(text[:limit])
        cursor = edit.textCursor()
        cursor.setPosition(position)
        edit.setTextCursor(cursor)

    edit.textChanged.connect(cut)


class NewAssessmentDialog(FormDialog):
    def __init__(
        self,
        lang: str,
        municipalities: list[str],
        level_names: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.municipality = QLineEdit(self)
        self.municipality.setMaxLength(limits.NAME)
        self.municipality.setCompleter(QCompleter(municipalities, self))
        self.project = QLineEdit(self)
        self.project.setMaxLength(limits.NAME)
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(limits.TITLE)
        self.phase = QComboBox(self)
        for phase in Phase:
            self.phase.addItem(label(phase, lang), phase.value)
        self.phase.setCurrentIndex(1)
        self.held_on = DateEdit(QDate.currentDate(), self)
        self.moderator = QLineEdit(self)
        self.moderator.setMaxLength(limits.MODERATOR)
        self.participants = QPlainTextEdit(self)
        self.participants.setTabChangesFocus(True)
        limit_plain_text(self.participants, limits.PARTICIPANTS)
        self.role_groups = QPlainTextEdit(self)
        self.role_groups.setTabChangesFocus(True)
        self.target = self._target_combo(level_names, 3)
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
                ("role_groups", self.role_groups),
                ("target", self.target),
            ],
        )
        # The form scrolls rather than squeezing its rows: at projector type size it is
        # taller than a 1280×800 screen, and a squeezed row cut its label in half.
        self.form_host = QWidget(self)
        self.form_host.setLayout(form)
        scroll = self.form_scroll = QScrollArea(self)
        scroll.setWidget(self.form_host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)
        self.privacy = QLabel(self)
        self.privacy.setWordWrap(True)
        self.privacy.setObjectName("hint")
        layout.addWidget(self.privacy)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.municipality.textChanged.connect(self._on_field_textChanged)
        self.project.textChanged.connect(self._on_field_textChanged)
        self.retranslateUi()
        self._fit_text_fields()
        self._on_field_textChanged()

    def _fit_text_fields(self) -> None:
        """Two lines for the participants, three for the role groups, at any type size."""
        for edit, lines in ((self.participants, 2), (self.role_groups, 3)):
            frame = 2 * edit.frameWidth() + 2 * round(edit.document().documentMargin()) + 6
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + frame)

    def showEvent(self, event: QShowEvent) -> None:
        # As tall as the form wants, but never taller than the screen: the form scrolls.
        self.form_host.adjustSize()
        wanted = self.sizeHint().height() + self.form_host.sizeHint().height()
        screen = self.screen().availableGeometry() if self.screen() else None
        limit = screen.height() - 60 if screen is not None else wanted
        # The form never scrolls sideways: the dialog is as wide as its widest row.
        bar = self.form_scroll.verticalScrollBar().sizeHint().width()
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        side = margins.left() + margins.right() if margins is not None else 0
        width = max(self.width(), self.form_host.sizeHint().width() + bar + side + 8)
        self.resize(width, min(wanted, limit))
        super().showEvent(event)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Neue Erhebung"))
        self.intro.setText(
            self.tr(
                "Legen Sie fest, für welches Vorhaben das Team den Leitfaden "
                "durchgeht. Pflichtfelder: Kommune und Projekt."
            )
        )
        texts = {
            "municipality": self.tr("&Kommune *"),
            "project": self.tr("&Projekt *"),
            "title": self.tr("&Bezeichnung"),
            "phase": self.tr("P&hase"),
            "held_on": self.tr("&Datum"),
            "moderator": self.tr("&Moderation"),
            "participants": self.tr("&Teilnehmende"),
            "role_groups": self.tr("&Rollengruppen\nfür Einzelstimmen"),
            "target": self.tr("&Zielstufe (Standard)"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
            self.labels[key].buddy().setAccessibleName(
                text.replace("&", "").replace(" *", "").replace("\n", " ")
            )
        self.municipality.setPlaceholderText(self.tr("z. B. Stadt Lindenfeld"))
        self.project.setPlaceholderText(self.tr("z. B. Einführung Digitaler Zwilling"))
        self.title_edit.setPlaceholderText(self.tr("optional, z. B. Auftakt-Workshop"))
        self.moderator.setPlaceholderText(
            self.tr("Rolle genügt, z. B. Stabsstelle Digitalisierung")
        )
        self.participants.setPlaceholderText(
            self.tr("Rollengruppen, z. B. Verwaltungsvorstand, IT, Personalrat")
        )
        self.role_groups.setPlaceholderText(self.tr("Eine Gruppe pro Zeile, z. B.\nLeitung\nIT"))
        self.privacy.setText(
            self.tr(
                "Namen sind freiwillig: Rollen reichen aus. Die Erhebung "
                "bleibt anonym, solange Sie keine Namen eintragen (DSGVO)."
            )
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Erhebung anlegen"))
        ok.setToolTip(self.tr("Erhebung anlegen (Strg+Eingabetaste)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_text_fields()
        super().changeEvent(event)

    @Slot()
    def _on_field_textChanged(self) -> None:
        ok = bool(self.municipality.text().strip() and self.project.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> NewAssessment:
        groups = [
            g.strip()[: limits.ROLE_GROUP]
            for g in self.role_groups.toPlainText().splitlines()
            if g.strip()
        ]
        return NewAssessment(
            municipality=self.municipality.text().strip(),
            project=self.project.text().strip(),
            phase=Phase(self.phase.currentData()),
            held_on=self.held_on.date().toPython(),  # type: ignore[arg-type]
            moderator=self.moderator.text().strip(),
            participants=self.participants.toPlainText().strip(),
            title=self.title_edit.text().strip(),
            default_target=int(self.target.currentData()),
            respondents=tuple(NewRespondent(g, g) for g in groups),
        )
