"""Joining two copies of one assessment that were worked on apart.

Groups of a workshop work on several laptops, or a moderator carries a file between
meetings; afterwards the copies are joined. No common ancestor is kept: each record's
version vector (:class:`~desktop_app.domain.snapshot.Version`) tells which side changed it.

Records are matched by what they stand for — an answer by statement, a vote by respondent,
statement and round, a plan entry by key, a role group by name, a tally by statement,
round, role group and choice — because two laptops may each create the record for the same
statement under their own UUID. A respondent is matched by UUID first; one voting with a
phone (``device`` set) only by that phone, never by label; a named one by label. Two
different respondents that end up with one label (phones numbered "Gerät 1" on two
laptops) both stay: the smaller UUID keeps the label, the other gets the next free
"Gerät n" (:func:`~desktop_app.domain.assessment.device_label`), whichever side merges.
Voting rounds are matched by number and joined by rule (:func:`_join_rounds`), never asked
about. For each other record:

* changed on one side only (its version is behind the other's): that side's value is taken;
* changed on both sides (versions concurrent; different UUIDs always count as concurrent):
  every field whose values differ is a :class:`Conflict` the team decides — except for
  votes, which are facts: the later change wins (ties: device id, then UUID), without asking;
* equal values never conflict;
* deleted on one side (a tombstone) and unchanged on the other since: deleted; deleted on
  one side and changed on the other: a conflict (keep or delete), for votes as well;
* present on one side only and never deleted on the other: added.

A version vector says *that* a record changed, not *which* of its fields: when both sides
changed one record, every field that differs is asked about, including one that only one
side touched.

When two UUIDs meet for one record, the smallest UUID not deleted anywhere survives; the
other is kept as a tombstone with its version, so a later copy of it is recognised as old.
Versions of merged records are the pointwise maximum of both; a decision taken by the team
counts as one more change on this device. So merging the same file twice changes nothing,
and merges without conflicts give the same result in any order.

:func:`plan_merge` computes everything and writes nothing; :func:`resolve` applies the
team's choices and returns the joined snapshot, which storage writes in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import Enum, StrEnum
from typing import Any, Generic, TypeVar

from desktop_app.domain.assessment import (
    AssessmentInfo,
    RespondentInfo,
    RoleGroup,
    device_label,
)
from desktop_app.domain.own import OwnStatement
from desktop_app.domain.snapshot import (
    AssessmentSnapshot,
    Order,
    RecordKind,
    SnapshotRound,
    Stamp,
    StampedAnswer,
    StampedEntry,
    StampedRespondent,
    StampedRoleGroup,
    StampedTally,
    StampedVote,
    Tombstone,
    Version,
)

INFO = "info"  # the assessment's own fields: a conflict kind besides the RecordKinds
EXISTS = "exists"  # the conflict field of "deleted on one side, changed on the other"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# Fields whose value the team may type in instead of picking one side.
TEXT_FIELDS = frozenset(
    {
        "title",
        "moderator",
        "participants",
        "comment",
        "evidence",
        "not_relevant_reason",
        "rationale",
        "text",
        "owner",
        "note",
        "involved",
        "done_when",
        "reject_reason",
        "role_group",
    }
)


class Pick(StrEnum):
    MINE = "mine"  # the value in this database
    THEIRS = "theirs"  # the value in the file


@dataclass(frozen=True, slots=True)
class Edited:
    """A value the team typed in (text fields only)."""

    value: str


Choice = Pick | Edited


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a conflict: its value, and when and on which device it last changed."""

    value: Any  # the field's value; for EXISTS: True (kept and changed) or False (deleted)
    changed_at: datetime | None
    changed_by: str


@dataclass(frozen=True, slots=True)
class Conflict:
    """One field of one record the team decides.

    ``key`` names the record for people: a statement id (answer; a vote: "A1", or "A1/2" in
    round 2), a plan key, a respondent's or role group's label, "statement/round/role
    group/choice" for a tally, "" for INFO. ``ref`` identifies it for the merge.
    """

    kind: str  # INFO or a RecordKind value
    key: str
    field: str  # a field name, or EXISTS
    mine: Side
    theirs: Side
    respondent: str = ""  # for a vote: whose
    title: str = ""  # for an own measure: its title (this database's, else the file's)
    ref: str = ""

    @property
    def id(self) -> str:
        return "/".join((self.kind, self.ref, self.field))

    @property
    def editable(self) -> bool:
        return self.field in TEXT_FIELDS


