"""The report model: what the action plan shows, computed once from an ``Evaluation``.

Every output renders this model and nothing else, so the PDF and later Word, Excel, HTML or
calendar outputs cannot disagree. Pure Python: no reportlab, no matplotlib, no markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.domain import budget
from desktop_app.domain.plan import Origin
from desktop_app.reporting.model import annex, decisions, figures, measures
from desktop_app.reporting.model.longtext import LongTextRegistry
from desktop_app.reporting.model.types import (
    Annex,
    DecisionPage,
    Part,
    ReportModel,
    SectionHead,
)
from desktop_app.reporting.strings import tr
from desktop_app.reporting.text import clean

if TYPE_CHECKING:
    from desktop_app.domain.assessment import Evaluation

__all__ = ["ReportModel", "build_model"]

# Section ids in reading order; the part decides whether leadership reads it or the annex.
LEADERSHIP_SECTIONS = ("decisions", "results", "findings", "barriers", "focus", "backlog",
                       "clarifications", "rejected")
ANNEX_SECTIONS = ("about", "answers", "long_texts", "glossary", "sources")


def _outline(model_parts: dict[str, bool], lang: str) -> tuple[SectionHead, ...]:
    heads = [SectionHead(s, tr(f"section_{s}", lang), Part.LEADERSHIP)
             for s in LEADERSHIP_SECTIONS if model_parts.get(s, True)]
    heads += [SectionHead(s, tr(f"section_{s}", lang), Part.ANNEX)
              for s in ANNEX_SECTIONS if model_parts.get(s, True)]
    return tuple(heads)


def build_model(ev: Evaluation, lang: str) -> ReportModel:
    """Everything the report shows, in ``lang`` ("de" or "en")."""
    lang = "en" if lang == "en" else "de"
    texts = LongTextRegistry(lang)
    info = ev.info
    focus, backlog = measures.plan_measures(ev, lang, texts)
    clarifications = tuple(measures.clarification(i, ev, lang, texts)
                           for i in ev.plan.clarifications())
    rejected = tuple(measures.rejected(i, lang, texts) for i in ev.plan.rejected())
    dims = tuple(annex.dimension(d, ev, lang, texts) for d in ev.guideline.dimensions)

    focus_items = [i for i in ev.plan.focus() if i.origin is not Origin.CLARIFICATION]
    years = budget.by_due_year(focus_items)
    budget_rows = decisions.budget_rows(years, lang)
    reassess = budget.reassessment_date(info.held_on)
    disputed = decisions.disputed(ev, lang)
    participants, headcount = decisions.participants(ev, lang)
    page = DecisionPage(
        title=tr("title", lang),
        subtitle=" · ".join(clean(t, 300) for t in (info.municipality, info.project) if t),
        facts=decisions.facts(ev, lang),
        decisions=decisions.decisions(ev, focus, budget_rows[-1], clarifications, reassess,
                                      lang),
        focus=focus[: decisions.PAGE_FOCUS],
        focus_more=max(0, len(focus) - decisions.PAGE_FOCUS),
        budget=budget_rows,
        budget_note=tr("budget_note", lang),
        participants=participants,
        participants_total=headcount,
        disputed=disputed[: decisions.PAGE_DISPUTED],
        disputed_more=tuple(p.statement_id for p in disputed[decisions.PAGE_DISPUTED:]),
        unknown=decisions.unknown(ev, lang),
        next_steps=decisions.next_steps(focus, clarifications, reassess, lang),
        reassessment=reassess,
    )
    present = {
        "clarifications": bool(clarifications),
        "backlog": bool(backlog),
        "rejected": bool(rejected),
        "glossary": bool(ev.guideline.glossary),
        "sources": bool(ev.guideline.sources),
    }
    long_texts = texts.annex()
    present["long_texts"] = bool(long_texts.entries or long_texts.omitted)
    return ReportModel(
        lang=lang,
        title=tr("title", lang),
        municipality=clean(info.municipality, 300),
        project=clean(info.project, 300),
        held_on=info.held_on,
        outline=_outline(present, lang),
        decision_page=page,
        key_figures=figures.key_figures(ev, lang),
        findings=figures.findings(ev, disputed, lang),
        charts=figures.charts(ev, disputed, lang),
        barriers=measures.barrier_view(ev, focus, backlog, lang),
        focus=focus,
        backlog=backlog,
        clarifications=clarifications,
        rejected=rejected,
        annex=Annex(
            facts=annex.facts(ev, lang),
            dimensions=dims,
            long_texts=long_texts,
            glossary=annex.glossary(ev, lang),
            sources=annex.sources(ev),
        ),
    )
