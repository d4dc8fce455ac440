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

    @classmethod
    def from_days(cls, days: tuple[int, int]) -> Effort:
        """The effort class of a person-days range, judged by its upper end.

        Up to a week of work (5 person-days) is "gering", up to a month (20) "mittel", more
        is "hoch": the class leadership reads at a glance, the range is the estimate.
        """
        top = days[1]
        if top <= EFFORT_LOW_MAX_DAYS:
            return cls.LOW
        if top <= EFFORT_MEDIUM_MAX_DAYS:
            return cls.MEDIUM
        return cls.HIGH


EFFORT_LOW_MAX_DAYS = 5
EFFORT_MEDIUM_MAX_DAYS = 20


class Horizon(StrEnum):
    """When a measure can show results: under 6 months, 6–18 months, beyond 18 months."""

    SHORT = "kurzfristig"
    MEDIUM = "mittelfristig"
    LONG = "langfristig"

    @property
    def months(self) -> int:
        """Months after the workshop by which the measure should be done (default due date).

        The upper end of the horizon's range; "langfristig" has none, so two years – the
        length of a municipal double budget – stand in for it.
        """
        return {Horizon.SHORT: 6, Horizon.MEDIUM: 18, Horizon.LONG: 24}[self]


class Phase(StrEnum):
    """Where the project stands; measures say in which phases they matter."""

    PLANNING = "planung"
    INTRODUCTION = "einfuehrung"
    SUSTAINING = "verstetigung"


ALL_PHASES: frozenset[Phase] = frozenset(Phase)


class Basis(StrEnum):
    """Whether a source states a content entry or the guideline infers it from its sources."""

    SOURCE = "quelle"
    INFERENCE = "ableitung"


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
    basis: Basis = Basis.SOURCE
    own: bool = False  # the team's own statement, not the guideline's (see domain.own)


@dataclass(frozen=True, slots=True)
class Dimension:
    id: str
    order: int
    title: Text
    why: Text
    sources: tuple[str, ...]
    statements: tuple[Statement, ...]
    own: bool = False  # a module of the team's own statements


class ConditionKind(StrEnum):
    """What a rule condition tests on one statement's team answer."""

    AT_MOST = "at_most"  # rated level <= value
    AT_LEAST = "at_least"  # rated level >= value (used in requires/unless guards)
    GAP_AT_LEAST = "gap_at_least"  # target - level >= value
    SPREAD_AT_LEAST = "spread_at_least"  # highest minus lowest individual vote >= value


@dataclass(frozen=True, slots=True)
class Condition:
    statement_id: str
    kind: ConditionKind
    value: int


@dataclass(frozen=True, slots=True)
class Rule:
    """Triggers when any (``mode='any'``) or all (``mode='all'``) conditions hold.

    Guards look at the situation around the trigger: every ``requires`` condition must hold
    and no ``unless`` condition may hold. A guard on a statement answered "weiß nicht" can
    be decided only after the clarification, so the measure waits for it.
    """

    mode: str
    conditions: tuple[Condition, ...]
    requires: tuple[Condition, ...] = ()
    unless: tuple[Condition, ...] = ()

    @property
    def guards(self) -> tuple[Condition, ...]:
        return self.requires + self.unless


@dataclass(frozen=True, slots=True)
class Topic:
    """What a measure is about; measures on one topic become one item of the action plan."""

    id: str
    label: Text


@dataclass(frozen=True, slots=True)
class Recommendation:
    id: str
    category: Category
    title: Text
    text: Text
    owner: Text  # the one role accountable for the measure
    effort: Effort
    horizon: Horizon
    sources: tuple[str, ...]
    rule: Rule
    example: Text | None = None
    involved: Text | None = None  # further roles taking part
    barrier: BarrierType | None = None  # the change barrier the measure addresses
    topic: str = ""  # "" in content without topics: the measure is a topic of its own
    phases: frozenset[Phase] = ALL_PHASES  # where the measure applies
    done_when: Text | None = None  # one observable criterion ("erledigt, wenn …")
    effort_days: tuple[int, int] | None = None  # person-days, min and max
    cost_eur: tuple[int, int] | None = None  # only where the content can honestly say
    basis: Basis = Basis.SOURCE
    own: bool = False  # a measure the team defined with its own statement

    @property
    def topic_id(self) -> str:
        return self.topic or self.id

    def fits(self, phase: Phase | None) -> bool:
        """Whether the measure applies in ``phase`` (an unknown phase fits every measure)."""
        return phase is None or phase in self.phases


@dataclass(frozen=True, slots=True)
class ScaleLevel:
    value: int
    label: Text


# Ids beginning with this are the teams' own (statements, their measures and modules); the
# guideline's content never uses it, so an own statement can never shadow one of it.
OWN_PREFIX = "X"


@dataclass(frozen=True, slots=True)
class ProfileStatement:
    """A statement a profile asks, and why it is one of the few."""

    id: str
    why: Text


@dataclass(frozen=True, slots=True)
class Profile:
    """A named selection of statements, e.g. the short check for a first one-hour workshop."""

    id: str
    title: Text
    description: Text
    statements: tuple[ProfileStatement, ...]

    @property
    def statement_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.statements)


