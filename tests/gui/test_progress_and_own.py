"""The comparison screen and the form for the team's own statements, driven by keyboard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QWidget

from desktop_app.domain.progress import ReviewStatus
from desktop_app.services import progress as progress_service
from desktop_app.services.workspace import Workspace
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.views.own_statement_dialog import OwnStatementDialog
from desktop_app.ui.views.progress_dialog import ProgressDialog
from tests.gui.conftest import ScriptedDialogs
from tests.report_helpers import pdf_pages, squash

pytestmark = pytest.mark.gui


def _activate(qtbot: Any, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _tab_until(qtbot: Any, dialog: QDialog, widget: object, limit: int = 60) -> bool:
    """Press Tab until ``widget`` has the focus; False if it never gets it."""
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return True
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
    return QApplication.focusWidget() is widget


def test_the_comparison_screen_shows_the_chain_and_confirms_the_reviews(
        qtbot: Any, workspace: Workspace, dialogs: ScriptedDialogs,
        make_window: Callable[..., MainWindow], tmp_path: Path) -> None:
    ids = workspace.create_demo_chain("de")
    window = make_window(workspace)
    window.open_assessment(ids[2])
    seen: dict[str, Any] = {}

    def handle(dialog: QDialog) -> bool:
        assert isinstance(dialog, ProgressDialog)
        _activate(qtbot, dialog)
        # The predecessor is chosen; the earlier ones can be picked.
        assert dialog.compare_with.count() == 2
        assert dialog.compare_with.currentData() == ids[1]
        seen["headline"] = dialog.headline.text()
        seen["rows"] = dialog.deltas.rowCount()
        combos = [dialog.reviews.cellWidget(r, 2) for r in range(dialog.reviews.rowCount())]
        assert combos and all(isinstance(c, QComboBox) for c in combos)
        # Keyboard: from the chooser, Tab reaches an outcome and the confirm button.
        dialog.compare_with.setFocus()
        assert _tab_until(qtbot, dialog, combos[0])
        combo = combos[0]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(ReviewStatus.DROPPED.value))
        seen["key"] = progress_service.reviews(workspace, ids[2])[0][0].key
        assert _tab_until(qtbot, dialog, dialog.confirm_button)
        qtbot.keyClick(dialog.confirm_button, Qt.Key.Key_Space)
        # Another earlier assessment: the whole screen follows.
        dialog.compare_with.setCurrentIndex(dialog.compare_with.findData(ids[0]))
        seen["headline_first"] = dialog.headline.text()
        dialogs.files.append(tmp_path / "fortschritt")
        assert _tab_until(qtbot, dialog, dialog.pdf_button)
        qtbot.keyClick(dialog.pdf_button, Qt.Key.Key_Space)
        return False

    dialogs.dialog_handlers.append(handle)
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert "Gesamt-Reifegrad" in seen["headline"]
    assert seen["headline_first"] != seen["headline"]
    assert seen["rows"] >= 1 + 3 + 10  # overall, the categories, every dimension
    items = {i.key: i for i in progress_service.reviews(workspace, ids[2])[0]}
    assert all(i.confirmed for i in items.values())
    assert items[seen["key"]].status is ReviewStatus.DROPPED
    pdf = tmp_path / "fortschritt.pdf"
    assert dialogs.asked[-1][0] == "inform", dialogs.asked
    assert "Fortschrittsbericht" in squash(pdf_pages(pdf)[0])
    assert ("inform", "Fortschritt seit der letzten Erhebung",
            f"Der Fortschrittsbericht wurde gespeichert:\n{pdf}") in dialogs.asked


def test_without_an_earlier_assessment_the_screen_says_what_to_do(
        qtbot: Any, workspace: Workspace, demo_id: int, dialogs: ScriptedDialogs,
        make_window: Callable[..., MainWindow]) -> None:
    window = make_window(workspace)
    window.open_assessment(demo_id)
    window.progress_action.trigger()
    kind, _, text = dialogs.asked[-1]
    assert kind == "inform" and "erneute Erhebung" in text


def _fill(qtbot: Any, dialog: OwnStatementDialog) -> None:
    qtbot.keyClicks(dialog.text_de, "Die Fachaemter teilen ihre Geodaten.")
    for n, edit in enumerate(dialog.levels):
        qtbot.keyClicks(edit, f"Stufe {n}: Geodaten")
    qtbot.keyClicks(dialog.measure_title, "Geodaten-Plattform einrichten")


def test_the_form_checks_previews_and_saves_an_own_statement(
        qtbot: Any, workspace: Workspace, demo_id: int, dialogs: ScriptedDialogs,
        make_window: Callable[..., MainWindow]) -> None:
    window = make_window(workspace)
    window.open_assessment(demo_id)
    asked_before = len(workspace.guideline_for(demo_id).statements)

    def handle(dialog: QDialog) -> bool:
        assert isinstance(dialog, OwnStatementDialog)
        _activate(qtbot, dialog)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert not save.isEnabled()
        assert "darf nicht leer sein" in dialog.problems.text()
        # Alt+A reaches the statement's text by its label.
        qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is dialog.text_de
        _fill(qtbot, dialog)
        assert dialog.problems.text() == ""
        assert save.isEnabled()
        assert "Geodaten-Plattform einrichten" in dialog.preview.text()
        assert "X1  Die Fachaemter teilen ihre Geodaten." in dialog.preview.text()
        # Two levels with the same text are refused before anything is written.
        dialog.levels[1].setText(dialog.levels[0].text())
        assert not save.isEnabled() and "Stufe 1" in dialog.problems.text()
        dialog.levels[1].setText("Stufe 1: anders")
        return True

    dialogs.dialog_handlers.append(handle)
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    own = workspace.own_statements(demo_id)
    assert [s.id for s in own] == ["X1"]
    assert own[0].measures[0].title.de == "Geodaten-Plattform einrichten"
    assert len(workspace.guideline_for(demo_id).statements) == asked_before + 1
    # The reopened walk-through asks it.
    assert window.assessment is not None
    assert "X1" in [s.id for s in window.assessment.walkthrough.guideline.statements]


def test_the_form_speaks_english(qtbot: Any, language: Any) -> None:
    language.set("en")
    dialog = OwnStatementDialog("en", "X1", set(), set())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Own statement X1"
    assert dialog.labels["level0"].text() == "Level &0:"
    assert "must not be empty" in dialog.problems.text()
    progress = ProgressDialog()
    qtbot.addWidget(progress)
    assert progress.pdf_button.text() == "&Progress report (PDF) …"


def test_a_failed_save_of_an_own_statement_is_shown(
        qtbot: Any, workspace: Workspace, demo_id: int, dialogs: ScriptedDialogs,
        make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.domain.own import OwnProblem
    from desktop_app.storage.own_store import InvalidOwnStatement

    window = make_window(workspace)
    window.open_assessment(demo_id)

    def refuse(*_: object) -> None:
        raise InvalidOwnStatement([OwnProblem("id", "id_taken", (("id", "X1"),))])

    monkeypatch.setattr(workspace, "save_own_statement", refuse)

    def handle(dialog: QDialog) -> bool:
        assert isinstance(dialog, OwnStatementDialog)
        _fill(qtbot, dialog)
        return True

    dialogs.dialog_handlers.append(handle)
    window.own_statement_action.trigger()
    kind, _, text = dialogs.asked[-1]
    assert kind == "error"
    assert "nicht gespeichert" in text and "„X1“ ist schon vergeben" in text
    assert workspace.own_statements(demo_id) == []
