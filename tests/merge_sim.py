"""Devices editing copies of one assessment, in memory, as the repository would.

Each edit writes a whole record the way ``storage.repository`` does — a new record gets a
UUID and the version ``{device: 1}``, a changed one counts one more change by the device,
a deleted one leaves a tombstone with its version plus the deletion — and the device notes
which fields it changed since the common start (the model a merge's conflicts are checked
against).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.assessment import AssessmentInfo, Phase, RespondentInfo, device_label
from desktop_app.domain.merge import Choice, Pick, plan_merge, resolve
from desktop_app.domain.plan import Decision, PlanEntry
from desktop_app.domain.snapshot import (
    AssessmentSnapshot,
    RecordKind,
    Stamp,
    StampedAnswer,
    StampedEntry,
    StampedRespondent,
    StampedVote,
    Tombstone,
    Version,
)

STATEMENTS = ("A1", "A2", "B1")
LABELS = ("Leitung", "IT", "Personalrat")
PLAN_KEYS = ("rec:O-A1", "rec:O-A2", "clarify:A2")
CONSENSUS = ((None, None), (AnswerKind.RATED, 1), (AnswerKind.RATED, 3), (AnswerKind.UNKNOWN, None))
TEXTS = ("", "x", "y")
VOTES = ((AnswerKind.RATED, 0), (AnswerKind.RATED, 2), (AnswerKind.RATED, 4),
         (AnswerKind.NOT_RELEVANT, None))
ANSWER_VALUES: dict[str, tuple[Any, ...]] = {
    "consensus": CONSENSUS,
    "target": (None, 2, 4),
    "comment": TEXTS,
    "flagged": (False, True),
}
PLAN_VALUES: dict[str, tuple[Any, ...]] = {
    "decision": tuple(Decision),
    "owner": TEXTS,
    "due": (None, date(2027, 3, 1), date(2027, 6, 1)),
    "note": TEXTS,
}
INFO_VALUES: dict[str, tuple[Any, ...]] = {"title": TEXTS, "moderator": TEXTS}


class Clock:
    """Strictly increasing UTC times: every write has its own moment."""

    def __init__(self) -> None:
        self.t = datetime(2026, 9, 15, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.t += timedelta(seconds=1)
        return self.t


def _uuid(seed: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, seed))


def base_snapshot(clock: Clock) -> AssessmentSnapshot:
    """The assessment every device starts from (made on device "base")."""
    made = Version.of({"base": 1})

    def st(seed: str) -> Stamp:
        return Stamp(_uuid(seed), clock(), "base", made)

    respondents = [StampedRespondent(st(f"r-{lb}"), lb) for lb in LABELS[:2]]
    return AssessmentSnapshot(
        info=AssessmentInfo(
            id=0,
            uuid=_uuid("assessment"),
            municipality="Stadt",
            project="Projekt",
            phase=Phase.PLANNING,
            held_on=date(2026, 9, 15),
            content_version="1.2.0",
            respondents=tuple(
                RespondentInfo(0, r.label, r.role_group, r.headcount, r.stamp.uuid)
                for r in respondents
            ),
        ),
        stamp=st("assessment"),
        respondents=respondents,
        answers=[StampedAnswer(st("a-A1"), Answer("A1", AnswerKind.RATED, 2))],
        votes=[StampedVote(st("v-1"), respondents[0].stamp.uuid, "A1", AnswerKind.RATED, 2)],
        plan=[
            StampedEntry(st("p-1"), PlanEntry("rec:O-A1", decision=Decision.ACCEPTED)),
            StampedEntry(st("p-own"), PlanEntry(f"own:{_uuid('own-1')}", title="Eigene")),
        ],
    )


Key = tuple[str, Any]  # (kind, natural key)


@dataclass
class Device:
    name: str
    snap: AssessmentSnapshot
    clock: Clock
    touched: dict[Key, set[str]] = field(default_factory=dict)  # fields changed since start
    deleted: set[Key] = field(default_factory=set)  # records deleted since start (and gone)
    counter: int = 0

    # -- helpers ---------------------------------------------------------------------------
    def _new_uuid(self) -> str:
        self.counter += 1
        return _uuid(f"{self.name}-{self.counter}")

    def _stamp(self, old: Stamp | None) -> Stamp:
        if old is None:
            return Stamp(self._new_uuid(), self.clock(), self.name, Version.of({self.name: 1}))
        return Stamp(old.uuid, self.clock(), self.name, old.version.bumped(self.name))

    def _touch(self, key: Key, fields: set[str]) -> None:
        self.touched.setdefault(key, set()).update(fields)
        self.deleted.discard(key)

    def _bury(self, kind: RecordKind, stamp: Stamp) -> None:
        version = stamp.version.bumped(self.name)
        grave = Tombstone(stamp.uuid, kind, self.clock(), self.name, version)
        self.snap = replace(self.snap, tombstones=[*self.snap.tombstones, grave])

    def labels(self) -> dict[str, str]:
        return {r.stamp.uuid: r.label for r in self.snap.respondents}

    # -- edits -------------------------------------------------------------------------------
    def set_answer(self, statement: str, name: str, value: Any) -> None:
        answers = {a.answer.statement_id: a for a in self.snap.answers}
        old = answers.get(statement)
        answer = old.answer if old else Answer(statement)
        if name == "consensus":
            answer = replace(answer, kind=value[0], level=value[1])
        else:
            answer = replace(answer, **{name: value})
        answers[statement] = StampedAnswer(self._stamp(old.stamp if old else None), answer)
        self.snap = replace(self.snap, answers=list(answers.values()))
        # A new record: every field is this device's; else only the one edited.
        fields = set(ANSWER_VALUES) | {"evidence", "not_relevant_reason"} if old is None else {name}
        self._touch(("answer", statement), fields)

    def add_respondent(self, label: str) -> None:
        if label in self.labels().values():
            return
        r = StampedRespondent(self._stamp(None), label)
        self.snap = replace(self.snap, respondents=[*self.snap.respondents, r])
        self._touch(("respondent", label), {"role_group", "headcount"})

    def set_vote(
        self, label: str, statement: str, value: tuple[AnswerKind, int | None] | None
    ) -> None:
        by_label = {lb: u for u, lb in self.labels().items()}
        if label not in by_label:
            return
        rid = by_label[label]
        votes = {(v.respondent, v.statement_id, v.round): v for v in self.snap.votes}
        old = votes.get((rid, statement, 1))
        key: Key = ("vote", (label, statement))
        if value is None:
            if old is None:
                return
            del votes[(rid, statement, 1)]
            self.snap = replace(self.snap, votes=list(votes.values()))
            self._bury(RecordKind.VOTE, old.stamp)
            self.touched.pop(key, None)
            self.deleted.add(key)
            return
        votes[(rid, statement, 1)] = StampedVote(
            self._stamp(old.stamp if old else None), rid, statement, value[0], value[1]
        )
        self.snap = replace(self.snap, votes=list(votes.values()))
        self._touch(key, {"vote"})

    def join_phone(self, phone: str) -> None:
        """A phone joins, as ``repository.join_device`` numbers it: "Gerät <n>"."""
        if any(r.device == phone for r in self.snap.respondents):
            return
        phones = sum(1 for r in self.snap.respondents if r.device is not None)
        label = device_label({r.label for r in self.snap.respondents}, phones + 1)
        r = StampedRespondent(self._stamp(None), label, device=phone)
        self.snap = replace(self.snap, respondents=[*self.snap.respondents, r])

    def phone_vote(
        self, phone: str, statement: str, value: tuple[AnswerKind, int | None], round_: int
    ) -> None:
        """A phone's vote in a round (a phone that has not joined here joins first)."""
        self.join_phone(phone)
        rid = next(r.stamp.uuid for r in self.snap.respondents if r.device == phone)
        votes = {(v.respondent, v.statement_id, v.round): v for v in self.snap.votes}
        old = votes.get((rid, statement, round_))
        votes[(rid, statement, round_)] = StampedVote(
            self._stamp(old.stamp if old else None), rid, statement, value[0], value[1], round_
        )
        self.snap = replace(self.snap, votes=list(votes.values()))

    def set_plan(self, key: str, name: str, value: Any) -> None:
        entries = {e.entry.key: e for e in self.snap.plan}
        old = entries.get(key)
        entry = replace(old.entry if old else PlanEntry(key), **{name: value})
        entries[key] = StampedEntry(self._stamp(old.stamp if old else None), entry)
        self.snap = replace(self.snap, plan=list(entries.values()))
        fields = set(PLAN_VALUES) | {"title"} if old is None else {name}
        self._touch(("plan_entry", key), fields)

    def add_own(self) -> None:
        self.set_plan(f"own:{self._new_uuid()}", "title", f"von {self.name}")

    def delete_own(self, index: int) -> None:
        own = [e for e in self.snap.plan if e.entry.key.startswith("own:")]
        if not own:
            return
        gone = own[index % len(own)]
        self.snap = replace(self.snap, plan=[e for e in self.snap.plan if e is not gone])
        self._bury(RecordKind.PLAN_ENTRY, gone.stamp)
        key: Key = ("plan_entry", gone.entry.key)
        self.touched.pop(key, None)
        self.deleted.add(key)

    def set_info(self, name: str, value: Any) -> None:
        s = self.snap
        stamp = Stamp(s.stamp.uuid, self.clock(), self.name, s.stamp.version.bumped(self.name))
        self.snap = replace(s, info=replace(s.info, **{name: value}), stamp=stamp)
        self._touch(("info", ""), {name})

    def apply(self, edit: tuple[Any, ...]) -> None:
        getattr(self, edit[0])(*edit[1:])

    # -- merging -------------------------------------------------------------------------------
    def merge(self, other: AssessmentSnapshot, picks: Mapping[str, Choice] | None = None,
              default: Pick = Pick.MINE) -> int:
        """Merge ``other`` in (undecided conflicts go to ``default``); the conflicts' count."""
        plan = plan_merge(self.snap, other)
        choices = {c.id: (picks or {}).get(c.id, default) for c in plan.conflicts}
        self.snap = resolve(plan, choices, device=self.name, now=self.clock())
        return len(plan.conflicts)


def normal(s: AssessmentSnapshot, *, grave_details: bool = True) -> AssessmentSnapshot:
    """``s`` in the order ``resolve`` writes, to compare contents.

    Without ``grave_details`` a tombstone is only its UUID and kind: when three copies of
    one record made on three devices meet, the version a merged-away copy is buried with
    depends on which met first (see the associativity test).
    """
    from desktop_app.domain.merge import _comparable

    s = _comparable(replace(s, info=replace(s.info, id=0)))
    if not grave_details:
        epoch = datetime(1970, 1, 1, tzinfo=UTC)
        s = replace(s, tombstones=[Tombstone(g.uuid, g.kind, epoch) for g in s.tombstones])
    return s
