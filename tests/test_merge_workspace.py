"""Merging through the service and real SQLite files: versions, one transaction, refusals.

Two or three data folders stand for laptops; exchange files carry the assessment between
them. What the domain decides (``tests/test_merge_properties.py``) must arrive in the
database exactly, in one transaction, and only when every conflict is decided.
"""

from __future__ import annotations

import itertools
import json
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.assessment import NewAssessment, NewRespondent, Phase
from desktop_app.domain.merge import EXISTS, Edited, Pick, Undecided
from desktop_app.domain.model import Category, Guideline, Text
from desktop_app.domain.own import OwnStatement
from desktop_app.domain.plan import Decision, PlanEntry
from desktop_app.exchange.format import ExchangeError, dumps
from desktop_app.services.workspace import Workspace
from desktop_app.storage import merge_store
from tests.exchange_docs import as_v1, seal, stamp
from tests.merge_sim import ANSWER_VALUES, LABELS, PLAN_VALUES, VOTES

TABLES = ("municipality", "project", "assessment", "respondent", "answer", "vote", "plan_entry",
          "tombstone", "role_group", "voting_round", "tally")


def dump(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every content table, without the local integer keys' order mattering."""
    con = sqlite3.connect(ws.database_path)
    try:
        out = {}
        for t in TABLES:
            rows = con.execute(f"SELECT * FROM {t}").fetchall()
            out[t] = sorted(tuple(str(v) for v in row) for row in rows)
        return out
    finally:
        con.close()


def counts(ws: Workspace) -> dict[str, int]:
    con = sqlite3.connect(ws.database_path)
    try:
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in (*TABLES, "import_log")}
    finally:
        con.close()


@pytest.fixture
def laptops(tmp_path: Path, guideline: Guideline) -> Iterator[tuple[Workspace, Workspace, int]]:
    """Laptop A made the assessment; laptop B imported its file: same records on both."""
    a, b = Workspace(tmp_path / "a"), Workspace(tmp_path / "b")
    for ws in (a, b):
        ws.store.adopt(guideline)
    aid = a.create_assessment(NewAssessment(
        municipality="Stadt Lindenfeld", project="Digitaler Zwilling", phase=Phase.PLANNING,
        held_on=date(2026, 9, 15), title="Auftakt",
        respondents=(NewRespondent("Leitung"), NewRespondent("IT")),
    ))
    a.save_answer(aid, Answer("A1", AnswerKind.RATED, 2, comment="Start"))
    a.save_plan_entry(aid, PlanEntry("rec:O-A1", decision=Decision.ACCEPTED, owner="CDO"))
    bid = b.import_file(a.export(aid, tmp_path / "start.json"))
    assert bid == aid == 1
    yield a, b, aid
    a.close()
    b.close()


def respondent_id(ws: Workspace, aid: int, label: str) -> int:
    return next(r.id for r in ws.info(aid).respondents if r.label == label)


# -- every write counts --------------------------------------------------------------------------
def test_every_local_write_counts_one_change_of_this_device(laptops: Any) -> None:
    a, _b, aid = laptops
    dev = a.db.device
    versions = lambda: a.snapshot(aid)  # noqa: E731
    assert versions().stamp.version.as_dict() == {dev: 1}
    a.update_info(aid, title="Neu")
    a.save_answer(aid, Answer("A1", AnswerKind.RATED, 3))
    a.save_answer(aid, Answer("A2", AnswerKind.UNKNOWN))
    leitung = respondent_id(a, aid, "Leitung")
    a.save_vote(aid, leitung, "A1", AnswerKind.RATED, 1)
    a.save_vote(aid, leitung, "A1", AnswerKind.RATED, 2)
    a.save_plan_entry(aid, PlanEntry("rec:O-A1", decision=Decision.REJECTED))
    own = a.add_own_measure(aid, PlanEntry("", title="Eigene"))
    a.add_respondent(aid, NewRespondent("Personalrat"))
    snap = versions()
    assert snap.stamp.version.as_dict() == {dev: 2}
    answers = {x.answer.statement_id: x.stamp.version.as_dict() for x in snap.answers}
    assert answers == {"A1": {dev: 2}, "A2": {dev: 1}}
    assert [v.stamp.version.as_dict() for v in snap.votes] == [{dev: 2}]
    plan = {e.entry.key: e.stamp.version.as_dict() for e in snap.plan}
    assert plan == {"rec:O-A1": {dev: 2}, own.key: {dev: 1}}
    assert {r.label: r.stamp.version.as_dict() for r in snap.respondents} == {
        "Leitung": {dev: 1}, "IT": {dev: 1}, "Personalrat": {dev: 1}}
    # A deletion leaves a tombstone with the record's version plus the deletion.
    a.save_vote(aid, leitung, "A1", None)
    a.delete_plan_entry(aid, own.key)
    graves = {g.kind.value: g.version.as_dict() for g in versions().tombstones}
    assert graves == {"vote": {dev: 3}, "plan_entry": {dev: 2}}


