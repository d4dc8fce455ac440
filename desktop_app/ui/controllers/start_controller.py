"""Start screen logic: list, create, open, re-assess, delete, import, export, demo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from desktop_app.domain.limits import TextTooLong
from desktop_app.fileio import TargetNotWritable, safe_file_name
from desktop_app.services.workspace import Workspace
from desktop_app.texts.dates import day
from desktop_app.ui.dialogs import Dialogs
from desktop_app.ui.i18n import Language
from desktop_app.ui.models.assessment_tree import COL_NAME, ID_ROLE
from desktop_app.ui.views.start_view import StartView

EXCHANGE_FILTER = "Wandelkompass (*.wandelkompass.json *.json)"
EXCHANGE_SUFFIX = ".wandelkompass.json"


# The dialogs and the domain are imported where they are used: the start screen paints
# first, and only then is the database opened and the list filled.


def _not_writable_text(exc: TargetNotWritable) -> str:
    from desktop_app.ui.controllers.export_controller import not_writable_text

    return not_writable_text(exc)


class StartController(QObject):
    openRequested = Signal(int)
    infoChanged = Signal(int)  # an assessment's details were edited

    def __init__(
        self,
        view: StartView,
        workspace: Workspace,
        language: Language,
        dialogs: Dialogs,
        parent: QObject | None = None,
        *,
        load: bool = True,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self._ws = workspace
        self._language = language
        self._dialogs = dialogs
        self._connect_callbacks()
        if load:  # the app loads after the first paint instead (see MainWindow.load_data)
            self.refresh()

    def _connect_callbacks(self) -> None:
        v = self.view
        v.tree.activated.connect(self._on_tree_activated)
        v.tree.selectionModel().selectionChanged.connect(self._on_tree_selectionChanged)
        v.new_button.clicked.connect(self._on_new_button_clicked)
        v.open_button.clicked.connect(self._on_open_button_clicked)
        v.edit_button.clicked.connect(self._on_edit_button_clicked)
        v.reassess_button.clicked.connect(self._on_reassess_button_clicked)
        v.delete_button.clicked.connect(self._on_delete_button_clicked)
        v.import_button.clicked.connect(self._on_import_button_clicked)
        v.export_button.clicked.connect(self._on_export_button_clicked)
        v.demo_button.clicked.connect(self._on_demo_button_clicked)
        self._language.changed.connect(self._on_language_changed)

    # -- public -------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        summaries = self._ws.list_assessments()
        self.view.model.load(summaries, len(self._ws.guideline.statements), self._language.code)
        self._set_tooltips()
        self.view.tree.expandAll()
        self.view.empty_hint.setVisible(not summaries)
        if select_id is None and summaries:
            select_id = max(summaries, key=lambda s: s.updated_at).id
        if select_id is not None:
            self.select(select_id)
        self._update_buttons()

    def _set_tooltips(self) -> None:
        """Long municipality and project names are elided: the tooltip shows them whole."""
        model = self.view.model
        for g in range(model.rowCount()):
            group = model.item(g, COL_NAME)
            group.setToolTip(group.text())
            for r in range(group.rowCount()):
                child = group.child(r, COL_NAME)
                if child is not None:
                    child.setToolTip(f"{group.text()}\n{child.text()}")

    def select(self, assessment_id: int) -> None:
        model = self.view.model
        for g in range(model.rowCount()):
            group = model.index(g, 0)
            for r in range(model.rowCount(group)):
                idx = model.index(r, 0, group)
                if idx.data(ID_ROLE) == assessment_id:
                    self.view.tree.setCurrentIndex(idx)
                    return

    def selected_id(self) -> int | None:
        value = self.view.tree.currentIndex().data(ID_ROLE)
        return int(value) if value is not None else None

    def create(self) -> int | None:
        """Ask for the new assessment's data; store it and return its id."""
        names = sorted({s.municipality for s in self._ws.list_assessments()})
        levels = [lvl.label.get(self._language.code) for lvl in self._ws.guideline.scale]
        from desktop_app.ui.views.new_assessment_dialog import NewAssessmentDialog

        dialog = NewAssessmentDialog(self._language.code, names, levels, self.view)
        try:
            if not self._dialogs.run(dialog):
                return None
            new = dialog.values()
        finally:
            dialog.deleteLater()
        new_id = self._ws.create_assessment(new)
        self.refresh(new_id)
        return new_id

    def edit_info(self, assessment_id: int, parent: QWidget | None = None) -> bool:
        """Let the team change title, phase, date, people, target and report language.

        True when something was stored; ``infoChanged`` is emitted then.
        """
        info = self._ws.info(assessment_id)
        levels = [lvl.label.get(self._language.code) for lvl in self._ws.guideline.scale]
        from desktop_app.ui.views.assessment_info_dialog import AssessmentInfoDialog

        dialog = AssessmentInfoDialog(
            self._language.code,
            info,
            self._ws.report_language(assessment_id),
            levels,
            parent or self.view,
        )
        try:
            if not self._dialogs.run(dialog):
                return False
            changes = dialog.changes()
        finally:
            dialog.deleteLater()
        if not changes:
            return False
        try:
            self._ws.update_info(assessment_id, **changes)
        except TextTooLong as exc:  # the inputs are limited; this is a last line of defence
            self._dialogs.error(
                self.view,
                QCoreApplication.translate("StartController", "Angaben nicht gespeichert"),
                QCoreApplication.translate(
                    "StartController", "Ein Text ist zu lang (höchstens {limit} Zeichen)."
                ).format(limit=exc.limit),
            )
            return False
        self.refresh(assessment_id)
        self.infoChanged.emit(assessment_id)
        return True

    # -- slots ------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for b in (
            self.view.open_button,
            self.view.edit_button,
            self.view.reassess_button,
            self.view.delete_button,
            self.view.export_button,
        ):
            b.setEnabled(has)

    @Slot()
    def _on_tree_selectionChanged(self) -> None:
        self._update_buttons()

    @Slot(QModelIndex)
    def _on_tree_activated(self, index: QModelIndex) -> None:
        value = index.data(ID_ROLE)
        if value is not None:
            self.openRequested.emit(int(value))

    @Slot()
    def _on_new_button_clicked(self) -> None:
        new_id = self.create()
        if new_id is not None:
            self.openRequested.emit(new_id)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        sid = self.selected_id()
        if sid is not None:
            self.openRequested.emit(sid)

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        sid = self.selected_id()
        if sid is not None:
            self.edit_info(sid)

    @Slot()
    def _on_reassess_button_clicked(self) -> None:
        sid = self.selected_id()
        if sid is None:
            return
        info = self._ws.info(sid)
        if not self._dialogs.confirm(
            self.view,
            QCoreApplication.translate("StartController", "Erneut erheben"),
            QCoreApplication.translate(
                "StartController",
                "Eine neue Erhebung für „{project}“ ({municipality}) mit heutigem Datum anlegen? "
                "Die bisherige bleibt unverändert und dient als Vergleich.",
            ).format(project=info.project, municipality=info.municipality),
        ):
            return
        new_id = self._ws.reassess(sid, date.today())
        self.refresh(new_id)
        self.openRequested.emit(new_id)

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        sid = self.selected_id()
        if sid is None:
            return
        info = self._ws.info(sid)
        if self._dialogs.confirm(
            self.view,
            QCoreApplication.translate("StartController", "Erhebung löschen"),
            QCoreApplication.translate(
                "StartController",
                "Die Erhebung „{project}“ vom {date} ({municipality}) mit allen Antworten und "
                "Maßnahmen endgültig löschen?",
            ).format(
                project=info.project,
                date=day(info.held_on, self._language.code),
                municipality=info.municipality,
            ),
        ):
            self._ws.delete_assessment(sid)
            self.refresh()

    @Slot()
    def _on_import_button_clicked(self) -> None:
        from desktop_app.exchange.format import ExchangeError

        source = self._dialogs.open_file(
            self.view,
            QCoreApplication.translate("StartController", "Austauschdatei importieren"),
            EXCHANGE_FILTER,
        )
        if source is None:
            return
        try:
            new_id = self._ws.import_file(source)
        except ExchangeError as exc:
            if exc.code != "already_imported":
                self._dialogs.error(
                    self.view,
                    QCoreApplication.translate("StartController", "Import nicht möglich"),
                    exc.message(self._language.code),
                )
                return
            # Already here: merge the file into it, or import it as a copy.
            from desktop_app.ui.controllers.conflict_controller import offer_merge

            found = offer_merge(
                self.view, self._ws, self._dialogs, self._language, source,
                exc.message(self._language.code),
            )
            if found is None:
                return
            new_id = found
        self.refresh(new_id)

    @Slot()
    def _on_export_button_clicked(self) -> None:
        sid = self.selected_id()
        if sid is None:
            return
        info = self._ws.info(sid)
        suggested = Path.home() / safe_file_name(
            f"{info.municipality}_{info.held_on.isoformat()}", EXCHANGE_SUFFIX
        )
        target = self._dialogs.save_file(
            self.view,
            QCoreApplication.translate("StartController", "Austauschdatei speichern"),
            suggested,
            EXCHANGE_FILTER,
        )
        if target is None:
            return
        try:
            path = self._ws.export(sid, target)
        except TargetNotWritable as exc:
            self._dialogs.error(
                self.view,
                QCoreApplication.translate("StartController", "Export nicht möglich"),
                _not_writable_text(exc),
            )
            return
        self._dialogs.inform(
            self.view,
            QCoreApplication.translate("StartController", "Exportiert"),
            QCoreApplication.translate(
                "StartController", "Die Erhebung wurde gespeichert unter:\n{path}"
            ).format(path=path),
        )

    @Slot()
    def _on_demo_button_clicked(self) -> None:
        self.refresh(self._ws.create_demo(self._language.code))

    @Slot(str)
    def _on_language_changed(self, _code: str) -> None:
        selected = self.selected_id()
        self.refresh(selected)
