"""Page 1 tells leadership what the team decided, not only what the rules proposed."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from desktop_app.domain.assessment import evaluate
from desktop_app.domain.model import Guideline
from desktop_app.domain.plan import Decision, PlanEntry
from desktop_app.reporting.pdf import render_report
from desktop_app.reporting.summary import top_measures
from desktop_app.services.demo_data import build_demo


def test_accepted_measures_lead_the_summary_with_decision_and_due_date(
    guideline: Guideline,
) -> None:
    demo = build_demo(guideline)
    proposed = evaluate(guideline, demo.info, demo.answers, []).plan.active()
    last = next(i for i in reversed(proposed) if i.recommendation is not None)
    accepted = PlanEntry(last.key, decision=Decision.ACCEPTED, due=date(2027, 3, 31))
    ev = evaluate(guideline, demo.info, demo.answers, [accepted])

    top = top_measures(ev)
    assert top[0].key == last.key  # accepted comes first, whatever its priority
    page1 = " ".join((PdfReader(io.BytesIO(render_report(ev, "de"))).pages[0].extract_text()
                      or "").split())
    assert "angenommen, fällig 31.03.2027" in page1
    assert "vorgeschlagen" in page1
    assert "davon vom Team angenommen" in page1
