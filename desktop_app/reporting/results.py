"""Result, findings and barrier sections: key figures, the largest gaps, disagreement, the
barrier → measures view. Every statement in detail is in the annex, not here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from desktop_app.domain.scoring import DISAGREEMENT_SPREAD
from desktop_app.reporting.blocks import chart, data_table, fit, para, rich
from desktop_app.reporting.charts import draw_bars, draw_columns, draw_radar
from desktop_app.reporting.fonts import SANS
from desktop_app.reporting.formats import percent
from desktop_app.reporting.strings import tr, trn
from desktop_app.reporting.styles import ACCENT_LIGHT, CM, CONTENT_WIDTH, styles

FOCUS_COLUMN = 8.4 * CM  # measures in focus per barrier, one line each

if TYPE_CHECKING:
    from desktop_app.reporting.model.types import (
        BarrierMeasures,
        Measure,
        ReportModel,
        ScoreFigure,
    )


def _tiles(figures: list[ScoreFigure], lang: str) -> Table:
    s = styles(lang)
    cells = [[para(percent(f.percent, lang), s.score_value), para(f.name, s.score_label)]
             for f in figures]
    table = Table([cells], colWidths=[CONTENT_WIDTH / len(cells)] * len(cells))
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),  # empty cells would pull in Helvetica
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(ACCENT_LIGHT)),
        ("LINEAFTER", (0, 0), (-2, -1), 1.5, colors.white),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def _side_by_side(left: Flowable | list[Flowable], right: list[Flowable],
                  left_width: float) -> Table:
    table = Table([[left, right]], colWidths=[left_width, CONTENT_WIDTH - left_width])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def results(model: ReportModel) -> list[Flowable]:
    lang = model.lang
    s = styles(lang)
    k = model.key_figures
    dims = model.charts["dimensions"]
    rows = [[para(r[0], s.tiny), para(r[1], s.tiny), para(r[2], s.tiny)]
            for r in dims.table.rows]
    table = data_table(list(dims.table.header[:3]), rows, [3.0 * CM, 1.7 * CM, 1.7 * CM], lang,
                       align_right=(1, 2), padding=1.5)
    counts = Table([[para(f.value, s.cell_bold), para(f.label, s.tiny)] for f in k.counts],
                   colWidths=[0.9 * CM, 5.4 * CM], hAlign="LEFT")
    counts.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("ALIGN", (0, 0), (0, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    side = [table, Spacer(1, 8), para(tr("key_figures", lang), s.h3), counts]
    return [
        para(model.section("results").title, s.h1),
        para(k.percent_meaning, s.small),
        _tiles([k.overall, *k.categories], lang),
        Spacer(1, 3),
        para(k.completeness, s.muted),
        _side_by_side([chart(draw_radar(dims, lang, 9.6, ids_only=True), 10.3 * CM),
                       para(dims.caption, s.figure_label)], side, 10.6 * CM),
    ]


def _gaps(model: ReportModel) -> list[Flowable]:
    lang = model.lang
    s = styles(lang)
    f = model.findings
    out: list[Flowable] = []
    if not f.gaps:
        return [para(tr("no_gaps", lang), s.body)]
    body = [[
        para(g.statement_id, s.cell_bold),
        [para(g.statement, s.cell),
         rich([("<i>", f"{g.level} „{g.level_label}“: " if lang == "de"
                else f"{g.level} “{g.level_label}”: "), ("</i>", g.anchor)], s.cell_small)],
        para(str(g.level), s.cell),
        para(str(g.target), s.cell),
        para(str(g.gap), s.cell_bold),
    ] for g in f.gaps]
    header = [tr(k, lang) for k in ("col_id", "col_statement", "col_level", "col_target",
                                    "col_gap")]
    out += [para(tr("gaps_intro", lang), s.muted),
            data_table(header, body, [1.0 * CM, 11.5 * CM, 1.5 * CM, 1.5 * CM, 1.5 * CM], lang,
                       align_right=(2, 3, 4))]
    if f.gaps_more:
        out.append(para(trn("gaps_more", lang, f.gaps_more), s.tiny_muted))
    return out


def findings(model: ReportModel) -> list[Flowable]:
    lang = model.lang
    s = styles(lang)
    out: list[Flowable] = [CondPageBreak(6 * CM), para(model.section("findings").title, s.h1)]
    out += _gaps(model)
    votes = model.charts["votes"]
    if votes.panels:
        # Heading, intro and chart stay on one page: a heading alone at a page foot reads as
        # an empty section.
        out.append(KeepTogether([
            para(tr("disagreements", lang), s.h2),
            para(tr("disagreements_intro", lang, spread=DISAGREEMENT_SPREAD), s.small),
            chart(draw_columns(votes, lang), CONTENT_WIDTH),
            para(votes.caption, s.figure_label),
        ]))
    return out


def _numbers(numbers: tuple[int, ...], titles: dict[int, str], lang: str) -> str:
    s = styles(lang)
    return "\n".join(fit(f"{n} {titles[n]}", s.tiny, FOCUS_COLUMN - 8) for n in numbers)


def _barrier_row(b: BarrierMeasures, titles: dict[int, str], lang: str) -> list[object]:
    s = styles(lang)
    focus = (para(_numbers(b.focus, titles, lang), s.tiny) if b.focus
             else para(tr("barrier_gap", lang), s.cell_bold))
    backlog = ", ".join(map(str, b.backlog)) or tr("no_measure", lang)
    return [
        [para(b.barrier, s.cell_bold), para(b.meaning, s.tiny_muted)],
        para(percent(b.strength, lang), s.cell_bold),
        focus,
        para(backlog, s.tiny),
    ]


def barriers(model: ReportModel) -> list[Flowable]:
    lang = model.lang
    s = styles(lang)
    c = model.charts["barriers"]
    measures: list[Measure] = [*model.focus, *model.backlog]
    titles = {m.number: m.title.text for m in measures}
    rows = [_barrier_row(b, titles, lang) for b in model.barriers]
    header = [tr("barrier", lang), tr("chart_strength", lang), tr("col_barrier_focus", lang),
              tr("col_barrier_backlog", lang)]
    return [
        CondPageBreak(10 * CM),
        para(model.section("barriers").title, s.h1),
        para(tr("barriers_intro", lang), s.small),
        chart(draw_bars(c, lang, label_width=0.24), CONTENT_WIDTH),
        para(c.caption, s.figure_label),
        data_table(header, rows, [3.6 * CM, 2.0 * CM, FOCUS_COLUMN, 3.0 * CM], lang,
                   align_right=(1,)),
    ]
