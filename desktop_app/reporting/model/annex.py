"""The one annex: every statement with its answer, the long texts, glossary and sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.domain.answers import AnswerKind
from desktop_app.domain.labels import label
from desktop_app.reporting.formats import day, level_name
from desktop_app.reporting.model import longtext
from desktop_app.reporting.model.decisions import group_votes
from desktop_app.reporting.model.figures import score_figure
from desktop_app.reporting.model.types import (
    EMPTY,
    AnswerRow,
    Bounded,
    DimensionAnswers,
    Fact,
    SourceEntry,
    Term,
)
from desktop_app.reporting.strings import tr
from desktop_app.reporting.text import shorten

if TYPE_CHECKING:
    from desktop_app.domain.assessment import Evaluation
    from desktop_app.domain.model import Dimension, Statement
    from desktop_app.reporting.model.longtext import LongTextRegistry


def facts(ev: Evaluation, lang: str) -> tuple[Fact, ...]:
    info = ev.info
    pairs = [
        (tr("municipality", lang), info.municipality),
        (tr("project", lang), info.project),
        (tr("assessment_title", lang), info.title),
        (tr("phase", lang), label(info.phase, lang)),
        (tr("workshop", lang), day(info.held_on, lang)),
        (tr("moderator", lang), info.moderator),
        (tr("participants_text", lang), info.participants),
        (tr("guideline_version", lang), ev.guideline.version),
    ]
    # Names and titles are capped at 200–500 characters by domain.limits; participants at
    # 5,000 – the annex shows the beginning of that free text.
    return tuple(Fact(k, shorten(" ".join(v.split()), 600)) for k, v in pairs if v)


def _notes(ev: Evaluation, statement_id: str, lang: str) -> tuple[str, ...]:
    r = ev.results.statements[statement_id]
    notes = []
    if r.consensus_missing:
        notes.append(tr("flag_consensus_missing", lang))
    if r.disagreement:
        notes.append(tr("flag_disagreement", lang))
    if ev.answers.get(statement_id).flagged and not r.disagreement:
        notes.append(tr("flag_flagged", lang))
    return tuple(notes)


def _answer(r_kind: AnswerKind | None, level: int | None, ev: Evaluation, lang: str) -> str:
    if r_kind is AnswerKind.RATED:
        return level_name(level, ev.guideline, lang)
    if r_kind is None:
        return tr("flag_missing", lang)
    return label(r_kind, lang)


def answer_row(st: Statement, ev: Evaluation, lang: str, texts: LongTextRegistry) -> AnswerRow:
    r = ev.results.statements[st.id]
    answer = ev.answers.get(st.id)
    rated = r.kind is AnswerKind.RATED and r.level is not None
    level = r.level if rated else None
    anchor = st.levels[level].get(lang) if level is not None and level < len(st.levels) else ""
    scale = ev.guideline.scale
    level_label = scale[level].label.get(lang) if level is not None and level < len(scale) else ""
    where = tr("statement_context", lang, sid=st.id)
    reason = EMPTY
    if r.kind is AnswerKind.NOT_RELEVANT:
        given = answer.not_relevant_reason
        reason = (texts.bound(given, longtext.CELL, f"{where}: {tr('not_relevant_reason', lang)}")
                  if given else Bounded(tr("no_reason_given", lang)))
    return AnswerRow(
        statement_id=st.id,
        statement=st.text.get(lang),
        answer=_answer(r.kind, r.level, ev, lang),
        level=level,
        level_label=level_label,
        anchor=anchor,
        target=r.target,
        gap=r.gap,
        notes=_notes(ev, st.id, lang),
        votes=group_votes(ev, st.id, lang),
        comment=texts.bound(answer.comment, longtext.CELL, f"{where}: {tr('comment', lang)}"),
        evidence=texts.bound(answer.evidence, longtext.CELL, f"{where}: {tr('evidence', lang)}"),
        not_relevant_reason=reason,
    )


def dimension(dim: Dimension, ev: Evaluation, lang: str,
              texts: LongTextRegistry) -> DimensionAnswers:
    return DimensionAnswers(
        id=dim.id,
        title=dim.title.get(lang),
        score=score_figure(dim.id, ev.results.dimensions[dim.id]),
        rows=tuple(answer_row(st, ev, lang, texts) for st in dim.statements),
    )


def glossary(ev: Evaluation, lang: str) -> tuple[Term, ...]:
    return tuple(Term(e.term.get(lang), e.definition.get(lang)) for e in ev.guideline.glossary)


def sources(ev: Evaluation) -> tuple[SourceEntry, ...]:
    return tuple(SourceEntry(s.short, s.citation, s.url) for s in ev.guideline.sources.values())
