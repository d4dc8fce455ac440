"""Bad input: broken exchange files, broken content folders, unwritable export targets.

Every rejected file must give a clear message in German and English and leave the database
exactly as it was (row counts of every table compared before and after). Property-based
tests show that valid documents survive export → import → export unchanged and that no
sequence of bytes makes the reader fail with anything but ExchangeError.
"""

from __future__ import annotations

import copy
import errno
import json
import os
import re
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app import cli, fileio
from desktop_app.content import ContentError, load_guideline
from desktop_app.domain import limits
from desktop_app.domain.assessment import NewAssessment, Phase
from desktop_app.domain.model import Guideline
from desktop_app.exchange import format as fmt
from desktop_app.exchange.format import ExchangeError, dumps, read
from desktop_app.fileio import TargetNotWritable
from desktop_app.paths import content_dir
from desktop_app.services.workspace import Workspace
from desktop_app.storage import repository as repo
from desktop_app.storage.repository import NewRespondent
from tests.conftest import StoreUnderTest
from tests.exchange_docs import RESPONDENT_UUID, as_v1, edited_v2, valid_doc_v2

TABLES = ("municipality", "project", "assessment", "respondent", "answer", "vote", "plan_entry",
          "tombstone", "import_log")


@pytest.fixture
def ws(data_dir: Path, guideline: Guideline, store: StoreUnderTest) -> Iterator[Workspace]:
    w = store.workspace(data_dir)
    w.store.adopt(guideline)  # the session's parsed content: saves 0.4 s per test
    aid = w.create_assessment(NewAssessment(
        municipality="Stadt Vorher", project="Bestand", phase=Phase.PLANNING,
        held_on=date(2026, 1, 1), respondents=[NewRespondent("Leitung")],
    ))
    w.save_vote(aid, w.info(aid).respondents[0].id, "A1", repo.AnswerKind.RATED, 2)
    yield w
    w.close()


def counts(ws: Workspace) -> dict[str, int]:
    with ws.db.engine.connect() as conn:  # either store: the app's own engine
        return {t: conn.exec_driver_sql(f"SELECT COUNT(*) FROM {t}").scalar_one() for t in TABLES}


def valid_doc() -> dict[str, Any]:
    return {
        "format": "wandelkompass.assessment",
        "format_version": 1,
        "app_version": "0.1.0",
        "exported_at": "2026-11-23T10:00:00+00:00",
        "assessment": {
            "uuid": "0a1b2c3d-0000-4000-8000-00000000abcd",
            "municipality": "Gemeinde Übersee",
            "project": "Ratsinformationssystem",
            "title": "Auftakt",
            "phase": "einfuehrung",
            "held_on": "2026-03-04",
            "moderator": "",
            "participants": "",
            "content_version": "1.0.0",
            "default_target": 3,
            "report_language": "de",
            "respondents": [{"label": "IT", "role_group": "IT", "headcount": 2}],
            "answers": [{"statement": "A1", "kind": "rated", "level": 2, "target": 4,
                         "comment": "gut", "evidence": "", "flagged": False}],
            "votes": [{"respondent": "IT", "statement": "A1", "kind": "rated", "level": 2}],
            "plan": [{"key": "rec:O-A1", "category": "organisatorisch", "title": "",
                      "text": "", "decision": "accepted", "owner": "CDO",
                      "due": "2026-06-30", "priority": "hoch", "effort": "gering",
                      "status": "open", "note": ""}],
        },
    }


VALID = dumps(valid_doc())


def edited(change: Callable[[dict[str, Any]], None]) -> bytes:
    doc = copy.deepcopy(valid_doc())
    change(doc)
    return dumps(doc)


def answer_with(**fields: Any) -> bytes:
    return edited(lambda d: d["assessment"]["answers"][0].update(fields))


def raw_answer_value(value: str) -> bytes:
    """The valid file with the answer's level written verbatim (NaN etc. cannot be dumped)."""
    marked = answer_with(level="@@LEVEL@@")
    assert marked.count(b'"@@LEVEL@@"') == 1
    return marked.replace(b'"@@LEVEL@@"', value.encode())


