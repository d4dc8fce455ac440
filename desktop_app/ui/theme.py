"""Font size, presentation mode and colours.

One base point size drives everything: the application font and a small style sheet whose
sizes are multiples of it, so Ctrl+Plus/Minus and the projector mode scale every screen
together. Colours are dark-on-light with a contrast ratio above 7:1 (WCAG AAA, as BITV asks
for AA) and a thick orange focus ring, because a projector washes out thin grey outlines.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

NORMAL_POINTS = 11.0
PRESENTATION_POINTS = 18.0
MIN_ZOOM = 0.7
MAX_ZOOM = 2.2
ZOOM_STEP = 0.1

INK = "#1a1a1a"
MUTED = "#3d3d3d"
ACCENT = "#0b4f8a"  # dark blue, 8.6:1 on white
ACCENT_LIGHT = "#dcEAF7"
FOCUS = "#c24d00"  # dark orange, visible on white and on the blue accent
WARN_BG = "#fff0d9"
WARN_BORDER = "#a85a00"
FLAG = "#8a1c7c"
# An empty progress bar must still read as a bar, not as a text field: a grey track with a
# darker border (3:1 against the window, WCAG 1.4.11 for graphical objects).
BAR_TRACK = "#d4d4d4"
BAR_BORDER = "#6e6e6e"
HANDLE = "#a6a6a6"


@dataclass
class Theme:
    presentation: bool = False
    zoom: float = 1.0

    @property
    def points(self) -> float:
        base = PRESENTATION_POINTS if self.presentation else NORMAL_POINTS
        return round(base * self.zoom, 1)

    def zoom_in(self) -> None:
        self.zoom = min(MAX_ZOOM, round(self.zoom + ZOOM_STEP, 2))

    def zoom_out(self) -> None:
        self.zoom = max(MIN_ZOOM, round(self.zoom - ZOOM_STEP, 2))

    def reset_zoom(self) -> None:
        self.zoom = 1.0

    def apply(self, app: QApplication) -> None:
        font = QFont(app.font())
        font.setPointSizeF(self.points)
        app.setFont(font)
        app.setStyleSheet(style_sheet(self.points))


def set_style_property(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property used in a style-sheet selector and apply it at once.

    Re-polishing alone restyles the widget but leaves its cached size hint (buttons keep
    theirs until a StyleChange event): after presentation mode the layout then sized the
    level buttons for the slim padding of the projector and cut them in half.
    """
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    QApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))
    widget.updateGeometry()


def style_sheet(pt: float) -> str:
    def size(factor: float) -> str:
        return f"{pt * factor:.1f}pt"

    return f"""
QPushButton {{ border: 2px solid {BAR_BORDER}; border-radius: 4px; background: #fafafa;
    color: {INK}; padding: 4px 10px; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:pressed, QPushButton:checked {{ background: {ACCENT_LIGHT}; }}
QPushButton:disabled {{ color: #6b6b6b; border-color: #b8b8b8; background: #f0f0f0; }}
QPushButton:focus {{ border: 3px solid {FOCUS}; padding: 3px 9px; }}
QPushButton:flat {{ border: 2px solid transparent; background: transparent; }}
QPushButton:flat:focus {{ border: 3px solid {FOCUS}; }}
QLineEdit, QComboBox, QSpinBox, QPlainTextEdit {{ border: 1px solid {BAR_BORDER};
    border-radius: 3px; padding: 2px; background: white; color: {INK}; }}
QComboBox {{ padding-right: 18px; }}
QLineEdit:disabled, QComboBox:disabled, QSpinBox:disabled, QPlainTextEdit:disabled {{
    background: #f0f0f0; color: #6b6b6b; }}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QPlainTextEdit:focus {{
    border: 3px solid {FOCUS}; padding: 0px; }}
QComboBox:focus {{ padding-right: 16px; }}
QCheckBox {{ border: 2px solid transparent; border-radius: 3px; padding: 1px 3px; }}
QCheckBox:focus {{ border: 2px solid {FOCUS}; }}
QLabel#screenTitle {{ font-size: {size(1.45)}; font-weight: bold; color: {INK}; }}
QLabel#dimensionTitle {{ font-size: {size(1.15)}; font-weight: bold; color: {ACCENT}; }}
QLabel#assessmentHeading {{ font-size: {size(1.1)}; font-weight: bold; color: {INK}; }}
QLabel#statementText {{ font-size: {size(1.35)}; font-weight: 600; color: {INK}; }}
QLabel#whyText, QLabel#helpText {{ color: {MUTED}; }}
QLabel#hint {{ color: {MUTED}; }}
QLabel#savedHint {{ color: {MUTED}; font-style: italic; }}
QLabel#dateWarning {{ background: {WARN_BG}; border: 2px solid {WARN_BORDER};
    padding: 2px 4px; color: {INK}; }}
QLabel#suggestion {{ color: {MUTED}; font-style: italic; }}
QLabel#disagreement {{ background: {WARN_BG}; border: 2px solid {WARN_BORDER};
    padding: 4px; color: {INK}; }}
QPushButton#levelButton {{ text-align: left; padding: 6px 10px; border: 2px solid #8a8a8a;
    border-radius: 4px; background: white; color: {INK}; }}
QPushButton#levelButton:checked {{ background: {ACCENT}; color: white;
    border: 2px solid {ACCENT}; }}
QPushButton#levelButton:hover {{ border-color: {ACCENT}; }}
QPushButton#levelButton:focus, QPushButton#kindButton:focus {{ border: 3px solid {FOCUS}; }}
QPushButton#kindButton {{ padding: 6px 12px; border: 2px solid #8a8a8a; border-radius: 4px;
    background: white; color: {INK}; }}
QPushButton#kindButton:checked {{ background: {MUTED}; color: white; }}
QPushButton#primaryButton {{ background: {ACCENT}; color: white; padding: 6px 16px;
    border: 2px solid {ACCENT}; border-radius: 4px; font-weight: bold; }}
QPushButton#primaryButton:focus {{ border: 3px solid {FOCUS}; padding: 5px 15px; }}
QPushButton#primaryButton:disabled {{ background: #9aa7b3; border-color: #9aa7b3; }}
QCheckBox#flagBox:checked {{ color: {FLAG}; font-weight: bold; }}
QListWidget#dimensionList::item {{ padding: 6px 4px; }}
QListWidget#dimensionList::item:selected {{ background: {ACCENT}; color: white; }}
QTreeView::item, QTableView::item {{ padding: 3px; }}
QProgressBar {{ min-height: {size(1.2)}; border: 1px solid {BAR_BORDER};
    border-radius: 3px; background: {BAR_TRACK}; text-align: center; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 2px; }}
QSplitter#planSplitter::handle {{ background: {HANDLE}; border-top: 1px solid {BAR_BORDER};
    border-bottom: 1px solid {BAR_BORDER}; }}
QSplitter#planSplitter::handle:hover {{ background: {ACCENT}; }}
QPushButton#levelButton[compact="true"] {{ padding: 1px 8px; }}
QLabel#levelText[compact="true"], QLabel#helpText[compact="true"] {{ font-size: {size(0.9)}; }}
QLabel#savedHint[attention="true"] {{ color: {INK}; font-style: normal; font-weight: bold; }}
"""