def test_an_imported_file_keeps_every_identity_time_and_version(laptops: Any,
                                                                 tmp_path: Path) -> None:
    a, b, aid = laptops
    a.save_vote(aid, respondent_id(a, aid, "IT"), "A1", AnswerKind.RATED, 4)
    a.save_vote(aid, respondent_id(a, aid, "IT"), "A1", None)
    first = json.loads(a.export(aid, tmp_path / "1.json").read_bytes())
    c = Workspace(tmp_path / "c")
    try:
        again = json.loads(c.export(c.import_file(tmp_path / "1.json"), tmp_path / "2.json")
                           .read_bytes())
    finally:
        c.close()
    assert again["assessment"] == first["assessment"]
    assert again["manifest"]["checksum"] == first["manifest"]["checksum"]
    assert len(first["assessment"]["tombstones"]) == 1


# -- merging ---------------------------------------------------------------------------------------
def test_changes_on_one_side_are_taken_and_conflicts_wait_for_decisions(
    laptops: Any, tmp_path: Path
) -> None:
    a, b, aid = laptops
    a.save_answer(aid, Answer("A1", AnswerKind.RATED, 3, comment="A sagt"))
    a.save_answer(aid, Answer("A2", AnswerKind.RATED, 1))
    b.save_answer(aid, Answer("A1", AnswerKind.RATED, 1, comment="B sagt"))
    b.save_plan_entry(aid, PlanEntry("rec:O-A1", decision=Decision.ACCEPTED, owner="Personalamt"))
    b.save_vote(aid, respondent_id(b, aid, "IT"), "A1", AnswerKind.RATED, 4)
    file_b = b.export(aid, tmp_path / "b.json")
    before = dump(a)

    plan = a.plan_merge(file_b)
    assert {(c.key, c.field) for c in plan.conflicts} == {("A1", "consensus"), ("A1", "comment")}
    assert {(c.kind, c.key, c.action.value) for c in plan.changes} == {
        ("plan_entry", "rec:O-A1", "updated"), ("vote", "A1", "added")}
    consensus = next(c for c in plan.conflicts if c.field == "consensus")
    assert consensus.mine.value == (AnswerKind.RATED, 3)
    assert consensus.theirs.value == (AnswerKind.RATED, 1)
    assert consensus.theirs.changed_by == b.db.device and consensus.mine.changed_by == a.db.device
    assert dump(a) == before  # planning writes nothing

    with pytest.raises(Undecided):
        a.apply_merge(plan, {consensus.id: Pick.THEIRS})
    assert dump(a) == before
    comment = next(c for c in plan.conflicts if c.field == "comment")
    with pytest.raises(ValueError):  # a rating is picked, never typed in
        a.apply_merge(plan, {consensus.id: Edited("3"), comment.id: Pick.MINE})
    assert dump(a) == before

    written = a.apply_merge(plan, {consensus.id: Pick.THEIRS,
                                   comment.id: Edited("A und B: siehe Protokoll")})
    assert written > 0
    merged = a.answers(aid).answers
    assert (merged["A1"].level, merged["A1"].comment) == (1, "A und B: siehe Protokoll")
    assert merged["A2"].level == 1
    assert [v.level for v in merged["A1"].votes] == [4]
    assert a.plan_entries(aid)[0].owner == "Personalamt"
    (log,) = a.import_log(aid)[-1:]
    assert (log.outcome, log.conflicts, log.source_device) == ("merged", 2, b.db.device)
    # The log keeps the file's checksum: the one its manifest states.
    manifest = json.loads(file_b.read_bytes())["manifest"]
    assert log.checksum == manifest["checksum"] and log.format_version == 2

    # Merging the same file again: nothing to ask, nothing written but the log's line.
    after = dump(a)
    again = a.plan_merge(file_b)
    assert again.conflicts == () and again.is_noop
    assert a.apply_merge(again) == 0
    assert dump(a) == after
    assert a.import_log(aid)[-1].outcome == "unchanged"

    # B takes A's result without a question; then both hold the same.
    b_plan = b.plan_merge(a.export(aid, tmp_path / "a.json"))
    assert b_plan.conflicts == ()
    b.apply_merge(b_plan)
    assert normal_snapshot(b, aid) == normal_snapshot(a, aid)


