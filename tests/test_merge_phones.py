"""Merging copies where phones voted on two laptops, in rounds.

Phones are numbered per laptop ("Gerät 1" on each), so two different phones meet under one
label; the same phone may also have joined both laptops. Whatever the order of merges, no
vote may be lost or doubled, and every respondent must end with a label of its own, the
same whichever side merged.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop_app.domain.answers import AnswerKind
from desktop_app.domain.assessment import DEVICE_LABEL
from desktop_app.domain.merge import Pick, plan_merge, resolve
from desktop_app.domain.snapshot import AssessmentSnapshot, RecordKind, SnapshotRound, Version
from tests.merge_sim import STATEMENTS, VOTES, Clock, Device, base_snapshot, normal

SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
PHONES = ("phone-1", "phone-2", "phone-3", "phone-4")


def phone_edits() -> st.SearchStrategy[list[tuple[Any, ...]]]:
    vote = st.builds(
        lambda p, s, v, r: ("phone_vote", p, s, v, r),
        st.sampled_from(PHONES),
        st.sampled_from(STATEMENTS),
        st.sampled_from(VOTES),
        st.integers(1, 2),
    )
    join = st.builds(lambda p: ("join_phone", p), st.sampled_from(PHONES))
    return st.lists(st.one_of(vote, join), max_size=10)


def laptops(*edit_lists: list[tuple[Any, ...]]) -> list[Device]:
    clock = Clock()
    base = base_snapshot(clock)
    out = [Device(name, base, clock) for name in ("dev-a", "dev-b", "dev-c")[: len(edit_lists)]]
    for round_ in itertools.zip_longest(*edit_lists):
        for device, edit in zip(out, round_, strict=True):
            if edit is not None:
                device.apply(edit)
    return out


def phone_votes(s: AssessmentSnapshot) -> list[tuple[str, str, int]]:
    """(phone, statement, round) of every phone's vote."""
    device_of = {r.stamp.uuid: r.device for r in s.respondents}
    return [
        (device_of[v.respondent] or "", v.statement_id, v.round)
        for v in s.votes
        if device_of.get(v.respondent)
    ]


def check_labels(s: AssessmentSnapshot) -> None:
    labels = [r.label for r in s.respondents]
    assert len(labels) == len(set(labels)), labels
    for r in s.respondents:
        if r.device is not None:
            assert r.label.startswith(f"{DEVICE_LABEL} "), r.label
    devices = [r.device for r in s.respondents if r.device is not None]
    assert len(devices) == len(set(devices)), "one phone became two respondents"


def merged(local: AssessmentSnapshot, incoming: AssessmentSnapshot) -> AssessmentSnapshot:
    plan = plan_merge(local, incoming)
    choices = {c.id: Pick.MINE for c in plan.conflicts}
    return resolve(plan, choices, device="nobody", now=datetime(2026, 9, 16, tzinfo=UTC))


@SETTINGS
@given(a=phone_edits(), b=phone_edits())
def test_phones_of_two_laptops_merge_the_same_in_either_order(
    a: list[tuple[Any, ...]], b: list[tuple[Any, ...]]
) -> None:
    x, y = laptops(a, b)
    plan = plan_merge(x.snap, y.snap)
    # Phones' votes are facts: nothing here is asked.
    assert plan.conflicts == ()
    xy, yx = merged(x.snap, y.snap), merged(y.snap, x.snap)
    assert normal(xy) == normal(yx)
    check_labels(xy)
    clash = {r.label for r in x.snap.respondents} & {r.label for r in y.snap.respondents}
    event("labels clashed" if any(lb.startswith(DEVICE_LABEL) for lb in clash) else "no clash")
    # Every phone's vote of either laptop is there once, with the value of the later change.
    expected = set(phone_votes(x.snap)) | set(phone_votes(y.snap))
    got = phone_votes(xy)
    assert len(got) == len(set(got)), "a vote doubled"
    assert set(got) == expected, "a vote lost"
    # Merging the result again changes nothing, from either laptop's side.
    assert plan_merge(xy, y.snap).is_noop and plan_merge(xy, x.snap).is_noop
    assert normal(merged(y.snap, xy)) == normal(xy)


