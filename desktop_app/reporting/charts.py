"""Charts of an evaluation as matplotlib ``Figure`` objects, shared by the PDF and the GUI.

No pyplot (global state, GUI backends) and no reportlab or Qt here: the GUI wraps a figure in
``FigureCanvasQTAgg``, the PDF renders it with :func:`figure_png`. matplotlib is imported
inside the functions because importing it costs ~0.6 s, which start-up must not pay.
Figures are sized for their place on A4 so that 7.5 pt labels stay 7.5 pt on paper. Each
chart is drawn from the report model's chart data (:mod:`desktop_app.reporting.model`), the
same data every other output gets.
Content strings are drawn with ``parse_math=False``: a "$" in a title is not TeX.
"""

from __future__ import annotations

import io
import math
import textwrap
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, cast

from desktop_app.reporting.formats import percent
from desktop_app.reporting.strings import tr
from desktop_app.reporting.text import clean

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.projections.polar import PolarAxes

    from desktop_app.domain.assessment import Evaluation
    from desktop_app.reporting.model.types import Chart

# Okabe–Ito colours: distinguishable with every common colour-vision deficiency.
CURRENT = "#0072B2"  # blue
TARGET = "#D55E00"  # vermillion
NEUTRAL = "#8C8C8C"
LIGHT = "#9CC3DD"  # the other levels beside the team's in a vote chart
GRID = "#D9D9D9"
INK = "#1A1A1A"
FONT = "DejaVu Sans"
LABEL_SIZE = 7.5


@cache
def _charmap() -> frozenset[int]:
    from matplotlib import font_manager

    return frozenset(font_manager.get_font(font_manager.findfont(FONT)).get_charmap())


def chart_text(text: str, width: int = 0, lines: int = 2) -> str:
    """Content text safe for a chart label, optionally wrapped to ``lines`` lines."""
    glyphs = _charmap()
    cleaned = "".join(
        ch if ch == "\n" or ord(ch) in glyphs else "□" for ch in clean(text, 500)
    )
    cleaned = " ".join(cleaned.split())
    if not width:
        return cleaned
    # Whole words only: "Steuerun-gsstrukturen" is worse than a line a little too long.
    wrapped = textwrap.wrap(cleaned, width, break_long_words=False) or [""]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][: width - 1].rstrip() + "…"
    return "\n".join(wrapped)


def _figure(width_cm: float, height_cm: float) -> Figure:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width_cm / 2.54, height_cm / 2.54), layout="constrained")
    fig.patch.set_facecolor("white")
    return fig


def _hbars(
    fig: Figure,
    labels: Sequence[str],
    values: Sequence[float | None],
    targets: Sequence[float | None] | None,
    chart: Chart,
    lang: str,
    label_width: float = 0.36,
) -> Axes:
    """Horizontal bars from 0 to ``chart.value_max``, first item on top, optional targets."""
    ax = fig.add_subplot()
    n = len(labels)
    top = chart.value_max
    ys = list(range(n))[::-1]
    for y, value in zip(ys, values, strict=True):
        if value is None:
            ax.text(top * 0.01, y, tr("chart_no_data", lang), va="center", ha="left",
                    fontsize=LABEL_SIZE, color=NEUTRAL, fontfamily=FONT, parse_math=False)
            continue
        ax.barh(y, value, height=0.6, color=CURRENT, zorder=2)
        inside = value > top * 0.82
        gap = top * 0.015
        ax.text(value - gap if inside else value + gap, y, percent(value, lang), va="center",
                ha="right" if inside else "left", fontsize=LABEL_SIZE, fontfamily=FONT,
                color="white" if inside else INK, zorder=3)
    series = [s.name for s in chart.panels[0].series]
    if targets is not None:
        for y, target in zip(ys, targets, strict=True):
            if target is not None:
                ax.plot([target, target], [y - 0.4, y + 0.4], color=TARGET, lw=2, zorder=4)
        from matplotlib.lines import Line2D
        from matplotlib.patches import Patch

        ax.legend(
            handles=[Patch(color=CURRENT, label=series[0]),
                     Line2D([], [], color=TARGET, lw=2, label=series[1])],
            loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2, frameon=False,
            prop={"family": FONT, "size": LABEL_SIZE},
        )
    for y, text in zip(ys, labels, strict=True):
        ax.text(-0.02, y, text, transform=ax.get_yaxis_transform(), ha="right", va="center",
                fontsize=LABEL_SIZE, fontfamily=FONT, parse_math=False, color=INK)
    ax.set_xlim(0, top)
    ax.set_ylim(-0.6, n - 0.4)
    ax.set_yticks([])
    ax.set_xticks([top * i / 4 for i in range(5)])
    ax.tick_params(labelsize=LABEL_SIZE)
    for lab in ax.get_xticklabels():
        lab.set_fontfamily(FONT)
    ax.set_xlabel(chart.axis_label, fontsize=LABEL_SIZE, fontfamily=FONT, color=INK)
    ax.grid(axis="x", color=GRID, lw=0.6, zorder=0)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    # Leave room on the left for the labels drawn outside the axes.
    engine = fig.get_layout_engine()
    assert engine is not None  # _figure() gives every figure the constrained layout
    engine.set(rect=(label_width, 0, 1 - label_width, 1))  # type: ignore[call-arg]
    return ax