def normal_snapshot(ws: Workspace, aid: int) -> Any:
    from tests.merge_sim import normal

    return normal(ws.snapshot(aid))


def test_a_measure_deleted_here_and_changed_there_is_asked_about(laptops: Any,
                                                                 tmp_path: Path) -> None:
    a, b, aid = laptops
    own = a.add_own_measure(aid, PlanEntry("", title="Schulung"))
    b.apply_merge(b.plan_merge(a.export(aid, tmp_path / "1.json")))
    a.delete_plan_entry(aid, own.key)
    b.save_plan_entry(aid, replace(own, owner="Personalamt"))
    plan = a.plan_merge(b.export(aid, tmp_path / "2.json"))
    (c,) = plan.conflicts
    assert (c.field, c.mine.value, c.theirs.value, c.title) == (EXISTS, False, True, "Schulung")
    a.apply_merge(plan, {c.id: Pick.THEIRS})  # keep it, as B changed it
    assert [e.owner for e in a.plan_entries(aid) if e.key == own.key] == ["Personalamt"]
    assert own.key not in {g.uuid for g in a.snapshot(aid).tombstones}
    # B, merging A's decision, keeps it too; deleting it on B again goes through.
    b.apply_merge(b.plan_merge(a.export(aid, tmp_path / "3.json")))
    b.delete_plan_entry(aid, own.key)
    plan = a.plan_merge(b.export(aid, tmp_path / "4.json"))
    assert plan.conflicts == ()
    a.apply_merge(plan)
    assert own.key not in {e.key for e in a.plan_entries(aid)}


def test_the_same_respondent_added_on_two_laptops_becomes_one(laptops: Any,
                                                               tmp_path: Path) -> None:
    a, b, aid = laptops
    for ws, sid, level in ((a, "A1", 1), (b, "A2", 3)):
        rid = ws.add_respondent(aid, NewRespondent("Personalrat"))
        ws.save_vote(aid, rid, sid, AnswerKind.RATED, level)
    plan = a.plan_merge(b.export(aid, tmp_path / "b.json"))
    assert plan.conflicts == ()
    a.apply_merge(plan)
    info = a.info(aid)
    assert [r.label for r in info.respondents].count("Personalrat") == 1
    votes = {(v.respondent, sid, v.level) for sid, x in a.answers(aid).answers.items()
             for v in x.votes}
    assert votes == {("Personalrat", "A1", 1), ("Personalrat", "A2", 3)}


