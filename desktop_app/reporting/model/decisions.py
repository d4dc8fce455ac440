"""Page 1: what the team asks leadership to decide, derived from the plan and the answers.

Every decision follows from the data, none is invented: approve the focused measures with
what they cost, name owners where only the guideline's role stands, confirm suggested due
dates, have the "weiß nicht" answers clarified (and decide on the measures held back for
them afterwards), and fix the date of the re-assessment.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop_app.domain import budget
from desktop_app.domain.labels import label
from desktop_app.domain.plan import Decision
from desktop_app.domain.scoring import StatementResult
from desktop_app.reporting.formats import day, euros, span
from desktop_app.reporting.model.types import (
    DecisionKind,
    DecisionPoint,
    Fact,
    GroupVote,
    Measure,
    NextStep,
    OpenPoint,
    ParticipantGroup,
    YearBudgetRow,
)
from desktop_app.reporting.strings import tr, trn
from desktop_app.reporting.text import shorten

if TYPE_CHECKING:
    from datetime import date

    from desktop_app.domain.assessment import Evaluation
    from desktop_app.reporting.model.types import Clarification

# What page 1 lists by name; the rest is counted and found in the sections and the annex.
PAGE_FOCUS = 12
PAGE_DISPUTED = 3
PAGE_UNKNOWN = 5


def numbers_text(numbers: Sequence[int], lang: str) -> str:
    """``1–3, 5, 7–12``: runs of consecutive measure numbers joined."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs]
    return tr("numbers", lang, numbers=", ".join(parts))


def facts(ev: Evaluation, lang: str) -> tuple[Fact, ...]:
    info = ev.info
    out = [Fact(tr("phase", lang), label(info.phase, lang)),
           Fact(tr("workshop", lang), day(info.held_on, lang))]
    if info.moderator:
        out.append(Fact(tr("moderator", lang), shorten(info.moderator, 120)))
    if ev.guideline.version:
        out.append(Fact(tr("guideline_version", lang), ev.guideline.version))
    return tuple(out)


def budget_rows(items: Sequence[budget.YearBudget], lang: str) -> tuple[YearBudgetRow, ...]:
    rows = [YearBudgetRow(b.year, str(b.year) if b.year else tr("no_due", lang), b.measures,
                          b.effort_days, b.without_effort, b.cost_eur, b.without_cost)
            for b in items]
    t = budget.total(items)
    rows.append(YearBudgetRow(None, tr("total", lang), t.measures, t.effort_days,
                              t.without_effort, t.cost_eur, t.without_cost))
    return tuple(rows)


def _approve(focus: Sequence[Measure], total: YearBudgetRow, accepted: int,
             lang: str) -> DecisionPoint:
    n = len(focus)
    low, high = total.effort_days
    days = trn("person_days_n", lang, high, days=span(low, high, lang))
    parts = [tr("effort_total", lang, days=days)] if n > total.without_effort else []
    if total.without_effort:
        parts.append(trn("without_estimate", lang, total.without_effort))
    with_cost = n - total.without_cost
    if with_cost:
        parts.append(trn("cost_total", lang, with_cost, cost=euros(*total.cost_eur, lang), of=n))
    else:
        parts.append(tr("cost_none", lang))
    latest = max((m.due for m in focus if m.due is not None), default=None)
    lead = trn("already_accepted", lang, accepted) + " " if accepted else ""
    return DecisionPoint(
        DecisionKind.APPROVE_FOCUS,
        trn("decide_approve", lang, n),
        lead + "; ".join(parts) + ".",
        tuple(m.number for m in focus),
        latest,
    )


