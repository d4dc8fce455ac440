"""Page 1: the decision page for leadership who did not attend the workshop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Spacer, Table, TableStyle

from desktop_app.reporting.blocks import data_table, fit, para, rich
from desktop_app.reporting.fonts import SANS
from desktop_app.reporting.formats import day, euros, span
from desktop_app.reporting.model.decisions import PAGE_UNKNOWN
from desktop_app.reporting.strings import tr, trn
from desktop_app.reporting.styles import ACCENT_LIGHT, CM, CONTENT_HEIGHT, CONTENT_WIDTH, styles
from desktop_app.reporting.text import markup

if TYPE_CHECKING:
    from desktop_app.reporting.model.types import (
        DecisionPage,
        Measure,
        OpenPoint,
        ReportModel,
        YearBudgetRow,
    )

# Marks what the team has not fixed yet (the guideline's role, a suggested due date).
SUGGESTED = "*"


def suggested(value: str, confirmed: bool) -> str:
    """``value`` as cell markup, italic with an asterisk while it is only a suggestion."""
    if confirmed:
        return markup(value)
    return f"<i>{markup(value)}</i>{SUGGESTED}"


def owner_cell(m: Measure, pointer: bool = False) -> str:
    """The owner as cell markup; ``pointer`` adds where a cut name is in full."""
    return suggested(m.owner.shown if pointer else m.owner.text, m.owner_confirmed)


def due_cell(m: Measure, lang: str) -> str:
    if m.due is None:
        return markup(tr("due_open", lang))
    return suggested(day(m.due, lang), m.due_confirmed)


def effort_cell(m: Measure, lang: str) -> str:
    if m.effort_days is not None:
        return span(*m.effort_days, lang)
    return m.effort_class or tr("none", lang)


# Columns of the focused measures on page 1: one line per measure.
FOCUS_WIDTHS = [0.7 * CM, 9.6 * CM, 3.3 * CM, 2.2 * CM, 1.2 * CM]
PAD = 4  # left + right cell padding of data_table


def _focus_table(page: DecisionPage, lang: str) -> list[Flowable]:
    from reportlab.platypus import Paragraph

    s = styles(lang)
    if not page.focus:
        return [para(tr("no_measures", lang), s.body)]
    # One line per measure; the section "Maßnahmen im Fokus" has the title in full.
    title_w = FOCUS_WIDTHS[1] - 2 * PAD
    owner_w = 2 * (FOCUS_WIDTHS[2] - 2 * PAD) - 16  # two lines at most
    rows = [[
        para(str(m.number), s.tiny),
        para(fit(m.title.text, s.tiny_bold, title_w), s.tiny_bold),
        Paragraph(suggested(fit(m.owner.text, s.tiny, owner_w), m.owner_confirmed), s.tiny),
        Paragraph(due_cell(m, lang), s.tiny),
        para(effort_cell(m, lang), s.tiny),
    ] for m in page.focus]
    header = [tr("col_id", lang), tr("col_measure", lang), tr("col_responsible", lang),
              tr("col_due", lang), tr("col_effort_short", lang)]
    out: list[Flowable] = [data_table(header, rows, FOCUS_WIDTHS, lang, align_right=(4,),
                                      padding=1.5)]
    if page.focus_more:
        out.append(para(tr("focus_more", lang, n=page.focus_more), s.tiny_muted))
    out.append(rich([(f"{SUGGESTED} ", tr("suggested_legend", lang))], s.tiny_muted))
    return out


def _range(row: YearBudgetRow, days: bool, lang: str) -> str:
    missing = row.without_effort if days else row.without_cost
    if row.measures == missing:
        return tr("none", lang)
    return span(*row.effort_days, lang) if days else euros(*row.cost_eur, lang)


def _budget(page: DecisionPage, lang: str) -> list[Flowable]:
    s = styles(lang)
    rows = [[para(r.label, s.tiny if r.year else s.tiny_bold), para(str(r.measures), s.tiny),
             para(_range(r, True, lang), s.tiny), para(_range(r, False, lang), s.tiny)]
            for r in page.budget]
    table = data_table([tr("col_year", lang), tr("col_measures", lang),
                        tr("col_effort_short", lang), tr("col_cost", lang)], rows,
                       [1.6 * CM, 1.4 * CM, 1.6 * CM, 3.4 * CM], lang, align_right=(1, 2, 3),
                       padding=1)
    total = page.budget[-1]
    notes = []
    if total.without_effort:
        notes.append(trn("budget_no_days", lang, total.without_effort))
    if total.without_cost:
        notes.append(trn("budget_no_cost", lang, total.measures - total.without_cost,
                         of=total.measures))
    notes.append(page.budget_note)
    return [para(tr("budget", lang), s.h4), table, para(" ".join(notes), s.tiny_muted)]


def participants_text(page: DecisionPage, lang: str) -> str:
    """``10 Personen: Leitung 2 · Beschäftigte 5 · IT 3`` (role groups, never names)."""
    if not page.participants:
        return tr("no_participants", lang)
    groups = " · ".join(f"{g.role_group} {g.headcount}" for g in page.participants)
    return f"{trn('people', lang, page.participants_total)}: {groups}"


RIGHT = 9.0 * CM  # width of the right-hand column at the foot of page 1


def _point(p: OpenPoint, lang: str, lines: int = 1) -> Flowable:
    """Id, how far the votes lie apart (if disputed), the statement's beginning."""
    s = styles(lang)
    head = p.statement_id
    if p.votes:
        levels = [v.level for v in p.votes if v.level is not None]
        if levels:
            head += f" ({min(levels)}–{max(levels)})"
    room = lines * (RIGHT - 2) - stringWidth(head + " ", s.tiny_bold.fontName, s.tiny.fontSize)
    room -= 16 * (lines - 1)  # a wrapped line rarely ends flush
    return rich([("<b>", head), ("</b> ", fit(p.statement, s.tiny, room))], s.tiny)


