"""Keeps the results dashboard in step with the answers.

Answer changes only mark the dashboard stale; it is recomputed when it is (or becomes)
visible, and several changes in a row cause one redraw — matplotlib redraws are too slow to
run on every key press during the walk-through.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

from desktop_app.services.workspace import Workspace
from desktop_app.ui.i18n import Language
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
    """One figure per dashboard slot; ``None`` where a builder is missing or fails."""
    from desktop_app.reporting import charts

    figures: dict[str, Any] = {}
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
    def __init__(
        self,
        view: ResultsView,
        workspace: Workspace,
        assessment_id: int,
        language: Language,
        chart_scale: Callable[[], float],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self._ws = workspace
        self._id = assessment_id
        self._language = language
        self._chart_scale = chart_scale
        self._stale = True
        self.refreshes = 0  # how often the dashboard was recomputed (tests, diagnostics)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self._language.changed.connect(self._on_language_changed)
        self.view.widthChanged.connect(self.mark_stale)

    @Slot()
    def mark_stale(self) -> None:
        self._stale = True
        if self.view.isVisible():
            self._timer.start()

    def show_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        self._stale = False
        self.refreshes += 1
        lang = self._language.code
        ev = self._ws.evaluation(self._id)
        self._show_key_figures(ev)
        self.view.gaps.load(ev.results.largest_gaps(10), lang)
        self.view.gaps_table.resizeRowsToContents()
        self.view.show_figures(
            build_figures(ev, lang),
            self._chart_scale(),
            QCoreApplication.translate(
                "ResultsController", "Dieses Diagramm ist noch nicht verfügbar."
            ),
        )

    def _show_key_figures(self, ev: Evaluation) -> None:
        overall = ev.results.overall
        percent = "–" if overall.percent is None else f"{overall.percent:.0f} %"
        parts = [
            QCoreApplication.translate("ResultsController", "Gesamt-Reifegrad: {p}").format(
                p=percent
            ),
            QCoreApplication.translate("ResultsController", "beantwortet: {a} von {t}").format(
                a=overall.answered, t=overall.total
            ),
            QCoreApplication.translate("ResultsController", "weiß nicht: {n}").format(
                n=overall.unknown
            ),
            QCoreApplication.translate("ResultsController", "nicht relevant: {n}").format(
                n=overall.not_relevant
            ),
            QCoreApplication.translate("ResultsController", "hohe Uneinigkeit: {n}").format(
                n=len(ev.results.disagreements())
            ),
        ]
        self.view.figures_line.setText("  ·  ".join(parts))

    @Slot(str)
    def _on_language_changed(self, _code: str) -> None:
        self.mark_stale()
