"""Small building blocks shared by the report sections: paragraphs, tables, charts, formats."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Image, Paragraph, Table, TableStyle

from desktop_app.reporting.charts import figure_png
from desktop_app.reporting.fonts import SANS
from desktop_app.reporting.strings import tr
from desktop_app.reporting.styles import ACCENT, RULE, ZEBRA, styles
from desktop_app.reporting.text import markup

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from reportlab.lib.styles import ParagraphStyle

    from desktop_app.domain.model import Guideline

Cell = Flowable | str | list[Flowable]


def para(text: str | None, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of user or content text (escaped; never interpreted as markup)."""
    return Paragraph(markup(text), style or styles().body)


def rich(parts: Sequence[tuple[str, str | None]], style: ParagraphStyle) -> Paragraph:
    """A paragraph of (fixed markup, user text) pairs, e.g. ``("<b>Warum:</b> ", reason)``.

    Only the first element of each pair may contain markup, and it comes from this package.
    """
    return Paragraph("".join(tag + markup(text) for tag, text in parts), style)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    align_right: Sequence[int] = (),
) -> Table:
    """A table whose rows split across pages; the header row repeats on every page."""
    s = styles()
    head = [Paragraph(markup(h), s.cell_head) for h in header]
    table = Table([head, *rows], colWidths=list(widths), repeatRows=1, splitInRow=1,
                  hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),  # empty cells would pull in Helvetica
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(ACCENT)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
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


def percent(value: float | None, lang: str) -> str:
    if value is None:
        return tr("not_rated", lang)
    return f"{value:.0f} %" if lang == "de" else f"{value:.0f}%"


def level_name(level: int | None, guideline: Guideline, lang: str) -> str:
    """``2 – teilweise umgesetzt``; tolerant of scales shorter than the answer."""
    if level is None:
        return tr("none", lang)
    if 0 <= level < len(guideline.scale):
        return f"{level} – {guideline.scale_label(level, lang)}"
    return str(level)


def day(value: date | None, lang: str) -> str:
    if value is None:
        return tr("due_open", lang)
    return value.strftime("%d.%m.%Y") if lang == "de" else value.isoformat()


def source_names(ids: Sequence[str], guideline: Guideline) -> str:
    """Short citations of ``ids``; an unknown id is shown as is rather than dropped."""
    return "; ".join(guideline.sources[i].short if i in guideline.sources else i for i in ids)
