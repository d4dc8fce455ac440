"""Page 1: the one-page summary for leadership who did not attend the workshop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Spacer, Table, TableStyle

from desktop_app.domain.labels import label
from desktop_app.domain.model import Category
from desktop_app.domain.plan import Decision, Origin
from desktop_app.domain.rules import Priority
from desktop_app.reporting.blocks import chart, data_table, day, para, percent, rich
from desktop_app.reporting.charts import radar_figure
from desktop_app.reporting.fonts import SANS
from desktop_app.reporting.strings import tr
from desktop_app.reporting.styles import (
    ACCENT_LIGHT,
    CM,
    CONTENT_HEIGHT,
    CONTENT_WIDTH,
    RULE,
    styles,
)
from desktop_app.reporting.text import shorten

if TYPE_CHECKING:
    from desktop_app.domain.assessment import Evaluation
    from desktop_app.domain.plan import PlanItem

TOP_MEASURES = 6


def top_measures(ev: Evaluation, limit: int = TOP_MEASURES) -> list[PlanItem]:
    """The plan's most important measures: what the team accepted first, then proposals.

    The plan is sorted by priority; a stable sort keeps that order within both groups.
    """
    measures = [i for i in ev.plan.active() if i.origin is not Origin.CLARIFICATION]
    measures.sort(key=lambda i: i.decision is not Decision.ACCEPTED)
    return measures[:limit]


def _meta(ev: Evaluation, lang: str) -> Table:
    s = styles()
    info = ev.info
    pairs = [
        ("municipality", info.municipality), ("project", info.project),
        ("phase", label(info.phase, lang)), ("date", day(info.held_on, lang)),
    ]
    if info.moderator:
        pairs.append(("moderator", info.moderator))
    if ev.guideline.version:
        pairs.append(("guideline_version", ev.guideline.version))
    # Names are at most 200 characters (domain.limits): print them whole, wrapped.
    cells = [[para(tr(k, lang), s.cell_small), para(v, s.cell)] for k, v in pairs]
    rows = [cells[i] + (cells[i + 1] if i + 1 < len(cells) else ["", ""])
            for i in range(0, len(cells), 2)]
    table = Table(rows, colWidths=[3.3 * CM, 5.2 * CM, 3.3 * CM, 5.2 * CM], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),  # empty cells would pull in Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def _scores(ev: Evaluation, lang: str) -> Table:
    s = styles()
    groups = [(tr("overall", lang), ev.results.overall)]
    groups += [(label(c, lang), ev.results.categories[c]) for c in Category]
    cells = [[para(percent(score.percent, lang), s.score_value), para(name, s.score_label)]
             for name, score in groups]
    width = CONTENT_WIDTH / len(cells)
    table = Table([cells], colWidths=[width] * len(cells))
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),  # empty cells would pull in Helvetica
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(ACCENT_LIGHT)),
        ("LINEAFTER", (0, 0), (-2, -1), 1.5, colors.white),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return table


def _at_a_glance(ev: Evaluation, lang: str) -> list[Flowable]:
    s = styles()
    active = ev.plan.active()
    measures = [i for i in active if i.origin is not Origin.CLARIFICATION]
    high = [i for i in measures if i.priority is Priority.HIGH]
    accepted = [i for i in measures if i.decision is Decision.ACCEPTED]
    clarify = [i for i in active if i.origin is Origin.CLARIFICATION]
    overall = ev.results.overall
    rows = [
        (str(len(measures)), tr("n_measures", lang)),
        (str(len(high)), tr("n_high", lang)),
        (str(len(accepted)), tr("n_accepted", lang)),
        (str(len(clarify)), tr("n_clarify", lang)),
        (str(len(ev.results.disagreements())), tr("n_disagree", lang)),
    ]
    table = Table([[para(n, s.cell_bold), para(t, s.cell)] for n, t in rows],
                  colWidths=[1.0 * CM, 5.4 * CM], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),  # empty cells would pull in Helvetica
        ("ALIGN", (0, 0), (0, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    completeness = tr("completeness_line", lang, rated=overall.rated, total=overall.total,
                      unknown=overall.unknown, not_relevant=overall.not_relevant,
                      missing=overall.missing)
    return [
        para(tr("key_figures", lang), s.h3), table, Spacer(1, 8),
        para(tr("completeness", lang), s.h3), para(completeness, s.small),
        para(tr("score_hint", lang), s.muted),
    ]


def _top_table(ev: Evaluation, lang: str) -> Flowable:
    s = styles()
    items = top_measures(ev)
    if not items:
        return para(tr("no_measures", lang), s.body)
    rows = [[
        para(str(n), s.cell),
        para(shorten(i.title(lang), 120), s.cell_bold),
        para(label(i.category, lang), s.cell),
        para(shorten(i.responsible(lang), 70), s.cell),
        para(_status(i, lang), s.cell),
    ] for n, i in enumerate(items, 1)]
    header = [tr("col_id", lang), tr("col_measure", lang), tr("col_category", lang),
              tr("col_responsible", lang), tr("col_status", lang)]
    return data_table(header, rows, [0.7 * CM, 6.3 * CM, 2.9 * CM, 3.6 * CM, 3.5 * CM])


def _status(item: PlanItem, lang: str) -> str:
    """Leadership must see at a glance what the team decided and what is only proposed."""
    values = {"priority": label(item.priority, lang), "decision": label(item.decision, lang)}
    if item.entry.due is not None:
        return tr("top_status", lang, due=day(item.entry.due, lang), **values)
    return tr("top_status_open", lang, **values)


def build(ev: Evaluation, lang: str) -> list[Flowable]:
    s = styles()
    info = ev.info
    subtitle = " · ".join(shorten(t, 90) for t in (info.municipality, info.project) if t)
    side = _at_a_glance(ev, lang)
    columns = Table([[chart(radar_figure(ev, lang, 10.4), 10.4 * CM, 9.6 * CM), side]],
                    colWidths=[10.6 * CM, CONTENT_WIDTH - 10.6 * CM])
    columns.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),  # empty cells would pull in Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    content: list[Flowable] = [
        para(tr("title", lang), s.title),
        para(subtitle, s.subtitle),
        _meta(ev, lang),
        Spacer(1, 8),
        rich([("", tr("summary_reading", lang))], s.muted),
        _scores(ev, lang),
        Spacer(1, 8),
        columns,
        para(tr("top_measures", lang), s.h2),
        _top_table(ev, lang),
    ]
    # However long the titles, the summary stays on one page: it shrinks instead of spilling.
    return [KeepInFrame(CONTENT_WIDTH, CONTENT_HEIGHT, content, mode="shrink"), PageBreak()]
