"""Datei › Datensicherung, and the offer to restore after damage: the backup screens.

Backing up, saving a copy (e.g. to a USB stick) and restoring all go through ``Workspace``;
this controller asks the questions and reports the outcome. Before anything is backed up or
replaced, text the team typed a moment ago is stored (``flush``); a restore also closes the
open assessment first (``close_assessment``) and then lets the window show the restored data
(``after_restore``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QUrl, Slot
from PySide6.QtWidgets import QWidget

from desktop_app.services.errors import BackupError, DatabaseDamaged
from desktop_app.services.messages import database_error_message
from desktop_app.services.workspace import Workspace
from desktop_app.texts.dates import moment
from desktop_app.ui.dialogs import Dialogs
from desktop_app.ui.i18n import Language

BACKUP_SUFFIX = ".sqlite3"


class BackupController(QObject):
    def __init__(
        self,
        workspace: Workspace,
        language: Language,
        dialogs: Dialogs,
        parent: QWidget,
        *,
        flush: Callable[[], bool],
        close_assessment: Callable[[], bool],
        after_restore: Callable[[], bool],
        quit_app: Callable[[], object],
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._language = language
        self._dialogs = dialogs
        self._window = parent
        self._flush = flush
        self._close_assessment = close_assessment
        self._after_restore = after_restore
        self._quit = quit_app

    def _when(self, created: datetime) -> str:
        return moment(created, self._language.code)

    # -- after damage ------------------------------------------------------------------------
    def offer_restore_after_damage(self, exc: DatabaseDamaged) -> bool:
        """Say what was damaged and offer the newest good backup; True if it was restored.

        Restoring is what keeps the team's work, so it is the default answer. Declining loses
        nothing either: the damaged file and every backup stay where they are.
        """
        title = self.tr("Wandelkompass")
        damage = database_error_message(exc, self._language.code)
        if exc.backup is None:
            self._dialogs.error(self._window, title, damage)
            return False
        if not self._dialogs.confirm(
            self._window,
            title,
            damage
            + "\n\n"
            + self.tr(
                "Die Sicherung vom {when} jetzt wiederherstellen (empfohlen)?\n\n"
                "„Nein“ beginnt mit einer leeren Datenbank; die beschädigte Datei und alle "
                "Sicherungen bleiben erhalten und lassen sich später über Datei › "
                "Datensicherung wiederherstellen."
            ).format(when=self._when(exc.backup.created)),
            default_yes=True,
        ):
            return False
        return self._replace_with(exc.backup.path, after=False)

    # -- Datei › Datensicherung -------------------------------------------------------------
    @Slot()
    def back_up_now(self) -> None:
        if not self._flush():
            return
        try:
            info = self._ws.backup_now()
        except BackupError as exc:
            self._dialogs.error(self._window, self.tr("Wandelkompass"),
                                exc.message(self._language.code))
            return
        folder = info.path.parent
        if self._dialogs.confirm(
            self._window,
            self.tr("Datensicherung"),
            self.tr(
                "Die Sicherung vom {when} ist angelegt und geprüft.\n\n"
                "Sie liegt im Ordner:\n{folder}\n\nDiesen Ordner jetzt öffnen?"
            ).format(when=self._when(info.created), folder=folder),
        ):
            self._dialogs.open_url(QUrl.fromLocalFile(str(folder)))

    @Slot()
    def save_copy(self) -> None:
        """Save a verified backup to a file the team picks, e.g. on a USB stick."""
        from desktop_app.fileio import TargetNotWritable, safe_file_name
        from desktop_app.ui.controllers.export_controller import not_writable_text

        title = self.tr("Sicherung speichern unter")
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / safe_file_name(
            self.tr("Wandelkompass-Sicherung") + datetime.now().strftime("_%Y-%m-%d_%H%M"),
            BACKUP_SUFFIX,
        )
        target = self._dialogs.save_file(
            self._window, title, suggested, self.tr("Wandelkompass-Sicherung (*.sqlite3)")
        )
        if target is None:
            return
        if target.suffix.lower() != BACKUP_SUFFIX:
            target = target.with_name(target.name + BACKUP_SUFFIX)
        if not self._flush():
            return
        try:
            info = self._ws.save_backup_copy(target)
        except BackupError as exc:
            self._dialogs.error(self._window, title, exc.message(self._language.code))
            return
        except TargetNotWritable as exc:
            self._dialogs.error(self._window, title, not_writable_text(exc))
            return
        self._dialogs.inform(
            self._window,
            title,
            self.tr(
                "Die Sicherung vom {when} wurde gespeichert unter:\n{path}\n\n"
                "Zurückholen: Datei › Datensicherung › Aus Sicherung wiederherstellen … › "
                "Aus einer Datei."
            ).format(when=self._when(info.created), path=target),
        )

    @Slot()
    def restore_chosen(self) -> None:
        title = self.tr("Aus Sicherung wiederherstellen")
        backups = self._ws.list_backups()
        if not backups:
            self._restore_from_file(title)
            return
        kinds = {
            "auto": self.tr("automatisch"),
            "manual": self.tr("von Hand"),
            "pre-migration": self.tr("vor Aktualisierung"),
            "pre-restore": self.tr("vor Wiederherstellung"),
        }
        items = [
            f"{self._when(b.created)} · {kinds.get(b.kind, b.kind)} · {b.size // 1024} KB"
            for b in backups
        ]
        items.append(self.tr("Aus einer Datei (z. B. USB-Stick) …"))
        index = self._dialogs.choose(
            self._window,
            title,
            self.tr("Welche Sicherung soll die aktuellen Daten ersetzen?"),
            items,
        )
        if index is None:
            return
        if index == len(backups):
            self._restore_from_file(title)
            return
        if self._dialogs.confirm(
            self._window,
            title,
            self.tr(
                "Die aktuellen Daten werden durch die Sicherung vom {when} ersetzt. "
                "Der jetzige Stand wird vorher selbst gesichert. Fortfahren?"
            ).format(when=self._when(backups[index].created)),
        ):
            self._replace_with(backups[index].path)

    def _restore_from_file(self, title: str) -> None:
        source = self._dialogs.open_file(
            self._window, title, self.tr("Wandelkompass-Sicherung (*.sqlite3);;Alle Dateien (*)")
        )
        if source is None:
            return
        if self._dialogs.confirm(
            self._window,
            title,
            self.tr(
                "Die aktuellen Daten werden durch die Sicherung aus {path} ersetzt. "
                "Der jetzige Stand wird vorher selbst gesichert. Fortfahren?"
            ).format(path=source),
        ):
            self._replace_with(source)

    def _replace_with(self, backup: Path, *, after: bool = True) -> bool:
        """Restore ``backup``; with ``after`` the window shows it (or quits if it cannot)."""
        if not self._close_assessment():
            return False  # typed text could not be stored: nothing is replaced
        try:
            self._ws.restore(Path(backup))
        except BackupError as exc:
            self._dialogs.error(self._window, self.tr("Wandelkompass"),
                                exc.message(self._language.code))
            return False
        if after and not self._after_restore():
            self._quit()
        return True
