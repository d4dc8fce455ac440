"""The one annex: about the assessment, every statement with its answer, long texts,
glossary and sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table, TableStyle

from desktop_app.reporting.blocks import data_table, facts_table, para, rich
from desktop_app.reporting.flowables import TwoColumns
from desktop_app.reporting.formats import number, percent
from desktop_app.reporting.strings import tr
from desktop_app.reporting.styles import ACCENT_LIGHT, CM, styles
from desktop_app.reporting.text import markup

if TYPE_CHECKING:
    from desktop_app.reporting.model.types import (
        AnswerRow,
        DimensionAnswers,
        GroupVote,
        ReportModel,
    )


def votes_text(votes: tuple[GroupVote, ...], lang: str) -> str:
    """``Leitung 3 (2) · Beschäftigte 1 (5)``: each role group's vote and headcount."""
    return " · ".join(
        tr("vote", lang, group=v.role_group,
           level=v.level if v.level is not None else v.kind, n=v.headcount)
        for v in votes
    )


def _detail(r: AnswerRow, lang: str) -> list[Flowable]:
    s = styles(lang)
    cell: list[Flowable] = [para(r.statement, s.tiny)]
    # What the level means for this statement, then the votes, in one paragraph: most
    # anchors are short, and a line of its own for the votes made the annex a page longer.
    parts: list[tuple[str, str | None]] = []
    if r.anchor:
        quoted = f"„{r.level_label}“" if lang == "de" else f"“{r.level_label}”"
        parts += [("<i>", f"{r.level} {quoted}: {r.anchor}"), ("</i>", None)]
    if r.votes:
        parts.append((f"{' · ' if parts else ''}{markup(tr('votes', lang))}: ",
                      votes_text(r.votes, lang)))
    if parts:
        cell.append(rich(parts, s.tiny_muted))
    lines = [
        ("not_relevant_reason", r.not_relevant_reason.shown),
        ("comment", r.comment.shown),
        ("evidence", r.evidence.shown),
    ]
    for key, value in lines:
        if value:
            cell.append(rich([(f"<b>{markup(tr(key, lang))}:</b> ", value)], s.tiny))
    return cell


def _heading_row(d: DimensionAnswers, lang: str) -> list[object]:
    s = styles(lang)
    line = tr("dimension_score", lang, score=percent(d.score.percent, lang),
              target=percent(d.score.target_percent, lang), rated=d.score.rated,
              total=d.score.total)
    return [rich([("<b>", f"{d.id}  {d.title}"), ("</b>   ", line)], s.cell), "", "", ""]


def _answers_table(dims: tuple[DimensionAnswers, ...], lang: str) -> Table:
    """One table for all statements, a shaded row naming each dimension.

    One header for all (repeated on every page) instead of one per dimension keeps the
    annex a page shorter.
    """
    s = styles(lang)
    rows: list[list[object]] = []
    heads: list[int] = []
    for d in dims:
        heads.append(len(rows) + 1)  # + the header row
        rows.append(_heading_row(d, lang))
        rows += [[
            para(r.statement_id, s.cell_bold),
            _detail(r, lang),
            # A level is spelt out beside the statement with what it means there.
            [para(str(r.level) if r.level is not None else r.answer,
                  s.cell_bold if r.level is not None else s.tiny),
             *(para(n, s.tiny_muted) for n in r.notes)],
            para(str(r.target), s.tiny),
        ] for r in d.rows]
    header = [tr(k, lang) for k in ("col_id", "col_statement", "col_answer", "col_target")]
    table = data_table(header, rows, [0.9 * CM, 12.9 * CM, 2.0 * CM, 1.2 * CM], lang,
                       align_right=(3,), padding=1)
    commands: list[tuple[object, ...]] = []
    for row in heads:
        commands += [("SPAN", (0, row), (-1, row)),
                     ("BACKGROUND", (0, row), (-1, row), colors.HexColor(ACCENT_LIGHT)),
                     ("TOPPADDING", (0, row), (-1, row), 3)]
    table.setStyle(TableStyle(commands))
    return table


def _long_texts(model: ReportModel) -> list[Flowable]:
    lang = model.lang
    s = styles(lang)
    lt = model.annex.long_texts
    out: list[Flowable] = [CondPageBreak(4 * CM),
                           para(model.section("long_texts").title, s.h2),
                           para(tr("long_intro", lang), s.tiny_muted)]
    for e in lt.entries:
        length = tr("long_length", lang, n=number(e.length, lang))
        out.append(rich([("<b>", f"{e.ref} · {e.context}"), ("</b> ", f"({length})")],
                        s.cell_small))
        out.append(para(e.text, s.tiny))
        out.append(Spacer(1, 3))
    if lt.note:
        out.append(para(lt.note, s.cell_bold))
    return out


def build(model: ReportModel) -> list[Flowable]:
    lang = model.lang
    s = styles(lang)
    a = model.annex
    titles = {h.id: h.title for h in model.outline}
    facts = [(f.label, f.value) for f in a.facts]
    out: list[Flowable] = [PageBreak(), para(titles["about"], s.h1),
                           facts_table(facts, [4.0 * CM, 13.0 * CM], lang)]
    out += [para(titles["answers"], s.h2), para(tr("answers_intro", lang), s.tiny_muted)]
    if not a.dimensions:
        out.append(para(tr("no_dimensions", lang), s.body))
    else:
        out.append(_answers_table(a.dimensions, lang))
    if "long_texts" in titles:
        out += _long_texts(model)
    if a.glossary:
        terms: list[Flowable] = []
        for t in a.glossary:
            terms.append(rich([("<b>", t.term), ("</b> ", t.definition)], s.tiny))
        # h2_table: a heading kept with the columns would move them whole to the next page.
        out += [CondPageBreak(4 * CM), para(titles["glossary"], s.h2_table),
                TwoColumns(terms)]
    if a.sources:
        entries: list[Flowable] = []
        for src in a.sources:
            parts = [("<b>", src.short), ("</b><br/>", src.citation)]
            if src.url:
                parts.append(("<br/>", src.url))
            entries.append(rich(parts, s.tiny))
        # Two columns that end level: no page holds only a few references.
        out += [CondPageBreak(4 * CM), para(titles["sources"], s.h2_table),
                TwoColumns(entries)]
    return out

