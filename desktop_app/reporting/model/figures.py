"""Key figures, findings and the charts as data (values, alt text, the table behind each)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.domain.answers import MAX_LEVEL
from desktop_app.domain.labels import label
from desktop_app.domain.model import Category
from desktop_app.reporting.formats import number, percent
from desktop_app.reporting.model.types import (
    Chart,
    ChartKind,
    DataTable,
    Fact,
    Findings,
    GapRow,
    KeyFigures,
    OpenPoint,
    Panel,
    ScoreFigure,
    Series,
)
from desktop_app.reporting.strings import tr, trn

if TYPE_CHECKING:
    from desktop_app.domain.assessment import Evaluation
    from desktop_app.domain.scoring import Score

GAPS_SHOWN = 8  # the largest gaps leadership reads; every statement is in the annex
VOTE_PANELS = 6  # disputed statements drawn; all votes are in the annex


def score_figure(name: str, score: Score) -> ScoreFigure:
    target = None if score.mean_target is None else 100.0 * score.mean_target / MAX_LEVEL
    return ScoreFigure(name, score.percent, target, score.mean_level, score.rated, score.total)


def key_figures(ev: Evaluation, lang: str) -> KeyFigures:
    r = ev.results
    overall = score_figure(tr("overall", lang), r.overall)
    if overall.percent is not None and overall.mean_level is not None:
        meaning = tr("percent_meaning", lang, percent=percent(overall.percent, lang),
                     level=number(overall.mean_level, lang, 1),
                     top=ev.guideline.scale_label(MAX_LEVEL, lang)
                     if len(ev.guideline.scale) > MAX_LEVEL else str(MAX_LEVEL))
    else:
        meaning = tr("percent_meaning_none", lang)
    o = r.overall
    completeness = tr("completeness_line", lang, rated=o.rated, total=o.total,
                      unknown=o.unknown, not_relevant=o.not_relevant, missing=o.missing)
    if without_consensus := len(r.consensus_missing()):
        completeness += tr("completeness_consensus_missing", lang, n=without_consensus)
    plan = ev.plan
    counts = (
        Fact(tr("n_focus", lang), str(len([i for i in plan.focus()]))),
        Fact(tr("n_backlog", lang), str(len(plan.backlog()))),
        Fact(tr("n_clarify", lang), str(len(plan.clarifications()))),
        Fact(tr("n_rejected", lang), str(len(plan.rejected()))),
        Fact(tr("n_disagree", lang), str(len(r.disagreements()))),
    )
    return KeyFigures(
        overall=overall,
        categories=tuple(score_figure(label(c, lang), r.categories[c]) for c in Category),
        dimensions=tuple(score_figure(f"{d.id} {d.title.get(lang)}", r.dimensions[d.id])
                         for d in ev.guideline.dimensions),
        percent_meaning=meaning,
        completeness=completeness,
        counts=counts,
    )


def gaps(ev: Evaluation, lang: str) -> tuple[tuple[GapRow, ...], int]:
    g = ev.guideline
    every = ev.results.largest_gaps(limit=len(ev.results.statements))
    rows = []
    for r in every[:GAPS_SHOWN]:
        level = r.level or 0
        st = r.statement
        anchor = st.levels[level].get(lang) if level < len(st.levels) else ""
        rows.append(GapRow(
            statement_id=st.id, statement=st.text.get(lang), level=level,
            level_label=g.scale_label(level, lang) if level < len(g.scale) else str(level),
            anchor=anchor, target=r.target, gap=r.gap or 0, weight=st.weight,
        ))
    return tuple(rows), max(0, len(every) - GAPS_SHOWN)


def findings(ev: Evaluation, disputed: tuple[OpenPoint, ...], lang: str) -> Findings:
    rows, more = gaps(ev, lang)
    return Findings(rows, more, disputed)


def _percent_cell(value: float | None, lang: str) -> str:
    return percent(value, lang)


def dimension_chart(ev: Evaluation, lang: str) -> Chart:
    """Maturity per dimension against the team's target (radar or bars)."""
    dims = ev.guideline.dimensions
    scores = [score_figure(d.id, ev.results.dimensions[d.id]) for d in dims]
    names = tuple(f"{d.id} {d.title.get(lang)}" for d in dims)
    rated = [(s.percent, n) for s, n in zip(scores, names, strict=True) if s.percent is not None]
    if rated:
        high, low = max(rated), min(rated)
        alt = tr("alt_dimensions", lang, n=len(dims), high=high[1], high_v=percent(high[0], lang),
                 low=low[1], low_v=percent(low[0], lang))
    else:
        alt = tr("alt_no_data", lang)
    table = DataTable(
        (tr("col_dimension", lang), tr("chart_current", lang), tr("chart_target", lang),
         tr("col_rated", lang)),
        tuple((n, _percent_cell(s.percent, lang), _percent_cell(s.target_percent, lang),
               f"{s.rated}/{s.total}") for n, s in zip(names, scores, strict=True)),
    )
    return Chart(
        id="dimensions", kind=ChartKind.RADAR, title=tr("chart_dimensions_title", lang),
        caption=tr("caption_dimensions", lang), alt_text=alt, axis_label=tr("chart_score", lang),
        value_max=100.0,
        panels=(Panel("", names, (
            Series(tr("chart_current", lang), tuple(s.percent for s in scores)),
            Series(tr("chart_target", lang), tuple(s.target_percent for s in scores)),
        )),),
        table=table,
    )


