"""The main window: start screen or one open assessment, menus, zoom, language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QWidget

from desktop_app.services.workspace import Workspace
from desktop_app.ui.background import Runner
from desktop_app.ui.controllers.backup_controller import BackupController
from desktop_app.ui.controllers.start_controller import StartController
from desktop_app.ui.dialogs import Dialogs
from desktop_app.ui.i18n import Language
from desktop_app.ui.session_memory import SessionMemory
from desktop_app.ui.theme import Theme
from desktop_app.ui.views.start_view import StartView

if TYPE_CHECKING:
    from desktop_app.ui.controllers.assessment_controller import AssessmentController

# Chart labels are drawn at 7–8 pt for A4; this many UI points make them 1:1 on screen.
CHART_REFERENCE_POINTS = 8.0


class MainWindow(QMainWindow):
    def __init__(
        self,
        workspace: Workspace,
        language: Language,
        theme: Theme,
        dialogs: Dialogs,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        load: bool = True,
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.language = language
        self.theme = theme
        self.dialogs = dialogs
        self._runner = runner
        self.assessment: AssessmentController | None = None
        self.session_memory = SessionMemory(workspace.database_path.parent, self)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.start_view = StartView()
        self.stack.addWidget(self.start_view)
        self.start = StartController(self.start_view, workspace, language, dialogs, self, load=load)
        self.backups = BackupController(
            workspace,
            language,
            dialogs,
            self,
            flush=self._store_typed_text,
            close_assessment=self._close_assessment,
            after_restore=self.after_restore,
            quit_app=self.close,
        )
        self.progress_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.progress_label)
        self.statusBar().setVisible(not theme.presentation)
        self._create_actions()
        self.start.openRequested.connect(self.open_assessment)
        self.start.infoChanged.connect(self._on_start_infoChanged)
        self.start_view.tree.selectionModel().selectionChanged.connect(self._update_actions)
        language.changed.connect(self._on_language_changed)
        self.retranslateUi()
        self._update_actions()

    # -- actions and menus -----------------------------------------------------------------
    def _create_actions(self) -> None:
        def action(shortcuts: list[QKeySequence], slot: object, checkable: bool = False) -> QAction:
            act = QAction(self)
            act.setShortcuts(shortcuts)
            act.setCheckable(checkable)
            act.triggered.connect(slot)
            # Window-wide shortcuts must work whichever screen or widget has the focus.
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(act)
            return act

        ks = QKeySequence
        self.new_action = action([ks(ks.StandardKey.New)], self._on_new_action_triggered)
        self.overview_action = action([ks("Ctrl+Shift+O")], self.show_start)
        self.pdf_action = action([ks("Ctrl+P")], self._on_pdf_action_triggered)
        self.edit_info_action = action([], self._on_edit_info_action_triggered)
        self.quit_action = action([ks("Ctrl+Q")], self.close)
        self.backup_action = action([], self.backups.back_up_now)
        self.backup_copy_action = action([], self.backups.save_copy)
        self.restore_action = action([], self.backups.restore_chosen)
        self.presentation_action = action(
            [ks("F11")], self._on_presentation_action_toggled, checkable=True
        )
        self.presentation_action.setChecked(self.theme.presentation)
        self.zoom_in_action = action(
            [ks(ks.StandardKey.ZoomIn), ks("Ctrl+=")], self._on_zoom_in_action_triggered
        )
        self.zoom_out_action = action(
            [ks(ks.StandardKey.ZoomOut)], self._on_zoom_out_action_triggered
        )
        self.zoom_reset_action = action([ks("Ctrl+0")], self._on_zoom_reset_action_triggered)
        self.tab_actions = [
            action([ks(f"Ctrl+{n + 1}")], lambda _=False, n=n: self.show_tab(n)) for n in range(4)
        ]
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in ("de", "en"):
            act = action([], lambda _=False, c=code: self.language.set(c), checkable=True)
            act.setChecked(code == self.language.code)
            group.addAction(act)
            self.language_actions[code] = act

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for act in (self.new_action, self.overview_action, self.edit_info_action, self.pdf_action):
            self.file_menu.addAction(act)
        self.file_menu.addSeparator()
        self.backup_menu = self.file_menu.addMenu("")
        self.backup_menu.addAction(self.backup_action)
        self.backup_menu.addAction(self.backup_copy_action)
        self.backup_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        for act in (
            self.presentation_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.zoom_reset_action,
        ):
            self.view_menu.addAction(act)
        self.view_menu.addSeparator()
        for act in self.tab_actions:
            self.view_menu.addAction(act)
        self.language_menu = bar.addMenu("")
        for act in self.language_actions.values():
            self.language_menu.addAction(act)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Wandelkompass"))
        self.file_menu.setTitle(self.tr("&Datei"))
        self.view_menu.setTitle(self.tr("Ansic&ht"))
        self.language_menu.setTitle(self.tr("Sp&rache"))
        self.new_action.setText(self.tr("&Neue Erhebung …"))
        self.overview_action.setText(self.tr("&Übersicht der Erhebungen"))
        self.pdf_action.setText(self.tr("&PDF-Maßnahmenplan erstellen …"))
        self.edit_info_action.setText(self.tr("&Angaben der Erhebung bearbeiten …"))
        self.quit_action.setText(self.tr("&Beenden"))
        self.backup_menu.setTitle(self.tr("Daten&sicherung"))
        self.backup_action.setText(self.tr("Jetzt &sichern"))
        self.backup_copy_action.setText(self.tr("Sicherung speichern &unter …"))
        self.restore_action.setText(self.tr("Aus Sicherung &wiederherstellen …"))
        self.presentation_action.setText(self.tr("&Präsentationsmodus (Beamer)"))
        self.zoom_in_action.setText(self.tr("Schrift &größer"))
        self.zoom_out_action.setText(self.tr("Schrift &kleiner"))
        self.zoom_reset_action.setText(self.tr("Schrift &normal"))
        for act, text in zip(
            self.tab_actions,
            (
                self.tr("Zum &Durchgang"),
                self.tr("Zu den &Ergebnissen"),
                self.tr("Zum &Maßnahmenplan"),
                self.tr("Zur Ab&stimmung"),
            ),
            strict=True,
        ):
            act.setText(text)
        self.language_actions["de"].setText("Deutsch")
        self.language_actions["en"].setText("English")
        self._update_progress()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    @Slot()
    def _update_actions(self) -> None:
        is_open = self.assessment is not None
        self.pdf_action.setEnabled(is_open)
        self.edit_info_action.setEnabled(is_open or self.start.selected_id() is not None)
        self.overview_action.setEnabled(is_open)
        for act in self.tab_actions:
            act.setEnabled(is_open)

    # -- navigation ---------------------------------------------------------------------------
    @Slot(int)
    def open_assessment(self, assessment_id: int) -> None:
        # The assessment screens are imported on first use: the start screen paints sooner.
        from desktop_app.ui.controllers.assessment_controller import AssessmentController
        from desktop_app.ui.views.assessment_view import AssessmentView

        if not self._close_assessment():
            return
        uuid = self._ws.info(assessment_id).uuid
        # Where the team left this assessment; databases of older versions kept it inside.
        start_at = self.session_memory.position(uuid) or self._ws.position(assessment_id)
        view = AssessmentView()
        self.stack.addWidget(view)
        self.assessment = AssessmentController(
            view,
            self._ws,
            assessment_id,
            self.language,
            self.dialogs,
            self._runner,
            self.chart_scale,
            self,
            start_at=start_at,
        )
        self.assessment.walkthrough.positionChanged.connect(
            lambda sid, u=uuid: self.session_memory.remember_position(u, sid)
        )
        view.back_button.clicked.connect(self.show_start)
        view.info_button.clicked.connect(self._on_edit_info_action_triggered)
        view.tabs.currentChanged.connect(self._remember_place)
        self.assessment.walkthrough.answersChanged.connect(self._update_progress)
        view.walkthrough.set_compact(self.theme.presentation)
        view.plan.set_compact(self.theme.presentation)
        view.results.set_compact(self.theme.presentation)
        self.stack.setCurrentWidget(view)
        self._update_actions()
        self._update_progress()
        self._remember_place()
        view.walkthrough.setFocus()

    @Slot()
    def show_start(self) -> None:
        selected = self.assessment.assessment_id if self.assessment else None
        if not self._close_assessment():
            return
        self.start.refresh(selected)
        self.stack.setCurrentWidget(self.start_view)
        self._update_actions()
        self._remember_place()
        self.start_view.tree.setFocus()

    def show_tab(self, index: int) -> None:
        if self.assessment is not None:
            self.assessment.view.tabs.setCurrentIndex(index)

    def _close_assessment(self) -> bool:
        """Close the open assessment; False (and it stays open) if typed text is unsaved."""
        if self.assessment is None:
            return True
        if not self.assessment.flush():
            return False
        view = self.assessment.view
        self.assessment.walkthrough.answersChanged.disconnect(self._update_progress)
        view.tabs.currentChanged.disconnect(self._remember_place)
        self.assessment.close()
        self.assessment.deleteLater()
        self.assessment = None
        self.stack.removeWidget(view)
        view.deleteLater()
        self._update_progress()  # the overview has no progress: clear the closed one's
        return True

    def _store_typed_text(self) -> bool:
        """Store text still waiting for its timer; False if it could not be stored."""
        return self.assessment is None or self.assessment.flush()

    # -- where the team was ---------------------------------------------------------------
    @Slot()
    def _remember_place(self) -> None:
        """Store the open assessment and tab, so a restart returns to them."""
        if self.assessment is None:
            self.session_memory.remember_place(None)
        else:
            self.session_memory.remember_place(
                self.assessment.assessment_id, self.assessment.view.tabs.currentIndex()
            )

    def _reopen_last_place(self) -> None:
        """Open the assessment that was open at the last close (at its stored statement)."""
        place = self.session_memory.last_place()
        if place is None:
            return
        assessment_id, tab = place
        if assessment_id not in {s.id for s in self._ws.list_assessments()}:
            return  # deleted, or replaced by a restored backup
        self.start.select(assessment_id)
        self.open_assessment(assessment_id)
        self.show_tab(tab)

    def chart_scale(self) -> float:
        return self.theme.points / CHART_REFERENCE_POINTS

    @Slot()
    def _update_progress(self) -> None:
        if self.assessment is None:
            self.progress_label.setText("")
            return
        wt = self.assessment.walkthrough
        self.progress_label.setText(
            self.tr("Fortschritt: {done} von {total} Aussagen").format(
                done=wt.answered_count(), total=len(wt.guideline.statements)
            )
        )

    # -- slots -----------------------------------------------------------------------------------
    @Slot()
    def _on_new_action_triggered(self) -> None:
        new_id = self.start.create()
        if new_id is not None:
            self.open_assessment(new_id)

    @Slot()
    def _on_pdf_action_triggered(self) -> None:
        if self.assessment is not None and self.assessment.flush():
            self.assessment.export.export_pdf()

    @Slot(bool)
    def _on_presentation_action_toggled(self, checked: bool) -> None:
        self.set_presentation(checked)

    def set_presentation(self, on: bool, *, full_screen: bool = True) -> None:
        self.theme.presentation = on
        self.presentation_action.setChecked(on)
        # On a projector every line counts: progress is shown above the statement anyway.
        self.statusBar().setVisible(not on)
        self._apply_theme()
        if full_screen:
            self.showFullScreen() if on else self.showNormal()

    @Slot()
    def _on_zoom_in_action_triggered(self) -> None:
        self.theme.zoom_in()
        self._apply_theme()

    @Slot()
    def _on_zoom_out_action_triggered(self) -> None:
        self.theme.zoom_out()
        self._apply_theme()

    @Slot()
    def _on_zoom_reset_action_triggered(self) -> None:
        self.theme.reset_zoom()
        self._apply_theme()

    def _apply_theme(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.theme.apply(app)
        if self.assessment is not None:
            self.assessment.results.relayout()
            self.assessment.view.plan.set_compact(self.theme.presentation)
            self.assessment.view.walkthrough.set_compact(self.theme.presentation)
            self.assessment.view.results.set_compact(self.theme.presentation)

    @Slot(str)
    def _on_language_changed(self, code: str) -> None:
        self.language_actions[code].setChecked(True)

    # -- data safety ------------------------------------------------------------------------
    def load_data(self, *, reopen: bool = True) -> bool:
        """Open the database and fill the start screen; False if the app cannot go on.

        Called once after the first paint, so the window appears before SQLAlchemy and the
        guideline are loaded. A damaged database has already been moved aside by then; the
        newest good backup is offered. With ``reopen`` the assessment that was open at the
        last close is opened again.
        """
        from desktop_app.content import ContentError
        from desktop_app.services.errors import DatabaseDamaged, DatabaseError
        from desktop_app.services.messages import database_error_message

        title = self.tr("Wandelkompass")
        try:
            self.start.refresh()
        except DatabaseDamaged as exc:
            if self.backups.offer_restore_after_damage(exc):
                return self.after_restore()
            return self.load_data(reopen=reopen)  # continue with a new, empty database
        except DatabaseError as exc:
            self.dialogs.error(self, title, database_error_message(exc, self.language.code))
            return False
        except ContentError as exc:
            self.dialogs.error(self, title, str(exc))
            return False
        self._warn_if_backup_failed()
        if reopen:
            self._reopen_last_place()
        return True

    def _warn_if_backup_failed(self) -> None:
        if self._ws.backup_warning is not None:
            self.statusBar().showMessage(
                self.tr("Automatische Sicherung fehlgeschlagen: {error}").format(
                    error=self._ws.backup_warning
                )
            )

    def after_restore(self) -> bool:
        """The database was replaced: show the overview of the restored data."""
        ok = self.load_data(reopen=False)
        if ok:
            self.stack.setCurrentWidget(self.start_view)
            self._update_actions()
            self._remember_place()
            self.statusBar().showMessage(self.tr("Sicherung wiederhergestellt."), 10_000)
        return ok

    # -- details of an assessment -----------------------------------------------------------
    @Slot()
    def _on_edit_info_action_triggered(self) -> None:
        if self.assessment is not None:
            if self.assessment.flush():
                self.start.edit_info(self.assessment.assessment_id, self)
        elif (sid := self.start.selected_id()) is not None:
            self.start.edit_info(sid, self)

    @Slot(int)
    def _on_start_infoChanged(self, assessment_id: int) -> None:
        if self.assessment is None or self.assessment.assessment_id != assessment_id:
            return
        # The answers keep the default target level they were loaded with: reopen in place.
        tab = self.assessment.view.tabs.currentIndex()
        if (
            self.assessment.session.default_target
            != self._ws.info(assessment_id).default_target
        ):
            self.open_assessment(assessment_id)
            self.show_tab(tab)
        else:
            self.assessment.info_changed()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Text typed a moment ago is still waiting for its debounce timer: store it now. If
        # that fails, the team is told why and decides: stay (default) or quit without it.
        if (
            self.assessment is not None
            and not self.assessment.flush()
            and not self.dialogs.confirm(
                self,
                self.tr("Wandelkompass"),
                self.tr(
                    "Der zuletzt eingegebene Text konnte nicht gespeichert werden. Trotzdem "
                    "beenden? Der Text geht dann verloren; zum Weiterarbeiten „Nein“ wählen."
                ),
            )
        ):
            event.ignore()
            return
        if self.assessment is not None:
            self.assessment.voting.shutdown()  # the phone page stops with the app
        self._remember_place()
        super().closeEvent(event)

