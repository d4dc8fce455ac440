"""An assessment is scored with the guideline version it was made with; a re-assessment
with a newer version carries the targets over to the new statement ids."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from desktop_app.content import ContentError, load_guideline
from desktop_app.content.store import GuidelineStore
from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.assessment import NewAssessment, Phase
from desktop_app.domain.scoring import score
from desktop_app.paths import content_dir
from desktop_app.services.workspace import Workspace
from desktop_app.storage import repository
from tests.conftest import StoreUnderTest

OLD = "1.1.0"


def old_assessment(ws: Workspace) -> int:
    """An assessment made with guideline 1.1.0, answering statements 1.2.0 no longer has."""
    aid = repository.create_assessment(
        ws.db,
        NewAssessment(municipality="Stadt Alt", project="Zwilling", phase=Phase.PLANNING,
                      held_on=date(2025, 5, 6)),
        content_version=OLD,
    )
    for sid, level, target in (("A1", 1, 3), ("A3", 2, 4), ("C6", 0, 3), ("G3", 1, 4),
                               ("E4", 1, 3), ("H3", 2, 3)):
        ws.save_answer(aid, Answer(sid, AnswerKind.RATED, level, target=target))
    return aid


def test_an_old_assessment_keeps_its_guideline_and_its_scores(
    data_dir: Path, store: StoreUnderTest
) -> None:
    ws = store.workspace(data_dir)
    aid = old_assessment(ws)
    archived = load_guideline(content_dir() / "archive" / OLD)
    assert not ws.guideline.has_statement("A3")  # gone from the current version

    ev = ws.evaluation(aid)
    assert ev.guideline.version == OLD
    assert ev.results.statements["A3"].level == 2
    expected = score(archived, ws.answers(aid))
    assert ev.results.overall.percent == expected.overall.percent
    assert {k: v.percent for k, v in ev.results.dimensions.items()} == {
        k: v.percent for k, v in expected.dimensions.items()
    }
    assert ws.guideline_for(aid).version == OLD
    ws.close()


def test_an_old_exchange_file_is_checked_against_its_own_guideline(
    data_dir: Path, tmp_path: Path, store: StoreUnderTest
) -> None:
    ws = store.workspace(data_dir)
    aid = old_assessment(ws)
    exported = ws.export(aid, tmp_path / "alt.json")
    assert json.loads(exported.read_text())["assessment"]["content_version"] == OLD
    other = Workspace(tmp_path / "other", database_url=store.another())
    new_id = other.import_file(exported)
    assert other.answers(new_id).get("A3").level == 2
    assert other.evaluation(new_id).guideline.version == OLD
    other.close()
    ws.close()


def test_a_reassessment_with_the_new_guideline_maps_the_targets(
    data_dir: Path, store: StoreUnderTest
) -> None:
    ws = store.workspace(data_dir)
    aid = old_assessment(ws)
    new_id = ws.reassess(aid, date(2026, 5, 6))
    info = ws.info(new_id)
    assert info.content_version == ws.guideline.version != OLD
    targets = {sid: a.target for sid, a in ws.answers(new_id).answers.items()}
    # A1 kept its id; A3 and G2 were merged into G7, C6 and G3 into C8 (the higher target
    # wins); E4 was split into E9 and E10; H3 was removed.
    assert targets == {"A1": 3, "G7": 4, "C8": 4, "E9": 3, "E10": 3}
    assert all(a.kind is None for a in ws.answers(new_id).answers.values())  # rated afresh
    ws.close()


@pytest.mark.parametrize("version", [
    "../archive/1.1.0", "archive/1.1.0", "1.1.0/", "/tmp", "..", ".", "1.1.0\\..", "1.1.",
    "CON", "nul", "com1.1", "-1", "1 .0", "1.1.0\n", "x" * 41,
])
def test_a_version_that_is_no_plain_name_is_refused_and_never_read(
    tmp_path: Path, version: str
) -> None:
    root = tmp_path / "content"
    shutil.copytree(content_dir(), root)
    store = GuidelineStore(root)
    with pytest.raises(ContentError) as info:
        store.for_version(version)
    message = str(info.value)
    assert "kein einfacher Name" in message and repr(version)[:40] in message
    assert not store.is_archived(version)


def test_a_plain_archived_version_is_still_read(tmp_path: Path) -> None:
    store = GuidelineStore(content_dir())
    assert store.for_version(OLD).version == OLD
    assert store.is_archived(OLD)
    assert store.for_version("").version == store.current.version
    # A plain name that was never released is read against the current content.
    assert store.for_version("0.9.dev1").version == store.current.version
