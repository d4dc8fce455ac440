"""Write the progress report (Fortschrittsbericht) as a PDF, from its report model.

Same machinery as the action plan: the page templates of :mod:`reporting.document`, the
blocks and styles, the charts drawn with matplotlib, every text escaped, written atomically.
Page 1 is for leadership and stays one page: what changed, and what to decide now.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from desktop_app.fileio import atomic_write

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from desktop_app.domain.progress import ProgressData
    from desktop_app.reporting.model.progress_types import (
        DeltaRow,
        Highlight,
        ProgressReportModel,
        StatementChange,
    )

Progress = Callable[[int, str], None]


def _tile(row: DeltaRow, lang: str) -> list[Flowable]:
    from desktop_app.reporting.blocks import para
    from desktop_app.reporting.formats import percent, points
    from desktop_app.reporting.styles import styles

    s = styles(lang)
    return [para(percent(row.after, lang), s.score_value),
            para(row.name, s.score_label),
            para(f"{points(row.delta, lang)} ({percent(row.before, lang)} → "
                 f"{percent(row.after, lang)})", s.score_label)]


def _tiles(model: ProgressReportModel) -> Flowable:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    from desktop_app.reporting.fonts import SANS
    from desktop_app.reporting.styles import ACCENT_LIGHT, CONTENT_WIDTH

    rows = [model.overall, *model.categories]
    table = Table([[_tile(r, model.lang) for r in rows]],
                  colWidths=[CONTENT_WIDTH / len(rows)] * len(rows))
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(ACCENT_LIGHT)),
        ("LINEAFTER", (0, 0), (-2, -1), 1.5, colors.white),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def _highlights(title: str, items: tuple[Highlight, ...], more: int, empty: str,
                lang: str) -> list[Flowable]:
    from desktop_app.reporting.blocks import para, rich
    from desktop_app.reporting.strings import tr
    from desktop_app.reporting.styles import styles

    s = styles(lang)
    out: list[Flowable] = [para(title, s.h4)]
    if not items:
        return [*out, para(empty, s.tiny)]
    out += [rich([("• <b>", h.name), ("</b>: ", h.text)], s.tiny) for h in items]
    if more:
        out.append(para(tr("pr_more", lang, n=more), s.tiny_muted))
    return out


def _page_one(model: ProgressReportModel) -> list[Flowable]:
    from reportlab.platypus import KeepInFrame, PageBreak, Spacer

    from desktop_app.reporting.blocks import chart, para
    from desktop_app.reporting.charts import draw_deltas
    from desktop_app.reporting.decision import columns, decisions_table
    from desktop_app.reporting.strings import tr
    from desktop_app.reporting.styles import CONTENT_HEIGHT, CONTENT_WIDTH, styles

    lang = model.lang
    s = styles(lang)
    facts = " · ".join(f"{f.label}: {f.value}" for f in model.facts)
    content: list[Flowable] = [
        para(model.title, s.title),
        para(f"{model.municipality} · {model.project}", s.subtitle),
        para(facts, s.muted),
        para(tr("pr_section_changed", lang), s.h2_page1),
        para(model.headline, s.body),
        _tiles(model),
        Spacer(1, 4),
        chart(draw_deltas(model.deltas, lang, height_cm=6.2), CONTENT_WIDTH),
        columns(
            _highlights(tr("pr_improved", lang), model.improved, model.improved_more,
                        tr("pr_none_improved", lang), lang),
            _highlights(tr("pr_concerns", lang), model.concerns, model.concerns_more,
                        tr("pr_none_concerns", lang), lang),
        ),
        para(tr("pr_section_decide", lang), s.h2_page1),
        decisions_table(model.decisions, lang),
    ]
    return [KeepInFrame(CONTENT_WIDTH, CONTENT_HEIGHT, content, mode="shrink"), PageBreak()]


def _trend(model: ProgressReportModel) -> list[Flowable]:
    from desktop_app.reporting.blocks import chart, data_table, para
    from desktop_app.reporting.charts import draw_lines
    from desktop_app.reporting.formats import day, percent
    from desktop_app.reporting.strings import tr
    from desktop_app.reporting.styles import CM, CONTENT_WIDTH, styles

    lang = model.lang
    s = styles(lang)
    rows = [[para(day(r.held_on, lang), s.cell_bold if r.role else s.cell),
             [para(r.label or "–", s.cell),
              para(" · ".join(x for x in (r.role, r.scope) if x), s.tiny_muted)],
             para(r.version, s.cell),
             para(percent(r.overall, lang), s.cell_bold),
             *(para(percent(v, lang), s.cell) for v in r.categories)]
            for r in model.chain]
    header = [tr("pr_col_date", lang), tr("pr_col_workshop", lang), tr("pr_col_version", lang),
              tr("overall", lang), *(h for h in model.trend.table.header[2:])]
    # Wide enough for the category names in bold, unbroken ("organisatorisch" ~2.8 cm).
    widths = [2.5 * CM, 3.3 * CM, 2.0 * CM, 1.7 * CM, 2.1 * CM, 2.1 * CM, 3.2 * CM]
    return [
        para(tr("pr_section_trend", lang), s.h1),
        chart(draw_lines(model.trend, lang), CONTENT_WIDTH),
        para(model.trend.caption, s.figure_label),
        data_table(header, rows, widths, lang, align_right=(3, 4, 5, 6), padding=1.5),
    ]


def _dimensions(model: ProgressReportModel) -> list[Flowable]:
    from reportlab.platypus import CondPageBreak

    from desktop_app.reporting.blocks import data_table, para
    from desktop_app.reporting.formats import percent, points
    from desktop_app.reporting.strings import tr
    from desktop_app.reporting.styles import CM, styles

    lang = model.lang
    s = styles(lang)

    def line(r: DeltaRow, bold: bool = False) -> list[object]:
        style = s.cell_bold if bold else s.cell
        return [para(r.name, style), para(percent(r.before, lang), s.cell),
                para(percent(r.after, lang), style), para(points(r.delta, lang), style),
                para(f"{r.before_basis} → {r.after_basis}", s.tiny)]

    rows = [line(model.overall, True), *(line(r) for r in model.categories),
            *(line(r) for r in model.dimensions)]
    header = [tr("col_dimension", lang), tr("pr_col_before", lang), tr("pr_col_after", lang),
              tr("pr_col_change", lang), tr("pr_col_basis", lang)]
    # The chart of the changes is on page 1; here are the numbers behind it.
    return [
        CondPageBreak(6 * CM),
        para(tr("pr_section_dimensions", lang), s.h1),
        para(model.deltas.caption, s.muted),
        data_table(header, rows, [7.4 * CM, 2.0 * CM, 2.0 * CM, 2.6 * CM, 3.0 * CM], lang,
                   align_right=(1, 2, 3), padding=1.5),
    ]


def _statement_rows(items: tuple[StatementChange, ...], lang: str) -> list[list[object]]:
    from desktop_app.reporting.blocks import para
    from desktop_app.reporting.strings import tr, trn
    from desktop_app.reporting.styles import styles

    s = styles(lang)
    rows: list[list[object]] = []
    for c in items:
        marks = [tr("pr_own_mark", lang)] if c.own else []
        if c.renamed_from:
            marks.append(tr("pr_renamed", lang, sid=c.renamed_from))
        cell: list[object] = [para(c.statement, s.cell)]
        if marks:
            cell.append(para(" · ".join(marks), s.tiny_muted))
        rows.append([para(c.statement_id, s.cell_bold), cell,
                     para(f"{c.before} → {c.after}", s.cell),
                     para(trn("pr_level_up" if c.delta > 0 else "pr_level_down", lang,
                              abs(c.delta)), s.cell_bold)])
    return rows


def _statements(model: ProgressReportModel) -> list[Flowable]:
    from reportlab.platypus import CondPageBreak

    from desktop_app.reporting.blocks import data_table, para
    from desktop_app.reporting.strings import tr, trn
    from desktop_app.reporting.styles import CM, styles

    lang = model.lang
    s = styles(lang)
    header = [tr("col_id", lang), tr("col_statement", lang), tr("col_level", lang),
              tr("pr_col_change", lang)]
    widths = [1.2 * CM, 11.4 * CM, 2.0 * CM, 2.4 * CM]
    out: list[Flowable] = [CondPageBreak(8 * CM), para(tr("pr_section_statements", lang), s.h1),
                           para(tr("pr_statements_intro", lang), s.muted)]
    for title, items, more, empty in (
        (tr("pr_rose", lang), model.rose, model.rose_more, tr("pr_none_rose", lang)),
        (tr("pr_fell", lang), model.fell, model.fell_more, tr("pr_none_fell", lang)),
    ):
        out.append(para(title, s.h2))
        if not items:
            out.append(para(empty, s.body))
            continue
        out.append(data_table(header, _statement_rows(items, lang), widths, lang,
                              align_right=(2, 3), padding=1.5))
        if more:
            out.append(para(trn("pr_more_statements", lang, more), s.tiny_muted))
    return out


def _reviews(model: ProgressReportModel) -> list[Flowable]:
    from reportlab.platypus import CondPageBreak

    from desktop_app.reporting.blocks import data_table, para, rich
    from desktop_app.reporting.formats import day
    from desktop_app.reporting.strings import tr
    from desktop_app.reporting.styles import CM, styles
    from desktop_app.reporting.text import markup

    lang = model.lang
    s = styles(lang)
    out: list[Flowable] = [CondPageBreak(6 * CM), para(tr("pr_section_reviews", lang), s.h1)]
    if not model.reviews or model.review_of is None:
        return [*out, para(tr("pr_no_reviews", lang), s.body)]
    out += [para(tr("pr_reviews_intro", lang, date=day(model.review_of, lang)), s.muted),
            para(model.review_summary, s.body)]
    rows = []
    for r in model.reviews:
        status = (rich([("<b>", r.status), ("</b>", None)], s.cell) if r.confirmed
                  else rich([("<i>", r.status), ("</i>", None)], s.cell))
        status_cell: list[object] = [status]
        if not r.confirmed:
            status_cell.append(para(tr("pr_unconfirmed", lang), s.tiny_muted))
        cell: list[object] = [para(r.title, s.cell)]
        if r.note:
            cell.append(rich([(f"<b>{markup(tr('note', lang))}:</b> ", r.note)], s.tiny))
        rows.append([cell, para(r.category, s.tiny), para(r.planned, s.tiny), status_cell])
    header = [tr("col_measure", lang), tr("col_category", lang), tr("pr_col_planned", lang),
              tr("pr_col_status", lang)]
    out.append(data_table(header, rows, [9.4 * CM, 2.6 * CM, 2.4 * CM, 2.6 * CM], lang,
                          padding=1.5))
    return out


def _projection(model: ProgressReportModel) -> list[Flowable]:
    from reportlab.platypus import CondPageBreak

    from desktop_app.reporting.blocks import data_table, para
    from desktop_app.reporting.formats import percent, points
    from desktop_app.reporting.strings import tr
    from desktop_app.reporting.styles import CM, styles

    lang = model.lang
    s = styles(lang)
    p = model.projection
    out: list[Flowable] = [CondPageBreak(6 * CM), para(tr("pr_section_projection", lang), s.h1),
                           para(p.rule, s.small)]
    if not p.raised:
        return [*out, para(tr("pr_projection_none", lang), s.body)]
    out.append(para(tr("pr_projection_line", lang, now=percent(p.now, lang), n=p.measures,
                       projected=percent(p.projected, lang)), s.body))
    rows = [[para(r.name, s.cell), para(percent(r.before, lang), s.cell),
             para(percent(r.projected, lang), s.cell_bold), para(points(r.delta, lang), s.cell)]
            for r in p.dimensions]
    if rows:
        out.append(data_table([tr("col_dimension", lang), tr("pr_col_now", lang),
                               tr("pr_col_projected", lang), tr("pr_col_change", lang)],
                              rows, [9.4 * CM, 2.4 * CM, 2.6 * CM, 2.6 * CM], lang,
                              align_right=(1, 2, 3), padding=1.5))
    raised = [[para(c.statement_id, s.cell_bold), para(c.statement, s.cell),
               para(f"{c.before} → {c.after}", s.cell)] for c in p.raised]
    out += [para(tr("pr_projection_raised", lang), s.h3),
            data_table([tr("col_id", lang), tr("col_statement", lang), tr("col_level", lang)],
                       raised, [1.2 * CM, 13.6 * CM, 2.2 * CM], lang, align_right=(2,),
                       padding=1.5)]
    return out


def _method(model: ProgressReportModel) -> list[Flowable]:
    from reportlab.platypus import PageBreak

    from desktop_app.reporting.blocks import para, rich
    from desktop_app.reporting.strings import tr
    from desktop_app.reporting.styles import styles

    lang = model.lang
    s = styles(lang)
    out: list[Flowable] = [PageBreak(), para(tr("pr_section_method", lang), s.h1)]
    out += [rich([("• ", n)], s.small) for n in model.notes]
    out += [rich([("• ", m)], s.small) for m in model.method]
    if model.not_compared:
        out += [para(tr("pr_not_compared", lang), s.h3),
                *(para(line, s.small) for line in model.not_compared)]
    if model.version_changes:
        out += [para(model.version_heading, s.h3),
                *(rich([("• ", line)], s.small) for line in model.version_changes)]
    return out


def render_progress_model(model: ProgressReportModel, progress: Progress | None = None) -> bytes:
    from reportlab.platypus.doctemplate import LayoutError

    from desktop_app.reporting.document import PageLabels, ReportDocument
    from desktop_app.reporting.formats import day
    from desktop_app.reporting.pdf import _LAYOUT_MESSAGE, ReportError, _configure_reportlab
    from desktop_app.reporting.strings import tr
    from desktop_app.reporting.text import plain

    report = progress or (lambda _p, _m: None)
    _configure_reportlab()
    lang = model.lang
    labels = PageLabels(
        header_left=plain(model.municipality),
        header_middle=plain(model.project),
        header_right=tr("pr_header", lang),
        footer_left=f"{day(model.before_date, lang)} → {day(model.after_date, lang)} · "
                    f"{tr('created_with', lang)}",
        page_of=tr("page_of", lang, page="{page}", total="{total}"),
    )
    buffer = io.BytesIO()
    doc = ReportDocument(
        buffer, labels,
        title=plain(f"{model.title} – {model.municipality}"),
        subject=plain(f"{tr('pr_subject', lang)}: {model.project}"),
        author=plain(model.municipality) or "Wandelkompass",
        keywords="Wandelkompass, Change-Management, Fortschritt",
        lang="de-DE" if lang == "de" else "en-GB",
    )
    story: list[Flowable] = []
    builders = (_page_one, _trend, _dimensions, _statements, _reviews, _projection, _method)
    for n, build in enumerate(builders):
        report(10 + 70 * n // len(builders), build.__name__.strip("_"))
        story += build(model)
    report(85, "layout")
    try:
        doc.build_story(story)
    except LayoutError as exc:
        message = _LAYOUT_MESSAGE["en" if lang == "en" else "de"]
        raise ReportError(message.format(detail=exc)) from exc
    return buffer.getvalue()


def render_progress_report(data: ProgressData, lang: str = "de",
                           progress: Progress | None = None) -> bytes:
    from desktop_app.reporting.model.progress import build_progress_model

    if progress:
        progress(5, "model")
    return render_progress_model(build_progress_model(data, lang), progress)


def write_progress_report(data: ProgressData, path: Path, lang: str = "de", *,
                          progress: Progress | None = None) -> Path:
    """Write the report to ``path`` atomically: on any failure the old file stays intact."""
    content = render_progress_report(data, lang, progress)
    if progress:
        progress(95, "write")

    def write(fh: BinaryIO) -> None:
        fh.write(content)

    result = atomic_write(Path(path), write)
    if progress:
        progress(100, "done")
    return result
