"""Keeps the results dashboard in step with the answers.

A change of the session (from the walk-through or a phone) marks the dashboard out of date;
it is recomputed when it is (or becomes) visible. The evaluation and the matplotlib figures
are built off the GUI thread (through the app's ``Runner``), one job at a time: changes that
arrive meanwhile cause one more job when it is done. A new width only lays the figures out
again; it never recomputes them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from desktop_app.domain.answers import AnswerState
from desktop_app.domain.perception import Perception, perceive
from desktop_app.services.workspace import Workspace
from desktop_app.texts import t, tn
from desktop_app.ui.background import Progress, Runner
from desktop_app.ui.i18n import Language
from desktop_app.ui.models.statement_list_model import StatementRow
from desktop_app.ui.views.results_view import ResultsView

if TYPE_CHECKING:
    from desktop_app.domain.assessment import Evaluation

log = logging.getLogger(__name__)

# Dashboard slot → name of the builder in desktop_app.reporting.charts.
CHART_BUILDERS = {
    "radar": "radar_figure",
    "categories": "category_bars_figure",
    "dimensions": "dimension_bars_figure",
    "barriers": "barrier_figure",
}


def build_figures(ev: Evaluation, lang: str) -> dict[str, Any]:
    """One figure per dashboard slot; ``None`` where a builder is missing or fails.

    The perception heatmap is ``None`` also when fewer than two role groups can be shown.
    """
    from desktop_app.reporting import charts

    figures: dict[str, Any] = {}
    try:
        from desktop_app.reporting.perception_chart import perception_figure

        figures["perception"] = perception_figure(
            perceive(ev.guideline, ev.answers), ev.guideline, lang
        )
    except Exception:  # one broken chart must not take the dashboard down
        log.exception("chart perception failed")
        figures["perception"] = None
    for key, name in CHART_BUILDERS.items():
        builder: Callable[..., Any] | None = getattr(charts, name, None)
        if builder is None:
            figures[key] = None
            continue
        try:
            figures[key] = builder(ev, lang)
        except Exception:  # one broken chart must not take the dashboard down
            log.exception("chart %s failed", name)
            figures[key] = None
    return figures


class ResultsController(QObject):
    refreshed = Signal()  # the dashboard shows a new evaluation
    failed = Signal(str)  # the evaluation could not be built (message for the user)

    def __init__(
        self,
        view: ResultsView,
        workspace: Workspace,
        assessment_id: int,
        language: Language,
        chart_scale: Callable[[], float],
        runner: Runner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self._ws = workspace
        self._id = assessment_id
        self._language = language
        self._chart_scale = chart_scale
        self._runner = runner
        self._stale = True
        self._running = False
        self._again = False
        self._figures: dict[str, Any] = {}
        self._perception: Perception | None = None
        self.refreshes = 0  # how often the dashboard was recomputed (tests, diagnostics)
        self.layouts = 0  # how often the figures were laid out (recomputed or not)
        self._language.changed.connect(self._on_language_changed)
        self.view.widthChanged.connect(self._on_view_widthChanged)

    @property
    def busy(self) -> bool:
        """A background job is computing the dashboard."""
        return self._running

    @Slot()
    def mark_stale(self) -> None:
        self._stale = True
        if self.view.isVisible():
            self.refresh()

    def show_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Recompute in the background; while a job runs, one more follows it."""
        if self._running:
            self._again = True
            return
        self._running, self._stale = True, False
        ws, aid, lang = self._ws, self._id, self._language.code

        def build(_progress: Progress) -> tuple[Evaluation, dict[str, Any]]:
            ev = ws.evaluation(aid)
            figures = build_figures(ev, lang)
            return ev, figures

        self._runner.run(build, self._on_built, self._on_failed)

    def _on_built(self, result: tuple[Evaluation, dict[str, Any]]) -> None:
        self._running = False
        ev, self._figures = result
        self.refreshes += 1
        self._show_key_figures(ev)
        lang = self._language.code
        self.view.gaps.load(list(ev.results.statements.values()), lang)
        self.view.gaps_table.resizeRowsToContents()
        self._show_attention(ev)
        self._perception = perceive(ev.guideline, ev.answers)
        self._show_perception(ev)
        self._show_figures()
        self.refreshed.emit()
        if self._again:
            self._again = False
            self.refresh()

    def _on_failed(self, exc: BaseException) -> None:
        from desktop_app.services.errors import DatabaseError
        from desktop_app.services.messages import database_error_message

        self._running, self._again, self._stale = False, False, True
        log.error("evaluation failed: %s", exc)
        text = database_error_message(exc, self._language.code) if isinstance(
            exc, DatabaseError) else str(exc)
        self.failed.emit(text)

    def relayout(self) -> None:
        """Lay the current figures out again (new zoom or presentation mode), no recomputing."""
        if self._figures:
            self._show_figures()

    def _show_figures(self) -> None:
        self.layouts += 1
        messages = {}
        if self._perception is not None and self._perception.empty:
            messages["perception"] = QCoreApplication.translate(
                "ResultsController",
                "Für einen Vergleich braucht es Einzelstimmen aus mindestens zwei "
                "Rollengruppen mit je mindestens 3 Personen.",
            )
        self.view.show_figures(
            self._figures,
            self._chart_scale(),
            QCoreApplication.translate(
                "ResultsController", "Dieses Diagramm ist noch nicht verfügbar."
            ),
            messages,
        )
        canvas = self.view.canvas("perception")
        if canvas is not None and self._perception is not None:
            # The heatmap in words, for screen readers: not colour alone, not pixels alone.
            canvas.setAccessibleDescription(self._perception_summary(self._perception))

    def _perception_summary(self, perception: Perception) -> str:
        lang = self._language.code
        lines = []
        for group in perception.groups:
            cells = [
                f"{dim_id} {levels[group.key].median}"
                for dim_id, levels in perception.dimensions.items()
                if group.key in levels
            ]
            lines.append(
                f"{group.name(lang)} ({tn('count.people', group.voters, lang)}): "
                + ", ".join(cells)
            )
        return "; ".join(lines)

    def _show_attention(self, ev: Evaluation) -> None:
        """Disputed (most divergent first), "weiß nicht", consensus missing."""
        lang = self._language.code
        results = ev.results
        disputed = sorted(
            results.disagreements(),
            key=lambda r: -(r.agreement.divergence() if r.agreement else 0),
        )
        groups = (
            (QCoreApplication.translate("ResultsController", "strittig"), disputed),
            (t("state.unknown", lang), results.unknown()),
            (t("state.consensus_missing", lang), results.consensus_missing()),
        )
        rows = [
            StatementRow(r.statement.id, (kind, r.statement.id, r.statement.text.get(lang)))
            for kind, members in groups
            for r in members
        ]
        self.view.attention.load(
            (
                QCoreApplication.translate("ResultsController", "Was fehlt"),
                QCoreApplication.translate("ResultsController", "Nr."),
                QCoreApplication.translate("ResultsController", "Aussage"),
            ),
            rows,
        )
        self.view.attention_empty.setVisible(not rows)
        self.view.attention_empty.setText(
            QCoreApplication.translate(
                "ResultsController",
                "Nichts offen: keine strittigen, unklaren oder unbestätigten Aussagen.",
            )
        )

    def _show_perception(self, ev: Evaluation) -> None:
        lang = self._language.code
        perception = self._perception
        assert perception is not None
        texts = {st.id: st.text.get(lang) for st in ev.guideline.statements}
        self.view.findings.load(
            (
                QCoreApplication.translate("ResultsController", "Unterschied"),
                QCoreApplication.translate("ResultsController", "Aussage"),
            ),
            [
                StatementRow(f.statement_id, (f.text(lang), texts[f.statement_id]))
                for f in perception.findings
            ],
        )
        has_findings = bool(perception.findings)
        self.view.findings_heading.setVisible(has_findings)
        notes = []
        if perception.left_out:
            notes.append(
                t("perception.left_out", lang, groups=", ".join(perception.left_out))
            )
        if not perception.empty and not has_findings:
            notes.append(
                QCoreApplication.translate(
                    "ResultsController",
                    "Keine Aussage, bei der zwei Gruppen zwei Stufen oder mehr auseinander "
                    "liegen.",
                )
            )
        self.view.perception_note.setText("\n".join(notes))
        self.view.perception_note.setVisible(bool(notes))

    @Slot()
    def _on_view_widthChanged(self) -> None:
        self.relayout()

    def _show_key_figures(self, ev: Evaluation) -> None:
        overall = ev.results.overall
        states = [r.state for r in ev.results.statements.values()]
        settled = sum(1 for st in states if st not in (AnswerState.OPEN,
                                                       AnswerState.CONSENSUS_MISSING))
        percent = "–" if overall.percent is None else f"{overall.percent:.0f} %"
        parts = [
            QCoreApplication.translate("ResultsController", "Gesamt-Reifegrad: {p}").format(
                p=percent
            ),
            QCoreApplication.translate("ResultsController", "beantwortet: {a} von {t}").format(
                a=settled, t=len(states)
            ),
            QCoreApplication.translate("ResultsController", "weiß nicht: {n}").format(
                n=overall.unknown
            ),
            QCoreApplication.translate("ResultsController", "nicht relevant: {n}").format(
                n=overall.not_relevant
            ),
            QCoreApplication.translate("ResultsController", "strittig: {n}").format(
                n=len(ev.results.disagreements())
            ),
        ]
        missing = len(ev.results.consensus_missing())
        if missing:
            parts.append(f"{t('state.consensus_missing', self._language.code)}: {missing}")
        self.view.figures_line.setText("  ·  ".join(parts))

    @Slot(str)
    def _on_language_changed(self, _code: str) -> None:
        self.mark_stale()
