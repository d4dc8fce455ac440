"""Display names of the domain's enums in German and English.

Kept as data beside the domain so the PDF, the CLI and the GUI all name a category or a
barrier the same way. (The GUI's own widget texts go through Qt Linguist instead.)
"""

from __future__ import annotations

from enum import Enum

from desktop_app.domain.answers import AnswerKind
from desktop_app.domain.model import BarrierType, Basis, Category, Effort, Horizon, Phase
from desktop_app.domain.plan import Decision, Origin, Placement, Status
from desktop_app.domain.rules import Priority

_LABELS: dict[Enum, tuple[str, str]] = {
    Category.TECHNICAL: ("technisch", "technical"),
    Category.PERSONNEL: ("personell", "personnel"),
    Category.ORGANISATIONAL: ("organisatorisch", "organisational"),
    BarrierType.NOT_KNOWING: ("Nicht-Wissen", "Not knowing"),
    BarrierType.NOT_ABLE: ("Nicht-Können", "Not being able"),
    BarrierType.NOT_WILLING: ("Nicht-Wollen", "Not wanting"),
    BarrierType.NOT_ALLOWED: ("Nicht-Dürfen", "Not being allowed"),
    Effort.LOW: ("gering", "low"),
    Effort.MEDIUM: ("mittel", "medium"),
    Effort.HIGH: ("hoch", "high"),
    Horizon.SHORT: ("kurzfristig", "short term"),
    Horizon.MEDIUM: ("mittelfristig", "medium term"),
    Horizon.LONG: ("langfristig", "long term"),
    Priority.HIGH: ("hoch", "high"),
    Priority.MEDIUM: ("mittel", "medium"),
    Priority.LOW: ("niedrig", "low"),
    Decision.PROPOSED: ("vorgeschlagen", "proposed"),
    Decision.ACCEPTED: ("angenommen", "accepted"),
    Decision.REJECTED: ("abgelehnt", "rejected"),
    Status.OPEN: ("offen", "open"),
    Status.IN_PROGRESS: ("in Arbeit", "in progress"),
    Status.DONE: ("erledigt", "done"),
    Origin.DERIVED: ("aus dem Leitfaden", "from the guideline"),
    Origin.CLARIFICATION: ("Klärungsbedarf", "to be clarified"),
    Origin.OWN: ("eigene Maßnahme", "own measure"),
    AnswerKind.RATED: ("bewertet", "rated"),
    AnswerKind.UNKNOWN: ("weiß nicht", "don't know"),
    AnswerKind.NOT_RELEVANT: ("nicht relevant", "not relevant"),
    Phase.PLANNING: ("Planung", "Planning"),
    Phase.INTRODUCTION: ("Einführung", "Introduction"),
    Phase.SUSTAINING: ("Verstetigung", "Sustaining"),
    Placement.FOCUS: ("im Fokus", "in focus"),
    Placement.BACKLOG: ("Themenspeicher", "backlog"),
    Placement.CLARIFY: ("Klärungsbedarf", "to be clarified"),
    Placement.REJECTED: ("abgelehnt", "rejected"),
    Basis.SOURCE: ("aus der Quelle", "from the source"),
    Basis.INFERENCE: ("eigene Ableitung des Leitfadens", "the guideline's own inference"),
}

# Headings of the three measure groups, as the guideline names them.
CATEGORY_HEADINGS: dict[Category, tuple[str, str]] = {
    Category.TECHNICAL: ("Technische Maßnahmen", "Technical measures"),
    Category.PERSONNEL: ("Personelle Maßnahmen", "Personnel measures"),
    Category.ORGANISATIONAL: ("Organisatorische Maßnahmen", "Organisational measures"),
}


def label(value: Enum, lang: str) -> str:
    de, en = _LABELS[value]
    return en if lang == "en" else de


def category_heading(category: Category, lang: str) -> str:
    de, en = CATEGORY_HEADINGS[category]
    return en if lang == "en" else de
