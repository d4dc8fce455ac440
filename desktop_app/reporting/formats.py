"""How the report writes dates, numbers, percentages, ranges and levels (de/en).

Pure Python, shared by the report model and every renderer, so a date or an amount reads the
same in the PDF and in any later output.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from desktop_app.reporting.strings import tr

if TYPE_CHECKING:
    from desktop_app.domain.model import Guideline


def day(value: date | None, lang: str) -> str:
    """``15.09.2026`` in German, ``2026-09-15`` in English; "offen" when there is no date."""
    if value is None:
        return tr("due_open", lang)
    return value.strftime("%d.%m.%Y") if lang == "de" else value.isoformat()


def number(value: float, lang: str, decimals: int = 0) -> str:
    """``5.000`` / ``1,7`` in German, ``5,000`` / ``1.7`` in English."""
    text = f"{value:,.{decimals}f}"
    if lang == "de":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def percent(value: float | None, lang: str) -> str:
    if value is None:
        return tr("not_rated", lang)
    return f"{value:.0f} %" if lang == "de" else f"{value:.0f}%"


def span(low: int, high: int, lang: str) -> str:
    """``5–15``, or one number where both ends agree."""
    if low == high:
        return number(low, lang)
    return f"{number(low, lang)}–{number(high, lang)}"


def euros(low: int, high: int, lang: str) -> str:
    """``0–5.000 €`` / ``€0–5,000``."""
    amount = span(low, high, lang)
    return f"{amount} €" if lang == "de" else f"€{amount}"


def level_name(level: int | None, guideline: Guideline, lang: str) -> str:
    """``2 – teilweise umgesetzt``; tolerant of scales shorter than the answer."""
    if level is None:
        return tr("none", lang)
    if 0 <= level < len(guideline.scale):
        return f"{level} – {guideline.scale_label(level, lang)}"
    return str(level)
