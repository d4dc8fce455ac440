"""Merging diverged copies, over generated edits on two and three devices.

Every case starts from one snapshot; each device edits its copy as the repository would
(``tests/merge_sim.py`` notes which fields it changed); then the copies are merged in
generated orders. The merge must find every conflict the model of changes implies and no
other, change nothing when a file is merged twice, give the same result in any order when
nothing conflicts, and never lose or double a vote.
"""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop_app.domain.merge import EXISTS, Pick, plan_merge, resolve
from desktop_app.domain.snapshot import AssessmentSnapshot, Order
from tests.merge_sim import (
    ANSWER_VALUES,
    INFO_VALUES,
    LABELS,
    PLAN_KEYS,
    PLAN_VALUES,
    STATEMENTS,
    VOTES,
    Clock,
    Device,
    base_snapshot,
    normal,
)

SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _field_value(values: dict[str, tuple[Any, ...]]) -> st.SearchStrategy[tuple[str, Any]]:
    return st.sampled_from(sorted(values)).flatmap(
        lambda f: st.tuples(st.just(f), st.sampled_from(values[f]))
    )


def edits(
    statements: tuple[str, ...] = STATEMENTS, plan_keys: tuple[str, ...] = PLAN_KEYS,
    *, info: bool = True,
) -> st.SearchStrategy[list[tuple[Any, ...]]]:
    one = st.one_of(
        st.builds(lambda s, fv: ("set_answer", s, *fv), st.sampled_from(statements),
                  _field_value(ANSWER_VALUES)),
        st.builds(lambda lb, s, v: ("set_vote", lb, s, v), st.sampled_from(LABELS),
                  st.sampled_from(STATEMENTS), st.sampled_from((*VOTES, None))),
        st.builds(lambda lb: ("add_respondent", lb), st.sampled_from(LABELS)),
        st.builds(lambda k, fv: ("set_plan", k, *fv), st.sampled_from(plan_keys),
                  _field_value(PLAN_VALUES)),
        st.just(("add_own",)),
        st.builds(lambda i: ("delete_own", i), st.integers(0, 3)),
        *([st.builds(lambda fv: ("set_info", *fv), _field_value(INFO_VALUES))] if info else []),
    )
    return st.lists(one, max_size=12)


def devices(n: int, edit_lists: list[list[tuple[Any, ...]]]) -> list[Device]:
    clock = Clock()
    base = base_snapshot(clock)
    out = [Device(name, base, clock) for name in ("dev-a", "dev-b", "dev-c")[:n]]
    # Interleave the devices' edits, as workshops in parallel rooms would.
    for round_ in itertools.zip_longest(*edit_lists):
        for device, edit in zip(out, round_, strict=True):
            if edit is not None:
                device.apply(edit)
    return out


def merged(local: AssessmentSnapshot, incoming: AssessmentSnapshot) -> AssessmentSnapshot | None:
    """The conflict-free merge, or None when something would have to be decided."""
    plan = plan_merge(local, incoming)
    if plan.conflicts:
        return None
    return resolve(plan, {}, device="nobody", now=Clock()())


# -- the conflicts the model implies ------------------------------------------------------------
def _values(d: Device) -> dict[tuple[str, Any], dict[str, Any]]:
    """Every live record's fields by (kind, natural key), as the merge compares them."""
    s = d.snap
    labels = d.labels()
    out: dict[tuple[str, Any], dict[str, Any]] = {
        ("info", ""): {f: getattr(s.info, f) for f in INFO_VALUES},
    }
    for a in s.answers:
        x = a.answer
        out[("answer", x.statement_id)] = {
            "consensus": (x.kind, x.level), "target": x.target, "comment": x.comment,
            "flagged": x.flagged, "evidence": x.evidence,
            "not_relevant_reason": x.not_relevant_reason,
        }
    for e in s.plan:
        p = e.entry
        out[("plan_entry", p.key)] = {
            "decision": p.decision, "owner": p.owner, "due": p.due, "note": p.note,
            "title": p.title,
        }
    for r in s.respondents:
        out[("respondent", r.label)] = {"role_group": r.role_group, "headcount": r.headcount}
    for v in s.votes:
        out[("vote", (labels[v.respondent], v.statement_id))] = {"vote": (v.kind, v.level)}
    return out


