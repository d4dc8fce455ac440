"""The voting tab: start a round, show the projector page while it runs, then the board.

Layout only; ``VotingController`` fills and wires it. Three pages:

* **start** — which statements, which network address, and the two fallbacks (a dot-voting
  tally typed in by the moderator, and voting in turn on the laptop);
* **running** — the QR code and the short address in large type, how many phones are
  connected and how far the room has got; never a rating;
* **board** — the consensus board after the round: disputed statements first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

SCOPE_ALL, SCOPE_DIMENSION, SCOPE_OPEN, SCOPE_DISPUTED = "all", "dimension", "open", "disputed"
PAGE_START, PAGE_RUNNING, PAGE_BOARD = range(3)


class BoardTable(QTableView):
    """The board's table: 0–4, N and ? record the consensus of the selected statement."""

    levelPressed = Signal(int)
    kindPressed = Signal(str)  # "unknown" | "not_relevant"
    acceptPressed = Signal()
    acceptAllPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text, key = event.text(), event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.acceptAllPressed.emit()
        elif text in ("0", "1", "2", "3", "4"):
            self.levelPressed.emit(int(text))
        elif text in ("n", "N"):
            self.kindPressed.emit("not_relevant")
        elif text == "?":
            self.kindPressed.emit("unknown")
        elif enter:
            self.acceptPressed.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class VotingView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("screenTitle")
        outer.addWidget(self.title)
        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages, 1)
        self._build_start()
        self._build_running()
        self._build_board()
        self.retranslateUi()

    # -- start -------------------------------------------------------------------------------
    def _build_start(self) -> None:
        page = QWidget()
        col = QVBoxLayout(page)
        self.intro = QLabel(page)
        self.intro.setWordWrap(True)
        col.addWidget(self.intro)
        form = QFormLayout()
        self.scope_group = QButtonGroup(page)
        scope_box = QVBoxLayout()
        self.scope_buttons: dict[str, QRadioButton] = {}
        for key in (SCOPE_ALL, SCOPE_DIMENSION, SCOPE_OPEN, SCOPE_DISPUTED):
            button = QRadioButton(page)
            self.scope_group.addButton(button)
            self.scope_buttons[key] = button
            if key == SCOPE_DIMENSION:
                row = QHBoxLayout()
                self.dimension_combo = QComboBox(page)
                row.addWidget(button)
                row.addWidget(self.dimension_combo, 1)
                scope_box.addLayout(row)
            else:
                scope_box.addWidget(button)
        self.scope_buttons[SCOPE_ALL].setChecked(True)
        self.scope_label = QLabel(page)
        form.addRow(self.scope_label, scope_box)
        self.address_combo = QComboBox(page)
        self.address_label = QLabel(page)
        self.address_label.setBuddy(self.address_combo)
        form.addRow(self.address_label, self.address_combo)
        col.addLayout(form)
        self.network_note = QLabel(page)
        self.network_note.setObjectName("hint")
        self.network_note.setWordWrap(True)
        col.addWidget(self.network_note)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(page)
        self.start_button.setDefault(True)
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        col.addLayout(buttons)
        self.fallback_title = QLabel(page)
        self.fallback_title.setObjectName("dimensionTitle")
        col.addWidget(self.fallback_title)
        self.fallback_note = QLabel(page)
        self.fallback_note.setWordWrap(True)
        col.addWidget(self.fallback_note)
        fallbacks = QHBoxLayout()
        self.tally_button = QPushButton(page)
        self.turns_button = QPushButton(page)
        fallbacks.addWidget(self.tally_button)
        fallbacks.addWidget(self.turns_button)
        fallbacks.addStretch(1)
        col.addLayout(fallbacks)
        self.history = QLabel(page)
        self.history.setObjectName("hint")
        self.history.setWordWrap(True)
        col.addWidget(self.history)
        col.addStretch(1)
        self.pages.addWidget(page)

    # -- running -----------------------------------------------------------------------------
    def _build_running(self) -> None:
        page = QWidget()
        grid = QGridLayout(page)
        self.qr = QLabel(page)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setMinimumSize(260, 260)
        grid.addWidget(self.qr, 0, 0, 3, 1)
        self.url_label = QLabel(page)
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url_label.setWordWrap(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 2.2)
        font.setBold(True)
        self.url_label.setFont(font)
        grid.addWidget(self.url_label, 3, 0)
        self.round_label = QLabel(page)
        self.round_label.setObjectName("dimensionTitle")
        self.round_label.setWordWrap(True)
        grid.addWidget(self.round_label, 0, 1)
        self.counts = QLabel(page)
        big = self.counts.font()
        big.setPointSizeF(big.pointSizeF() * 1.8)
        self.counts.setFont(big)
        self.counts.setWordWrap(True)
        grid.addWidget(self.counts, 1, 1)
        self.progress = QProgressBar(page)
        self.progress.setTextVisible(True)
        grid.addWidget(self.progress, 2, 1)
        self.no_results = QLabel(page)
        self.no_results.setObjectName("hint")
        self.no_results.setWordWrap(True)
        grid.addWidget(self.no_results, 3, 1)
        self.trouble = QLabel(page)
        self.trouble.setWordWrap(True)
        self.trouble.setObjectName("hint")
        grid.addWidget(self.trouble, 4, 0, 1, 2)
        row = QHBoxLayout()
        self.close_button = QPushButton(page)
        self.close_button.setDefault(True)
        row.addWidget(self.close_button)
        row.addStretch(1)
        grid.addLayout(row, 5, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)
        self.pages.addWidget(page)

    def show_qr(self, png: bytes) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        side = max(240, min(self.width() // 3, self.height() - 200))
        self.qr.setPixmap(
            pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                          Qt.TransformationMode.FastTransformation)
        )

    # -- board -------------------------------------------------------------------------------
    def _build_board(self) -> None:
        page = QWidget()
        col = QVBoxLayout(page)
        self.board_intro = QLabel(page)
        self.board_intro.setWordWrap(True)
        col.addWidget(self.board_intro)
        self.board = BoardTable(page)
        self.board.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.board.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.board.setWordWrap(True)
        self.board.verticalHeader().setVisible(False)
        self.board.horizontalHeader().setStretchLastSection(True)
        self.board.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        col.addWidget(self.board, 1)
        rationale = QHBoxLayout()
        self.rationale_label = QLabel(page)
        self.rationale_edit = QLineEdit(page)
        self.rationale_label.setBuddy(self.rationale_edit)
        rationale.addWidget(self.rationale_label)
        rationale.addWidget(self.rationale_edit, 1)
        col.addLayout(rationale)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(page)
        self.accept_all_button = QPushButton(page)
        self.second_round_button = QPushButton(page)
        self.board_back_button = QPushButton(page)
        for b in (self.accept_button, self.accept_all_button, self.second_round_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.board_back_button)
        col.addLayout(buttons)
        self.board_hint = QLabel(page)
        self.board_hint.setObjectName("hint")
        self.board_hint.setWordWrap(True)
        col.addWidget(self.board_hint)
        self.pages.addWidget(page)

    # -- texts -------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.title.setText(self.tr("Abstimmung per Telefon"))
        self.intro.setText(
            self.tr(
                "Alle stimmen still und für sich auf dem eigenen Telefon ab – ohne App und ohne "
                "Anmeldung, anonym. Die Ergebnisse erscheinen erst, wenn Sie die Runde "
                "schließen; danach bespricht die Runde nur, wo die Stimmen auseinandergehen."
            )
        )
        self.scope_label.setText(self.tr("&Aussagen:"))
        self.scope_buttons[SCOPE_ALL].setText(self.tr("alle Aussagen"))
        self.scope_buttons[SCOPE_DIMENSION].setText(self.tr("eine Dimension:"))
        self.scope_buttons[SCOPE_OPEN].setText(self.tr("nur Aussagen ohne Konsens"))
        self.scope_buttons[SCOPE_DISPUTED].setText(
            self.tr("nur strittige Aussagen (zweite Runde nach der Besprechung)")
        )
        self.address_label.setText(self.tr("&Netzwerk:"))
        self.start_button.setText(self.tr("&Runde starten"))
        self.fallback_title.setText(self.tr("Wenn Telefone nicht verbunden werden können"))
        self.fallback_note.setText(
            self.tr(
                "Beide Wege zählen wie die Telefonstimmen: eine Strichliste je Stufe und "
                "Rollengruppe (schnell per Tastatur), oder alle stimmen reihum am Laptop ab, "
                "während der Beamer schwarz ist."
            )
        )
        self.tally_button.setText(self.tr("&Strichliste eingeben …"))
        self.turns_button.setText(self.tr("Reihum am &Laptop abstimmen …"))
        self.no_results.setText(
            self.tr("Ergebnisse werden erst nach dem Schließen der Runde gezeigt.")
        )
        self.trouble.setText(
            self.tr(
                "Die Seite öffnet sich nicht? Telefone und Laptop müssen im selben Netz sein. "
                "Gäste-WLANs trennen Geräte oft voneinander: Ein kleiner Reise-Router "
                "(eigenes WLAN ohne Internet) hilft zuverlässig. Fragt Windows nach der "
                "Firewall, kann die IT Wandelkompass einmalig für private Netze freigeben "
                "(eingehend, TCP-Port 8765). Sonst: Strichliste oder reihum am Laptop."
            )
        )
        self.close_button.setText(self.tr("Runde &schließen und Ergebnisse zeigen"))
        self.board_intro.setText(
            self.tr(
                "Oben stehen die strittigen Aussagen, die am weitesten auseinandergehenden "
                "zuerst. Wo die Runde einig ist, wird der Median vorgeschlagen. Tasten: 0–4, "
                "? oder N legen den Konsens fest, Enter übernimmt den Vorschlag, Strg+Enter "
                "alle Vorschläge."
            )
        )
        self.rationale_label.setText(self.tr("&Begründung (eine Zeile):"))
        self.accept_button.setText(self.tr("&Vorschlag übernehmen"))
        self.accept_all_button.setText(self.tr("Alle &einigen übernehmen"))
        self.second_round_button.setText(self.tr("&Zweite Runde für strittige"))
        self.board_back_button.setText(self.tr("Neue Runde …"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
