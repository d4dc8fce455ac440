"""The regional comparison in the PDF: a chart of the peer group's middle half and the own
score per line, and the same figures in a table (the chart alone would hide the numbers).

Used as a section of the action plan (``pdf.render_model``) and on its own
(``pdf.render_comparison``, for the benchmark and for handing the comparison out alone).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, KeepTogether, Spacer

from desktop_app.reporting.blocks import chart, data_table, para
from desktop_app.reporting.charts import FONT, GRID, INK, LABEL_SIZE, NEUTRAL, chart_text
from desktop_app.reporting.formats import percent
from desktop_app.reporting.strings import tr
from desktop_app.reporting.styles import CM, CONTENT_WIDTH, styles

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from desktop_app.reporting.model.comparison import ComparisonSection
    from desktop_app.reporting.model.types import ReportModel

MIDDLE = "#BFD7E8"  # the peer group's middle half: light, so the own marker stands out
MEDIAN = "#1A1A1A"
OWN = "#D55E00"  # Okabe–Ito vermillion, distinct from the blue for every colour vision


def draw_comparison(section: ComparisonSection, lang: str, width_cm: float = 17.0) -> Figure:
    """One row per line: the middle half as a bar, the median as a stroke, the own score as a
    diamond; a line without a figure says so instead of drawing a bar."""
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    lines = section.lines
    # A fixed frame (no constrained layout): labels left of the axes, the legend above it.
    top_cm, bottom_cm, row_cm = 0.9, 1.1, 0.5
    height_cm = top_cm + bottom_cm + row_cm * len(lines)
    fig = Figure(figsize=(width_cm / 2.54, height_cm / 2.54))
    fig.patch.set_facecolor("white")
    ax = fig.add_axes((0.36, bottom_cm / height_cm, 0.6,
                       row_cm * len(lines) / height_cm))
    ys = list(range(len(lines)))[::-1]
    for y, line in zip(ys, lines, strict=True):
        if line.has_peers:
            low, mid, high = line.lower_quartile, line.median, line.upper_quartile
            assert low is not None and mid is not None and high is not None
            ax.barh(y, high - low, left=low, height=0.56, color=MIDDLE, zorder=2)
            ax.plot([mid, mid], [y - 0.3, y + 0.3], color=MEDIAN, lw=1.6, zorder=3)
        else:  # the note beside the own marker, on whichever side has room
            right = line.own is None or line.own < 55
            x = 1.0 if line.own is None else line.own + (3 if right else -3)
            ax.text(x, y, chart_text(line.note), va="center", ha="left" if right else "right",
                    fontsize=LABEL_SIZE - 0.5, color=NEUTRAL, fontfamily=FONT,
                    parse_math=False)
        if line.own is not None:
            ax.plot([line.own], [y], marker="D", markersize=5.5, color=OWN,
                    markeredgecolor="white", markeredgewidth=0.6, zorder=4, linestyle="none")
        weight = "bold" if line.group == "overall" else "normal"
        ax.text(-0.015, y, chart_text(line.label, 40, 1), transform=ax.get_yaxis_transform(),
                ha="right", va="center", fontsize=LABEL_SIZE, fontfamily=FONT, color=INK,
                fontweight=weight, parse_math=False)
    # Separate overall, dimensions and categories by a thin rule.
    groups = [line.group for line in lines]
    for i in range(1, len(lines)):
        if groups[i] != groups[i - 1]:
            ax.axhline(ys[i] + 0.5, color=GRID, lw=0.8, zorder=1)
    ax.set_xlim(0, 100)
    ax.set_ylim(-0.6, len(lines) - 0.4)
    ax.set_yticks([])
    ax.set_xticks([0, 25, 50, 75, 100])
    ax.set_xticklabels([percent(v, lang) for v in (0, 25, 50, 75, 100)],
                       fontsize=LABEL_SIZE, fontfamily=FONT)
    ax.set_xlabel(section.axis_label, fontsize=LABEL_SIZE, fontfamily=FONT, color=INK)
    ax.grid(axis="x", color=GRID, lw=0.6, zorder=0)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    fig.legend(
        handles=[
            Patch(color=MIDDLE, label=section.legend_middle),
            Line2D([], [], color=MEDIAN, lw=1.6, label=section.legend_median),
            Line2D([], [], color=OWN, marker="D", linestyle="none", markersize=5.5,
                   label=section.legend_own),
        ],
        loc="upper center", bbox_to_anchor=(0.66, 1.0), ncols=3, frameon=False,
        prop={"family": FONT, "size": LABEL_SIZE},
    )
    return fig


def _table(section: ComparisonSection, lang: str) -> Flowable:
    s = styles(lang)
    header = [tr(f"comparison_col_{c}", lang)
              for c in ("area", "own", "lower", "median", "upper", "n", "note")]
    rows = []
    for line in section.lines:
        name = para(line.label, s.cell_bold if line.group == "overall" else s.cell_small)
        figures = ([percent(v, lang) for v in (line.lower_quartile, line.median,
                                               line.upper_quartile)] + [str(line.contributors)]
                   if line.has_peers else ["–", "–", "–", "–"])
        rows.append([name, para(percent(line.own, lang) if line.own is not None else "–",
                                s.cell_small),
                     *[para(f, s.cell_small) for f in figures], para(line.note, s.cell_small)])
    # The note gets what is left: "unter dem mittleren Bereich" should fit on one line.
    widths = [4.3 * CM, 1.4 * CM, 1.7 * CM, 1.6 * CM, 1.7 * CM, 2.5 * CM]
    widths.append(CONTENT_WIDTH - sum(widths))
    return data_table(header, rows, widths, lang, align_right=(1, 2, 3, 4, 5), padding=1.5)


def flowables(section: ComparisonSection, lang: str) -> list[Flowable]:
    s = styles(lang)
    story: list[Flowable] = [
        para(section.title, s.h1),
        para(section.peer_group, s.h3),
        para(section.intro, s.small),
        para(section.sharing, s.small),
        Spacer(1, 6),
    ]
    if not section.has_peers:
        return [*story, para(section.empty, s.body)]
    figure = draw_comparison(section, lang)
    # The heading stays with its chart: no title alone at the foot of a page.
    return [KeepTogether([*story, chart(figure, CONTENT_WIDTH)]), Spacer(1, 8),
            _table(section, lang)]


def build(model: ReportModel) -> list[Flowable]:
    """The section of the action plan (present only when the model has a comparison)."""
    if model.comparison is None:
        return []
    return flowables(model.comparison, model.lang)

