"""Fixtures for the GUI tests: offscreen Qt, a real SQLite workspace, scripted dialogs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

from collections import deque  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QUrl  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from desktop_app.services.workspace import Workspace  # noqa: E402
from desktop_app.ui.background import SyncRunner  # noqa: E402
from desktop_app.ui.dialogs import Dialogs  # noqa: E402
from desktop_app.ui.i18n import Language  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402
from desktop_app.ui.theme import Theme  # noqa: E402

# The offscreen platform plugin warns about a window-manager feature it lacks; that is a
# property of the test platform, not of the app.
OFFSCREEN_NOISE = "This plugin does not support"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


class ScriptedDialogs(Dialogs):
    """Answers modal questions from queues the test fills; records what was asked."""

    def __init__(self) -> None:
        self.confirms: deque[bool] = deque()
        self.files: deque[Path | None] = deque()
        self.dialog_handlers: deque[Callable[[QDialog], bool]] = deque()
        self.choices: deque[int | None] = deque()
        self.asked: list[tuple[str, str, str]] = []
        self.confirm_defaults: list[bool] = []  # default_yes of each confirm asked
        self.opened_urls: list[QUrl] = []

    def confirm(
        self, parent: QWidget | None, title: str, text: str, *, default_yes: bool = False
    ) -> bool:
        self.asked.append(("confirm", title, text))
        self.confirm_defaults.append(default_yes)
        return self.confirms.popleft()

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("inform", title, text))

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("error", title, text))

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        self.asked.append(("open_file", title, filters))
        return self.files.popleft()

    def save_file(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> Path | None:
        self.asked.append(("save_file", title, str(suggested)))
        return self.files.popleft()

    def choose(
        self, parent: QWidget | None, title: str, label: str, items: list[str]
    ) -> int | None:
        self.asked.append(("choose", title, "\n".join(items)))
        return self.choices.popleft()

    def run(self, dialog: QDialog) -> bool:
        dialog.show()
        accepted = self.dialog_handlers.popleft()(dialog)
        dialog.hide()
        return accepted

    def open_url(self, url: QUrl) -> bool:
        self.opened_urls.append(url)
        return True


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    ws = Workspace(data_dir)
    yield ws
    ws.close()


@pytest.fixture
def demo_id(workspace: Workspace) -> int:
    return workspace.create_demo("de")


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Language]:
    lang = Language("de")
    yield lang
    lang.set("de")  # remove the English translator so the next test starts in German


@pytest.fixture
def make_window(
    qtbot: Any, dialogs: ScriptedDialogs, language: Language, qapp: QApplication
) -> Callable[[Workspace], MainWindow]:
    """Build a real main window on ``workspace`` with scripted dialogs and a sync runner."""

    def make(ws: Workspace, *, presentation: bool = False, load: bool = True) -> MainWindow:
        theme = Theme(presentation=presentation)
        theme.apply(qapp)
        window = MainWindow(ws, language, theme, dialogs, SyncRunner(), load=load)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make
