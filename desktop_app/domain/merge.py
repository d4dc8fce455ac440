"""Joining two copies of one assessment that were worked on apart.

Groups of a workshop work on several laptops, or a moderator carries a file between
meetings; afterwards the copies are joined. No common ancestor is kept: each record's
version vector (:class:`~desktop_app.domain.snapshot.Version`) tells which side changed it.

Records are matched by what they stand for — a respondent by label, an answer by statement,
a vote by respondent and statement, a plan entry by key — because two laptops may each
create the record for the same statement under their own UUID. For each such record:

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

from desktop_app.domain.assessment import AssessmentInfo, RespondentInfo
from desktop_app.domain.snapshot import (
    AssessmentSnapshot,
    Order,
    RecordKind,
    Stamp,
    StampedAnswer,
    StampedEntry,
    StampedRespondent,
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
    kind: str  # INFO or a RecordKind value
    key: str  # statement id (answer, vote), plan key, respondent label; "" for INFO
    field: str  # a field name, or EXISTS
    mine: Side
    theirs: Side
    respondent: str = ""  # for a vote: whose
    title: str = ""  # for an own measure: its title (this database's, else the file's)

    @property
    def id(self) -> str:
        return "/".join((self.kind, self.key, self.respondent, self.field))

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
class _Vote:
    """A vote with its respondent named by label (UUIDs of respondents may merge)."""

    label: str
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
    }


def _answer_put(r: StampedAnswer, v: dict[str, Any], stamp: Stamp) -> StampedAnswer:
    kind, level = v["consensus"]
    rest = {k: x for k, x in v.items() if k != "consensus"}
    return StampedAnswer(stamp, replace(r.answer, kind=kind, level=level, **rest))


def _vote_put(r: _Vote, v: dict[str, Any], stamp: Stamp) -> _Vote:
    kind, level = v["vote"]
    return _Vote(r.label, replace(r.vote, stamp=stamp, kind=kind, level=level))


_INFO_KIND: _Kind[_Info] = _Kind(
    INFO,
    lambda r: {f: getattr(r.info, f) for f in _INFO_FIELDS},
    lambda r, v, stamp: _Info(replace(r.info, **v), stamp),
    lambda r: r.stamp,
    touched=True,
)
_RESPONDENTS: _Kind[StampedRespondent] = _Kind(
    RecordKind.RESPONDENT.value,
    lambda r: {"role_group": r.role_group, "headcount": r.headcount},
    lambda r, v, stamp: replace(r, stamp=stamp, **v),
    lambda r: r.stamp,
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
    def __init__(self, graves: _Graves) -> None:
        self.graves = graves
        self.changes: list[Change] = []

    def note(self, kind: _Kind[Any], key: Any, action: Action) -> None:
        label, respondent = _describe_key(kind, key)
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


def _describe_key(kind: _Kind[Any], key: Any) -> tuple[str, str]:
    """(key, respondent) as a conflict or change names them."""
    if kind is _VOTES:
        label, statement = key
        return str(statement), str(label)
    return str(key), ""


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
    # Where the incoming side came from, for the import log (set by the caller).
    checksum: str = ""
    source_device: str = ""

    @property
    def assessment_id(self) -> int:
        return self.local.info.id

    @property
    def is_noop(self) -> bool:
        """True when the file brings nothing this database does not have."""
        return not self.conflicts and resolve(self, {}, device="", now=_EPOCH) == _comparable(
            self.local
        )


def _index_votes(s: AssessmentSnapshot) -> dict[tuple[str, str], _Vote]:
    labels = {r.stamp.uuid: r.label for r in s.respondents}
    return {
        (labels[v.respondent], v.statement_id): _Vote(labels[v.respondent], v)
        for v in s.votes
        if v.respondent in labels
    }


def _check_identities(local: AssessmentSnapshot, incoming: AssessmentSnapshot) -> None:
    """One UUID must stand for the same record on both sides (same kind, same key)."""

    def identities(s: AssessmentSnapshot) -> dict[str, tuple[str, object]]:
        labels = {r.stamp.uuid: r.label for r in s.respondents}
        out: dict[str, tuple[str, object]] = {}
        for r in s.respondents:
            out[r.stamp.uuid] = ("respondent", r.label)
        for a in s.answers:
            out[a.stamp.uuid] = ("answer", a.answer.statement_id)
        for v in s.votes:
            out[v.stamp.uuid] = ("vote", (labels.get(v.respondent), v.statement_id))
        for e in s.plan:
            out[e.stamp.uuid] = ("plan_entry", e.entry.key)
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
    planner = _Planner(graves)
    slots: list[_Slot] = []
    slots += planner.merge(
        _INFO_KIND,
        {"": _Info(local.info, local.stamp)},
        {"": _Info(incoming.info, incoming.stamp)},
    )
    slots += planner.merge(
        _RESPONDENTS,
        {r.label: r for r in local.respondents},
        {r.label: r for r in incoming.respondents},
    )
    slots += planner.merge(
        _ANSWERS,
        {a.answer.statement_id: a for a in local.answers},
        {a.answer.statement_id: a for a in incoming.answers},
    )
    slots += planner.merge(_VOTES, _index_votes(local), _index_votes(incoming))
    slots += planner.merge(
        _PLAN, {e.entry.key: e for e in local.plan}, {e.entry.key: e for e in incoming.plan}
    )
    conflicts = tuple(c for s in slots for c in _conflicts(s))
    return MergePlan(
        local,
        incoming,
        conflicts,
        tuple(planner.changes),
        tuple(slots),
        dict(graves.result),
    )


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


def _conflicts(slot: _Slot) -> list[Conflict]:
    if not slot.pending:
        return []
    key, respondent = _describe_key(slot.kind, slot.key)
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
    by_slot: dict[tuple[str, str, str], list[Conflict]] = {}
    for c in plan.conflicts:
        by_slot.setdefault((c.kind, c.key, c.respondent), []).append(c)
    graves = dict(plan.graves)
    records: dict[str, list[Any]] = {}
    for slot in plan.slots:
        record = slot.record
        if slot.pending:
            key, respondent = _describe_key(slot.kind, slot.key)
            asked = by_slot[(slot.kind.name, key, respondent)]
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
    return _assemble(plan.local, records, graves)


def _assemble(
    local: AssessmentSnapshot, records: Mapping[str, list[Any]], graves: Mapping[str, Tombstone]
) -> AssessmentSnapshot:
    info_record: _Info = records[INFO][0]
    respondents = sorted(records.get(_RESPONDENTS.name, []), key=lambda r: r.label)
    uuid_of = {r.label: r.stamp.uuid for r in respondents}
    votes = [
        replace(v.vote, respondent=uuid_of[v.label])
        for v in records.get(_VOTES.name, [])
        if v.label in uuid_of  # a deleted respondent's votes go with it
    ]
    info = replace(
        info_record.info,
        id=local.info.id,
        respondents=tuple(
            RespondentInfo(0, r.label, r.role_group, r.headcount, r.stamp.uuid)
            for r in respondents
        ),
    )
    return AssessmentSnapshot(
        info=info,
        stamp=info_record.stamp,
        respondents=respondents,
        answers=sorted(records.get(_ANSWERS.name, []), key=lambda a: a.answer.statement_id),
        votes=sorted(votes, key=lambda v: (v.statement_id, v.respondent)),
        plan=sorted(records.get(_PLAN.name, []), key=lambda e: e.entry.key),
        tombstones=sorted(graves.values(), key=lambda g: g.uuid),
    )


def _comparable(s: AssessmentSnapshot) -> AssessmentSnapshot:
    """``s`` ordered as :func:`resolve` orders its result."""
    respondents = sorted(s.respondents, key=lambda r: r.label)
    return replace(
        s,
        info=replace(
            s.info,
            respondents=tuple(
                RespondentInfo(0, r.label, r.role_group, r.headcount, r.stamp.uuid)
                for r in respondents
            ),
        ),
        respondents=respondents,
        answers=sorted(s.answers, key=lambda a: a.answer.statement_id),
        votes=sorted(s.votes, key=lambda v: (v.statement_id, v.respondent)),
        plan=sorted(s.plan, key=lambda e: e.entry.key),
        tombstones=sorted(s.tombstones, key=lambda g: g.uuid),
    )


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
