"""The start screen's tree model and the results' gaps model, without widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop_app.domain.assessment import NewAssessment, Phase
from desktop_app.ui.models.assessment_tree import (
    COL_NAME,
    COL_PHASE,
    COL_PROGRESS,
    ID_ROLE,
    AssessmentTreeModel,
)
from desktop_app.ui.models.gaps_table_model import (
    COL_GAP,
    COL_ID,
    COL_WEIGHTED,
    GapsTableModel,
)


def test_assessments_grouped_by_municipality_and_project(qapp, workspace, demo_id):
    other = workspace.create_assessment(NewAssessment(
        municipality="Adorf", project="Ratsinfo", phase=Phase.PLANNING, held_on=date(2026, 1, 2)
    ))
    again = workspace.reassess(demo_id, date(2027, 1, 1))
    model = AssessmentTreeModel()
    total = len(workspace.guideline.statements)
    model.load(workspace.list_assessments(), total, "de")
    assert model.rowCount() == 2
    adorf, demo = model.index(0, 0), model.index(1, 0)
    assert adorf.data() == "Adorf – Ratsinfo"
    assert model.rowCount(adorf) == 1 and model.index(0, 0, adorf).data(ID_ROLE) == other
    assert model.rowCount(demo) == 2
    # Newest first, the repeat marked as such; progress as answered/total.
    assert model.index(0, COL_NAME, demo).data(ID_ROLE) == again
    assert "Wiederholung" in model.index(0, COL_NAME, demo).data()
    assert model.index(1, COL_PROGRESS, demo).data().startswith(f"{total}/{total}")
    assert model.index(1, COL_PHASE, demo).data() == "Einführung"
    model.set_language("en")
    assert model.index(1, COL_PHASE, model.index(1, 0)).data() == "Introduction"


def test_gaps_model_sorts_by_gap_then_weighted_gap(qapp, workspace, demo_id):
    ev = workspace.evaluation(demo_id)
    results = list(ev.results.statements.values())
    model = GapsTableModel()
    model.load(results, "en")
    assert model.rowCount() == 10
    rows = [
        (model.index(r, COL_GAP).data(), float(model.index(r, COL_WEIGHTED).data()))
        for r in range(model.rowCount())
    ]
    assert rows == sorted(rows, reverse=True)
    assert rows[0][0] == max(r.gap or 0 for r in results)
    first = next(r for r in results if r.statement.id == model.index(0, COL_ID).data())
    assert model.index(0, 1).data() == first.statement.text.en
    # The header says how the table is sorted.
    assert "▼" in model.headerData(COL_GAP, Qt.Orientation.Horizontal)


def test_a_larger_gap_comes_before_a_larger_weight(qapp):
    from desktop_app.domain.answers import AnswerSet
    from desktop_app.domain.scoring import score
    from tests.factories import rated, small_guideline

    guideline = small_guideline()
    # A1 (weight 1): gap 3, weighted 3. A2 (weight 2): gap 2, weighted 4. B1, B2 (weight 1):
    # gap 2 each, weighted 2; B1 first in the guideline's order.
    answers = AnswerSet(
        default_target=3,
        answers={
            "A1": rated("A1", 0),
            "A2": rated("A2", 1),
            "B2": rated("B2", 1),
            "B1": rated("B1", 1),
        },
    )
    model = GapsTableModel()
    model.load(list(score(guideline, answers).statements.values()), "de")
    ids = [model.index(r, COL_ID).data() for r in range(model.rowCount())]
    assert ids == ["A1", "A2", "B1", "B2"]
    assert model.index(1, COL_WEIGHTED).data() == "4,0"