def _drop_uuid(d: dict[str, Any]) -> None:
    del d["assessment"]["uuid"]


BAD_FILES: dict[str, tuple[bytes, str]] = {
    "empty": (b"", "empty"),
    "only_whitespace": (b" \r\n\t ", "empty"),
    "only_bom": (b"\xef\xbb\xbf", "empty"),
    "truncated": (VALID[: len(VALID) // 2], "not_json"),
    "not_json_text": (b"Protokoll vom 3. M\xc3\xa4rz", "not_json"),
    "xml": (b"<?xml version='1.0'?><assessment/>", "not_json"),
    "utf16_with_bom": (VALID.decode().encode("utf-16"), "encoding"),
    "utf16_be": (b"\xfe\xff" + VALID.decode().encode("utf-16-be"), "encoding"),
    "latin1": (VALID.decode().encode("latin-1"), "encoding"),
    "raw_surrogate_bytes": (VALID.replace(b"gut", b"g\xed\xa0\x80t"), "encoding"),
    "newer_format": (edited(lambda d: d.update(format_version=3)), "newer_version"),
    "other_format": (edited(lambda d: d.update(format="other.tool")), "wrong_format"),
    "top_level_list": (b"[1, 2, 3]", "wrong_format"),
    "top_level_string": (b'"wandelkompass"', "wrong_format"),
    "missing_field": (edited(_drop_uuid), "schema"),
    "extra_field": (edited(lambda d: d["assessment"].update(colour="blau")), "schema"),
    "extra_top_level": (edited(lambda d: d.update(signature="x")), "schema"),
    "level_5": (answer_with(level=5), "schema"),
    "level_negative": (answer_with(level=-1), "schema"),
    "level_fraction": (answer_with(level=2.5), "schema"),
    "level_float_integer": (answer_with(level=3.0), "schema"),
    "level_string": (answer_with(level="3"), "schema"),
    "level_bool": (answer_with(level=True), "schema"),
    "target_7": (answer_with(target=7), "schema"),
    "default_target_9": (edited(lambda d: d["assessment"].update(default_target=9)), "schema"),
    "headcount_zero": (
        edited(lambda d: d["assessment"]["respondents"][0].update(headcount=0)), "schema"),
    "level_without_rating": (answer_with(kind="unknown", level=2), "inconsistent"),
    "rating_without_level": (answer_with(level=None), "inconsistent"),
    "bad_date": (edited(lambda d: d["assessment"].update(held_on="2026-02-30")), "schema"),
    "unknown_statement": (answer_with(statement="ZZ99"), "unknown_statement"),
    "vote_by_stranger": (
        edited(lambda d: d["assessment"]["votes"][0].update(respondent="Fremd")),
        "inconsistent"),
    "nan": (raw_answer_value("NaN"), "constant"),
    "infinity": (raw_answer_value("Infinity"), "constant"),
    "minus_infinity": (raw_answer_value("-Infinity"), "constant"),
    "1e999": (raw_answer_value("1e999"), "constant"),
    "minus_1e999": (raw_answer_value("-1e999"), "constant"),
    "5000_digits": (raw_answer_value("1" * 5000), "bad_number"),
    "duplicate_top_key": (VALID.replace(b'"format_version": 1,',
                                        b'"format_version": 1, "format_version": 1,'),
                          "duplicate_key"),
    "duplicate_nested_key": (VALID.replace(b'"comment": "gut",',
                                           b'"comment": "gut", "comment": "schlecht",'),
                             "duplicate_key"),
    "lone_surrogate": (VALID.replace(b'"gut"', b'"g\\ud800t"'), "surrogate"),
    "lone_low_surrogate_in_key": (VALID.replace(b'"app_version"', b'"\\udc00"'),
                                  "surrogate"),
    "deep_list_nesting": (b"[" * 100_000, "too_deep"),
    "deep_object_nesting": (b'{"a":' * 100_000, "too_deep"),
    "too_large": (b" " * (fmt.MAX_FILE_BYTES + 1), "too_large"),
}


def _v2_answer(**fields: Any) -> Callable[[dict[str, Any]], None]:
    return lambda d: d["assessment"]["answers"][0].update(fields)


def _v2_vote(**fields: Any) -> Callable[[dict[str, Any]], None]:
    return lambda d: d["assessment"]["votes"][0].update(fields)


# Files of format version 2: sealed again after the edit unless the checksum is the point.
BAD_FILES.update({
    # A guideline version names a folder of the content archive: never a path.
    "content_version_path": (
        edited(lambda d: d["assessment"].update(content_version="../../etc")), "schema"),
    "content_version_dot": (edited(lambda d: d["assessment"].update(content_version=".")),
                            "schema"),
    # Names the schema lets through but no archive folder may carry (Windows devices, a
    # trailing dot Windows drops).
    "content_version_device": (
        edited(lambda d: d["assessment"].update(content_version="CON")), "odd_version"),
    "content_version_device_v2": (
        edited_v2(lambda d: d["assessment"].update(content_version="nul.1")), "odd_version"),
    "content_version_trailing_dot_v2": (
        edited_v2(lambda d: d["assessment"].update(content_version="1.1.")), "odd_version"),
    "v2_tampered": (edited_v2(_v2_answer(comment="geändert"), reseal=False), "tampered"),
    "v2_tampered_version": (
        edited_v2(_v2_answer(version={"0123456789abcdef": 9}), reseal=False), "tampered"),
    "v2_vote_by_unknown_respondent": (
        edited_v2(_v2_vote(respondent="99999999-0000-4000-8000-000000000000")), "inconsistent"),
    "v2_vote_on_unknown_statement": (edited_v2(_v2_vote(statement="ZZ99")), "unknown_statement"),
    "v2_uuid_twice": (edited_v2(_v2_answer(uuid=RESPONDENT_UUID)), "inconsistent"),
    "v2_deleted_and_present": (
        edited_v2(lambda d: d["assessment"]["tombstones"][0].update(
            uuid=d["assessment"]["votes"][0]["uuid"])), "inconsistent"),
    "v2_own_statements": (
        edited_v2(lambda d: d["assessment"].update(own_statements=[{
            "id": "A1", "text": {"de": "Eigene", "en": "Own"}, "category": "technisch",
            "levels": [{"de": f"Stufe {i}", "en": f"Level {i}"} for i in range(5)]}])),
        "own_statement"),
    "v2_month_13": (edited_v2(_v2_answer(updated_at="2026-13-01T00:00:00+00:00")), "schema"),
    "v2_time_without_offset": (edited_v2(_v2_answer(updated_at="2026-11-23T09:30:00")),
                               "schema"),
    "v2_count_zero": (edited_v2(_v2_answer(version={"0123456789abcdef": 0})), "schema"),
    "v2_no_manifest": (edited_v2(lambda d: d.pop("manifest"), reseal=False), "schema"),
    "v2_checksum_form": (
        edited_v2(lambda d: d["manifest"].update(checksum="xyz"), reseal=False), "schema"),
    "v2_record_without_uuid": (edited_v2(lambda d: d["assessment"]["answers"][0].pop("uuid")),
                               "schema"),
    "v2_level_without_rating": (edited_v2(_v2_answer(kind="unknown")), "inconsistent"),
})


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_exchange_file_is_refused_clearly_and_changes_nothing(
    ws: Workspace, tmp_path: Path, case: str
) -> None:
    data, code = BAD_FILES[case]
    path = tmp_path / f"{case}.json"
    path.write_bytes(data)
    before = counts(ws)
    with pytest.raises(ExchangeError) as info:
        ws.import_file(path)
    assert info.value.code == code, info.value.message("en")
    de, en = info.value.message("de"), info.value.message("en")
    assert de and en and de != en
    assert not re.search(r"\{[a-z_]+\}", de + en)  # every placeholder filled
    assert counts(ws) == before


def test_bom_before_a_valid_file_is_fine(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + VALID)
    new_id = ws.import_file(path)
    assert ws.info(new_id).municipality == "Gemeinde Übersee"


def test_a_valid_v2_file_is_read_with_every_identity(ws: Workspace, tmp_path: Path) -> None:
    """The hand-made version-2 file the bad cases start from is itself accepted."""
    path = tmp_path / "v2.json"
    doc = valid_doc_v2()
    path.write_bytes(dumps(doc))
    new_id = ws.import_file(path)
    snap = ws.snapshot(new_id)
    assert snap.info.uuid == doc["assessment"]["uuid"]
    assert snap.stamp.version.as_dict() == {"0123456789abcdef": 2}
    assert [v.respondent for v in snap.votes] == [RESPONDENT_UUID]
    assert [g.uuid for g in snap.tombstones] == [doc["assessment"]["tombstones"][0]["uuid"]]
    (log,) = ws.import_log(new_id)
    assert (log.checksum, log.source_device, log.format_version, log.outcome) == (
        doc["manifest"]["checksum"], "0123456789abcdef", 2, "imported")


def test_formatting_a_v2_file_differently_keeps_its_checksum(
    ws: Workspace, tmp_path: Path
) -> None:
    """Only the content is hashed: indentation, key order and escapes may change."""
    doc = valid_doc_v2()
    text = json.dumps(doc, sort_keys=True, ensure_ascii=True, indent=None)
    assert "\\u00dc" in text  # Ü written as an escape
    path = tmp_path / "flat.json"
    path.write_text(text, encoding="ascii")
    assert ws.info(ws.import_file(path)).municipality == "Gemeinde Übersee"


def test_same_file_twice_is_refused_and_changes_nothing(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "twice.json"
    path.write_bytes(VALID)
    first = ws.import_file(path)
    before = counts(ws)
    with pytest.raises(ExchangeError) as info:
        ws.import_file(path)
    assert info.value.code == "already_imported"
    assert f"Nr. {first}" in info.value.message("de") and f"no. {first}" in info.value.message("en")
    assert counts(ws) == before


def test_unreadable_file_gets_a_message(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ExchangeError) as info:
        ws.import_file(tmp_path / "fehlt.json")
    assert info.value.code == "unreadable"
    assert "Cannot read the file" in info.value.message("en")


def test_cli_import_prints_the_message_in_the_chosen_language(
    ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str], store: StoreUnderTest
) -> None:
    ws.close()
    path = tmp_path / "nan.json"
    path.write_bytes(BAD_FILES["nan"][0])
    d = store.cli_args(ws.data_dir)
    assert cli.main([*d, "--lang", "en", "import", str(path)]) == 2
    assert "invalid number NaN" in capsys.readouterr().err
    assert cli.main([*d, "import", str(path)]) == 2
    assert "unzulässigen Zahlwert NaN" in capsys.readouterr().err


# -- property-based ---------------------------------------------------------------------------
def _statement_ids() -> list[str]:
    return sorted(s.id for s in load_guideline(content_dir()).statements)


def _documents(statement_ids: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    text = st.text(max_size=30)
    name = st.text(min_size=1, max_size=30)
    level = st.integers(0, 4)
    kind_level = st.one_of(
        level.map(lambda lv: ("rated", lv)),
        st.sampled_from([("unknown", None), ("not_relevant", None)]),
    )

    def answer(sid: str) -> st.SearchStrategy[dict[str, Any]]:
        return st.builds(
            lambda kl, target, comment, evidence, flagged: {
                "statement": sid, "kind": kl[0], "level": kl[1], "target": target,
                "comment": comment, "evidence": evidence, "flagged": flagged,
            },
            st.one_of(st.just((None, None)), kind_level),
            st.none() | level, text, text, st.booleans(),
        ).filter(lambda a: a["kind"] or a["target"] is not None or a["comment"]
                 or a["evidence"] or a["flagged"])

    # Plan keys name what exists: a recommendation, a statement, or an own measure's UUID.
    recommendation_ids = sorted(r.id for r in load_guideline(content_dir()).recommendations)
    plan_key = (
        st.sampled_from(recommendation_ids).map(lambda r: f"rec:{r}")
        | st.sampled_from(statement_ids).map(lambda s: f"clarify:{s}")
        | st.uuids().map(lambda u: f"own:{u}")
    )
    plan_entry = st.builds(
        lambda key, category, title, body, decision, owner, due, prio, effort,
        status, note: {
            "key": key, "category": category, "title": title, "text": body,
            "decision": decision, "owner": owner,
            "due": due.isoformat() if due else None, "priority": prio, "effort": effort,
            "status": status, "note": note,
        },
        plan_key,
        st.sampled_from([None, "technisch", "personell", "organisatorisch"]), text, text,
        st.sampled_from(["proposed", "accepted", "rejected"]), text,
        st.none() | st.dates(limits.EARLIEST_DATE, limits.LATEST_DATE),
        st.sampled_from([None, "hoch", "mittel", "niedrig"]),
        st.sampled_from([None, "gering", "mittel", "hoch"]),
        st.sampled_from(["open", "in_progress", "done"]), text,
    )

    @st.composite
    def document(draw: st.DrawFn) -> dict[str, Any]:
        labels = draw(st.lists(name, min_size=0, max_size=4, unique=True))
        respondents = [
            {"label": lb, "role_group": draw(text), "headcount": draw(st.integers(1, 10_000))}
            for lb in labels
        ]
        answered = draw(st.lists(st.sampled_from(statement_ids), max_size=6, unique=True))
        answers = [draw(answer(sid)) for sid in sorted(answered)]
        pairs = draw(st.lists(st.tuples(st.sampled_from(labels), st.sampled_from(statement_ids)),
                              max_size=8, unique=True)) if labels else []
        votes = []
        for label, sid in sorted(pairs, key=lambda p: (p[1], p[0])):
            kind, lv = draw(kind_level)
            votes.append({"respondent": label, "statement": sid, "kind": kind, "level": lv})
        plan = draw(st.lists(plan_entry, max_size=4, unique_by=lambda e: e["key"]))
        return {
            "format": "wandelkompass.assessment",
            "format_version": 1,
            "app_version": "",
            "exported_at": "",
            "assessment": {
                "uuid": str(draw(st.uuids())),
                "municipality": draw(name),
                "project": draw(name),
                "title": draw(text),
                "phase": draw(st.sampled_from(["planung", "einfuehrung", "verstetigung"])),
                "held_on": draw(st.dates(limits.EARLIEST_DATE, limits.LATEST_DATE)).isoformat(),
                "moderator": draw(text),
                "participants": draw(text),
                "content_version": draw(st.from_regex(r"[0-9A-Za-z][0-9A-Za-z_.+-]{0,9}",
                                                      fullmatch=True)),
                "default_target": draw(level),
                "report_language": draw(st.sampled_from(["de", "en"])),
                "respondents": respondents,
                "answers": answers,
                "votes": votes,
                "plan": plan,
            },
        }

    return document()


def test_any_valid_document_survives_export_import_export(
    tmp_path: Path, guideline: Guideline
) -> None:
    w = Workspace(tmp_path / "data")
    w.store.adopt(guideline)

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(doc=_documents(_statement_ids()))
    def check(doc: dict[str, Any]) -> None:
        existing = repo.find_by_uuid(w.db, doc["assessment"]["uuid"])
        if existing is not None:  # hypothesis replays examples while shrinking
            w.delete_assessment(existing)
        source = tmp_path / "in.json"
        source.write_bytes(dumps(doc))
        new_id = w.import_file(source)
        out = w.export(new_id, tmp_path / "out.json")
        exported = json.loads(out.read_bytes())  # format version 2
        # Every record of the version-1 file now has an identity of its own ...
        records = [x for part in ("respondents", "answers", "votes", "plan")
                   for x in exported["assessment"][part]]
        assert len({x["uuid"] for x in records}) == len(records)
        assert all(x["version"] == {w.db.device: 1} for x in records)
        # ... and holds exactly what the version-1 file held.
        projected = as_v1(exported)
        projected.update(app_version="", exported_at="")
        assert projected == doc
        assert dumps(projected) == dumps(doc)
        # Out again as version 2 and back: identical, identities and versions included.
        again_id_ws = Workspace(tmp_path / "again")
        try:
            again_id_ws.store.adopt(guideline)
            again = again_id_ws.export(again_id_ws.import_file(out), tmp_path / "again.json")
            assert json.loads(again.read_bytes())["assessment"] == exported["assessment"]
        finally:
            again_id_ws.close()
            shutil.rmtree(tmp_path / "again")

    try:
        check()
    finally:
        w.close()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


def _only_exchange_errors(data: bytes, guideline: Guideline) -> None:
    try:
        read(data, guideline)
    except ExchangeError as exc:
        assert exc.message("de") and exc.message("en")


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=3000))
def test_arbitrary_bytes_raise_nothing_but_exchange_error(data: bytes) -> None:
    _only_exchange_errors(data, _GUIDELINE)


@settings(max_examples=200, deadline=None)
@given(value=json_values)
def test_arbitrary_json_raises_nothing_but_exchange_error(value: Any) -> None:
    _only_exchange_errors(json.dumps(value).encode(), _GUIDELINE)
    doc = valid_doc()
    doc["assessment"]["answers"][0]["comment"] = value  # the right shape with a wrong leaf
    _only_exchange_errors(json.dumps(doc).encode(), _GUIDELINE)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_mutated_valid_files_raise_nothing_but_exchange_error(data: st.DataObject) -> None:
    buf = bytearray(VALID)
    for _ in range(data.draw(st.integers(1, 8))):
        pos = data.draw(st.integers(0, len(buf) - 1))
        op = data.draw(st.sampled_from(["set", "delete", "insert"]))
        byte = data.draw(st.sampled_from(list(b'{}[]",:\\0123456789.eE-+ntfu\x00\xff\xc3')))
        if op == "set":
            buf[pos] = byte
        elif op == "delete":
            del buf[pos]
        else:
            buf.insert(pos, byte)
    _only_exchange_errors(bytes(buf), _GUIDELINE)


_GUIDELINE = load_guideline(content_dir())


# -- broken content folders -----------------------------------------------------------------
@pytest.fixture
def content(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(content_dir(), target)
    return target


def _edit_yaml(path: Path, change: Callable[[Any], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


DIM = "dimensions/01_shared_understanding.yaml"
RECS = "recommendations/organisatorisch.yaml"


def _bad_yaml(root: Path) -> None:
    with (root / DIM).open("a", encoding="utf-8") as fh:
        fh.write("\n  - id: [unclosed\n")


def _unknown_key(root: Path) -> None:
    _edit_yaml(root / DIM, lambda d: d["statements"][0].update(farbe="blau"))


def _duplicate_id(root: Path) -> None:
    _edit_yaml(root / DIM, lambda d: d["statements"][1].update(id="A1"))


def _rule_to_missing_statement(root: Path) -> None:
    def change(d: Any) -> None:
        d["recommendations"][0]["trigger"]["any"][0]["statement"] = "ZZ9"

    _edit_yaml(root / RECS, change)


def _no_german_text(root: Path) -> None:
    _edit_yaml(root / DIM, lambda d: d["statements"][0]["text"].pop("de"))


BROKEN_CONTENT = {
    "bad_yaml": (_bad_yaml, DIM, "", "ungültiges YAML"),
    "unknown_key": (_unknown_key, DIM, "Aussage A1", "unbekanntes Feld 'farbe'"),
    "duplicate_id": (_duplicate_id, DIM, "Aussage A1", "Kennung 'A1' ist doppelt"),
    "rule_missing_statement": (_rule_to_missing_statement, RECS, "Empfehlung O-A1",
                               "unbekannte Aussage 'ZZ9'"),
    "no_german_text": (_no_german_text, DIM, "Aussage A1", "keinen deutschen Text"),
}


@pytest.mark.parametrize("case", sorted(BROKEN_CONTENT))
def test_broken_content_names_file_entry_and_problem(
    content: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    breaker, file, entry, problem = BROKEN_CONTENT[case]
    breaker(content)
    with pytest.raises(ContentError) as info:
        load_guideline(content)
    hits = [p for p in info.value.problems
            if p.file == file and p.entry == entry and problem in p.problem]
    assert hits, info.value.problems
    assert cli.main(["validate-content", str(content)]) == 1
    err = capsys.readouterr().err
    assert file in err and problem in err


# -- export targets: locked, read-only, full disk ---------------------------------------------
@pytest.fixture
def exported(ws: Workspace, tmp_path: Path) -> tuple[Workspace, int, Path, bytes]:
    aid = ws.list_assessments()[0].id
    target = tmp_path / "out" / "erhebung.json"
    target.parent.mkdir()
    ws.export(aid, target)
    ws.save_answer(aid, repo.Answer("A2", repo.AnswerKind.UNKNOWN))  # the next export differs
    return ws, aid, target, target.read_bytes()


def _assert_old_file_intact(target: Path, old: bytes) -> None:
    assert target.read_bytes() == old
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temp file left


def test_full_disk_on_fsync_keeps_the_old_file(
    exported: tuple[Workspace, int, Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    ws, aid, target, old = exported

    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(fileio.os, "fsync", no_space)
    with pytest.raises(TargetNotWritable) as info:
        ws.export(aid, target)
    assert info.value.reason == "disk_full"
    _assert_old_file_intact(target, old)


def test_full_disk_while_writing_keeps_the_old_file(
    exported: tuple[Workspace, int, Path, bytes], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], store: StoreUnderTest,
) -> None:
    ws, aid, target, old = exported
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, fh: Any) -> None:
            self._fh = fh

        def write(self, data: bytes) -> int:
            self._fh.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def __getattr__(self, name: str) -> Any:
            return getattr(self._fh, name)

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self._fh.close()

    monkeypatch.setattr(fileio.os, "fdopen", lambda *a, **k: FullDisk(real_fdopen(*a, **k)))
    with pytest.raises(TargetNotWritable) as info:
        ws.export(aid, target)
    assert info.value.reason == "disk_full"
    _assert_old_file_intact(target, old)
    ws.close()
    code = cli.main([*store.cli_args(ws.data_dir), "--lang", "en", "export", "--assessment",
                     str(aid), "-o", str(target)])
    assert code == 1
    err = capsys.readouterr().err
    assert "disk full" in err and "unchanged" in err
    _assert_old_file_intact(target, old)


def test_read_only_folder_keeps_the_old_file(
    exported: tuple[Workspace, int, Path, bytes], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], store: StoreUnderTest,
) -> None:
    ws, aid, target, old = exported
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        target.parent.chmod(0o555)
    else:  # root ignores permissions: simulate what the OS would say
        def denied(*_a: object, **_k: object) -> None:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

        monkeypatch.setattr(fileio.tempfile, "mkstemp", denied)
    try:
        with pytest.raises(TargetNotWritable) as info:
            ws.export(aid, target)
        assert info.value.reason == "read_only"
        ws.close()
        code = cli.main([*store.cli_args(ws.data_dir), "export", "--assessment", str(aid),
                         "-o", str(target)])
        assert code == 1 and "keine Schreibrechte" in capsys.readouterr().err
    finally:
        target.parent.chmod(0o755)
    _assert_old_file_intact(target, old)


def test_locked_target_keeps_the_old_file(
    exported: tuple[Workspace, int, Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A PDF viewer or Excel holding the file: the final rename fails, the old file stays."""
    ws, aid, target, old = exported

    def sharing_violation(*_a: object) -> None:
        exc = PermissionError(errno.EACCES, "The process cannot access the file")
        exc.winerror = 32  # type: ignore[attr-defined]  # what Windows sets
        raise exc

    monkeypatch.setattr(fileio.os, "replace", sharing_violation)
    with pytest.raises(TargetNotWritable):
        ws.export(aid, target)
    _assert_old_file_intact(target, old)


def test_locked_target_is_reported_as_locked() -> None:
    exc = PermissionError(errno.EACCES, "The process cannot access the file")
    exc.winerror = 32  # type: ignore[attr-defined]
    assert fileio.classify(exc) == "locked"


def test_missing_folder_is_reported(ws: Workspace, tmp_path: Path) -> None:
    aid = ws.list_assessments()[0].id
    with pytest.raises(TargetNotWritable) as info:
        ws.export(aid, tmp_path / "gibt-es-nicht" / "x.json")
    assert info.value.reason == "missing_folder"
