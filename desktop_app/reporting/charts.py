"""Charts of an evaluation as matplotlib ``Figure`` objects, shared by the PDF and the GUI.

No pyplot (global state, GUI backends) and no reportlab or Qt here: the GUI wraps a figure in
``FigureCanvasQTAgg``, the PDF renders it with :func:`figure_png`. matplotlib is imported
inside the functions because importing it costs ~0.6 s, which start-up must not pay.
Figures are sized for their place on A4 so that 7–8 pt labels stay 7–8 pt on paper.
Content strings are drawn with ``parse_math=False``: a "$" in a title is not TeX.
"""

from __future__ import annotations

import io
import math
import textwrap
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from desktop_app.domain.labels import label
from desktop_app.domain.model import Category
from desktop_app.reporting.strings import tr
from desktop_app.reporting.text import clean

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from desktop_app.domain.assessment import Evaluation
    from desktop_app.domain.scoring import Score

# Okabe–Ito colours: distinguishable with every common colour-vision deficiency.
CURRENT = "#0072B2"  # blue
TARGET = "#D55E00"  # vermillion
NEUTRAL = "#8C8C8C"
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


def _percent(score: Score) -> float | None:
    return score.percent


def _target_percent(score: Score) -> float | None:
    return None if score.mean_target is None else 100.0 * score.mean_target / 4


def _hbars(
    fig: Figure,
    labels: Sequence[str],
    values: Sequence[float | None],
    targets: Sequence[float | None] | None,
    lang: str,
    axis_label: str,
    label_width: float = 0.36,
) -> Axes:
    """Horizontal 0–100 % bars, first item on top, with optional target ticks."""
    ax = fig.add_subplot()
    n = len(labels)
    ys = list(range(n))[::-1]
    for y, value in zip(ys, values, strict=True):
        if value is None:
            ax.text(1, y, tr("chart_no_data", lang), va="center", ha="left",
                    fontsize=LABEL_SIZE, color=NEUTRAL, fontfamily=FONT, parse_math=False)
            continue
        ax.barh(y, value, height=0.6, color=CURRENT, zorder=2)
        inside = value > 82
        ax.text(value - 1.5 if inside else value + 1.5, y, f"{value:.0f} %", va="center",
                ha="right" if inside else "left", fontsize=LABEL_SIZE, fontfamily=FONT,
                color="white" if inside else INK, zorder=3)
    if targets is not None:
        for y, target in zip(ys, targets, strict=True):
            if target is not None:
                ax.plot([target, target], [y - 0.4, y + 0.4], color=TARGET, lw=2, zorder=4)
        from matplotlib.lines import Line2D
        from matplotlib.patches import Patch

        ax.legend(
            handles=[Patch(color=CURRENT, label=tr("chart_current", lang)),
                     Line2D([], [], color=TARGET, lw=2, label=tr("chart_target", lang))],
            loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2, frameon=False,
            fontsize=LABEL_SIZE, prop={"family": FONT, "size": LABEL_SIZE},
        )
    for y, text in zip(ys, labels, strict=True):
        ax.text(-0.02, y, text, transform=ax.get_yaxis_transform(), ha="right", va="center",
                fontsize=LABEL_SIZE, fontfamily=FONT, parse_math=False, color=INK)
    ax.set_xlim(0, 100)
    ax.set_ylim(-0.6, n - 0.4)
    ax.set_yticks([])
    ax.set_xticks([0, 25, 50, 75, 100])
    ax.tick_params(labelsize=LABEL_SIZE)
    for lab in ax.get_xticklabels():
        lab.set_fontfamily(FONT)
    ax.set_xlabel(axis_label, fontsize=LABEL_SIZE, fontfamily=FONT, color=INK)
    ax.grid(axis="x", color=GRID, lw=0.6, zorder=0)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    # Leave room on the left for the labels drawn outside the axes.
    fig.get_layout_engine().set(rect=(label_width, 0, 1 - label_width, 1))
    return ax


