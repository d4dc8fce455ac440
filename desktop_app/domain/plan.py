"""The action plan: derived recommendations merged with the team's decisions on them.

Recommendations are recomputed from the answers every time; what the team decided about
each one (accept, edit, reject, owner, due date…) is stored separately under a stable key, so
changing an answer never loses a decision. Keys:

* ``rec:<recommendation id>`` – a catalogue recommendation,
* ``clarify:<statement id>`` – a clarification task from a "weiß nicht" answer,
* ``own:<uuid>`` – a measure the team added itself.

Measures on one topic become one plan item that keeps every reason; a team's own measure
that names a topic takes the guideline's measures on that topic in. The plan is split into
a short **focus** list (accepted and own measures, then the most urgent proposals that fit
the project's phase, up to ``focus_limit``) and a **backlog** the team can promote from by
accepting an item. Why an item sits where it does: :func:`desktop_app.domain.explain.explain`.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from desktop_app.domain.model import (
    BarrierType,
    Category,
    Effort,
    Guideline,
    Phase,
    Recommendation,
    Statement,
    Text,
)
from desktop_app.domain.rules import (
    Priority,
    Reason,
    Triggered,
    Urgency,
    clarification_tasks,
    derive,
    priority_for,
)
from desktop_app.domain.scoring import Results

# How many measures the focus list holds unless the caller says otherwise: about what a
# change team can drive at once next to its daily work.
FOCUS_LIMIT = 12


class Decision(StrEnum):
    PROPOSED = "proposed"  # derived, not yet discussed
    ACCEPTED = "accepted"  # also promotes a backlog item into the focus list
    REJECTED = "rejected"


class Status(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class Origin(StrEnum):
    DERIVED = "derived"
    CLARIFICATION = "clarification"
    OWN = "own"


class Placement(StrEnum):
    """Where an item sits in the plan."""

    FOCUS = "focus"  # the short list the team works on now
    BACKLOG = "backlog"  # further proposals; accepting one moves it into the focus
    CLARIFY = "clarify"  # clarification tasks, listed apart from the measures
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class PlanEntry:
    """What the team recorded about one plan item (the stored part)."""

    key: str
    category: Category | None = None
    title: str = ""  # empty: use the catalogue title
    text: str = ""  # empty: use the catalogue text
    decision: Decision = Decision.PROPOSED
    owner: str = ""  # the one accountable role or person; empty: the guideline's owner
    due: date | None = None  # None: not confirmed yet (the plan suggests one from the horizon)
    priority: Priority | None = None  # None: use the derived priority
    effort: Effort | None = None
    status: Status = Status.OPEN
    note: str = ""  # progress note, e.g. "Auftakt mit Personalrat am 3.2."
    topic: str | None = None  # own measures: the guideline topic they take over
    involved: str = ""  # who else takes part; empty: the guideline's suggestion
    done_when: str = ""  # "erledigt, wenn …"; empty: the guideline's criterion
    effort_days: int | None = None  # the team's estimate in person-days
    cost_eur: int | None = None  # the team's estimate of external costs in euros
    reject_reason: str = ""  # why the team rejected a proposal (shown in the report)


@dataclass(frozen=True, slots=True)
class PlanItem:
    key: str
    origin: Origin
    category: Category
    entry: PlanEntry
    recommendation: Recommendation | None = None
    statement: Statement | None = None  # for clarification tasks
    reasons: tuple[Reason, ...] = ()
    derived_priority: Priority = Priority.LOW
    priority_value: float = 0.0
    still_triggered: bool = True
    also: tuple[Recommendation, ...] = ()  # further measures on the same topic, merged in
    urgency: Urgency | None = None
    placement: Placement = Placement.BACKLOG
    rank: int | None = None  # position among the open proposals by urgency, 1 = first
    waiting: tuple[Recommendation, ...] = ()  # clarification: measures held back until done
    suggested_due: date | None = None  # workshop date + horizon, for the team to confirm

    @property
    def decision(self) -> Decision:
        return self.entry.decision

    @property
    def priority(self) -> Priority:
        return self.entry.priority or self.derived_priority

    @property
    def effort(self) -> Effort | None:
        if self.entry.effort is not None:
            return self.entry.effort
        return self.recommendation.effort if self.recommendation else None

    @property
    def edited(self) -> bool:
        return self.origin is not Origin.OWN and bool(self.entry.title or self.entry.text)

    @property
    def adopted(self) -> bool:
        """The team has taken the measure on: accepted, or its own (and not rejected)."""
        return (self.origin is not Origin.CLARIFICATION
                and self.decision is not Decision.REJECTED
                and (self.decision is Decision.ACCEPTED or self.origin is Origin.OWN))

    @property
    def in_focus(self) -> bool:
        return self.placement is Placement.FOCUS

    @property
    def recommendations(self) -> tuple[Recommendation, ...]:
        """Every guideline measure this item stands for."""
        lead = (self.recommendation,) if self.recommendation is not None else ()
        return lead + self.also

    @property
    def topic(self) -> str | None:
        if self.origin is Origin.OWN:
            return self.entry.topic
        return self.recommendation.topic_id if self.recommendation is not None else None

    @property
    def barrier(self) -> BarrierType | None:
        """The change barrier the item addresses (a clarification: its statement's)."""
        for rec in self.recommendations:
            if rec.barrier is not None:
                return rec.barrier
        return self.statement.barrier if self.statement is not None else None

    @property
    def due(self) -> date | None:
        """The due date the team set (the suggested one is only a proposal)."""
        return self.entry.due

    def title(self, lang: str) -> str:
        if self.entry.title:
            return self.entry.title
        if self.recommendation is not None:
            return self.recommendation.title.get(lang)
        if self.statement is not None:
            prefix = "Klären" if lang == "de" else "Clarify"
            return f"{prefix}: {self.statement.text.get(lang)}"
        return ""

    def text(self, lang: str) -> str:
        if self.entry.text:
            return self.entry.text
        if self.recommendation is not None:
            return self.recommendation.text.get(lang)
        if self.statement is not None:
            return self.statement.help.get(lang)
        return ""

    def responsible(self, lang: str) -> str:
        """The owner the team named, else the role the guideline makes accountable."""
        if self.entry.owner:
            return self.entry.owner
        if self.recommendation is not None:
            return self.recommendation.owner.get(lang)
        return ""

    def involved(self, lang: str) -> str:
        """Further roles the guideline suggests involving."""
        return _get(self.recommendation.involved if self.recommendation else None, lang)

    def done_when(self, lang: str) -> str:
        """The guideline's criterion for calling the measure done."""
        return _get(self.recommendation.done_when if self.recommendation else None, lang)


def _get(text: Text | None, lang: str) -> str:
    return text.get(lang) if text is not None else ""


PRIORITY_ORDER = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}
CATEGORY_ORDER = {cat: i for i, cat in enumerate(Category)}
PLACEMENT_ORDER = {p: i for i, p in enumerate(Placement)}


