"""Small, hand-made guidelines and answers so domain tests don't depend on the real content."""

from __future__ import annotations

from desktop_app.domain.answers import Answer, AnswerKind, Vote
from desktop_app.domain.model import (
    ALL_PHASES,
    BarrierType,
    Category,
    Condition,
    ConditionKind,
    Dimension,
    Effort,
    Guideline,
    Horizon,
    Phase,
    Recommendation,
    Rule,
    ScaleLevel,
    Source,
    Statement,
    Text,
)

LEVELS = tuple(Text(f"Stufe {i}", f"Level {i}") for i in range(5))


def statement(
    sid: str,
    dim: str = "A",
    category: Category = Category.ORGANISATIONAL,
    weight: float = 1.0,
    barrier: BarrierType | None = None,
) -> Statement:
    return Statement(
        id=sid,
        dimension_id=dim,
        text=Text(f"Aussage {sid}", f"Statement {sid}"),
        help=Text("Hilfe", "Help"),
        category=category,
        weight=weight,
        sources=("src",),
        levels=LEVELS,
        barrier=barrier,
    )


def recommendation(
    rid: str,
    category: Category,
    *conditions: Condition,
    mode: str = "any",
    topic: str = "",
    phases: frozenset[Phase] = ALL_PHASES,
    barrier: BarrierType | None = None,
    requires: tuple[Condition, ...] = (),
    unless: tuple[Condition, ...] = (),
    horizon: Horizon = Horizon.SHORT,
) -> Recommendation:
    return Recommendation(
        id=rid,
        category=category,
        title=Text(f"Titel {rid}", f"Title {rid}"),
        text=Text("Text", "Text"),
        owner=Text("CDO", "CDO"),
        effort=Effort.LOW,
        horizon=horizon,
        sources=("src",),
        rule=Rule(mode, tuple(conditions), requires, unless),
        topic=topic,
        phases=phases,
        barrier=barrier,
    )


def cond(sid: str, kind: str, value: int) -> Condition:
    return Condition(sid, ConditionKind(kind), value)


def small_guideline(*extra: Recommendation) -> Guideline:
    """Two dimensions, one statement per category plus one with double weight.

    ``extra`` recommendations are added to the four standard ones.
    """
    a = Dimension(
        "A",
        1,
        Text("Dim A", "Dim A"),
        Text("Warum", "Why"),
        ("src",),
        (
            statement("A1", "A", Category.TECHNICAL, barrier=BarrierType.NOT_ABLE),
            statement("A2", "A", Category.PERSONNEL, weight=2.0, barrier=BarrierType.NOT_WILLING),
        ),
    )
    b = Dimension(
        "B",
        2,
        Text("Dim B", "Dim B"),
        Text("Warum", "Why"),
        ("src",),
        (
            statement("B1", "B", Category.ORGANISATIONAL, barrier=BarrierType.NOT_KNOWING),
            statement("B2", "B", Category.ORGANISATIONAL),
        ),
    )
    recs = (
        recommendation("T-1", Category.TECHNICAL, cond("A1", "at_most", 1)),
        recommendation("P-1", Category.PERSONNEL, cond("A2", "gap_at_least", 2)),
        recommendation(
            "O-1",
            Category.ORGANISATIONAL,
            cond("B1", "at_most", 2),
            cond("B2", "at_most", 2),
            mode="all",
        ),
        recommendation("O-2", Category.ORGANISATIONAL, cond("B2", "spread_at_least", 2)),
        *extra,
    )
    return Guideline(
        version="test-1",
        title=Text("Test", "Test"),
        scale=tuple(ScaleLevel(i, LEVELS[i]) for i in range(5)),
        dimensions=(a, b),
        recommendations=recs,
        sources={"src": Source("src", "Quelle", "Q")},
    )


def rated(sid: str, level: int, target: int | None = None, **kw: object) -> Answer:
    return Answer(sid, AnswerKind.RATED, level, target=target, **kw)  # type: ignore[arg-type]


def vote(who: str, level: int | None, kind: AnswerKind = AnswerKind.RATED, n: int = 1) -> Vote:
    return Vote(who, who, kind, level, n)
