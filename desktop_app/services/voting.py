"""Phones vote through the workshop session: the ``VotingPort`` the phone page talks to.

Every vote goes through :meth:`WorkshopSession.record_vote`, the very operation the laptop
uses, so a phone's vote is stored, stamped and counted exactly like a vote typed in the
walk-through. The votes of an open round are stored at once but shown nowhere until the
moderator closes the round (``storage.repository`` leaves them out of every answer).

Participants stay anonymous: a phone is a random device id and the role group chosen on it;
the respondent is labelled "Gerät 3". What the projector may show while the round is open is
:class:`RoundProgress`: how many phones are connected and how far each has got — never a
rating.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.domain.answers import AnswerKind
from desktop_app.domain.model import Text
from desktop_app.services.group_commit import GroupCommit
from desktop_app.services.session import WorkshopSession
from desktop_app.web.port import (
    Ballot,
    BallotStatement,
    DeviceVote,
    Localized,
    RoleGroupChoice,
    VotingError,
)

# A phone counts as connected while it has asked within this many seconds (it polls every 4 s).
CONNECTED_SECONDS = 15.0


@dataclass(frozen=True, slots=True)
class RoundProgress:
    """What the projector shows while a round is open: counts, never ratings."""

    round_number: int
    open: bool
    statements: int
    joined: int  # phones that picked their role group
    connected: int  # phones heard from within CONNECTED_SECONDS
    rated: tuple[int, ...]  # statements each phone has voted on, anonymous, most first
    votes: int

    @property
    def complete(self) -> int:
        """Phones that have voted on every statement of the round."""
        return sum(1 for n in self.rated if n >= self.statements)


class SessionVoting:
    """The phone page's view of one workshop session (thread-safe: the session locks)."""

    def __init__(
        self, session: WorkshopSession, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._session = session
        self._clock = clock
        self._lock = threading.Lock()
        self._seen: dict[str, float] = {}
        self._ballot: Ballot | None = None
        self._ballot_key: tuple[int, bool] | None = None
        # Votes that arrive together are stored together (see services.group_commit).
        self._votes: GroupCommit[tuple[int, str, AnswerKind, int | None]] = GroupCommit(
            session.record_round_votes
        )
        self._title = f"{session.info.municipality} – {session.info.project}"

    @property
    def session(self) -> WorkshopSession:
        return self._session

    # -- what the phone sees -------------------------------------------------------------------
    def ballot(self) -> Ballot:
        rounds = self._session.rounds
        if not rounds:
            raise VotingError("no_round")
        current = rounds[-1]
        key = (current.number, current.is_open)
        with self._lock:
            if self._ballot is None or self._ballot_key != key:
                self._ballot = self._build_ballot(current.number, current.is_open,
                                                  current.statement_ids)
                self._ballot_key = key
            return self._ballot

    def _build_ballot(self, number: int, is_open: bool, ids: tuple[str, ...]) -> Ballot:
        g = self._session.guideline

        def both(text: Text) -> Localized:
            return Localized(text.de, text.get("en"))

        statements = []
        for sid in ids:
            st = g.statement(sid)
            dim = g.dimension(st.dimension_id)
            statements.append(
                BallotStatement(
                    id=st.id,
                    dimension=Localized(f"{dim.id} · {dim.title.de}",
                                        f"{dim.id} · {dim.title.get('en')}"),
                    text=both(st.text),
                    help=both(st.help),
                    levels=tuple(both(t) for t in st.levels),
                )
            )
        return Ballot(
            round_number=number,
            open=is_open,
            title=self._title,
            role_groups=tuple(
                RoleGroupChoice(grp.uuid, Localized(grp.name, grp.name))
                for grp in self._session.role_groups
            ),
            scale=tuple(both(lvl.label) for lvl in g.scale),
            statements=tuple(statements),
        )

    # -- what the phone does -----------------------------------------------------------------
    def _group_name(self, role_group_id: str) -> str:
        for grp in self._session.role_groups:
            if grp.uuid == role_group_id:
                return grp.name
        raise VotingError("unknown_role_group")

    def _respondent(self, device: str) -> int:
        for r in self._session.respondents:
            if r.device == device:
                return r.id
        raise VotingError("not_joined")

    def _open_round(self) -> tuple[int, tuple[str, ...]]:
        current = self._session.open_round
        if current is None:
            raise VotingError("round_closed" if self._session.rounds else "no_round")
        return current.number, current.statement_ids

    def join(self, device_id: str, role_group_id: str) -> None:
        if not self._session.rounds:
            raise VotingError("no_round")
        name = self._group_name(role_group_id)
        current = next((r for r in self._session.respondents if r.device == device_id), None)
        if current is not None and current.role_group != name and self._mine(device_id):
            raise VotingError("bad_vote", "the role group changes only before the first vote")
        self._session.join_device(device_id, name)
        self.seen(device_id)

    def _mine(self, device_id: str) -> list[tuple[str, AnswerKind, int | None]]:
        number = self._session.round_number
        return [
            (sid, kind, level)
            for device, sid, kind, level in self._session.round_votes(number)
            if device == device_id
        ]

    def votes_of(self, device_id: str) -> list[DeviceVote]:
        if not self._session.rounds:
            raise VotingError("no_round")
        self._respondent(device_id)
        return [
            DeviceVote(sid, kind.value, level)  # type: ignore[arg-type]
            for sid, kind, level in self._mine(device_id)
        ]

    def cast(self, device_id: str, vote: DeviceVote) -> None:
        _number, ids = self._open_round()
        respondent = self._respondent(device_id)
        if vote.statement_id not in ids:
            raise VotingError("unknown_statement")
        try:
            self._votes.submit((respondent, vote.statement_id, AnswerKind(vote.kind), vote.level))
        except ValueError:  # the round closed while the vote waited
            raise VotingError("round_closed") from None
        self.seen(device_id)

    def retract(self, device_id: str, statement_id: str) -> None:
        _number, ids = self._open_round()
        respondent = self._respondent(device_id)
        if statement_id not in ids:
            raise VotingError("unknown_statement")
        self._session.record_vote(respondent, statement_id, None)

    def seen(self, device_id: str) -> None:
        self._respondent(device_id)
        with self._lock:
            self._seen[device_id] = self._clock()

    # -- what the projector shows ---------------------------------------------------------------
    def progress(self) -> RoundProgress | None:
        rounds = self._session.rounds
        if not rounds:
            return None
        current = rounds[-1]
        per_device: dict[str, set[str]] = {}
        votes = 0
        for device, sid, _kind, _level in self._session.round_votes(current.number):
            per_device.setdefault(device, set()).add(sid)
            votes += 1
        joined = [r.device for r in self._session.respondents if r.device]
        now = self._clock()
        with self._lock:
            connected = sum(1 for d in joined if now - self._seen.get(d or "", -1e9)
                            <= CONNECTED_SECONDS)
        return RoundProgress(
            round_number=current.number,
            open=current.is_open,
            statements=len(current.statement_ids),
            joined=len(joined),
            connected=connected,
            rated=tuple(sorted((len(s) for s in per_device.values()), reverse=True)),
            votes=votes,
        )
