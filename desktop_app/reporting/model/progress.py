"""Build the progress report's model from a comparison of two assessments.

Decision-first like the action plan: page 1 says what changed (overall, the three categories,
the dimensions that rose most and those that need attention) and what leadership decides
next — confirm what became of last time's measures, decide on the dropped ones, address
the areas of concern, adopt the new plan (with the score the accepted measures would bring)
and fix the next re-assessment. The rest is the evidence: the trend over every assessment,
the change per dimension and per statement, the measures in detail, the projection and what
limits the comparison.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop_app.domain import budget
from desktop_app.domain.labels import label
from desktop_app.domain.model import Category, Guideline
from desktop_app.domain.progress import (
    LOW_PERCENT,
    NOTABLE_POINTS,
    PROJECTION_STEP,
    SHOWN,
    ConcernKind,
    ReviewStatus,
    ScoreDelta,
    StatementDelta,
)
from desktop_app.reporting.formats import day, percent, points
from desktop_app.reporting.model.progress_types import (
    ChainRow,
    DeltaRow,
    Highlight,
    ProgressReportModel,
    ProjectionView,
    ReviewRow,
    StatementChange,
)
from desktop_app.reporting.model.types import (
    Chart,
    ChartKind,
    DataTable,
    DecisionKind,
    DecisionPoint,
    Fact,
    Panel,
    Series,
)
from desktop_app.reporting.strings import tr, trn
from desktop_app.reporting.text import clean, shorten

if TYPE_CHECKING:
    from desktop_app.domain.assessment import Evaluation
    from desktop_app.domain.progress import Comparison, ProgressData, TrendPoint
    from desktop_app.domain.scoring import Score

STATEMENTS_SHOWN = 10  # rose / fell per table; the rest is counted


def _basis(score: Score | None) -> str:
    return "–" if score is None else f"{score.rated}/{score.total}"


def _row(d: ScoreDelta, name: str, projected: float | None = None) -> DeltaRow:
    return DeltaRow(
        key=d.key, name=name,
        before=d.before.percent if d.before else None,
        after=d.after.percent if d.after else None,
        delta=d.delta,
        before_basis=_basis(d.before), after_basis=_basis(d.after),
        projected=projected,
    )


def _dimension_name(c: Comparison, key: str, lang: str) -> str:
    dim = c.dimension(key)
    return f"{key} {dim.title.get(lang)}" if dim is not None else key


def _assessment_label(ev: Evaluation, lang: str) -> str:
    title = clean(ev.info.title, 120)
    return f"{day(ev.info.held_on, lang)} ({title})" if title else day(ev.info.held_on, lang)


def _scope(g: Guideline, lang: str) -> str:
    own = len(g.own_statements)
    text = tr("pr_scope_whole", lang) if g.scope is None else tr(
        "pr_scope_part", lang, label=g.scope.label.get(lang), asked=g.scope.asked, of=g.scope.of)
    return text + (" · " + trn("pr_scope_own", lang, own) if own else "")


def _change(s: StatementDelta, c: Comparison, lang: str) -> StatementChange:
    st = c.after.guideline.statement(s.statement_id)
    g = c.after.guideline
    return StatementChange(
        statement_id=s.statement_id,
        statement=st.text.get(lang),
        before=s.before, after=s.after, delta=s.delta,
        before_label=g.scale_label(s.before, lang), after_label=g.scale_label(s.after, lang),
        own=st.own,
        renamed_from=s.before_id if s.before_id != s.statement_id else "",
    )


def _highlights(c: Comparison, lang: str) -> tuple[list[Highlight], list[Highlight]]:
    improved = [
        Highlight(d.key, _dimension_name(c, d.key, lang),
                  tr("pr_moved", lang, delta=points(d.delta, lang),
                     before=percent(d.before.percent if d.before else None, lang),
                     after=percent(d.after.percent if d.after else None, lang)))
        for d in c.improved()
    ]
    concerns = []
    for concern in c.concerns():
        d = concern.delta
        key = "pr_concern_fell" if concern.kind is ConcernKind.FELL else "pr_concern_stuck"
        concerns.append(Highlight(d.key, _dimension_name(c, d.key, lang),
                                  tr(key, lang, delta=points(d.delta, lang),
                                     after=percent(d.after.percent if d.after else None, lang),
                                     low=f"{LOW_PERCENT:.0f}")))
    return improved, concerns


def _reviews(data: ProgressData, lang: str) -> tuple[list[ReviewRow], str]:
    rows = [
        ReviewRow(
            title=shorten(r.item.title(lang), 200),
            category=label(r.item.category, lang),
            planned=label(r.item.entry.status, lang),
            status=label(r.status, lang),
            status_key=r.status.value,
            confirmed=r.confirmed,
            note=shorten(r.note, 400),
        )
        for r in data.reviews
    ]
    counts = {s: sum(1 for r in data.reviews if r.status is s) for s in ReviewStatus}
    unconfirmed = sum(1 for r in data.reviews if not r.confirmed)
    summary = tr("pr_review_summary", lang, done=counts[ReviewStatus.DONE],
                 progress=counts[ReviewStatus.IN_PROGRESS],
                 dropped=counts[ReviewStatus.DROPPED]) if rows else ""
    if unconfirmed:
        summary += " " + trn("pr_review_unconfirmed", lang, unconfirmed)
    return rows, summary


def _projection(data: ProgressData, lang: str) -> ProjectionView:
    after = data.comparison.after
    proj = data.projection
    raised = []
    for sid, (now, to) in proj.raised.items():
        st = after.guideline.statement(sid)
        raised.append(StatementChange(sid, st.text.get(lang), now, to, to - now,
                                      after.guideline.scale_label(now, lang),
                                      after.guideline.scale_label(to, lang), st.own))
    dims = []
    for d in after.guideline.dimensions:
        now_score = after.results.dimensions[d.id].percent
        then = proj.results.dimensions[d.id].percent
        if now_score is not None and then is not None and round(then - now_score) != 0:
            dims.append(DeltaRow(d.id, f"{d.id} {d.title.get(lang)}", now_score, then,
                                 then - now_score, _basis(after.results.dimensions[d.id]),
                                 _basis(proj.results.dimensions[d.id]), then))
    return ProjectionView(
        now=after.results.overall.percent,
        projected=proj.results.overall.percent,
        measures=proj.measures,
        raised=tuple(raised),
        rule=tr("pr_projection_rule", lang, step=PROJECTION_STEP),
        dimensions=tuple(dims),
    )


def _decisions(data: ProgressData, lang: str, concerns: Sequence[Highlight],
               projection: ProjectionView) -> tuple[DecisionPoint, ...]:
    c = data.comparison
    out: list[DecisionPoint] = []
    if data.reviews and data.review_of is not None:
        _, summary = _reviews(data, lang)
        out.append(DecisionPoint(DecisionKind.CONFIRM_REVIEW,
                                 tr("pr_decide_review", lang,
                                    date=day(data.review_of.info.held_on, lang)), summary))
    dropped = [r for r in data.reviews if r.status is ReviewStatus.DROPPED]
    if dropped:
        titles = "; ".join(shorten(r.item.title(lang), 80) for r in dropped)
        out.append(DecisionPoint(DecisionKind.DECIDE_DROPPED,
                                 trn("pr_decide_dropped", lang, len(dropped)),
                                 tr("pr_decide_dropped_detail", lang, titles=titles)))
    if concerns:
        names = "; ".join(f"{h.name}: {h.text}" for h in concerns[:SHOWN])
        out.append(DecisionPoint(DecisionKind.ADDRESS_CONCERNS,
                                 trn("pr_decide_concerns", lang, len(concerns)),
                                 tr("pr_decide_concerns_detail", lang, names=names,
                                    date=day(c.after.info.held_on, lang))))
    focus = len([i for i in c.after.plan.focus()])
    if projection.measures and projection.projected is not None:
        detail = tr("pr_decide_plan_projected", lang, focus=focus, n=projection.measures,
                    now=percent(projection.now, lang),
                    projected=percent(projection.projected, lang))
    else:
        detail = tr("pr_decide_plan_none", lang, focus=focus)
    out.append(DecisionPoint(DecisionKind.APPROVE_PLAN,
                             tr("pr_decide_plan", lang, date=day(c.after.info.held_on, lang)),
                             detail))
    next_date = budget.reassessment_date(c.after.info.held_on)
    out.append(DecisionPoint(DecisionKind.REASSESS,
                             tr("decide_reassess", lang, date=day(next_date, lang)),
                             tr("pr_decide_reassess_detail", lang,
                                months=budget.REASSESSMENT_MONTHS),
                             due=next_date))
    return tuple(out)


def _chain(data: ProgressData, lang: str) -> tuple[ChainRow, ...]:
    c = data.comparison
    rows = []
    for p in data.trend:
        role = ""
        if p.assessment_id == c.before.info.id:
            role = tr("pr_role_before", lang)
        elif p.assessment_id == c.after.info.id:
            role = tr("pr_role_after", lang)
        rows.append(ChainRow(p.held_on, clean(p.title, 120), p.version,
                             trn("pr_asked", lang, p.asked), p.overall,
                             tuple(dict(p.categories).get(cat) for cat in Category), role))
    return tuple(rows)


def trend_chart(points_: Sequence[TrendPoint], lang: str) -> Chart:
    """The overall score and the three categories at every assessment of the chain."""
    dates = tuple(day(p.held_on, lang) for p in points_)
    series = [Series(tr("overall", lang), tuple(p.overall for p in points_))]
    series += [Series(label(cat, lang), tuple(dict(p.categories).get(cat) for p in points_))
               for cat in Category]
    rows = tuple((dates[n], percent(p.overall, lang),
                  *(percent(dict(p.categories).get(cat), lang) for cat in Category))
                 for n, p in enumerate(points_))
    first, last = points_[0], points_[-1]
    alt = tr("pr_alt_trend", lang, n=len(points_), first=percent(first.overall, lang),
             last=percent(last.overall, lang), start=dates[0], end=dates[-1])
    return Chart(
        id="trend", kind=ChartKind.LINES, title=tr("pr_trend_title", lang),
        caption=tr("pr_trend_caption", lang), alt_text=alt, axis_label=tr("chart_score", lang),
        value_max=100.0, panels=(Panel("", dates, tuple(series)),),
        table=DataTable((tr("pr_col_date", lang), tr("overall", lang),
                         *(label(cat, lang) for cat in Category)), rows),
    )


def delta_chart(rows: Sequence[DeltaRow], lang: str) -> Chart:
    """Change per dimension in percentage points, rises to the right, falls to the left."""
    names = tuple(r.name for r in rows)
    values = tuple(r.delta for r in rows)
    known = [(r.delta, r.name) for r in rows if r.delta is not None]
    top = max((abs(v) for v, _ in known), default=0.0)
    alt = (tr("pr_alt_deltas", lang, high=max(known)[1], high_v=points(max(known)[0], lang),
              low=min(known)[1], low_v=points(min(known)[0], lang))
           if known else tr("alt_no_data", lang))
    return Chart(
        id="deltas", kind=ChartKind.DELTAS, title=tr("pr_deltas_title", lang),
        caption=tr("pr_deltas_caption", lang), alt_text=alt, axis_label=tr("pr_axis_points", lang),
        value_max=max(10.0, 10.0 * (int(top) // 10 + 1)),
        panels=(Panel("", names, (Series(tr("pr_col_change", lang), values),)),),
        table=DataTable(
            (tr("col_dimension", lang), tr("pr_col_before", lang), tr("pr_col_after", lang),
             tr("pr_col_change", lang), tr("pr_col_basis", lang)),
            tuple((r.name, percent(r.before, lang), percent(r.after, lang),
                   points(r.delta, lang), f"{r.before_basis} → {r.after_basis}") for r in rows),
        ),
    )


def _notes(c: Comparison, lang: str) -> tuple[str, ...]:
    out = []
    gb, ga = c.before.guideline, c.after.guideline
    if c.version_changed:
        key = "pr_note_version_mapped" if c.mapped else "pr_note_version_unmapped"
        out.append(tr(key, lang, before=gb.version, after=ga.version,
                      n=len(c.only_before) + len(c.only_after)))
    if gb.scope is not None or ga.scope is not None:
        out.append(tr("pr_note_scope", lang, before=_scope(gb, lang), after=_scope(ga, lang)))
    own = len(ga.own_statements) + len(gb.own_statements)
    if own:
        out.append(tr("pr_note_own", lang))
    if not out:
        out.append(tr("pr_note_same", lang, version=ga.version))
    return tuple(out)


def _not_compared(c: Comparison, lang: str) -> tuple[str, ...]:
    out = []
    for ids, ev in ((c.only_before, c.before), (c.only_after, c.after)):
        if ids:
            out.append(tr("pr_only", lang, date=day(ev.info.held_on, lang), ids=", ".join(ids)))
    return tuple(out)


def _version_changes(c: Comparison, lang: str) -> tuple[str, ...]:
    if c.changes is None:
        return ()
    return tuple(
        tr("pr_change_line", lang, old=", ".join(n.old) or "–", new=", ".join(n.new) or "–",
           kind=tr(f"pr_change_{n.kind.value}", lang), why=n.why.get(lang))
        for n in c.changes.notes
    )


def build_progress_model(data: ProgressData, lang: str) -> ProgressReportModel:
    lang = "en" if lang == "en" else "de"
    c = data.comparison
    after = c.after
    proj = data.projection
    improved, concerns = _highlights(c, lang)
    projection = _projection(data, lang)
    projected_dims = proj.results.dimensions
    dimensions = tuple(
        _row(d, _dimension_name(c, d.key, lang),
             projected_dims[d.key].percent if d.key in projected_dims else None)
        for d in c.dimensions
    )
    categories = tuple(_row(d, label(Category(d.key), lang),
                            proj.results.categories[Category(d.key)].percent)
                       for d in c.categories)
    overall = _row(c.overall, tr("overall", lang), proj.results.overall.percent)
    reviews, summary = _reviews(data, lang)
    rose = [_change(s, c, lang) for s in c.rose()]
    fell = [_change(s, c, lang) for s in c.fell()]
    headline = tr("pr_headline", lang, before=percent(overall.before, lang),
                  after=percent(overall.after, lang), delta=points(overall.delta, lang),
                  start=day(c.before.info.held_on, lang), end=day(after.info.held_on, lang))
    versions = (after.guideline.version if not c.version_changed
                else f"{c.before.guideline.version} → {after.guideline.version}")
    facts = (
        Fact(tr("pr_compared", lang),
             f"{_assessment_label(c.before, lang)} → {_assessment_label(after, lang)}"),
        Fact(tr("guideline_version", lang), versions),
        Fact(tr("pr_scope", lang), _scope(after.guideline, lang)),
        Fact(tr("pr_chain", lang), trn("pr_chain_n", lang, len(data.chain))),
    )
    return ProgressReportModel(
        lang=lang,
        title=tr("pr_title", lang),
        municipality=clean(after.info.municipality, 300),
        project=clean(after.info.project, 300),
        before_date=c.before.info.held_on,
        after_date=after.info.held_on,
        before_label=_assessment_label(c.before, lang),
        after_label=_assessment_label(after, lang),
        facts=facts,
        headline=headline,
        overall=overall,
        categories=categories,
        dimensions=dimensions,
        improved=tuple(improved[:SHOWN]),
        improved_more=max(0, len(improved) - SHOWN),
        concerns=tuple(concerns[:SHOWN]),
        concerns_more=max(0, len(concerns) - SHOWN),
        decisions=_decisions(data, lang, concerns, projection),
        trend=trend_chart(data.trend, lang),
        deltas=delta_chart(dimensions, lang),
        chain=_chain(data, lang),
        rose=tuple(rose[:STATEMENTS_SHOWN]),
        rose_more=max(0, len(rose) - STATEMENTS_SHOWN),
        fell=tuple(fell[:STATEMENTS_SHOWN]),
        fell_more=max(0, len(fell) - STATEMENTS_SHOWN),
        reviews=tuple(reviews),
        review_of=data.review_of.info.held_on if data.review_of is not None else None,
        review_summary=summary,
        projection=projection,
        notes=_notes(c, lang),
        method=(tr("pr_method_percent", lang),
                tr("pr_method_notable", lang, n=f"{NOTABLE_POINTS:.0f}"),
                tr("pr_method_concerns", lang, n=f"{NOTABLE_POINTS:.0f}",
                   low=f"{LOW_PERCENT:.0f}"),
                tr("pr_method_statements", lang)),
        not_compared=_not_compared(c, lang),
        version_changes=_version_changes(c, lang),
        version_heading=tr("pr_version_changes", lang, before=c.before.guideline.version,
                           after=after.guideline.version) if c.changes else "",
    )


__all__ = ["build_progress_model", "delta_chart", "trend_chart"]
