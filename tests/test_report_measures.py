"""The PDF's measure rows carry what leadership needs from the content and the plan."""

from __future__ import annotations

import dataclasses
import io

from pypdf import PdfReader

from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.assessment import evaluate
from desktop_app.domain.model import Guideline
from desktop_app.reporting.pdf import render_report
from desktop_app.services.demo_data import build_demo


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((p.extract_text() or "").split()) for p in pages)


def test_measures_show_owner_partners_criterion_barrier_and_merged_measures(
    guideline: Guideline,
) -> None:
    demo = build_demo(guideline)
    answers = dict(demo.answers.answers)
    # The story of one situation: benefit invisible (one merged measure), strategy unknown
    # (a waiting measure), funding after the grant open (an inferred measure, T-J1).
    for sid, level in {"E3": 0, "G4": 0, "F6": 0, "B7": 0, "J3": 0}.items():
        answers[sid] = Answer(sid, AnswerKind.RATED, level)
    answers["B2"] = Answer("B2", AnswerKind.UNKNOWN)
    ev = evaluate(guideline, demo.info, dataclasses.replace(demo.answers, answers=answers), [])
    for lang, expected in {
        "de": ["Erledigt, wenn:", "Verantwortlich:", "Beteiligt:", "Barriere:",
               "Warum: Im Fokus: Rang 1 von", "Umfasst auch:",
               "eigene Ableitung des Leitfadens, gestützt auf",
               "Zurückgestellt bis zur Klärung: O-B7", "Danach über die zurückgestellte "
               "Maßnahme O-B7 entscheiden."],
        "en": ["Done when:", "Responsible:", "Involved:", "Barrier:",
               "Why: In focus: rank 1 of", "Also covers:",
               "the guideline's own inference, drawing on", "Held back until clarified: O-B7",
               "Then decide on the measure held back, O-B7."],
    }.items():
        text = _text(render_report(ev, lang))
        missing = [e for e in expected if e not in text]
        assert not missing, (lang, missing)
