"""The report model as a flowing document: headings, paragraphs, lists, tables, figures.

Word and HTML are flowing formats: unlike the PDF they do not lay out pages, so they share
one arrangement of the model, made here. Which sections, which tables with which columns,
which labels: decided once, so the Word plan and the HTML report cannot disagree with each
other. The texts are the model's and :mod:`desktop_app.reporting.strings`'; nothing is
computed anew. Plain strings only (no markup): every renderer escapes for its own format.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from desktop_app.domain.scoring import DISAGREEMENT_SPREAD
from desktop_app.reporting.formats import day, effort_text, euros, number, percent, span
from desktop_app.reporting.strings import tr, trn
from desktop_app.reporting.text import clean

if TYPE_CHECKING:
    from desktop_app.reporting.model.types import (
        Chart,
        DecisionPage,
        DimensionAnswers,
        GroupVote,
        Measure,
        OpenPoint,
        ReportModel,
        YearBudgetRow,
    )

# Marks what the team has not fixed yet (the guideline's role, a suggested due date), as in
# the PDF.
SUGGESTED = "*"


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a cell or list item: an optional bold label, then the text."""

    text: str
    label: str = ""
    strong: bool = False  # the whole line bold (a measure's title)
    muted: bool = False  # secondary information (what a level means, a legend)


Cell: TypeAlias = tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class Heading:
    level: int  # 1: a section of the outline; 2, 3: inside it
    text: str
    anchor: str = ""  # a stable id for links (the HTML table of contents)


@dataclass(frozen=True, slots=True)
class Para:
    text: str
    muted: bool = False
    strong: bool = False


@dataclass(frozen=True, slots=True)
class Items:
    """A list; ``numbered`` when the order is part of the content (the decisions)."""

    items: tuple[Cell, ...]
    numbered: bool = False


@dataclass(frozen=True, slots=True)
class Grid:
    """A table with one header row; ``key_column``: the first column names the row."""

    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[int, ...]  # relative column widths
    numeric: tuple[int, ...] = ()  # right-aligned columns
    key_column: bool = True
    caption_shown: bool = True  # False: the heading right above says the same


