"""The perception heatmap: role groups × dimensions, each cell the group's median level.

A matplotlib ``Figure`` (no pyplot, no Qt, no reportlab) so that the results screen and,
later, the PDF draw the same chart. Readable without colour: every cell prints its median
(and the number of people behind it); the colour only repeats the number on a light-to-dark
scale whose text switches to white on the dark half. A cell without enough voters is hatched
and says "–". matplotlib is imported inside the function (it costs ~0.6 s at import).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.domain.answers import MAX_LEVEL
from desktop_app.domain.model import Guideline
from desktop_app.domain.perception import Perception
from desktop_app.texts import t, tn

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Light to dark blue (ColorBrewer "Blues", 5 classes): ordered in lightness, so it also reads
# in grey; ink on the light three, white on the dark two (contrast above 4.5:1 each).
LEVEL_COLOURS = ("#eff3ff", "#bdd7e7", "#6baed6", "#2171b5", "#08306b")
LEVEL_TEXT = ("#1a1a1a", "#1a1a1a", "#1a1a1a", "#ffffff", "#ffffff")
EMPTY = "#f2f2f2"
INK = "#1a1a1a"
FONT = "DejaVu Sans"
LABEL_SIZE = 7.5


def perception_figure(
    perception: Perception, guideline: Guideline, lang: str, width_cm: float = 17.0
) -> Figure | None:
    """The heatmap, or None when fewer than two groups can be shown."""
    if perception.empty:
        return None
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    dims = list(guideline.dimensions)
    groups = perception.groups
    height_cm = 2.2 + 1.0 * len(groups)
    fig = Figure(figsize=(width_cm / 2.54, height_cm / 2.54), layout="constrained")
    fig.patch.set_facecolor("white")
    ax = fig.add_subplot()
    for row, group in enumerate(groups):
        for col, dim in enumerate(dims):
            level = perception.dimensions.get(dim.id, {}).get(group.key)
            y = len(groups) - 1 - row
            if level is None:
                ax.add_patch(
                    Rectangle((col, y), 1, 1, facecolor=EMPTY, edgecolor="white",
                              hatch="///", linewidth=1.5)
                )
                ax.text(col + 0.5, y + 0.5, "–", ha="center", va="center", color=INK,
                        fontsize=LABEL_SIZE + 1, family=FONT)
                continue
            shade = max(0, min(MAX_LEVEL, level.median))
            ax.add_patch(
                Rectangle((col, y), 1, 1, facecolor=LEVEL_COLOURS[shade], edgecolor="white",
                          linewidth=1.5)
            )
            ax.text(col + 0.5, y + 0.58, str(level.median), ha="center", va="center",
                    color=LEVEL_TEXT[shade], fontsize=LABEL_SIZE + 2.5, fontweight="bold",
                    family=FONT)
            mean = f"{level.mean:.1f}"
            ax.text(col + 0.5, y + 0.2, "Ø " + (mean.replace(".", ",") if lang == "de" else mean),
                    ha="center", va="center", color=LEVEL_TEXT[shade],
                    fontsize=LABEL_SIZE - 1, family=FONT)
    ax.set_xlim(0, len(dims))
    ax.set_ylim(0, len(groups))
    ax.set_xticks([c + 0.5 for c in range(len(dims))])
    ax.set_xticklabels([d.id for d in dims], fontsize=LABEL_SIZE + 1, family=FONT, color=INK)
    ax.xaxis.tick_top()
    ax.set_yticks([len(groups) - 1 - r + 0.5 for r in range(len(groups))])
    ax.set_yticklabels(
        [f"{g.name(lang)}\n{tn('count.people', g.voters, lang)}" for g in groups],
        fontsize=LABEL_SIZE, family=FONT, color=INK,
    )
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_xlabel(t("perception.chart_note", lang), fontsize=LABEL_SIZE - 0.5, family=FONT,
                  color=INK, parse_math=False)
    for label in ax.get_yticklabels():
        label.set_parse_math(False)
    return fig
