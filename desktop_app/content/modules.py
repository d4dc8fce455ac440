"""Module folders: a region's or a team's own statements as content (``module.yaml``).

A module is a folder with one ``module.yaml``: its id and title, and its own statements with
five level anchors, category, barrier type and the measures each may propose. The app adds a
module's statements to an assessment (they are stored with it); ``validate-content`` accepts
a module folder as well as a guideline folder. Every statement is checked by the same rules
as the form in the app (:func:`desktop_app.domain.own.check_statement`), against the ids of
the current guideline, so a module can never change or shadow a guideline statement.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.content.reading import (
    ContentError,
    ContentProblem,
    _check_keys,
    _Ctx,
    _entries,
    _enum,
    _read_yaml,
    _text,
)
from desktop_app.domain.model import (
    OWN_PREFIX,
    BarrierType,
    Category,
    ConditionKind,
    Guideline,
    Horizon,
    Text,
)
from desktop_app.domain.own import (
    OwnMeasure,
    OwnModule,
    OwnStatement,
    check_statement,
    describe,
)

MODULE_FILE = "module.yaml"
MODULE_FORMATS = (1,)


def is_module(folder: Path) -> bool:
    return (Path(folder) / MODULE_FILE).is_file()


def guideline_ids(guideline: Guideline) -> set[str]:
    """Every id an own statement, measure or module must not take."""
    ids = {st.id for st in guideline.statements if not st.own}
    ids |= {r.id for r in guideline.recommendations if not r.own}
    ids |= {d.id for d in guideline.dimensions if not d.own}
    return ids


def _measure(ctx: _Ctx, entry: str, item: Any) -> OwnMeasure | None:
    if not isinstance(item, dict):
        ctx.add(entry, "jede Maßnahme muss ein Eintrag mit Feldern sein")
        return None
    if not _check_keys(ctx, entry, item, {"id", "title", "category", "trigger"},
                       {"text", "owner", "horizon"}):
        return None
    trigger = item["trigger"]
    kinds = {ConditionKind.AT_MOST.value, ConditionKind.GAP_AT_LEAST.value}
    if not isinstance(trigger, dict) or len(trigger) != 1 or next(iter(trigger)) not in kinds:
        ctx.add(entry, "'trigger' braucht genau einen Test: at_most oder gap_at_least")
        return None
    kind, value = next(iter(trigger.items()))
    if isinstance(value, bool) or not isinstance(value, int):
        ctx.add(entry, f"'trigger.{kind}' muss eine Stufe von 0 bis 4 sein")
        return None
    ident = item["id"]
    horizon = Horizon.MEDIUM
    if "horizon" in item:
        horizon = _enum(ctx, entry, "horizon", item["horizon"], Horizon) or Horizon.MEDIUM
    return OwnMeasure(
        id=ident if isinstance(ident, str) else str(ident),
        title=_text(ctx, entry, "title", item["title"], need_en=False),
        text=_text(ctx, entry, "text", item["text"], need_en=False) if "text" in item
        else Text(""),
        category=_enum(ctx, entry, "category", item["category"], Category)
        or Category.ORGANISATIONAL,
        trigger=ConditionKind(kind),
        value=value,
        owner=_text(ctx, entry, "owner", item["owner"], need_en=False) if "owner" in item
        else Text(""),
        horizon=horizon,
    )


def _statement(ctx: _Ctx, entry: str, item: dict[str, Any], module: str) -> OwnStatement | None:
    if not _check_keys(ctx, entry, item, {"id", "text", "category", "levels"},
                       {"help", "barrier", "weight", "measures"}):
        return None
    levels = item["levels"]
    if not isinstance(levels, list) or len(levels) != 5:
        ctx.add(entry, "'levels' braucht genau 5 Stufenbeschreibungen (0 bis 4)")
        return None
    measures = item.get("measures", [])
    if not isinstance(measures, list):
        ctx.add(entry, "'measures' muss eine Liste sein")
        measures = []
    weight = item.get("weight", 1.0)
    if isinstance(weight, bool) or not isinstance(weight, int | float):
        ctx.add(entry, "'weight' muss eine Zahl sein")
        weight = 1.0
    barrier = item.get("barrier")
    ident = item["id"]
    parsed = [_measure(ctx, f"{entry}, Maßnahme {n}", m) for n, m in enumerate(measures, 1)]
    return OwnStatement(
        id=ident if isinstance(ident, str) else str(ident),
        text=_text(ctx, entry, "text", item["text"], need_en=False),
        levels=tuple(_text(ctx, entry, f"levels[{n}]", v, need_en=False)
                     for n, v in enumerate(levels)),
        category=_enum(ctx, entry, "category", item["category"], Category)
        or Category.ORGANISATIONAL,
        help=_text(ctx, entry, "help", item["help"], need_en=False) if "help" in item
        else Text(""),
        barrier=_enum(ctx, entry, "barrier", barrier, BarrierType) if barrier is not None
        else None,
        weight=float(weight),
        measures=tuple(m for m in parsed if m is not None),
        module=module,
    )


def load_module(folder: Path, guideline: Guideline) -> OwnModule:
    """Read and check the module in ``folder``; raise :class:`ContentError` with everything."""
    root = Path(folder)
    ctx = _Ctx(root=root)
    data = _read_yaml(ctx, root / MODULE_FILE)
    if data is None:
        raise ContentError(ctx.problems)
    if not isinstance(data, dict) or not _check_keys(
        ctx, "", data, {"format", "id", "title", "statements"}, {"why"}
    ):
        raise ContentError(ctx.problems)
    if data["format"] not in MODULE_FORMATS or isinstance(data["format"], bool):
        ctx.add("", f"'format' hat den unbekannten Wert '{data['format']}' (erlaubt: 1)")
    module_id = data["id"] if isinstance(data["id"], str) else str(data["id"])
    taken = guideline_ids(guideline)
    if not module_id.startswith(OWN_PREFIX):
        ctx.add("", f"Kennung '{module_id}': Module und eigene Aussagen beginnen mit "
                    f"'{OWN_PREFIX}'")
    elif module_id in taken:
        ctx.add("", f"Kennung '{module_id}' verwendet schon der Leitfaden")
    statements: list[OwnStatement] = []
    used: set[str] = set()
    for entry, item in _entries(ctx, data, "statements", "Aussage"):
        st = _statement(ctx, entry, item, module_id)
        if st is None:
            continue
        for problem in check_statement(st, taken, used):
            ctx.add(entry, describe(problem, "de"))
        used |= {st.id, *(m.id for m in st.measures)}
        statements.append(st)
    module = OwnModule(
        id=module_id,
        title=_text(ctx, "", "title", data["title"], need_en=False),
        why=_text(ctx, "", "why", data["why"], need_en=False) if "why" in data else Text(""),
        statements=tuple(statements),
    )
    if ctx.problems:
        raise ContentError(ctx.problems)
    return module


__all__ = ["MODULE_FILE", "ContentProblem", "is_module", "load_module"]