@dataclass(frozen=True, slots=True)
class Facts:
    """``label: value`` pairs without a header."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Figure:
    """A chart: the renderer draws it and shows its ``table`` beside it for every reader."""

    chart: Chart


Block: TypeAlias = Heading | Para | Items | Grid | Facts | Figure


def chart_grid(chart: Chart, lang: str) -> Grid:
    """The numbers behind ``chart`` as a table, shown right below the picture."""
    columns = len(chart.table.header)
    return Grid(f"{tr('chart_data', lang)}: {chart.title}", chart.table.header,
                tuple(tuple(text(c) for c in row) for row in chart.table.rows),
                (3,) + (1,) * (columns - 1), numeric=tuple(range(1, columns)))


@dataclass(frozen=True, slots=True)
class Document:
    lang: str
    title: str
    subtitle: str
    blocks: tuple[Block, ...]

    def contents(self) -> tuple[Heading, ...]:
        """The sections, for a table of contents."""
        return tuple(b for b in self.blocks if isinstance(b, Heading) and b.level == 1)


def text(value: str) -> Cell:
    return (Line(clean(value)),)


# --------------------------------------------------------------------------- measures


def suggested(value: str, confirmed: bool) -> str:
    return value if confirmed else f"{value} {SUGGESTED}"


def owner(m: Measure) -> str:
    return suggested(m.owner.shown, m.owner_confirmed)


def due(m: Measure, lang: str) -> str:
    if m.due is None:
        return tr("due_open", lang)
    return suggested(day(m.due, lang), m.due_confirmed)


def _measure_main(m: Measure, lang: str) -> Cell:
    title = m.title.shown + (f" ({tr('edited', lang)})" if m.edited else "")
    lines = [Line(title, strong=True)]
    if m.text:
        lines.append(Line(m.text.shown))
    if m.done_when:
        lines.append(Line(m.done_when.shown, tr("done_when", lang)))
    lines.append(Line(m.why, tr("why", lang)))
    if m.findings:
        lines.append(Line("; ".join(m.findings), tr("findings", lang)))
    if m.also:
        lines.append(Line("; ".join(m.also), tr("also_covers", lang)))
    if m.note:
        lines.append(Line(m.note.shown, tr("note", lang)))
    if m.sources:
        lines.append(Line(m.sources, tr("sources", lang), muted=True))
    return tuple(lines)


def _measure_facts(m: Measure, lang: str) -> Cell:
    effort = effort_text(m, lang)
    if m.effort_days is not None:
        effort = tr("person_days", lang, days=effort)
        if m.effort_class:
            effort += f" ({m.effort_class})"
    lines = [Line(owner(m), tr("col_responsible", lang))]
    if m.involved:
        lines.append(Line(m.involved.shown, tr("involved", lang)))
    lines.append(Line(due(m, lang), tr("due", lang)))
    lines.append(Line(effort, tr("effort", lang)))
    if m.cost_eur is not None:
        lines.append(Line(euros(*m.cost_eur, lang), tr("cost", lang)))
    if m.barrier:
        lines.append(Line(m.barrier, tr("barrier", lang)))
    lines.append(Line(f"{m.decision} · {m.status}", tr("status", lang)))
    return tuple(lines)


def _legend(lang: str) -> Para:
    return Para(f"{SUGGESTED} {tr('suggested_legend', lang)}", muted=True)


# --------------------------------------------------------------------------- decisions


def _budget_cell(row: YearBudgetRow, days: bool, lang: str) -> str:
    missing = row.without_effort if days else row.without_cost
    if row.measures == missing:
        return tr("none", lang)
    return span(*row.effort_days, lang) if days else euros(*row.cost_eur, lang)


def participants_text(page: DecisionPage, lang: str) -> str:
    """``10 Personen: Leitung 2 · Beschäftigte 5 · IT 3`` (role groups, never names)."""
    if not page.participants:
        return tr("no_participants", lang)
    groups = " · ".join(f"{g.role_group} {g.headcount}" for g in page.participants)
    return f"{trn('people', lang, page.participants_total)}: {groups}"


def _point(p: OpenPoint) -> Cell:
    head = p.statement_id
    levels = [v.level for v in p.votes if v.level is not None]
    if levels:
        head += f" ({min(levels)}–{max(levels)})"
    return (Line(p.statement, head),)


def _decisions(model: ReportModel) -> Iterator[Block]:
    lang = model.lang
    page = model.decision_page
    yield Heading(1, model.section("decisions").title, "decisions")
    facts = [*(f"{f.label} {f.value}" for f in page.facts),
             f"{tr('participants', lang)}: {participants_text(page, lang)}"]
    yield Para(" · ".join(facts), muted=True)
    yield Para(tr("decisions_intro", lang))
    yield Items(tuple((Line(d.title + ".", strong=True), Line(d.detail))
                      for d in page.decisions), numbered=True)
    yield Heading(2, tr("focus_table", lang))
    if page.focus:
        yield Grid(
            tr("focus_table", lang),
            (tr("col_id", lang), tr("col_measure", lang), tr("col_responsible", lang),
             tr("col_due", lang), tr("col_effort_short", lang)),
            tuple((text(str(m.number)), (Line(m.title.text, strong=True),), text(owner(m)),
                   text(due(m, lang)), text(effort_text(m, lang))) for m in page.focus),
            (2, 15, 8, 5, 3), numeric=(4,),
        )
        if page.focus_more:
            yield Para(tr("focus_more", lang, n=page.focus_more), muted=True)
        yield _legend(lang)
    else:
        yield Para(tr("no_measures", lang))
    yield Heading(2, tr("budget", lang))
    yield Grid(
        tr("budget", lang),
        (tr("col_year", lang), tr("col_measures", lang), tr("col_effort_short", lang),
         tr("col_cost", lang)),
        tuple(((Line(r.label, strong=r.year is None),), text(str(r.measures)),
               text(_budget_cell(r, True, lang)), text(_budget_cell(r, False, lang)))
              for r in page.budget),
        (2, 1, 2, 3), numeric=(1, 2, 3),
    )
    total = page.budget[-1]
    notes = []
    if total.without_effort:
        notes.append(trn("budget_no_days", lang, total.without_effort))
    if total.without_cost:
        notes.append(trn("budget_no_cost", lang, total.measures - total.without_cost,
                         of=total.measures))
    notes.append(page.budget_note)
    yield Para(" ".join(notes), muted=True)
    yield Heading(2, tr("next_steps", lang))
    yield Items(tuple(text(step.text) for step in page.next_steps))
    yield Heading(2, tr("open_points", lang))
    if not page.disputed and not page.unknown:
        yield Para(tr("none_open", lang))
    if page.disputed:
        yield Para(tr("disputed_head", lang), strong=True)
        yield Items(tuple(_point(p) for p in page.disputed))
        if page.disputed_more:
            yield Para(tr("disputed_more", lang, ids=", ".join(page.disputed_more)), muted=True)
    if page.unknown:
        yield Para(tr("unknown_head", lang), strong=True)
        yield Items(tuple(_point(p) for p in page.unknown))


# --------------------------------------------------------------------------- results


def _results(model: ReportModel) -> Iterator[Block]:
    lang = model.lang
    k = model.key_figures
    yield Heading(1, model.section("results").title, "results")
    yield Para(k.percent_meaning)
    yield Grid(
        tr("col_maturity", lang),
        (tr("col_category", lang), tr("col_maturity", lang), tr("chart_target", lang),
         tr("col_rated", lang)),
        tuple((text(f.name), text(percent(f.percent, lang)),
               text(percent(f.target_percent, lang)), text(f"{f.rated}/{f.total}"))
              for f in (k.overall, *k.categories)),
        (4, 2, 2, 2), numeric=(1, 2, 3),
    )
    yield Para(k.completeness, muted=True)
    yield Figure(model.charts["dimensions"])
    yield Heading(2, tr("key_figures", lang))
    yield Facts(tuple((f.label, f.value) for f in k.counts))


def _findings(model: ReportModel) -> Iterator[Block]:
    lang = model.lang
    f = model.findings
    yield Heading(1, model.section("findings").title, "findings")
    yield Heading(2, tr("largest_gaps", lang))
    if f.gaps:
        yield Para(tr("gaps_intro", lang), muted=True)
        quote = "„{}“" if lang == "de" else "“{}”"
        yield Grid(
            tr("largest_gaps", lang),
            tuple(tr(c, lang) for c in ("col_id", "col_statement", "col_level", "col_target",
                                        "col_gap")),
            tuple((text(g.statement_id),
                   (Line(g.statement),
                    Line(g.anchor, f"{g.level} {quote.format(g.level_label)}", muted=True)),
                   text(str(g.level)), text(str(g.target)), (Line(str(g.gap), strong=True),))
                  for g in f.gaps),
            (3, 24, 4, 4, 4), numeric=(2, 3, 4),
        )
        if f.gaps_more:
            yield Para(trn("gaps_more", lang, f.gaps_more), muted=True)
    else:
        yield Para(tr("no_gaps", lang))
    votes = model.charts["votes"]
    if votes.panels:
        yield Heading(2, tr("disagreements", lang))
        yield Para(tr("disagreements_intro", lang, spread=DISAGREEMENT_SPREAD))
        yield Figure(votes)


def _barriers(model: ReportModel) -> Iterator[Block]:
    lang = model.lang
    titles = {m.number: m.title.text for m in (*model.focus, *model.backlog)}
    yield Heading(1, model.section("barriers").title, "barriers")
    yield Para(tr("barriers_intro", lang))
    yield Figure(model.charts["barriers"])
    rows = []
    for b in model.barriers:
        focus = (tuple(Line(f"{n} {titles[n]}") for n in b.focus) if b.focus
                 else (Line(tr("barrier_gap", lang), strong=True),))
        rows.append(((Line(b.barrier, strong=True), Line(b.meaning, muted=True)),
                     text(percent(b.strength, lang)), focus,
                     text(", ".join(map(str, b.backlog)) or tr("no_measure", lang))))
    yield Grid(
        model.section("barriers").title,
        (tr("barrier", lang), tr("chart_strength", lang), tr("col_barrier_focus", lang),
         tr("col_barrier_backlog", lang)),
        tuple(rows), (4, 2, 8, 3), numeric=(1,),
    )


# --------------------------------------------------------------------------- the plan


def _focus(model: ReportModel) -> Iterator[Block]:
    lang = model.lang
    yield Heading(1, model.section("focus").title, "focus")
    yield Para(tr("plan_intro", lang))
    if not model.focus:
        yield Para(tr("no_measures", lang))
        return
    header = (tr("col_id", lang), tr("col_measure", lang), tr("col_facts", lang))
    # The guideline's three groups in its order (as the PDF), each in the plan's order.
    for heading in dict.fromkeys(m.category_heading for m in model.focus):
        yield Heading(2, heading)
        yield Grid(heading, header,
                   tuple((text(str(m.number)), _measure_main(m, lang), _measure_facts(m, lang))
                         for m in model.focus if m.category_heading == heading),
                   (2, 21, 10), caption_shown=False)
    yield _legend(lang)


def _backlog(model: ReportModel) -> Iterator[Block]:
    lang = model.lang
    yield Heading(1, model.section("backlog").title, "backlog")
    yield Para(tr("backlog_intro", lang))
    yield Grid(
        model.section("backlog").title,
        (tr("col_id", lang), tr("col_measure", lang), tr("barrier", lang),
         tr("col_effort_short", lang), tr("col_why_backlog", lang)),
        tuple((text(str(m.number)), text(m.title.shown), text(m.barrier or tr("none", lang)),
               text(effort_text(m, lang)), text(m.why_short)) for m in model.backlog),
        (2, 16, 6, 3, 6), numeric=(3,),
    )


def _clarifications(model: ReportModel) -> Iterator[Block]:
    lang = model.lang
    yield Heading(1, model.section("clarifications").title, "clarifications")
    yield Para(tr("clarify_intro", lang))
    rows = []
    for c in model.clarifications:
        lines = [Line(c.statement)]
        if c.waiting:
            lines.append(Line("; ".join(c.waiting), tr("col_waiting", lang)))
        lines.append(Line(c.owner.shown, tr("col_responsible", lang)))
        lines.append(Line(day(c.due, lang), tr("due", lang)))
        if c.note:
            lines.append(Line(c.note.shown, tr("note", lang)))
        rows.append((text(c.statement_id), tuple(lines)))
    yield Grid(model.section("clarifications").title,
               (tr("col_id", lang), tr("col_statement", lang)), tuple(rows), (2, 30))


def _rejected(model: ReportModel) -> Iterator[Block]:
    lang = model.lang
    yield Heading(1, model.section("rejected").title, "rejected")
    yield Para(tr("rejected_intro", lang))
    yield Grid(
        model.section("rejected").title,
        (tr("col_measure", lang), tr("col_category", lang), tr("reject_reason", lang)),
        tuple((text(r.title.shown), text(r.category),
               (Line(r.reason.shown, muted=not r.reason_given),)) for r in model.rejected),
        (7, 3, 7),
    )


# --------------------------------------------------------------------------- annex


def votes_text(votes: Sequence[GroupVote], lang: str) -> str:
    """``Leitung 3 (2) · Beschäftigte 1 (5)``: each role group's vote and headcount."""
    return " · ".join(
        tr("vote", lang, group=v.role_group,
           level=v.level if v.level is not None else v.kind, n=v.headcount)
        for v in votes
    )


