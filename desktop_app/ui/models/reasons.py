"""Why a measure is in the plan, as one readable sentence per triggering condition."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.model import ConditionKind
from desktop_app.domain.plan import Origin, PlanItem


def reason_text(item: PlanItem, lang: str) -> str:
    if item.origin is Origin.OWN:
        return QCoreApplication.translate("Reasons", "Eigene Maßnahme des Teams.")
    if item.origin is Origin.CLARIFICATION and item.statement is not None:
        return QCoreApplication.translate(
            "Reasons",
            "Aussage {id} wurde mit „weiß nicht“ beantwortet: erst klären, dann entscheiden.",
        ).format(id=item.statement.id)
    if not item.still_triggered:
        return QCoreApplication.translate(
            "Reasons", "Angenommen; die aktuellen Antworten lösen diese Empfehlung nicht mehr aus."
        )
    lines = []
    for reason in item.reasons:
        cond = reason.condition
        if cond.kind is ConditionKind.AT_MOST:
            text = QCoreApplication.translate(
                "Reasons",
                "Aussage {id} mit Stufe {level} bewertet (Auslöser: höchstens {value}, "
                "Ziel {target}).",
            )
        elif cond.kind is ConditionKind.GAP_AT_LEAST:
            text = QCoreApplication.translate(
                "Reasons",
                "Aussage {id}: Abstand zum Ziel {target} beträgt mindestens {value} "
                "Stufen (bewertet: {level}).",
            )
        else:
            text = QCoreApplication.translate(
                "Reasons",
                "Aussage {id}: Einzelstimmen liegen {spread} Stufen auseinander "
                "(Auslöser ab {value}).",
            )
        lines.append(
            text.format(
                id=cond.statement_id,
                level=reason.level,
                value=cond.value,
                target=reason.target,
                spread=reason.spread,
            )
        )
    return "\n".join(lines)
