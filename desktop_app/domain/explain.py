"""Why an item sits where it does in the action plan: structured data and one sentence.

The GUI and the PDF both call :func:`explain`, so a measure is justified in the same words
on screen and on paper: rank among the proposals, the statement that weighs most (level,
target, weight), phase fit, the barrier it addresses, and the measures merged into it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from desktop_app.domain.labels import label
from desktop_app.domain.model import BarrierType, ConditionKind, Phase, Text
from desktop_app.domain.plan import ActionPlan, Decision, Origin, Placement, PlanItem


class ExplanationKind(StrEnum):
    ACCEPTED = "accepted"  # in focus because the team accepted it
    OWN = "own"  # in focus as the team's own measure
    PRIORITY = "priority"  # in focus by its rank among the proposals
    OUTSIDE_PHASE = "outside_phase"  # backlog: it matters in other phases
    BEYOND_LIMIT = "beyond_limit"  # backlog: the focus list is full
    CLARIFICATION = "clarification"  # "weiß nicht": find out first
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Explanation:
    kind: ExplanationKind
    placement: Placement
    rank: int | None  # among the open proposals, 1 = most urgent
    proposals: int  # how many open proposals competed for the focus list
    limit: int  # size of the focus list
    statement_id: str | None  # the statement that weighs most
    level: int | None
    target: int | None
    weight: float | None
    spread: int | None
    barrier: BarrierType | None
    phase: Phase | None
    phases: tuple[Phase, ...]  # where the measure applies
    merged: tuple[str, ...]  # ids of further measures on the same topic
    waiting: tuple[str, ...]  # clarification: ids of measures held back until it is done
    still_triggered: bool
    text: Text  # the same in one sentence or two, German and English


def _kind(item: PlanItem, phase: Phase | None) -> ExplanationKind:
    if item.decision is Decision.REJECTED:
        return ExplanationKind.REJECTED
    if item.origin is Origin.CLARIFICATION:
        return ExplanationKind.CLARIFICATION
    if item.origin is Origin.OWN:
        return ExplanationKind.OWN
    if item.decision is Decision.ACCEPTED:
        return ExplanationKind.ACCEPTED
    if item.in_focus:
        return ExplanationKind.PRIORITY
    rec = item.recommendation
    if rec is not None and not rec.fits(phase):
        return ExplanationKind.OUTSIDE_PHASE
    return ExplanationKind.BEYOND_LIMIT


def _number(value: float, lang: str) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if lang == "de" else text


def _join(names: list[str], lang: str) -> str:
    if len(names) < 2:
        return "".join(names)
    word = " oder " if lang == "de" else " or "
    return ", ".join(names[:-1]) + word + names[-1]


def _sentence(e: Explanation, lang: str) -> str:
    de = lang == "de"
    parts: list[str] = []
    phase = label(e.phase, lang) if e.phase else ""
    phases = _join([label(p, lang) for p in e.phases], lang)
    if e.kind is ExplanationKind.REJECTED:
        parts.append("Vom Team abgelehnt." if de else "Rejected by the team.")
    elif e.kind is ExplanationKind.CLARIFICATION:
        parts.append(
            f"Aussage {e.statement_id} wurde mit „weiß nicht“ beantwortet: erst klären, "
            "dann über Maßnahmen entscheiden."
            if de
            else f"Statement {e.statement_id} was answered “don't know”: clarify it before "
            "deciding on measures."
        )
        if e.waiting:
            ids = ", ".join(e.waiting)
            parts.append(
                f"Bis dahin zurückgestellt: {ids}." if de else f"Held back until then: {ids}."
            )
        return " ".join(parts)
    elif e.kind is ExplanationKind.OWN:
        parts.append("Im Fokus als eigene Maßnahme des Teams." if de
                     else "In focus as the team's own measure.")
    elif e.kind is ExplanationKind.ACCEPTED:
        parts.append("Im Fokus, weil das Team die Maßnahme angenommen hat." if de
                     else "In focus because the team accepted it.")
    elif e.kind is ExplanationKind.PRIORITY:
        parts.append(
            f"Im Fokus: Rang {e.rank} von {e.proposals} offenen Vorschlägen." if de
            else f"In focus: rank {e.rank} of {e.proposals} open proposals."
        )
    elif e.kind is ExplanationKind.OUTSIDE_PHASE:
        parts.append(
            f"Im Themenspeicher: Die Maßnahme gehört vor allem in die Phase {phases}, das "
            f"Vorhaben ist in der Phase {phase}. Annehmen holt sie in den Fokus."
            if de
            else f"In the backlog: the measure belongs mainly in the {phases} phase, and the "
            f"project is in the {phase} phase. Accepting it moves it into focus."
        )
    else:
        parts.append(
            f"Im Themenspeicher: Rang {e.rank} von {e.proposals}; die Fokusliste ist auf "
            f"{e.limit} Maßnahmen begrenzt. Annehmen holt sie in den Fokus."
            if de
            else f"In the backlog: rank {e.rank} of {e.proposals}; the focus list is limited "
            f"to {e.limit} measures. Accepting it moves it into focus."
        )
    if e.statement_id is not None and e.level is not None:
        parts.append(
            f"Ausschlaggebend: Aussage {e.statement_id} auf Stufe {e.level} (Ziel {e.target}, "
            f"Gewicht {_number(e.weight or 1.0, lang)})."
            if de
            else f"Deciding factor: statement {e.statement_id} at level {e.level} (target "
            f"{e.target}, weight {_number(e.weight or 1.0, lang)})."
        )
    elif e.statement_id is not None and e.spread is not None:
        parts.append(
            f"Ausschlaggebend: Die Einzelstimmen zu Aussage {e.statement_id} liegen {e.spread} "
            "Stufen auseinander."
            if de
            else f"Deciding factor: individual votes on statement {e.statement_id} are "
            f"{e.spread} levels apart."
        )
    if e.kind is ExplanationKind.PRIORITY and e.phase in e.phases:
        parts.append(f"Passt zur Phase {phase}." if de else f"Fits the {phase} phase.")
    if e.barrier is not None:
        name = label(e.barrier, lang)
        parts.append(f"Setzt an der Barriere {name} an." if de
                     else f"Addresses the barrier {name}.")
    if e.merged and e.kind is ExplanationKind.OWN:
        ids = ", ".join(e.merged)
        parts.append(f"Übernimmt die Leitfaden-Maßnahmen {ids} zum selben Thema." if de
                     else f"Takes over the guideline measures {ids} on the same topic.")
    elif e.merged:
        ids = ", ".join(e.merged)
        parts.append(f"Umfasst auch {ids} zum selben Thema." if de
                     else f"Also covers {ids} on the same topic.")
    if not e.still_triggered:
        parts.append("Die aktuellen Antworten lösen sie nicht mehr aus." if de
                     else "The current answers no longer trigger it.")
    return " ".join(parts)


def explain(plan: ActionPlan, item: PlanItem) -> Explanation:
    """Why ``item`` is in ``plan`` where it is, as data and as a German/English sentence."""
    phase = plan.phase
    kind = _kind(item, phase)
    urgency = item.urgency
    statement_id = urgency.statement_id if urgency is not None else None
    if item.statement is not None:
        statement_id = item.statement.id
    # A finding on the level says more than disagreeing votes on the same statement.
    mine = [r for r in item.reasons if r.condition.statement_id == statement_id]
    mine.sort(key=lambda r: r.condition.kind is ConditionKind.SPREAD_AT_LEAST)
    reason = mine[0] if mine else None
    by_level = reason is not None and reason.condition.kind is not ConditionKind.SPREAD_AT_LEAST
    rec = item.recommendation or (item.also[0] if item.also else None)
    proposals = sum(1 for i in plan.items if i.rank is not None)
    draft = Explanation(
        kind=kind,
        placement=item.placement,
        rank=item.rank,
        proposals=proposals,
        limit=plan.focus_limit,
        statement_id=statement_id,
        level=reason.level if reason is not None and by_level else None,
        target=reason.target if reason is not None and by_level else None,
        weight=urgency.weight if urgency is not None else None,
        spread=reason.spread if reason is not None else None,
        barrier=item.barrier if item.origin is not Origin.CLARIFICATION else None,
        phase=phase,
        phases=tuple(p for p in Phase if rec is not None and p in rec.phases),
        merged=tuple(r.id for r in item.also),
        waiting=tuple(r.id for r in item.waiting),
        still_triggered=item.still_triggered,
        text=Text(""),
    )
    return replace(draft, text=Text(_sentence(draft, "de"), _sentence(draft, "en")))
