"""Results dashboard: key figures, charts, the largest gaps, the statements that still need
the team (disputed, "weiß nicht", consensus missing) and how the role groups see them.

matplotlib is imported only in :meth:`ResultsView.show_evaluation`, i.e. the first time the
dashboard is shown, never at start-up (it costs ~0.6 s). Figures are drawn with a DPI derived
from the UI font size so their labels grow with presentation mode and Ctrl+Plus.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.models.gaps_table_model import COL_STATEMENT, GapsTableModel
from desktop_app.ui.models.statement_list_model import STATEMENT_ID_ROLE, StatementListModel

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from desktop_app.domain.assessment import Evaluation

FigureBuilder = Callable[["Evaluation", str], "Figure"]


# Dashboard slots, top to bottom. In two columns the first two share a row; every other
# chart needs the full width for its labels.
SLOTS = ("radar", "categories", "dimensions", "barriers", "gaps", "attention", "perception")
SIDE_BY_SIDE = ("radar", "categories")
# Below this share of its natural size a chart is drawn smaller instead of squeezed: a
# squeezed matplotlib canvas keeps its font size and lets the labels run into each other.
MIN_DPI_SHARE = 0.85


class ResultsView(QWidget):
    statementActivated = Signal(str)
    widthChanged = Signal()  # charts should be rebuilt for the new width

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("screenTitle")
        outer.addWidget(self.title)
        self.figures_line = QLabel(self)
        self.figures_line.setWordWrap(True)
        outer.addWidget(self.figures_line)

        self.page = page = QWidget()
        self.grid = QGridLayout(page)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.headings: dict[str, QLabel] = {}
        self.chart_hosts: dict[str, QVBoxLayout] = {}
        self.sections: dict[str, QWidget] = {}
        for key in SLOTS:
            section = QWidget(page)
            box = QVBoxLayout(section)
            box.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(section)
            heading.setObjectName("dimensionTitle")
            heading.setWordWrap(True)
            self.headings[key] = heading
            box.addWidget(heading)
            host = QVBoxLayout()
            self.chart_hosts[key] = host
            box.addLayout(host)
            self.sections[key] = section
        self.barrier_note = QLabel(page)
        self.barrier_note.setObjectName("hint")
        self.barrier_note.setWordWrap(True)
        barriers = self.sections["barriers"].layout()
        assert barriers is not None  # every section is built with its layout
        barriers.addWidget(self.barrier_note)
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

        # What still needs the team: each row jumps to its statement in the walk-through.
        self.attention = StatementListModel(self)
        self.attention_table = self._statement_table(page, self.attention)
        self.attention_empty = QLabel(page)
        self.attention_empty.setObjectName("hint")
        self.attention_empty.setWordWrap(True)
        self.chart_hosts["attention"].addWidget(self.attention_empty)
        self.chart_hosts["attention"].addWidget(self.attention_table)

        # How the role groups see the dimensions (the heatmap goes into the chart host) and
        # the statements where two groups are two levels or more apart.
        perception = self.sections["perception"].layout()
        assert perception is not None
        self.perception_note = QLabel(page)
        self.perception_note.setObjectName("hint")
        self.perception_note.setWordWrap(True)
        perception.addWidget(self.perception_note)
        self.findings_heading = QLabel(page)
        self.findings_heading.setWordWrap(True)
        perception.addWidget(self.findings_heading)
        self.findings = StatementListModel(self)
        self.findings_table = self._statement_table(page, self.findings)
        perception.addWidget(self.findings_table)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(page)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll_area, 1)
        self._canvases: dict[str, QWidget] = {}
        self._compact = False
        self._columns = 0
        self._built_width = 0
        self.gaps_table.activated.connect(
            lambda idx: self.statementActivated.emit(idx.siblingAtColumn(0).data())
        )
        for table in (self.attention_table, self.findings_table):
            table.activated.connect(
                lambda idx: self.statementActivated.emit(idx.data(STATEMENT_ID_ROLE))
            )
        self._arrange(2)
        self.retranslateUi()

    @staticmethod
    def _statement_table(page: QWidget, model: StatementListModel) -> QTableView:
        table = QTableView(page)
        table.setModel(model)
        # One line per statement (the full text in the tooltip): the page scrolls, the table
        # neither scrolls nor grows sideways.
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(False)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        model.modelReset.connect(lambda: ResultsView._fit_table(table))
        return table

    @staticmethod
    def _fit_table(table: QTableView) -> None:
        """As tall as all its rows: the page scrolls, not the table."""
        rows = table.model().rowCount()
        ResultsView._fit_columns(table)
        line = table.fontMetrics().height() + 8  # the item padding of the style sheet
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(line)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        table.setFixedHeight(height + line * rows + 2)
        table.setVisible(rows > 0)

    @staticmethod
    def _fit_columns(table: QTableView) -> None:
        """Short columns as wide as their texts; the statement text gets the rest.

        Set by hand: a stretching last section kept the width of its longest text here.
        """
        header = table.horizontalHeader()
        count = table.model().columnCount()
        if count == 0:
            return
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col in range(count - 1):
            table.resizeColumnToContents(col)
        used = sum(header.sectionSize(c) for c in range(count - 1))
        header.resizeSection(count - 1, max(80, table.viewport().width() - used))

    def retranslateUi(self) -> None:
        self.title.setText(self.tr("Ergebnisse"))
        self.headings["radar"].setText(self.tr("Reifegrad je Dimension"))
        self.headings["categories"].setText(self.tr("Technisch · personell · organisatorisch"))
        self.headings["dimensions"].setText(self.tr("Dimensionen: Ist und Ziel"))
        self.headings["barriers"].setText(self.tr("Profil der Veränderungsbarrieren"))
        self.headings["gaps"].setText(
            self.tr("Größte Abstände zum Ziel – nach Abstand sortiert, bei Gleichstand nach "
                    "gewichtetem Abstand")
        )
        self.headings["attention"].setText(
            self.tr("Noch zu klären: strittig, „weiß nicht“, Konsens fehlt")
        )
        self.headings["perception"].setText(self.tr("Wahrnehmung nach Rollengruppen"))
        self.attention_table.setAccessibleName(
            self.tr("Aussagen, die das Team noch klären muss; Eingabetaste öffnet die Aussage")
        )
        self.findings_table.setAccessibleName(
            self.tr("Aussagen, die Rollengruppen deutlich unterschiedlich sehen; Eingabetaste "
                    "öffnet die Aussage")
        )
        self.findings_heading.setText(
            self.tr("Deutliche Unterschiede (zwei Stufen oder mehr) – ein Anlass für ein "
                    "moderiertes Gespräch zwischen den Gruppen:")
        )
        self.barrier_note.setText(
            self.tr(
                "In Klammern: bewertete von zugeordneten Aussagen. Je niedriger der "
                "Reifegrad, desto stärker wirkt die Barriere."
            )
        )
        self.gaps_table.setAccessibleName(self.tr("Aussagen mit dem größten Abstand zum Ziel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- layout -----------------------------------------------------------------------------
    def set_compact(self, compact: bool) -> None:
        """Presentation mode: one chart per row, each with the full width, scrolling down."""
        self._compact = compact
        self.widthChanged.emit()

    def columns_for(self, radar_width_px: float) -> int:
        """Two columns only if the radar fits into half the width at its natural size."""
        if self._compact:
            return 1
        spacing = max(0, self.grid.horizontalSpacing())
        return 2 if (self.content_width() - spacing) / 2 >= radar_width_px else 1

    def content_width(self) -> int:
        """Width available to a full-width chart (known even while the tab is hidden)."""
        outer = self.layout()
        assert outer is not None
        m = outer.contentsMargins()
        g = self.grid.contentsMargins()
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        width = self.width() - m.left() - m.right() - g.left() - g.right() - bar - 4
        return max(200, width)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for section in self.sections.values():
            self.grid.removeWidget(section)
        row = 0
        for key in SLOTS:
            if columns == 2 and key == SIDE_BY_SIDE[1]:
                self.grid.addWidget(self.sections[key], row - 1, 1, Qt.AlignmentFlag.AlignTop)
                continue
            span = 1 if columns == 2 and key == SIDE_BY_SIDE[0] else columns
            self.grid.addWidget(self.sections[key], row, 0, 1, span)
            row += 1
        self.grid.setColumnStretch(1, 1 if columns == 2 else 0)

    @property
    def columns(self) -> int:
        return self._columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for table in (self.attention_table, self.findings_table):
            self._fit_columns(table)
        # Charts are drawn for one width; rebuild them when it changed noticeably.
        if self._built_width and abs(self.width() - self._built_width) > 0.05 * self._built_width:
            self.widthChanged.emit()

    # -- charts -----------------------------------------------------------------------------
    def show_figures(
        self,
        figures: dict[str, Figure | None],
        scale: float,
        unavailable: str,
        messages: dict[str, str] | None = None,
    ) -> None:
        """Put each figure into a Qt canvas (``None``: a chart builder is missing).

        Charts are built for A4 at 7–8 pt; ``100 * scale`` DPI enlarges them with the UI font.
        A chart wider than its column gets a lower DPI instead, so it shrinks as a whole and
        keeps the proportions its labels were laid out for.
        """
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self._built_width = self.width()
        radar = figures.get("radar")
        self._arrange(self.columns_for(radar.get_figwidth() * 100 * scale if radar else 0))
        full = self.content_width()
        half = (full - max(0, self.grid.horizontalSpacing())) / 2
        viewport_h = max(200, self.scroll_area.viewport().height())
        for key, fig in figures.items():
            old = self._canvases.pop(key, None)
            if old is not None:
                self.chart_hosts[key].removeWidget(old)
                old.hide()  # deleteLater waits for the event loop; it must not paint meanwhile
                old.deleteLater()
            if fig is None:
                widget: QWidget = QLabel((messages or {}).get(key, unavailable), self)
                widget.setWordWrap(True)  # type: ignore[attr-defined]
                widget.setObjectName("hint")
            else:
                beside = self._columns == 2 and key in SIDE_BY_SIDE
                available = half if beside else full
                w_in, h_in = fig.get_figwidth(), fig.get_figheight()
                dpi = min(100 * scale, available / w_in)
                if beside and key == "categories":
                    # Three short labels with a fifth of the width: narrower is fine, but
                    # shrunk to half a column its type would be too small to read.
                    dpi = 100 * scale
                    available = 0
                if key == "radar":  # the whole radar on one screen, if it stays readable
                    dpi = min(dpi, max(viewport_h / h_in, 100 * scale * MIN_DPI_SHARE))
                fig.set_dpi(dpi)
                canvas = FigureCanvasQTAgg(fig)
                canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                width, height = round(w_in * dpi), round(h_in * dpi)
                canvas.setFixedHeight(height)
                if key == "radar":
                    canvas.setFixedWidth(width)
                else:
                    canvas.setMinimumWidth(min(width, int(available)))  # 0: may be narrower
                    canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                widget = canvas
            widget.setAccessibleName(self.headings[key].text())
            if key == "radar":
                self.chart_hosts[key].addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
            else:
                self.chart_hosts[key].addWidget(widget)
            self._canvases[key] = widget
        for table in (self.attention_table, self.findings_table):
            self._fit_table(table)  # type size or width may have changed

    def canvas(self, key: str) -> QWidget | None:
        return self._canvases.get(key)
