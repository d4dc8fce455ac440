"""The plan's measures as report data: focus, backlog, clarifications, rejected, barriers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.domain.budget import estimate
from desktop_app.domain.explain import ExplanationKind, explain
from desktop_app.domain.labels import category_heading, label
from desktop_app.domain.model import BarrierType, Basis, ConditionKind
from desktop_app.domain.plan import Origin, PlanItem
from desktop_app.reporting.formats import level_name
from desktop_app.reporting.model import longtext
from desktop_app.reporting.model.types import (
    BarrierMeasures,
    Bounded,
    Clarification,
    Measure,
    RejectedProposal,
)
from desktop_app.reporting.strings import tr, trn

if TYPE_CHECKING:
    from desktop_app.domain.assessment import Evaluation
    from desktop_app.reporting.model.longtext import LongTextRegistry


def findings(item: PlanItem, ev: Evaluation, lang: str) -> tuple[str, ...]:
    """The answers that triggered ``item``, one line per statement and kind of finding."""
    out: list[str] = []
    for r in item.reasons:
        sid = r.condition.statement_id
        if r.condition.kind is ConditionKind.SPREAD_AT_LEAST:
            text = trn("reason_spread", lang, r.spread or 0, sid=sid)
        else:
            name = level_name(r.level, ev.guideline, lang).partition(" – ")[2]
            text = tr("reason_rated", lang, sid=sid, level=r.level, label=name, target=r.target)
        if text not in out:  # "at most 1" and "gap ≥ 2" on one answer read the same
            out.append(text)
    return tuple(out)


def _why_short(item: PlanItem, ev: Evaluation, lang: str) -> str:
    e = explain(ev.plan, item)
    if e.kind is ExplanationKind.OUTSIDE_PHASE:
        return tr("why_short_phase", lang)
    if e.kind is ExplanationKind.BEYOND_LIMIT and e.rank is not None:
        return tr("why_short_rank", lang, rank=e.rank, n=e.proposals)
    return label(item.placement, lang)


def _sources(item: PlanItem, ev: Evaluation, lang: str) -> str:
    rec = item.recommendation
    ids = rec.sources if rec is not None else ()
    if not ids:
        return ""
    g = ev.guideline
    names = "; ".join(g.sources[i].short if i in g.sources else i for i in ids)
    if rec is not None and rec.basis is Basis.INFERENCE:
        return tr("inferred_from", lang, basis=label(rec.basis, lang), sources=names)
    return names


def measure(
    number: int, item: PlanItem, ev: Evaluation, lang: str, texts: LongTextRegistry
) -> Measure:
    rec = item.recommendation
    est = estimate(item)
    where = tr("measure_context", lang, n=number)

    def bound(value: str, limit: int, what: str) -> Bounded:
        return texts.bound(value, limit, f"{where}: {tr(what, lang)}")

    owner = item.responsible(lang)
    involved = item.entry.involved or item.involved(lang)
    done_when = item.entry.done_when or item.done_when(lang)
    example = rec.example.get(lang) if rec is not None and rec.example is not None else ""
    topic = ev.guideline.topic_label(item.topic, lang) if item.topic else ""
    return Measure(
        number=number,
        key=item.key,
        title=bound(item.title(lang), longtext.TITLE, "col_measure"),
        text=bound(item.text(lang), longtext.TEXT, "description"),
        category=label(item.category, lang),
        category_heading=category_heading(item.category, lang),
        topic=topic,
        barrier=label(item.barrier, lang) if item.barrier is not None else "",
        owner=bound(owner, longtext.NAME, "col_responsible") if owner else
        Bounded(tr("owner_missing", lang)),
        owner_confirmed=bool(item.entry.owner),
        involved=bound(involved, longtext.NAME, "involved"),
        due=est.due,
        due_confirmed=est.due_confirmed,
        effort_days=est.effort_days,
        effort_class=label(item.effort, lang) if item.effort is not None else "",
        cost_eur=est.cost_eur,
        done_when=bound(done_when, longtext.CELL, "done_when"),
        why=explain(ev.plan, item).text.get(lang),
        why_short=_why_short(item, ev, lang),
        findings=findings(item, ev, lang),
        also=tuple(f"{r.id} {r.title.get(lang)}" for r in item.also),
        example=example,
        sources=_sources(item, ev, lang),
        origin=label(item.origin, lang),
        decision=label(item.decision, lang),
        status=label(item.entry.status, lang),
        note=bound(item.entry.note, longtext.CELL, "note"),
        edited=item.edited,
        rank=item.rank,
    )


def clarification(item: PlanItem, ev: Evaluation, lang: str,
                  texts: LongTextRegistry) -> Clarification:
    st = item.statement
    assert st is not None  # a clarification task always names its statement
    where = tr("clarify_context", lang, sid=st.id)
    owner = item.entry.owner
    return Clarification(
        statement_id=st.id,
        statement=st.text.get(lang),
        waiting=tuple(f"{r.id} {r.title.get(lang)}" for r in item.waiting),
        owner=texts.bound(owner, longtext.NAME, f"{where}: {tr('col_responsible', lang)}")
        if owner else Bounded(tr("owner_missing", lang)),
        due=item.entry.due,
        note=texts.bound(item.entry.note, longtext.CELL, f"{where}: {tr('note', lang)}"),
        why=explain(ev.plan, item).text.get(lang),
    )


def rejected(item: PlanItem, lang: str, texts: LongTextRegistry) -> RejectedProposal:
    title = item.title(lang)
    context = tr("rejected_context", lang, title=title[:60])
    reason = item.entry.reject_reason
    return RejectedProposal(
        title=texts.bound(title, longtext.TITLE, context),
        category=label(item.category, lang),
        reason=texts.bound(reason, longtext.CELL, f"{context}: {tr('reject_reason', lang)}")
        if reason else Bounded(tr("no_reject_reason", lang)),
        reason_given=bool(reason),
    )


BARRIER_MEANING = {
    BarrierType.NOT_KNOWING: "barrier_not_knowing",
    BarrierType.NOT_ABLE: "barrier_not_able",
    BarrierType.NOT_WILLING: "barrier_not_willing",
    BarrierType.NOT_ALLOWED: "barrier_not_allowed",
}


def barrier_view(
    ev: Evaluation, focus: tuple[Measure, ...], backlog: tuple[Measure, ...], lang: str
) -> tuple[BarrierMeasures, ...]:
    """Each change barrier with its strength and the measures that address it.

    Strongest barrier first: the guideline's core question is whether the plan works on
    the barriers the team actually has.
    """
    by_key = {i.key: i for i in ev.plan.items}
    out = []
    for score in ev.results.barriers:
        b = score.barrier

        def numbers(measures: tuple[Measure, ...], b: BarrierType = b) -> tuple[int, ...]:
            return tuple(m.number for m in measures if by_key[m.key].barrier is b)

        out.append(BarrierMeasures(
            barrier=label(b, lang),
            meaning=tr(BARRIER_MEANING[b], lang),
            strength=None if score.percent is None else 100.0 - score.percent,
            rated=score.rated,
            statements=score.statements,
            focus=numbers(focus),
            backlog=numbers(backlog),
        ))
    out.sort(key=lambda m: -(m.strength if m.strength is not None else -1.0))
    return tuple(out)


def plan_measures(
    ev: Evaluation, lang: str, texts: LongTextRegistry
) -> tuple[tuple[Measure, ...], tuple[Measure, ...]]:
    """The focused measures (numbered from 1) and the backlog (numbered on)."""
    focus = [i for i in ev.plan.focus() if i.origin is not Origin.CLARIFICATION]
    backlog = ev.plan.backlog()
    numbered = list(enumerate([*focus, *backlog], 1))
    measures = [measure(n, item, ev, lang, texts) for n, item in numbered]
    return tuple(measures[: len(focus)]), tuple(measures[len(focus):])
