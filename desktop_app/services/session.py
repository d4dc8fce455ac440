"""One workshop on one assessment: every operation of the walk-through, for every front end.

The desktop app's walk-through and the phone page call these operations; neither holds
workshop logic of its own. Each operation

* writes at once (one committed transaction, through the ``Workspace``),
* returns an :class:`OpResult` saying what changed (:class:`Changes`) and a hint for the
  screen ("A5 geändert: 2 → 3"),
* carries its own undo: a change of rating, kind, target or flag pushes the answer before it
  onto that statement's stack, which :meth:`WorkshopSession.undo` pops,
* and tells every subscriber what changed, so screens refresh from events instead of "stale"
  flags. Subscribers are called on the thread that made the change; a Qt front end hops to
  its GUI thread itself.

The session is safe to share between threads (the GUI and a server thread): one lock
guards the cached answers and the writes, so a change is never torn or lost. A failed write
raises ``StoreFailed`` and leaves the cache as it was (the stored state).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop_app.domain.agreement import Agreement, assess, unsupported
from desktop_app.domain.answers import Answer, AnswerKind, AnswerSet, AnswerState, Vote
from desktop_app.domain.assessment import NewRespondent, RespondentInfo, RoleGroup, VotingRound
from desktop_app.domain.model import Dimension, Guideline, Statement, Text
from desktop_app.texts import t, tn

if TYPE_CHECKING:
    from desktop_app.services.workspace import Workspace

UNDO_DEPTH = 20  # previous answers kept per statement


class Filter(StrEnum):
    """Which statements the walk-through steps through."""

    ALL = "all"
    OPEN = "open"  # no consensus recorded yet
    FLAGGED = "flagged"  # "später besprechen"
    DISPUTED = "disputed"  # the votes diverge (domain.agreement)


@dataclass(frozen=True, slots=True)
class Changes:
    """What an operation changed; screens refresh only what is named here."""

    statements: frozenset[str] = frozenset()  # answers (consensus, target, texts, flag)
    votes: frozenset[str] = frozenset()  # statements whose individual votes changed
    respondents: bool = False
    rounds: bool = False  # a voting round opened or closed
    round_progress: bool = False  # a vote in the open round (stored, not shown yet)
    reloaded: bool = False  # everything may have changed (import, restore, merge)

    @property
    def empty(self) -> bool:
        return not (
            self.statements
            or self.votes
            or self.respondents
            or self.rounds
            or self.round_progress
            or self.reloaded
        )

    @property
    def plan(self) -> bool:
        """Whether the action plan may look different now (it follows every answer)."""
        return bool(self.statements or self.votes or self.rounds or self.reloaded)


@dataclass(frozen=True, slots=True)
class Hint:
    """A line for the screen, worded in the viewer's language when shown."""

    key: str
    params: dict[str, object] = field(default_factory=dict)
    attention: bool = False
    count: int | None = None  # for texts with plural forms

    def text(self, lang: str) -> str:
        # Values in both languages (a Text: level names, states) are picked here.
        params = {k: v.get(lang) if isinstance(v, Text) else v for k, v in self.params.items()}
        if self.count is not None:
            return tn(self.key, self.count, lang, **params)
        return t(self.key, lang, **params)


@dataclass(frozen=True, slots=True)
class OpResult:
    changes: Changes
    hint: Hint | None = None

    @property
    def changed(self) -> bool:
        return not self.changes.empty


class BoardStatus(StrEnum):
    """Where a statement stands on the consensus board after a round."""

    DISPUTED = "disputed"  # the votes diverge: discuss, then record the consensus
    AGREED = "agreed"  # the room agrees: the median is proposed
    FEW = "few"  # too few votes to judge
    NONE = "none"  # no votes at all


@dataclass(frozen=True, slots=True)
class BoardRow:
    statement_id: str
    agreement: Agreement
    answer: Answer

    @property
    def status(self) -> BoardStatus:
        if self.agreement.voters == 0:
            return BoardStatus.NONE
        if not self.agreement.judged:
            return BoardStatus.FEW
        return BoardStatus.DISPUTED if self.agreement.disputed else BoardStatus.AGREED

    @property
    def settled(self) -> bool:
        return self.answer.settled

    @property
    def unsupported(self) -> bool:
        """The recorded consensus is a level nobody voted for (shown, not forbidden)."""
        return self.answer.kind is AnswerKind.RATED and unsupported(self.answer.level,
                                                                     self.answer.votes)


