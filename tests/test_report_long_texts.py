"""An assessment with the longest texts the exchange format allows gives a bounded report.

Legal input once gave a 1,660-page report after 6½ minutes: 100,000 characters of comment
and evidence on every statement and 25 own measures, all printed whole. Now each free text
is cut to its place (300 characters in a cell, 600 for a measure's description, 160 for a
title) and the annex prints long texts up to 3,000 characters each and 24,000 together.

The bound: the demo's report has 15 pages. Every statement row can grow by three cells of
300 characters (comment, evidence, reason: about 12 more lines, 70 rows → about 14 pages),
the 13 accepted own measures take at most half a page each in focus (about 7 pages), the
12 rejected ones a few lines each, and the long-text annex about 5 pages: 15 + 14 + 7 + 1 +
5 = 42, so 45 pages leaves room for wording, yet is far from what unbounded texts gave.
How long the texts are beyond the caps does not matter: half as long gives the same pages.
The time is measured in ``benchmarks/bench_core.py``, not here.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from desktop_app.domain.assessment import Evaluation, evaluate
from desktop_app.domain.model import Guideline
from desktop_app.reporting.model import build_model, longtext
from desktop_app.reporting.model.types import Bounded, ReportModel
from desktop_app.reporting.pdf import render_report
from tests.report_helpers import longest_texts_evaluation, pdf_pages

MAX_PAGES = 45


@pytest.fixture(scope="module")
def longest(guideline: Guideline) -> Evaluation:
    return longest_texts_evaluation(guideline)


def _bounded(value: object) -> list[Bounded]:
    if isinstance(value, Bounded):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [b for f in dataclasses.fields(value) for b in _bounded(getattr(value, f.name))]
    if isinstance(value, tuple | list):
        return [b for v in value for b in _bounded(v)]
    if isinstance(value, dict):
        return [b for v in value.values() for b in _bounded(v)]
    return []


def _flat(text: str) -> str:
    """Text without whitespace and without the hyphens of line-end hyphenation."""
    return re.sub(r"-\s*\n", "", text).replace("\n", " ").replace(" ", "")


def test_long_texts_give_a_bounded_report_with_every_beginning_and_pointer(
    longest: Evaluation,
) -> None:
    model = build_model(longest, "de")
    pages = pdf_pages(render_report(longest, "de"))
    assert len(pages) <= MAX_PAGES
    flat = _flat("\n".join(pages))
    cut = list({b.ref: b for b in _bounded(model) if b.ref}.values())  # page 1 repeats some
    assert len(cut) > 200  # comment and evidence of 70 statements, 25 own measures
    for b in cut:
        assert _flat(b.text[:40]) in flat, b.text[:40]
        # A table row split at a page foot may put the page furniture inside a pointer.
        assert f"{b.ref})" in flat, b.pointer
    opening = _flat(cut[0].pointer.split(",")[0])
    assert flat.count(opening) >= len(cut) - len(pages)
    # The annex prints the first texts up to its cap and says where the others are.
    lt = model.annex.long_texts
    assert sum(len(e.text) for e in lt.entries) <= longtext.ANNEX_BUDGET
    assert all(len(e.text) <= longtext.ANNEX_CAP for e in lt.entries)
    assert lt.omitted and _flat(lt.note) in flat
    assert f"{lt.omitted[0]}bis{lt.omitted[-1]}" in flat


def test_length_beyond_the_caps_does_not_change_the_report(guideline: Guideline,
                                                           longest: Evaluation) -> None:
    def halve(ev: Evaluation) -> Evaluation:
        answers = {k: dataclasses.replace(a, comment=a.comment[:50_000],
                                          evidence=a.evidence[:50_000])
                   for k, a in ev.answers.answers.items()}
        entries = [dataclasses.replace(i.entry, text=i.entry.text[:50_000],
                                       note=i.entry.note[:50_000])
                   for i in ev.plan.items if i.key.startswith("own:")]
        return evaluate(guideline, ev.info, dataclasses.replace(ev.answers, answers=answers),
                        entries)

    full = pdf_pages(render_report(longest, "en"))
    half = pdf_pages(render_report(halve(longest), "en"))
    assert len(full) == len(half)


def test_a_text_that_fits_is_shown_whole_without_pointer(longest: Evaluation) -> None:
    registry = longtext.LongTextRegistry("de")
    short = registry.bound("Protokoll vom 15.09.", longtext.CELL, "Aussage A1: Belege")
    assert short == Bounded("Protokoll vom 15.09.")
    model: ReportModel = build_model(longest, "de")
    assert model.annex.long_texts.entries[0].ref == "L1"