def test_a_merge_that_fails_midway_leaves_nothing(laptops: Any, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, aid = laptops
    b.save_answer(aid, Answer("A2", AnswerKind.RATED, 4))
    b.save_vote(aid, respondent_id(b, aid, "IT"), "A2", None)
    b.save_vote(aid, respondent_id(b, aid, "IT"), "A1", AnswerKind.RATED, 2)
    plan = a.plan_merge(b.export(aid, tmp_path / "b.json"))
    before, before_counts = dump(a), counts(a)

    def boom(*_args: Any) -> None:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(merge_store._Writer, "tombstones", boom)  # after every record write
    with pytest.raises(RuntimeError):
        a.apply_merge(plan)
    assert dump(a) == before and counts(a) == before_counts


def test_a_change_made_while_deciding_refuses_the_merge(laptops: Any, tmp_path: Path) -> None:
    a, b, aid = laptops
    b.save_answer(aid, Answer("A1", AnswerKind.RATED, 4, comment="B"))
    a.save_answer(aid, Answer("A1", AnswerKind.RATED, 0, comment="A"))
    plan = a.plan_merge(b.export(aid, tmp_path / "b.json"))
    a.save_answer(aid, Answer("A2", AnswerKind.RATED, 2))  # meanwhile, in the walk-through
    before = counts(a)
    with pytest.raises(ExchangeError) as info:
        a.apply_merge(plan, {c.id: Pick.THEIRS for c in plan.conflicts})
    assert info.value.code == "merge_outdated"
    assert "erneut zusammen" in info.value.message("de")
    assert counts(a) == before
    assert a.answers(aid).answers["A1"].comment == "A"


# -- refused files ---------------------------------------------------------------------------------
def _export_doc(ws: Workspace, aid: int, tmp_path: Path) -> dict[str, Any]:
    return json.loads(ws.export(aid, tmp_path / "x.json").read_bytes())


def _write(tmp_path: Path, doc: dict[str, Any], name: str = "bad.json") -> Path:
    path = tmp_path / name
    path.write_bytes(dumps(doc))
    return path


@pytest.mark.parametrize("case", ["other_assessment", "version_1", "other_guideline",
                                  "identity_clash", "tampered", "unknown_statement",
                                  "unknown_respondent", "newer_format"])
def test_a_file_that_cannot_be_merged_is_refused_and_changes_nothing(
    laptops: Any, tmp_path: Path, case: str
) -> None:
    a, b, aid = laptops
    doc = _export_doc(b, aid, tmp_path)
    x = doc["assessment"]
    code = case
    if case == "other_assessment":
        x["uuid"] = "99999999-9999-4999-8999-999999999999"
        code = "not_in_database"
    elif case == "version_1":
        from tests.exchange_docs import as_v1

        doc = as_v1(doc)
        code = "merge_v1"
    elif case == "other_guideline":
        x["content_version"] = "1.1.0"
    elif case == "identity_clash":  # the file names its answer with the plan entry's id
        x["answers"][0]["uuid"] = x["plan"][0]["uuid"]
        x["plan"][0]["uuid"] = stamp(77)["uuid"]
    elif case == "unknown_statement":
        x["votes"].append({**stamp(78), "respondent": x["respondents"][0]["uuid"],
                           "statement": "ZZ99", "kind": "unknown", "level": None})
    elif case == "newer_format":
        doc["format_version"] = 3
        code = "newer_version"
    elif case == "unknown_respondent":
        x["votes"].append({**stamp(79), "respondent": stamp(80)["uuid"], "statement": "A1",
                           "kind": "unknown", "level": None})
        code = "inconsistent"
    if case != "tampered" and "manifest" in doc:
        seal(doc)
    else:
        x["title"] = "verändert"  # after the checksum was computed
    path = _write(tmp_path, doc)
    before = dump(a), counts(a)
    with pytest.raises(ExchangeError) as info:
        a.plan_merge(path)
    assert info.value.code == code, info.value.message("en")
    de, en = info.value.message("de"), info.value.message("en")
    assert de != en and "{" not in de + en
    assert (dump(a), counts(a)) == before


# -- many laptops, many orders, real files ---------------------------------------------------------
def _edit(ws: Workspace, aid: int, edit: tuple[Any, ...]) -> None:
    name = edit[0]
    if name == "set_answer":
        _, sid, field, value = edit
        old = ws.answers(aid).answers.get(sid) or Answer(sid)
        old = replace(old, votes=())
        if field == "consensus":
            new = replace(old, kind=value[0], level=value[1])
        else:
            new = replace(old, **{field: value})
        ws.save_answer(aid, new)
    elif name == "set_vote":
        _, label, sid, value = edit
        ids = {r.label: r.id for r in ws.info(aid).respondents}
        if label in ids:
            ws.save_vote(aid, ids[label], sid, *(value or (None, None)))
    elif name == "add_respondent":
        if edit[1] not in {r.label for r in ws.info(aid).respondents}:
            ws.add_respondent(aid, NewRespondent(edit[1]))
    elif name == "set_plan":
        _, key, field, value = edit
        old = next((e for e in ws.plan_entries(aid) if e.key == key), PlanEntry(key))
        ws.save_plan_entry(aid, replace(old, **{field: value}))
    elif name == "add_own":
        ws.add_own_measure(aid, PlanEntry("", title="eigene"))
    elif name == "delete_own":
        own = [e.key for e in ws.plan_entries(aid) if e.key.startswith("own:")]
        if own:
            ws.delete_plan_entry(aid, own[edit[1] % len(own)])
    elif name == "set_info":
        ws.update_info(aid, **{edit[1]: edit[2]})


def _field_value(values: dict[str, tuple[Any, ...]]) -> st.SearchStrategy[tuple[str, Any]]:
    return st.sampled_from(sorted(values)).flatmap(
        lambda f: st.tuples(st.just(f), st.sampled_from(values[f])))


_EDITS = st.lists(st.one_of(
    st.builds(lambda s, fv: ("set_answer", s, *fv), st.sampled_from(("A1", "A2")),
              _field_value(ANSWER_VALUES)),
    st.builds(lambda lb, s, v: ("set_vote", lb, s, v), st.sampled_from(LABELS),
              st.sampled_from(("A1", "A2")), st.sampled_from((*VOTES, None))),
    st.builds(lambda lb: ("add_respondent", lb), st.sampled_from(LABELS)),
    st.builds(lambda k, fv: ("set_plan", k, *fv), st.sampled_from(("rec:O-A1", "clarify:A2")),
              _field_value(PLAN_VALUES)),
    st.just(("add_own",)),
    st.builds(lambda i: ("delete_own", i), st.integers(0, 2)),
    st.builds(lambda v: ("set_info", "title", v), st.sampled_from(("", "x", "y"))),
), max_size=6)


def test_laptops_merging_files_in_any_order_end_equal(tmp_path: Path,
                                                      guideline: Guideline) -> None:
    """Three laptops edit, then exchange files pairwise in a generated order until all have
    seen everything: each merge of a file seen before writes nothing, and at the end every
    laptop holds the same assessment, vote for vote."""
    runs = itertools.count()

    @settings(max_examples=20, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    @given(edits=st.lists(_EDITS, min_size=3, max_size=3),
           order=st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2)), max_size=6),
           pick=st.sampled_from(Pick))
    def check(edits: list[list[tuple[Any, ...]]], order: list[tuple[int, int]],
              pick: Pick) -> None:
        root = tmp_path / f"run{next(runs)}"
        laptops = [Workspace(root / name) for name in "abc"]
        try:
            for ws in laptops:
                ws.store.adopt(guideline)
            aid = laptops[0].create_assessment(NewAssessment(
                municipality="Stadt", project="Projekt", phase=Phase.PLANNING,
                held_on=date(2026, 9, 15), respondents=(NewRespondent("Leitung"),)))
            start = laptops[0].export(aid, root / "start.json")
            for ws in laptops[1:]:
                ws.import_file(start)
            for ws, todo in zip(laptops, edits, strict=True):
                for edit in todo:
                    _edit(ws, aid, edit)
            def exchange(src: int, dst: int, n: int) -> int:
                file = laptops[src].export(aid, root / f"{n}.json")
                target = laptops[dst]
                plan = target.plan_merge(file)
                written = target.apply_merge(plan, {c.id: pick for c in plan.conflicts})
                # The same file again: nothing to ask, nothing to write.
                again = target.plan_merge(file)
                assert again.conflicts == ()
                before = dump(target)
                assert target.apply_merge(again) == 0
                assert dump(target) == before
                return written

            steps = itertools.count()
            for src, dst in order:  # the generated exchanges
                if src != dst:
                    exchange(src, dst, next(steps))
            # Then rounds of every laptop to every other, until a round brings nothing new.
            pairs = [(i, j) for i in range(3) for j in range(3) if i != j]
            for _round in range(4):
                if not sum(exchange(i, j, next(steps)) for i, j in pairs):
                    break
            else:
                raise AssertionError("the laptops never settled")
            final = [normal_snapshot(ws, aid) for ws in laptops]
            assert final[0] == final[1] == final[2]
            rows = [dump(ws) for ws in laptops]
            for table in ("answer", "vote", "plan_entry", "respondent", "tombstone"):
                assert len(rows[0][table]) == len(rows[1][table]) == len(rows[2][table])
        finally:
            for ws in laptops:
                ws.close()
            shutil.rmtree(root)

    check()


