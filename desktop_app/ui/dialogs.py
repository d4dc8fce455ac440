"""Every modal question the app asks, behind one small interface.

Widgets never call ``QMessageBox``/``QFileDialog``/``exec()`` themselves but ask a
:class:`Dialogs` object. The application passes :class:`QtDialogs`; tests pass a scripted
double (``tests/gui/conftest.py``) that answers without blocking on a nested event loop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget


class Dialogs:
    """Interface; :class:`QtDialogs` is the real implementation."""

    def confirm(
        self, parent: QWidget | None, title: str, text: str, *, default_yes: bool = False
    ) -> bool:
        """Ask a yes/no question; Enter answers "No" unless ``default_yes``."""
        raise NotImplementedError

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        raise NotImplementedError

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        raise NotImplementedError

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        raise NotImplementedError

    def save_file(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> Path | None:
        raise NotImplementedError

    def choose(
        self, parent: QWidget | None, title: str, label: str, items: list[str]
    ) -> int | None:
        """Let the user pick one of ``items``; the index, or None when cancelled."""
        raise NotImplementedError

    def run(self, dialog: QDialog) -> bool:
        """Show a custom dialog modally; True when the user accepted it."""
        raise NotImplementedError

    def open_url(self, url: QUrl) -> bool:
        raise NotImplementedError


class QtDialogs(Dialogs):
    def confirm(
        self, parent: QWidget | None, title: str, text: str, *, default_yes: bool = False
    ) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        # Destructive questions default to "No": Enter must never delete a workshop. Where
        # "Yes" is what keeps the data (restoring after damage), Enter means "Yes".
        box.setDefaultButton(
            QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
        )
        return box.exec() == QMessageBox.StandardButton.Yes

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        return Path(name) if name else None

    def save_file(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        return Path(name) if name else None

    def choose(
        self, parent: QWidget | None, title: str, label: str, items: list[str]
    ) -> int | None:
        text, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
        return items.index(text) if ok and text in items else None

    def run(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def open_url(self, url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)
