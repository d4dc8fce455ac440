"""Export → import gives back the same assessment; the format is documented and versioned."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import jsonschema
import pytest

from desktop_app.exchange.format import FORMAT_VERSION, ExchangeError, _schema
from desktop_app.services.workspace import Workspace
from tests.conftest import StoreUnderTest
from tests.exchange_docs import seal, stamp


@pytest.fixture
def ws(data_dir: Path, store: StoreUnderTest) -> Workspace:
    w = store.workspace(data_dir)
    yield w
    w.close()


def snapshot(ws: Workspace, aid: int) -> tuple[object, ...]:
    info = ws.info(aid)
    answers = ws.answers(aid)
    return (
        (
            info.municipality,
            info.project,
            info.phase,
            info.held_on,
            info.moderator,
            info.participants,
            info.content_version,
            info.default_target,
            info.title,
            [(r.label, r.role_group, r.headcount) for r in info.respondents],
        ),
        answers.answers,
        sorted(ws.plan_entries(aid), key=lambda e: e.key),
        ws.evaluation(aid).results.overall,
    )


def test_export_import_round_trip_is_lossless(
    ws: Workspace, tmp_path: Path, store: StoreUnderTest
) -> None:
    aid = ws.create_demo()
    out = ws.export(aid, tmp_path / "erhebung.json")
    doc = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(doc, _schema())  # what we write is what we document
    assert doc["format_version"] == FORMAT_VERSION

    other = Workspace(tmp_path / "other", database_url=store.another())
    try:
        new_id = other.import_file(out)
        assert snapshot(other, new_id) == snapshot(ws, aid)
        assert other.info(new_id).uuid == ws.info(aid).uuid
    finally:
        other.close()


def test_same_file_twice_is_refused_then_allowed_as_copy(ws: Workspace, tmp_path: Path) -> None:
    aid = ws.create_demo()
    out = ws.export(aid, tmp_path / "e.json")
    with pytest.raises(ExchangeError) as info:
        ws.import_file(out)
    assert info.value.code == "already_imported"
    assert "already exists" in info.value.message("en")
    assert len(ws.list_assessments()) == 1
    copy = ws.import_file(out, as_copy=True)
    assert ws.info(copy).uuid != ws.info(aid).uuid
    assert snapshot(ws, copy)[1:] == snapshot(ws, aid)[1:]


def test_unknown_statement_is_refused_and_nothing_written(ws: Workspace, tmp_path: Path) -> None:
    aid = ws.create_demo()
    out = ws.export(aid, tmp_path / "e.json")
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["assessment"]["uuid"] = "11111111-1111-4111-8111-111111111111"
    doc["assessment"]["answers"].append(
        {**stamp(99), "statement": "ZZ9", "kind": "rated", "level": 2}
    )
    out.write_text(json.dumps(seal(doc)), encoding="utf-8")
    with pytest.raises(ExchangeError) as info:
        ws.import_file(out)
    assert "ZZ9" in info.value.message("de")
    assert len(ws.list_assessments()) == 1


def test_format_documentation_exists_and_names_the_version() -> None:
    doc = Path(__file__).resolve().parents[1] / "docs" / "EXCHANGE_FORMAT.md"
    text = doc.read_text(encoding="utf-8")
    assert (
        f"format_version: {FORMAT_VERSION}" in text or f'"format_version": {FORMAT_VERSION}' in text
    )


def test_written_files_get_normal_permissions(ws: Workspace, tmp_path: Path) -> None:
    import os
    import stat

    aid = ws.create_demo()
    out = ws.export(aid, tmp_path / "e.json")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask  # not mkstemp's private 0600
    out.chmod(0o640)
    ws.export(aid, out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o640  # replacing keeps the old mode


def test_a_reassessment_keeps_its_predecessor_on_another_laptop(
    data_dir: Path, tmp_path: Path
) -> None:
    ws = Workspace(data_dir)
    first = ws.create_demo()
    second = ws.reassess(first, ws.info(first).held_on + timedelta(days=30))
    file_first = ws.export(first, tmp_path / "first.json")
    file_second = ws.export(second, tmp_path / "second.json")
    uuid_first = ws.info(first).uuid
    ws.close()
    doc = json.loads(file_second.read_text(encoding="utf-8"))
    assert doc["assessment"]["previous_uuid"] == uuid_first
    assert json.loads(file_first.read_text(encoding="utf-8"))["assessment"]["previous_uuid"] is None

    other = Workspace(tmp_path / "other")
    try:
        b_first = other.import_file(file_first)
        b_second = other.import_file(file_second)
        previous = {a.id: a.previous_id for a in other.list_assessments()}
        assert previous == {b_first: None, b_second: b_first}
        # Carried on from this laptop, the file still names the same predecessor.
        again = json.loads(other.export(b_second, tmp_path / "again.json").read_text("utf-8"))
        assert again["assessment"]["previous_uuid"] == uuid_first
    finally:
        other.close()