def _own_statement(sid: str, text: str) -> OwnStatement:
    return OwnStatement(
        id=sid, text=Text(text, text), category=Category.TECHNICAL,
        levels=tuple(Text(f"Stufe {i}", f"Level {i}") for i in range(5)),
    )


def test_own_statements_of_both_laptops_survive_a_merge(
    laptops: tuple[Workspace, Workspace, int], tmp_path: Path
) -> None:
    """An own statement defined on one laptop arrives on the other with its answer; one both
    define under the same id keeps this database's wording (docs/EXCHANGE_FORMAT.md)."""
    a, b, aid = laptops
    a.save_own_statement(aid, _own_statement("X1", "Von A"))
    b.save_own_statement(aid, _own_statement("X1", "Von B, gleiche Kennung"))
    b.save_own_statement(aid, _own_statement("X2", "Nur auf B"))
    b.save_answer(aid, Answer("X2", AnswerKind.RATED, 3))

    plan = a.plan_merge(b.export(aid, tmp_path / "b.json"))
    a.apply_merge(plan, {c.id: Pick.THEIRS for c in plan.conflicts})

    own = {st.id: st.text.de for st in a.own_statements(aid)}
    assert own == {"X1": "Von A", "X2": "Nur auf B"}
    assert a.answers(aid).get("X2").level == 3
    # The merged copy goes back to B: B gains nothing it lacks and loses nothing.
    b_plan = b.plan_merge(a.export(aid, tmp_path / "a.json"))
    b.apply_merge(b_plan, {c.id: Pick.MINE for c in b_plan.conflicts})
    assert [st.id for st in b.own_statements(aid)] == ["X1", "X2"]