def decisions(
    ev: Evaluation,
    focus: Sequence[Measure],
    total: YearBudgetRow,
    clarifications: Sequence[Clarification],
    reassess: date,
    lang: str,
) -> tuple[DecisionPoint, ...]:
    out: list[DecisionPoint] = []
    if focus:
        accepted = sum(1 for i in ev.plan.focus() if i.decision is Decision.ACCEPTED)
        out.append(_approve(focus, total, accepted, lang))
    unnamed = [m.number for m in focus if not m.owner_confirmed]
    if unnamed:
        out.append(DecisionPoint(
            DecisionKind.NAME_OWNERS,
            trn("decide_owners", lang, len(unnamed)),
            tr("decide_owners_detail", lang, numbers=numbers_text(unnamed, lang)),
            tuple(unnamed),
        ))
    suggested = [m for m in focus if not m.due_confirmed and m.due is not None]
    undated = [m.number for m in focus if m.due is None]
    if suggested or undated:
        detail = []
        if suggested:
            first = min(m.due for m in suggested if m.due is not None)
            last = max(m.due for m in suggested if m.due is not None)
            detail.append(tr("decide_dues_detail", lang,
                             numbers=numbers_text([m.number for m in suggested], lang),
                             first=day(first, lang), last=day(last, lang)))
        if undated:
            detail.append(tr("decide_dues_none", lang, numbers=numbers_text(undated, lang)))
        out.append(DecisionPoint(
            DecisionKind.CONFIRM_DUES,
            trn("decide_dues", lang, len(suggested) + len(undated)),
            " ".join(detail),
            tuple(sorted([m.number for m in suggested] + undated)),
        ))
    if clarifications:
        order = {st.id: n for n, st in enumerate(ev.guideline.statements)}
        ids = ", ".join(sorted((c.statement_id for c in clarifications),
                               key=lambda sid: order.get(sid, 0)))
        waiting = sorted({w.split(" ", 1)[0] for c in clarifications for w in c.waiting})
        why = trn("decide_clarify_detail", lang, len(clarifications), ids=ids)
        if waiting:
            why += " " + trn("decide_clarify_waiting", lang, len(waiting), ids=", ".join(waiting))
        out.append(DecisionPoint(DecisionKind.CLARIFY,
                                 trn("decide_clarify", lang, len(clarifications)), why))
    out.append(DecisionPoint(
        DecisionKind.REASSESS,
        tr("decide_reassess", lang, date=day(reassess, lang)),
        tr("decide_reassess_detail", lang, months=budget.REASSESSMENT_MONTHS),
        due=reassess,
    ))
    return tuple(out)


def participants(ev: Evaluation, lang: str) -> tuple[tuple[ParticipantGroup, ...], int]:
    """Role groups and headcounts; a respondent's own label may be a name and stays out."""
    groups: dict[str, int] = {}
    for r in ev.info.respondents:
        name = r.role_group.strip() or tr("no_role_group", lang)
        groups[name] = groups.get(name, 0) + max(1, r.headcount)
    rows = tuple(ParticipantGroup(shorten(k, 60), v) for k, v in groups.items())
    return rows, sum(groups.values())


def group_votes(ev: Evaluation, statement_id: str, lang: str) -> tuple[GroupVote, ...]:
    """Votes of a statement by role group (never by the respondent's own label)."""
    out = []
    for v in ev.answers.get(statement_id).votes:
        group = v.role_group.strip() or tr("no_role_group", lang)
        out.append(GroupVote(shorten(group, 60), v.level, label(v.kind, lang), max(1, v.headcount)))
    return tuple(out)


def disputed(ev: Evaluation, lang: str) -> tuple[OpenPoint, ...]:
    """Statements with high disagreement, widest spread first."""
    order = {st.id: n for n, st in enumerate(ev.guideline.statements)}
    rows = sorted(ev.results.disagreements(),
                  key=lambda r: (-(r.spread or 0), order[r.statement.id]))
    return tuple(_disputed_point(r, ev, lang) for r in rows)


def _disputed_point(r: StatementResult, ev: Evaluation, lang: str) -> OpenPoint:
    votes = group_votes(ev, r.statement.id, lang)
    levels = [v.level for v in votes if v.level is not None]
    detail = tr("disputed_detail", lang, low=min(levels), high=max(levels)) if levels else ""
    return OpenPoint(r.statement.id, r.statement.text.get(lang), detail, r.spread, votes)


def unknown(ev: Evaluation, lang: str) -> tuple[OpenPoint, ...]:
    return tuple(
        OpenPoint(r.statement.id, r.statement.text.get(lang),
                  label(r.kind, lang) if r.kind is not None else "")
        for r in ev.results.unknown()
    )


def next_steps(
    focus: Sequence[Measure], clarifications: Sequence[Clarification], reassess: date,
    lang: str,
) -> tuple[NextStep, ...]:
    out: list[NextStep] = []
    dated = sorted((m for m in focus if m.due is not None), key=lambda m: (m.due, m.number))
    if dated:
        first = dated[0]
        out.append(NextStep(first.due, tr("step_first_due", lang, n=first.number,
                                          title=shorten(first.title.text, 70),
                                          date=day(first.due, lang))))
    if clarifications:
        out.append(NextStep(None, trn("step_clarify", lang, len(clarifications))))
    out.append(NextStep(reassess, tr("step_reassess", lang, date=day(reassess, lang))))
    return tuple(out)
