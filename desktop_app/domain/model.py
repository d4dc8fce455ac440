"""The guideline as typed, immutable data: dimensions, statements, recommendations, rules.

The loader in :mod:`desktop_app.content` builds these objects from the YAML files in
``guideline_content/``; everything downstream (scoring, rules, GUI, PDF) reads only these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

LANGUAGES = ("de", "en")


class Category(StrEnum):
    """The three kinds of success factors and measures of the guideline."""

    TECHNICAL = "technisch"
    PERSONNEL = "personell"
    ORGANISATIONAL = "organisatorisch"


class BarrierType(StrEnum):
    """Classic change barriers (Nicht-Wissen, Nicht-Können, Nicht-Wollen, Nicht-Dürfen)."""

    NOT_KNOWING = "nicht_wissen"
    NOT_ABLE = "nicht_koennen"
    NOT_WILLING = "nicht_wollen"
    NOT_ALLOWED = "nicht_duerfen"


class Effort(StrEnum):
    LOW = "gering"
    MEDIUM = "mittel"
    HIGH = "hoch"


class Horizon(StrEnum):
    """When a measure can show results: under 6 months, 6–18 months, beyond 18 months."""

    SHORT = "kurzfristig"
    MEDIUM = "mittelfristig"
    LONG = "langfristig"


@dataclass(frozen=True, slots=True)
class Text:
    """A text in German (required) and English (optional until translated)."""

    de: str
    en: str = ""

    def get(self, lang: str) -> str:
        """Return the text in ``lang``, falling back to German where English is missing."""
        if lang == "en" and self.en:
            return self.en
        return self.de


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    citation: str
    short: str
    year: int | None = None
    url: str = ""


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    id: str
    term: Text
    definition: Text


@dataclass(frozen=True, slots=True)
class Statement:
    id: str
    dimension_id: str
    text: Text
    help: Text
    category: Category
    weight: float
    sources: tuple[str, ...]
    levels: tuple[Text, ...]  # exactly five anchors, index = level 0..4
    barrier: BarrierType | None = None


@dataclass(frozen=True, slots=True)
class Dimension:
    id: str
    order: int
    title: Text
    why: Text
    sources: tuple[str, ...]
    statements: tuple[Statement, ...]


class ConditionKind(StrEnum):
    """What a rule condition tests on one statement's team answer."""

    AT_MOST = "at_most"  # rated level <= value
    GAP_AT_LEAST = "gap_at_least"  # target - level >= value
    SPREAD_AT_LEAST = "spread_at_least"  # highest minus lowest individual vote >= value


@dataclass(frozen=True, slots=True)
class Condition:
    statement_id: str
    kind: ConditionKind
    value: int


@dataclass(frozen=True, slots=True)
class Rule:
    """Triggers when any (``mode='any'``) or all (``mode='all'``) conditions hold."""

    mode: str
    conditions: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class Recommendation:
    id: str
    category: Category
    title: Text
    text: Text
    responsible: Text
    effort: Effort
    horizon: Horizon
    sources: tuple[str, ...]
    rule: Rule
    example: Text | None = None


@dataclass(frozen=True, slots=True)
class ScaleLevel:
    value: int
    label: Text


@dataclass(frozen=True)
class Guideline:
    version: str
    title: Text
    scale: tuple[ScaleLevel, ...]
    dimensions: tuple[Dimension, ...]
    recommendations: tuple[Recommendation, ...]
    sources: dict[str, Source]
    glossary: tuple[GlossaryEntry, ...] = ()
    _statements: dict[str, Statement] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for dim in self.dimensions:
            for st in dim.statements:
                self._statements[st.id] = st

    @property
    def statements(self) -> list[Statement]:
        return [st for dim in self.dimensions for st in dim.statements]

    def statement(self, statement_id: str) -> Statement:
        return self._statements[statement_id]

    def has_statement(self, statement_id: str) -> bool:
        return statement_id in self._statements

    def dimension(self, dimension_id: str) -> Dimension:
        for dim in self.dimensions:
            if dim.id == dimension_id:
                return dim
        raise KeyError(dimension_id)

    def recommendation(self, recommendation_id: str) -> Recommendation:
        for rec in self.recommendations:
            if rec.id == recommendation_id:
                return rec
        raise KeyError(recommendation_id)

    def scale_label(self, level: int, lang: str) -> str:
        return self.scale[level].label.get(lang)