def _series(chart: Chart) -> tuple[Sequence[float | None], Sequence[float | None] | None]:
    panel = chart.panels[0]
    values = panel.series[0].values
    targets = panel.series[1].values if len(panel.series) > 1 else None
    return values, targets


def draw_bars(chart: Chart, lang: str, width_cm: float = 17.0, wrap: int = 42,
              label_width: float = 0.34, height_cm: float | None = None) -> Figure:
    """A bar chart of ``chart``'s first panel (with targets when it has a second series)."""
    panel = chart.panels[0]
    fig = _figure(width_cm, height_cm or 1.6 + 0.75 * max(1, len(panel.categories)))
    values, targets = _series(chart)
    labels = [chart_text(c, wrap) for c in panel.categories]
    _hbars(fig, labels, values, targets, chart, lang, label_width)
    return fig


def draw_radar(chart: Chart, lang: str, width_cm: float = 9.0, ids_only: bool = False) -> Figure:
    """``chart``'s first panel as a radar with the target polygon.

    ``ids_only`` labels the axes with their first word (the dimension's letter) where a
    table beside the chart names them, so the radar itself can be larger. A radar needs at
    least three axes; with fewer categories it falls back to bars.
    """
    panel = chart.panels[0]
    n = len(panel.categories)
    if n < 3:
        fig = _figure(width_cm, 2.6 + 0.9 * max(1, n))
        values, targets = _series(chart)
        _hbars(fig, [chart_text(c, 18) for c in panel.categories], values, targets, chart,
               lang, label_width=0.42)
        return fig
    fig = _figure(width_cm, width_cm * 0.92)
    ax = cast("PolarAxes", fig.add_subplot(projection="polar"))
    # First category at the top, then clockwise, like a clock face. Angles stay within
    # 0..2π: negative ones make matplotlib shrink the polar axes to a wedge.
    ax.set_theta_zero_location("N")
    ax.set_theta_direction(-1)
    angles = [2 * math.pi * i / n for i in range(n)]
    raw, targets = _series(chart)
    current = [v or 0.0 for v in raw]
    target = [v or 0.0 for v in (targets or [None] * n)]
    closed = [*angles, angles[0]]
    names = [s.name for s in panel.series]
    ax.fill(closed, [*current, current[0]], color=CURRENT, alpha=0.25, zorder=2)
    ax.plot(closed, [*current, current[0]], color=CURRENT, lw=1.8, zorder=3, label=names[0])
    if targets is not None:
        ax.plot(closed, [*target, target[0]], color=TARGET, lw=1.5, ls="--", zorder=3,
                label=names[1])
    ax.scatter(angles, current, color=CURRENT, s=10, zorder=4)
    unrated = [a for a, v in zip(angles, raw, strict=True) if v is None]
    if unrated:  # not rated is not the same as 0 %: mark it hollow
        ax.scatter(unrated, [0] * len(unrated), facecolors="white", edgecolors=NEUTRAL,
                   s=14, zorder=5)
    top = chart.value_max
    ax.set_ylim(0, top)
    ax.set_yticks([top / 4, top / 2, top * 3 / 4, top])
    ax.set_yticklabels([f"{top / 4:.0f}", f"{top / 2:.0f}", f"{top * 3 / 4:.0f}", ""],
                       fontsize=LABEL_SIZE, color=NEUTRAL, fontfamily=FONT)
    ax.set_xlim(0, 2 * math.pi)
    ax.set_rlabel_position(180 / n)
    ax.set_xticks(angles)
    ax.set_xticklabels([])
    ax.grid(color=GRID, lw=0.6)
    ax.spines["polar"].set_color(GRID)
    wrap = 16 if n > 6 else 20
    for angle, name in zip(angles, panel.categories, strict=True):
        sin = math.sin(angle)  # > 0: right half of the clock face
        ha = "center" if abs(sin) < 0.3 else ("left" if sin > 0 else "right")
        text = name.split(" ", 1)[0] if ids_only else chart_text(name, wrap, lines=4)
        ax.text(angle, top * (1.1 if ids_only else 1.16), text, ha=ha, va="center",
                fontsize=LABEL_SIZE + 1 if ids_only else LABEL_SIZE, fontfamily=FONT,
                fontweight="bold" if ids_only else "normal", parse_math=False, color=INK)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, -0.3), ncols=2, frameon=False,
              prop={"family": FONT, "size": LABEL_SIZE})
    return fig


