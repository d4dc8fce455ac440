"""The plan's sections: measures in focus, backlog (one line each), clarifications, rejected."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from desktop_app.reporting.blocks import data_table, fit, para, rich
from desktop_app.reporting.decision import due_cell, effort_cell, owner_cell
from desktop_app.reporting.formats import day, euros
from desktop_app.reporting.strings import tr
from desktop_app.reporting.styles import CM, styles
from desktop_app.reporting.text import markup

if TYPE_CHECKING:
    from desktop_app.reporting.model.types import Bounded, Measure, ReportModel

# One line per measure in the backlog: number, title, barrier, effort, why not in focus.
BACKLOG_WIDTHS = [0.8 * CM, 9.0 * CM, 2.9 * CM, 1.5 * CM, 2.8 * CM]


def _label(text: str) -> str:
    return f"<b>{markup(text)}:</b> "


def _line(key: str, value: str | Bounded, lang: str) -> Paragraph:
    shown = value if isinstance(value, str) else value.shown
    return rich([(_label(tr(key, lang)), shown)], styles(lang).cell_small)


def _main(m: Measure, lang: str) -> list[Flowable]:
    s = styles(lang)
    title: list[tuple[str, str | None]] = [("", m.title.shown)]
    if m.edited:
        title.append((" <i>(", tr("edited", lang)))
        title.append((")</i>", None))
    cell: list[Flowable] = [rich(title, s.cell_bold)]
    if m.text:
        cell.append(para(m.text.shown, s.cell))
    if m.done_when:
        cell.append(_line("done_when", m.done_when, lang))
    # "Warum" names the deciding answer; every answer is in the annex.
    cell.append(_line("why", m.why, lang))
    if m.also:
        cell.append(_line("also_covers", "; ".join(m.also), lang))
    if m.note:
        cell.append(_line("note", m.note, lang))
    # The guideline's example stays in the model (and the app); on paper the card keeps to
    # what leadership decides on.
    if m.sources:
        cell.append(_line("sources", m.sources, lang))
    return cell


def _facts(m: Measure, lang: str) -> Paragraph:
    s = styles(lang)
    effort = effort_cell(m, lang)
    if m.effort_days is not None:
        effort = tr("person_days", lang, days=effort)
        if m.effort_class:
            effort += f" ({m.effort_class})"
    lines = [(tr("col_responsible", lang), owner_cell(m, pointer=True))]
    if m.involved:
        lines.append((tr("involved", lang), markup(m.involved.shown)))
    lines.append((tr("due", lang), due_cell(m, lang)))
    lines.append((tr("effort", lang), markup(effort)))
    if m.cost_eur is not None:
        lines.append((tr("cost", lang), markup(euros(*m.cost_eur, lang))))
    if m.barrier:
        lines.append((tr("barrier", lang), markup(m.barrier)))
    lines.append((tr("status", lang), markup(f"{m.decision} · {m.status}")))
    # Owner and involved roles are separate facts: "X mit Y" hides who is accountable.
    return Paragraph("<br/>".join(f"{_label(k)}{v}" for k, v in lines), s.cell_small)


def _group_order(m: Measure) -> int:
    """Technical, personnel, organisational: the guideline's order of its three groups."""
    from desktop_app.domain.labels import category_heading
    from desktop_app.domain.model import Category

    headings = [category_heading(c, lang) for c in Category for lang in ("de", "en")]
    return headings.index(m.category_heading) // 2 if m.category_heading in headings else 9


def focus(model: ReportModel) -> list[Flowable]:
    lang = model.lang
    s = styles(lang)
    out: list[Flowable] = [CondPageBreak(6 * CM), para(model.section("focus").title, s.h1),
                           para(tr("plan_intro", lang), s.small)]
    if not model.focus:
        return [*out, para(tr("no_measures", lang), s.body)]
    header = [tr("col_id", lang), tr("col_measure", lang), tr("col_facts", lang)]
    # The guideline's three groups (technical, personnel, organisational), each in the
    # plan's order; the numbers are those of page 1.
    groups = dict.fromkeys(m.category_heading for m in sorted(model.focus, key=_group_order))
    for heading in groups:
        rows = [[para(str(m.number), s.cell_bold), _main(m, lang), _facts(m, lang)]
                for m in model.focus if m.category_heading == heading]
        out += [CondPageBreak(4 * CM), para(heading, s.h3_table),
                data_table(header, rows, [0.8 * CM, 11.1 * CM, 5.1 * CM], lang)]
    out.append(rich([("* ", tr("suggested_legend", lang))], s.tiny_muted))
    return out


def backlog(model: ReportModel) -> list[Flowable]:
    lang = model.lang
    s = styles(lang)
    rows = [[
        para(str(m.number), s.tiny),
        para(fit(m.title.text, s.tiny, BACKLOG_WIDTHS[1] - 8), s.tiny),
        para(m.barrier or tr("none", lang), s.tiny),
        para(effort_cell(m, lang), s.tiny),
        para(m.why_short, s.tiny),
    ] for m in model.backlog]
    header = [tr("col_id", lang), tr("col_measure", lang), tr("barrier", lang),
              tr("col_effort_short", lang), tr("col_why_backlog", lang)]
    return [
        CondPageBreak(5 * CM),
        para(model.section("backlog").title, s.h1),
        para(tr("backlog_intro", lang), s.small),
        data_table(header, rows, BACKLOG_WIDTHS, lang, align_right=(3,), padding=1.5),
    ]


def clarifications(model: ReportModel) -> list[Flowable]:
    lang = model.lang
    s = styles(lang)
    rows = []
    for c in model.clarifications:
        lines = [_line("col_waiting", "; ".join(c.waiting), lang)] if c.waiting else []
        lines += [rich([(_label(tr("col_responsible", lang)), c.owner.shown),
                       (f" · {_label(tr('due', lang))}", day(c.due, lang))], s.cell_small)]
        if c.note:
            lines.append(_line("note", c.note, lang))
        rows.append([para(c.statement_id, s.cell_bold), [para(c.statement, s.cell), *lines]])
    header = [tr("col_id", lang), tr("col_statement", lang)]
    return [
        CondPageBreak(5 * CM),
        para(model.section("clarifications").title, s.h1),
        para(tr("clarify_intro", lang), s.small),
        data_table(header, rows, [1.0 * CM, 16.0 * CM], lang),
    ]


def rejected(model: ReportModel) -> list[Flowable]:
    lang = model.lang
    s = styles(lang)
    rows = [[para(r.title.shown, s.cell), para(r.category, s.tiny),
             para(r.reason.shown, s.cell if r.reason_given else s.cell_small)]
            for r in model.rejected]
    header = [tr("col_measure", lang), tr("col_category", lang), tr("reject_reason", lang)]
    return [
        CondPageBreak(4 * CM),
        para(model.section("rejected").title, s.h1),
        para(tr("rejected_intro", lang), s.small),
        data_table(header, rows, [7.0 * CM, 2.6 * CM, 7.4 * CM], lang),
    ]
