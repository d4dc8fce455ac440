"""A date typed as the team writes it, with a calendar that opens by keyboard.

QDateEdit edits day, month and year as separate sections: typing "30.06.2027" over a
selected date gave 30.03.2027 or nothing at all, because each section is checked against
the others while it is typed. Here the whole text is read when the field is left (or Enter
is pressed), in the UI language's format — dd.MM.yyyy in German, yyyy-MM-dd in English —
and the other language's format is understood too. F4 or Alt+↓ opens a calendar; Enter
takes its date, Escape closes it. Dates outside the range storage keeps are refused with a
message beside the field; a warning (a date in the past) is shown there without refusing.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import limits

# Besides the language's own format: what people also type (one-digit day and month).
_LENIENT = ("d.M.yyyy", "yyyy-M-d", "d.M.yy")


def _qdate(value: object) -> QDate:
    return QDate(value.year, value.month, value.day)  # type: ignore[attr-defined]


class DateField(QWidget):
    dateChanged = Signal(QDate)  # a valid date was typed or picked (not on setDate's echo)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = QDate.currentDate()
        self._min = _qdate(limits.EARLIEST_DATE)
        self._max = _qdate(limits.LATEST_DATE)
        self._warning = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit(self)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("▾")
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F4 / Alt+↓ instead
        row.addWidget(self.line, 1)
        row.addWidget(self.calendar_button)
        outer.addLayout(row)
        self.message = QLabel(self)
        self.message.setObjectName("dateWarning")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        outer.addWidget(self.message)
        self.setFocusProxy(self.line)

        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        self.calendar.setDateRange(self._min, self._max)
        self.calendar.activated.connect(self._on_calendar_activated)
        self.calendar.clicked.connect(self._on_calendar_activated)
        self.calendar.installEventFilter(self)

        self.line.editingFinished.connect(self._on_line_editingFinished)
        self.line.installEventFilter(self)
        self.calendar_button.clicked.connect(self.open_calendar)
        self._show_date()
        self.retranslateUi()

    # -- QDateEdit's API, as far as the forms use it -------------------------------------
    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, value: QDate) -> None:
        """Show ``value`` (clamped to the range); emits dateChanged if it changed."""
        value = min(max(value, self._min), self._max)
        changed = value != self._date
        self._date = QDate(value)
        self._show_date()
        self._show_message()
        if changed:
            self.dateChanged.emit(QDate(value))

    def minimumDate(self) -> QDate:
        return QDate(self._min)

    def maximumDate(self) -> QDate:
        return QDate(self._max)

    def displayFormat(self) -> str:
        return self._format

    def set_warning(self, text: str) -> None:
        """A note about the date shown (e.g. that it lies in the past); "" removes it."""
        self._warning = text
        self._show_message()

    def warning(self) -> str:
        return self.message.text() if self.message.isVisibleTo(self) else ""

    # -- language -------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        # Translated like any text: the English catalogue gives "yyyy-MM-dd".
        self._format = self.tr("dd.MM.yyyy")
        self.line.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.calendar_button.setToolTip(self.tr("Kalender öffnen (F4 oder Alt+Pfeil nach unten)"))
        self.calendar_button.setAccessibleName(self.tr("Kalender öffnen"))
        self.calendar.setAccessibleName(self.tr("Kalender: Pfeiltasten wählen, Eingabe übernimmt"))
        self._show_date()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        elif event.type() == QEvent.Type.EnabledChange and not self.isEnabled():
            self.message.setVisible(False)
        elif event.type() == QEvent.Type.EnabledChange:
            self._show_message()
        super().changeEvent(event)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    # -- typing ---------------------------------------------------------------------------
    def parse(self, text: str) -> QDate | None:
        """The date in ``text`` (this language's format or a common other one), else None."""
        text = text.strip()
        for fmt in (self._format, "dd.MM.yyyy", "yyyy-MM-dd", *_LENIENT):
            value = QDate.fromString(text, fmt)
            if value.isValid():
                if fmt == "d.M.yy":
                    value = value.addYears(100) if value.year() < 1950 else value
                return value
        return None

    @Slot()
    def _on_line_editingFinished(self) -> None:
        self.commit_text()

    def commit_text(self) -> bool:
        """Take the typed text; False (and a message, the date unchanged) if it is no date."""
        text = self.line.text().strip()
        if text == self._date.toString(self._format):
            self._show_message()
            return True
        value = self.parse(text)
        if value is None:
            self._error(
                self.tr("„{text}“ ist kein Datum. Bitte so eingeben: {example}").format(
                    text=text, example=QDate(2027, 6, 30).toString(self._format)
                )
            )
            return False
        if not self._min <= value <= self._max:
            self._error(
                self.tr("Bitte ein Datum zwischen {first} und {last} eingeben.").format(
                    first=self._min.year(), last=self._max.year()
                )
            )
            return False
        self.setDate(value)
        self._show_date()  # the same date typed differently: show it in the format
        return True

    def _error(self, text: str) -> None:
        self.message.setText("⚠ " + text)
        self.message.setVisible(True)

    def _show_date(self) -> None:
        if hasattr(self, "_format"):
            self.line.setText(self._date.toString(self._format))

    def _show_message(self) -> None:
        self.message.setText(("⚠ " + self._warning) if self._warning else "")
        self.message.setVisible(bool(self._warning) and self.isEnabled())

    # -- the calendar ---------------------------------------------------------------------
    @Slot()
    def open_calendar(self) -> None:
        if not self.isEnabled():
            return
        self.commit_text()
        self.calendar.setSelectedDate(self._date)
        # Wide enough for the weekday names at projector type size too.
        width = self.calendar.fontMetrics().horizontalAdvance("Wed. ") * 9
        self.calendar.resize(self.calendar.sizeHint().expandedTo(QSize(width, 0)))
        self.calendar.move(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    @Slot(QDate)
    def _on_calendar_activated(self, value: QDate) -> None:
        self.calendar.hide()
        self.setDate(value)
        self.line.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            if watched is self.line and (
                key == Qt.Key.Key_F4
                or (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier)
            ):
                self.open_calendar()
                return True
            if watched is self.line and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # Enter takes the typed date; it does not reach a form's default button.
                self.commit_text()
                return True
            if watched is self.calendar and key == Qt.Key.Key_Escape:
                self.calendar.hide()
                self.line.setFocus()
                return True
        return super().eventFilter(watched, event)
