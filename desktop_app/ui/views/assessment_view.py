"""One open assessment: header plus the tabs walk-through, results and action plan."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.views.plan_view import PlanView
from desktop_app.ui.views.results_view import ResultsView
from desktop_app.ui.views.voting_view import VotingView
from desktop_app.ui.views.walkthrough_view import WalkthroughView

TAB_WALKTHROUGH, TAB_RESULTS, TAB_PLAN, TAB_VOTING = range(4)


class ElidedLabel(QLabel):
    """One line that elides in the middle when too narrow; the tooltip shows all of it.

    ``text()`` stays the full text (screen readers and tests read it); only painting is
    shortened, so a 200-character municipality never pushes the buttons off the screen.
    """

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("…") * 8, hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 400), hint.height())

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        elided = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideMiddle, rect.width()
        )
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.palette(),
            self.isEnabled(),
            elided,
            QPalette.ColorRole.WindowText,
        )


class AssessmentView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        head = QHBoxLayout()
        self.back_button = QPushButton(self)
        self.heading = ElidedLabel(self)
        self.heading.setObjectName("assessmentHeading")
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.info_button = QPushButton(self)
        head.addWidget(self.back_button)
        head.addWidget(self.heading, 1)
        head.addWidget(self.info_button)
        layout.addLayout(head)
        self.tabs = QTabWidget(self)
        self.walkthrough = WalkthroughView()
        self.results = ResultsView()
        self.plan = PlanView()
        self.voting = VotingView()
        self.tabs.addTab(self.walkthrough, "")
        self.tabs.addTab(self.results, "")
        self.tabs.addTab(self.plan, "")
        self.tabs.addTab(self.voting, "")
        layout.addWidget(self.tabs, 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.back_button.setText(self.tr("◀ Übersicht"))
        self.back_button.setAccessibleName(self.tr("Zurück zur Übersicht der Erhebungen"))
        self.info_button.setText(self.tr("Angaben bearbeiten …"))
        self.info_button.setAccessibleName(self.tr("Angaben der Erhebung bearbeiten"))
        self.info_button.setToolTip(
            self.tr("Titel, Phase, Datum, Moderation, Teilnehmende, Zielstufe und Berichtssprache")
        )
        self.tabs.setTabText(TAB_WALKTHROUGH, self.tr("1 Durchgang"))
        self.tabs.setTabText(TAB_RESULTS, self.tr("2 Ergebnisse"))
        self.tabs.setTabText(TAB_PLAN, self.tr("3 Maßnahmenplan"))
        self.tabs.setTabText(TAB_VOTING, self.tr("4 Abstimmung"))
        self.tabs.setAccessibleName(self.tr("Bereiche der Erhebung"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