def _dimension(d: DimensionAnswers, lang: str) -> Iterator[Block]:
    yield Heading(3, f"{d.id} {d.title}")
    yield Para(tr("dimension_score", lang, score=percent(d.score.percent, lang),
                  target=percent(d.score.target_percent, lang), rated=d.score.rated,
                  total=d.score.total), muted=True)
    quote = "„{}“" if lang == "de" else "“{}”"
    rows = []
    for r in d.rows:
        detail = [Line(r.statement)]
        if r.anchor:
            detail.append(Line(r.anchor, f"{r.level} {quote.format(r.level_label)}", muted=True))
        if r.votes:
            detail.append(Line(votes_text(r.votes, lang), tr("votes", lang), muted=True))
        for key, value in (("not_relevant_reason", r.not_relevant_reason),
                           ("comment", r.comment), ("evidence", r.evidence)):
            if value:
                detail.append(Line(value.shown, tr(key, lang)))
        answer = [Line(str(r.level) if r.level is not None else r.answer, strong=True)]
        answer += [Line(n, muted=True) for n in r.notes]
        rows.append((text(r.statement_id), tuple(detail), tuple(answer), text(str(r.target))))
    yield Grid(f"{d.id} {d.title}",
               tuple(tr(k, lang) for k in ("col_id", "col_statement", "col_answer",
                                           "col_target")),
               tuple(rows), (2, 20, 5, 2), numeric=(3,))