def dimension_bars_figure(ev: Evaluation, lang: str) -> Figure:
    """One bar per dimension: current maturity with the target marked."""
    dims = ev.guideline.dimensions
    fig = _figure(17, 1.6 + 0.75 * max(1, len(dims)))
    labels = [f"{d.id}  {chart_text(d.title.get(lang), 42)}" for d in dims]
    scores = [ev.results.dimensions[d.id] for d in dims]
    _hbars(fig, labels, [_percent(s) for s in scores], [_target_percent(s) for s in scores],
           lang, tr("chart_score", lang), label_width=0.34)
    return fig


def category_bars_figure(ev: Evaluation, lang: str) -> Figure:
    """Maturity of the technical, personnel and organisational statements."""
    fig = _figure(17, 4.2)
    scores = [ev.results.categories[c] for c in Category]
    _hbars(fig, [label(c, lang) for c in Category], [_percent(s) for s in scores],
           [_target_percent(s) for s in scores], lang, tr("chart_score", lang),
           label_width=0.2)
    return fig


def barrier_figure(ev: Evaluation, lang: str) -> Figure:
    """The change-barrier profile: maturity of the statements tied to each barrier."""
    profile = ev.results.barriers
    fig = _figure(17, 1.8 + 0.75 * max(1, len(profile)))
    labels = [f"{label(b.barrier, lang)} ({b.rated}/{b.statements})" for b in profile]
    _hbars(fig, labels, [b.percent for b in profile], None, lang,
           tr("chart_barrier_axis", lang), label_width=0.24)
    return fig


def radar_figure(ev: Evaluation, lang: str, width_cm: float = 9.0) -> Figure:
    """Maturity per dimension as a radar with the target polygon.

    A radar needs at least three axes; with fewer dimensions it falls back to bars.
    """
    dims = ev.guideline.dimensions
    if len(dims) < 3:
        fig = _figure(width_cm, 2.6 + 0.9 * max(1, len(dims)))
        labels = [f"{d.id}  {chart_text(d.title.get(lang), 18)}" for d in dims]
        scores = [ev.results.dimensions[d.id] for d in dims]
        _hbars(fig, labels, [_percent(s) for s in scores],
               [_target_percent(s) for s in scores], lang, tr("chart_score", lang),
               label_width=0.42)
        return fig
    fig = _figure(width_cm, width_cm * 0.9)
    ax = fig.add_subplot(projection="polar")
    n = len(dims)
    # First dimension at the top, then clockwise, like a clock face. Angles stay within
    # 0..2π: negative ones make matplotlib shrink the polar axes to a wedge.
    ax.set_theta_zero_location("N")
    ax.set_theta_direction(-1)
    angles = [2 * math.pi * i / n for i in range(n)]
    scores = [ev.results.dimensions[d.id] for d in dims]
    current = [s.percent or 0.0 for s in scores]
    target = [_target_percent(s) or 0.0 for s in scores]
    closed = [*angles, angles[0]]
    ax.fill(closed, [*current, current[0]], color=CURRENT, alpha=0.25, zorder=2)
    ax.plot(closed, [*current, current[0]], color=CURRENT, lw=1.8, zorder=3,
            label=tr("chart_current", lang))
    ax.plot(closed, [*target, target[0]], color=TARGET, lw=1.5, ls="--", zorder=3,
            label=tr("chart_target", lang))
    ax.scatter(angles, current, color=CURRENT, s=10, zorder=4)
    unrated = [a for a, s in zip(angles, scores, strict=True) if s.percent is None]
    if unrated:  # not rated is not the same as 0 %: mark it hollow
        ax.scatter(unrated, [0] * len(unrated), facecolors="white", edgecolors=NEUTRAL,
                   s=14, zorder=5)
    ax.set_ylim(0, 100)
    ax.set_yticks([25, 50, 75, 100])
    ax.set_yticklabels(["25", "50", "75", ""], fontsize=6, color=NEUTRAL,
                       fontfamily=FONT)
    ax.set_xlim(0, 2 * math.pi)
    ax.set_rlabel_position(180 / n)
    ax.set_xticks(angles)
    ax.set_xticklabels([])
    ax.grid(color=GRID, lw=0.6)
    ax.spines["polar"].set_color(GRID)
    wrap = 17 if n > 6 else 20
    for angle, dim in zip(angles, dims, strict=True):
        sin = math.sin(angle)  # > 0: right half of the clock face
        ha = "center" if abs(sin) < 0.3 else ("left" if sin > 0 else "right")
        ax.text(angle, 114, f"{dim.id} {chart_text(dim.title.get(lang), wrap, lines=4)}", ha=ha,
                va="center", fontsize=6.5, fontfamily=FONT, parse_math=False, color=INK)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, -0.32), ncols=2, frameon=False,
              prop={"family": FONT, "size": LABEL_SIZE})
    return fig


