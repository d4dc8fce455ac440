"""One open assessment: header plus the tabs walk-through, results and action plan."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop_app.ui.views.plan_view import PlanView
from desktop_app.ui.views.results_view import ResultsView
from desktop_app.ui.views.walkthrough_view import WalkthroughView

TAB_WALKTHROUGH, TAB_RESULTS, TAB_PLAN = range(3)


class AssessmentView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        head = QHBoxLayout()
        self.back_button = QPushButton(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("assessmentHeading")
        self.heading.setWordWrap(True)
        head.addWidget(self.back_button)
        head.addWidget(self.heading, 1)
        layout.addLayout(head)
        self.tabs = QTabWidget(self)
        self.walkthrough = WalkthroughView()
        self.results = ResultsView()
        self.plan = PlanView()
        self.tabs.addTab(self.walkthrough, "")
        self.tabs.addTab(self.results, "")
        self.tabs.addTab(self.plan, "")
        layout.addWidget(self.tabs, 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.back_button.setText(self.tr("◀ Übersicht"))
        self.back_button.setAccessibleName(self.tr("Zurück zur Übersicht der Erhebungen"))
        self.tabs.setTabText(TAB_WALKTHROUGH, self.tr("1 Durchgang"))
        self.tabs.setTabText(TAB_RESULTS, self.tr("2 Ergebnisse"))
        self.tabs.setTabText(TAB_PLAN, self.tr("3 Maßnahmenplan"))
        self.tabs.setAccessibleName(self.tr("Bereiche der Erhebung"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