@dataclass
class ActionPlan:
    items: list[PlanItem] = field(default_factory=list)
    phase: Phase | None = None
    focus_limit: int = FOCUS_LIMIT

    def active(self) -> list[PlanItem]:
        """Items that belong in the plan handed to leadership (everything not rejected)."""
        return [i for i in self.items if i.decision is not Decision.REJECTED]

    def by_category(self, category: Category, *, active_only: bool = True) -> list[PlanItem]:
        items = self.active() if active_only else self.items
        return [i for i in items if i.category is category]

    def rejected(self) -> list[PlanItem]:
        return [i for i in self.items if i.decision is Decision.REJECTED]

    def focus(self) -> list[PlanItem]:
        return [i for i in self.items if i.placement is Placement.FOCUS]

    def backlog(self) -> list[PlanItem]:
        return [i for i in self.items if i.placement is Placement.BACKLOG]

    def clarifications(self) -> list[PlanItem]:
        return [i for i in self.items if i.placement is Placement.CLARIFY]

    def by_barrier(self, *, focus_only: bool = True) -> dict[BarrierType, list[PlanItem]]:
        """Measures per change barrier they address (barriers → measures)."""
        items = self.focus() if focus_only else self.focus() + self.backlog()
        return {b: [i for i in items if i.barrier is b] for b in BarrierType}


