"""PDF export: ask for the target, render off the GUI thread, then offer to open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QUrl, Signal, Slot
from PySide6.QtWidgets import QWidget

from desktop_app.fileio import TargetNotWritable, safe_file_name
from desktop_app.services.workspace import Workspace
from desktop_app.texts import tn
from desktop_app.ui.background import Runner
from desktop_app.ui.dialogs import Dialogs
from desktop_app.ui.i18n import Language
from desktop_app.ui.views.export_dialog import ExportDialog


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


def suggested_name(municipality: str, held_on_iso: str) -> str:
    plan = QCoreApplication.translate("ExportController", "Massnahmenplan")
    return safe_file_name(f"{plan}_{municipality}_{held_on_iso}", ".pdf")


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
    ) -> None:
        super().__init__(parent)
        self._parent = parent_widget
        self._ws = workspace
        self._id = assessment_id
        self._language = language
        self._dialogs = dialogs
        self._runner = runner
        self.dialog: ExportDialog | None = None
        self.last_path: Path | None = None

    def export_pdf(self) -> None:
        answers = list(self._ws.answers(self._id).answers.values())
        title = QCoreApplication.translate("ExportController", "PDF-Maßnahmenplan")
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
            info.municipality, info.held_on.isoformat()
        )
        target = self._dialogs.save_file(
            self._parent,
            QCoreApplication.translate("ExportController", "PDF-Maßnahmenplan speichern"),
            suggested,
            QCoreApplication.translate("ExportController", "PDF-Dateien (*.pdf)"),
        )
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self.start(target)

    def start(self, target: Path) -> None:
        self.dialog = ExportDialog(self._parent)
        self.dialog.open_button.clicked.connect(self._on_open_button_clicked)
        self.dialog.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.dialog.status.setText(step_text("evaluate"))
        self.dialog.show()
        # The report is written in the language chosen for this assessment (its details),
        # which may differ from the language of the screen.
        self._runner.run(
            lambda progress: self._ws.write_report(self._id, target, None, progress),
            self._on_done,
            self._on_error,
            self._on_progress,
        )

    @Slot(int, str)
    def _on_progress(self, percent: int, step: str) -> None:
        if self.dialog is not None:
            self.dialog.progress.setValue(percent)
            self.dialog.status.setText(step_text(step))

    def _on_done(self, path: object) -> None:
        self.last_path = Path(str(path))
        if self.dialog is not None:
            self.dialog.set_done(str(self.last_path))
        self.finished.emit(self.last_path)

    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, TargetNotWritable):
            text = not_writable_text(exc)
        else:
            text = QCoreApplication.translate(
                "ExportController", "Beim Erstellen des PDF ist ein Fehler aufgetreten:\n{detail}"
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
