"""A short-check assessment and the team's own statements, stored, scored and reported."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.assessment import NewAssessment
from desktop_app.domain.model import Category, ConditionKind, Phase, Text
from desktop_app.domain.own import OwnMeasure, OwnStatement, next_id
from desktop_app.reporting.model import build_model
from desktop_app.services.workspace import Workspace
from desktop_app.storage.own_store import InvalidOwnStatement
from tests.exchange_docs import seal
from tests.report_helpers import pdf_pages, squash

PROFILE = "kurzcheck"


def _new(**kw: object) -> NewAssessment:
    return NewAssessment("Musterstadt", "E-Akte", Phase.PLANNING, date(2026, 5, 4),
                         **kw)  # type: ignore[arg-type]


def _answer_all(ws: Workspace, aid: int) -> None:
    for n, st in enumerate(ws.guideline_for(aid).statements):
        ws.save_answer(aid, Answer(st.id, AnswerKind.RATED, n % 5))


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    w = Workspace(tmp_path / "data")
    yield w
    w.close()


def test_the_short_check_covers_every_dimension_and_category(ws: Workspace) -> None:
    aid = ws.create_assessment(_new(profile=PROFILE))
    whole, asked = ws.guideline, ws.guideline_for(aid)
    assert 15 <= len(asked.statements) <= 20
    assert {d.id for d in asked.dimensions} == {d.id for d in whole.dimensions}
    assert {s.category for s in asked.statements} == set(Category)
    assert asked.scope is not None and asked.scope.asked == len(asked.statements)
    assert asked.scope.of == len(whole.statements)


def test_a_short_check_report_is_consistent(ws: Workspace, tmp_path: Path) -> None:
    aid = ws.create_assessment(_new(profile=PROFILE))
    _answer_all(ws, aid)
    ev = ws.evaluation(aid)
    asked = {s.id for s in ev.guideline.statements}
    # Each dimension score rests on the statements the short check asked of it, no more.
    for d in ev.guideline.dimensions:
        assert ev.results.dimensions[d.id].total == len(d.statements)
        assert ev.results.dimensions[d.id].rated == len(d.statements)
    assert set(ev.results.statements) == asked
    # Measures only come from what was asked.
    for item in ev.plan.items:
        if item.recommendation is not None:
            assert {c.statement_id for c in item.recommendation.rule.conditions} & asked
    model = build_model(ev, "de")
    scope = [f.value for f in model.annex.facts if f.label == "Umfang"]
    assert scope == [f"Kurzcheck: {len(asked)} von {len(ws.guideline.statements)} Aussagen"]
    path = ws.write_report(aid, tmp_path / "kurz.pdf", "de")
    text = squash(" ".join(pdf_pages(path)))
    assert f"Kurzcheck: {len(asked)} von {len(ws.guideline.statements)} Aussagen" in text
    assert "n: bewertete/gestellte Aussagen" in text
    # The annex puts the result beside the six DMAT dimensions.
    assert "Digital Maturity Assessment" in text
    for name in ("Digitale Strategie", "Interoperabilität", "Grüne Digitalisierung"):
        assert name in text
    # Statements outside the short check are nowhere in the answers table.
    skipped = sorted({s.id for s in ws.guideline.statements} - asked)
    assert all(f" {sid} " not in text for sid in skipped[:5])


def _own(taken: set[str]) -> OwnStatement:
    sid = next_id(taken)
    return OwnStatement(
        id=sid,
        text=Text("Die Fachämter teilen ihre Geodaten über eine gemeinsame Plattform.",
                  "The departments share their geodata on a common platform."),
        levels=tuple(Text(f"Stufe {i}: Geodaten {i}", f"Level {i}: geodata {i}")
                     for i in range(5)),
        category=Category.TECHNICAL,
        measures=(OwnMeasure(f"{sid}-M1", Text("Geodaten-Plattform einrichten",
                                               "Set up a geodata platform"),
                             Text("Eine Plattform für alle Fachämter.",
                                  "One platform for every department."),
                             Category.TECHNICAL, ConditionKind.AT_MOST, 1),),
    )


def test_an_own_statement_is_scored_and_reported_as_the_teams_own(ws: Workspace,
                                                                   tmp_path: Path) -> None:
    aid = ws.create_assessment(_new(profile=PROFILE))
    own = _own(set())
    ws.save_own_statement(aid, own)
    _answer_all(ws, aid)
    ws.save_answer(aid, Answer(own.id, AnswerKind.RATED, 0))
    ev = ws.evaluation(aid)
    result = ev.results.statements[own.id]
    assert result.statement.own and result.level == 0
    # Rated at 0, its own measure is proposed like a guideline one.
    keys = [i.key for i in ev.plan.items]
    assert any(own.id in k for k in keys), keys
    text = squash(" ".join(pdf_pages(ws.write_report(aid, tmp_path / "own.pdf", "de"))))
    text = text.replace("- ", "")  # words hyphenated at a line end
    assert "eigene Aussage des Teams" in text
    assert "Quellen: eigene Maßnahme des Teams" in text
    assert "dazu 1 eigene" in text


def test_an_own_statement_never_takes_a_guideline_id(ws: Workspace) -> None:
    aid = ws.create_assessment(_new())
    guideline_id = ws.guideline.statements[0].id
    clash = OwnStatement(guideline_id, Text("x", "x"),
                         tuple(Text(f"S{i}", f"L{i}") for i in range(5)), Category.TECHNICAL)
    with pytest.raises(InvalidOwnStatement):
        ws.save_own_statement(aid, clash)
    assert ws.own_statements(aid) == []
    assert ws.guideline_for(aid).statement(guideline_id).own is False


def test_own_statements_and_the_short_check_survive_export_and_import(ws: Workspace,
                                                                      tmp_path: Path) -> None:
    aid = ws.create_assessment(_new(profile=PROFILE))
    own = _own(set())
    ws.save_own_statement(aid, own)
    _answer_all(ws, aid)
    ws.save_answer(aid, Answer(own.id, AnswerKind.RATED, 1))
    path = ws.export(aid, tmp_path / "kurz.json")
    before = ws.evaluation(aid)

    fresh = Workspace(tmp_path / "other-laptop")
    try:
        new_id = fresh.import_file(path)
        assert fresh.own_statements(new_id) == [own]
        info = fresh.info(new_id)
        assert (info.profile, info.selection) == (PROFILE, ws.info(aid).selection)
        after = fresh.evaluation(new_id)
        assert after.results.statements[own.id].level == 1
        assert after.results.statements[own.id].statement.own
        assert after.results.overall == before.results.overall
        assert [d.id for d in after.guideline.dimensions] == [
            d.id for d in before.guideline.dimensions]
        # Exported again, the file says the same.
        again = fresh.export(new_id, tmp_path / "again.json")
        assert json.loads(again.read_text("utf-8"))["assessment"]["own_statements"] == \
            json.loads(path.read_text("utf-8"))["assessment"]["own_statements"]
    finally:
        fresh.close()


def test_a_file_whose_own_statement_takes_a_guideline_id_is_refused_whole(
        ws: Workspace, tmp_path: Path) -> None:
    from desktop_app.exchange.format import ExchangeError

    aid = ws.create_assessment(_new())
    ws.save_own_statement(aid, _own(set()))
    doc = json.loads(ws.export(aid, tmp_path / "a.json").read_text("utf-8"))
    guideline_id = ws.guideline.statements[0].id
    doc["assessment"]["own_statements"][0]["id"] = guideline_id
    doc["assessment"]["uuid"] = "00000000-0000-4000-8000-000000000001"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(seal(doc)), "utf-8")  # sealed again: the checksum still matches
    fresh = Workspace(tmp_path / "fresh")
    try:
        with pytest.raises(ExchangeError) as refused:
            fresh.import_file(bad)
        assert guideline_id in str(refused.value.message("de"))
        assert guideline_id in str(refused.value.message("en"))
        assert fresh.list_assessments() == []
    finally:
        fresh.close()


MODULE = """\
format: 1
id: XGEO
title: {de: "Geodaten in der Region", en: "Geodata in the region"}
statements:
  - id: XG1
    text: {de: "Die Kommunen der Region teilen ihre Geodaten.", en: "The region shares geodata."}
    category: technisch
    barrier: nicht_koennen
    weight: 1.5
    levels:
      - "Jede Kommune hält eigene Geodaten"
      - "Einzelne Kommunen tauschen Dateien"
      - "Eine gemeinsame Plattform ist eingerichtet"
      - "Die meisten Kommunen nutzen sie"
      - "Alle Kommunen pflegen sie gemeinsam"
    measures:
      - id: XG1-M1
        title: "Regionale Geodaten-Plattform einrichten"
        category: technisch
        trigger: {at_most: 1}