def draw_columns(chart: Chart, lang: str, columns: int = 3) -> Figure:
    """Small multiples of vertical bars, every panel on the same value axis.

    One figure renders several times faster than one per panel; a shared axis keeps a
    bar of 5 votes equally tall in every panel.
    """
    rows = max(1, math.ceil(len(chart.panels) / columns))
    fig = _figure(17, 4.2 * rows)
    axes = fig.subplots(rows, columns, squeeze=False, sharey=True)
    top = max(1.0, chart.value_max)
    for i, ax in enumerate(axes.flat):
        if i >= len(chart.panels):
            ax.set_visible(False)
            continue
        panel = chart.panels[i]
        values = [v or 0.0 for v in panel.series[0].values]
        xs = list(range(len(values)))
        colours = [CURRENT if x == panel.highlight else LIGHT for x in xs]
        ax.bar(xs, values, color=colours, width=0.7, zorder=2)
        for x, v in zip(xs, values, strict=True):
            if v:
                ax.text(x, v, f"{v:.0f}", ha="center", va="bottom", fontsize=LABEL_SIZE,
                        fontfamily=FONT)
        ax.set_xticks(xs)
        ticks = ax.set_xticklabels(panel.categories, fontsize=LABEL_SIZE, fontfamily=FONT)
        for x, tick in enumerate(ticks):
            tick.set_parse_math(False)
            if x == panel.highlight:  # the team's level, also where nobody voted for it
                tick.set_fontweight("bold")
                tick.set_color(CURRENT)
        ax.set_ylim(0, top * 1.22)
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.tick_params(axis="y", labelsize=LABEL_SIZE)
        ax.tick_params(axis="x", length=0)
        ax.set_title(chart_text(panel.title, 34, 2), fontsize=LABEL_SIZE, fontfamily=FONT,
                     loc="left", parse_math=False)
        ax.grid(axis="y", color=GRID, lw=0.6, zorder=0)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        if i % columns == 0:
            ax.set_ylabel(chart.axis_label, fontsize=LABEL_SIZE, fontfamily=FONT)
    return fig


# The results dashboard of the GUI draws the same charts from an evaluation.


def radar_figure(ev: Evaluation, lang: str, width_cm: float = 9.0) -> Figure:
    """Maturity per dimension as a radar with the target polygon."""
    from desktop_app.reporting.model.figures import dimension_chart

    return draw_radar(dimension_chart(ev, lang), lang, width_cm)


def dimension_bars_figure(ev: Evaluation, lang: str) -> Figure:
    """One bar per dimension: current maturity with the target marked."""
    from desktop_app.reporting.model.figures import dimension_chart

    return draw_bars(dimension_chart(ev, lang), lang)


def category_bars_figure(ev: Evaluation, lang: str) -> Figure:
    """Maturity of the technical, personnel and organisational statements."""
    from desktop_app.reporting.model.figures import category_chart

    return draw_bars(category_chart(ev, lang), lang, label_width=0.2, height_cm=4.2)


def barrier_figure(ev: Evaluation, lang: str) -> Figure:
    """How strongly each change barrier shows; a longer bar is a stronger barrier."""
    from desktop_app.reporting.model.figures import barrier_chart

    return draw_bars(barrier_chart(ev, lang), lang, label_width=0.24)


def figure_png(fig: Figure, dpi: int = 150) -> bytes:
    """Render ``fig`` to an opaque RGB PNG; no software tag, so output is reproducible.

    150 dpi is sharp at the printed size. Without an alpha channel reportlab embeds one
    image instead of image plus soft mask, and the fast zlib level keeps encoding cheap
    (reportlab re-compresses the pixels anyway): together a third of the report's time.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    canvas = FigureCanvasAgg(fig)
    fig.set_dpi(dpi)
    canvas.draw()  # type: ignore[no-untyped-call]  # matplotlib's annotation is missing
    rgba = Image.frombuffer(
        "RGBA", canvas.get_width_height(), canvas.buffer_rgba()  # type: ignore[no-untyped-call]
    )
    buffer = io.BytesIO()
    rgba.convert("RGB").save(buffer, format="PNG", compress_level=1, dpi=(dpi, dpi))
    return buffer.getvalue()