@SETTINGS
@given(a=phone_edits(), b=phone_edits(), c=phone_edits(), order=st.permutations([0, 1, 2]))
def test_no_phone_vote_is_lost_or_doubled_across_three_laptops(
    a: list[tuple[Any, ...]],
    b: list[tuple[Any, ...]],
    c: list[tuple[Any, ...]],
    order: list[int],
) -> None:
    devs = laptops(a, b, c)
    expected = set().union(*(set(phone_votes(d.snap)) for d in devs))
    result = devs[order[0]].snap
    for i in order[1:]:
        result = merged(result, devs[i].snap)
    got = phone_votes(result)
    assert len(got) == len(set(got)) and set(got) == expected
    check_labels(result)


def test_two_phones_numbered_alike_keep_both_and_the_smaller_uuid_keeps_the_label() -> None:
    x, y = laptops([("phone_vote", "phone-1", "A1", (AnswerKind.RATED, 1), 1)],
                   [("phone_vote", "phone-2", "A1", (AnswerKind.RATED, 3), 1)])
    gx = next(r for r in x.snap.respondents if r.device == "phone-1")
    gy = next(r for r in y.snap.respondents if r.device == "phone-2")
    assert gx.label == gy.label == f"{DEVICE_LABEL} 1"
    for result in (merged(x.snap, y.snap), merged(y.snap, x.snap)):
        labels = {r.device: r.label for r in result.respondents if r.device}
        first, second = sorted((gx, gy), key=lambda r: r.stamp.uuid)
        assert labels[first.device] == f"{DEVICE_LABEL} 1"
        assert labels[second.device] == f"{DEVICE_LABEL} 2"
        assert sorted(phone_votes(result)) == [("phone-1", "A1", 1), ("phone-2", "A1", 1)]


def _round(uuid: str, opened: int, closed: int | None, statements: tuple[str, ...],
           device: str) -> SnapshotRound:
    def at(hour: int) -> datetime:
        return datetime(2026, 9, 15, hour, tzinfo=UTC)

    return SnapshotRound(uuid, 2, statements, at(opened), at(closed) if closed else None,
                         device, Version.of({device: 2 if closed else 1}))


def test_rounds_of_one_number_from_two_laptops_become_one() -> None:
    x, y = laptops([], [])
    ua, ub = "00000000-0000-4000-8000-00000000000a", "00000000-0000-4000-8000-00000000000b"
    both_closed = [
        (_round(ua, 10, 11, ("A1", "A2"), "dev-a"), _round(ub, 9, 12, ("B1", "A1"), "dev-b")),
        (_round(ua, 10, 11, ("A1", "A2"), "dev-a"), _round(ub, 9, None, ("B1", "A1"), "dev-b")),
    ]
    for (ra, rb), closed in zip(both_closed, (True, False), strict=True):
        xa = x.snap.__class__(**{**x.snap.__dict__, "rounds": [ra]})
        yb = y.snap.__class__(**{**y.snap.__dict__, "rounds": [rb]})
        for result in (merged(xa, yb), merged(yb, xa)):
            [joined] = result.rounds
            assert joined.uuid == ua  # the smaller UUID stays ...
            graves = {g.uuid: g.kind for g in result.tombstones}
            assert graves[ub] is RecordKind.VOTING_ROUND  # ... the other is known as merged
            assert joined.statement_ids == ("A1", "A2", "B1")
            assert joined.opened_at == rb.opened_at  # the earlier opening
            if closed:
                assert joined.closed_at == rb.closed_at  # the later closing
            else:
                assert joined.closed_at is None  # open on one side: open, votes hidden
            assert plan_merge(result, yb).is_noop and plan_merge(result, xa).is_noop
