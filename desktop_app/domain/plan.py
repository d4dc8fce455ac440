"""The action plan: derived recommendations merged with the team's decisions on them.

Recommendations are recomputed from the answers every time; what the team decided about
each one (accept, edit, reject, owner, due date…) is stored separately under a stable key, so
changing an answer never loses a decision. Keys:

* ``rec:<recommendation id>`` – a catalogue recommendation,
* ``clarify:<statement id>`` – a clarification task from a "weiß nicht" answer,
* ``own:<uuid>`` – a measure the team added itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from desktop_app.domain.model import Category, Effort, Guideline, Recommendation, Statement
from desktop_app.domain.rules import (
    Priority,
    Reason,
    Triggered,
    clarification_tasks,
    derive,
)
from desktop_app.domain.scoring import Results


class Decision(StrEnum):
    PROPOSED = "proposed"  # derived, not yet discussed
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class Status(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class Origin(StrEnum):
    DERIVED = "derived"
    CLARIFICATION = "clarification"
    OWN = "own"


@dataclass(frozen=True, slots=True)
class PlanEntry:
    """What the team recorded about one plan item (the stored part)."""

    key: str
    category: Category | None = None
    title: str = ""  # empty: use the catalogue title
    text: str = ""  # empty: use the catalogue text
    decision: Decision = Decision.PROPOSED
    owner: str = ""
    due: date | None = None
    priority: Priority | None = None  # None: use the derived priority
    effort: Effort | None = None
    status: Status = Status.OPEN
    note: str = ""  # progress note, e.g. "Auftakt mit Personalrat am 3.2."


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
        """The owner the team named, else the role the guideline suggests."""
        if self.entry.owner:
            return self.entry.owner
        if self.recommendation is not None:
            return self.recommendation.owner.get(lang)
        return ""


PRIORITY_ORDER = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}
CATEGORY_ORDER = {cat: i for i, cat in enumerate(Category)}


@dataclass
class ActionPlan:
    items: list[PlanItem] = field(default_factory=list)

    def active(self) -> list[PlanItem]:
        """Items that belong in the plan handed to leadership (everything not rejected)."""
        return [i for i in self.items if i.decision is not Decision.REJECTED]

    def by_category(self, category: Category, *, active_only: bool = True) -> list[PlanItem]:
        items = self.active() if active_only else self.items
        return [i for i in items if i.category is category]

    def rejected(self) -> list[PlanItem]:
        return [i for i in self.items if i.decision is Decision.REJECTED]


def _sort_key(item: PlanItem) -> tuple[int, float, int, str]:
    return (
        PRIORITY_ORDER[item.priority],
        -item.priority_value,
        CATEGORY_ORDER[item.category],
        item.key,
    )


def build_plan(guideline: Guideline, results: Results, entries: list[PlanEntry]) -> ActionPlan:
    """Merge what the rules derive now with what the team has recorded."""
    stored = {e.key: e for e in entries}
    items: list[PlanItem] = []
    triggered: dict[str, Triggered] = {
        f"rec:{t.recommendation.id}": t for t in derive(guideline, results)
    }
    for key, trig in triggered.items():
        rec = trig.recommendation
        items.append(
            PlanItem(
                key=key,
                origin=Origin.DERIVED,
                category=rec.category,
                entry=stored.pop(key, PlanEntry(key)),
                recommendation=rec,
                reasons=trig.reasons,
                derived_priority=trig.priority,
                priority_value=trig.priority_value,
            )
        )
    for task in clarification_tasks(results):
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
            )
        )
    # What is left was stored earlier: own measures, and decisions on recommendations the
    # current answers no longer trigger. Accepted ones stay in the plan, marked as such.
    for key, entry in stored.items():
        if key.startswith("own:"):
            items.append(
                PlanItem(
                    key=key,
                    origin=Origin.OWN,
                    category=entry.category or Category.ORGANISATIONAL,
                    entry=entry,
                    derived_priority=entry.priority or Priority.MEDIUM,
                )
            )
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
                    derived_priority=Priority.LOW,
                    still_triggered=False,
                )
            )
    items.sort(key=_sort_key)
    return ActionPlan(items)


def with_changes(entry: PlanEntry, **changes: object) -> PlanEntry:
    """A copy of ``entry`` with ``changes`` applied (keeps call sites short and typed)."""
    return replace(entry, **changes)  # type: ignore[arg-type]
