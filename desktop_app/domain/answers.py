"""A team's answers to the guideline as plain data, independent of how they are stored."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

MIN_LEVEL = 0
MAX_LEVEL = 4


class AnswerKind(StrEnum):
    """How a statement was answered: a level, "weiß nicht", or "nicht relevant"."""

    RATED = "rated"
    UNKNOWN = "unknown"  # weiß nicht: becomes a clarification task
    NOT_RELEVANT = "not_relevant"  # excluded from every score


class AnswerState(StrEnum):
    """Where a statement stands, in one word the whole app uses."""

    OPEN = "open"  # neither a consensus nor any vote yet
    CONSENSUS_MISSING = "consensus_missing"  # votes recorded, the team's consensus not yet
    RATED = "rated"
    UNKNOWN = "unknown"
    NOT_RELEVANT = "not_relevant"


@dataclass(frozen=True, slots=True)
class Vote:
    """One respondent's (or role group's) individual rating of a statement."""

    respondent: str
    role_group: str
    kind: AnswerKind
    level: int | None = None
    headcount: int = 1
    round: int = 1  # the voting round; a later round on a statement replaces the earlier
    tally: bool = False  # a count the moderator typed in for the role group (dot voting)


@dataclass(frozen=True, slots=True)
class Answer:
    """The team's answer to one statement: the consensus plus the votes behind it."""

    statement_id: str
    kind: AnswerKind | None = None  # None: no consensus recorded yet
    level: int | None = None
    target: int | None = None
    comment: str = ""
    evidence: str = ""
    flagged: bool = False
    votes: tuple[Vote, ...] = ()
    not_relevant_reason: str = ""  # why the team excluded the statement (shown in the report)
    rationale: str = ""  # the one line the team gives for a consensus it discussed

    def state(self) -> AnswerState:
        if self.kind is not None:
            return AnswerState(self.kind.value)
        return AnswerState.CONSENSUS_MISSING if self.votes else AnswerState.OPEN

    @property
    def settled(self) -> bool:
        """The team recorded its consensus (rated, weiß nicht or nicht relevant)."""
        return self.kind is not None

    def effective(self) -> tuple[AnswerKind | None, int | None]:
        """The answer scoring uses: the consensus, else the median of the rated votes.

        A workshop often records individual votes first and agrees on the consensus later;
        the median is robust to a single outlier and stays on the 0–4 scale.
        """
        if self.kind is not None:
            return self.kind, self.level if self.kind is AnswerKind.RATED else None
        rated = sorted(v.level for v in self._expanded_votes() if v.level is not None)
        if rated:
            return AnswerKind.RATED, rated[(len(rated) - 1) // 2]
        if self.votes:
            kinds = {v.kind for v in self.votes}
            if kinds == {AnswerKind.NOT_RELEVANT}:
                return AnswerKind.NOT_RELEVANT, None
            return AnswerKind.UNKNOWN, None
        return None, None

    def _expanded_votes(self) -> list[Vote]:
        out: list[Vote] = []
        for v in self.votes:
            if v.kind is AnswerKind.RATED:
                out.extend([v] * max(1, v.headcount))
        return out

    def distribution(self) -> dict[int, int]:
        """Votes per level 0..4, counted by headcount (as in a dot-voting round)."""
        dist = {lvl: 0 for lvl in range(MIN_LEVEL, MAX_LEVEL + 1)}
        for v in self.votes:
            if v.kind is AnswerKind.RATED and v.level is not None:
                dist[v.level] += max(1, v.headcount)
        return dist

    def spread(self) -> int | None:
        levels = [v.level for v in self.votes if v.kind is AnswerKind.RATED and v.level is not None]
        if len(levels) < 2:
            return None
        return max(levels) - min(levels)


@dataclass
class AnswerSet:
    """All answers of one assessment, keyed by statement id."""

    default_target: int = 3
    answers: dict[str, Answer] = field(default_factory=dict)

    def get(self, statement_id: str) -> Answer:
        return self.answers.get(statement_id) or Answer(statement_id)

    def target_for(self, statement_id: str) -> int:
        ans = self.answers.get(statement_id)
        if ans is not None and ans.target is not None:
            return ans.target
        return self.default_target
