"""Action-plan section: measures by category, clarification tasks, rejected proposals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import CondPageBreak, Flowable

from desktop_app.domain.labels import category_heading, label
from desktop_app.domain.model import Basis, Category, ConditionKind
from desktop_app.domain.plan import Decision, Origin
from desktop_app.reporting.blocks import data_table, day, level_name, para, rich, source_names
from desktop_app.reporting.strings import tr
from desktop_app.reporting.styles import CM, styles
from desktop_app.reporting.text import markup

if TYPE_CHECKING:
    from reportlab.platypus import Paragraph

    from desktop_app.domain.assessment import Evaluation
    from desktop_app.domain.plan import PlanItem

WIDTHS = [0.7 * CM, 9.5 * CM, 3.6 * CM, 3.2 * CM]


def reasons(item: PlanItem, ev: Evaluation, lang: str) -> list[str]:
    """Why the item is in the plan, one sentence per statement and kind of finding."""
    if item.origin is Origin.OWN:
        return [tr("reason_own", lang)]
    if item.origin is Origin.CLARIFICATION and item.statement is not None:
        out = [tr("reason_unknown", lang, sid=item.statement.id)]
        if item.waiting:
            out.append(tr("reason_waiting", lang, ids=", ".join(r.id for r in item.waiting)))
        return out
    out: list[str] = []
    for r in item.reasons:
        sid = r.condition.statement_id
        if r.condition.kind is ConditionKind.SPREAD_AT_LEAST:
            text = tr("reason_spread", lang, sid=sid, spread=r.spread)
        else:
            name = level_name(r.level, ev.guideline, lang).partition(" – ")[2]
            text = tr("reason_rated", lang, sid=sid, level=r.level, label=name, target=r.target)
        if text not in out:  # "at most 1" and "gap ≥ 2" on one answer read the same
            out.append(text)
    if not item.still_triggered:
        out.append(tr("reason_stale", lang))
    return out


def _measure_cell(item: PlanItem, ev: Evaluation, lang: str) -> list[Flowable]:
    s = styles()
    title = item.title(lang)
    if item.edited:
        title_par = rich([("", title), (" <i>(", tr("edited", lang)), (")</i>", None)],
                         s.cell_bold)
    else:
        title_par = para(title, s.cell_bold)
    cell: list[Flowable] = [title_par]
    if text := item.text(lang):
        cell.append(para(text, s.cell))
    if done := item.done_when(lang):
        cell.append(rich([(f"<b>{markup(tr('done_when', lang))}:</b> ", done)], s.cell_small))
    if item.also:  # measures on the same topic, merged into this one
        titles = "; ".join(f"{r.id} {r.title.get(lang)}" for r in item.also)
        cell.append(rich([(f"<b>{markup(tr('also_covers', lang))}:</b> ", titles)], s.cell_small))
    why = "; ".join(reasons(item, ev, lang))
    cell.append(rich([(f"<b>{markup(tr('why', lang))}:</b> ", why)], s.cell_small))
    rec = item.recommendation
    if rec is not None and rec.example is not None and rec.example.get(lang):
        cell.append(rich([(f"<b>{markup(tr('example', lang))}:</b> ", rec.example.get(lang))],
                         s.cell_small))
    ids = rec.sources if rec is not None else item.statement.sources if item.statement else ()
    if ids:
        names = source_names(ids, ev.guideline)
        basis = rec.basis if rec is not None else item.statement.basis if item.statement else None
        if basis is Basis.INFERENCE:
            names = tr("inferred_from", lang, basis=label(basis, lang), sources=names)
        cell.append(rich([(f"<b>{markup(tr('sources', lang))}:</b> ", names)], s.cell_small))
    return cell


def _facts(pairs: list[tuple[str, str]], stacked: bool = False) -> Paragraph:
    """``Label: value`` lines; ``stacked`` puts long values (names of offices) below."""
    s = styles()
    gap = "<br/>" if stacked else " "
    return rich([(("<br/>" if i else "") + f"<b>{markup(k)}:</b>{gap}", v)
                 for i, (k, v) in enumerate(pairs)], s.cell)


def _row(n: int, item: PlanItem, ev: Evaluation, lang: str) -> list[object]:
    s = styles()
    owner = item.responsible(lang) or tr("due_open", lang)
    rec = item.recommendation
    facts = [(tr("placement", lang), label(item.placement, lang)),
             (tr("priority", lang), label(item.priority, lang))]
    if item.effort is not None:
        facts.append((tr("effort", lang), label(item.effort, lang)))
    if rec is not None:
        facts.append((tr("horizon", lang), label(rec.horizon, lang)))
    if item.barrier is not None and item.origin is not Origin.CLARIFICATION:
        facts.append((tr("barrier", lang), label(item.barrier, lang)))
    facts += [(tr("status", lang), label(item.entry.status, lang)),
              (tr("decision", lang), label(item.decision, lang))]
    return [
        para(str(n), s.cell),
        _measure_cell(item, ev, lang),
        _facts([(tr("col_responsible", lang), owner),
                *([(tr("involved", lang), involved)] if (involved := item.involved(lang)) else []),
                (tr("due", lang), day(item.entry.due, lang))],
               stacked=True),
        _facts(facts),
    ]


def _header(lang: str) -> list[str]:
    return [tr("col_id", lang), tr("col_measure", lang), tr("col_owner_due", lang),
            tr("col_classification", lang)]


def build(ev: Evaluation, lang: str) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [para(tr("plan", lang), s.h1), para(tr("plan_intro", lang), s.body)]
    number = 0
    for cat in Category:
        items = [i for i in ev.plan.by_category(cat) if i.origin is not Origin.CLARIFICATION]
        out += [CondPageBreak(6 * CM), para(category_heading(cat, lang), s.h2_table)]
        if not items:
            out.append(para(tr("no_items", lang), s.muted))
            continue
        rows = []
        for item in items:
            number += 1
            rows.append(_row(number, item, ev, lang))
        out.append(data_table(_header(lang), rows, WIDTHS))
    clarify = [i for i in ev.plan.active() if i.origin is Origin.CLARIFICATION]
    if clarify:
        out += [CondPageBreak(7 * CM), para(tr("clarify", lang), s.h2_table),
                para(tr("clarify_intro", lang), s.body)]
        rows = []
        for item in clarify:
            number += 1
            rows.append(_row(number, item, ev, lang))
        out.append(data_table(_header(lang), rows, WIDTHS))
    rejected = [i for i in ev.plan.items if i.decision is Decision.REJECTED]
    if rejected:
        out += [CondPageBreak(4 * CM), para(tr("rejected", lang), s.h2),
                para(tr("rejected_intro", lang), s.muted)]
        rows = [[para(i.title(lang), s.cell), para(label(i.category, lang), s.cell),
                 para("; ".join(reasons(i, ev, lang)), s.cell_small)] for i in rejected]
        out.append(data_table([tr("col_measure", lang), tr("col_category", lang),
                               tr("why", lang)], rows, [8.0 * CM, 3.0 * CM, 6.0 * CM]))
    return out