Listener = Callable[[Changes], None]
_NOTHING = OpResult(Changes())


def short(answer: Answer) -> str:
    """A consensus in one or two characters, as on the keys: 0–4, ?, N, – for none."""
    if answer.kind is AnswerKind.RATED:
        return str(answer.level)
    if answer.kind is AnswerKind.UNKNOWN:
        return "?"
    if answer.kind is AnswerKind.NOT_RELEVANT:
        return "N"
    return "–"


def _both(key: str) -> Text:
    return Text(t(key, "de"), t(key, "en"))


def state_words(answer: Answer, guideline: Guideline) -> Text:
    """"2 – teilweise umgesetzt", "weiß nicht", … in both languages."""
    if answer.kind is AnswerKind.RATED and answer.level is not None:
        return level_words(guideline, answer.level)
    if answer.kind is None:
        return _both("state.none")
    return _both(f"state.{answer.kind.value}")


def level_words(guideline: Guideline, level: int) -> Text:
    name = guideline.scale[level].label
    return Text(f"{level} – {name.de}", f"{level} – {name.get('en')}")


def _decision(answer: Answer) -> tuple[object, ...]:
    """The fields undo restores; comment and evidence are text and have their own editing."""
    return (answer.kind, answer.level, answer.target, answer.flagged)


