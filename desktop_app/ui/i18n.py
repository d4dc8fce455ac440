"""Run-time language switching: the app's and Qt's own translators plus the content language.

German is the source language of every ``self.tr()`` literal, so German needs no catalogue;
English loads ``resources/i18n/wandelkompass_en.qm``. Qt's standard dialogs and buttons
(QMessageBox Yes/No, QFileDialog, Cancel) are translated by Qt's own ``qtbase_<lang>.qm``,
which PySide6 ships in ``QLibraryInfo.path(TranslationsPath)`` (the bundle keeps qtbase_de and
qtbase_en); it is swapped together with the app's catalogue. Installing or removing a
translator makes Qt send ``QEvent.LanguageChange`` to every widget, which then calls its
``retranslateUi()``. Content texts (statements, help, levels) are not Qt strings; views read
them with ``Text.get(language.code)`` and re-render on :attr:`Language.changed`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, QTranslator, Signal

from desktop_app import paths

LANGUAGES = ("de", "en")


def catalogue_path(lang: str) -> str:
    return str(paths.resources_dir() / "i18n" / f"wandelkompass_{lang}.qm")


def qt_catalogue_folders() -> list[str]:
    """Where Qt's own ``qtbase_<lang>.qm`` may be: Qt's folder, then our resources."""
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    folders.append(str(paths.resources_dir() / "i18n"))
    return [f for f in folders if f and Path(f).is_dir()]


class Language(QObject):
    """The current UI and content language; emits ``changed(code)`` after a switch.

    Translators belong to the application, not to one window: the installed pair is kept
    at class level, so a second ``Language`` (tests, screenshots) replaces them instead of
    leaving an older catalogue installed underneath.
    """

    changed = Signal(str)
    _installed: list[QTranslator] = []  # noqa: RUF012 - one set per application, on purpose

    def __init__(self, code: str = "de", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._code = "de"
        self.set(code, force=True)

    @property
    def code(self) -> str:
        return self._code

    def set(self, code: str, *, force: bool = False) -> None:
        code = code if code in LANGUAGES else "de"
        changed = code != self._code
        if QCoreApplication.instance() is not None and (changed or force):
            self._install_catalogues(code)
        self._code = code
        if changed:
            self.changed.emit(code)

    @classmethod
    def _install_catalogues(cls, code: str) -> None:
        while cls._installed:
            QCoreApplication.removeTranslator(cls._installed.pop())
        # Qt's own strings first: German needs them too (Ja/Nein, Abbrechen, Dateiname …).
        # A missing catalogue leaves Qt's English texts: readable, never blank.
        qt = QTranslator()
        if any(qt.load(f"qtbase_{code}", folder) for folder in qt_catalogue_folders()):
            QCoreApplication.installTranslator(qt)
            cls._installed.append(qt)
        if code != "de":
            translator = QTranslator()
            # A missing catalogue leaves the German source texts: readable, never blank.
            if translator.load(catalogue_path(code)):
                QCoreApplication.installTranslator(translator)
                cls._installed.append(translator)