def _uuids(d: Device) -> dict[tuple[str, Any], str]:
    s, labels = d.snap, d.labels()
    out: dict[tuple[str, Any], str] = {}
    out.update({("answer", a.answer.statement_id): a.stamp.uuid for a in s.answers})
    out.update({("plan_entry", e.entry.key): e.stamp.uuid for e in s.plan})
    out.update({("respondent", r.label): r.stamp.uuid for r in s.respondents})
    out.update({("vote", (labels[v.respondent], v.statement_id)): v.stamp.uuid for v in s.votes})
    return out


def _key(c: Any) -> tuple[str, Any]:
    if c.kind == "vote":
        return ("vote", (c.respondent, c.key))
    return (c.kind, c.key)


def _changed_base_records(d: Device, base: AssessmentSnapshot) -> set[str]:
    """UUIDs of records from the start that ``d`` still holds and changed since."""
    start = {
        x.stamp.uuid: x.stamp.version
        for part in (base.answers, base.plan, base.respondents, base.votes) for x in part
    }
    mine = [x.stamp for part in (d.snap.answers, d.snap.plan, d.snap.respondents, d.snap.votes)
            for x in part]
    return {s.uuid for s in mine if s.uuid in start and s.version != start[s.uuid]}


@SETTINGS
@given(a=edits(), b=edits())
def test_every_conflict_the_changes_imply_is_found_and_no_other(
    a: list[tuple[Any, ...]], b: list[tuple[Any, ...]]
) -> None:
    x, y = devices(2, [a, b])
    plan = plan_merge(x.snap, y.snap)
    found = {(_key(c), c.field) for c in plan.conflicts}
    event(f"conflicts: {min(len(found), 3)}")
    vx, vy = _values(x), _values(y)

    # Changed on both sides to different values: always asked (votes: decided by time).
    for key in x.touched.keys() & y.touched.keys():
        if key[0] == "vote" or key not in vx or key not in vy:
            continue
        for f in x.touched[key] & y.touched[key]:
            if vx[key][f] != vy[key][f]:
                assert (key, f) in found, (key, f, vx[key][f], vy[key][f])
    # And only that: a field asked about differs, on a record both sides changed.
    for key, f in found:
        if f == EXISTS:
            continue
        assert key[0] != "vote"
        assert key in x.touched and key in y.touched, (key, f)
        assert vx[key][f] != vy[key][f]

    # Deleted on one side, changed on the other (the same record): asked, else never.
    base = base_snapshot(Clock())
    changed = {d.name: _changed_base_records(d, base) for d in (x, y)}
    ux, uy = _uuids(x), _uuids(y)
    expected_exists = set()
    for deleter, keeper, u_deleter, u_keeper in ((x, y, ux, uy), (y, x, uy, ux)):
        graves = {g.uuid for g in deleter.snap.tombstones}
        for key, uuid in u_keeper.items():
            if uuid in graves and uuid in changed[keeper.name] and key not in u_deleter:
                expected_exists.add(key)
    assert {k for k, f in found if f == EXISTS} == expected_exists


@SETTINGS
@given(a=edits(), b=edits(), picks=st.lists(st.sampled_from(Pick), max_size=40))
def test_merging_the_same_file_twice_changes_nothing_and_both_sides_converge(
    a: list[tuple[Any, ...]], b: list[tuple[Any, ...]], picks: list[Pick]
) -> None:
    x, y = devices(2, [a, b])
    file_of_y = y.snap
    plan = plan_merge(x.snap, file_of_y)
    choices = {c.id: picks[i % len(picks)] if picks else Pick.MINE
               for i, c in enumerate(plan.conflicts)}
    x.snap = resolve(plan, choices, device=x.name, now=x.clock())
    once = x.snap

    again = plan_merge(once, file_of_y)
    assert again.conflicts == () and again.changes == ()
    assert again.is_noop
    assert resolve(again, {}, device=x.name, now=x.clock()) == normal(once)

    # The other device takes the result without a question, and both then hold the same.
    back = plan_merge(y.snap, once)
    assert back.conflicts == ()
    y.snap = resolve(back, {}, device=y.name, now=y.clock())
    assert normal(y.snap) == normal(once)


