"""Dates and times as the user's language writes them — the one formatter of the app.

German: 15.09.2026 and 15.09.2026, 14:03 Uhr; English: 2026-09-15 and 2026-09-15 14:03.
Times are shown in the computer's local time zone (they are stored in UTC). The GUI, the
PDF and the command line all use these functions.
"""

from __future__ import annotations

from datetime import date, datetime


def day(value: date | None, lang: str, empty: str = "–") -> str:
    if value is None:
        return empty
    return value.isoformat() if lang == "en" else value.strftime("%d.%m.%Y")


def moment(value: datetime | None, lang: str, empty: str = "–") -> str:
    """A point in time, to the minute, in local time."""
    if value is None:
        return empty
    local = value.astimezone()
    return local.strftime("%Y-%m-%d %H:%M") if lang == "en" else local.strftime(
        "%d.%m.%Y, %H:%M Uhr"
    )
