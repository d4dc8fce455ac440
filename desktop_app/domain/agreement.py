"""How far the votes on one statement agree: the measure that queues statements for discussion.

"Any two votes two levels apart" flags a third of all statements in an eleven-person
workshop: one outlier is enough. The measure here is robust to that. Votes are counted by
headcount; with fewer than :data:`MIN_VOTERS` rated votes nothing is judged. A statement is
**disputed** when at least :data:`FAR_SHARE` of the votes lie more than one level from the
median, or the middle half of the votes spans :data:`WIDE_IQR` levels or more (the room is
split into two camps). Otherwise the median is proposed as the consensus.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.domain.answers import AnswerKind, Vote

MIN_VOTERS = 3
FAR_SHARE = 0.25  # a quarter of the room sees it at least two levels away from the median
WIDE_IQR = 2


@dataclass(frozen=True, slots=True)
class Agreement:
    voters: int  # rated votes, counted by headcount
    median: int | None  # the lower median of the rated votes
    iqr: int | None  # third minus first quartile (levels)
    far_share: float  # share of rated votes more than one level from the median
    not_rated: int  # "weiß nicht" and "nicht relevant" votes, by headcount

    @property
    def judged(self) -> bool:
        return self.voters >= MIN_VOTERS

    @property
    def disputed(self) -> bool:
        if not self.judged or self.iqr is None:
            return False
        return self.far_share >= FAR_SHARE or self.iqr >= WIDE_IQR

    @property
    def proposal(self) -> int | None:
        """The median, proposed as consensus where the room agrees."""
        return self.median if self.judged and not self.disputed else None

    def divergence(self) -> float:
        """For queueing disputed statements: the most divergent first."""
        return self.far_share + (self.iqr or 0) / 4


def expanded_levels(votes: Iterable[Vote]) -> list[int]:
    levels: list[int] = []
    for v in votes:
        if v.kind is AnswerKind.RATED and v.level is not None:
            levels.extend([v.level] * max(1, v.headcount))
    return sorted(levels)


def _quartile(levels: list[int], q: float) -> int:
    # Nearest-rank quartile: stays on the scale (a level, not a fraction between two).
    index = max(0, min(len(levels) - 1, round(q * (len(levels) - 1))))
    return levels[index]


def assess(votes: Iterable[Vote]) -> Agreement:
    votes = list(votes)
    levels = expanded_levels(votes)
    not_rated = sum(max(1, v.headcount) for v in votes if v.kind is not AnswerKind.RATED)
    if not levels:
        return Agreement(0, None, None, 0.0, not_rated)
    median = levels[(len(levels) - 1) // 2]
    far = sum(1 for lvl in levels if abs(lvl - median) > 1) / len(levels)
    iqr = _quartile(levels, 0.75) - _quartile(levels, 0.25)
    return Agreement(len(levels), median, iqr, far, not_rated)


def unsupported(level: int | None, votes: Iterable[Vote]) -> bool:
    """A recorded consensus level that nobody voted for (worth pointing out, not forbidding)."""
    levels = expanded_levels(votes)
    return level is not None and bool(levels) and level not in levels
