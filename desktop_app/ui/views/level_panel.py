"""The five maturity levels of one statement, each with its anchor text always visible.

A button per level (number and scale name) and, beside it, the level's description as a
wrapped label: QPushButton cannot wrap text, and the team must read all five anchors while
it decides. Buttons are not auto-exclusive on purpose: an exclusive group would swallow the
arrow keys that the walk-through uses for navigation.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desktop_app.ui.theme import set_style_property

LEVELS = range(5)


class LevelPanel(QWidget):
    levelClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = self.grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        self.buttons: list[QPushButton] = []
        self.descriptions: list[QLabel] = []
        for level in LEVELS:
            button = QPushButton(self)
            button.setObjectName("levelButton")
            button.setCheckable(True)
            button.setAutoExclusive(False)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            button.clicked.connect(self._on_level_button_clicked)
            button.setProperty("level", level)
            description = QLabel(self)
            description.setObjectName("levelText")
            description.setWordWrap(True)
            description.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            description.setBuddy(button)
            grid.addWidget(button, level, 0)
            grid.addWidget(description, level, 1)
            self.buttons.append(button)
            self.descriptions.append(description)

    def set_levels(self, names: list[str], descriptions: list[str]) -> None:
        for level, (name, text) in enumerate(zip(names, descriptions, strict=True)):
            self.buttons[level].setText(f"{level}  {name}")
            self.descriptions[level].setText(text)
            self.buttons[level].setAccessibleName(
                self.tr("Stufe {level}: {name}").format(level=level, name=name)
            )
            self.buttons[level].setAccessibleDescription(text)
            self.buttons[level].setToolTip(text)

    def set_compact(self, compact: bool) -> None:
        """Presentation mode: slimmer buttons and slightly smaller anchors, so that all five
        levels fit on a 1280×800 projector even one zoom step up."""
        self.grid.setVerticalSpacing(3 if compact else 6)
        for widget in (*self.buttons, *self.descriptions):
            set_style_property(widget, "compact", compact)

    def set_selected(self, level: int | None) -> None:
        for lvl, button in enumerate(self.buttons):
            button.setChecked(lvl == level)
            font = self.descriptions[lvl].font()
            font.setBold(lvl == level)
            self.descriptions[lvl].setFont(font)

    def mousePressEvent(self, event: QEvent) -> None:  # type: ignore[override]
        # A click on a description selects its level, like a click on the button.
        for level, description in enumerate(self.descriptions):
            if description.geometry().contains(event.position().toPoint()):  # type: ignore[attr-defined]
                self.levelClicked.emit(level)
                return
        super().mousePressEvent(event)  # type: ignore[arg-type]

    @Slot()
    def _on_level_button_clicked(self) -> None:
        button = self.sender()
        self.levelClicked.emit(int(button.property("level")))
