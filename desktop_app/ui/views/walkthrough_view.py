"""The guided walk-through: one statement per page, large enough for a projector.

Layout and key handling only; :class:`~desktop_app.ui.controllers.walkthrough_controller.
WalkthroughController` decides what is shown and stores every change.

Keys (when no text field has the focus): 0–4 rate, N = nicht relevant, ? = weiß nicht,
Enter / → = next statement, ← = previous statement, Ctrl+Z = undo the last rating change
(in the comment and evidence fields Ctrl+Z undoes typing instead).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.theme import set_style_property
from desktop_app.ui.views.level_panel import LevelPanel
from desktop_app.ui.views.voting_panel import VotingPanel

_NAV_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Return, Qt.Key.Key_Enter)
FILTER_ALL, FILTER_OPEN, FILTER_FLAGGED = "all", "open", "flagged"


@dataclass(frozen=True)
class StatementPage:
    """Everything one page shows, already in the current content language."""

    dimension_title: str
    position: str
    why: str
    statement: str
    help: str
    level_names: list[str]
    level_texts: list[str]


def _is_plain_nav_key(event: QEvent) -> bool:
    """←, →, Enter without modifiers: the walk-through's own navigation keys."""
    return (
        event.type() == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and event.key() in _NAV_KEYS
        and event.modifiers() == Qt.KeyboardModifier.NoModifier
    )


