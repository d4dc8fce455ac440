"""An in-memory :class:`~desktop_app.web.port.VotingPort` for tests and demonstrations.

It keeps the rules the port documents (one vote per device and statement, group changes only
before the first vote of a round, nothing changes in a closed round) so tests of the web layer
exercise the same answers the real session service gives.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from desktop_app.web.port import (
    Ballot,
    BallotStatement,
    DeviceVote,
    Localized,
    RoleGroupChoice,
    VotingError,
)


class InMemoryVoting:
    """Rounds, role groups and votes in dictionaries, behind one lock."""

    def __init__(
        self,
        statements: Iterable[BallotStatement],
        role_groups: Iterable[RoleGroupChoice],
        scale: Sequence[Localized],
        title: str = "Workshop",
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._lock = threading.Lock()
        self._catalogue = {s.id: s for s in statements}
        self._role_groups = tuple(role_groups)
        self._scale = tuple(scale)
        self._title = title
        self._clock = clock
        self._ballot: Ballot | None = None
        self._groups: dict[str, str] = {}
        # round number -> device -> statement id -> vote
        self._votes: dict[int, dict[str, dict[str, DeviceVote]]] = {}
        self._last_seen: dict[str, float] = {}

    # ------------------------------------------------------------------ moderator side

    def open_round(self, statement_ids: Sequence[str] | None = None) -> Ballot:
        """Start the next round with these statements (default: all, in catalogue order)."""
        ids = list(self._catalogue) if statement_ids is None else list(statement_ids)
        missing = [i for i in ids if i not in self._catalogue]
        if missing:
            raise KeyError(f"not in the catalogue: {missing}")
        with self._lock:
            number = 1 if self._ballot is None else self._ballot.round_number + 1
            self._ballot = Ballot(
                round_number=number,
                open=True,
                title=self._title,
                role_groups=self._role_groups,
                scale=self._scale,
                statements=tuple(self._catalogue[i] for i in ids),
            )
            self._votes[number] = {}
            return self._ballot

    def close_round(self) -> None:
        with self._lock:
            if self._ballot is None:
                raise VotingError("no_round")
            self._ballot = replace(self._ballot, open=False)

    def votes(self, round_number: int | None = None) -> dict[str, dict[str, DeviceVote]]:
        """A copy of every device's votes in a round (default: the current one)."""
        with self._lock:
            if round_number is None:
                if self._ballot is None:
                    return {}
                round_number = self._ballot.round_number
            return {d: dict(v) for d, v in self._votes.get(round_number, {}).items() if v}

    def role_group_of(self, device_id: str) -> str | None:
        with self._lock:
            return self._groups.get(device_id)

    def devices_seen(self, within_seconds: float) -> int:
        """How many joined devices sent a heartbeat in the last ``within_seconds``."""
        with self._lock:
            now = self._clock()
            return sum(1 for t in self._last_seen.values() if now - t <= within_seconds)

    # ------------------------------------------------------------------ the port

    def ballot(self) -> Ballot:
        with self._lock:
            return self._current()

    def join(self, device_id: str, role_group_id: str) -> None:
        with self._lock:
            ballot = self._current()
            if role_group_id not in {g.id for g in ballot.role_groups}:
                raise VotingError("unknown_role_group", role_group_id)
            old = self._groups.get(device_id)
            if old is not None and old != role_group_id and self._round_votes(device_id):
                raise VotingError("bad_vote", "the role group is fixed once the device voted")
            self._groups[device_id] = role_group_id

    def votes_of(self, device_id: str) -> list[DeviceVote]:
        with self._lock:
            self._current()
            self._require_joined(device_id)
            return list(self._round_votes(device_id).values())

    def cast(self, device_id: str, vote: DeviceVote) -> None:
        with self._lock:
            self._writable(device_id, vote.statement_id)
            number = self._current().round_number
            self._votes[number].setdefault(device_id, {})[vote.statement_id] = vote

    def retract(self, device_id: str, statement_id: str) -> None:
        with self._lock:
            self._writable(device_id, statement_id)
            self._round_votes(device_id).pop(statement_id, None)

    def seen(self, device_id: str) -> None:
        with self._lock:
            self._require_joined(device_id)
            self._last_seen[device_id] = self._clock()

    # ------------------------------------------------------------------ rules (lock held)

    def _current(self) -> Ballot:
        if self._ballot is None:
            raise VotingError("no_round")
        return self._ballot

    def _require_joined(self, device_id: str) -> None:
        if device_id not in self._groups:
            raise VotingError("not_joined")

    def _round_votes(self, device_id: str) -> dict[str, DeviceVote]:
        if self._ballot is None:
            return {}
        return self._votes[self._ballot.round_number].setdefault(device_id, {})

    def _writable(self, device_id: str, statement_id: str) -> None:
        ballot = self._current()
        self._require_joined(device_id)
        if not ballot.open:
            raise VotingError("round_closed")
        if statement_id not in {s.id for s in ballot.statements}:
            raise VotingError("unknown_statement", statement_id)