def _draw_distribution(ax: Axes, ev: Evaluation, statement_id: str, lang: str,
                       title: str, named_levels: bool = True) -> None:
    answer = ev.answers.get(statement_id)
    result = ev.results.statements.get(statement_id)
    dist = answer.distribution()
    levels = sorted(dist)
    consensus = result.level if result is not None else None
    colours = [CURRENT if lvl == consensus else "#9CC3DD" for lvl in levels]
    ax.bar(levels, [dist[lvl] for lvl in levels], color=colours, width=0.7, zorder=2)
    for lvl in levels:
        if dist[lvl]:
            ax.text(lvl, dist[lvl], str(dist[lvl]), ha="center", va="bottom",
                    fontsize=LABEL_SIZE - 0.5, fontfamily=FONT)
    names = [chart_text(f"{lvl} {ev.guideline.scale_label(lvl, lang)}", 11, 3)
             if named_levels and lvl < len(ev.guideline.scale) else str(lvl)
             for lvl in levels]
    ax.set_xticks(levels)
    for tick in ax.set_xticklabels(names, fontsize=6, fontfamily=FONT):
        tick.set_parse_math(False)
    top = max(dist.values(), default=0)
    ax.set_ylim(0, max(1, top) * 1.22)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.tick_params(axis="y", labelsize=6.5)
    ax.tick_params(axis="x", length=0)
    ax.set_title(title, fontsize=7.5, fontfamily=FONT, loc="left", parse_math=False)
    ax.grid(axis="y", color=GRID, lw=0.6, zorder=0)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def vote_distribution_figure(ev: Evaluation, statement_id: str, lang: str) -> Figure:
    """Individual votes per level (by headcount); the consensus level in the darker colour."""
    fig = _figure(8.2, 5.0)
    ax = fig.add_subplot()
    _draw_distribution(ax, ev, statement_id, lang, statement_id)
    ax.set_ylabel(tr("chart_votes_axis", lang), fontsize=LABEL_SIZE, fontfamily=FONT)
    return fig


def vote_distributions_figure(
    ev: Evaluation, statement_ids: Sequence[str], lang: str, columns: int = 3
) -> Figure:
    """Small multiples of :func:`vote_distribution_figure`, one figure for many statements.

    One figure renders several times faster than one per statement.
    """
    rows = max(1, math.ceil(len(statement_ids) / columns))
    fig = _figure(17, 4.4 * rows)
    axes = fig.subplots(rows, columns, squeeze=False)
    for i, ax in enumerate(axes.flat):
        if i >= len(statement_ids):
            ax.set_visible(False)
            continue
        sid = statement_ids[i]
        st = ev.results.statements.get(sid)
        text = st.statement.text.get(lang) if st is not None else ""
        _draw_distribution(ax, ev, sid, lang, f"{sid}  {chart_text(text, 34, 2)}",
                           named_levels=False)
    return fig


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
    canvas.draw()
    rgba = Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba())
    buffer = io.BytesIO()
    rgba.convert("RGB").save(buffer, format="PNG", compress_level=1, dpi=(dpi, dpi))
    return buffer.getvalue()
