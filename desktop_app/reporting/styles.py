"""Page geometry, colours and paragraph styles of the report (one accent colour, A4)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from desktop_app.reporting.fonts import SANS, SANS_BOLD, register_fonts

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle

CM = 72 / 2.54
PAGE_WIDTH, PAGE_HEIGHT = 595.2756, 841.8898  # A4 in points
MARGIN = 2 * CM
HEADER_GAP = 0.9 * CM  # header and footer sit inside the 2 cm margin
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
CONTENT_HEIGHT = PAGE_HEIGHT - 2 * MARGIN

# A calm petrol blue as the single accent; everything else is greyscale.
ACCENT = "#1F5C7A"
ACCENT_LIGHT = "#E4EEF3"
TEXT = "#1A1A1A"
MUTED = "#5A5A5A"
RULE = "#B8C4CC"
ZEBRA = "#F5F7F8"


# pyphen's dictionaries for the report languages: German words are long, and a table column
# of 3 cm must break "Verwaltungsvorstand" as "Verwaltungs-vorstand", never mid-syllable.
HYPHENATION = {"de": "de_DE", "en": "en_GB"}
LONGEST_WORD = 80  # German law has used a word of 67 letters; nothing real is longer


def _hyphenator(lang: str) -> Callable[[str], list[tuple[str, str]]]:
    """Where ``word`` may be hyphenated: pyphen's split points for the report language.

    A compound that already has a hyphen ("Nicht-Wissen", "Online-Befragung") stays whole:
    reportlab 5.1 drops that hyphen when it hyphenates such a word, and in a paragraph with
    markup even when it keeps it on one line ("NichtWissen"). A "word" longer than any real
    one (a pasted code, a run of letters) is left to ``splitLongWords``: hyphenating it made
    reportlab fail to split its paragraph across pages.
    """
    from desktop_app.reporting.hyphenation import dictionary as load

    dictionary = load(HYPHENATION.get(lang, "de_DE"))

    def pairs(word: str) -> list[tuple[str, str]]:
        if "-" in word or len(word) > LONGEST_WORD:
            return []
        return list(dictionary.iterate(word))

    return pairs


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    h2_table: ParagraphStyle
    h3_table: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_small: ParagraphStyle
    figure_label: ParagraphStyle
    score_value: ParagraphStyle
    score_label: ParagraphStyle
    h4: ParagraphStyle
    tiny: ParagraphStyle
    tiny_bold: ParagraphStyle
    tiny_muted: ParagraphStyle
    decision: ParagraphStyle
    decision_bold: ParagraphStyle
    h2_page1: ParagraphStyle


@cache
def styles(lang: str = "de") -> Styles:
    """The paragraph styles for ``lang``; built on first use (they need the fonts)."""
    register_fonts()
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    text, muted, accent = colors.HexColor(TEXT), colors.HexColor(MUTED), colors.HexColor(ACCENT)
    base = ParagraphStyle(
        "wk-body", fontName=SANS, fontSize=10, leading=14, textColor=text,
        spaceAfter=5, splitLongWords=1, allowWidows=0, allowOrphans=0,
        # Words that do not fit are hyphenated by the language's rules. Only what no rule can
        # break (a long number, a URL) is split as a last resort.
        hyphenationLang=_hyphenator(lang), embeddedHyphenation=0, uriWasteReduce=0.3,
    )

    def derive(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    # Headings keep with the next flowable so none is left alone at a page bottom.
    return Styles(
        title=derive("wk-title", fontName=SANS_BOLD, fontSize=19, leading=23,
                     textColor=accent, spaceAfter=2),
        subtitle=derive("wk-subtitle", fontSize=11.5, leading=15, textColor=muted,
                        spaceAfter=8),
        h1=derive("wk-h1", fontName=SANS_BOLD, fontSize=16, leading=20, textColor=accent,
                  spaceBefore=4, spaceAfter=8, keepWithNext=1),
        h2=derive("wk-h2", fontName=SANS_BOLD, fontSize=12.5, leading=16, textColor=accent,
                  spaceBefore=12, spaceAfter=5, keepWithNext=1),
        h3=derive("wk-h3", fontName=SANS_BOLD, fontSize=10.5, leading=14, spaceBefore=8,
                  spaceAfter=3, keepWithNext=1),
        # Before a long table keepWithNext would push heading and table to the next page
        # (KeepTogether cannot split); the caller puts a CondPageBreak before these instead.
        h2_table=derive("wk-h2-table", fontName=SANS_BOLD, fontSize=12.5, leading=16,
                        textColor=accent, spaceBefore=12, spaceAfter=5),
        h3_table=derive("wk-h3-table", fontName=SANS_BOLD, fontSize=10.5, leading=14,
                        spaceBefore=8, spaceAfter=3),
        body=base,
        small=derive("wk-small", fontSize=9, leading=12),
        muted=derive("wk-muted", fontSize=9, leading=12, textColor=muted),
        cell=derive("wk-cell", fontSize=9, leading=11.5, spaceAfter=0),
        cell_bold=derive("wk-cell-bold", fontName=SANS_BOLD, fontSize=9, leading=11.5,
                         spaceAfter=0),
        cell_head=derive("wk-cell-head", fontName=SANS_BOLD, fontSize=9, leading=11.5,
                         spaceAfter=0, textColor=colors.white),
        cell_small=derive("wk-cell-small", fontSize=9, leading=11.5, spaceAfter=0,
                          textColor=muted),
        figure_label=derive("wk-figure", fontSize=9, leading=12, textColor=muted,
                            alignment=TA_CENTER, spaceAfter=6),
        score_value=derive("wk-score-value", fontName=SANS_BOLD, fontSize=19, leading=23,
                           textColor=accent, alignment=TA_CENTER, spaceAfter=0),
        score_label=derive("wk-score-label", fontSize=9, leading=11.5, textColor=muted,
                           alignment=TA_CENTER, spaceAfter=0),
        h4=derive("wk-h4", fontName=SANS_BOLD, fontSize=9.5, leading=12, textColor=accent,
                  spaceBefore=5, spaceAfter=2, keepWithNext=1),
        tiny=derive("wk-tiny", fontSize=8, leading=10, spaceAfter=0),
        tiny_bold=derive("wk-tiny-bold", fontName=SANS_BOLD, fontSize=8, leading=10,
                         spaceAfter=0),
        tiny_muted=derive("wk-tiny-muted", fontSize=8, leading=10, spaceAfter=0,
                          textColor=muted),
        decision=derive("wk-decision", fontSize=9, leading=11.5, spaceAfter=0),
        decision_bold=derive("wk-decision-bold", fontName=SANS_BOLD, fontSize=9, leading=11.5,
                             spaceAfter=0),
        h2_page1=derive("wk-h2-page1", fontName=SANS_BOLD, fontSize=12, leading=15,
                        textColor=accent, spaceBefore=7, spaceAfter=3, keepWithNext=1),
    )
