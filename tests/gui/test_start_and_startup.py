"""Start screen actions, start-up imports and the database error path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.assessment import NewAssessment
from desktop_app.services.workspace import Workspace

pytestmark = pytest.mark.gui


def test_demo_export_import_reassess_delete(qtbot, make_window, workspace, dialogs, tmp_path):
    window = make_window(workspace)
    sv = window.start_view
    assert sv.empty_hint.isVisible() and not sv.open_button.isEnabled()
    qtbot.mouseClick(sv.demo_button, Qt.MouseButton.LeftButton)
    demo = window.start.selected_id()
    assert demo is not None and sv.open_button.isEnabled()

    exported = tmp_path / "demo.wandelkompass.json"
    dialogs.files.append(exported)
    qtbot.mouseClick(sv.export_button, Qt.MouseButton.LeftButton)
    assert json.loads(exported.read_text(encoding="utf-8"))
    # Importing the same file again offers to merge it or to import a copy; declining
    # changes nothing, merging it finds nothing new, a copy is a second assessment.
    dialogs.files.append(exported)
    dialogs.choices.append(None)
    qtbot.mouseClick(sv.import_button, Qt.MouseButton.LeftButton)
    assert len(workspace.list_assessments()) == 1
    assert dialogs.asked[-1][0] == "choose" and "Als Kopie" in dialogs.asked[-1][2]
    dialogs.files.append(exported)
    dialogs.choices.append(0)
    qtbot.mouseClick(sv.import_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked[-1][:2] == ("inform", "Zusammengeführt")
    assert len(workspace.list_assessments()) == 1
    dialogs.files.append(exported)
    dialogs.choices.append(1)
    qtbot.mouseClick(sv.import_button, Qt.MouseButton.LeftButton)
    assert len(workspace.list_assessments()) == 2

    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    dialogs.files.append(broken)
    qtbot.mouseClick(sv.import_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked[-1][0] == "error" and dialogs.asked[-1][2]

    window.start.select(demo)
    dialogs.confirms.append(True)
    qtbot.mouseClick(sv.reassess_button, Qt.MouseButton.LeftButton)
    assert window.assessment is not None
    repeat = window.assessment.assessment_id
    assert workspace.list_assessments()[0].previous_id in (demo, None)
    assert any(s.previous_id == demo for s in workspace.list_assessments())
    qtbot.mouseClick(window.assessment.view.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is sv
    assert window.start.selected_id() == repeat

    dialogs.confirms.append(False)
    qtbot.mouseClick(sv.delete_button, Qt.MouseButton.LeftButton)
    assert len(workspace.list_assessments()) == 3
    dialogs.confirms.append(True)
    qtbot.mouseClick(sv.delete_button, Qt.MouseButton.LeftButton)
    assert repeat not in {s.id for s in workspace.list_assessments()}


def test_controls_have_accessible_names(qtbot, make_window, workspace, demo_id):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QWidget,
    )

    window = make_window(workspace)
    window.open_assessment(demo_id)
    for tab in range(3):
        window.show_tab(tab)
    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractItemView)
    unnamed = [
        f"{type(w).__name__}:{w.objectName()}"
        for w in window.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(window)
        and not w.accessibleName()
        # Qt's own sub-widgets (line edit in a combo, spin box, scroll bars, tab bar buttons)
        and not isinstance(w.parent(), QComboBox)
        and not isinstance(w, QHeaderView)
        and w.objectName() != "qt_spinbox_lineedit"
        and not w.objectName().startswith("qt_")
    ]
    assert unnamed == []


def _run_app(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = (
        "import sys\n"
        "from desktop_app.cli import main\n"
        f"rc = main({args!r} + ['--data-dir', {str(data_dir)!r}])\n"
        "heavy = [m for m in ('matplotlib', 'reportlab', 'jsonschema', 'alembic', "
        "'sqlalchemy') "
        "if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
        "sys.exit(rc)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )


def test_exit_after_startup_imports_nothing_heavy(tmp_path):
    data = tmp_path / "data"
    ws = Workspace(data)
    ws.create_demo("de")
    ws.close()
    proc = _run_app(["--exit-after-startup"], data)
    assert proc.returncode == 0, proc.stderr
    assert "HEAVY []" in proc.stdout


def test_damaged_database_is_moved_aside_and_the_newest_backup_restored(
    qtbot, make_window, dialogs, data_dir
):
    ws = Workspace(data_dir)
    ws.create_demo("de")
    ws.close()  # closing takes the automatic backup
    db = data_dir / "wandelkompass.sqlite3"
    db.write_bytes(b"this is not sqlite" * 100)

    ws = Workspace(data_dir)
    try:
        window = make_window(ws, load=False)
        dialogs.confirms.append(True)  # "restore the backup from …?"
        assert window.load_data()
        kinds = [kind for kind, _title, _text in dialogs.asked]
        assert kinds[:1] == ["confirm"]
        assert dialogs.confirm_defaults[0] is True  # Enter restores
        assert "wandelkompass.sqlite3" in dialogs.asked[0][2]
        assert "wiederherstellen (empfohlen)" in dialogs.asked[0][2]
        assert list(data_dir.glob("wandelkompass.sqlite3.damaged-*"))  # kept, not deleted
        assert [s.municipality for s in ws.list_assessments()] == ["Stadt Lindenfeld (Demo)"]
        assert window.start.selected_id() is not None
    finally:
        ws.close()


def test_damaged_database_without_backup_continues_empty(qtbot, make_window, dialogs, data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "wandelkompass.sqlite3").write_bytes(b"this is not sqlite" * 100)
    ws = Workspace(data_dir)
    try:
        window = make_window(ws, load=False)
        assert window.load_data()
        assert [kind for kind, _t, _x in dialogs.asked] == ["error"]
        assert window.start_view.empty_hint.isVisible()
    finally:
        ws.close()


def test_restore_from_the_menu_replaces_current_data(qtbot, make_window, dialogs, data_dir):
    ws = Workspace(data_dir)
    try:
        window = make_window(ws)
        first = ws.create_demo("de")
        dialogs.confirms.append(False)  # "open the folder now?"
        window.backup_action.trigger()  # manual backup holding one assessment
        assert dialogs.asked[-1][0] == "confirm"
        ws.create_demo("de")
        window.start.refresh()
        assert len(ws.list_assessments()) == 2
        manual = [i for i, b in enumerate(ws.list_backups()) if b.kind == "manual"][0]
        dialogs.choices.append(manual)
        dialogs.confirms.append(True)
        window.restore_action.trigger()
        assert [s.id for s in ws.list_assessments()] == [first]
        assert any(b.kind == "pre-restore" for b in ws.list_backups())  # nothing lost
        assert window.progress_label.text() == ""
    finally:
        ws.close()


def test_second_instance_is_told_and_exits(qapp, tmp_path, monkeypatch):
    from desktop_app.storage.instance_lock import acquire
    from desktop_app.ui import app as app_module
    from desktop_app.ui.dialogs import QtDialogs

    data = tmp_path / "data"
    shown: list[str] = []
    monkeypatch.setattr(QtDialogs, "error", lambda self, parent, title, text: shown.append(text))
    with acquire(data):
        assert app_module.run_gui(data_dir=data, lang="de") == 1
    assert shown and "bereits geöffnet" in shown[0]


@pytest.mark.parametrize("municipality", ["../../CON", "Stadt: A/B*?"])
def test_proposed_file_names_stay_in_the_folder_and_are_valid(
    qtbot, make_window, workspace, dialogs, municipality
):
    from datetime import date

    from desktop_app.domain.assessment import Phase
    from tests.test_safe_file_name import assert_one_safe_component

    aid = workspace.create_assessment(NewAssessment(
        municipality=municipality, project="P", phase=Phase.PLANNING, held_on=date(2026, 5, 4)
    ))
    window = make_window(workspace)
    window.start.select(aid)
    dialogs.files.append(None)  # the exchange file: cancel the save dialog
    qtbot.mouseClick(window.start_view.export_button, Qt.MouseButton.LeftButton)
    window.open_assessment(aid)
    dialogs.confirms.append(True)  # "nothing answered yet – PDF anyway?"
    dialogs.files.append(None)  # the PDF: cancel too
    window.pdf_action.trigger()
    dialogs.files.append(None)  # the backup copy (a fixed name, through the same function)
    window.backup_copy_action.trigger()
    proposed = [Path(text) for kind, _title, text in dialogs.asked if kind == "save_file"]
    assert len(proposed) == 3
    assert proposed[0].parent == Path.home()
    assert_one_safe_component(proposed[0].name, ".wandelkompass.json")
    assert_one_safe_component(proposed[1].name, ".pdf")
    assert_one_safe_component(proposed[2].name, ".sqlite3")
    assert "2026-05-04" in proposed[0].name and "2026-05-04" in proposed[1].name
