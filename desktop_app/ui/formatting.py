"""Dates as the user's language writes them (15.09.2026 in German, 2026-09-15 in English)."""

from __future__ import annotations

from datetime import date


def day(value: date | None, lang: str, empty: str = "–") -> str:
    if value is None:
        return empty
    return value.isoformat() if lang == "en" else value.strftime("%d.%m.%Y")