def category_chart(ev: Evaluation, lang: str) -> Chart:
    """Maturity of the technical, personnel and organisational statements."""
    scores = [score_figure(label(c, lang), ev.results.categories[c]) for c in Category]
    names = tuple(s.name for s in scores)
    alt = "; ".join(f"{s.name} {percent(s.percent, lang)}" for s in scores)
    return Chart(
        id="categories", kind=ChartKind.BARS, title=tr("chart_categories_title", lang),
        caption=tr("caption_categories", lang), alt_text=alt, axis_label=tr("chart_score", lang),
        value_max=100.0,
        panels=(Panel("", names, (
            Series(tr("chart_current", lang), tuple(s.percent for s in scores)),
            Series(tr("chart_target", lang), tuple(s.target_percent for s in scores)),
        )),),
        table=DataTable(
            (tr("col_category", lang), tr("chart_current", lang), tr("chart_target", lang)),
            tuple((s.name, _percent_cell(s.percent, lang), _percent_cell(s.target_percent, lang))
                  for s in scores),
        ),
    )


def barrier_chart(ev: Evaluation, lang: str) -> Chart:
    """How strongly each change barrier shows: a longer bar is a stronger barrier."""
    profile = sorted(ev.results.barriers,
                     key=lambda b: (b.percent is None, b.percent if b.percent is not None else 0))
    names = tuple(f"{label(b.barrier, lang)} ({b.rated}/{b.statements})" for b in profile)
    strength = tuple(None if b.percent is None else 100.0 - b.percent for b in profile)
    shown = [(s, label(b.barrier, lang)) for s, b in zip(strength, profile, strict=True)
             if s is not None]
    alt = (tr("alt_barriers", lang, strongest=shown[0][1], value=percent(shown[0][0], lang))
           if shown else tr("alt_no_data", lang))
    return Chart(
        id="barriers", kind=ChartKind.BARS, title=tr("barriers", lang),
        caption=tr("caption_barriers", lang), alt_text=alt,
        axis_label=tr("chart_barrier_axis", lang), value_max=100.0,
        panels=(Panel("", names, (Series(tr("chart_strength", lang), strength),)),),
        table=DataTable(
            (tr("barrier", lang), tr("chart_strength", lang), tr("col_maturity", lang),
             tr("col_rated", lang)),
            tuple((label(b.barrier, lang), _percent_cell(s, lang),
                   _percent_cell(b.percent, lang), f"{b.rated}/{b.statements}")
                  for b, s in zip(profile, strength, strict=True)),
        ),
    )


def vote_chart(ev: Evaluation, disputed: tuple[OpenPoint, ...], lang: str) -> Chart:
    """Votes per level of the most disputed statements, all panels on one value axis."""
    shown = disputed[:VOTE_PANELS]
    levels = tuple(str(lvl) for lvl in range(MAX_LEVEL + 1))
    panels = []
    rows = []
    top = 1
    for point in shown:
        dist = ev.answers.get(point.statement_id).distribution()
        values = tuple(float(dist.get(lvl, 0)) for lvl in range(MAX_LEVEL + 1))
        top = max(top, int(max(values)))
        consensus = ev.results.statements[point.statement_id].level
        panels.append(Panel(f"{point.statement_id} {point.statement}", levels,
                            (Series(tr("chart_votes_axis", lang), values),), consensus))
        rows.append((point.statement_id, *(str(int(v)) for v in values),
                     "" if consensus is None else str(consensus)))
    alt = (trn("alt_votes", lang, len(shown), total=len(disputed))
           if shown else tr("alt_no_data", lang))
    return Chart(
        id="votes", kind=ChartKind.COLUMNS, title=tr("disagreements", lang),
        caption=tr("disagreements_caption", lang, shown=len(shown), total=len(disputed)),
        alt_text=alt, axis_label=tr("chart_votes_axis", lang), value_max=float(top),
        panels=tuple(panels),
        table=DataTable(
            (tr("col_id", lang), *(tr("level_n", lang, level=lvl) for lvl in levels),
             tr("col_consensus", lang)),
            tuple(rows),
        ),
    )


def charts(ev: Evaluation, disputed: tuple[OpenPoint, ...], lang: str) -> dict[str, Chart]:
    out = [dimension_chart(ev, lang), category_chart(ev, lang), barrier_chart(ev, lang),
           vote_chart(ev, disputed, lang)]
    return {c.id: c for c in out}
