"""Merging a file into the assessment it came from: offer it, ask the conflicts, write it.

:func:`offer_merge` is what the start screen calls when a file's assessment is already in
the database; :func:`merge_file` plans the merge, shows :class:`ConflictController`'s
screen when something needs deciding, and writes everything in one transaction at the end
(``Workspace.apply_merge``). Nothing is written when the team cancels.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, QObject, Slot
from PySide6.QtWidgets import QWidget

from desktop_app.domain import merge_text
from desktop_app.domain.merge import Choice, Edited, MergePlan, Pick
from desktop_app.domain.model import Guideline
from desktop_app.services.workspace import Workspace
from desktop_app.texts import t, tn
from desktop_app.ui.dialogs import Dialogs
from desktop_app.ui.i18n import Language
from desktop_app.ui.views.conflict_dialog import ConflictDialog


class ConflictController(QObject):
    """Fills the conflict screen and collects one choice per conflict."""

    def __init__(
        self,
        view: ConflictDialog,
        plan: MergePlan,
        guideline: Guideline | None,
        this_device: str,
        language: Language,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self._plan = plan
        self._guideline = guideline
        self._device = this_device
        self._language = language
        view.model.load(list(plan.conflicts), guideline, language.code)
        self._connect_callbacks()
        if plan.conflicts:
            view.table.selectRow(0)
        view.table.setFocus()
        self._update_progress()

    def _connect_callbacks(self) -> None:
        v = self.view
        v.table.selectionModel().selectionChanged.connect(self._on_table_selectionChanged)
        v.mine.take_button.clicked.connect(self._on_mine_clicked)
        v.theirs.take_button.clicked.connect(self._on_theirs_clicked)
        v.edit_button.clicked.connect(self._on_edit_button_clicked)
        for key in v.mine_keys:
            key.activated.connect(self._on_mine_clicked)
        for key in v.theirs_keys:
            key.activated.connect(self._on_theirs_clicked)
        for key in v.next_keys:
            key.activated.connect(self._on_next_activated)
        for key in v.edit_keys:
            key.activated.connect(self._on_edit_button_clicked)
        v.apply_button.clicked.connect(v.accept)
        v.cancel_button.clicked.connect(v.reject)
        self._language.changed.connect(self._on_language_changed)

    # -- public ---------------------------------------------------------------------------
    @property
    def choices(self) -> dict[str, Choice]:
        return self.view.model.choices()

    def current_row(self) -> int | None:
        rows = self.view.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    # -- showing one conflict ---------------------------------------------------------------
    def _show(self, row: int | None) -> None:
        v, lang = self.view, self._language.code
        if row is None:
            for widget in (v.mine, v.theirs, v.edit, v.edit_button, v.edit_label):
                widget.setEnabled(False)
            return
        c = v.model.conflict(row)
        choice = v.model.choice(row)
        v.subject.setText(merge_text.subject(c, lang, self._guideline))
        v.field.setText(merge_text.field_name(c, lang))
        for box, side, pick in ((v.mine, c.mine, Pick.MINE), (v.theirs, c.theirs, Pick.THEIRS)):
            box.setEnabled(True)
            box.origin.setText(merge_text.origin(side, self._device, lang))
            box.value.setPlainText(merge_text.value_text(c, side.value, lang, self._guideline))
            box.take_button.setChecked(choice is pick)
        for widget in (v.edit, v.edit_button, v.edit_label):
            widget.setVisible(c.editable)
            widget.setEnabled(c.editable)
        if c.editable:
            # An own value starts from the side picked so far (this device's while open).
            if isinstance(choice, Edited):
                typed = choice.value
            else:
                typed = str((c.theirs if choice is Pick.THEIRS else c.mine).value)
            v.edit.setPlainText(typed)

    def _update_progress(self) -> None:
        model = self.view.model
        total, done = model.rowCount(), model.decided()
        self.view.progress.setText(
            QCoreApplication.translate(
                "ConflictController", "{done} von {total} entschieden"
            ).format(done=done, total=total)
        )
        self.view.apply_button.setEnabled(done == total)

    def _decide(self, choice: Choice) -> None:
        row = self.current_row()
        if row is None:
            return
        self.view.model.set_choice(row, choice)
        self._show(row)
        self._update_progress()

    # -- slots ---------------------------------------------------------------------------------
    @Slot(QItemSelection, QItemSelection)
    def _on_table_selectionChanged(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show(self.current_row())

    @Slot()
    def _on_mine_clicked(self) -> None:
        self._decide(Pick.MINE)

    @Slot()
    def _on_theirs_clicked(self) -> None:
        self._decide(Pick.THEIRS)

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        row = self.current_row()
        if row is not None and self.view.model.conflict(row).editable:
            self._decide(Edited(self.view.edit.toPlainText()))
            self.view.table.setFocus()

    @Slot()
    def _on_next_activated(self) -> None:
        row = self.current_row()
        following = self.view.model.next_undecided(-1 if row is None else row)
        if following is None:  # all decided: Enter goes to "Zusammenführen", Enter again merges
            if self.view.apply_button.hasFocus():
                self.view.apply_button.click()
            else:
                self.view.apply_button.setFocus()
            return
        self.view.table.selectRow(following)
        self.view.table.setFocus()

    @Slot(str)
    def _on_language_changed(self, code: str) -> None:
        self.view.model.set_language(code)
        self._show(self.current_row())
        self._update_progress()


# -- the start screen's way in -----------------------------------------------------------------
def offer_merge(
    parent: QWidget,
    workspace: Workspace,
    dialogs: Dialogs,
    language: Language,
    source: Path,
    message: str,
) -> int | None:
    """The file's assessment is here already: merge it, import it as a copy, or neither.

    Returns the assessment to select afterwards, or None when nothing was written.
    """
    from desktop_app.exchange.format import ExchangeError

    options = [
        QCoreApplication.translate("ConflictController", "Zusammenführen …"),
        QCoreApplication.translate("ConflictController", "Als Kopie importieren"),
    ]
    picked = dialogs.choose(
        parent,
        QCoreApplication.translate("ConflictController", "Bereits vorhanden"),
        message
        + "\n\n"
        + QCoreApplication.translate(
            "ConflictController",
            "Zusammenführen übernimmt, was in der Datei neu ist, und fragt bei "
            "Widersprüchen nach. Als Kopie entsteht eine zweite, eigene Erhebung.",
        ),
        options,
    )
    if picked is None:
        return None
    if picked == 1:
        try:
            return workspace.import_file(source, as_copy=True)
        except ExchangeError as exc:
            dialogs.error(
                parent,
                QCoreApplication.translate("ConflictController", "Import nicht möglich"),
                exc.message(language.code),
            )
            return None
    return merge_file(parent, workspace, dialogs, language, source)


def merge_file(
    parent: QWidget, workspace: Workspace, dialogs: Dialogs, language: Language, source: Path
) -> int | None:
    """Merge ``source``, asking about conflicts; the assessment's id, or None if not merged."""
    from desktop_app.exchange.format import ExchangeError
    from desktop_app.services.errors import StoreFailed
    from desktop_app.services.messages import database_error_message

    lang = language.code
    title = QCoreApplication.translate("ConflictController", "Zusammenführen nicht möglich")
    try:
        plan = workspace.plan_merge(source)
    except ExchangeError as exc:
        dialogs.error(parent, title, exc.message(lang))
        return None
    choices: dict[str, Choice] = {}
    if plan.conflicts:
        dialog = ConflictDialog(parent)
        controller = ConflictController(
            dialog,
            plan,
            workspace.guideline_for(plan.assessment_id),
            workspace.db.device,
            language,
        )
        try:
            if not dialogs.run(dialog):
                return None
            choices = controller.choices
        finally:
            dialog.deleteLater()
    try:
        written = workspace.apply_merge(plan, choices)
    except ExchangeError as exc:
        dialogs.error(parent, title, exc.message(lang))
        return None
    except StoreFailed as exc:
        dialogs.error(parent, title, database_error_message(exc, lang))
        return None
    if written:
        decided = tn("merge.decided", len(choices), lang)
        text = tn("merge.done", len(plan.changes), lang, decided=decided)
    else:
        text = t("merge.unchanged", lang)
    dialogs.inform(
        parent, QCoreApplication.translate("ConflictController", "Zusammengeführt"), text
    )
    return plan.assessment_id
