"""The conflict screen: a merge's conflicts decided by keyboard, from the start screen."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.merge import Edited, Pick
from desktop_app.domain.plan import PlanEntry
from desktop_app.services.workspace import Workspace
from desktop_app.ui.controllers.conflict_controller import ConflictController
from desktop_app.ui.models.conflict_table_model import (
    COL_CHOICE,
    COL_FIELD,
    COL_SUBJECT,
    CONFLICT_ID_ROLE,
    DECIDED_ROLE,
    ConflictTableModel,
)
from desktop_app.ui.views.conflict_dialog import ConflictDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def other_laptop(tmp_path: Path, workspace: Workspace, demo_id: int) -> Iterator[Workspace]:
    """The demo, carried to a second laptop, both then changing the same things apart."""
    other = Workspace(tmp_path / "other")
    other.import_file(workspace.export(demo_id, tmp_path / "start.json"))
    for ws, level, comment, owner in ((workspace, 1, "Hier", "CDO"),
                                      (other, 3, "Dort", "Personalamt")):
        ws.save_answer(demo_id, Answer("A1", AnswerKind.RATED, level, comment=comment))
        entry = ws.plan_entries(demo_id)[0]
        ws.save_plan_entry(demo_id, PlanEntry(entry.key, owner=owner))
    other.save_answer(demo_id, Answer("B1", AnswerKind.UNKNOWN))  # no conflict: taken
    yield other
    other.close()


def counts(ws: Workspace) -> dict[str, int]:
    con = sqlite3.connect(ws.database_path)
    try:
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("answer", "vote", "plan_entry", "tombstone", "import_log")}
    finally:
        con.close()


def test_the_conflict_model_passes_the_model_tester(
    qtmodeltester: Any, workspace: Workspace, demo_id: int, other_laptop: Workspace,
    tmp_path: Path,
) -> None:
    plan = workspace.plan_merge(other_laptop.export(demo_id, tmp_path / "b.json"))
    model = ConflictTableModel()
    model.load(list(plan.conflicts), workspace.guideline, "de")
    qtmodeltester.check(model)
    assert model.rowCount() == len(plan.conflicts) == 3
    fields = {model.index(r, COL_FIELD).data() for r in range(3)}
    assert fields == {"Einschätzung (Konsens)", "Kommentar", "Verantwortlich"}
    assert model.index(0, COL_SUBJECT).data().startswith("A1 – ")
    assert model.index(0, COL_CHOICE).data() == "offen"
    assert model.index(0, 0).data(DECIDED_ROLE) is False
    model.set_choice(0, Pick.THEIRS)
    assert model.index(0, COL_CHOICE).data() == "Datei"
    assert model.index(0, 0).data(DECIDED_ROLE) is True
    assert model.next_undecided(0) == 1 and model.decided() == 1
    comment_row = next(r for r in range(3) if model.conflict(r).field == "comment")
    model.set_choice(comment_row, Edited("beides"))
    assert model.index(comment_row, COL_CHOICE).data() == "eigener Wert"
    with pytest.raises(ValueError):  # a rating is picked, never typed in
        model.set_choice(0, Edited("3"))
    model.set_language("en")
    assert model.index(0, COL_FIELD).data() == "Rating (consensus)"
    assert model.choices() == {model.index(0, 0).data(CONFLICT_ID_ROLE): Pick.THEIRS,
                               model.conflict(comment_row).id: Edited("beides")}
    qtmodeltester.check(model)


def _key(qtbot: Any, widget: Any, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier
         ) -> None:
    qtbot.keyClick(widget, key, modifier)
    QApplication.processEvents()


def test_conflicts_are_decided_by_keyboard_from_the_start_screen(
    qtbot: Any, make_window: Any, workspace: Workspace, demo_id: int, dialogs: Any,
    other_laptop: Workspace, tmp_path: Path,
) -> None:
    window = make_window(workspace)
    file_b = other_laptop.export(demo_id, tmp_path / "b.json")
    seen: dict[str, Any] = {}

    def decide(dialog: QDialog) -> bool:
        assert isinstance(dialog, ConflictDialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        table = dialog.table
        assert table.hasFocus()
        seen["progress"] = [dialog.progress.text()]
        assert not dialog.apply_button.isEnabled()
        rows = {dialog.model.conflict(r).field: r for r in range(dialog.model.rowCount())}
        # Row by row, in the table's order: 2 (the file), → … ← (this device), and for the
        # comment a typed value taken with Ctrl+Enter.
        for _ in range(3):
            row = table.selectionModel().selectedRows()[0].row()
            field = dialog.model.conflict(row).field
            seen.setdefault("subjects", []).append(dialog.subject.text())
            if field == "consensus":
                _key(qtbot, table, Qt.Key.Key_2)
                assert dialog.theirs.take_button.isChecked()
                assert not dialog.mine.take_button.isChecked()
            elif field == "owner":
                _key(qtbot, table, Qt.Key.Key_Right)
                _key(qtbot, table, Qt.Key.Key_Left)  # changed their mind: this device
                assert dialog.mine.take_button.isChecked()
            else:
                assert dialog.edit.isVisible()
                assert "Hier" in dialog.mine.value.toPlainText()
                assert "Dort" in dialog.theirs.value.toPlainText()
                dialog.edit.setFocus()
                dialog.edit.selectAll()
                qtbot.keyClicks(dialog.edit, "Hier 12, dort 3")  # digits type, never pick
                assert dialog.model.choice(row) is None
                _key(qtbot, dialog.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
                assert dialog.model.choice(row) == Edited("Hier 12, dort 3")
            seen["progress"].append(dialog.progress.text())
            _key(qtbot, table, Qt.Key.Key_Return)  # to the next open conflict
        assert dialog.apply_button.isEnabled() and dialog.apply_button.hasFocus()
        assert set(rows) == {"consensus", "comment", "owner"}
        _key(qtbot, dialog.apply_button, Qt.Key.Key_Return)  # Enter on "Zusammenführen"
        return dialog.result() == QDialog.DialogCode.Accepted

    before = counts(workspace)
    dialogs.files.append(file_b)
    dialogs.choices.append(0)  # "Zusammenführen …"
    dialogs.dialog_handlers.append(decide)
    qtbot.mouseClick(window.start_view.import_button, Qt.MouseButton.LeftButton)

    assert seen["progress"] == ["0 von 3 entschieden", "1 von 3 entschieden",
                                "2 von 3 entschieden", "3 von 3 entschieden"]
    assert dialogs.asked[-1][:2] == ("inform", "Zusammengeführt")
    answers = workspace.answers(demo_id).answers
    assert (answers["A1"].level, answers["A1"].comment) == (3, "Hier 12, dort 3")
    assert answers["B1"].kind is AnswerKind.UNKNOWN
    assert workspace.plan_entries(demo_id)[0].owner == "CDO"
    after = counts(workspace)
    assert after["import_log"] == before["import_log"] + 1
    assert workspace.import_log(demo_id)[-1].conflicts == 3
    assert window.start.selected_id() == demo_id


def test_cancelling_the_conflict_screen_writes_nothing(
    qtbot: Any, make_window: Any, workspace: Workspace, demo_id: int, dialogs: Any,
    other_laptop: Workspace, tmp_path: Path,
) -> None:
    window = make_window(workspace)
    file_b = other_laptop.export(demo_id, tmp_path / "b.json")

    def decide_one_then_escape(dialog: QDialog) -> bool:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        _key(qtbot, dialog.table, Qt.Key.Key_1)
        assert dialog.progress.text() == "1 von 3 entschieden"
        _key(qtbot, dialog.table, Qt.Key.Key_Escape)
        return dialog.result() == QDialog.DialogCode.Accepted

    before = counts(workspace), workspace.answers(demo_id).answers["A1"]
    dialogs.files.append(file_b)
    dialogs.choices.append(0)
    dialogs.dialog_handlers.append(decide_one_then_escape)
    qtbot.mouseClick(window.start_view.import_button, Qt.MouseButton.LeftButton)
    assert (counts(workspace), workspace.answers(demo_id).answers["A1"]) == before
    assert not [a for a in dialogs.asked if a[0] in ("inform", "error")]


def test_the_screen_speaks_english_and_names_devices_and_times(
    qtbot: Any, language: Any, workspace: Workspace, demo_id: int, other_laptop: Workspace,
    tmp_path: Path,
) -> None:
    language.set("en")
    plan = workspace.plan_merge(other_laptop.export(demo_id, tmp_path / "b.json"))
    dialog = ConflictDialog()
    qtbot.addWidget(dialog)
    ConflictController(dialog, plan, workspace.guideline, workspace.db.device, language)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.progress.text() == "0 of 3 decided"
    assert dialog.apply_button.text() == "&Merge"
    assert dialog.mine.origin.text().startswith("this device, ")
    assert dialog.theirs.origin.text().startswith(f"device {other_laptop.db.device[:8]}, ")
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Statement / measure"


def test_an_own_value_starts_from_the_side_picked(
    qtbot: Any, language: Any, workspace: Workspace, demo_id: int, other_laptop: Workspace,
    tmp_path: Path,
) -> None:
    plan = workspace.plan_merge(other_laptop.export(demo_id, tmp_path / "b.json"))
    dialog = ConflictDialog()
    qtbot.addWidget(dialog)
    controller = ConflictController(
        dialog, plan, workspace.guideline, workspace.db.device, language
    )
    with qtbot.waitExposed(dialog):
        dialog.show()
    row = next(r for r in range(dialog.model.rowCount())
               if dialog.model.conflict(r).field == "comment")
    dialog.table.selectRow(row)
    assert dialog.edit.toPlainText() == "Hier"  # open: this device's value
    dialog.table.setFocus()
    _key(qtbot, dialog.table, Qt.Key.Key_2)
    assert dialog.model.choice(row) is Pick.THEIRS
    assert dialog.edit.toPlainText() == "Dort"
    _key(qtbot, dialog.table, Qt.Key.Key_1)
    assert dialog.edit.toPlainText() == "Hier"
    assert controller.choices == {dialog.model.conflict(row).id: Pick.MINE}
