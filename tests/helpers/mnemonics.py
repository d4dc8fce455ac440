"""Alt-letter mnemonics of what a window shows: which letter each visible control claims."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).upper() if match else None


def menu_letters(window) -> list[str | None]:
    menus = (window.file_menu, window.view_menu, window.language_menu)
    return [mnemonic(m.title()) for m in menus]


def mnemonic_widgets(root: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or not w.isEnabled():
            continue
        buddy = w.buddy() if isinstance(w, QLabel) else None
        usable_label = buddy is not None and buddy.isVisible() and buddy.isEnabled()
        if (isinstance(w, QAbstractButton) or usable_label) and mnemonic(w.text()):
            found.append(w)
    return found


def clashes(window, root: QWidget) -> list[str]:
    """Letters claimed twice among the visible controls of ``root``, or also by a menu."""
    letters = [mnemonic(w.text()) for w in mnemonic_widgets(root)]
    menus = menu_letters(window)
    return [f"{x}" for x in letters if letters.count(x) > 1 or x in menus]
