"""The anonymised regional comparison: a municipality's own scores beside its peer group's.

Comparison rings have one rule above all: there is no "best municipality". So a figure of
the peer group (municipalities of the same size class that chose to share) is its lower
quartile, median and upper quartile — never a minimum, a maximum, a name or a rank — and
it is shown only when at least :data:`MIN_CONTRIBUTORS` municipalities contribute. The
database enforces the same floor in its comparison view, so a coordinator reading the view
directly sees no more than the screen does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

# Fewer contributors than this and a quartile could single out one municipality.
MIN_CONTRIBUTORS = 5


class SizeClass(StrEnum):
    """Peer groups by population, as comparison rings form them (stored values are stable)."""

    UNDER_20K = "bis_20000"
    UNDER_50K = "bis_50000"
    UNDER_100K = "bis_100000"
    UNDER_200K = "bis_200000"
    OVER_200K = "ueber_200000"


SIZE_CLASS_VALUES = tuple(c.value for c in SizeClass)


def overall_key() -> str:
    return "overall"


def dimension_key(dimension_id: str) -> str:
    return f"dimension:{dimension_id}"


def category_key(category_value: str) -> str:
    return f"category:{category_value}"


@dataclass(frozen=True, slots=True)
class PeerFigure:
    """The peer group's quartiles of one score (percent of the top level)."""

    key: str
    contributors: int
    lower_quartile: float
    median: float
    upper_quartile: float


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    key: str  # "overall", "dimension:A", "category:technisch"
    own: float | None  # this assessment's score; None when nothing in it was rated
    peer: PeerFigure | None  # None: fewer than MIN_CONTRIBUTORS municipalities share it

    @property
    def position(self) -> str | None:
        """Where the own score lies: "below", "within" or "above" the middle half."""
        if self.own is None or self.peer is None:
            return None
        if self.own < self.peer.lower_quartile:
            return "below"
        if self.own > self.peer.upper_quartile:
            return "above"
        return "within"


@dataclass(frozen=True, slots=True)
class Sharing:
    """What the municipality shares: its opt-in, and which assessment's scores since when."""

    shares: bool = False
    assessment_uuid: str | None = None
    shared_at: datetime | None = None
    this_assessment: bool = False  # the compared assessment is the one shared


@dataclass(frozen=True, slots=True)
class RegionalComparison:
    size_class: SizeClass | None  # None: the region has not placed the municipality yet
    sharing: Sharing
    rows: tuple[ComparisonRow, ...]

    @property
    def shares(self) -> bool:
        return self.sharing.shares

    @property
    def has_peers(self) -> bool:
        return any(r.peer is not None for r in self.rows)

    def row(self, key: str) -> ComparisonRow | None:
        return next((r for r in self.rows if r.key == key), None)


def compare(
    own: Mapping[str, float | None],
    keys: Sequence[str],
    peers: Iterable[PeerFigure],
    size_class: SizeClass | None,
    sharing: Sharing,
) -> RegionalComparison:
    """Put the own scores beside the peer figures; a figure under the floor is dropped."""
    by_key = {p.key: p for p in peers if p.contributors >= MIN_CONTRIBUTORS}
    rows = tuple(ComparisonRow(k, own.get(k), by_key.get(k)) for k in keys)
    return RegionalComparison(size_class, sharing, rows)


def quartiles(values: Sequence[float]) -> tuple[float, float, float]:
    """Lower quartile, median, upper quartile with linear interpolation between ranks.

    The same rule as the database's comparison view (and as PostgreSQL's
    ``percentile_cont``): position ``(n - 1) * q`` in the sorted values.
    """
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")

    def at(q: int) -> float:
        index, rest = divmod((len(ordered) - 1) * q, 4)
        low = ordered[index]
        if rest == 0:
            return low
        return low + (ordered[index + 1] - low) * rest / 4

    return at(1), at(2), at(3)
