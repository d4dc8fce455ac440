"""Appendix: every answer with comment, evidence and votes; glossary; full source list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from desktop_app.domain.answers import AnswerKind
from desktop_app.reporting.blocks import data_table, level_name, para, rich
from desktop_app.reporting.strings import tr
from desktop_app.reporting.styles import CM, styles
from desktop_app.reporting.text import markup

if TYPE_CHECKING:
    from desktop_app.domain.assessment import Evaluation
    from desktop_app.domain.model import Dimension


def votes_text(ev: Evaluation, statement_id: str, lang: str) -> str:
    """``Stufe 1: 5`` per line: votes per level by headcount, levels without votes left out."""
    dist = ev.answers.get(statement_id).distribution()
    return "\n".join(tr("level_votes", lang, level=level, n=n)
                     for level, n in sorted(dist.items()) if n)


def _rating(ev: Evaluation, statement_id: str, lang: str) -> str:
    r = ev.results.statements[statement_id]
    if r.kind is AnswerKind.RATED:
        return level_name(r.level, ev.guideline, lang)
    if r.kind is None:
        return tr("flag_missing", lang)
    from desktop_app.domain.labels import label

    return label(r.kind, lang)


def _answers(dim: Dimension, ev: Evaluation, lang: str) -> list[Flowable]:
    s = styles()
    rows = []
    for st in dim.statements:
        answer = ev.answers.get(st.id)
        cell: list[Flowable] = [para(st.text.get(lang), s.cell)]
        if answer.comment:
            cell.append(rich([(f"<b>{markup(tr('comment', lang))}:</b> ", answer.comment)],
                             s.cell_small))
        if answer.evidence:
            cell.append(rich([(f"<b>{markup(tr('evidence', lang))}:</b> ", answer.evidence)],
                             s.cell_small))
        rows.append([
            para(st.id, s.cell_bold),
            cell,
            para(_rating(ev, st.id, lang), s.cell),
            para(str(ev.results.statements[st.id].target), s.cell),
            para(votes_text(ev, st.id, lang) or tr("none", lang), s.cell_small),
        ])
    header = [tr(k, lang) for k in ("col_id", "col_statement", "col_answer", "col_target",
                                    "votes")]
    return [
        CondPageBreak(4 * CM),
        para(f"{dim.id}  {dim.title.get(lang)}", s.h3_table),
        data_table(header, rows, [1.1 * CM, 8.8 * CM, 3.1 * CM, 1.6 * CM, 2.4 * CM]),
    ]


def build(ev: Evaluation, lang: str) -> list[Flowable]:
    s = styles()
    g = ev.guideline
    out: list[Flowable] = [
        PageBreak(), para(tr("appendix", lang), s.h1), para(tr("answers", lang), s.h2),
    ]
    for dim in g.dimensions:
        out += _answers(dim, ev, lang)
    if g.glossary:
        rows = [[para(e.term.get(lang), s.cell_bold), para(e.definition.get(lang), s.cell)]
                for e in g.glossary]
        out += [CondPageBreak(4 * CM), para(tr("glossary", lang), s.h2),
                data_table([tr("col_term", lang), tr("col_definition", lang)], rows,
                           [5.2 * CM, 11.8 * CM])]
    if g.sources:
        out += [CondPageBreak(4 * CM), para(tr("source_list", lang), s.h2)]
        for src in g.sources.values():
            parts: list[tuple[str, str | None]] = [("<b>", src.short), ("</b><br/>", src.citation)]
            if src.url:
                parts.append(("<br/>", src.url))
            out.append(rich(parts, s.small))
    return out