"""


def test_validate_content_accepts_a_module_folder_and_refuses_a_shadowing_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app import cli

    folder = tmp_path / "modul"
    folder.mkdir()
    (folder / "module.yaml").write_text(MODULE, "utf-8")
    assert cli.main(["validate-content", str(folder)]) == 0
    assert "XGEO" in capsys.readouterr().out
    (folder / "module.yaml").write_text(MODULE.replace("id: XG1\n", "id: A1\n"), "utf-8")
    assert cli.main(["validate-content", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "A1" in err and "Traceback" not in err


def test_a_module_joins_an_assessment_as_a_dimension_of_its_own(ws: Workspace,
                                                                tmp_path: Path) -> None:
    folder = tmp_path / "modul"
    folder.mkdir()
    (folder / "module.yaml").write_text(MODULE, "utf-8")
    aid = ws.create_assessment(_new())
    assert ws.add_module(aid, folder) == ["XG1"]
    g = ws.guideline_for(aid)
    module = [d for d in g.dimensions if d.id == "XGEO"]
    assert module and module[0].own and module[0].title.de == "Geodaten in der Region"
    ws.save_answer(aid, Answer("XG1", AnswerKind.RATED, 0))
    plan_keys = [i.key for i in ws.evaluation(aid).plan.items]
    assert any("XG1-M1" in k for k in plan_keys)
