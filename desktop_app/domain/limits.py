"""Length limits of user text, shared by storage, the exchange schema and the GUI's inputs.

Storage refuses what the exchange format could not carry, so every assessment the app holds
can be exported and imported again. ``exchange/schema.json`` states the same numbers (a
test keeps the two in step).
"""

from __future__ import annotations

NAME = 200  # municipality, project, respondent label
ROLE_GROUP = 200
TITLE = 500  # assessment title
MODERATOR = 500
PARTICIPANTS = 5000
PLAN_TITLE = 2000
OWNER = 500
LONG_TEXT = 100_000  # comment, evidence, measure text, progress note


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
