"""Export: ask for the format and the target, write off the GUI thread, offer to open it.

The PDF has its own menu entry and button (it goes straight to the save dialog); the export
dialog offers every format, and remembers the last choice for the rest of the session.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QUrl, Signal, Slot
from PySide6.QtWidgets import QWidget

from desktop_app.fileio import TargetNotWritable, safe_file_name
from desktop_app.reporting.exports import SUFFIX
from desktop_app.services.workspace import Workspace
from desktop_app.texts import tn
from desktop_app.ui.background import Runner
from desktop_app.ui.dialogs import Dialogs
from desktop_app.ui.i18n import Language
from desktop_app.ui.views.export_dialog import ExportDialog
from desktop_app.ui.views.export_format_dialog import ExportFormatDialog, format_texts


@dataclass
class ExportChoice:
    """The format last chosen; one object lives as long as the app (the session)."""

    format: str = "pdf"
    include_comments: bool = False


SESSION_CHOICE = ExportChoice()

SUFFIXES = {fmt.value: suffix for fmt, suffix in SUFFIX.items()}


def step_text(step: str) -> str:
    """The PDF builder reports step keys; show them as words."""
    steps = {
        "evaluate": QCoreApplication.translate(
            "ExportController", "Antworten werden ausgewertet …"
        ),
        "summary": QCoreApplication.translate(
            "ExportController", "Zusammenfassung für die Leitung …"
        ),
        "results": QCoreApplication.translate("ExportController", "Ergebnisse und Diagramme …"),
        "measures": QCoreApplication.translate("ExportController", "Maßnahmen …"),
        "appendix": QCoreApplication.translate("ExportController", "Anhang …"),
        "layout": QCoreApplication.translate("ExportController", "Seiten werden gesetzt …"),
        "write": QCoreApplication.translate("ExportController", "Datei wird geschrieben …"),
        "done": QCoreApplication.translate("ExportController", "Fertig."),
    }
    return steps.get(step, QCoreApplication.translate("ExportController", "Bitte warten …"))


def not_writable_text(exc: TargetNotWritable) -> str:
    reasons = {
        "locked": QCoreApplication.translate(
            "ExportController",
            "Die Datei ist in einem anderen Programm geöffnet (z. B. im PDF-Betrachter). "
            "Bitte schließen Sie sie dort oder wählen Sie einen anderen Namen.",
        ),
        "read_only": QCoreApplication.translate(
            "ExportController",
            "In diesen Ordner darf nicht geschrieben werden. Bitte wählen Sie z. B. "
            "den Ordner „Dokumente“.",
        ),
        "disk_full": QCoreApplication.translate(
            "ExportController",
            "Der Datenträger ist voll. Bitte schaffen Sie Platz oder wählen Sie "
            "ein anderes Laufwerk.",
        ),
        "missing_folder": QCoreApplication.translate(
            "ExportController",
            "Der Ordner existiert nicht (mehr). Bitte wählen Sie einen anderen Ordner.",
        ),
    }
    reason = reasons.get(
        exc.reason,
        QCoreApplication.translate(
            "ExportController", "Die Datei konnte nicht geschrieben werden."
        ),
    )
    return QCoreApplication.translate(
        "ExportController",
        "{path} konnte nicht gespeichert werden.\n{reason}\nEine bereits vorhandene "
        "Datei ist unverändert.",
    ).format(path=exc.path, reason=reason)


def suggested_name(municipality: str, held_on_iso: str, fmt: str = "pdf") -> str:
    names = {
        "beschlussvorlage": QCoreApplication.translate("ExportController", "Beschlussvorlage"),
        "csv": QCoreApplication.translate("ExportController", "Forschungsdaten"),
        "ics": QCoreApplication.translate("ExportController", "Termine"),
    }
    stem = names.get(fmt) or QCoreApplication.translate("ExportController", "Massnahmenplan")
    return safe_file_name(f"{stem}_{municipality}_{held_on_iso}", SUFFIXES[fmt])


def file_filter(fmt: str) -> str:
    """``Word-Maßnahmenplan (*.docx)``: the save dialog's filter for ``fmt``."""
    return f"{format_texts()[fmt][0]} (*{SUFFIXES[fmt]})"


