"""Bound every free text the team typed, so no file can make the report endless.

The exchange format allows 100,000 characters per comment, evidence, measure text or note.
Printed whole, one such assessment gave a report of 1,660 pages after 6½ minutes. Here a text
longer than its place allows is cut at a word boundary; the table shows the beginning with
a pointer ("… (vollständig im Anhang, L3)"), and the annex prints each such text up to
``ANNEX_CAP`` characters and all of them together up to ``ANNEX_BUDGET``. What is beyond that
stays in the app and in the exchange file, and the annex says so.
"""

from __future__ import annotations

from desktop_app.reporting.model.types import EMPTY, Bounded, LongText, LongTexts
from desktop_app.reporting.strings import tr
from desktop_app.reporting.text import clean, shorten

# How much of one text the annex prints (about two thirds of a page in the annex font),
# and of all long texts together (about seven pages): a reader who needs more opens the app.
ANNEX_CAP = 3_000
ANNEX_BUDGET = 24_000

# Places in the report and how many characters of a free text each shows.
CELL = 300  # a comment, reason or note in a table
TEXT = 600  # a measure's description
TITLE = 160  # a measure's title
NAME = 100  # an owner or the roles involved


class LongTextRegistry:
    """Hands out bounded texts and collects the long ones for the annex, in report order."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._entries: list[LongText] = []
        self._omitted: list[str] = []
        self._budget = ANNEX_BUDGET
        self._cut = False

    def bound(self, text: str, limit: int, context: str) -> Bounded:
        """``text`` if it fits ``limit`` characters, else its beginning and a pointer."""
        # Only the beginning is ever shown: clean no more than the annex could print.
        value = " ".join(clean(text, ANNEX_CAP + 1).split()) if text else ""
        if not value:
            return EMPTY
        if len(text) <= limit and len(value) <= limit:
            return Bounded(value)
        ref = f"L{len(self._entries) + len(self._omitted) + 1}"
        self._keep(ref, context, value, len(text))
        return Bounded(shorten(value, limit), ref, tr("long_pointer", self.lang, ref=ref))

    def _keep(self, ref: str, context: str, value: str, length: int) -> None:
        if self._budget <= 0:
            self._omitted.append(ref)
            return
        room = min(ANNEX_CAP, self._budget)
        shown = value if len(value) <= room and length <= room else shorten(value, room)
        self._budget -= len(shown)
        cut = len(shown) < length
        self._cut = self._cut or cut
        self._entries.append(LongText(ref, context, shown, length, cut))

    def annex(self) -> LongTexts:
        note = ""
        if self._omitted:
            note = tr("long_omitted", self.lang, first=self._omitted[0], last=self._omitted[-1],
                      n=len(self._omitted))
        elif self._cut:
            note = tr("long_cut", self.lang)
        return LongTexts(tuple(self._entries), tuple(self._omitted), note)