def add_months(day: date, months: int) -> date:
    """``day`` moved ``months`` ahead; the 31st becomes the month's last day where needed."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _suggested_due(rec: Recommendation | None, held_on: date | None) -> date | None:
    if rec is None or held_on is None:
        return None
    return add_months(held_on, rec.horizon.months)


def _reasons(members: Iterable[Triggered]) -> tuple[Reason, ...]:
    """Every reason of the merged measures, each finding once."""
    seen: dict[tuple[str, str], Reason] = {}
    for member in members:
        for reason in member.reasons:
            seen.setdefault((reason.condition.statement_id, reason.condition.kind.value), reason)
    return tuple(seen.values())


def _topic_item(
    members: list[Triggered],
    stored: dict[str, PlanEntry],
    phase: Phase | None,
    held_on: date | None,
) -> PlanItem:
    """One item for the triggered measures of one topic (most urgent first)."""
    # The lead is the most urgent member that fits the phase, so a planning-only measure
    # never titles an item in a later phase while a fitting one is there.
    lead = next((m for m in members if m.recommendation.fits(phase)), members[0])
    ordered = [lead, *(m for m in members if m is not lead)]
    keys = [f"rec:{m.recommendation.id}" for m in ordered]
    # A decision the team recorded on any member stays with the item, whichever member
    # leads today: a decided entry first, then any stored one, else the lead's key.
    decided = [k for k in keys if k in stored and stored[k].decision is not Decision.PROPOSED]
    key = (decided or [k for k in keys if k in stored] or keys)[0]
    entry = stored.get(key, PlanEntry(key))
    for k in keys:
        stored.pop(k, None)
    holder = ordered[keys.index(key)]
    return PlanItem(
        key=key,
        origin=Origin.DERIVED,
        category=holder.recommendation.category,
        entry=entry,
        recommendation=holder.recommendation,
        reasons=_reasons(ordered),
        derived_priority=lead.priority,
        priority_value=lead.priority_value,
        also=tuple(m.recommendation for m in ordered if m is not holder),
        urgency=lead.urgency,
        suggested_due=_suggested_due(holder.recommendation, held_on),
    )


def _own_item(entry: PlanEntry, absorbed: list[Triggered]) -> PlanItem:
    lead = absorbed[0] if absorbed else None
    return PlanItem(
        key=entry.key,
        origin=Origin.OWN,
        category=entry.category or Category.ORGANISATIONAL,
        entry=entry,
        reasons=_reasons(absorbed),
        derived_priority=entry.priority or (lead.priority if lead else Priority.MEDIUM),
        priority_value=lead.priority_value if lead else 0.0,
        also=tuple(t.recommendation for t in absorbed),
        urgency=lead.urgency if lead else None,
    )


def _fits(item: PlanItem, phase: Phase | None) -> bool:
    return item.recommendation is None or item.recommendation.fits(phase)


def _place(items: list[PlanItem], phase: Phase | None, focus_limit: int) -> list[PlanItem]:
    """Decide focus, backlog and rank; return the items in plan order."""
    fixed = {i.key for i in items if i.adopted}
    open_proposals = sorted(
        (
            i
            for i in items
            if i.origin is Origin.DERIVED
            and i.still_triggered
            and i.decision is Decision.PROPOSED
        ),
        key=lambda i: (-i.priority_value, CATEGORY_ORDER[i.category], i.key),
    )
    ranks = {i.key: n for n, i in enumerate(open_proposals, 1)}
    slots = max(0, focus_limit - len(fixed))
    focus = set(fixed)
    for i in open_proposals:
        if slots and _fits(i, phase):
            focus.add(i.key)
            slots -= 1

    def placement(i: PlanItem) -> Placement:
        if i.decision is Decision.REJECTED:
            return Placement.REJECTED
        if i.origin is Origin.CLARIFICATION:
            return Placement.CLARIFY
        return Placement.FOCUS if i.key in focus else Placement.BACKLOG

    placed = [replace(i, placement=placement(i), rank=ranks.get(i.key)) for i in items]
    placed.sort(key=_sort_key)
    return placed


def _sort_key(item: PlanItem) -> tuple[int, int, float, int, str]:
    return (
        PLACEMENT_ORDER[item.placement],
        PRIORITY_ORDER[item.priority],
        -item.priority_value,
        CATEGORY_ORDER[item.category],
        item.key,
    )


def build_plan(
    guideline: Guideline,
    results: Results,
    entries: list[PlanEntry],
    *,
    phase: Phase | None = None,
    held_on: date | None = None,
    focus_limit: int = FOCUS_LIMIT,
) -> ActionPlan:
    """Merge what the rules derive now with what the team has recorded.

    ``phase`` decides which measures fit, ``held_on`` (the workshop date) gives each
    measure a suggested due date, ``focus_limit`` caps the focus list.
    """
    stored = {e.key: e for e in entries}
    triggered = derive(guideline, results, phase)
    own_topics: dict[str, str] = {}
    for e in sorted(entries, key=lambda e: e.key):
        if e.key.startswith("own:") and e.topic and e.decision is not Decision.REJECTED:
            own_topics.setdefault(e.topic, e.key)

    groups: dict[str, list[Triggered]] = {}
    for t in triggered:
        if not t.waiting:
            groups.setdefault(t.recommendation.topic_id, []).append(t)
    items: list[PlanItem] = []
    absorbed: dict[str, list[Triggered]] = {}
    for topic, members in groups.items():
        if topic in own_topics:
            # The team's own measure on this topic replaces the guideline's.
            absorbed[own_topics[topic]] = members
            for m in members:
                stored.pop(f"rec:{m.recommendation.id}", None)
            continue
        items.append(_topic_item(members, stored, phase, held_on))

    for task in clarification_tasks(results, triggered):
        key = f"clarify:{task.statement.id}"
        items.append(
            PlanItem(
                key=key,
                origin=Origin.CLARIFICATION,
                category=task.category,
                entry=stored.pop(key, PlanEntry(key)),
                statement=task.statement,
                derived_priority=Priority.MEDIUM,
                priority_value=task.statement.weight,
                waiting=task.waiting,
            )
        )
    # What is left was stored earlier: own measures, and decisions on recommendations the
    # current answers no longer trigger. Accepted ones stay in the plan, marked as such.
    for key, entry in stored.items():
        if key.startswith("own:"):
            items.append(_own_item(entry, absorbed.get(key, [])))
        elif key.startswith("rec:") and entry.decision is Decision.ACCEPTED:
            rec_id = key.removeprefix("rec:")
            try:
                rec = guideline.recommendation(rec_id)
            except KeyError:
                continue  # recommendation removed from a newer content version
            items.append(
                PlanItem(
                    key=key,
                    origin=Origin.DERIVED,
                    category=rec.category,
                    entry=entry,
                    recommendation=rec,
                    derived_priority=priority_for(0.0),
                    still_triggered=False,
                    suggested_due=_suggested_due(rec, held_on),
                )
            )
    return ActionPlan(_place(items, phase, focus_limit), phase, focus_limit)


def with_changes(entry: PlanEntry, **changes: object) -> PlanEntry:
    """A copy of ``entry`` with ``changes`` applied (keeps call sites short and typed)."""
    return replace(entry, **changes)  # type: ignore[arg-type]
