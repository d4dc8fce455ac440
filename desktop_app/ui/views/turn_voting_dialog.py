"""Voting in turn on the laptop (layout only): hand over, pick the group, rate, hand over.

The fallback when phones cannot reach the laptop. Each person sees only their own page; the
hand-over page in between shows nothing of what was voted.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

PAGE_HANDOVER, PAGE_GROUP, PAGE_RATE = range(3)


class TurnVotingDialog(QDialog):
    levelChosen = Signal(int)
    kindChosen = Signal(str)  # "unknown" | "not_relevant"
    stepRequested = Signal(int)  # +1 / -1
    groupChosen = Signal(int)
    nextPersonRequested = Signal()

    def __init__(self, groups: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(900, 640)
        col = QVBoxLayout(self)
        self.pages = QStackedWidget(self)
        col.addWidget(self.pages, 1)
        # hand-over
        page = QWidget()
        box = QVBoxLayout(page)
        self.handover = QLabel(page)
        self.handover.setWordWrap(True)
        self.handover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.handover.setObjectName("statementText")
        box.addStretch(1)
        box.addWidget(self.handover)
        self.my_turn_button = QPushButton(page)
        self.my_turn_button.setDefault(True)
        box.addWidget(self.my_turn_button, 0, Qt.AlignmentFlag.AlignCenter)
        self.done_note = QLabel(page)
        self.done_note.setObjectName("hint")
        self.done_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.done_note)
        box.addStretch(1)
        self.finish_button = QPushButton(page)
        box.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignRight)
        self.pages.addWidget(page)
        # group
        page = QWidget()
        box = QVBoxLayout(page)
        self.group_question = QLabel(page)
        self.group_question.setObjectName("statementText")
        box.addWidget(self.group_question)
        self.group_buttons: list[QPushButton] = []
        for n, name in enumerate(groups):
            button = QPushButton(f"&{n + 1}  {name}", page)
            button.clicked.connect(lambda _=False, n=n: self.groupChosen.emit(n))
            box.addWidget(button)
            self.group_buttons.append(button)
        box.addStretch(1)
        self.pages.addWidget(page)
        # rate
        page = QWidget()
        box = QVBoxLayout(page)
        self.position = QLabel(page)
        self.statement = QLabel(page)
        self.statement.setWordWrap(True)
        self.statement.setObjectName("statementText")
        box.addWidget(self.position)
        box.addWidget(self.statement)
        self.level_buttons: list[QPushButton] = []
        for level in range(5):
            button = QPushButton(page)
            button.setCheckable(True)
            button.setMinimumHeight(48)
            button.setStyleSheet("text-align: left; padding: 6px;")
            button.clicked.connect(lambda _=False, lv=level: self.levelChosen.emit(lv))
            box.addWidget(button)
            self.level_buttons.append(button)
        kinds = QHBoxLayout()
        self.unknown_button = QPushButton(page)
        self.not_relevant_button = QPushButton(page)
        for b in (self.unknown_button, self.not_relevant_button):
            b.setCheckable(True)
            kinds.addWidget(b)
        kinds.addStretch(1)
        box.addLayout(kinds)
        nav = QHBoxLayout()
        self.back_button = QPushButton(page)
        self.next_button = QPushButton(page)
        self.next_button.setDefault(True)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        box.addLayout(nav)
        self.pages.addWidget(page)
        self.unknown_button.clicked.connect(lambda: self.kindChosen.emit("unknown"))
        self.not_relevant_button.clicked.connect(lambda: self.kindChosen.emit("not_relevant"))
        self.back_button.clicked.connect(lambda: self.stepRequested.emit(-1))
        self.next_button.clicked.connect(lambda: self.stepRequested.emit(+1))
        self.my_turn_button.clicked.connect(self.nextPersonRequested)
        self.finish_button.clicked.connect(self.accept)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Reihum am Laptop abstimmen"))
        self.handover.setText(
            self.tr(
                "Bitte den Laptop an die nächste Person weitergeben.\n\n"
                "Der Beamer sollte jetzt schwarz sein (Taste „AV mute“ oder Windows+P → „Nur "
                "PC-Bildschirm“): Jede Person stimmt für sich ab."
            )
        )
        self.my_turn_button.setText(self.tr("Ich bin dran (Enter)"))
        self.finish_button.setText(self.tr("Alle haben abgestimmt – Runde beenden"))
        self.group_question.setText(self.tr("Zu welcher Rollengruppe gehören Sie?"))
        self.unknown_button.setText(self.tr("? weiß nicht"))
        self.not_relevant_button.setText(self.tr("N nicht relevant"))
        self.back_button.setText(self.tr("◀ Zurück"))
        self.next_button.setText(self.tr("Weiter ▶"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text, key = event.text(), event.key()
        page = self.pages.currentIndex()
        if page == PAGE_RATE and text in ("0", "1", "2", "3", "4"):
            self.levelChosen.emit(int(text))
        elif page == PAGE_RATE and text in ("n", "N"):
            self.kindChosen.emit("not_relevant")
        elif page == PAGE_RATE and text == "?":
            self.kindChosen.emit("unknown")
        elif page == PAGE_RATE and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                           Qt.Key.Key_Right):
            self.stepRequested.emit(+1)
        elif page == PAGE_RATE and key == Qt.Key.Key_Left:
            self.stepRequested.emit(-1)
        elif page == PAGE_GROUP and text.isdigit() and 1 <= int(text) <= len(self.group_buttons):
            self.groupChosen.emit(int(text) - 1)
        elif page == PAGE_HANDOVER and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.nextPersonRequested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
