"""Results section: scores per dimension, statement tables, barrier profile, gaps, dissent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Table

from desktop_app.domain.answers import AnswerKind
from desktop_app.domain.labels import label
from desktop_app.domain.scoring import DISAGREEMENT_SPREAD
from desktop_app.reporting.blocks import chart, data_table, level_name, para, percent
from desktop_app.reporting.charts import (
    barrier_figure,
    category_bars_figure,
    dimension_bars_figure,
    vote_distributions_figure,
)
from desktop_app.reporting.strings import tr
from desktop_app.reporting.styles import CM, CONTENT_HEIGHT, CONTENT_WIDTH, styles

if TYPE_CHECKING:
    from desktop_app.domain.assessment import Evaluation
    from desktop_app.domain.model import Dimension
    from desktop_app.domain.scoring import StatementResult

MAX_DISTRIBUTION_CHARTS = 6  # more would swamp the section; all votes are in the appendix


def flags(r: StatementResult, ev: Evaluation, lang: str) -> str:
    notes = []
    if r.kind in (AnswerKind.UNKNOWN, AnswerKind.NOT_RELEVANT):
        notes.append(label(r.kind, lang))
    elif r.kind is None:
        notes.append(tr("flag_missing", lang))
    if r.disagreement:
        notes.append(tr("flag_disagreement", lang))
    if ev.answers.get(r.statement.id).flagged and not r.disagreement:
        notes.append(tr("flag_flagged", lang))
    return ", ".join(notes)


def _statement_table(rows: list[StatementResult], ev: Evaluation, lang: str) -> Table:
    s = styles()
    g = ev.guideline
    body = [[
        para(r.statement.id, s.cell_bold),
        para(r.statement.text.get(lang), s.cell),
        para(level_name(r.level, g, lang), s.cell),
        para(str(r.target), s.cell),
        para("" if r.gap is None else str(r.gap), s.cell),
        para(flags(r, ev, lang), s.cell_small),
    ] for r in rows]
    header = [tr(k, lang) for k in
              ("col_id", "col_statement", "col_level", "col_target", "col_gap", "col_flags")]
    return data_table(header, body, [1.1 * CM, 7.3 * CM, 3.1 * CM, 1.6 * CM, 1.3 * CM, 2.6 * CM])


def _dimension(dim: Dimension, ev: Evaluation, lang: str) -> list[Flowable]:
    s = styles()
    score = ev.results.dimensions[dim.id]
    target = None if score.mean_target is None else 100 * score.mean_target / 4
    line = tr("dimension_score", lang, score=percent(score.percent, lang),
              target=percent(target, lang), rated=score.rated, total=score.total)
    rows = [ev.results.statements[st.id] for st in dim.statements]
    return [
        CondPageBreak(5 * CM),
        para(f"{dim.id}  {dim.title.get(lang)}", s.h2_table),
        para(line, s.muted),
        _statement_table(rows, ev, lang) if rows else para(tr("none", lang), s.body),
    ]


def _gaps(ev: Evaluation, lang: str) -> list[Flowable]:
    s = styles()
    gaps = ev.results.largest_gaps()
    out: list[Flowable] = [para(tr("largest_gaps", lang), s.h2)]
    if not gaps:
        return [*out, para(tr("no_gaps", lang), s.body)]
    g = ev.guideline
    body = [[
        para(r.statement.id, s.cell_bold),
        para(r.statement.text.get(lang), s.cell),
        para(level_name(r.level, g, lang), s.cell),
        para(str(r.target), s.cell),
        para(str(r.gap), s.cell_bold),
    ] for r in gaps]
    header = [tr(k, lang) for k in ("col_id", "col_statement", "col_level", "col_target",
                                    "col_gap")]
    table = data_table(header, body, [1.1 * CM, 9.9 * CM, 3.1 * CM, 1.6 * CM, 1.3 * CM])
    return [*out, para(tr("gaps_intro", lang), s.muted), table]


def _disagreements(ev: Evaluation, lang: str) -> list[Flowable]:
    s = styles()
    dissent = ev.results.disagreements()
    if not dissent:
        return []
    # The widest spreads first; the votes of all statements are listed in the appendix.
    shown = sorted(dissent, key=lambda r: (-(r.spread or 0), r.statement.id))
    shown = shown[:MAX_DISTRIBUTION_CHARTS]
    ids = [r.statement.id for r in shown]
    # Heading, intro and chart stay on one page: a heading alone at a page foot reads as
    # an empty section.
    return [KeepTogether([
        para(tr("disagreements", lang), s.h2),
        para(tr("disagreements_intro", lang, spread=DISAGREEMENT_SPREAD), s.body),
        chart(vote_distributions_figure(ev, ids, lang), CONTENT_WIDTH),
        para(tr("disagreements_caption", lang, shown=len(shown), total=len(dissent)),
             s.figure_label),
    ])]


def build(ev: Evaluation, lang: str) -> list[Flowable]:
    s = styles()
    dims = ev.guideline.dimensions
    out: list[Flowable] = [para(tr("results", lang), s.h1)]
    if not dims:
        return [*out, para(tr("no_dimensions", lang), s.body), PageBreak()]
    out.append(chart(dimension_bars_figure(ev, lang), CONTENT_WIDTH, CONTENT_HEIGHT * 0.6))
    out.append(para(tr("caption_dimensions", lang), s.figure_label))
    out.append(chart(category_bars_figure(ev, lang), CONTENT_WIDTH))
    out.append(para(tr("caption_categories", lang), s.figure_label))
    for dim in dims:
        out += _dimension(dim, ev, lang)
    out += [
        CondPageBreak(9 * CM),
        para(tr("barriers", lang), s.h2),
        para(tr("barriers_intro", lang), s.body),
        chart(barrier_figure(ev, lang), CONTENT_WIDTH),
    ]
    out += _gaps(ev, lang)
    out += _disagreements(ev, lang)
    out.append(PageBreak())
    return out