class ExportController(QObject):
    finished = Signal(object)  # Path on success, None on failure

    def __init__(
        self,
        parent_widget: QWidget,
        workspace: Workspace,
        assessment_id: int,
        language: Language,
        dialogs: Dialogs,
        runner: Runner,
        parent: QObject | None = None,
        choice: ExportChoice | None = None,
    ) -> None:
        super().__init__(parent)
        self._choice = choice or SESSION_CHOICE
        self.format_dialog: ExportFormatDialog | None = None
        self._parent = parent_widget
        self._ws = workspace
        self._id = assessment_id
        self._language = language
        self._dialogs = dialogs
        self._runner = runner
        self.dialog: ExportDialog | None = None
        self.last_path: Path | None = None

    def export_formats(self) -> None:
        """Ask for the format (every one on offer), then for the file, then write it."""
        template = self._ws.decision_template()
        dialog = self.format_dialog = ExportFormatDialog(
            self._parent, template, template.is_file())
        dialog.select(self._choice.format)
        dialog.comments.setChecked(self._choice.include_comments)
        dialog.comments.setEnabled(self._choice.format == "csv")
        dialog.group.idToggled.connect(
            lambda _id, _on: dialog.comments.setEnabled(dialog.selected() == "csv"))
        if not self._dialogs.run(dialog):
            return
        self._choice.format = dialog.selected()
        self._choice.include_comments = dialog.comments.isChecked()
        self._export(self._choice.format, self._choice.include_comments)

    def export_pdf(self) -> None:
        self._export("pdf", False)

    def _export(self, fmt: str, include_comments: bool) -> None:
        answers = list(self._ws.answers(self._id).answers.values())
        title = format_texts()[fmt][0]
        if not any(a.effective()[0] is not None for a in answers) and not self._dialogs.confirm(
            self._parent,
            title,
            QCoreApplication.translate(
                "ExportController",
                "Noch keine Aussage beantwortet – trotzdem PDF erstellen?\n\n"
                "Der Bericht enthielte dann nur leere Ergebnisse und keine Maßnahmen.",
            ),
        ):
            return
        missing = len(self._ws.consensus_missing(self._id))
        if missing and not self._dialogs.confirm(
            self._parent,
            title,
            tn("count.consensus_missing", missing, self._language.code)
            + ".\n\n"
            + QCoreApplication.translate(
                "ExportController",
                "Der Bericht bewertet sie vorläufig mit dem Median der Stimmen und kennzeichnet "
                "sie als „Konsens fehlt“. Trotzdem jetzt erstellen?",
            ),
        ):
            return
        info = self._ws.info(self._id)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / suggested_name(
            info.municipality, info.held_on.isoformat(), fmt
        )
        if fmt == "pdf":
            caption = QCoreApplication.translate("ExportController", "PDF-Maßnahmenplan speichern")
            filters = QCoreApplication.translate("ExportController", "PDF-Dateien (*.pdf)")
        else:
            caption = QCoreApplication.translate("ExportController", "{what} speichern").format(
                what=title)
            filters = file_filter(fmt)
        target = self._dialogs.save_file(self._parent, caption, suggested, filters)
        if target is None:
            return
        suffix = SUFFIXES[fmt]
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        if fmt == "pdf":
            self.start(target)
        else:
            self.start_export(target, fmt, include_comments)

    def start(self, target: Path) -> None:
        self._show_progress(generic=False)
        # The report is written in the language chosen for this assessment (its details),
        # which may differ from the language of the screen.
        self._runner.run(
            lambda progress: self._ws.write_report(self._id, target, None, progress),
            self._on_done,
            self._on_error,
            self._on_progress,
        )

    def start_export(self, target: Path, fmt: str, include_comments: bool = False) -> None:
        """Write any format off the GUI thread (the PDF has its own path, :meth:`start`)."""
        from desktop_app.reporting.exports import Format

        self._show_progress(generic=True)
        self._runner.run(
            lambda progress: self._ws.write_export(
                self._id, Format(fmt), target, None, progress,
                include_comments=include_comments),
            self._on_done,
            self._on_error,
            self._on_progress,
        )

    def _show_progress(self, *, generic: bool) -> None:
        self.dialog = ExportDialog(self._parent, generic=generic)
        self.dialog.open_button.clicked.connect(self._on_open_button_clicked)
        self.dialog.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.dialog.status.setText(step_text("evaluate"))
        self.dialog.show()

    @Slot(int, str)
    def _on_progress(self, percent: int, step: str) -> None:
        if self.dialog is not None:
            self.dialog.progress.setValue(percent)
            self.dialog.status.setText(step_text(step))

    def _on_done(self, result: object) -> None:
        from desktop_app.reporting.exports import Written

        note = ""
        if isinstance(result, Written):
            self.last_path = result.path
            if result.left_out:  # the calendar says what it left out
                note = tn("export.left_out", result.left_out, self._language.code) + "."
        else:
            self.last_path = Path(str(result))
        if self.dialog is not None:
            self.dialog.set_done(str(self.last_path), note)
        self.finished.emit(self.last_path)

    def _on_error(self, exc: BaseException) -> None:
        from desktop_app.reporting.decision_paper import TemplateProblem
        from desktop_app.services.messages import template_message

        if isinstance(exc, TargetNotWritable):
            text = not_writable_text(exc)
        elif isinstance(exc, TemplateProblem):
            text = template_message(exc, self._language.code)
        else:
            text = QCoreApplication.translate(
                "ExportController",
                "Beim Erstellen der Datei ist ein Fehler aufgetreten:\n{detail}",
            ).format(detail=str(exc) or type(exc).__name__)
        if self.dialog is not None:
            self.dialog.set_failed(text)
        self.finished.emit(None)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        if self.last_path is not None:
            self._dialogs.open_url(QUrl.fromLocalFile(str(self.last_path)))

    @Slot()
    def _on_folder_button_clicked(self) -> None:
        if self.last_path is not None:
            self._dialogs.open_url(QUrl.fromLocalFile(str(self.last_path.parent)))
