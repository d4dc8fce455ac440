"""The report leadership reads: page 1 asks for decisions, the rest stays short, the annex
holds every statement once."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from desktop_app.domain.answers import Answer, AnswerKind, AnswerSet
from desktop_app.domain.assessment import Evaluation, RespondentInfo, evaluate
from desktop_app.domain.model import Guideline
from desktop_app.domain.plan import Decision, PlanEntry
from desktop_app.reporting.model import build_model
from desktop_app.reporting.model.types import DecisionKind
from desktop_app.reporting.pdf import render_report
from desktop_app.reporting.strings import tr
from desktop_app.services.demo_data import build_demo
from tests.report_helpers import annex_start, demo_evaluation, pdf_pages, squash

LEADERSHIP_PAGES = 10
TOTAL_PAGES = 16


@pytest.fixture(scope="module")
def demo(guideline: Guideline) -> Evaluation:
    return demo_evaluation(guideline)


@pytest.fixture(scope="module")
def demo_pages(demo: Evaluation) -> dict[str, list[str]]:
    return {lang: pdf_pages(render_report(demo, lang)) for lang in ("de", "en")}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_demo_report_is_short_and_starts_with_the_decisions(
    demo: Evaluation, demo_pages: dict[str, list[str]], lang: str
) -> None:
    pages = demo_pages[lang]
    model = build_model(demo, lang)
    first = squash(pages[0])
    assert tr("section_decisions", lang) in first
    for decision in model.decision_page.decisions:
        assert squash(decision.title) in first, decision.title
    assert len(model.decision_page.decisions) >= 3
    assert [m.number for m in model.decision_page.focus] == list(range(1, 13))
    for m in model.decision_page.focus:
        assert m.title.text[:25] in first, m.title.text
    assert "Leitung 2 · Beschäftigte 5 · IT 3" in first
    for point in (*model.decision_page.disputed, *model.decision_page.unknown):
        assert point.statement_id in first
    assert "15.09.2027" in first or "2027-09-15" in first  # the re-assessment
    assert annex_start(pages, lang) - 1 <= LEADERSHIP_PAGES
    assert len(pages) <= TOTAL_PAGES
    # The running header keeps the whole project name.
    assert "Stadt Lindenfeld (Demo) · Einführung Digitaler Zwilling" in squash(pages[1])


def test_decision_page_fits_without_shrinking(demo: Evaluation) -> None:
    from reportlab.platypus.flowables import _listWrapOn

    from desktop_app.reporting import decision
    from desktop_app.reporting.pdf import _configure_reportlab
    from desktop_app.reporting.styles import CONTENT_HEIGHT, CONTENT_WIDTH

    _configure_reportlab()
    for lang in ("de", "en"):
        frame = decision.build(build_model(demo, lang))[0]
        _, height = _listWrapOn(frame._content, CONTENT_WIDTH, None)
        assert height <= CONTENT_HEIGHT, (lang, height)


def test_focused_plan_is_short_and_one_measure_per_topic(demo: Evaluation) -> None:
    focus = demo.plan.focus()
    assert 0 < len(focus) <= 12
    topics = [i.topic for i in focus if i.topic is not None]
    assert len(topics) == len(set(topics))
    assert [m.key for m in build_model(demo, "de").focus] == [i.key for i in focus]


def test_suggestions_are_marked_until_the_team_confirms(demo_pages: dict[str, list[str]]) -> None:
    first = squash(demo_pages["de"][0])
    assert "15.03.2027*" in first  # suggested from workshop date and horizon
    assert "15.12.2026 " in first and "15.12.2026*" not in first  # set by the team
    assert "Kämmerei*" in first  # the guideline's role
    assert "Fachbereichsleitung Vermessung*" not in first  # named by the team


def _with(guideline: Guideline, entries: list[PlanEntry], **answers: Answer) -> Evaluation:
    d = build_demo(guideline)
    merged = {**d.answers.answers, **answers}
    return evaluate(guideline, d.info, AnswerSet(3, merged), [*d.entries, *entries])


def test_decisions_follow_from_what_the_team_recorded(guideline: Guideline) -> None:
    plan = demo_evaluation(guideline).plan
    first = next(i for i in plan.focus() if i.recommendation is not None)
    decided = PlanEntry(first.key, decision=Decision.ACCEPTED, owner="Kämmerin Schulz",
                        due=date(2027, 6, 30), effort_days=40, cost_eur=12_000)
    ev = _with(guideline, [decided])
    model = build_model(ev, "de")
    by_kind = {d.kind: d for d in model.decision_page.decisions}
    number = next(m.number for m in model.focus if m.key == first.key)
    assert number not in by_kind[DecisionKind.NAME_OWNERS].measures
    assert number not in by_kind[DecisionKind.CONFIRM_DUES].measures
    approve = by_kind[DecisionKind.APPROVE_FOCUS]
    assert "Zwei davon hat das Team bereits angenommen" not in approve.detail
    assert "2 davon hat das Team bereits angenommen." in approve.detail
    assert "externe Kosten 12.000–17.000 € (für 2 von 12 geschätzt)" in approve.detail
    assert by_kind[DecisionKind.REASSESS].due == date(2027, 9, 15)
    total = model.decision_page.budget[-1]
    assert total.label == "Summe" and total.cost_eur[1] >= 12_000


def test_held_back_measures_are_named_in_the_clarification_decision(
    guideline: Guideline,
) -> None:
    ev = _with(guideline, [], B2=Answer("B2", AnswerKind.UNKNOWN),
               B7=Answer("B7", AnswerKind.RATED, 0))
    model = build_model(ev, "en")
    clarify = next(d for d in model.decision_page.decisions if d.kind is DecisionKind.CLARIFY)
    assert "O-B7" in clarify.detail and "held back" in clarify.detail


def test_one_measure_reads_in_the_singular(guideline: Guideline) -> None:
    d = build_demo(guideline)
    only = AnswerSet(3, {"J1": Answer("J1", AnswerKind.RATED, 0)})
    ev = evaluate(guideline, d.info, only, [])
    assert len(ev.plan.focus()) == 1
    model = build_model(ev, "de")
    titles = [d.title for d in model.decision_page.decisions]
    assert "Die Maßnahme im Fokus freigeben" in titles
    assert not any("1 Maßnahmen" in t or "1 Termine" in t for t in titles)
    assert "Einen Termin bestätigen" in titles


def test_participants_are_role_groups_never_names(guideline: Guideline) -> None:
    d = build_demo(guideline)
    people = (RespondentInfo(1, "Zora Quistorp", "Leitung", 1),
              RespondentInfo(2, "Ylva Pfefferkorn", "Personalrat", 2),
              RespondentInfo(3, "Xaver Wendehals", "Leitung", 1))
    info = dataclasses.replace(d.info, respondents=people)
    ev = evaluate(guideline, info, d.answers, d.entries)
    full = squash(" ".join(pdf_pages(render_report(ev, "de"))))
    assert "4 Personen: Leitung 2 · Personalrat 2" in full
    for name in ("Quistorp", "Pfefferkorn", "Wendehals"):
        assert name not in full


def test_reasons_of_the_team_are_printed(guideline: Guideline) -> None:
    plan = demo_evaluation(guideline).plan
    backlog = plan.backlog()[0]
    rejected = PlanEntry(backlog.key, decision=Decision.REJECTED,
                         reject_reason="Läuft bereits im Kreis-Projekt „Digitale Region“.")
    sid = next(s.id for s in guideline.statements if s.id == "A2")
    ev = _with(guideline, [rejected], **{sid: Answer(
        sid, AnswerKind.NOT_RELEVANT, not_relevant_reason="Ziele gibt der Kreis vor.")})
    full = squash(" ".join(pdf_pages(render_report(ev, "de"))))
    assert "Läuft bereits im Kreis-Projekt „Digitale Region“." in full
    assert "Warum nicht relevant: Ziele gibt der Kreis vor." in full


def test_owner_and_involved_roles_stand_apart(demo_pages: dict[str, list[str]]) -> None:
    full = squash(" ".join(demo_pages["de"]))
    # One fact per line in the card (hyphenated where the column is narrow).
    assert "Verantwortlich: Kämmerei* Beteiligt: CDO, Verwal" in full
    assert "Kämmerei mit" not in full


def test_every_statement_once_in_the_annex_with_its_level_text(
    demo: Evaluation, demo_pages: dict[str, list[str]]
) -> None:
    pages = demo_pages["de"]
    annex = squash(" ".join(pages[annex_start(pages, "de") - 1:]))
    for st in demo.guideline.statements:
        assert annex.count(squash(st.text.de)[:60]) == 1, st.id
        r = demo.results.statements[st.id]
        if r.kind is AnswerKind.RATED and r.level is not None:
            assert squash(st.levels[r.level].de)[:40] in annex, st.id
    leadership = squash(" ".join(pages[: annex_start(pages, "de") - 1]))
    listed = [st.id for st in demo.guideline.statements if squash(st.text.de)[:60] in leadership]
    assert len(listed) <= 20  # the largest gaps and the open questions, not all statements


def test_what_a_percentage_means_is_said_once(demo_pages: dict[str, list[str]]) -> None:
    for lang, phrase in (("de", "Anteil an der höchsten Stufe"),
                         ("en", "share of the highest level")):
        assert squash(" ".join(demo_pages[lang])).count(phrase) == 1


def test_no_page_holds_only_a_few_lines(demo_pages: dict[str, list[str]]) -> None:
    for lang, pages in demo_pages.items():
        last = [ln for ln in pages[-1].split("\n") if ln.strip()]
        assert len(last) > 15, (lang, last)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_votes_without_consensus_are_marked_as_provisional(
    guideline: Guideline, demo_pages: dict[str, list[str]], lang: str
) -> None:
    """A statement the team voted on but never agreed is scored with the median of the votes;
    the report must say so at the statement and in the completeness line, not pass it off as
    a consensus."""
    d = build_demo(guideline)
    voted = next(a for a in d.answers.answers.values() if a.votes and a.kind is not None)
    answers = dict(d.answers.answers)
    answers[voted.statement_id] = dataclasses.replace(voted, kind=None, level=None)
    ev = evaluate(guideline, d.info, dataclasses.replace(d.answers, answers=answers), d.entries)
    # Hyphenation may break a word of the note across lines: join it again.
    pages = [squash(p).replace("- ", "") for p in pdf_pages(render_report(ev, lang))]
    note = squash(tr("flag_consensus_missing", lang))
    annex = " ".join(pages[annex_start(pages, lang) - 1:])
    assert annex.count(note) == 1
    line = squash(tr("completeness_consensus_missing", lang, n=1)).strip(" ·")
    assert line in " ".join(pages)
    # With every consensus recorded, neither mark appears.
    demo_text = " ".join(squash(p) for p in demo_pages[lang])
    assert note not in demo_text and line not in demo_text
