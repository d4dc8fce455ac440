"""The team's own statements as plain JSON values: one shape for the database and the file.

Texts are ``{"de": …, "en": …}``; a statement carries its module's id and title, so that a
file read on another laptop groups the statements as they were defined. Reading is lenient
about missing optional fields (older rows); whether a statement is valid is decided by
:func:`desktop_app.domain.own.check_statement` alone.
"""

from __future__ import annotations

from typing import Any

from desktop_app.domain.model import BarrierType, Category, ConditionKind, Horizon, Text
from desktop_app.domain.own import TEAM_MODULE, OwnMeasure, OwnModule, OwnStatement


def text_json(value: Text) -> dict[str, str]:
    return {"de": value.de, "en": value.en}


def read_text(value: Any) -> Text:
    if isinstance(value, dict):
        return Text(str(value.get("de", "")), str(value.get("en", "")))
    return Text(str(value or ""))


def measure_json(m: OwnMeasure) -> dict[str, object]:
    return {"id": m.id, "title": text_json(m.title), "text": text_json(m.text),
            "category": m.category.value, "trigger": m.trigger.value, "value": m.value,
            "owner": text_json(m.owner), "horizon": m.horizon.value}


def read_measure(value: dict[str, Any]) -> OwnMeasure:
    return OwnMeasure(
        id=str(value["id"]),
        title=read_text(value.get("title")),
        text=read_text(value.get("text")),
        category=Category(value["category"]),
        trigger=ConditionKind(value.get("trigger", ConditionKind.AT_MOST.value)),
        value=int(value.get("value", 1)),
        owner=read_text(value.get("owner")),
        horizon=Horizon(value.get("horizon", Horizon.MEDIUM.value)),
    )


def statement_json(st: OwnStatement, module_title: Text) -> dict[str, Any]:
    """``st`` as a JSON object (``module_title``: the title of the module it belongs to)."""
    return {
        "id": st.id,
        "module": st.module,
        "module_title": text_json(module_title),
        "text": text_json(st.text),
        "help": text_json(st.help),
        "category": st.category.value,
        "barrier": st.barrier.value if st.barrier else None,
        "weight": st.weight,
        "levels": [text_json(v) for v in st.levels],
        "measures": [measure_json(m) for m in st.measures],
    }


def read_statement(value: dict[str, Any]) -> OwnStatement:
    barrier = value.get("barrier")
    return OwnStatement(
        id=str(value["id"]),
        text=read_text(value.get("text")),
        levels=tuple(read_text(v) for v in value.get("levels", ())),
        category=Category(value["category"]),
        help=read_text(value.get("help")),
        barrier=BarrierType(barrier) if barrier else None,
        weight=float(value.get("weight", 1.0)),
        measures=tuple(read_measure(m) for m in value.get("measures", ())),
        module=str(value.get("module") or TEAM_MODULE),
    )


def read_modules(values: list[dict[str, Any]]) -> list[OwnModule]:
    """The modules the statements name, in the order they first appear, with their titles."""
    modules: dict[str, OwnModule] = {}
    for value in values:
        module = str(value.get("module") or TEAM_MODULE)
        if module not in modules:
            modules[module] = OwnModule(module, read_text(value.get("module_title")))
    return list(modules.values())