def _annex(model: ReportModel) -> Iterator[Block]:
    lang = model.lang
    a = model.annex
    titles = {h.id: h.title for h in model.outline}
    yield Heading(1, titles["about"], "about")
    yield Facts(tuple((f.label, f.value) for f in a.facts))
    yield Heading(2, titles["answers"], "answers")
    yield Para(tr("answers_intro", lang), muted=True)
    if not a.dimensions:
        yield Para(tr("no_dimensions", lang))
    for d in a.dimensions:
        yield from _dimension(d, lang)
    if "long_texts" in titles:
        lt = a.long_texts
        yield Heading(2, titles["long_texts"], "long_texts")
        yield Para(tr("long_intro", lang), muted=True)
        for e in lt.entries:
            length = tr("long_length", lang, n=number(e.length, lang))
            yield Para(f"{e.ref} · {e.context} ({length})", strong=True)
            yield Para(e.text)
        if lt.note:
            yield Para(lt.note, strong=True)
    if a.glossary:
        yield Heading(2, titles["glossary"], "glossary")
        yield Grid(titles["glossary"], (tr("col_term", lang), tr("col_definition", lang)),
                   tuple(((Line(t.term, strong=True),), text(t.definition))
                         for t in a.glossary), (4, 12))
    if a.sources:
        yield Heading(2, titles["sources"], "sources")
        yield Items(tuple(
            (Line(s.short, strong=True), Line(s.citation), *((Line(s.url),) if s.url else ()))
            for s in a.sources))


SECTIONS = {
    "decisions": _decisions,
    "results": _results,
    "findings": _findings,
    "barriers": _barriers,
    "focus": _focus,
    "backlog": _backlog,
    "clarifications": _clarifications,
    "rejected": _rejected,
    "about": _annex,  # the whole annex, in the model's order
}


def document(model: ReportModel) -> Document:
    """The whole report as blocks, in the order of the model's outline."""
    blocks: list[Block] = []
    for head in model.outline:
        build = SECTIONS.get(head.id)
        if build is not None:
            blocks += build(model)
    return Document(model.lang, model.title, model.decision_page.subtitle, tuple(blocks))
