"""Wires one open assessment: walk-through, results, plan and PDF export."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

from desktop_app.domain.labels import label
from desktop_app.services.session import Changes, WorkshopSession
from desktop_app.services.workspace import Workspace
from desktop_app.texts.dates import day
from desktop_app.ui.background import Runner
from desktop_app.ui.controllers.export_controller import ExportController
from desktop_app.ui.controllers.plan_controller import PlanController
from desktop_app.ui.controllers.results_controller import ResultsController
from desktop_app.ui.controllers.voting_controller import VotingController
from desktop_app.ui.controllers.walkthrough_controller import WalkthroughController
from desktop_app.ui.dialogs import Dialogs
from desktop_app.ui.i18n import Language
from desktop_app.ui.session_bridge import SessionBridge
from desktop_app.ui.views.assessment_view import TAB_PLAN, TAB_RESULTS, AssessmentView


class AssessmentController(QObject):
    def __init__(
        self,
        view: AssessmentView,
        workspace: Workspace,
        assessment_id: int,
        language: Language,
        dialogs: Dialogs,
        runner: Runner,
        chart_scale: Callable[[], float],
        parent: QObject | None = None,
        *,
        start_at: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.assessment_id = assessment_id
        self._ws = workspace
        self._language = language
        self._dialogs = dialogs
        self.session = WorkshopSession(workspace, assessment_id)
        self.bridge = SessionBridge(self.session, self)
        self.walkthrough = WalkthroughController(
            view.walkthrough, self.bridge, language, self, start_at=start_at
        )
        self.walkthrough.writeFailed.connect(self._on_writeFailed)
        self.results = ResultsController(
            view.results, workspace, assessment_id, language, chart_scale, runner, self
        )
        self.results.failed.connect(self._on_results_failed)
        self.export = ExportController(
            view, workspace, assessment_id, language, dialogs, runner, self
        )
        self.plan = PlanController(
            view.plan, workspace, assessment_id, language, dialogs, self.export.export_pdf, self
        )
        self.voting = VotingController(
            view.voting, self.bridge, language, dialogs, self,
            current_statement=lambda: self.walkthrough.current.id,
        )
        self.voting.writeFailed.connect(self._on_writeFailed)
        self.voting.statementActivated.connect(self._on_results_statementActivated)
        self.bridge.changed.connect(self._on_session_changed)
        view.tabs.currentChanged.connect(self._on_tabs_currentChanged)
        view.results.statementActivated.connect(self._on_results_statementActivated)
        language.changed.connect(self._on_language_changed)
        self._show_heading()

    def flush(self) -> bool:
        """Store text still waiting for its timer; False if some of it could not be stored."""
        return self.walkthrough.flush() & self.plan.flush()

    def close(self) -> None:
        """The assessment is being closed: stop the phone page, stop following changes."""
        self.voting.shutdown()
        self.bridge.close()

    @Slot(object)
    def _on_session_changed(self, changes: Changes) -> None:
        # A change of the answers (here or from a phone) changes results and plan; a phone's
        # vote in an open round does not (it stays hidden until the round closes).
        if changes.plan:
            self.results.mark_stale()
            self.plan.mark_stale()

    @Slot(str)
    def _on_results_failed(self, text: str) -> None:
        self._dialogs.error(self.view, self.tr("Ergebnisse"), text)

    @Slot(str)
    def _on_writeFailed(self, text: str) -> None:
        self._dialogs.error(self.view, self.tr("Nicht gespeichert"), text)

    def info_changed(self) -> None:
        """The details were edited: show them; results and PDF read them afresh."""
        self._show_heading()
        self.results.mark_stale()
        self.plan.mark_stale()
        index = self.view.tabs.currentIndex()
        if index == TAB_RESULTS:
            self.results.show_if_stale()
        elif index == TAB_PLAN:
            self.plan.show_if_stale()

    def _show_heading(self) -> None:
        info = self._ws.info(self.assessment_id)
        lang = self._language.code
        self.view.heading.setText(
            f"{info.municipality} – {info.project} · {label(info.phase, lang)} · "
            f"{day(info.held_on, lang)}"
        )

    @Slot(int)
    def _on_tabs_currentChanged(self, index: int) -> None:
        self.walkthrough.flush()
        self.plan.flush()
        if index == TAB_RESULTS:
            self.results.show_if_stale()
        elif index == TAB_PLAN:
            self.plan.show_if_stale()

    @Slot(str)
    def _on_results_statementActivated(self, statement_id: str) -> None:
        self.walkthrough.go_to(statement_id)
        self.view.tabs.setCurrentIndex(0)

    @Slot(str)
    def _on_language_changed(self, _code: str) -> None:
        self._show_heading()