def test_an_own_statement_travels_in_both_formats(
    laptops: tuple[Workspace, Workspace, int], tmp_path: Path
) -> None:
    a, _, aid = laptops
    a.save_own_statement(aid, _own_statement("X1", "Eigene Aussage"))
    doc = json.loads(a.export(aid, tmp_path / "v2.json").read_bytes())
    assert [st["id"] for st in doc["assessment"]["own_statements"]] == ["X1"]
    v1 = as_v1(doc)
    (tmp_path / "v1.json").write_bytes(dumps(v1))
    for name in ("v1.json", "v2.json"):
        c = Workspace(tmp_path / name.removesuffix(".json"))
        try:
            c.store.adopt(a.guideline)
            cid = c.import_file(tmp_path / name)
            assert [st.text.de for st in c.own_statements(cid)] == ["Eigene Aussage"]
        finally:
            c.close()


def test_a_file_that_brings_only_an_own_statement_is_no_noop(
    laptops: tuple[Workspace, Workspace, int], tmp_path: Path
) -> None:
    a, b, aid = laptops
    b.save_own_statement(aid, _own_statement("X2", "Nur auf B"))
    plan = a.plan_merge(b.export(aid, tmp_path / "b.json"))
    assert not plan.is_noop
    a.apply_merge(plan)
    assert a.plan_merge(b.export(aid, tmp_path / "b2.json")).is_noop