@SETTINGS
@given(a=edits(), b=edits())
def test_without_conflicts_the_order_of_two_merges_does_not_matter(
    a: list[tuple[Any, ...]], b: list[tuple[Any, ...]]
) -> None:
    x, y = devices(2, [a, b])
    xy, yx = merged(x.snap, y.snap), merged(y.snap, x.snap)
    assert (xy is None) == (yx is None)  # a conflict is one from either side
    event("conflict-free" if xy is not None else "with conflicts")
    if xy is not None and yx is not None:
        assert normal(xy) == normal(yx)


# Three devices that share votes but each keeps to its own statements and measures, so most
# cases are free of conflicts (votes on the same statement meet; the later one wins).
@SETTINGS
@given(
    a=edits(("A1",), ("rec:O-A1",), info=True),
    b=edits(("A2",), ("rec:O-A2",), info=False),
    c=edits(("B1",), ("clarify:A2",), info=False),
)
def test_without_conflicts_three_copies_merge_the_same_in_any_grouping(
    a: list[tuple[Any, ...]], b: list[tuple[Any, ...]], c: list[tuple[Any, ...]]
) -> None:
    x, y, z = (d.snap for d in devices(3, [a, b, c]))
    xy, yz = merged(x, y), merged(y, z)
    if xy is None or yz is None:
        event("with conflicts")
        return
    left, right = merged(xy, z), merged(x, yz)
    if left is None or right is None:
        event("with conflicts")
        return
    event("conflict-free")
    # Every record, value, identity and version is the same in any grouping and order ...
    results = [left, right]
    for first, second, third in itertools.permutations((x, y, z)):
        pair = merged(first, second)
        assert pair is not None
        last = merged(pair, third)
        assert last is not None
        results.append(last)
    for other in results[1:]:
        assert normal(other, grave_details=False) == normal(left, grave_details=False)
        # ... and where copies of one record from three devices met, the tombstones of the
        # merged-away copies may carry different versions; each sees the other as its own.
        assert merged(other, left) is not None and merged(left, other) is not None
        assert normal(merged(other, left) or left, grave_details=False) == normal(
            left, grave_details=False
        )


@SETTINGS
@given(
    a=edits(), b=edits(), c=edits(),
    order=st.permutations([0, 1, 2]),
    picks=st.lists(st.sampled_from(Pick), min_size=1, max_size=20),
)
def test_no_vote_is_lost_or_doubled(
    a: list[tuple[Any, ...]], b: list[tuple[Any, ...]], c: list[tuple[Any, ...]],
    order: list[int], picks: list[Pick],
) -> None:
    devs = devices(3, [a, b, c])
    before = [(d.labels(), list(d.snap.votes), {g.uuid for g in d.snap.tombstones})
              for d in devs]
    target = devs[order[0]]
    for n, i in enumerate(order[1:]):
        target.merge(devs[i].snap, default=picks[n % len(picks)])
    result = target.snap
    labels = {r.stamp.uuid: r.label for r in result.respondents}
    keys = [(labels[v.respondent], v.statement_id) for v in result.votes]
    assert len(keys) == len(set(keys)), "a vote doubled"
    assert len({v.stamp.uuid for v in result.votes}) == len(result.votes)
    # Every vote some device held is still there, unless another device deleted it.
    for i, (names, votes, _graves) in enumerate(before):
        deleted_elsewhere = set().union(*(g for j, (_, _, g) in enumerate(before) if j != i))
        for v in votes:
            if v.stamp.uuid not in deleted_elsewhere:
                assert (names[v.respondent], v.statement_id) in keys, "a vote lost"
    # And every vote in the result is one a device gave (no value is made up).
    given_values = {((names[v.respondent], v.statement_id), (v.kind, v.level))
                    for names, votes, _ in before for v in votes}
    for key, v in zip(keys, result.votes, strict=True):
        assert (key, (v.kind, v.level)) in given_values


def test_version_vectors_order_copies_of_one_record() -> None:
    from desktop_app.domain.snapshot import Version

    a = Version.of({"a": 2})
    assert a.compare(a.bumped("a")) is Order.BEFORE
    assert a.bumped("b").compare(a) is Order.AFTER
    assert a.bumped("a").compare(a.bumped("b")) is Order.CONCURRENT
    assert a.bumped("a").merged(a.bumped("b")).as_dict() == {"a": 3, "b": 1}
    assert Version().compare(Version()) is Order.EQUAL
    assert a.bumped("") == a  # a write without a device counts nothing
