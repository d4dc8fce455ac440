"""Limits of user input — text lengths and dates — shared by storage, exchange and the GUI.

Storage refuses what the exchange format could not carry, so every assessment the app holds
can be exported and imported again. ``exchange/schema.json`` states the same numbers (a
test keeps the two in step); the exchange reader checks the date range, and the GUI's date
fields offer no other dates.
"""

from __future__ import annotations

from datetime import date

NAME = 200  # municipality, project, respondent label
ROLE_GROUP = 200
TITLE = 500  # assessment title
MODERATOR = 500
PARTICIPANTS = 5000
PLAN_TITLE = 2000
OWNER = 500
LONG_TEXT = 100_000  # comment, evidence, measure text, progress note
STATEMENT_ID = 32  # a statement's or profile's id (the content's id rule)


class TextTooLong(ValueError):
    """A text is longer than the app can store; ``field`` names it, ``limit`` the maximum."""

    def __init__(self, field: str, limit: int, length: int) -> None:
        self.field = field
        self.limit = limit
        self.length = length
        super().__init__(f"{field}: {length} characters, at most {limit}")


def check(field: str, value: str, limit: int) -> None:
    if len(value) > limit:
        raise TextTooLong(field, limit, len(value))


# Dates of an assessment and of a measure. Year 1 or 9999 is a typing or conversion slip,
# not a workshop; the GUI's date fields could not show it (Qt's calendar starts in 1752).
EARLIEST_DATE = date(1990, 1, 1)
LATEST_DATE = date(2100, 12, 31)


class DateOutOfRange(ValueError):
    """A date outside EARLIEST_DATE … LATEST_DATE; ``field`` names it, ``value`` is the date."""

    def __init__(self, field: str, value: date) -> None:
        self.field = field
        self.value = value
        super().__init__(
            f"{field}: {value.isoformat()} is outside {EARLIEST_DATE.year}–{LATEST_DATE.year}"
        )


def date_in_range(value: date) -> bool:
    return EARLIEST_DATE <= value <= LATEST_DATE


def check_date(field: str, value: date | None) -> None:
    if value is not None and not date_in_range(value):
        raise DateOutOfRange(field, value)
