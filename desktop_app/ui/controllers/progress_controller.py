"""The comparison screen's logic: which assessments to compare, the team's review of last
time's measures, and the Fortschrittsbericht as a PDF (written in the background)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Slot
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.domain.labels import label
from desktop_app.domain.progress import ReviewItem, ReviewStatus, StoredReview
from desktop_app.fileio import TargetNotWritable, safe_file_name
from desktop_app.reporting.formats import day, percent, points
from desktop_app.reporting.model.progress import build_progress_model
from desktop_app.reporting.model.progress_types import DeltaRow, ProgressReportModel
from desktop_app.reporting.strings import tr
from desktop_app.services import progress as progress_service
from desktop_app.services.workspace import Workspace
from desktop_app.ui.background import Runner
from desktop_app.ui.controllers.export_controller import not_writable_text
from desktop_app.ui.dialogs import Dialogs
from desktop_app.ui.i18n import Language
from desktop_app.ui.views.progress_dialog import ProgressDialog


class ProgressController(QObject):
    def __init__(
        self,
        view: ProgressDialog,
        workspace: Workspace,
        assessment_id: int,
        language: Language,
        dialogs: Dialogs,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self._ws = workspace
        self._id = assessment_id
        self._language = language
        self._dialogs = dialogs
        self._runner = runner
        self._combos: list[QComboBox] = []
        self._items: tuple[ReviewItem, ...] = ()
        self.model: ProgressReportModel | None = None
        self.last_pdf: Path | None = None
        lang = language.code
        others = [s for s in progress_service.chain(workspace, assessment_id)
                  if s.id != assessment_id]
        for s in others:
            view.compare_with.addItem(f"{day(s.held_on, lang)} · {s.title or s.project}", s.id)
        default = progress_service.predecessor(workspace, assessment_id)
        view.compare_with.setCurrentIndex(max(0, view.compare_with.findData(default)))
        view.compare_with.currentIndexChanged.connect(self.refresh)
        view.confirm_button.clicked.connect(self.confirm_reviews)
        view.pdf_button.clicked.connect(self.write_pdf)
        self.refresh()

    @staticmethod
    def has_comparison(workspace: Workspace, assessment_id: int) -> bool:
        return len(progress_service.chain(workspace, assessment_id)) > 1

    def _other(self) -> int:
        return int(self.view.compare_with.currentData())

    @Slot()
    def refresh(self) -> None:
        lang = self._language.code
        data = progress_service.progress(self._ws, self._id, self._other())
        m = build_progress_model(data, lang)
        self.model = m
        v = self.view
        v.headline.setText(m.headline)
        lines = []
        for heading, shown in (("pr_improved", m.improved), ("pr_concerns", m.concerns)):
            if shown:
                lines.append(tr(heading, lang) + ":")
                lines += [f"  • {h.name}: {h.text}" for h in shown]
        v.highlights.setText("\n".join(lines))

        def row(d: DeltaRow) -> tuple[str, str, str, str]:
            return (d.name, percent(d.before, lang), percent(d.after, lang),
                    points(d.delta, lang))

        rows = [row(m.overall), *(row(c) for c in m.categories), *(row(d) for d in m.dimensions)]
        v.set_deltas(rows, 1 + len(m.categories))
        items = data.reviews
        v.reviews_label.setText(m.review_summary or QCoreApplication.translate(
            "ProgressController", "Keine Maßnahmen aus dem letzten Workshop."))
        choices = [(label(s, lang), s.value) for s in ReviewStatus]
        self._items = items
        self._combos = v.set_reviews(
            [(r.title, r.planned, r.confirmed) for r in m.reviews], choices,
            [i.status.value for i in items])
        v.confirm_button.setEnabled(bool(items))
        v.projection.setText(self._projection_text(m))
        v.notes.setText("\n".join(m.notes))

    def _projection_text(self, m: ProgressReportModel) -> str:
        p = m.projection
        lang = self._language.code
        if not p.measures:
            return ""
        return QCoreApplication.translate(
            "ProgressController",
            "Projektion: jetzt {now}, mit den angenommenen Maßnahmen {projected}.",
        ).format(now=percent(p.now, lang), n=p.measures, projected=percent(p.projected, lang))

    @Slot()
    def confirm_reviews(self) -> None:
        """Store the chosen outcome of each of last time's measures as the team's."""
        if self.model is None:
            return
        later = self.model_after_id()
        stored = [
            StoredReview(item.key, ReviewStatus(str(combo.currentData())), confirmed=True,
                         note=item.note)
            for item, combo in zip(self._items, self._combos, strict=True)
        ]
        try:
            progress_service.save_reviews(self._ws, later, stored)
        except Exception as exc:  # a failed write is shown, never swallowed
            self._dialogs.error(self.view, self.view.windowTitle(), QCoreApplication.translate(
                "ProgressController", "Die Bestätigung wurde nicht gespeichert:\n{detail}",
            ).format(detail=str(exc) or type(exc).__name__))
            return
        self.refresh()

    def model_after_id(self) -> int:
        """The later of the two assessments: last time's measures are reviewed there."""
        data = progress_service.progress(self._ws, self._id, self._other())
        return data.comparison.after.info.id

    @Slot()
    def write_pdf(self) -> None:
        info = self._ws.info(self._id)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = QCoreApplication.translate("ProgressController", "Fortschrittsbericht")
        suggested = Path(folder or Path.home()) / safe_file_name(
            f"{name}_{info.municipality}_{info.held_on.isoformat()}", ".pdf")
        target = self._dialogs.save_file(
            self.view,
            QCoreApplication.translate("ProgressController", "Fortschrittsbericht speichern"),
            suggested, QCoreApplication.translate("ProgressController", "PDF-Dateien (*.pdf)"))
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self.view.pdf_button.setEnabled(False)
        other = self._other()
        self._runner.run(
            lambda progress: progress_service.write_progress_report(
                self._ws, self._id, other, target, None, progress),
            self._on_pdf_done, self._on_pdf_failed)

    def _on_pdf_done(self, path: object) -> None:
        self.view.pdf_button.setEnabled(True)
        self.last_pdf = Path(str(path))
        self._dialogs.inform(self.view, self.view.windowTitle(), QCoreApplication.translate(
            "ProgressController", "Der Fortschrittsbericht wurde gespeichert:\n{path}",
        ).format(path=str(self.last_pdf)))

    def _on_pdf_failed(self, exc: BaseException) -> None:
        self.view.pdf_button.setEnabled(True)
        if isinstance(exc, TargetNotWritable):
            text = not_writable_text(exc)
        else:
            text = QCoreApplication.translate(
                "ProgressController",
                "Beim Erstellen des PDF ist ein Fehler aufgetreten:\n{detail}",
            ).format(detail=str(exc) or type(exc).__name__)
        self._dialogs.error(self.view, self.view.windowTitle(), text)
