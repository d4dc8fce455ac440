"""Start screen: stored assessments grouped by municipality and project, and what to do."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.models.assessment_tree import COL_NAME, AssessmentTreeModel


class StartView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("screenTitle")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        self.model = AssessmentTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        # Long names keep their start (municipality) and end (project) visible; the full
        # text is in each row's tooltip (StartController.refresh).
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.empty_hint = QLabel(self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setObjectName("hint")
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_hint)
        grid = QGridLayout()
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("primaryButton")
        self.open_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.reassess_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.demo_button = QPushButton(self)
        for i, b in enumerate(
            (
                self.new_button,
                self.open_button,
                self.edit_button,
                self.reassess_button,
                self.delete_button,
                self.import_button,
                self.export_button,
                self.demo_button,
            )
        ):
            grid.addWidget(b, i // 4, i % 4)
        layout.addLayout(grid)
        chain: list[QWidget] = [
            self.tree,
            self.open_button,
            self.new_button,
            self.edit_button,
            self.reassess_button,
            self.delete_button,
            self.import_button,
            self.export_button,
            self.demo_button,
        ]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.title.setText(self.tr("Wandelkompass – Erhebungen"))
        self.intro.setText(
            self.tr(
                "Wählen Sie eine Erhebung und öffnen Sie sie mit der Eingabetaste oder per "
                "Doppelklick. Jede Antwort wird sofort gespeichert."
            )
        )
        self.tree.setAccessibleName(self.tr("Erhebungen nach Kommune und Projekt"))
        self.empty_hint.setText(
            self.tr(
                "Noch keine Erhebung vorhanden. Legen Sie eine neue an oder probieren Sie die "
                "Demo einer Mittelstadt aus."
            )
        )
        for button, text, name in (
            (self.new_button, self.tr("&Neue Erhebung …"), self.tr("Neue Erhebung anlegen")),
            (self.open_button, self.tr("Ö&ffnen"), self.tr("Ausgewählte Erhebung öffnen")),
            (
                self.edit_button,
                self.tr("&Angaben bearbeiten …"),
                self.tr("Angaben der ausgewählten Erhebung bearbeiten"),
            ),
            (
                self.reassess_button,
                self.tr("Erneut &erheben …"),
                self.tr("Ausgewählte Erhebung wiederholen"),
            ),
            (self.delete_button, self.tr("&Löschen …"), self.tr("Ausgewählte Erhebung löschen")),
            (self.import_button, self.tr("&Importieren …"), self.tr("Austauschdatei importieren")),
            (
                self.export_button,
                self.tr("E&xportieren …"),
                self.tr("Ausgewählte Erhebung als Austauschdatei exportieren"),
            ),
            (self.demo_button, self.tr("De&mo anlegen"), self.tr("Demo-Erhebung anlegen")),
        ):
            button.setText(text)
            button.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
