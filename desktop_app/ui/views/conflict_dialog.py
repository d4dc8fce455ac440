"""The conflict screen of a merge: every conflict, both values side by side, a choice each.

Layout only; ``controllers/conflict_controller.py`` fills it and reacts. Keys (created
here, connected there): ← or 1 takes this device's value, → or 2 the file's, Enter goes to
the next open conflict, Ctrl+Enter in the text field takes the typed value, Esc cancels.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.models.conflict_table_model import COL_CHOICE, COL_SUBJECT, ConflictTableModel


class SideBox(QFrame):
    """One side of a conflict: the button that takes it, who changed it when, the value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.take_button = QPushButton(self)
        self.take_button.setObjectName("levelButton")  # the theme's checkable choice style
        self.take_button.setCheckable(True)
        self.take_button.setAutoDefault(False)
        self.origin = QLabel(self)
        self.origin.setObjectName("hint")
        self.origin.setWordWrap(True)
        self.value = QPlainTextEdit(self)
        self.value.setReadOnly(True)
        self.value.setTabChangesFocus(True)
        self.value.setMinimumHeight(60)
        self.value.setMaximumHeight(180)
        layout.addWidget(self.take_button)
        layout.addWidget(self.origin)
        layout.addWidget(self.value, 1)


class ConflictDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(960, 680)
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("screenTitle")
        self.intro = QLabel(self)
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        self.progress = QLabel(self)
        self.progress.setObjectName("assessmentHeading")
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(heading)
        layout.addWidget(self.intro)

        self.model = ConflictTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setMinimumHeight(150)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_CHOICE, QHeaderView.ResizeMode.ResizeToContents)

        detail = QWidget(self)
        grid = QGridLayout(detail)
        grid.setContentsMargins(0, 0, 0, 0)
        self.subject = QLabel(detail)
        self.subject.setObjectName("dimensionTitle")
        self.subject.setWordWrap(True)
        self.field = QLabel(detail)
        self.field.setWordWrap(True)
        self.mine = SideBox(detail)
        self.theirs = SideBox(detail)
        self.edit_label = QLabel(detail)
        self.edit = QPlainTextEdit(detail)
        self.edit.setTabChangesFocus(True)
        self.edit.setMaximumHeight(80)
        self.edit_button = QPushButton(detail)
        self.edit_button.setAutoDefault(False)
        grid.addWidget(self.subject, 0, 0, 1, 2)
        grid.addWidget(self.field, 1, 0, 1, 2)
        grid.addWidget(self.mine, 2, 0)
        grid.addWidget(self.theirs, 2, 1)
        grid.addWidget(self.edit_label, 3, 0, 1, 2)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit, 1)
        edit_row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(edit_row, 4, 0, 1, 2)
        grid.setRowStretch(2, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("planSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self)
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("primaryButton")
        for b in (self.cancel_button, self.apply_button, self.edit_button):
            b.setAutoDefault(False)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        layout.addLayout(buttons)

        # Keys for the whole screen. A text field takes the keys it types (1, 2, arrows,
        # Enter) before a shortcut sees them, so typing a value never picks a side.
        def keys(*sequences: QKeySequence | Qt.Key) -> list[QShortcut]:
            return [QShortcut(QKeySequence(s), self) for s in sequences]

        self.mine_keys = keys(Qt.Key.Key_Left, Qt.Key.Key_1)
        self.theirs_keys = keys(Qt.Key.Key_Right, Qt.Key.Key_2)
        self.next_keys = keys(Qt.Key.Key_Return, Qt.Key.Key_Enter)
        self.edit_keys = [
            QShortcut(QKeySequence(s), self.edit, context=Qt.ShortcutContext.WidgetShortcut)
            for s in ("Ctrl+Return", "Ctrl+Enter")
        ]
        QWidget.setTabOrder(self.table, self.mine.take_button)
        QWidget.setTabOrder(self.mine.take_button, self.theirs.take_button)
        QWidget.setTabOrder(self.theirs.take_button, self.edit)
        QWidget.setTabOrder(self.edit, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.apply_button)
        QWidget.setTabOrder(self.apply_button, self.cancel_button)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Zusammenführen: Konflikte entscheiden"))
        self.title.setText(self.tr("Konflikte entscheiden"))
        self.intro.setText(
            self.tr(
                "Hier und in der Datei verschieden geändert: Wählen Sie je Konflikt einen Wert "
                "(bei Texten auch einen eigenen); die Eingabetaste springt zum nächsten. "
                "Gespeichert wird erst mit „Zusammenführen“, alles auf einmal."
            )
        )
        self.table.setAccessibleName(self.tr("Konflikte"))
        self.mine.setAccessibleName(self.tr("Wert auf diesem Gerät"))
        self.theirs.setAccessibleName(self.tr("Wert in der Datei"))
        self.mine.take_button.setText(self.tr("1  ←  Wert dieses Geräts übernehmen"))
        self.theirs.take_button.setText(self.tr("Wert der Datei übernehmen  →  2"))
        self.edit_label.setText(self.tr("Eigener Wert (Strg+Eingabe übernimmt ihn):"))
        self.edit.setAccessibleName(self.tr("Eigener Wert"))
        self.edit_button.setText(self.tr("Eigenen Wert übernehmen"))
        self.cancel_button.setText(self.tr("Abbrechen"))
        self.apply_button.setText(self.tr("&Zusammenführen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
