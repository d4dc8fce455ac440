"""Individual votes per respondent or role group, their distribution and spread.

Layout only: the walk-through controller fills the rows and reacts to ``voteChanged``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

# Combo entries: (data, short label). Data is "" (no vote), "0".."4", "unknown", "not_relevant".
NO_VOTE = ""


class VotingPanel(QGroupBox):
    voteChanged = Signal(int, str)  # respondent id, combo data
    respondentAdded = Signal(str, str, int)  # label, role group, headcount
    adoptMedianClicked = Signal()
    rowsChanged = Signal()  # the vote rows were rebuilt: the tab order must take them in

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("votingPanel")
        self._stacked = False
        self._combos: dict[int, QComboBox] = {}
        self._row_labels: list[QLabel] = []
        self._level_names: list[str] = []
        outer = QVBoxLayout(self)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 1)
        outer.addWidget(self.grid_host)
        self.distribution = QLabel(self)
        self.distribution.setWordWrap(True)
        outer.addWidget(self.distribution)
        self.disagreement = QLabel(self)
        self.disagreement.setObjectName("disagreement")
        self.disagreement.setWordWrap(True)
        outer.addWidget(self.disagreement)
        adopt_row = self.adopt_row = QHBoxLayout()
        self.adopt_button = QPushButton(self)
        # Why the button is greyed out, in words: a disabled button alone explains nothing.
        self.adopt_hint = QLabel(self)
        self.adopt_hint.setObjectName("hint")
        self.adopt_hint.setWordWrap(True)
        adopt_row.addWidget(self.adopt_button)
        adopt_row.addWidget(self.adopt_hint, 1)
        outer.addLayout(adopt_row)

        add_row = self.add_row = QHBoxLayout()
        self.new_label = QLineEdit(self)
        self.new_role = QLineEdit(self)
        self.new_headcount = QSpinBox(self)
        self.new_headcount.setRange(1, 99)
        self.add_button = QPushButton(self)
        for w in (self.new_label, self.new_role):
            add_row.addWidget(w, 2)
        add_row.addWidget(self.new_headcount)
        add_row.addWidget(self.add_button)
        outer.addLayout(add_row)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.new_label.returnPressed.connect(self._on_add_button_clicked)
        self.adopt_button.clicked.connect(self.adoptMedianClicked)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Einzelstimmen der Rollengruppen"))
        self.adopt_button.setText(self.tr("Median als Konsens übernehmen"))
        self.adopt_button.setAccessibleName(
            self.tr("Median der Einzelstimmen als Konsens übernehmen")
        )
        self.new_label.setPlaceholderText(self.tr("Gruppe oder Person (optional anonym)"))
        self.new_label.setAccessibleName(self.tr("Bezeichnung der neuen Stimme"))
        self.new_role.setPlaceholderText(self.tr("Rollengruppe, z. B. IT"))
        self.new_role.setAccessibleName(self.tr("Rollengruppe der neuen Stimme"))
        self.new_headcount.setSuffix(self.tr(" Pers."))
        self.new_headcount.setAccessibleName(self.tr("Anzahl Personen der neuen Stimme"))
        self.add_button.setText(self.tr("Stimme hinzufügen"))
        self.add_button.setAccessibleName(self.tr("Stimme hinzufügen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def set_respondents(self, rows: list[tuple[int, str]], level_names: list[str]) -> None:
        """(respondent id, display label) per row; rebuilt when respondents or language change."""
        for combo in self._combos.values():
            combo.deleteLater()
        for lbl in self._row_labels:
            lbl.deleteLater()
        self._combos.clear()
        self._row_labels.clear()
        self._level_names = level_names
        for rid, text in rows:
            lbl = QLabel(text, self.grid_host)
            lbl.setWordWrap(True)
            combo = QComboBox(self.grid_host)
            combo.addItem("–", NO_VOTE)
            for level, name in enumerate(level_names):
                combo.addItem(f"{level}  {name}", str(level))
            combo.addItem(self.tr("weiß nicht"), "unknown")
            combo.addItem(self.tr("nicht relevant"), "not_relevant")
            combo.setAccessibleName(self.tr("Stimme von {name}").format(name=text))
            lbl.setBuddy(combo)
            combo.setProperty("respondent", rid)
            combo.activated.connect(self._on_vote_combo_activated)
            self._combos[rid] = combo
            self._row_labels.append(lbl)
        self._place_rows()
        self.rowsChanged.emit()

    def set_stacked(self, stacked: bool) -> None:
        """Beside the statement (presentation mode) the panel is narrow: each name above its
        vote, the buttons and the fields for a new vote one below the other."""
        self._stacked = stacked
        direction = (
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )
        self.adopt_row.setDirection(direction)
        self.add_row.setDirection(direction)
        self._place_rows()

    def _place_rows(self) -> None:
        for row, (lbl, combo) in enumerate(zip(self._row_labels, self._combos.values(),
                                               strict=True)):
            self.grid.removeWidget(lbl)
            self.grid.removeWidget(combo)
            if self._stacked:
                self.grid.addWidget(lbl, 2 * row, 0)
                self.grid.addWidget(combo, 2 * row + 1, 0)
            else:
                self.grid.addWidget(lbl, row, 0)
                self.grid.addWidget(combo, row, 1)

    def focus_chain(self) -> list[QWidget]:
        """The panel's fields in Tab order: each vote, adopting their median, a new vote."""
        return [
            *self._combos.values(),
            self.adopt_button,
            self.new_label,
            self.new_role,
            self.new_headcount,
            self.add_button,
        ]

    def set_votes(self, votes: dict[int, str]) -> None:
        for rid, combo in self._combos.items():
            combo.setCurrentIndex(max(0, combo.findData(votes.get(rid, NO_VOTE))))

    def set_adopt_state(self, enabled: bool, reason: str = "") -> None:
        """Enable "Median als Konsens übernehmen", or say why it is not available."""
        self.adopt_button.setEnabled(enabled)
        self.adopt_button.setToolTip("" if enabled else reason)
        self.adopt_hint.setText("" if enabled else reason)
        self.adopt_hint.setVisible(not enabled and bool(reason))

    def combo(self, respondent_id: int) -> QComboBox:
        return self._combos[respondent_id]

    @Slot(int)
    def _on_vote_combo_activated(self, _index: int) -> None:
        combo = self.sender()
        assert isinstance(combo, QComboBox)
        self.voteChanged.emit(int(combo.property("respondent")), str(combo.currentData()))

    @Slot()
    def _on_add_button_clicked(self) -> None:
        text = self.new_label.text().strip()
        if not text:
            self.new_label.setFocus()
            return
        self.respondentAdded.emit(text, self.new_role.text().strip(), self.new_headcount.value())
        self.new_label.clear()
        self.new_role.clear()
        self.new_headcount.setValue(1)
