"""The team's own statements: defined, checked and turned into guideline statements here.

A team (or a region's coordinator, as a module folder) adds statements the guideline does not
ask: five level anchors, a category, a barrier type and its own measures with the rule that
proposes them. They are scored and reported like the guideline's, marked as the team's own,
and live in their own namespace: every id begins with :data:`~desktop_app.domain.model.
OWN_PREFIX`, which the guideline's content never uses, so an own statement can neither change
nor shadow one of the guideline's.

The rules for a valid own statement live in :func:`check_statement` alone; the form in the
GUI, the module folders ``validate-content`` reads and the storage all ask it. Problems are
keys of the text catalogue (``own.<key>``), worded in the reader's language where shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from desktop_app.domain.answers import MAX_LEVEL
from desktop_app.domain.model import (
    ALL_PHASES,
    OWN_PREFIX,
    BarrierType,
    Basis,
    Category,
    Condition,
    ConditionKind,
    Dimension,
    Effort,
    Horizon,
    Recommendation,
    Rule,
    Statement,
    Text,
)
from desktop_app.texts import t

# Where the team's own statements appear when no module names them.
TEAM_MODULE = OWN_PREFIX
# Lengths: a statement is read aloud in a workshop, an anchor fits a line on the projector.
STATEMENT_TEXT = 400
HELP_TEXT = 2000
LEVEL_TEXT = 300
MEASURE_TITLE = 200
MEASURE_TEXT = 2000
OWNER_TEXT = 200
MAX_MEASURES = 5  # per statement
WEIGHTS = (1.0, 1.5, 2.0)  # normal, important, key factor (as in the guideline)
TRIGGERS = (ConditionKind.AT_MOST, ConditionKind.GAP_AT_LEAST)
_ID = re.compile(r"[A-Za-z0-9_.-]{1,32}")


@dataclass(frozen=True, slots=True)
class OwnMeasure:
    """A measure the team proposes for its own statement, with the rule that triggers it."""

    id: str
    title: Text
    text: Text
    category: Category
    trigger: ConditionKind = ConditionKind.AT_MOST  # at_most or gap_at_least
    value: int = 1
    owner: Text = Text("")
    horizon: Horizon = Horizon.MEDIUM


@dataclass(frozen=True, slots=True)
class OwnStatement:
    id: str
    text: Text
    levels: tuple[Text, ...]  # five anchors, level 0..4
    category: Category
    help: Text = Text("")
    barrier: BarrierType | None = None
    weight: float = 1.0
    measures: tuple[OwnMeasure, ...] = ()
    module: str = TEAM_MODULE  # the id of the module (own dimension) it belongs to


@dataclass(frozen=True, slots=True)
class OwnModule:
    """A named group of own statements, shown as one dimension of its own."""

    id: str
    title: Text
    why: Text = Text("")
    statements: tuple[OwnStatement, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class OwnProblem:
    """What is wrong with an own statement: the field and a text-catalogue key."""

    field: str  # "text", "levels[2]", "measures[0].title", "id"
    key: str  # own.<key> in the text catalogue
    params: tuple[tuple[str, object], ...] = ()

    @property
    def values(self) -> dict[str, object]:
        return dict(self.params)


def is_own_id(ident: str) -> bool:
    return ident.startswith(OWN_PREFIX)


def _problem(where: str, key: str, **params: object) -> OwnProblem:
    return OwnProblem(where, key, tuple(params.items()))


def _check_id(where: str, ident: str, taken: Iterable[str], guideline_ids: set[str]) -> list[
    OwnProblem
]:
    if not _ID.fullmatch(ident):
        return [_problem(where, "id_format", id=ident[:40])]
    if not is_own_id(ident):
        return [_problem(where, "id_prefix", id=ident, prefix=OWN_PREFIX)]
    if ident in guideline_ids:
        return [_problem(where, "id_guideline", id=ident)]
    if ident in set(taken):
        return [_problem(where, "id_taken", id=ident)]
    return []


def _check_text(where: str, text: Text, limit: int, *, required: bool = True) -> list[
    OwnProblem
]:
    out = []
    if required and not text.de.strip():
        out.append(_problem(where, "empty"))
    for value in (text.de, text.en):
        if len(value) > limit:
            out.append(_problem(where, "too_long", limit=limit, length=len(value)))
            break
    return out


def check_measure(
    measure: OwnMeasure, where: str, taken: Iterable[str], guideline_ids: set[str]
) -> list[OwnProblem]:
    out = _check_id(f"{where}.id", measure.id, taken, guideline_ids)
    out += _check_text(f"{where}.title", measure.title, MEASURE_TITLE)
    out += _check_text(f"{where}.text", measure.text, MEASURE_TEXT, required=False)
    out += _check_text(f"{where}.owner", measure.owner, OWNER_TEXT, required=False)
    if measure.trigger not in TRIGGERS:
        out.append(_problem(f"{where}.trigger", "trigger_kind"))
    low = 1 if measure.trigger is ConditionKind.GAP_AT_LEAST else 0
    if not low <= measure.value <= MAX_LEVEL:
        out.append(_problem(f"{where}.value", "trigger_value", low=low, high=MAX_LEVEL))
    return out


def check_statement(
    statement: OwnStatement,
    guideline_ids: set[str],
    taken: Iterable[str] = (),
) -> list[OwnProblem]:
    """Every problem of ``statement``.

    ``guideline_ids`` holds every id the guideline uses (statements, measures, dimensions)
    — an own id there would shadow it; ``taken`` the ids of the team's other own statements
    and measures.
    """
    taken = set(taken)
    out = _check_id("id", statement.id, taken, guideline_ids)
    if statement.module != TEAM_MODULE:
        out += _check_id("module", statement.module, (), guideline_ids)
    out += _check_text("text", statement.text, STATEMENT_TEXT)
    out += _check_text("help", statement.help, HELP_TEXT, required=False)
    if len(statement.levels) != MAX_LEVEL + 1:
        out.append(_problem("levels", "level_count", n=MAX_LEVEL + 1))
    seen: dict[str, int] = {}
    for level, anchor in enumerate(statement.levels):
        out += _check_text(f"levels[{level}]", anchor, LEVEL_TEXT)
        key = " ".join(anchor.de.casefold().split())
        if key and key in seen:
            out.append(_problem(f"levels[{level}]", "level_repeated", level=level,
                                other=seen[key]))
        seen.setdefault(key, level)
    if not 0 < statement.weight <= 3:
        out.append(_problem("weight", "weight_range"))
    if len(statement.measures) > MAX_MEASURES:
        out.append(_problem("measures", "too_many_measures", limit=MAX_MEASURES))
    measure_ids = taken | {statement.id}
    for n, measure in enumerate(statement.measures):
        out += check_measure(measure, f"measures[{n}]", measure_ids, guideline_ids)
        measure_ids.add(measure.id)
    return out


def next_id(taken: Iterable[str]) -> str:
    """The next free id ``X1``, ``X2``, … (never one that was used, even if deleted)."""
    numbers = [int(m.group(1)) for t in taken if (m := re.fullmatch(rf"{OWN_PREFIX}(\d+)", t))]
    return f"{OWN_PREFIX}{max(numbers, default=0) + 1}"


def measure_id(statement_id: str, n: int) -> str:
    """The id of the ``n``-th measure (from 1) of an own statement: ``X3-M1``."""
    return f"{statement_id}-M{n}"


def to_statement(own: OwnStatement) -> Statement:
    return Statement(
        id=own.id,
        dimension_id=own.module,
        text=own.text,
        help=own.help,
        category=own.category,
        weight=own.weight,
        sources=(),
        levels=own.levels,
        barrier=own.barrier,
        basis=Basis.INFERENCE,
        own=True,
    )


def to_recommendations(own: OwnStatement) -> list[Recommendation]:
    return [
        Recommendation(
            id=m.id,
            category=m.category,
            title=m.title,
            text=m.text,
            owner=m.owner,
            effort=Effort.MEDIUM,
            horizon=m.horizon,
            sources=(),
            rule=Rule("any", (Condition(own.id, m.trigger, m.value),)),
            barrier=own.barrier,
            phases=ALL_PHASES,
            basis=Basis.INFERENCE,
            own=True,
        )
        for m in own.measures
    ]


def team_module_title() -> Text:
    return Text(t("own.team_module", "de"), t("own.team_module", "en"))


def to_dimensions(
    statements: Sequence[OwnStatement], modules: Sequence[OwnModule], first_order: int
) -> list[Dimension]:
    """One dimension per module, in the order the modules' statements first appear."""
    titles = {m.id: m for m in modules}
    order: list[str] = []
    for st in statements:
        if st.module not in order:
            order.append(st.module)
    out = []
    for n, module_id in enumerate(order):
        module = titles.get(module_id)
        out.append(
            Dimension(
                id=module_id,
                order=first_order + n,
                title=module.title if module else team_module_title(),
                why=module.why if module else Text(""),
                sources=(),
                statements=tuple(to_statement(s) for s in statements if s.module == module_id),
                own=True,
            )
        )
    return out


def field_name(where: str, lang: str) -> str:
    """``measures[0].title`` → "Maßnahme 1, Titel"; ``levels[2]`` → "Stufe 2"."""
    parts = []
    for part in where.split("."):
        name, _, index = part.partition("[")
        if index:
            n = int(index.rstrip("]"))
            parts.append(t(f"own.field.{name}_n", lang, n=n + 1 if name == "measures" else n))
        else:
            parts.append(t(f"own.field.{name}", lang))
    return ", ".join(parts)


def describe(problem: OwnProblem, lang: str) -> str:
    """The problem as one line in ``lang``: "Stufe 2: darf nicht leer sein"."""
    return f"{field_name(problem.field, lang)}: {t(f'own.{problem.key}', lang, **problem.values)}"