class _PageScrollArea(QScrollArea):
    """Leaves ←/→/Enter to the walk-through instead of scrolling sideways with them."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if _is_plain_nav_key(event):
            self.keyPressEvent(event)  # type: ignore[arg-type]
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)


class WalkthroughView(QWidget):
    levelChosen = Signal(int)
    kindChosen = Signal(str)  # "unknown" | "not_relevant" | "clear"
    nextRequested = Signal()
    previousRequested = Signal()
    undoRequested = Signal()
    firstOpenRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        root = QHBoxLayout(self)

        # -- sidebar: dimensions with progress, filter ------------------------------------
        side = QVBoxLayout()
        self.dimensions_label = QLabel(self)
        self.dimensions_label.setObjectName("dimensionTitle")
        self.dimension_list = QListWidget(self)
        self.dimension_list.setObjectName("dimensionList")
        self.dimension_list.setWordWrap(True)
        self.dimension_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.dimensions_label.setBuddy(self.dimension_list)
        self.filter_label = QLabel(self)
        self.filter_combo = QComboBox(self)
        self.filter_label.setBuddy(self.filter_combo)
        self.jump_button = QPushButton(self)
        side.addWidget(self.dimensions_label)
        side.addWidget(self.dimension_list, 1)
        side.addWidget(self.filter_label)
        side.addWidget(self.filter_combo)
        side.addWidget(self.jump_button)
        side_host = self.side_host = QWidget(self)
        side_host.setLayout(side)
        side_host.setMinimumWidth(240)
        side_host.setMaximumWidth(420)
        side_host.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        root.addWidget(side_host, 1)

        # -- main column ------------------------------------------------------------------------
        main = QVBoxLayout()
        top = self.top_row = QHBoxLayout()
        self.progress_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        top.addWidget(self.progress_label)
        top.addWidget(self.progress, 1)
        main.addLayout(top)

        page = self.page = QWidget()
        col = self.page_layout = QVBoxLayout(page)
        col.setSpacing(10)
        head = QHBoxLayout()
        self.dimension_title = QLabel(page)
        self.dimension_title.setObjectName("dimensionTitle")
        self.dimension_title.setWordWrap(True)
        self.position_label = QLabel(page)
        self.position_label.setObjectName("hint")
        # The toggle sits in the heading row: on a projector every line counts.
        self.why_toggle = QPushButton(page)
        self.why_toggle.setCheckable(True)
        self.why_toggle.setChecked(True)
        self.why_toggle.setFlat(True)
        head.addWidget(self.dimension_title, 1)
        # Beside the votes on a projector, the toggle and the position share one column.
        head_right = self.head_right = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        head_right.addWidget(self.why_toggle, 0, Qt.AlignmentFlag.AlignTop)
        head_right.addWidget(self.position_label, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(head_right)
        col.addLayout(head)
        self.why_text = QLabel(page)
        self.why_text.setObjectName("whyText")
        self.why_text.setWordWrap(True)
        col.addWidget(self.why_text)
        line = self.separator = QFrame(page)
        line.setFrameShape(QFrame.Shape.HLine)
        col.addWidget(line)
        self.statement_text = QLabel(page)
        self.statement_text.setObjectName("statementText")
        self.statement_text.setWordWrap(True)
        self.statement_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.statement_text)
        self.help_text = QLabel(page)
        self.help_text.setObjectName("helpText")
        self.help_text.setWordWrap(True)
        col.addWidget(self.help_text)

        self.levels = LevelPanel(page)
        col.addWidget(self.levels)
        kinds = QHBoxLayout()
        self.unknown_button = QPushButton(page)
        self.not_relevant_button = QPushButton(page)
        self.clear_button = QPushButton(page)
        for b in (self.unknown_button, self.not_relevant_button):
            b.setObjectName("kindButton")
            b.setCheckable(True)
        kinds.addWidget(self.unknown_button)
        kinds.addWidget(self.not_relevant_button)
        kinds.addStretch(1)
        kinds.addWidget(self.clear_button)
        col.addLayout(kinds)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.target_label = QLabel(page)
        self.target_combo = QComboBox(page)
        self.target_label.setBuddy(self.target_combo)
        self.flag_box = QCheckBox(page)
        self.flag_box.setObjectName("flagBox")
        # The votes toggle shares the row with the target: below the form it was out of sight
        # on a 1280×800 projector. The combo box gives way when the row gets tight.
        self.votes_toggle = QPushButton(page)
        self.votes_toggle.setCheckable(True)
        self.target_combo.setMinimumContentsLength(6)
        self.target_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # Beside the open votes on a projector the row is too narrow for all three: then
        # the votes toggle moves below the target level.
        target_row = self.target_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        target_first = QHBoxLayout()
        target_first.addWidget(self.target_combo, 1)
        target_first.addSpacing(12)
        target_first.addWidget(self.flag_box)
        target_row.addLayout(target_first, 1)
        target_row.addSpacing(12)
        target_row.addWidget(self.votes_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.target_label, target_row)
        self.comment_label = QLabel(page)
        self.comment_edit = QPlainTextEdit(page)
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMaximumHeight(110)
        self.comment_label.setBuddy(self.comment_edit)
        form.addRow(self.comment_label, self.comment_edit)
        self.evidence_label = QLabel(page)
        self.evidence_edit = QLineEdit(page)
        self.evidence_label.setBuddy(self.evidence_edit)
        form.addRow(self.evidence_label, self.evidence_edit)
        col.addLayout(form)

        self.voting = VotingPanel(page)
        self.voting.setVisible(False)
        col.addWidget(self.voting)
        col.addStretch(1)
        self._votes_beside = False

        self.scroll_area = _PageScrollArea(self)
        self.scroll_area.setWidget(page)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        main.addWidget(self.scroll_area, 1)

        nav = self.nav_row = QHBoxLayout()
        self.previous_button = QPushButton(self)
        self.saved_hint = QLabel(self)
        self.saved_hint.setObjectName("savedHint")
        self.saved_hint.setWordWrap(True)
        self.saved_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.first_open_button = QPushButton(self)
        self.first_open_button.setVisible(False)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("primaryButton")
        nav.addWidget(self.previous_button)
        nav.addWidget(self.saved_hint, 1)
        nav.addWidget(self.first_open_button)
        nav.addWidget(self.next_button)
        main.addLayout(nav)
        root.addLayout(main, 3)
        # In presentation mode the votes open beside the statement: below it they pushed the
        # statement off a 1280×800 projector.
        self.votes_side = QScrollArea(self)
        self.votes_side.setWidgetResizable(True)
        self.votes_side.setFrameShape(QFrame.Shape.NoFrame)
        self.votes_side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.votes_side.setVisible(False)
        root.addWidget(self.votes_side, 2)

        self.unknown_button.clicked.connect(lambda: self.kindChosen.emit("unknown"))
        self.not_relevant_button.clicked.connect(lambda: self.kindChosen.emit("not_relevant"))
        self.clear_button.clicked.connect(lambda: self.kindChosen.emit("clear"))
        self.levels.levelClicked.connect(self.levelChosen)
        self.next_button.clicked.connect(self.nextRequested)
        self.previous_button.clicked.connect(self.previousRequested)
        self.votes_toggle.toggled.connect(self._on_votes_toggle_toggled)
        self.voting.rowsChanged.connect(self._set_tab_order)
        self.votes_toggle.clicked.connect(self._on_votes_toggle_clicked)
        self.first_open_button.clicked.connect(self.firstOpenRequested)
        # Undo of the last rating change. WidgetWithChildrenShortcut: the text fields claim
        # Ctrl+Z for their own undo first (ShortcutOverride), which is what the team expects.
        self.undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_shortcut.activated.connect(self.undoRequested)
        self.why_toggle.toggled.connect(self._on_why_toggle_toggled)
        self.filter_combo.currentIndexChanged.connect(self._update_jump_button)
        # Push buttons and check boxes use ←/→ to move the focus; in the walk-through those
        # keys mean previous/next statement, so the view takes them first.
        for w in (
            *self.levels.buttons,
            self.unknown_button,
            self.not_relevant_button,
            self.clear_button,
            self.flag_box,
            self.votes_toggle,
            self.previous_button,
            self.first_open_button,
            self.next_button,
        ):
            w.installEventFilter(self)
        self._set_tab_order()
        self.retranslateUi()

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            *self.levels.buttons,
            self.unknown_button,
            self.not_relevant_button,
            self.clear_button,
            self.target_combo,
            self.flag_box,
            self.votes_toggle,
            *self.voting.focus_chain(),
            self.comment_edit,
            self.evidence_edit,
            self.previous_button,
            self.first_open_button,
            self.next_button,
            self.dimension_list,
            self.filter_combo,
            self.jump_button,
        ]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def retranslateUi(self) -> None:
        self.dimensions_label.setText(self.tr("D&imensionen"))
        self.dimension_list.setAccessibleName(self.tr("Dimensionen des Leitfadens mit Fortschritt"))
        self.filter_label.setText(self.tr("&Anzeigen"))
        current = self.filter_combo.currentData()
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItem(self.tr("alle Aussagen"), FILTER_ALL)
        self.filter_combo.addItem(self.tr("nur unbeantwortete"), FILTER_OPEN)
        self.filter_combo.addItem(self.tr("nur „später besprechen“"), FILTER_FLAGGED)
        self.filter_combo.setCurrentIndex(max(0, self.filter_combo.findData(current)))
        self.filter_combo.blockSignals(False)
        self.filter_combo.setAccessibleName(self.tr("Welche Aussagen beim Blättern gezeigt werden"))
        self._update_jump_button()
        self.progress.setAccessibleName(self.tr("Gesamtfortschritt"))
        self.unknown_button.setText(self.tr("? weiß nicht"))
        self.unknown_button.setAccessibleName(self.tr("Weiß nicht (Taste Fragezeichen)"))
        self.not_relevant_button.setText(self.tr("N nicht relevant"))
        self.not_relevant_button.setAccessibleName(self.tr("Nicht relevant (Taste N)"))
        self.clear_button.setText(self.tr("Antwort zurücksetzen"))
        self.clear_button.setAccessibleName(self.tr("Konsens-Antwort zurücksetzen"))
        self.target_label.setText(self.tr("&Zielstufe"))
        self.target_combo.setAccessibleName(self.tr("Zielstufe"))
        self.flag_box.setText(self.tr("&Später besprechen"))
        self.flag_box.setAccessibleName(self.tr("Später besprechen"))
        self.comment_label.setText(self.tr("&Kommentar"))
        self.comment_edit.setAccessibleName(self.tr("Kommentar"))
        self.comment_edit.setPlaceholderText(self.tr("Was hat das Team dazu gesagt?"))
        self.evidence_label.setText(self.tr("&Beleg"))
        self.evidence_edit.setAccessibleName(self.tr("Beleg"))
        self.evidence_edit.setPlaceholderText(self.tr("Dokument, Beschluss, Beispiel …"))
        self.votes_toggle.setText(self.tr("Einzelstimmen und Abstimmung …"))
        self.votes_toggle.setAccessibleName(self.tr("Einzelstimmen ein- oder ausblenden"))
        self.previous_button.setText(self.tr("◀ Zurück"))
        self.previous_button.setAccessibleName(self.tr("Vorherige Aussage (Pfeil links)"))
        self.first_open_button.setText(self.tr("Zur ersten offenen Aussage"))
        self.first_open_button.setAccessibleName(
            self.tr("Zur ersten unbeantworteten Aussage springen")
        )
        self.next_button.setText(self.tr("Weiter ▶"))
        self.next_button.setAccessibleName(self.tr("Nächste Aussage (Eingabetaste)"))
        self.statement_text.setAccessibleName(self.tr("Aussage"))
        self.help_text.setAccessibleName(self.tr("Hilfe zur Aussage"))
        self.why_text.setAccessibleName(self.tr("Warum diese Dimension wichtig ist"))
        self.why_toggle.setAccessibleName(
            self.tr("Hintergrund der Dimension und Hinweise zur Aussage ein- oder ausblenden")
        )
        self._on_why_toggle_toggled(self.why_toggle.isChecked())

    @Slot()
    def _update_jump_button(self) -> None:
        # The button follows the filter: with "später besprechen" it finds marked statements.
        if self.filter_combo.currentData() == FILTER_FLAGGED:
            self.jump_button.setText(self.tr("Nächste markierte Aussage"))
            self.jump_button.setAccessibleName(
                self.tr("Zur nächsten Aussage mit „später besprechen“ springen")
            )
        else:
            self.jump_button.setText(self.tr("Nächste offene Aussage"))
            self.jump_button.setAccessibleName(
                self.tr("Zur nächsten unbeantworteten Aussage springen")
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- filled by the controller ---------------------------------------------------------
    def show_page(self, page: StatementPage) -> None:
        self.dimension_title.setText(page.dimension_title)
        self.position_label.setText(page.position)
        self.why_text.setText(page.why)
        self.why_toggle.setVisible(bool(page.why or page.help))
        self.why_text.setVisible(bool(page.why) and self.why_toggle.isChecked())
        self.statement_text.setText(page.statement)
        self.help_text.setText(page.help)
        self.help_text.setVisible(bool(page.help) and self.why_toggle.isChecked())
        self.levels.set_levels(page.level_names, page.level_texts)
        self.scroll_area.verticalScrollBar().setValue(0)

    def set_compact(self, compact: bool) -> None:
        """Presentation mode: fold background and guidance text and the sidebar, so that the
        statement and all five levels fit on a 1280×800 projector without scrolling, also
        one zoom step up: slimmer level rows, less spacing, progress beside the buttons."""
        self.why_toggle.setChecked(not compact)
        # On a beamer the statement needs the width; dimension and progress stay in the header.
        self.side_host.setVisible(not compact)
        self.separator.setVisible(not compact)
        self.page_layout.setSpacing(4 if compact else 10)
        self.levels.set_compact(compact)
        set_style_property(self.help_text, "compact", compact)
        # The progress row costs a whole line: in presentation mode it joins the buttons.
        for w in (self.progress_label, self.progress):
            self.top_row.removeWidget(w)
            self.nav_row.removeWidget(w)
        if compact:
            self.nav_row.insertWidget(1, self.progress_label)
            self.nav_row.insertWidget(2, self.progress)
            self.progress.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 8)
        else:
            self.top_row.addWidget(self.progress_label)
            self.top_row.addWidget(self.progress, 1)
            self.progress.setMaximumWidth(16777215)
        self._place_voting(beside=compact)

    def _place_voting(self, *, beside: bool) -> None:
        if beside == self._votes_beside:
            return
        self._votes_beside = beside
        if beside:
            self.page_layout.removeWidget(self.voting)
            self.votes_side.setWidget(self.voting)
        else:
            self.votes_side.takeWidget()
            self.voting.setParent(self.page)
            self.page_layout.insertWidget(self.page_layout.count() - 1, self.voting)
        self.voting.set_stacked(beside)
        self._on_votes_toggle_toggled(self.votes_toggle.isChecked())
        self._set_tab_order()

    @Slot(bool)
    def _on_votes_toggle_toggled(self, checked: bool) -> None:
        self.voting.setVisible(checked)
        beside = checked and self._votes_beside
        self.votes_side.setVisible(beside)
        # Only with the votes beside it is the statement column too narrow for these rows.
        for row in (self.target_row, self.head_right):
            row.setDirection(
                QBoxLayout.Direction.TopToBottom if beside else QBoxLayout.Direction.LeftToRight
            )
        self._on_why_toggle_toggled(self.why_toggle.isChecked())
        # The progress text would make the button row wider than a projector: the bar stays
        # (its tooltip has the text) while the votes are open beside the statement.
        self.progress_label.setVisible(not beside)
        self.progress.setToolTip(self.progress_label.text() if beside else "")
        self._fit_votes_side()

    def _fit_votes_side(self) -> None:
        """The side column is as wide as the panel needs (its scroll area does not ask)."""
        if self._votes_beside:
            bar = self.votes_side.verticalScrollBar().sizeHint().width()
            self.votes_side.setMinimumWidth(self.voting.minimumSizeHint().width() + bar + 4)

    def show_hint(self, text: str, *, attention: bool = False) -> None:
        """The line between ◀ and ▶: saved, changed, undone, end reached, nothing found."""
        self.saved_hint.setText(text)
        set_style_property(self.saved_hint, "attention", attention)

    @Slot(bool)
    def _on_votes_toggle_clicked(self, checked: bool) -> None:
        # Below the form the panel opens out of sight: bring it into view once it is laid out.
        if checked and not self._votes_beside:
            # With the view as context: a view closed in the meantime drops the call instead
            # of running it on a deleted layout.
            QTimer.singleShot(0, self, self.scroll_votes_into_view)

    def scroll_votes_into_view(self) -> None:
        self.page_layout.activate()
        self.scroll_area.ensureWidgetVisible(self.voting, 0, 0)
        # A panel taller than the view: at least its top (and the toggle above it) shows.
        self.scroll_area.ensureWidgetVisible(self.votes_toggle, 0, 0)

    @Slot(bool)
    def _on_why_toggle_toggled(self, checked: bool) -> None:
        self.why_text.setVisible(checked and bool(self.why_text.text()))
        self.help_text.setVisible(checked and bool(self.help_text.text()))
        # Beside the open votes the column is narrow: the short label (full one on hover).
        narrow = self.votes_side.isVisibleTo(self)
        text = self.tr("Hinweise") if narrow else self.tr("Hintergrund und Hinweise")
        self.why_toggle.setText(("▾ " if checked else "▸ ") + text)
        self.why_toggle.setToolTip(self.tr("Hintergrund und Hinweise") if narrow else "")

    def show_kind(self, kind: str | None, level: int | None) -> None:
        self.levels.set_selected(level if kind == "rated" else None)
        self.unknown_button.setChecked(kind == "unknown")
        self.not_relevant_button.setChecked(kind == "not_relevant")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if _is_plain_nav_key(event):
            self.keyPressEvent(event)  # type: ignore[arg-type]
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if text in ("0", "1", "2", "3", "4"):
            self.levelChosen.emit(int(text))
        elif text in ("n", "N"):
            self.kindChosen.emit("not_relevant")
        elif text == "?" or key == Qt.Key.Key_Question:
            self.kindChosen.emit("unknown")
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.nextRequested.emit()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.previousRequested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