class Action(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    DELETED = "deleted"


@dataclass(frozen=True, slots=True)
class Change:
    """A change the file brings without asking."""

    kind: str
    key: str
    action: Action
    respondent: str = ""


class MergeRefused(ValueError):
    """The two snapshots cannot be joined; ``reason`` names why, ``detail`` what."""

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason  # other_assessment, other_guideline, identity_clash
        self.detail = detail
        super().__init__(f"{reason}: {detail}")


class Undecided(ValueError):
    """:func:`resolve` was called before every conflict had a choice."""

    def __init__(self, ids: list[str]) -> None:
        self.ids = ids
        super().__init__(f"{len(ids)} conflicts undecided")


# -- the kinds of records -------------------------------------------------------------------
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class _Info:
    info: AssessmentInfo
    stamp: Stamp


@dataclass(frozen=True, slots=True)
class _Resp:
    """A respondent with the key it is matched by on both sides (``who``)."""

    who: str
    r: StampedRespondent


@dataclass(frozen=True, slots=True)
class _Vote:
    """A vote with its respondent named by the respondent's key (UUIDs of respondents may
    merge)."""

    who: str
    vote: StampedVote


@dataclass(frozen=True)
class _Kind(Generic[R]):
    name: str
    fields: Callable[[R], dict[str, Any]]
    put: Callable[[R, dict[str, Any], Stamp], R]
    stamp: Callable[[R], Stamp]
    auto: bool = False  # differing values: the later change wins instead of a conflict
    # The assessment's time and device also move when any of its records changes, without
    # its version: the later of both is kept, whichever side's fields win.
    touched: bool = False


_INFO_FIELDS = (
    "title",
    "phase",
    "held_on",
    "moderator",
    "participants",
    "default_target",
    "report_language",
    "focus_limit",
)
_PLAN_FIELDS = (
    "category",
    "title",
    "text",
    "decision",
    "owner",
    "due",
    "priority",
    "effort",
    "status",
    "note",
    "topic",
    "involved",
    "done_when",
    "effort_days",
    "cost_eur",
    "reject_reason",
)


def _answer_fields(r: StampedAnswer) -> dict[str, Any]:
    a = r.answer
    return {
        "consensus": (a.kind, a.level),
        "target": a.target,
        "comment": a.comment,
        "evidence": a.evidence,
        "flagged": a.flagged,
        "not_relevant_reason": a.not_relevant_reason,
        "rationale": a.rationale,
    }


def _answer_put(r: StampedAnswer, v: dict[str, Any], stamp: Stamp) -> StampedAnswer:
    kind, level = v["consensus"]
    rest = {k: x for k, x in v.items() if k != "consensus"}
    return StampedAnswer(stamp, replace(r.answer, kind=kind, level=level, **rest))


def _vote_put(r: _Vote, v: dict[str, Any], stamp: Stamp) -> _Vote:
    kind, level = v["vote"]
    return _Vote(r.who, replace(r.vote, stamp=stamp, kind=kind, level=level))


_INFO_KIND: _Kind[_Info] = _Kind(
    INFO,
    lambda r: {f: getattr(r.info, f) for f in _INFO_FIELDS},
    lambda r, v, stamp: _Info(replace(r.info, **v), stamp),
    lambda r: r.stamp,
    touched=True,
)
_RESPONDENTS: _Kind[_Resp] = _Kind(
    RecordKind.RESPONDENT.value,
    lambda x: {"role_group": x.r.role_group, "headcount": x.r.headcount},
    lambda x, v, stamp: _Resp(x.who, replace(x.r, stamp=stamp, **v)),
    lambda x: x.r.stamp,
)
_ANSWERS: _Kind[StampedAnswer] = _Kind(
    RecordKind.ANSWER.value, _answer_fields, _answer_put, lambda r: r.stamp
)
_VOTES: _Kind[_Vote] = _Kind(
    RecordKind.VOTE.value,
    lambda r: {"vote": (r.vote.kind, r.vote.level)},
    _vote_put,
    lambda r: r.vote.stamp,
    auto=True,
)
_PLAN: _Kind[StampedEntry] = _Kind(
    RecordKind.PLAN_ENTRY.value,
    lambda r: {f: getattr(r.entry, f) for f in _PLAN_FIELDS},
    lambda r, v, stamp: StampedEntry(stamp, replace(r.entry, **v)),
    lambda r: r.stamp,
)
_ROLE_GROUPS: _Kind[StampedRoleGroup] = _Kind(
    RecordKind.ROLE_GROUP.value,
    lambda g: {"headcount": g.headcount},
    lambda g, v, stamp: replace(g, stamp=stamp, **v),
    lambda g: g.stamp,
)
_TALLIES: _Kind[StampedTally] = _Kind(
    RecordKind.TALLY.value,
    lambda x: {"count": x.count},
    lambda x, v, stamp: replace(x, stamp=stamp, **v),
    lambda x: x.stamp,
)


# -- tombstones ----------------------------------------------------------------------------
def _join_graves(a: Tombstone | None, b: Tombstone) -> Tombstone:
    """One tombstone for a UUID deleted in two places: the later, seen by both versions."""
    if a is None:
        return b
    later = max(a, b, key=lambda g: (g.deleted_at, g.changed_by))
    return replace(later, version=a.version.merged(b.version))


class _Graves:
    def __init__(self, mine: Iterable[Tombstone], theirs: Iterable[Tombstone]) -> None:
        self.mine = {g.uuid: g for g in mine}
        self.theirs = {g.uuid: g for g in theirs}
        self.result: dict[str, Tombstone] = {}
        for g in (*self.mine.values(), *self.theirs.values()):
            self.add(g)

    def add(self, grave: Tombstone) -> None:
        self.result[grave.uuid] = _join_graves(self.result.get(grave.uuid), grave)


class _State(Enum):
    ALIVE = "alive"  # the other side never deleted it
    DEAD = "dead"  # deleted there after this version was seen
    REVIVED = "revived"  # kept after a deletion (by a decision): newer than the tombstone
    CONTESTED = "contested"  # deleted there, changed here since


def _state(stamp: Stamp, other_graves: Mapping[str, Tombstone]) -> _State:
    grave = other_graves.get(stamp.uuid)
    if grave is None:
        return _State.ALIVE
    order = stamp.version.compare(grave.version)
    if order in (Order.BEFORE, Order.EQUAL):
        return _State.DEAD
    return _State.REVIVED if order is Order.AFTER else _State.CONTESTED


# -- one record ----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Slot:
    """The outcome for one record: final, or waiting for the team's choices."""

    kind: _Kind[Any]
    key: Any
    record: Any | None = None  # the merged record (None: absent) when nothing is pending
    mine: Any | None = None  # pending: this database's record
    theirs: Any | None = None  # pending: the file's record
    fields: tuple[str, ...] = ()  # pending: the fields to decide (EXISTS for a deletion)
    uuid: str = ""  # pending: the UUID the record keeps
    version: Version = Version()  # pending: the version before the decision is counted
    grave: Tombstone | None = None  # pending deletion: the tombstone on the other side

    @property
    def pending(self) -> bool:
        return bool(self.fields)


def _later(a: Stamp, b: Stamp) -> Stamp:
    return max(a, b, key=lambda s: (s.updated_at or _EPOCH, s.changed_by, s.uuid))


class _Planner:
    def __init__(self, graves: _Graves, labels: Mapping[str, str]) -> None:
        self.graves = graves
        self.labels = labels  # respondent key → label
        self.changes: list[Change] = []
        self.aliases: dict[str, str] = {}  # a UUID merged away → the UUID its record keeps

    def note(self, kind: _Kind[Any], key: Any, action: Action) -> None:
        label, respondent, _ref = _describe(kind.name, key, self.labels)
        self.changes.append(Change(kind.name, label, action, respondent))

    def merge(
        self, kind: _Kind[R], mine: Mapping[Any, R], theirs: Mapping[Any, R]
    ) -> list[_Slot]:
        return [
            self.one(kind, key, mine.get(key), theirs.get(key))
            for key in sorted(mine.keys() | theirs.keys())
        ]

    def one(self, kind: _Kind[R], key: Any, local: R | None, incoming: R | None) -> _Slot:
        g = self.graves
        mine_state = _state(kind.stamp(local), g.theirs) if local is not None else None
        theirs_state = _state(kind.stamp(incoming), g.mine) if incoming is not None else None
        if mine_state is _State.DEAD:
            local = None
        if theirs_state is _State.DEAD:
            incoming = None
        if local is not None and incoming is not None:
            return self.both(kind, key, local, incoming)
        if local is not None:
            if mine_state is _State.CONTESTED:
                return self.deletion(kind, key, local, g.theirs[kind.stamp(local).uuid], True)
            if mine_state is _State.REVIVED:
                g.result.pop(kind.stamp(local).uuid, None)
            return _Slot(kind, key, record=local)
        if incoming is not None:
            if theirs_state is _State.CONTESTED:
                grave = g.mine[kind.stamp(incoming).uuid]
                return self.deletion(kind, key, incoming, grave, False)
            if theirs_state is _State.REVIVED:
                g.result.pop(kind.stamp(incoming).uuid, None)
            # Replacing a copy deleted there is an update here; else the record is new.
            self.note(kind, key, Action.UPDATED if mine_state is _State.DEAD else Action.ADDED)
            return _Slot(kind, key, record=incoming)
        if mine_state is _State.DEAD:
            self.note(kind, key, Action.DELETED)
        return _Slot(kind, key)

    def deletion(
        self, kind: _Kind[R], key: Any, alive: R, grave: Tombstone, alive_is_mine: bool
    ) -> _Slot:
        """Deleted on one side, changed on the other since: the team decides."""
        stamp = kind.stamp(alive)
        return _Slot(
            kind,
            key,
            mine=alive if alive_is_mine else None,
            theirs=None if alive_is_mine else alive,
            fields=(EXISTS,),
            uuid=stamp.uuid,
            version=stamp.version.merged(grave.version),
            grave=grave,
        )

    def both(self, kind: _Kind[R], key: Any, local: R, incoming: R) -> _Slot:
        slot = self._both(kind, key, local, incoming)
        if kind.touched and slot.record is not None:
            later = _later(kind.stamp(local), kind.stamp(incoming))
            stamp = replace(
                kind.stamp(slot.record), updated_at=later.updated_at, changed_by=later.changed_by
            )
            return replace(slot, record=kind.put(slot.record, kind.fields(slot.record), stamp))
        return slot

    def _both(self, kind: _Kind[R], key: Any, local: R, incoming: R) -> _Slot:
        ls, ts = kind.stamp(local), kind.stamp(incoming)
        lf, tf = kind.fields(local), kind.fields(incoming)
        if ls.uuid == ts.uuid:
            order = ls.version.compare(ts.version)
            if order is Order.BEFORE:
                if lf != tf:
                    self.note(kind, key, Action.UPDATED)
                return _Slot(kind, key, record=incoming)
            if order is Order.AFTER or (order is Order.EQUAL and lf == tf):
                return _Slot(kind, key, record=local)
        uuid, version = self.survivor(kind, local, incoming)
        differing = tuple(f for f in lf if lf[f] != tf[f])
        if not differing:
            later = _later(ls, ts)
            stamp = Stamp(uuid, later.updated_at, later.changed_by, version)
            return _Slot(kind, key, record=kind.put(local, lf, stamp))
        if kind.auto:
            winner, wf = max(
                ((local, lf), (incoming, tf)),
                key=lambda p: (*_sort_stamp(kind.stamp(p[0])), repr(p[1])),
            )
            if winner is incoming:
                self.note(kind, key, Action.UPDATED)
            won = kind.stamp(winner)
            stamp = Stamp(uuid, won.updated_at, won.changed_by, version)
            return _Slot(kind, key, record=kind.put(winner, wf, stamp))
        return _Slot(
            kind, key, mine=local, theirs=incoming, fields=differing, uuid=uuid, version=version
        )

    def survivor(self, kind: _Kind[R], local: R, incoming: R) -> tuple[str, Version]:
        """The UUID one record keeps when two meet, and the version that has seen both."""
        both = (kind.stamp(local), kind.stamp(incoming))
        stamps = {s.uuid: s for s in both}
        graves = self.graves.result
        version = Version()
        for s in both:
            version = version.merged(s.version)
            if s.uuid in graves:
                version = version.merged(graves[s.uuid].version)
        free = sorted(u for u in stamps if u not in graves)
        uuid = free[0] if free else min(stamps)
        graves.pop(uuid, None)
        for loser in stamps.values():
            if loser.uuid != uuid:
                self.aliases[loser.uuid] = uuid
                self.graves.add(
                    Tombstone(
                        loser.uuid,
                        RecordKind(kind.name),
                        loser.updated_at or _EPOCH,
                        loser.changed_by,
                        loser.version,
                    )
                )
        return uuid, version


def _sort_stamp(s: Stamp) -> tuple[datetime, str, str]:
    return (s.updated_at or _EPOCH, s.changed_by, s.uuid)


def _describe(kind: str, key: Any, labels: Mapping[str, str]) -> tuple[str, str, str]:
    """(key, respondent, ref) as a conflict or change names a record (see :class:`Conflict`)."""
    if kind == RecordKind.VOTE.value:
        who, statement, round_ = key
        shown = statement if round_ == 1 else f"{statement}/{round_}"
        return shown, labels.get(who, who), f"{who}/{statement}/{round_}"
    if kind == RecordKind.RESPONDENT.value:
        return labels.get(key, key), "", str(key)
    if kind == RecordKind.TALLY.value:
        ref = "/".join(str(part) for part in key)
        return ref, "", ref
    return str(key), "", str(key)


# -- the plan --------------------------------------------------------------------------------
@dataclass(frozen=True)
class MergePlan:
    """Everything a merge would do; nothing is written until it is resolved and applied."""

    local: AssessmentSnapshot
    incoming: AssessmentSnapshot
    conflicts: tuple[Conflict, ...]
    changes: tuple[Change, ...]  # taken from the file without asking
    slots: tuple[_Slot, ...] = field(repr=False, default=())
    graves: Mapping[str, Tombstone] = field(repr=False, default_factory=dict)
    labels: Mapping[str, str] = field(repr=False, default_factory=dict)  # respondent key → label
    rounds: tuple[SnapshotRound, ...] = field(repr=False, default=())  # joined already
    # A UUID of either side merged into another record → that record's UUID (storage keeps
    # the local row and gives it the surviving UUID).
    aliases: Mapping[str, str] = field(repr=False, default_factory=dict)
    # Where the incoming side came from, for the import log (set by the caller).
    checksum: str = ""
    source_device: str = ""

    @property
    def assessment_id(self) -> int:
        return self.local.info.id

    @property
    def is_noop(self) -> bool:
        """True when the file brings nothing this database does not have."""
        return (
            not self.conflicts
            and not new_own_statements(self.local, self.incoming)
            and resolve(self, {}, device="", now=_EPOCH) == _comparable(self.local)
        )


def new_own_statements(
    local: AssessmentSnapshot, incoming: AssessmentSnapshot
) -> list[OwnStatement]:
    """The incoming own statements whose ids (and their measures' ids) are all free here.

    An own statement is known by its id; one whose id, or a measure id, this assessment
    already uses stays as this database defines it.
    """
    taken = {i for st in local.own_statements for i in (st.id, *(m.id for m in st.measures))}
    fresh = []
    for st in incoming.own_statements:
        ids = {st.id, *(m.id for m in st.measures)}
        if not ids & taken:
            fresh.append(st)
            taken |= ids
    return fresh


# -- respondents: who is who on both sides ---------------------------------------------------
def _pair_respondents(
    local: list[StampedRespondent], incoming: list[StampedRespondent]
) -> tuple[dict[str, _Resp], dict[str, _Resp], dict[str, str]]:
    """Both sides' respondents under one key per person, and each key's label.

    A pair is found by UUID first; among the rest, a phone's respondent by its device only,
    a named respondent (no device) by label. Each step matches unique values, so the pairs
    are the same whichever side is local. The key is the pair's smallest UUID.
    """
    pairs: list[tuple[StampedRespondent | None, StampedRespondent | None]] = []
    left, right = list(local), list(incoming)

    def match(of: Callable[[StampedRespondent], object]) -> None:
        by_value = {of(r): r for r in right if of(r) is not None}
        for r in list(left):
            other = by_value.get(of(r))
            if of(r) is not None and other is not None and other in right:
                pairs.append((r, other))
                left.remove(r)
                right.remove(other)

    match(lambda r: r.stamp.uuid)
    match(lambda r: r.device)
    match(lambda r: r.label if r.device is None else None)
    pairs += [(r, None) for r in left] + [(None, r) for r in right]

    mine: dict[str, _Resp] = {}
    theirs: dict[str, _Resp] = {}
    labels: dict[str, str] = {}
    for a, b in pairs:
        who = min(r.stamp.uuid for r in (a, b) if r is not None)
        label = _pair_label(a, b)
        labels[who] = label
        if a is not None:
            mine[who] = _Resp(who, replace(a, label=label))
        if b is not None:
            theirs[who] = _Resp(who, replace(b, label=label))
    return mine, theirs, labels


def _pair_label(a: StampedRespondent | None, b: StampedRespondent | None) -> str:
    """One label for a pair, as either side would choose it.

    One record (one UUID): the newer copy's label (copies changed apart: the smaller one).
    Two records met (a phone on two laptops): the label of the record whose UUID stays,
    the smaller — so a label a merge gave stays when the result meets either side again.
    """
    if a is None or b is None:
        kept = a or b
        assert kept is not None
        return kept.label
    if a.stamp.uuid != b.stamp.uuid:
        return min((a, b), key=lambda r: r.stamp.uuid).label
    order = a.stamp.version.compare(b.stamp.version)
    if order is Order.AFTER:
        return a.label
    if order is Order.BEFORE:
        return b.label
    return min(a.label, b.label)


def _unclash(respondents: list[StampedRespondent]) -> list[StampedRespondent]:
    """Give two different respondents with one label different labels, the same on any side.

    The smaller UUID keeps the label; a phone's respondent gets the next free "Gerät n", a
    named one "label (2)", "label (3)" …; nothing else changes, so the result depends on the
    set of respondents alone (merge order irrelevant).
    """
    taken = {r.label for r in respondents}
    out: list[StampedRespondent] = []
    seen: set[str] = set()
    for r in sorted(respondents, key=lambda r: (r.label, r.stamp.uuid)):
        if r.label in seen:
            if r.device is not None:
                label = device_label(taken)
            else:
                n = 2
                while f"{r.label} ({n})" in taken:
                    n += 1
                label = f"{r.label} ({n})"
            taken.add(label)
            r = replace(r, label=label)
        seen.add(r.label)
        out.append(r)
    return out


def _index_votes(s: AssessmentSnapshot, who_of: Mapping[str, str]) -> dict[Any, _Vote]:
    return {
        (who_of[v.respondent], v.statement_id, v.round): _Vote(who_of[v.respondent], v)
        for v in s.votes
        if v.respondent in who_of
    }


# -- voting rounds -------------------------------------------------------------------------------
def _join_rounds(
    local: list[SnapshotRound], incoming: list[SnapshotRound], planner: _Planner
) -> list[SnapshotRound]:
    """One round per number.

    Copies of one round (one UUID): the newer copy; changed apart (both closed it), closed
    at the later time. Two rounds of one number from two laptops become one: the statements
    of both, opened at the earlier time, closed only if closed on both sides (at the later
    time) — else open, so its votes stay hidden until someone closes it. The smallest UUID
    not buried stays; the other is buried, so a later copy of it is known.
    """
    graves = planner.graves
    mine = {r.number: r for r in local}
    theirs = {r.number: r for r in incoming}
    out: list[SnapshotRound] = []
    for number in sorted(mine.keys() | theirs.keys()):
        a, b = mine.get(number), theirs.get(number)
        if a is None or b is None:
            kept = a or b
            assert kept is not None
            if a is None:
                planner.note(_ROUND_KIND, number, Action.ADDED)
            out.append(kept)
            continue
        joined = _join_round(a, b, graves)
        for r in (a, b):
            if r.uuid != joined.uuid:
                planner.aliases[r.uuid] = joined.uuid
        if joined != a:
            planner.note(_ROUND_KIND, number, Action.UPDATED)
        out.append(joined)
    return out


def _join_round(a: SnapshotRound, b: SnapshotRound, graves: _Graves) -> SnapshotRound:
    if a.uuid == b.uuid:
        order = a.version.compare(b.version)
        if order in (Order.AFTER, Order.EQUAL):
            return a
        if order is Order.BEFORE:
            return b
    uuids = sorted({a.uuid, b.uuid})
    free = [u for u in uuids if u not in graves.result]
    keep = free[0] if free else uuids[0]
    graves.result.pop(keep, None)
    for r in (a, b):
        if r.uuid != keep:
            graves.add(
                Tombstone(r.uuid, RecordKind.VOTING_ROUND, r.opened_at, r.changed_by, r.version)
            )
    first, second = (a, b) if a.uuid == keep else (b, a)
    statements = tuple(dict.fromkeys((*first.statement_ids, *second.statement_ids)))
    closed = (
        max(a.closed_at, b.closed_at)
        if a.closed_at is not None and b.closed_at is not None
        else None
    )
    return SnapshotRound(
        keep,
        a.number,
        statements,
        min(a.opened_at, b.opened_at),
        closed,
        first.changed_by,
        a.version.merged(b.version),
    )


_ROUND_KIND: _Kind[SnapshotRound] = _Kind(
    RecordKind.VOTING_ROUND.value,
    lambda r: {},
    lambda r, v, stamp: r,
    lambda r: Stamp(r.uuid, r.opened_at, r.changed_by, r.version),
)


def _check_identities(local: AssessmentSnapshot, incoming: AssessmentSnapshot) -> None:
    """One UUID must stand for the same kind of record on both sides (and the same key).

    A respondent may carry another label on the other side (numbered anew by a merge); a
    vote must be on the same statement in the same round.
    """

    def identities(s: AssessmentSnapshot) -> dict[str, tuple[str, object]]:
        out: dict[str, tuple[str, object]] = {}
        for r in s.respondents:
            out[r.stamp.uuid] = ("respondent", None)
        for a in s.answers:
            out[a.stamp.uuid] = ("answer", a.answer.statement_id)
        for v in s.votes:
            out[v.stamp.uuid] = ("vote", (v.statement_id, v.round))
        for e in s.plan:
            out[e.stamp.uuid] = ("plan_entry", e.entry.key)
        for g in s.role_groups:
            out[g.stamp.uuid] = ("role_group", g.name)
        for t in s.tallies:
            out[t.stamp.uuid] = ("tally", (t.statement_id, t.round, t.role_group, t.choice))
        for n in s.rounds:
            out[n.uuid] = ("voting_round", n.number)
        return out

    mine, theirs = identities(local), identities(incoming)
    for uuid in sorted(mine.keys() & theirs.keys()):
        if mine[uuid] != theirs[uuid]:
            raise MergeRefused("identity_clash", uuid)
    kinds = {g.uuid: g.kind.value for g in local.tombstones}
    kinds.update({u: k for u, (k, _) in mine.items()})
    for g in incoming.tombstones:
        if kinds.get(g.uuid, g.kind.value) != g.kind.value:
            raise MergeRefused("identity_clash", g.uuid)
    for u, (k, _) in theirs.items():
        if kinds.get(u, k) != k:
            raise MergeRefused("identity_clash", u)


def plan_merge(local: AssessmentSnapshot, incoming: AssessmentSnapshot) -> MergePlan:
    """Compare ``incoming`` (a file) with ``local`` (this database): what to take, what to ask.

    Raises :class:`MergeRefused` when the two are not copies of one assessment made with one
    guideline version, or when a UUID stands for different records on the two sides.
    """
    if local.info.uuid != incoming.info.uuid:
        raise MergeRefused("other_assessment", incoming.info.uuid)
    if local.info.content_version != incoming.info.content_version:
        raise MergeRefused("other_guideline", incoming.info.content_version)
    _check_identities(local, incoming)
    graves = _Graves(local.tombstones, incoming.tombstones)
    my_people, their_people, labels = _pair_respondents(local.respondents, incoming.respondents)
    planner = _Planner(graves, labels)
    slots: list[_Slot] = []
    slots += planner.merge(
        _INFO_KIND,
        {"": _Info(local.info, local.stamp)},
        {"": _Info(incoming.info, incoming.stamp)},
    )
    slots += planner.merge(_RESPONDENTS, my_people, their_people)
    slots += planner.merge(
        _ANSWERS,
        {a.answer.statement_id: a for a in local.answers},
        {a.answer.statement_id: a for a in incoming.answers},
    )
    my_who = {x.r.stamp.uuid: who for who, x in my_people.items()}
    their_who = {x.r.stamp.uuid: who for who, x in their_people.items()}
    slots += planner.merge(
        _VOTES, _index_votes(local, my_who), _index_votes(incoming, their_who)
    )
    slots += planner.merge(
        _PLAN, {e.entry.key: e for e in local.plan}, {e.entry.key: e for e in incoming.plan}
    )
    slots += planner.merge(
        _ROLE_GROUPS,
        {g.name: g for g in local.role_groups},
        {g.name: g for g in incoming.role_groups},
    )
    slots += planner.merge(
        _TALLIES,
        {_tally_key(x): x for x in local.tallies},
        {_tally_key(x): x for x in incoming.tallies},
    )
    rounds = _join_rounds(local.rounds, incoming.rounds, planner)
    conflicts = tuple(c for s in slots for c in _conflicts(s, labels))
    return MergePlan(
        local,
        incoming,
        conflicts,
        tuple(planner.changes),
        tuple(slots),
        dict(graves.result),
        labels,
        tuple(rounds),
        dict(planner.aliases),
    )


def _tally_key(x: StampedTally) -> tuple[str, int, str, str]:
    return (x.statement_id, x.round, x.role_group, x.choice)


def _side(kind: _Kind[Any], record: Any | None, value: Any, grave: Tombstone | None) -> Side:
    if record is None:
        assert grave is not None
        return Side(value, grave.deleted_at, grave.changed_by)
    stamp = kind.stamp(record)
    return Side(value, stamp.updated_at, stamp.changed_by)


def _title(slot: _Slot) -> str:
    for record in (slot.mine, slot.theirs):
        if isinstance(record, StampedEntry) and record.entry.title:
            return record.entry.title
    return ""


def _conflicts(slot: _Slot, labels: Mapping[str, str]) -> list[Conflict]:
    if not slot.pending:
        return []
    key, respondent, ref = _describe(slot.kind.name, slot.key, labels)
    title = _title(slot)
    if slot.fields == (EXISTS,):
        return [
            Conflict(
                slot.kind.name,
                key,
                EXISTS,
                _side(slot.kind, slot.mine, slot.mine is not None, slot.grave),
                _side(slot.kind, slot.theirs, slot.theirs is not None, slot.grave),
                respondent,
                title,
                ref,
            )
        ]
    mf, tf = slot.kind.fields(slot.mine), slot.kind.fields(slot.theirs)
    return [
        Conflict(
            slot.kind.name,
            key,
            f,
            _side(slot.kind, slot.mine, mf[f], None),
            _side(slot.kind, slot.theirs, tf[f], None),
            respondent,
            title,
            ref,
        )
        for f in slot.fields
    ]


# -- resolving ---------------------------------------------------------------------------------
def _choose(conflict: Conflict, choice: Choice) -> Any:
    if isinstance(choice, Edited):
        if not conflict.editable:
            raise ValueError(f"{conflict.field} cannot be typed in")
        return choice.value
    return conflict.mine.value if choice is Pick.MINE else conflict.theirs.value


def resolve(
    plan: MergePlan, choices: Mapping[str, Choice], *, device: str, now: datetime
) -> AssessmentSnapshot:
    """The joined assessment, with the team's ``choices`` (conflict id → choice).

    A decided record counts as changed now on ``device``: its version has seen both sides and
    this decision, so either side's copy is older than it.
    """
    missing = [c.id for c in plan.conflicts if c.id not in choices]
    if missing:
        raise Undecided(missing)
    by_slot: dict[tuple[str, str], list[Conflict]] = {}
    for c in plan.conflicts:
        by_slot.setdefault((c.kind, c.ref), []).append(c)
    graves = dict(plan.graves)
    records: dict[str, list[Any]] = {}
    for slot in plan.slots:
        record = slot.record
        if slot.pending:
            _key, _respondent, ref = _describe(slot.kind.name, slot.key, plan.labels)
            asked = by_slot[(slot.kind.name, ref)]
            decided = {c.field: _choose(c, choices[c.id]) for c in asked}
            stamp = Stamp(slot.uuid, now, device, slot.version.bumped(device))
            if EXISTS in decided:
                alive = slot.mine if slot.mine is not None else slot.theirs
                if decided[EXISTS]:
                    graves.pop(slot.uuid, None)
                    record = slot.kind.put(alive, slot.kind.fields(alive), stamp)
                else:
                    assert slot.grave is not None
                    record = None
                    graves[slot.uuid] = Tombstone(
                        slot.uuid, slot.grave.kind, now, device, stamp.version
                    )
            else:
                values = {**slot.kind.fields(slot.mine), **decided}
                record = slot.kind.put(slot.mine, values, stamp)
        if record is not None:
            records.setdefault(slot.kind.name, []).append(record)
    return _assemble(plan.local, records, graves, list(plan.rounds))


def _assemble(
    local: AssessmentSnapshot,
    records: Mapping[str, list[Any]],
    graves: Mapping[str, Tombstone],
    rounds: list[SnapshotRound],
) -> AssessmentSnapshot:
    info_record: _Info = records[INFO][0]
    people: list[_Resp] = records.get(_RESPONDENTS.name, [])
    uuid_of = {x.who: x.r.stamp.uuid for x in people}
    votes = [
        replace(v.vote, respondent=uuid_of[v.who])
        for v in records.get(_VOTES.name, [])
        if v.who in uuid_of  # a deleted respondent's votes go with it
    ]
    return _ordered(
        replace(
            local,
            info=replace(info_record.info, id=local.info.id),
            stamp=info_record.stamp,
            respondents=_unclash([x.r for x in people]),
            answers=records.get(_ANSWERS.name, []),
            votes=votes,
            plan=records.get(_PLAN.name, []),
            tombstones=list(graves.values()),
            role_groups=records.get(_ROLE_GROUPS.name, []),
            rounds=rounds,
            tallies=records.get(_TALLIES.name, []),
        )
    )


def _ordered(s: AssessmentSnapshot) -> AssessmentSnapshot:
    """``s`` in one order of every list, its info naming the same respondents and groups."""
    respondents = sorted(s.respondents, key=lambda r: r.label)
    groups = sorted(s.role_groups, key=lambda g: (g.position, g.name))
    return replace(
        s,
        info=replace(
            s.info,
            respondents=tuple(
                RespondentInfo(0, r.label, r.role_group, r.headcount, r.stamp.uuid, r.device)
                for r in respondents
            ),
            role_groups=tuple(RoleGroup(g.name, g.headcount, g.stamp.uuid) for g in groups),
        ),
        respondents=respondents,
        answers=sorted(s.answers, key=lambda a: a.answer.statement_id),
        votes=sorted(s.votes, key=lambda v: (v.statement_id, v.round, v.respondent)),
        plan=sorted(s.plan, key=lambda e: e.entry.key),
        tombstones=sorted(s.tombstones, key=lambda g: g.uuid),
        role_groups=groups,
        rounds=sorted(s.rounds, key=lambda r: r.number),
        tallies=sorted(s.tallies, key=_tally_key),
    )


def _comparable(s: AssessmentSnapshot) -> AssessmentSnapshot:
    """``s`` ordered as :func:`resolve` orders its result."""
    return _ordered(s)


def decide_all(plan: MergePlan, pick: Pick) -> dict[str, Choice]:
    """Every conflict decided for one side (``--prefer mine|theirs``)."""
    return {c.id: pick for c in plan.conflicts}


__all__ = [
    "EXISTS",
    "INFO",
    "TEXT_FIELDS",
    "Action",
    "Change",
    "Choice",
    "Conflict",
    "Edited",
    "MergePlan",
    "MergeRefused",
    "Pick",
    "Side",
    "Undecided",
    "decide_all",
    "plan_merge",
    "resolve",
]
