"""Workshops with phones, rounds, role groups and tallies: export, import and merge them.

Real data folders stand for laptops. What a workshop recorded — phones' votes in rounds,
hand-counted tallies, role groups with headcounts, the rationale of a consensus — must
survive an export to a fresh folder and a merge of two laptops' copies, with the votes of a
round still open hidden as they were.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.assessment import DEVICE_LABEL, NewAssessment, Phase, RoleGroup
from desktop_app.domain.merge import Pick
from desktop_app.domain.model import Guideline
from desktop_app.domain.snapshot import AssessmentSnapshot, RecordKind
from desktop_app.services.workspace import Workspace

RATED = AnswerKind.RATED


def _start(ws: Workspace) -> int:
    return ws.create_assessment(NewAssessment(
        municipality="Stadt Lindenfeld", project="Digitaler Zwilling", phase=Phase.PLANNING,
        held_on=date(2026, 9, 15), title="Auftakt",
        role_groups=(RoleGroup("IT", 3), RoleGroup("Personalrat", 2)),
    ))


@pytest.fixture
def laptops(tmp_path: Path, guideline: Guideline) -> Iterator[tuple[Workspace, Workspace, int]]:
    """Laptop A made the assessment; laptop B imported its file."""
    a, b = Workspace(tmp_path / "a"), Workspace(tmp_path / "b")
    for ws in (a, b):
        ws.store.adopt(guideline)
    aid = _start(a)
    a.save_tally(aid, "A1", "IT", {"2": 1, "3": 2})
    assert b.import_file(a.export(aid, tmp_path / "start.json")) == aid
    yield a, b, aid
    a.close()
    b.close()


def _same(x: AssessmentSnapshot, y: AssessmentSnapshot) -> None:
    """The same workshop, record by record (identities, versions, times and values)."""
    def plain(s: AssessmentSnapshot) -> dict[str, Any]:
        labels = {r.stamp.uuid: r.label for r in s.respondents}
        return {
            "respondents": sorted(((r.stamp, r.label, r.role_group, r.headcount, r.device)
                                   for r in s.respondents), key=repr),
            "answers": sorted(((a.stamp, a.answer) for a in s.answers), key=repr),
            "votes": sorted(((v.stamp, labels[v.respondent], v.statement_id, v.round, v.kind,
                              v.level) for v in s.votes), key=repr),
            "role_groups": [(g.stamp, g.name, g.headcount, g.position) for g in s.role_groups],
            "rounds": list(s.rounds),
            "tallies": sorted(((t.stamp, t.statement_id, t.round, t.role_group, t.choice,
                                t.count) for t in s.tallies), key=repr),
            "tombstones": sorted(s.tombstones, key=lambda g: g.uuid),
        }

    assert plain(x) == plain(y)


def _workshop(ws: Workspace, aid: int) -> None:
    """Two phones vote in round 1 (closed) and round 2 (still open); a tally; a rationale."""
    one = ws.join_device(aid, "phone-one", "IT")
    two = ws.join_device(aid, "phone-two", "Personalrat")
    first = ws.open_round(aid, ["A1", "A2"])
    ws.save_votes(aid, [(one, "A1", RATED, 1), (two, "A1", RATED, 2),
                        (two, "A2", AnswerKind.UNKNOWN, None)], first.number)
    ws.close_round(aid)
    second = ws.open_round(aid, ["A1"])
    ws.save_votes(aid, [(one, "A1", RATED, 3), (two, "A1", RATED, 3)], second.number)
    ws.save_tally(aid, "A2", "Personalrat", {"4": 2, "unknown": 1}, round=first.number)
    ws.save_answer(aid, Answer("A1", RATED, 2, rationale="Median der ersten Runde"))
    ws.set_role_groups(aid, [RoleGroup("IT", 4), RoleGroup("Personalrat", 2)])


def test_export_and_import_on_a_fresh_folder_keeps_the_whole_workshop(
    tmp_path: Path, guideline: Guideline
) -> None:
    a, fresh = Workspace(tmp_path / "a"), Workspace(tmp_path / "fresh")
    try:
        for ws in (a, fresh):
            ws.store.adopt(guideline)
        aid = _start(a)
        _workshop(a, aid)
        new_id = fresh.import_file(a.export(aid, tmp_path / "workshop.json"))
        mine, theirs = a.snapshot(aid), fresh.snapshot(new_id)
        _same(mine, theirs)
        # Spelled out: nothing of the workshop went missing on the way.
        assert [(r.number, r.statement_ids, r.closed_at is None) for r in theirs.rounds] == [
            (1, ("A1", "A2"), False), (2, ("A1",), True)]
        assert {(t.role_group, t.choice): t.count for t in theirs.tallies if t.count} == {
            ("Personalrat", "4"): 2, ("Personalrat", "unknown"): 1}
        assert [(g.name, g.headcount) for g in fresh.info(new_id).role_groups] == [
            ("IT", 4), ("Personalrat", 2)]
        assert {r.label: r.device for r in theirs.respondents} == {
            f"{DEVICE_LABEL} 1": "phone-one", f"{DEVICE_LABEL} 2": "phone-two"}
        assert fresh.answers(new_id).answers["A1"].rationale == "Median der ersten Runde"
        # Round 2 is open: its votes are there but hidden, on both laptops alike.
        assert len([v for v in theirs.votes if v.round == 2]) == 2
        assert fresh.answers(new_id) == a.answers(aid)
        assert {v.round for v in fresh.answers(new_id).answers["A1"].votes} == {1}
        # And merging the file back changes nothing.
        plan = a.plan_merge(tmp_path / "workshop.json")
        assert plan.is_noop and plan.conflicts == ()
    finally:
        a.close()
        fresh.close()


def test_two_rounds_stay_two_through_export_import_and_merge(laptops: Any, tmp_path: Path) -> None:
    a, b, aid = laptops
    phone = a.join_device(aid, "phone-one", "IT")
    a.open_round(aid, ["A1"])
    a.save_votes(aid, [(phone, "A1", RATED, 1)], 1)
    a.close_round(aid)
    a.open_round(aid, ["A1"])
    a.save_votes(aid, [(phone, "A1", RATED, 4)], 2)
    a.close_round(aid)
    plan = b.plan_merge(a.export(aid, tmp_path / "a.json"))
    assert plan.conflicts == ()
    b.apply_merge(plan)
    for ws in (a, b):
        history = ws.vote_history(aid, "A1")
        assert {n: [v.level for v in votes if not v.tally] for n, votes in history.items()} == {
            1: [1], 2: [4]}
    # B changes the second round's vote; A takes it without touching the first round.
    b.save_vote(aid, next(r.id for r in b.info(aid).respondents if r.device == "phone-one"),
                "A1", RATED, 3, round=2)
    a.apply_merge(a.plan_merge(b.export(aid, tmp_path / "b.json")))
    votes = sorted((v.round, v.level) for v in a.snapshot(aid).votes)
    assert votes == [(1, 1), (2, 3)]


def test_phones_of_two_laptops_stay_apart_and_numbered(laptops: Any, tmp_path: Path) -> None:
    a, b, aid = laptops
    for ws, phone, level in ((a, "phone-on-a", 1), (b, "phone-on-b", 4)):
        rid = ws.join_device(aid, phone, "IT")
        ws.save_vote(aid, rid, "A1", RATED, level)
        assert {r.label for r in ws.info(aid).respondents} == {f"{DEVICE_LABEL} 1"}
    file_a, file_b = a.export(aid, tmp_path / "a.json"), b.export(aid, tmp_path / "b.json")
    a.apply_merge(a.plan_merge(file_b))
    b.apply_merge(b.plan_merge(file_a))
    results = []
    for ws in (a, b):
        snap = ws.snapshot(aid)
        labels = {r.device: (r.label, r.stamp.uuid) for r in snap.respondents}
        assert {label for label, _ in labels.values()} == {f"{DEVICE_LABEL} 1",
                                                          f"{DEVICE_LABEL} 2"}
        first = min(labels.values(), key=lambda lu: lu[1])
        assert first[0] == f"{DEVICE_LABEL} 1"  # the smaller UUID keeps the label
        devices = {r.stamp.uuid: r.device for r in snap.respondents}
        results.append(({d: lb for d, (lb, _) in labels.items()},
                        sorted((devices[v.respondent], v.level) for v in snap.votes)))
    assert results[0] == results[1]  # both laptops hold the same, whichever merged
    assert results[0][1] == [("phone-on-a", 1), ("phone-on-b", 4)]
    # A phone joining afterwards gets the next number.
    a.join_device(aid, "phone-late", "IT")
    assert {r.label for r in a.info(aid).respondents} == {
        f"{DEVICE_LABEL} {n}" for n in (1, 2, 3)}


def test_votes_of_a_round_open_on_either_side_stay_hidden(laptops: Any, tmp_path: Path) -> None:
    a, b, aid = laptops
    for ws, phone, statements in ((a, "phone-a", ["A1"]), (b, "phone-b", ["A2"])):
        rid = ws.join_device(aid, phone, "IT")
        ws.open_round(aid, statements)
        ws.save_vote(aid, rid, statements[0], RATED, 2, round=1)
    a.close_round(aid)  # closed on A, still open on B
    a.apply_merge(a.plan_merge(b.export(aid, tmp_path / "b.json")))
    [joined] = a.voting_rounds(aid)
    assert joined.is_open and set(joined.statement_ids) == {"A1", "A2"}
    assert len(a.snapshot(aid).votes) == 2  # kept ...
    answers = a.answers(aid).answers
    assert all(not x.votes or all(v.tally for v in x.votes) for x in answers.values())  # hidden
    a.close_round(aid)
    answers = a.answers(aid).answers
    assert [v.level for v in answers["A1"].votes if not v.tally] == [2]
    assert [v.level for v in answers["A2"].votes if not v.tally] == [2]


def test_rationale_headcount_and_tally_merge_as_fields(laptops: Any, tmp_path: Path) -> None:
    a, b, aid = laptops
    # One side changed: taken without asking.
    a.save_answer(aid, Answer("A1", RATED, 2, rationale="Beide Runden gleich"))
    b.set_role_groups(aid, [RoleGroup("IT", 5), RoleGroup("Personalrat", 2)])
    b.save_tally(aid, "A1", "IT", {"2": 1, "3": 4})
    plan = a.plan_merge(b.export(aid, tmp_path / "b1.json"))
    assert plan.conflicts == ()
    a.apply_merge(plan)
    assert a.answers(aid).answers["A1"].rationale == "Beide Runden gleich"
    assert [(g.name, g.headcount) for g in a.info(aid).role_groups] == [
        ("IT", 5), ("Personalrat", 2)]
    counts = {t.choice: t.count for t in a.snapshot(aid).tallies if t.role_group == "IT"}
    assert counts["3"] == 4 and counts["2"] == 1
    # Both changed the same fields differently: each is asked about.
    b.apply_merge(b.plan_merge(a.export(aid, tmp_path / "a1.json")))
    a.save_answer(aid, Answer("A1", RATED, 2, rationale="Sicht A"))
    b.save_answer(aid, Answer("A1", RATED, 2, rationale="Sicht B"))
    a.set_role_groups(aid, [RoleGroup("IT", 6), RoleGroup("Personalrat", 2)])
    b.set_role_groups(aid, [RoleGroup("IT", 7), RoleGroup("Personalrat", 2)])
    a.save_tally(aid, "A1", "IT", {"2": 1, "3": 5})
    b.save_tally(aid, "A1", "IT", {"2": 1, "3": 6})
    plan = a.plan_merge(b.export(aid, tmp_path / "b2.json"))
    asked = {(c.kind, c.field, c.mine.value, c.theirs.value) for c in plan.conflicts}
    assert asked == {
        ("answer", "rationale", "Sicht A", "Sicht B"),
        (RecordKind.ROLE_GROUP.value, "headcount", 6, 7),
        (RecordKind.TALLY.value, "count", 5, 6),
    }
    a.apply_merge(plan, {c.id: Pick.THEIRS for c in plan.conflicts})
    assert a.answers(aid).answers["A1"].rationale == "Sicht B"
    assert [g.headcount for g in a.info(aid).role_groups] == [7, 2]
    assert {t.choice: t.count for t in a.snapshot(aid).tallies if t.role_group == "IT"}["3"] == 6


def test_counting_changes_uses_no_sqlite_json_functions(laptops: Any) -> None:
    """Version vectors are counted in Python, so the same writes run on PostgreSQL."""
    a, _b, aid = laptops
    seen: list[str] = []

    def remember(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement.lower())

    event.listen(a.db.engine, "before_cursor_execute", remember)
    try:
        a.update_info(aid, title="Neu")
        a.save_answer(aid, Answer("A1", RATED, 3))
        rid = a.join_device(aid, "phone-one", "IT")
        a.save_vote(aid, rid, "A1", RATED, 1)
        a.save_votes(aid, [(rid, "A2", RATED, 2)], 1)
        a.save_tally(aid, "A1", "IT", {"3": 3})
        a.set_role_groups(aid, [RoleGroup("IT", 9)])
        a.open_round(aid, ["A1"])
        a.close_round(aid)
    finally:
        event.remove(a.db.engine, "before_cursor_execute", remember)
    assert seen and not [s for s in seen if "json_" in s]
    snap = a.snapshot(aid)
    dev = a.db.device
    assert snap.stamp.version.as_dict()[dev] >= 1
    # A tally saved with one count changed counts a change on that count only.
    it = {t.choice: t.stamp.version.as_dict().get(dev, 0) for t in snap.tallies
          if t.role_group == "IT" and t.statement_id == "A1"}
    assert it["3"] == 2 and it["2"] == 2 and it["0"] == 1
