"""Run-time language switching: one Qt translator plus the content language.

German is the source language of every ``self.tr()`` literal, so German needs no catalogue;
English loads ``resources/i18n/wandelkompass_en.qm``. Installing or removing a translator makes
Qt send ``QEvent.LanguageChange`` to every widget, which then calls its ``retranslateUi()``.
Content texts (statements, help, levels) are not Qt strings; views read them with
``Text.get(language.code)`` and re-render on :attr:`Language.changed`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTranslator, Signal

from desktop_app import paths

LANGUAGES = ("de", "en")


def catalogue_path(lang: str) -> str:
    return str(paths.resources_dir() / "i18n" / f"wandelkompass_{lang}.qm")


class Language(QObject):
    """The current UI and content language; emits ``changed(code)`` after a switch."""

    changed = Signal(str)

    def __init__(self, code: str = "de", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._code = "de"
        self._translator: QTranslator | None = None
        self.set(code)

    @property
    def code(self) -> str:
        return self._code

    def set(self, code: str) -> None:
        code = code if code in LANGUAGES else "de"
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
        if code != "de" and app is not None:
            translator = QTranslator(self)
            # A missing catalogue leaves the German source texts: readable, never blank.
            if translator.load(catalogue_path(code)):
                QCoreApplication.installTranslator(translator)
                self._translator = translator
        changed = code != self._code
        self._code = code
        if changed:
            self.changed.emit(code)
