"""Results dashboard: key figures, charts from ``reporting.charts`` and the largest gaps.

matplotlib is imported only in :meth:`ResultsView.show_evaluation`, i.e. the first time the
dashboard is shown, never at start-up (it costs ~0.6 s). Figures are drawn with a DPI derived
from the UI font size so their labels grow with presentation mode and Ctrl+Plus.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.models.gaps_table_model import COL_STATEMENT, GapsTableModel

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from desktop_app.domain.assessment import Evaluation

FigureBuilder = Callable[["Evaluation", str], "Figure"]


class ResultsView(QWidget):
    statementActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("screenTitle")
        outer.addWidget(self.title)
        self.figures_line = QLabel(self)
        self.figures_line.setWordWrap(True)
        outer.addWidget(self.figures_line)

        page = QWidget()
        self.grid = QGridLayout(page)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.headings: dict[str, QLabel] = {}
        self.chart_hosts: dict[str, QVBoxLayout] = {}
        for key, row, col, span in (
            ("radar", 0, 0, 1),
            ("categories", 0, 1, 1),
            ("dimensions", 2, 0, 2),
            ("barriers", 4, 0, 1),
            ("gaps", 4, 1, 1),
        ):
            heading = QLabel(page)
            heading.setObjectName("dimensionTitle")
            self.headings[key] = heading
            self.grid.addWidget(heading, row, col, 1, span)
            host = QVBoxLayout()
            self.chart_hosts[key] = host
            self.grid.addLayout(host, row + 1, col, 1, span)
        self.gaps = GapsTableModel(self)
        self.gaps_table = QTableView(page)
        self.gaps_table.setModel(self.gaps)
        self.gaps_table.setWordWrap(True)
        self.gaps_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gaps_table.verticalHeader().setVisible(False)
        self.gaps_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.gaps_table.horizontalHeader().setSectionResizeMode(
            COL_STATEMENT, QHeaderView.ResizeMode.Stretch
        )
        self.gaps_table.setMinimumHeight(260)
        self.chart_hosts["gaps"].addWidget(self.gaps_table)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(page)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll, 1)
        self._canvases: dict[str, QWidget] = {}
        self.gaps_table.activated.connect(
            lambda idx: self.statementActivated.emit(idx.siblingAtColumn(0).data())
        )
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.title.setText(self.tr("Ergebnisse"))
        self.headings["radar"].setText(self.tr("Reifegrad je Dimension"))
        self.headings["categories"].setText(self.tr("Technisch · personell · organisatorisch"))
        self.headings["dimensions"].setText(self.tr("Dimensionen: Ist und Ziel"))
        self.headings["barriers"].setText(self.tr("Profil der Veränderungsbarrieren"))
        self.headings["gaps"].setText(self.tr("Größte Abstände zum Ziel"))
        self.gaps_table.setAccessibleName(self.tr("Aussagen mit dem größten Abstand zum Ziel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def show_figures(
        self, figures: dict[str, Figure | None], scale: float, unavailable: str
    ) -> None:
        """Put each figure into a Qt canvas (``None``: a chart builder is missing)."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        for key, fig in figures.items():
            old = self._canvases.pop(key, None)
            if old is not None:
                self.chart_hosts[key].removeWidget(old)
                old.deleteLater()
            if fig is None:
                widget: QWidget = QLabel(unavailable, self)
            else:
                # Charts are built for A4 at 7–8 pt; a higher DPI enlarges them on screen.
                fig.set_dpi(100 * scale)
                canvas = FigureCanvasQTAgg(fig)
                canvas.setMinimumHeight(int(fig.get_figheight() * fig.dpi * 0.9))
                canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                widget = canvas
            widget.setAccessibleName(self.headings[key].text())
            self.chart_hosts[key].addWidget(widget)
            self._canvases[key] = widget

    def canvas(self, key: str) -> QWidget | None:
        return self._canvases.get(key)
