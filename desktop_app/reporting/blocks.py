"""Small building blocks shared by the report sections: paragraphs, tables, charts."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

from reportlab.lib import colors
from reportlab.platypus import Flowable, Image, Paragraph, Table, TableStyle

from desktop_app.reporting.charts import figure_png
from desktop_app.reporting.fonts import SANS
from desktop_app.reporting.styles import ACCENT, RULE, ZEBRA, styles
from desktop_app.reporting.text import markup

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from reportlab.lib.styles import ParagraphStyle

Cell: TypeAlias = Flowable | str | list[Flowable]  # noqa: UP040 - reportlab types are Any


def para(text: str | None, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user or content text (escaped; never interpreted as markup)."""
    return Paragraph(markup(text), style)


def rich(parts: Sequence[tuple[str, str | None]], style: ParagraphStyle) -> Paragraph:
    """A paragraph of (fixed markup, user text) pairs, e.g. ``("<b>Warum:</b> ", reason)``.

    Only the first element of each pair may contain markup, and it comes from this package.
    """
    return Paragraph("".join(tag + markup(text) for tag, text in parts), style)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    lang: str,
    *,
    align_right: Sequence[int] = (),
    padding: float = 3,
) -> Table:
    """A table whose rows split across pages; the header row repeats on every page."""
    s = styles(lang)
    head = [Paragraph(markup(h), s.cell_head) for h in header]
    table = Table([head, *rows], colWidths=list(widths), repeatRows=1, splitInRow=1,
                  hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),  # empty cells would pull in Helvetica
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(ACCENT)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding + 1),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor(RULE)),
    ]
    commands += [("BACKGROUND", (0, i), (-1, i), colors.HexColor(ZEBRA))
                 for i in range(2, len(rows) + 1, 2)]
    commands += [("ALIGN", (c, 1), (c, -1), "RIGHT") for c in align_right]
    table.setStyle(TableStyle(commands))
    return table


def chart(fig: Figure, max_width: float, max_height: float | None = None) -> Image:
    """``fig`` as a PNG image at its designed size, shrunk to fit if necessary."""
    width, height = (v * 72 for v in fig.get_size_inches())
    scale = min(1.0, max_width / width, (max_height or height) / height)
    image = Image(io.BytesIO(figure_png(fig)), width=width * scale, height=height * scale)
    image.hAlign = "CENTER"
    return image


def facts_table(pairs: Sequence[tuple[str, str]], widths: Sequence[float], lang: str) -> Table:
    """``label | value`` rows without a header, e.g. the facts about an assessment."""
    s = styles(lang)
    table = Table([[para(k, s.tiny_muted), para(v, s.tiny)] for k, v in pairs] or [["", ""]],
                  colWidths=list(widths), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),  # empty cells would pull in Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
    ]))
    return table


def fit(text: str, style: ParagraphStyle, width: float) -> str:
    """``text`` cut at a word with an ellipsis so that it fits one line of ``width`` points.

    For lists that must stay one line per entry (page 1); the full text is elsewhere.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = " ".join(text.split())

    def wide(value: str) -> bool:
        return bool(stringWidth(value, style.fontName, style.fontSize) > width)

    if not wide(text):
        return text
    words = text.split(" ")
    while len(words) > 1 and wide(" ".join(words) + "…"):
        words.pop()
    cut = " ".join(words).rstrip(" ,;:–-")
    while cut and wide(cut + "…"):
        cut = cut[:-1]
    return cut + "…"