class DmatDimension(StrEnum):
    """The six dimensions of the EU's Digital Maturity Assessment for public-sector bodies."""

    DIGITAL_STRATEGY = "digital_strategy"
    DIGITAL_READINESS = "digital_readiness"
    HUMAN_CENTRIC = "human_centric"
    DATA_SECURITY = "data_security"
    INTEROPERABILITY = "interoperability"
    GREEN = "green"


@dataclass(frozen=True, slots=True)
class DmatLink:
    """Which parts of the guideline speak to one DMAT dimension, and why (``dmat.yaml``)."""

    dmat: DmatDimension
    meaning: Text  # what the DMAT dimension asks about, in the guideline's own words
    dimensions: tuple[str, ...]  # whole guideline dimensions that fit
    statements: tuple[str, ...]  # single statements that fit (of other dimensions)
    why: Text


@dataclass(frozen=True, slots=True)
class DmatMapping:
    links: tuple[DmatLink, ...]
    note: Text  # how far the comparison goes
    source: str  # id in sources.yaml


@dataclass(frozen=True, slots=True)
class Scope:
    """What part of the guideline an assessment asks, for the report's "Umfang"."""

    label: Text  # "Kurzcheck", "eigene Auswahl"
    asked: int  # guideline statements asked
    of: int  # statements of the whole guideline version
    profile: str = ""  # the profile's id; "" for a selection of the team's own


@dataclass(frozen=True)
class Guideline:
    version: str
    title: Text
    scale: tuple[ScaleLevel, ...]
    dimensions: tuple[Dimension, ...]
    recommendations: tuple[Recommendation, ...]
    sources: dict[str, Source]
    glossary: tuple[GlossaryEntry, ...] = ()
    topics: dict[str, Topic] = field(default_factory=dict)
    description: Text | None = None
    evidence: Text | None = None  # the research the guideline rests on, for the report
    profiles: dict[str, Profile] = field(default_factory=dict)
    dmat: DmatMapping | None = None
    scope: Scope | None = None  # None: the whole guideline is asked
    _statements: dict[str, Statement] = field(
        default_factory=dict, repr=False, init=False, compare=False
    )

    def __post_init__(self) -> None:
        for dim in self.dimensions:
            for st in dim.statements:
                self._statements[st.id] = st

    def topic_label(self, topic_id: str, lang: str) -> str:
        """The topic's name; a measure without a named topic stands for itself."""
        if topic_id in self.topics:
            return self.topics[topic_id].label.get(lang)
        for rec in self.recommendations:
            if rec.id == topic_id:
                return rec.title.get(lang)
        return topic_id

    @property
    def statements(self) -> list[Statement]:
        return [st for dim in self.dimensions for st in dim.statements]

    @property
    def own_statements(self) -> list[Statement]:
        return [st for st in self.statements if st.own]

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


class ChangeKind(StrEnum):
    REWORDED = "reworded"
    SPLIT = "split"
    MERGED = "merged"
    REMOVED = "removed"
    ADDED = "added"


@dataclass(frozen=True, slots=True)
class ChangeNote:
    """One entry of ``changes.yaml`` as the team is shown it when it re-assesses."""

    kind: ChangeKind
    old: tuple[str, ...]  # ids in the earlier version (none for an added statement)
    new: tuple[str, ...]  # ids in this version (none for a removed one; "see" ids if given)
    why: Text


@dataclass(frozen=True, slots=True)
class VersionChanges:
    """How the statements of an earlier content version map to this one (``changes.yaml``).

    ``reworded`` keeps the meaning, so an answer carries over; after a split or merge the
    team rates the new statements afresh. Statements reworded only cosmetically keep their
    id and are not listed.
    """

    from_version: str
    to_version: str
    reworded: dict[str, str] = field(default_factory=dict)  # old id -> new id
    split: dict[str, tuple[str, ...]] = field(default_factory=dict)  # old id -> new ids
    merged: dict[tuple[str, ...], str] = field(default_factory=dict)  # old ids -> new id
    removed: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    notes: tuple[ChangeNote, ...] = ()  # every entry with its reason, in the file's order

    def carried_over(self, old_id: str) -> str | None:
        """The id under which an answer to ``old_id`` still counts, or None if it does not.

        Ids the file does not list kept their meaning (and their id).
        """
        if old_id in self.reworded:
            return self.reworded[old_id]
        gone = set(self.split) | set(self.removed) | {o for olds in self.merged for o in olds}
        return None if old_id in gone else old_id

    def carried_targets(self, targets: dict[str, int]) -> dict[str, int]:
        """The team's target levels under the new ids.

        A target is a goal, not a rating, so it also survives a split (each part keeps it)
        and a merge (the highest of the merged ones); only removed statements lose theirs.
        """
        out: dict[str, int] = {}
        for old_id, level in targets.items():
            merged_into = next((new for olds, new in self.merged.items() if old_id in olds), None)
            carried = merged_into or self.carried_over(old_id)
            for new_id in self.split.get(old_id, (carried,) if carried else ()):
                out[new_id] = max(level, out.get(new_id, level))
        return out
