"""The report's page layout: A4 page templates with header and "Seite X von Y" footer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from desktop_app.reporting.fonts import SANS, SANS_BOLD
from desktop_app.reporting.styles import (
    ACCENT,
    CONTENT_HEIGHT,
    CONTENT_WIDTH,
    HEADER_GAP,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
)

FIRST = "first"
LATER = "later"


@dataclass(frozen=True)
class PageLabels:
    """Texts of header and footer, already cleaned by :func:`text.plain`."""

    header_left: str  # municipality
    header_middle: str  # project
    header_right: str  # short document title
    footer_left: str
    page_of: str  # with {page} and {total}


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` if it fits ``width`` points, else cut at a word with an ellipsis.

    Only names longer than any real municipality or project are ever cut (the header has
    the whole line for them); a word is never cut in the middle unless it alone is too long.
    """
    if stringWidth(text, font, size) <= width:
        return text
    words = text.split(" ")
    while len(words) > 1 and stringWidth(" ".join(words) + " …", font, size) > width:
        words.pop()
    text = " ".join(words)
    while text and stringWidth(text + " …", font, size) > width:
        text = text[:-1]
    return text.rstrip() + " …"


def numbered_canvas(labels: PageLabels) -> type[Canvas]:
    """A canvas class that draws header and footer once the total page count is known.

    Pages are kept until ``save()`` (reportlab's usual two-step "page X of Y" recipe), so no
    second layout pass is needed.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            page = self.getPageNumber()
            half = CONTENT_WIDTH / 2 - 6
            self.saveState()
            self.setStrokeColor(colors.HexColor(RULE))
            self.setLineWidth(0.5)
            if page > 1:
                self._header()
            y = MARGIN - HEADER_GAP * 0.75
            self.line(MARGIN, y + 10, PAGE_WIDTH - MARGIN, y + 10)
            self.setFont(SANS, 8)
            self.setFillColor(colors.HexColor(MUTED))
            self.drawString(MARGIN, y, _fit(labels.footer_left, SANS, 8, half + 60))
            self.drawRightString(PAGE_WIDTH - MARGIN, y,
                                 labels.page_of.format(page=page, total=total))
            self.restoreState()

        def _header(self) -> None:
            """Municipality and project on the left, the short title on the right.

            The right part takes what it needs and the names get the rest of the line, so
            "Einführung Digitaler Zwilling" is never cut to make room for a fixed half.
            """
            y = PAGE_HEIGHT - MARGIN + HEADER_GAP * 0.55
            right = labels.header_right
            room = CONTENT_WIDTH - stringWidth(right, SANS, 8) - 12
            left = _fit(labels.header_left, SANS_BOLD, 8, room * 0.6)
            used = stringWidth(left, SANS_BOLD, 8)
            middle = _fit(labels.header_middle, SANS, 8, room - used - 10) if labels.header_middle \
                else ""
            self.setFont(SANS_BOLD, 8)
            self.setFillColor(colors.HexColor(ACCENT))
            self.drawString(MARGIN, y, left)
            self.setFont(SANS, 8)
            self.setFillColor(colors.HexColor(MUTED))
            if middle:
                self.drawString(MARGIN + used, y, f" · {middle}")
            self.drawRightString(PAGE_WIDTH - MARGIN, y, right)
            self.line(MARGIN, y - 5, PAGE_WIDTH - MARGIN, y - 5)

    return NumberedCanvas


class ReportDocument(BaseDocTemplate):
    """A4 portrait, 2 cm margins; the first page (leadership summary) has no running header."""

    def __init__(self, target: Any, labels: PageLabels, **meta: str) -> None:
        super().__init__(
            target,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
            initialFontName=SANS,  # else an unembedded Helvetica is referenced
            creator="Wandelkompass",
            producer="Wandelkompass (ReportLab)",
            **meta,
        )
        self.labels = labels
        frame = Frame(MARGIN, MARGIN, CONTENT_WIDTH, CONTENT_HEIGHT, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id=FIRST, frames=[frame], autoNextPageTemplate=LATER),
            PageTemplate(id=LATER, frames=[frame]),
        ])

    def build_story(self, story: list[Any]) -> None:
        self.build(story, canvasmaker=numbered_canvas(self.labels))