class WorkshopSession:
    def __init__(self, workspace: Workspace, assessment_id: int) -> None:
        self._ws = workspace
        self.assessment_id = assessment_id
        self._lock = threading.RLock()
        self._listeners: list[Listener] = []
        self._undo: dict[str, list[Answer]] = {}
        self.guideline: Guideline = workspace.guideline_for(assessment_id)
        self.order: tuple[Statement, ...] = tuple(self.guideline.statements)
        self._answers = workspace.answers(assessment_id)
        info = workspace.info(assessment_id)
        self.info = info
        self._respondents = info.respondents
        self.role_groups: tuple[RoleGroup, ...] = info.role_groups
        self._rounds = workspace.voting_rounds(assessment_id)

    # -- events ----------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(changes)`` after every change; returns the unsubscribe function."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def _publish(self, result: OpResult) -> OpResult:
        if result.changed:
            with self._lock:
                listeners = list(self._listeners)
            for listener in listeners:
                listener(result.changes)
        return result

    @contextmanager
    def _writing(self) -> Iterator[None]:
        with self._lock:
            yield

    # -- reading -----------------------------------------------------------------------------
    @property
    def default_target(self) -> int:
        return self._answers.default_target

    @property
    def respondents(self) -> tuple[RespondentInfo, ...]:
        with self._lock:
            return self._respondents

    def answer(self, statement_id: str) -> Answer:
        with self._lock:
            return self._answers.get(statement_id)

    def answers(self) -> AnswerSet:
        """A copy of every answer, as stored."""
        with self._lock:
            return AnswerSet(self._answers.default_target, dict(self._answers.answers))

    def target_for(self, statement_id: str) -> int:
        with self._lock:
            return self._answers.target_for(statement_id)

    def state(self, statement_id: str) -> AnswerState:
        return self.answer(statement_id).state()

    def agreement(self, statement_id: str) -> Agreement:
        return assess(self.answer(statement_id).votes)

    def settled_count(self) -> int:
        """Statements whose consensus is recorded (the progress the team sees)."""
        with self._lock:
            return sum(1 for st in self.order if self._answers.get(st.id).settled)

    def open_count(self) -> int:
        return len(self.order) - self.settled_count()

    def consensus_missing(self) -> list[str]:
        with self._lock:
            return [st.id for st in self.order if self._answers.get(st.id).state()
                    is AnswerState.CONSENSUS_MISSING]

    def dimension_progress(self, dim: Dimension) -> tuple[int, int, int]:
        """(settled, total, flagged) of one dimension."""
        with self._lock:
            answers = [self._answers.get(st.id) for st in dim.statements]
        return (
            sum(1 for a in answers if a.settled),
            len(answers),
            sum(1 for a in answers if a.flagged),
        )

    def matches(self, statement_id: str, which: Filter) -> bool:
        if which is Filter.OPEN:
            return not self.answer(statement_id).settled
        if which is Filter.FLAGGED:
            return self.answer(statement_id).flagged
        if which is Filter.DISPUTED:
            return self.agreement(statement_id).disputed
        return True

    # -- navigation (reads only: moving around never writes) -------------------------------------
    def position(self, statement_id: str) -> int:
        return next(i for i, st in enumerate(self.order) if st.id == statement_id)

    def step(self, current: str, direction: int, which: Filter = Filter.ALL) -> str | None:
        """The next (``+1``) or previous (``-1``) statement matching ``which``, or None."""
        idx = self.position(current)
        rng = range(idx + 1, len(self.order)) if direction > 0 else range(idx - 1, -1, -1)
        return next((self.order[i].id for i in rng if self.matches(self.order[i].id, which)),
                    None)

    def jump(self, current: str, which: Filter) -> str | None:
        """The next statement after ``current`` that needs attention under ``which``, wrapping.

        With ``ALL`` that is the next one without a consensus.
        """
        idx = self.position(current)
        target = Filter.OPEN if which is Filter.ALL else which
        ring = self.order[idx + 1:] + self.order[:idx]
        return next((st.id for st in ring if self.matches(st.id, target)), None)

    def first_open(self) -> str | None:
        return next((st.id for st in self.order if not self.answer(st.id).settled), None)

    def first_in(self, dim: Dimension, which: Filter) -> str:
        return next((s.id for s in dim.statements if self.matches(s.id, which)),
                    dim.statements[0].id)

    def end_hint(self) -> Hint:
        n = self.open_count()
        if n == 0:
            return Hint("session.end_done")
        return Hint("session.end_open", attention=True, count=n)

    def nothing_more_hint(self, which: Filter) -> Hint:
        key = {
            Filter.FLAGGED: "session.no_more_flagged",
            Filter.DISPUTED: "session.no_more_disputed",
        }.get(which, "session.no_more_open")
        return Hint(key, attention=True)

    # -- changing answers --------------------------------------------------------------------
    def _store(self, answer: Answer) -> None:
        """Write, then cache: a failed write leaves the cache as stored."""
        self._ws.save_answer(self.assessment_id, replace(answer, votes=()))
        self._answers.answers[answer.statement_id] = answer

    def _change(self, new: Answer) -> OpResult:
        """A change of rating, kind, target or flag, remembered for undo."""
        sid = new.statement_id
        with self._writing():
            old = self._answers.get(sid)
            new = replace(new, votes=old.votes, comment=old.comment, evidence=old.evidence)
            if _decision(old) == _decision(new):
                return _NOTHING
            self._store(new)
            stack = self._undo.setdefault(sid, [])
            stack.append(old)
            del stack[:-UNDO_DEPTH]
        hint = Hint("session.saved")
        if old.kind is not None and (old.kind, old.level) != (new.kind, new.level):
            hint = Hint(
                "session.changed", {"id": sid, "old": short(old), "new": short(new)},
                attention=True,
            )
        return self._publish(OpResult(Changes(statements=frozenset({sid})), hint))

    def rate(self, statement_id: str, level: int) -> OpResult:
        return self._change(replace(self.answer(statement_id), kind=AnswerKind.RATED,
                                    level=level))

    def set_kind(self, statement_id: str, kind: AnswerKind | None) -> OpResult:
        """"weiß nicht", "nicht relevant", or ``None`` to take the consensus back."""
        if kind is AnswerKind.RATED:
            raise ValueError("a rating needs a level: use rate()")
        return self._change(replace(self.answer(statement_id), kind=kind, level=None))

    def set_target(self, statement_id: str, target: int) -> OpResult:
        return self._change(replace(self.answer(statement_id), target=target))

    def set_flag(self, statement_id: str, flagged: bool) -> OpResult:
        return self._change(replace(self.answer(statement_id), flagged=flagged))

    def set_texts(
        self,
        statement_id: str,
        comment: str,
        evidence: str,
        not_relevant_reason: str | None = None,
    ) -> OpResult:
        """Store comment and evidence (and the reason for "nicht relevant") as typed."""
        with self._writing():
            old = self._answers.get(statement_id)
            reason = old.not_relevant_reason if not_relevant_reason is None else (
                not_relevant_reason)
            new = replace(old, comment=comment, evidence=evidence, not_relevant_reason=reason)
            if (new.comment, new.evidence, new.not_relevant_reason) == (
                old.comment, old.evidence, old.not_relevant_reason
            ):
                return _NOTHING
            self._store(new)
        return self._publish(
            OpResult(Changes(statements=frozenset({statement_id})), Hint("session.saved"))
        )

    def undo(self, statement_id: str) -> OpResult:
        """Restore the rating, kind, target and flag before the last change of the statement."""
        with self._writing():
            stack = self._undo.get(statement_id)
            if not stack:
                return OpResult(Changes(), Hint("session.nothing_to_undo", {"id": statement_id}))
            prev, now = stack[-1], self._answers.get(statement_id)
            restored = replace(
                now, kind=prev.kind, level=prev.level, target=prev.target, flagged=prev.flagged
            )
            self._store(restored)
            stack.pop()
        return self._publish(
            OpResult(Changes(statements=frozenset({statement_id})), self._undo_hint(prev, now))
        )

    def can_undo(self, statement_id: str) -> bool:
        with self._lock:
            return bool(self._undo.get(statement_id))

    def _undo_hint(self, prev: Answer, now: Answer) -> Hint:
        sid = prev.statement_id
        if (prev.kind, prev.level) != (now.kind, now.level):
            return Hint("session.undone_answer",
                        {"id": sid, "state": state_words(prev, self.guideline)}, attention=True)
        if prev.target != now.target:
            target = self.default_target if prev.target is None else prev.target
            return Hint("session.undone_target",
                        {"id": sid, "state": level_words(self.guideline, target)},
                        attention=True)
        key = "session.undone_flag_on" if prev.flagged else "session.undone_flag_off"
        return Hint(key, {"id": sid}, attention=True)

    def adopt_median(self, statement_id: str) -> OpResult:
        """Take the median of the rated votes as the team's consensus."""
        agreement = self.agreement(statement_id)
        if agreement.median is None:
            return OpResult(Changes(), Hint("session.no_median", {"id": statement_id},
                                            attention=True))
        result = self.rate(statement_id, agreement.median)
        if not result.changed:
            return result
        return replace(
            result,
            hint=Hint("session.adopted", {"id": statement_id, "level": agreement.median}),
        )

    # -- votes and respondents --------------------------------------------------------------------
    # -- the consensus board --------------------------------------------------------------------
    def board(self, statement_ids: Iterable[str]) -> list[BoardRow]:
        """The statements of a round for discussion: disputed ones first, most divergent
        first; then those where the room agrees (median proposed); then the rest."""
        order = {BoardStatus.DISPUTED: 0, BoardStatus.AGREED: 1, BoardStatus.FEW: 2,
                 BoardStatus.NONE: 3}
        rows = [BoardRow(sid, self.agreement(sid), self.answer(sid)) for sid in statement_ids]
        return sorted(
            rows,
            key=lambda r: (order[r.status], -r.agreement.divergence(), self.position(
                r.statement_id)),
        )

    def accept_proposals(self, statement_ids: Iterable[str]) -> OpResult:
        """Take the median as consensus wherever the room agrees and none is recorded yet."""
        changed: set[str] = set()
        for row in self.board(statement_ids):
            proposal = row.agreement.proposal
            takes = row.status is BoardStatus.AGREED and not row.settled and proposal is not None
            if takes and self.rate(row.statement_id, proposal or 0).changed:
                changed.add(row.statement_id)
        return OpResult(Changes(statements=frozenset(changed)),
                        Hint("session.accepted_many", count=len(changed)))

    def set_rationale(self, statement_id: str, rationale: str) -> OpResult:
        """The one line the team gives for the consensus it discussed."""
        with self._writing():
            old = self._answers.get(statement_id)
            if old.rationale == rationale:
                return _NOTHING
            self._store(replace(old, rationale=rationale))
        return self._publish(
            OpResult(Changes(statements=frozenset({statement_id})), Hint("session.saved"))
        )

    # -- votes, rounds and respondents ----------------------------------------------------------
    @property
    def round_number(self) -> int:
        """The round new votes belong to: the open one, else the latest, else 1."""
        with self._lock:
            rounds = self._rounds
        return rounds[-1].number if rounds else 1

    @property
    def open_round(self) -> VotingRound | None:
        with self._lock:
            return self._rounds[-1] if self._rounds and self._rounds[-1].is_open else None

    @property
    def rounds(self) -> tuple[VotingRound, ...]:
        with self._lock:
            return tuple(self._rounds)

    def _refresh_votes(self, statement_ids: Iterable[str]) -> None:
        fresh = self._ws.answers(self.assessment_id)
        for sid in statement_ids:
            self._answers.answers[sid] = replace(
                self._answers.get(sid), votes=fresh.get(sid).votes
            )

    def record_vote(
        self,
        respondent_id: int,
        statement_id: str,
        kind: AnswerKind | None,
        level: int | None = None,
    ) -> OpResult:
        """One respondent's vote on a statement in the current round (``None``: take back).

        In an open round the vote is stored but stays hidden until the round closes: the
        change reported is the round's progress, not the statement's votes.
        """
        with self._writing():
            open_round = self.open_round
            self._ws.save_vote(self.assessment_id, respondent_id, statement_id, kind, level,
                               self.round_number)
            if open_round is None:
                self._refresh_votes([statement_id])
        if open_round is not None:
            return self._publish(OpResult(Changes(round_progress=True)))
        return self._publish(OpResult(Changes(votes=frozenset({statement_id}))))

    def vote_history(self, statement_id: str) -> dict[int, list[Vote]]:
        """Every closed round's votes on a statement (the consensus board compares them)."""
        return self._ws.vote_history(self.assessment_id, statement_id)

    def record_round_votes(self, votes: Sequence[tuple[int, str, AnswerKind, int | None]]) -> None:
        """Many votes of the open round in one transaction (phones voting at once).

        Raises ``StoreFailed`` for the whole batch, or a ``ValueError`` when no round is open.
        """
        with self._writing():
            current = self.open_round
            if current is None:
                raise ValueError("no open round")
            self._ws.save_votes(self.assessment_id, list(votes), current.number)
        self._publish(OpResult(Changes(round_progress=True)))

    def round_votes(self, number: int) -> list[tuple[str, str, AnswerKind, int | None]]:
        """(device, statement, kind, level) of the phones' votes in round ``number``."""
        return self._ws.round_votes(self.assessment_id, number)

    def record_tally(self, statement_id: str, role_group: str, counts: dict[str, int]) -> OpResult:
        """A role group's dot-voting counts per level (0–4, unknown, not_relevant)."""
        with self._writing():
            self._ws.save_tally(self.assessment_id, statement_id, role_group, counts,
                                self.round_number)
            self._refresh_votes([statement_id])
        return self._publish(OpResult(Changes(votes=frozenset({statement_id}))))

    def join_device(self, device: str, role_group: str) -> int:
        """The respondent a phone votes as (created on first join); anonymous."""
        with self._writing():
            respondent_id = self._ws.join_device(self.assessment_id, device, role_group)
            self._respondents = self._ws.info(self.assessment_id).respondents
        self._publish(OpResult(Changes(respondents=True)))
        return respondent_id

    def start_round(self, statement_ids: list[str]) -> VotingRound:
        """Open the next round on ``statement_ids`` (results stay hidden until it closes)."""
        with self._writing():
            started = self._ws.open_round(self.assessment_id, statement_ids)
            self._rounds = self._ws.voting_rounds(self.assessment_id)
        self._publish(OpResult(Changes(rounds=True)))
        return started

    def close_round(self) -> VotingRound | None:
        with self._writing():
            closed = self._ws.close_round(self.assessment_id)
            self._rounds = self._ws.voting_rounds(self.assessment_id)
            if closed is not None:
                self._refresh_votes(closed.statement_ids)
        self._publish(OpResult(Changes(rounds=True, votes=frozenset(
            closed.statement_ids if closed else ()))))
        return closed

    def add_respondent(self, respondent: NewRespondent) -> OpResult:
        with self._writing():
            self._ws.add_respondent(self.assessment_id, respondent)
            self._respondents = self._ws.info(self.assessment_id).respondents
        return self._publish(OpResult(Changes(respondents=True)))

    def reload(self) -> OpResult:
        """Read everything again (after an import, a merge or a restore elsewhere)."""
        with self._writing():
            self._answers = self._ws.answers(self.assessment_id)
            info = self._ws.info(self.assessment_id)
            self.info = info
            self._respondents, self.role_groups = info.respondents, info.role_groups
            self._rounds = self._ws.voting_rounds(self.assessment_id)
            self._undo.clear()  # the answers changed elsewhere: old states are no base
        return self._publish(OpResult(Changes(reloaded=True)))
