"""Display names of the domain's enums in German and English.

The texts live in the app's text catalogue (``label.<Type>.<MEMBER>``), so the PDF, the
CLI and the GUI all name a category or a barrier the same way. (The GUI's own widget texts
go through Qt Linguist instead.)
"""

from __future__ import annotations

from enum import Enum

from desktop_app.domain.model import Category
from desktop_app.texts import t


def label(value: Enum, lang: str) -> str:
    """The display name of a category, barrier, priority, status, … (``label.<Type>.<NAME>``)."""
    return t(f"label.{type(value).__name__}.{value.name}", lang)


def category_heading(category: Category, lang: str) -> str:
    """The heading of a measure group, as the guideline names it."""
    return t(f"heading.Category.{category.name}", lang)
