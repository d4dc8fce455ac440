"""Action plan editor: a sortable, filterable table and a detail panel for one measure."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.models.plan_table_model import (
    COL_CATEGORY,
    COL_DECISION,
    COL_DUE,
    COL_EFFORT,
    COL_OWNER,
    COL_PRIORITY,
    COL_STATUS,
    COL_TITLE,
)
from desktop_app.ui.views.date_field import DateField


class PlanView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        # Two rows: in presentation mode one row of filters and buttons is wider than a beamer.
        head = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("screenTitle")
        head.addWidget(self.title)
        head.addStretch(1)
        bar = QHBoxLayout()
        self.category_label = QLabel(self)
        self.category_filter = QComboBox(self)
        self.category_label.setBuddy(self.category_filter)
        self.hide_rejected = QCheckBox(self)
        self.add_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("primaryButton")
        for w in (self.category_label, self.category_filter, self.hide_rejected, self.add_button):
            bar.addWidget(w)
        bar.addStretch(1)
        head.addWidget(self.pdf_button)
        outer.addLayout(head)
        outer.addLayout(bar)

        # Table above, details below: the table gets the full width for the measure titles.
        splitter = self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("planSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(10)
        self.table = QTableView(splitter)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # One line per measure: a long title is elided (in full in its tooltip and in the
        # detail panel), so a 1280×800 screen shows a dozen measures, not three.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        self.table.setColumnHidden(COL_EFFORT, True)

        detail_host = QWidget()
        detail = QVBoxLayout(detail_host)
        self.detail_heading = QLabel(detail_host)
        self.detail_heading.setObjectName("dimensionTitle")
        detail.addWidget(self.detail_heading)
        columns = self.detail_columns = QHBoxLayout()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        columns.addLayout(form, 3)
        columns.addSpacing(16)
        columns.addLayout(right, 2)
        self.title_label = QLabel(detail_host)
        self.title_edit = QLineEdit(detail_host)
        self.title_label.setBuddy(self.title_edit)
        form.addRow(self.title_label, self.title_edit)
        self.kind_label = QLabel(detail_host)
        self.kind_value = QLabel(detail_host)
        self.kind_value.setWordWrap(True)
        form.addRow(self.kind_label, self.kind_value)
        self.reason_label = QLabel(detail_host)
        self.reason_value = QLabel(detail_host)
        self.reason_value.setWordWrap(True)
        self.reason_value.setObjectName("hint")
        form.addRow(self.reason_label, self.reason_value)
        self.text_label = QLabel(detail_host)
        self.text_edit = QPlainTextEdit(detail_host)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(70)
        self.text_label.setBuddy(self.text_edit)
        form.addRow(self.text_label, self.text_edit)
        decisions = QHBoxLayout()
        self.accept_button = QPushButton(detail_host)
        self.reject_button = QPushButton(detail_host)
        self.reset_button = QPushButton(detail_host)
        for b in (self.accept_button, self.reject_button, self.reset_button):
            decisions.addWidget(b)
        self.decision_label = QLabel(detail_host)
        right.addRow(self.decision_label, decisions)
        self.category_edit_label = QLabel(detail_host)
        self.category_edit = QComboBox(detail_host)
        self.category_edit_label.setBuddy(self.category_edit)
        right.addRow(self.category_edit_label, self.category_edit)
        self.owner_label = QLabel(detail_host)
        self.owner_edit = QLineEdit(detail_host)
        self.owner_label.setBuddy(self.owner_edit)
        owner_box = QVBoxLayout()
        owner_box.setSpacing(2)
        owner_box.addWidget(self.owner_edit)
        self.owner_suggestion = QLabel(detail_host)
        self.owner_suggestion.setObjectName("suggestion")
        self.owner_suggestion.setWordWrap(True)
        owner_box.addWidget(self.owner_suggestion)
        right.addRow(self.owner_label, owner_box)
        due_box = QVBoxLayout()
        due_box.setSpacing(2)
        due_row = QHBoxLayout()
        self.due_check = QCheckBox(detail_host)
        self.due_edit = DateField(detail_host)
        due_row.addWidget(self.due_check, 0, Qt.AlignmentFlag.AlignTop)
        due_row.addWidget(self.due_edit, 1)
        due_box.addLayout(due_row)
        # The guideline's proposal, as a proposal: it counts only once the team sets it.
        self.due_suggestion = QLabel(detail_host)
        self.due_suggestion.setObjectName("suggestion")
        self.due_suggestion.setWordWrap(True)
        due_box.addWidget(self.due_suggestion)
        self.due_label = QLabel(detail_host)
        self.due_label.setBuddy(self.due_check)
        right.addRow(self.due_label, due_box)
        self.priority_label = QLabel(detail_host)
        self.priority_edit = QComboBox(detail_host)
        self.priority_label.setBuddy(self.priority_edit)
        right.addRow(self.priority_label, self.priority_edit)
        self.effort_label = QLabel(detail_host)
        self.effort_edit = QComboBox(detail_host)
        self.effort_label.setBuddy(self.effort_edit)
        right.addRow(self.effort_label, self.effort_edit)
        self.status_label = QLabel(detail_host)
        self.status_edit = QComboBox(detail_host)
        self.status_label.setBuddy(self.status_edit)
        right.addRow(self.status_label, self.status_edit)
        detail.addLayout(columns)
        self.delete_button = QPushButton(detail_host)
        detail.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignRight)
        detail.addStretch(1)
        self.detail_scroll = QScrollArea(splitter)
        self.detail_scroll.setWidget(detail_host)
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail_scroll)
        # The table is what the team scans: it gets about two thirds of the height.
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([660, 340])
        self.detail_scroll.setMinimumHeight(120)
        self.table.setMinimumHeight(120)
        outer.addWidget(splitter, 1)
        self.detail_widgets: list[QWidget] = [
            self.title_edit,
            self.text_edit,
            self.accept_button,
            self.reject_button,
            self.reset_button,
            self.category_edit,
            self.owner_edit,
            self.due_check,
            self.due_edit,
            self.priority_edit,
            self.effort_edit,
            self.status_edit,
        ]
        chain: list[QWidget] = [
            self.category_filter,
            self.hide_rejected,
            self.add_button,
            self.pdf_button,
            self.table,
            *self.detail_widgets,
            self.delete_button,
        ]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.title.setText(self.tr("Maßnahmenplan"))
        self.category_label.setText(self.tr("&Kategorie"))
        self.category_filter.setAccessibleName(self.tr("Maßnahmen nach Kategorie filtern"))
        self.hide_rejected.setText(self.tr("Abgelehnte ausblenden"))
        self.hide_rejected.setAccessibleName(self.tr("Abgelehnte Maßnahmen ausblenden"))
        self.add_button.setText(self.tr("+ Eigene Maßnahme"))
        self.add_button.setAccessibleName(self.tr("Eigene Maßnahme hinzufügen"))
        self.pdf_button.setText(self.tr("PDF erstellen …"))
        self.pdf_button.setAccessibleName(self.tr("Maßnahmenplan als PDF erstellen"))
        self.table.setAccessibleName(self.tr("Maßnahmen"))
        self.detail_heading.setText(self.tr("Ausgewählte Maßnahme"))
        self.title_label.setText(self.tr("&Titel"))
        self.title_edit.setAccessibleName(self.tr("Titel der Maßnahme"))
        self.kind_label.setText(self.tr("Herkunft"))
        self.reason_label.setText(self.tr("Warum vorgeschlagen"))
        self.reason_value.setAccessibleName(self.tr("Warum vorgeschlagen"))
        self.text_label.setText(self.tr("Beschreibung"))
        self.text_edit.setAccessibleName(self.tr("Beschreibung der Maßnahme"))
        self.decision_label.setText(self.tr("Entscheidung"))
        self.accept_button.setText(self.tr("&Annehmen"))
        self.accept_button.setAccessibleName(self.tr("Maßnahme annehmen"))
        self.reject_button.setText(self.tr("Ab&lehnen"))
        self.reject_button.setAccessibleName(self.tr("Maßnahme ablehnen"))
        self.reset_button.setText(self.tr("Offen lassen"))
        self.reset_button.setAccessibleName(self.tr("Entscheidung zurücksetzen"))
        self.category_edit_label.setText(self.tr("Kategorie"))
        self.category_edit.setAccessibleName(self.tr("Kategorie der Maßnahme"))
        self.owner_label.setText(self.tr("&Verantwortlich"))
        self.owner_edit.setAccessibleName(self.tr("Verantwortlich"))
        self.due_label.setText(self.tr("Fällig"))
        self.due_check.setText(self.tr("&Fällig am"))
        self.due_check.setAccessibleName(self.tr("Fälligkeitsdatum setzen"))
        self.due_edit.setAccessibleName(self.tr("Fälligkeitsdatum"))
        self.priority_label.setText(self.tr("&Priorität"))
        self.priority_edit.setAccessibleName(self.tr("Priorität"))
        self.effort_label.setText(self.tr("A&ufwand"))
        self.effort_edit.setAccessibleName(self.tr("Aufwand"))
        self.status_label.setText(self.tr("&Status"))
        self.status_edit.setAccessibleName(self.tr("Status"))
        self.delete_button.setText(self.tr("Eigene Maßnahme löschen"))
        self.delete_button.setAccessibleName(self.tr("Eigene Maßnahme löschen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def set_compact(self, compact: bool) -> None:
        """Presentation mode: fewer columns so the measure titles stay readable."""
        # Effort is always edited in the detail panel; due date and status also there on a beamer.
        self.table.setColumnHidden(COL_EFFORT, True)
        self.table.setColumnHidden(COL_DUE, compact)
        self.table.setColumnHidden(COL_STATUS, compact)
        # Two form columns side by side leave each too narrow at projector type size.
        self.detail_columns.setDirection(
            QBoxLayout.Direction.TopToBottom if compact else QBoxLayout.Direction.LeftToRight
        )
        self.fit_columns()

    def fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        cell = self.table.fontMetrics()
        bold = header.fontMetrics()
        # Fixed widths for the widest value a column can hold (ResizeToContents on wrapped
        # text can leave the stretching title column with almost nothing). The padding covers
        # the item padding of the style sheet, the grid line and the header's sort arrow.
        padding = cell.horizontalAdvance("M") * 2
        model = self.table.model()
        if isinstance(model, QSortFilterProxyModel):
            model = model.sourceModel()
        samples = getattr(model, "width_samples", None)
        for col in (COL_CATEGORY, COL_DECISION, COL_PRIORITY, COL_DUE, COL_STATUS):
            texts = samples(col) if samples is not None else []
            widest = max(
                (max(cell.horizontalAdvance(t), bold.horizontalAdvance(t)) for t in texts),
                default=cell.horizontalAdvance("M") * 8,
            )
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, max(widest + padding, header.sectionSizeHint(col)))
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # The suggested owner can be a long role description: cap it, full text on hover.
        header.setSectionResizeMode(COL_OWNER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_OWNER, self.fontMetrics().horizontalAdvance("M") * 14)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # One line of the table's font plus the item padding of the style sheet and the grid.
        rows.setDefaultSectionSize(cell.height() + 8)
