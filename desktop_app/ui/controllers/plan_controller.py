"""Action plan editor logic: filters, the selected measure's detail panel, decisions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QItemSelection, QObject, Qt, QTimer, Slot

from desktop_app.domain.labels import label
from desktop_app.domain.model import Category, Effort
from desktop_app.domain.plan import Decision, Origin, PlanItem, Status
from desktop_app.domain.rules import Priority
from desktop_app.services.workspace import Workspace
from desktop_app.texts import t
from desktop_app.texts.dates import day
from desktop_app.ui.autosave import TEXT_RETRY_MS, TEXT_SAVE_DELAY_MS
from desktop_app.ui.dialogs import Dialogs
from desktop_app.ui.i18n import Language
from desktop_app.ui.models.plan_table_model import (
    COL_DECISION,
    COL_DUE,
    COL_OWNER,
    COL_PRIORITY,
    COL_TITLE,
    PlanFilterProxy,
    PlanTableModel,
)
from desktop_app.ui.views.plan_view import PlanView


class PlanController(QObject):
    def __init__(
        self,
        view: PlanView,
        workspace: Workspace,
        assessment_id: int,
        language: Language,
        dialogs: Dialogs,
        export_pdf: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self._language = language
        self._dialogs = dialogs
        self._export_pdf = export_pdf
        self.model = PlanTableModel(workspace, assessment_id, language.code, self)
        self._ws, self._id = workspace, assessment_id
        self._held_on: date | None = None  # the workshop's date, read with the plan
        self.proxy = PlanFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        view.table.setModel(self.proxy)
        # Sorting is on; start in the guideline's order (priority, then weighted gap), not
        # alphabetically by the first column as QTableView would.
        view.table.sortByColumn(COL_PRIORITY, Qt.SortOrder.AscendingOrder)
        self._row = -1  # source row shown in the detail panel
        # The language the detail panel was filled in: flush() compares the fields with the
        # texts of *that* language, so a switch never mistakes catalogue texts for edits.
        self._shown_lang = language.code
        self._loading = False
        # Set only when the team types in the title, owner or text field of the detail
        # panel: flush() writes nothing else, so showing a measure never stores it.
        self._detail_dirty = False
        self._stale = True
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_SAVE_DELAY_MS)
        self._fill_combos()
        self._connect_callbacks()
        self._show_detail(-1)

    def _connect_callbacks(self) -> None:
        v = self.view
        v.category_filter.currentIndexChanged.connect(self._on_category_filter_currentIndexChanged)
        v.hide_rejected.toggled.connect(self._on_hide_rejected_toggled)
        v.add_button.clicked.connect(self._on_add_button_clicked)
        v.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        v.table.selectionModel().selectionChanged.connect(self._on_table_selectionChanged)
        v.accept_button.clicked.connect(lambda: self._decide(Decision.ACCEPTED))
        v.reject_button.clicked.connect(lambda: self._decide(Decision.REJECTED))
        v.reset_button.clicked.connect(lambda: self._decide(Decision.PROPOSED))
        v.title_edit.editingFinished.connect(self._on_title_edit_editingFinished)
        v.owner_edit.editingFinished.connect(self._on_owner_edit_editingFinished)
        v.text_edit.textChanged.connect(self._on_detail_text_edited)
        # editingFinished needs a focus change, which a closing window may never deliver.
        v.title_edit.textEdited.connect(self._on_detail_text_edited)
        v.owner_edit.textEdited.connect(self._on_detail_text_edited)
        self.model.writeFailed.connect(self._on_model_writeFailed)
        self._text_timer.timeout.connect(self.flush)
        v.due_check.toggled.connect(self._on_due_changed)
        v.due_edit.dateChanged.connect(self._on_due_changed)
        v.priority_edit.activated.connect(self._on_priority_edit_activated)
        v.effort_edit.activated.connect(self._on_effort_edit_activated)
        v.status_edit.activated.connect(self._on_status_edit_activated)
        v.category_edit.activated.connect(self._on_category_edit_activated)
        v.delete_button.clicked.connect(self._on_delete_button_clicked)
        self._language.changed.connect(self._on_language_changed)

    # -- public ------------------------------------------------------------------------
    def mark_stale(self) -> None:
        self._stale = True

    def show_if_stale(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> None:
        if not self.flush():
            return
        key = self.model.item(self._row).key if self._row >= 0 else None
        self._stale = False
        self._held_on = self._ws.info(self._id).held_on
        self.model.reload()
        self.view.fit_columns()
        self.select_key(key) if key else self._select_proxy_row(0)

    def select_key(self, key: str) -> None:
        row = self.model.row_of(key)
        if row < 0:
            self._select_proxy_row(0)
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        self._select_proxy_row(proxy_index.row())

    def selected_item(self) -> PlanItem | None:
        return self.model.item(self._row) if self._row >= 0 else None

    @Slot()
    def flush(self) -> bool:
        """Store what the team typed in the detail panel's text fields since the last save.

        False if it could not be stored: the text stays in the fields and is tried again.
        """
        self._text_timer.stop()
        if not self._detail_dirty or self._row < 0 or self._loading:
            return True
        it = self.model.item(self._row)
        lang = self._shown_lang
        ok = True
        if self.view.title_edit.text().strip() != it.title(lang):
            ok &= self.model.setData(
                self.model.index(self._row, COL_TITLE), self.view.title_edit.text()
            )
        if self.view.owner_edit.text().strip() != it.entry.owner:
            ok &= self.model.setData(
                self.model.index(self._row, COL_OWNER), self.view.owner_edit.text()
            )
        text = self.view.text_edit.toPlainText().strip()
        if text != it.text(lang).strip():
            ok &= self.model.update_entry(self._row, text=text)
        if not ok:
            self._text_timer.start(TEXT_RETRY_MS)
            return False
        self._detail_dirty = False
        self._text_timer.setInterval(TEXT_SAVE_DELAY_MS)
        return True

    @Slot()
    def _on_detail_text_edited(self) -> None:
        if self._loading:
            return  # filled from the data, not typed
        self._detail_dirty = True
        self._text_timer.start(TEXT_SAVE_DELAY_MS)

    @Slot(str)
    def _on_model_writeFailed(self, text: str) -> None:
        self._dialogs.error(
            self.view, QCoreApplication.translate("PlanController", "Nicht gespeichert"), text
        )

    # -- detail panel ------------------------------------------------------------------------
    def _select_proxy_row(self, row: int) -> None:
        if self.proxy.rowCount() == 0:
            self._show_detail(-1)
            return
        row = min(max(row, 0), self.proxy.rowCount() - 1)
        self.view.table.selectRow(row)
        self._show_detail(self.proxy.mapToSource(self.proxy.index(row, 0)).row())

    def _fill_combos(self) -> None:
        lang, v = self._language.code, self.view
        self._loading = True
        try:
            current = v.category_filter.currentData()
            v.category_filter.clear()
            v.category_filter.addItem(
                QCoreApplication.translate("PlanController", "alle Kategorien"), ""
            )
            for cat in Category:
                v.category_filter.addItem(label(cat, lang), cat.value)
            v.category_filter.setCurrentIndex(max(0, v.category_filter.findData(current or "")))
            for combo, values in (
                (v.category_edit, list(Category)),
                (v.priority_edit, list(Priority)),
                (v.status_edit, list(Status)),
            ):
                combo.clear()
                for value in values:
                    combo.addItem(label(value, lang), value.value)
            v.effort_edit.clear()
            v.effort_edit.addItem(
                QCoreApplication.translate("PlanController", "nicht angegeben"), ""
            )
            for effort in Effort:
                v.effort_edit.addItem(label(effort, lang), effort.value)
        finally:
            self._loading = False

    def _show_detail(self, row: int) -> None:
        self._row = row
        v, lang = self.view, self._language.code
        self._shown_lang = lang
        has = row >= 0
        for w in v.detail_widgets:
            w.setEnabled(has)
        v.delete_button.setEnabled(False)
        v.delete_button.setVisible(False)
        if not has:
            v.reason_value.setText(
                QCoreApplication.translate("PlanController", "Keine Maßnahme ausgewählt.")
            )
            return
        it = self.model.item(row)
        self._loading = True
        try:
            v.title_edit.setText(it.title(lang))
            v.title_edit.setCursorPosition(0)  # the start of a long title, not its end
            v.kind_value.setText(f"{label(it.origin, lang)} · {label(it.decision, lang)}")
            v.reason_value.setText(self.model.reasons(it))
            v.text_edit.setPlainText(it.text(lang))
            v.category_edit.setCurrentIndex(v.category_edit.findData(it.category.value))
            v.category_edit.setEnabled(it.origin is Origin.OWN)
            v.owner_edit.setText(it.entry.owner)
            # The guideline's owner and due date are proposals until the team sets them.
            owner = "" if it.entry.owner else it.responsible(lang)
            v.owner_edit.setPlaceholderText(t("plan.suggested", lang, value=owner) if owner else "")
            v.owner_suggestion.setText(
                t("plan.suggested_owner", lang, value=owner) if owner else ""
            )
            v.owner_suggestion.setVisible(bool(owner))
            v.due_check.setChecked(it.entry.due is not None)
            due = it.entry.due or it.suggested_due
            v.due_edit.setDate(
                QDate(due.year, due.month, due.day) if due else QDate.currentDate().addMonths(3)
            )
            v.due_edit.setEnabled(it.entry.due is not None)
            suggested = it.suggested_due if it.entry.due is None else None
            v.due_suggestion.setText(
                t("plan.suggested_due", lang, value=day(suggested, lang)) if suggested else ""
            )
            v.due_suggestion.setVisible(suggested is not None)
            self._update_due_warning()
            v.priority_edit.setCurrentIndex(v.priority_edit.findData(it.priority.value))
            v.effort_edit.setCurrentIndex(
                v.effort_edit.findData(it.effort.value if it.effort else "")
            )
            v.status_edit.setCurrentIndex(v.status_edit.findData(it.entry.status.value))
            v.accept_button.setEnabled(it.decision is not Decision.ACCEPTED)
            v.reject_button.setEnabled(it.decision is not Decision.REJECTED)
            v.reset_button.setEnabled(it.decision is not Decision.PROPOSED)
            v.delete_button.setVisible(it.origin is Origin.OWN)
            v.delete_button.setEnabled(it.origin is Origin.OWN)
            self._detail_dirty = False
        finally:
            self._loading = False

    def _reselect_shown_row(self) -> None:
        proxy_index = self.proxy.mapFromSource(self.model.index(self._row, 0))
        selection = self.view.table.selectionModel()
        selection.blockSignals(True)
        try:
            self.view.table.selectRow(proxy_index.row())
        finally:
            selection.blockSignals(False)

    def _decide(self, decision: Decision) -> None:
        if self._row < 0:
            return
        if not self.flush():
            return
        row = self._row
        self.model.setData(self.model.index(row, COL_DECISION), decision.value)
        self._after_edit(row)

    def _after_edit(self, row: int) -> None:
        """Re-show the detail of ``row`` (filters may have hidden it; then pick another)."""
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if proxy_index.isValid():
            self.view.table.selectRow(proxy_index.row())
            self._show_detail(row)
        else:
            self._select_proxy_row(0)

    # -- slots ---------------------------------------------------------------------------------
    @Slot(QItemSelection, QItemSelection)
    def _on_table_selectionChanged(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        if not self.flush():
            self._reselect_shown_row()  # typed text not stored yet: stay with it
            return
        row = self.proxy.mapToSource(indexes[0]).row()
        if row != self._row:
            self._show_detail(row)

    @Slot(int)
    def _on_category_filter_currentIndexChanged(self, _index: int) -> None:
        if self._loading:
            return
        value = self.view.category_filter.currentData()
        self.proxy.set_category(Category(value) if value else None)
        self._select_proxy_row(0)

    @Slot(bool)
    def _on_hide_rejected_toggled(self, hide: bool) -> None:
        self.proxy.set_hide_rejected(hide)
        self._select_proxy_row(0)

    @Slot()
    def _on_add_button_clicked(self) -> None:
        if not self.flush():
            return
        value = self.view.category_filter.currentData()
        category = Category(value) if value else Category.ORGANISATIONAL
        row = self.model.add_own_measure(
            QCoreApplication.translate("PlanController", "Neue Maßnahme"), category
        )
        self._after_edit(row)
        self.view.title_edit.setFocus()
        self.view.title_edit.selectAll()

    @Slot()
    def _on_pdf_button_clicked(self) -> None:
        if not self.flush():
            return
        self._export_pdf()

    @Slot()
    def _on_title_edit_editingFinished(self) -> None:
        if not self._loading and self._row >= 0:
            self.flush()

    @Slot()
    def _on_owner_edit_editingFinished(self) -> None:
        if not self._loading and self._row >= 0:
            self.flush()

    @Slot()
    def _on_due_changed(self) -> None:
        if self._loading or self._row < 0:
            return
        if not self.flush():
            return
        v = self.view
        v.due_edit.setEnabled(v.due_check.isChecked())
        value = v.due_edit.date() if v.due_check.isChecked() else None
        row = self._row
        if self.model.setData(self.model.index(row, COL_DUE), value):
            self._show_detail(row)  # the proposal is gone once the team sets a date
        self._update_due_warning()

    def _update_due_warning(self) -> None:
        """A due date in the past, or before the workshop, is allowed but pointed out."""
        v, lang = self.view, self._language.code
        due = v.due_edit.date().toPython() if v.due_check.isChecked() else None
        text = ""
        if isinstance(due, date):
            if self._held_on is not None and due < self._held_on:
                text = QCoreApplication.translate(
                    "PlanController", "Liegt vor dem Workshop am {day}."
                ).format(day=day(self._held_on, lang))
            elif due < date.today():
                text = QCoreApplication.translate(
                    "PlanController", "Liegt in der Vergangenheit."
                )
        v.due_edit.set_warning(text)

    @Slot(int)
    def _on_priority_edit_activated(self, _index: int) -> None:
        if self._row >= 0:
            if not self.flush():
                return
            self.model.setData(
                self.model.index(self._row, COL_PRIORITY), self.view.priority_edit.currentData()
            )

    @Slot(int)
    def _on_effort_edit_activated(self, _index: int) -> None:
        if self._row >= 0:
            if not self.flush():
                return
            value = self.view.effort_edit.currentData()
            self.model.update_entry(self._row, effort=Effort(value) if value else None)

    @Slot(int)
    def _on_status_edit_activated(self, _index: int) -> None:
        if self._row >= 0:
            if not self.flush():
                return
            self.model.update_entry(self._row, status=Status(self.view.status_edit.currentData()))

    @Slot(int)
    def _on_category_edit_activated(self, _index: int) -> None:
        if self._row >= 0:
            if not self.flush():
                return
            row = self._row
            self.model.update_entry(row, category=Category(self.view.category_edit.currentData()))
            self._after_edit(row)

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        it = self.selected_item()
        if it is None or it.origin is not Origin.OWN:
            return
        if not self._dialogs.confirm(
            self.view,
            QCoreApplication.translate("PlanController", "Maßnahme löschen"),
            QCoreApplication.translate(
                "PlanController", "Die eigene Maßnahme „{title}“ wirklich löschen?"
            ).format(title=it.title(self._language.code)),
        ):
            return
        self._loading = True  # nothing to flush for a row that is going away
        try:
            self.model.remove_own_measure(self._row)
        finally:
            self._loading = False
        self._row = -1
        self._select_proxy_row(0)

    @Slot(str)
    def _on_language_changed(self, code: str) -> None:
        # Store what the team typed (compared with the texts of the language it was shown
        # in), then fill every field again in the new language; edited texts are the
        # team's own and come back as typed. Text that could not be stored stays as typed.
        stored = self.flush()
        self.model.set_language(code)
        self._fill_combos()
        if stored:
            self._show_detail(self._row)
