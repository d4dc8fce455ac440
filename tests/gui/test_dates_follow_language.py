"""Dates in the UI are written the way the chosen language writes them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop_app.domain.assessment import AssessmentSummary, Phase
from desktop_app.texts.dates import day
from desktop_app.ui.models.assessment_tree import COL_DATE, AssessmentTreeModel

pytestmark = pytest.mark.gui


def test_day_formats() -> None:
    assert day(date(2026, 9, 15), "de") == "15.09.2026"
    assert day(date(2026, 9, 15), "en") == "2026-09-15"
    assert day(None, "en") == "–"


def test_assessment_list_shows_dates_in_the_ui_language(qapp: object) -> None:
    summary = AssessmentSummary(1, "Stadt X", "Zwilling", "", Phase.PLANNING,
                                date(2026, 9, 15), datetime(2026, 9, 15, 10), 3, "1.1.0", None)
    model = AssessmentTreeModel()
    for lang, expected in (("de", "15.09.2026"), ("en", "2026-09-15")):
        model.load([summary], 68, lang)
        row = model.index(0, 0, model.index(0, 0))
        assert model.index(row.row(), COL_DATE, row.parent()).data() == expected
