"""The export dialog: every format with its line, the choice remembered, errors shown."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop_app.reporting.exports import Format
from desktop_app.ui.background import ThreadPoolRunner
from desktop_app.ui.controllers.export_controller import ExportChoice, ExportController
from desktop_app.ui.views.assessment_view import TAB_PLAN
from desktop_app.ui.views.export_format_dialog import FORMATS, ExportFormatDialog

pytestmark = pytest.mark.gui


def choose(fmt: str, comments: bool = False):  # type: ignore[no-untyped-def]
    def handler(dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportFormatDialog)
        dialog.buttons[fmt].click()
        if comments:
            dialog.comments.setChecked(True)
        return True

    return handler


def test_dialog_offers_every_format_with_a_line_in_both_languages(qtbot, language) -> None:
    dialog = ExportFormatDialog()
    qtbot.addWidget(dialog)
    assert tuple(f.value for f in Format) == FORMATS  # every format, in the writers' order
    assert set(dialog.buttons) == set(FORMATS)
    german = {k: (b.text(), dialog.descriptions[k].text()) for k, b in dialog.buttons.items()}
    assert all(name and len(line) > 20 for name, line in german.values())
    assert dialog.selected() == "pdf"
    language.set("en")
    qtbot.waitUntil(lambda: dialog.buttons["docx"].text() == "Word action plan")
    english = {k: (b.text(), dialog.descriptions[k].text()) for k, b in dialog.buttons.items()}
    assert all(english[k] != german[k] for k in FORMATS), english
    assert dialog.buttons["csv"].accessibleDescription() == english["csv"][1]


def test_export_to_excel_remembers_the_choice(qtbot, make_window, workspace, demo_id, dialogs,
                                              tmp_path) -> None:
    import openpyxl

    window = make_window(workspace)
    window.open_assessment(demo_id)
    window.show_tab(TAB_PLAN)
    export = window.assessment.export
    export._choice = ExportChoice()  # noqa: SLF001 - a fresh session
    dialogs.dialog_handlers.append(choose("xlsx"))
    dialogs.files.append(tmp_path / "plan")  # no suffix: the app adds .xlsx
    with qtbot.waitSignal(export.finished) as blocker:
        qtbot.mouseClick(window.assessment.view.plan.export_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "plan.xlsx"
    assert blocker.args == [target]
    assert openpyxl.load_workbook(target).sheetnames == ["Maßnahmenplan", "Antworten"]
    assert export.dialog.open_button.isVisible() and export.dialog.heading.text() == "Datei fertig"
    assert dialogs.asked[-1][0] == "save_file" and dialogs.asked[-1][2].endswith(".xlsx")
    # The next export starts from the last choice.
    seen: list[str] = []

    def look(dialog: QDialog) -> bool:
        seen.append(dialog.selected())  # type: ignore[attr-defined]
        return False

    dialogs.dialog_handlers.append(look)
    window.export_action.trigger()
    assert seen == ["xlsx"]


def test_calendar_export_says_what_it_left_out_and_csv_takes_comments(
        qtbot, make_window, workspace, demo_id, dialogs, tmp_path) -> None:
    window = make_window(workspace)
    window.open_assessment(demo_id)
    export = window.assessment.export
    export._choice = ExportChoice()  # noqa: SLF001
    dialogs.dialog_handlers.append(choose("ics"))
    dialogs.files.append(tmp_path / "termine.ics")
    with qtbot.waitSignal(export.finished):
        window.export_action.trigger()
    assert (tmp_path / "termine.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    dialogs.dialog_handlers.append(choose("csv", comments=True))
    dialogs.files.append(tmp_path / "daten.csv")
    with qtbot.waitSignal(export.finished):
        window.export_action.trigger()
    rows = list(csv.reader(io.StringIO((tmp_path / "daten.csv").read_text("utf-8-sig")),
                           delimiter=";"))
    assert rows[0][-1] == "comment"


def test_template_error_is_shown_and_nothing_written(qtbot, make_window, workspace, demo_id,
                                                     dialogs, tmp_path) -> None:
    workspace.decision_template().parent.mkdir(parents=True)
    import docx

    doc = docx.Document()
    doc.add_paragraph("{{ betreff | gross }}")
    doc.save(str(workspace.decision_template()))
    window = make_window(workspace)
    window.open_assessment(demo_id)
    export = window.assessment.export
    dialogs.dialog_handlers.append(choose("beschlussvorlage"))
    dialogs.files.append(tmp_path / "beschluss.docx")
    with qtbot.waitSignal(export.finished) as blocker:
        window.export_action.trigger()
    assert blocker.args == [None]
    text = export.dialog.status.text()
    assert "unbekannten Filter „gross“" in text and "Absatz 1" in text
    assert not (tmp_path / "beschluss.docx").exists()


def test_export_runs_off_the_gui_thread(qtbot, workspace, demo_id, dialogs, language,
                                        tmp_path) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    export = ExportController(parent, workspace, demo_id, language, dialogs,
                              ThreadPoolRunner(), choice=ExportChoice())
    with qtbot.waitSignal(export.finished, timeout=60_000) as blocker:
        export.start_export(tmp_path / "plan.html", "html")
    assert blocker.args == [tmp_path / "plan.html"]
    assert (tmp_path / "plan.html").read_text("utf-8").startswith("<!DOCTYPE html>")


def test_dialog_is_used_by_keyboard_alone(qtbot) -> None:
    dialog = ExportFormatDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.select("xlsx")
    assert dialog.focusWidget() is dialog.buttons["xlsx"]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)  # arrows move within the formats
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
    assert dialog.selected() == "csv" and dialog.focusWidget() is dialog.buttons["csv"]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # then on to the comments
    assert dialog.focusWidget() is dialog.comments
    qtbot.keyClick(dialog.comments, Qt.Key.Key_Space)
    assert dialog.comments.isChecked()
    qtbot.keyClick(dialog.comments, Qt.Key.Key_Return)  # Enter continues
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_dialog_says_which_decision_paper_template_is_filled(qtbot, language, tmp_path) -> None:
    where = tmp_path / "vorlagen" / "beschlussvorlage.docx"
    missing = ExportFormatDialog(None, where, False)
    found = ExportFormatDialog(None, where, True)
    for dialog in (missing, found):
        qtbot.addWidget(dialog)
    assert "eingebaute" in missing.template_hint.text()
    assert str(where) in missing.template_hint.text()
    assert found.template_hint.text().startswith("Eigene Vorlage der Kommune wird verwendet")
    assert str(where) in found.buttons["beschlussvorlage"].accessibleDescription()
    language.set("en")
    qtbot.waitUntil(lambda: found.template_hint.text().startswith("The municipality's own"))
    assert "built-in" in missing.template_hint.text()