def _open_points(page: DecisionPage, lang: str) -> list[Flowable]:
    s = styles(lang)
    out: list[Flowable] = [para(tr("open_points", lang), s.h4)]
    if not page.disputed and not page.unknown:
        return [*out, para(tr("none_open", lang), s.tiny)]
    if page.disputed:
        out.append(para(tr("disputed_head", lang), s.tiny_bold))
        out += [_point(p, lang, lines=2) for p in page.disputed]
        if page.disputed_more:
            out.append(para(tr("disputed_more", lang, ids=", ".join(page.disputed_more)),
                            s.tiny_muted))
    if page.unknown:
        out.append(para(tr("unknown_head", lang), s.tiny_bold))
        out += [_point(p, lang, lines=2) for p in page.unknown[:PAGE_UNKNOWN]]
        more = [p.statement_id for p in page.unknown[PAGE_UNKNOWN:]]
        if more:
            out.append(para(tr("disputed_more", lang, ids=", ".join(more)), s.tiny_muted))
    return out


def _next_steps(page: DecisionPage, lang: str) -> list[Flowable]:
    s = styles(lang)
    return [para(tr("next_steps", lang), s.h4),
            *(rich([("• ", step.text)], s.tiny) for step in page.next_steps)]


def _columns(left: list[Flowable], right: list[Flowable]) -> Table:
    table = Table([[left, right]], colWidths=[CONTENT_WIDTH - RIGHT, RIGHT])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),  # empty cells would pull in Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 10),
        ("RIGHTPADDING", (1, 0), (1, -1), 0),
    ]))
    return table


def _decisions(page: DecisionPage, lang: str) -> Table:
    s = styles(lang)
    rows = [[para(str(n), s.decision_bold),
             rich([("<b>", d.title), ("</b>. ", d.detail)], s.decision)]
            for n, d in enumerate(page.decisions, 1)]
    table = Table(rows, colWidths=[0.8 * CM, CONTENT_WIDTH - 0.8 * CM])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(ACCENT_LIGHT)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -2), 1.5, colors.white),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def build(model: ReportModel) -> list[Flowable]:
    lang = model.lang
    s = styles(lang)
    page = model.decision_page
    facts = " · ".join([*(f"{f.label} {f.value}" for f in page.facts),
                        f"{tr('participants', lang)}: {participants_text(page, lang)}"])
    content: list[Flowable] = [
        para(page.title, s.title),
        para(page.subtitle, s.subtitle),
        para(facts, s.muted),
        para(model.section("decisions").title, s.h2_page1),
        _decisions(page, lang),
        para(tr("focus_table", lang), s.h2_page1),
        *_focus_table(page, lang),
        Spacer(1, 6),
        _columns(_budget(page, lang) + _next_steps(page, lang),
                 _open_points(page, lang)),
    ]
    # Whatever the data, the decision page stays one page: it shrinks instead of spilling.
    return [KeepInFrame(CONTENT_WIDTH, CONTENT_HEIGHT, content, mode="shrink"), PageBreak()]
