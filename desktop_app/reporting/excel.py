"""The action plan and all answers as an Excel workbook (.xlsx), from the report model.

Sheet 1 lists every item of the plan with its stable key, so a town hall can track it in the
spreadsheet it already uses; sheet 2 every statement with the team's answer. Both have a
frozen, filtered header row; dates are real Excel dates.

Every text is written as a string and the workbook never turns a string into a formula or a
link (``strings_to_formulas``/``strings_to_urls`` off): a comment "=HYPERLINK(…)" stays text.
Importing this module is cheap: XlsxWriter loads on the first workbook.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from desktop_app.reporting.flow import votes_text
from desktop_app.reporting.strings import tr
from desktop_app.reporting.text import clean

if TYPE_CHECKING:
    from desktop_app.reporting.model.types import (
        AnswerRow,
        Clarification,
        DimensionAnswers,
        Measure,
        RejectedProposal,
        ReportModel,
    )

Value = str | int | float | date | None

OPTIONS = {
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
    "in_memory": True,
}
DATE_FORMAT = {"de": "dd.mm.yyyy", "en": "yyyy-mm-dd"}
HEADER_FILL = "#DCE9F5"


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # the heading's key in reporting.strings
    width: float  # in characters, as Excel counts them
    wrap: bool = False


PLAN_COLUMNS = (
    Column("col_id", 5), Column("col_key", 16), Column("col_part", 20),
    Column("col_category", 16), Column("barrier", 16), Column("col_priority", 10),
    Column("col_measure", 48, wrap=True), Column("col_responsible", 24, wrap=True),
    Column("col_owner_fixed", 12), Column("col_due", 12), Column("col_due_fixed", 12),
    Column("col_effort_min", 8), Column("col_effort_max", 8), Column("col_effort_class", 12),
    Column("col_cost_min", 12), Column("col_cost_max", 12), Column("col_decision", 14),
    Column("status", 12), Column("why", 48, wrap=True), Column("findings", 40, wrap=True),
    Column("note", 32, wrap=True),
)
ANSWER_COLUMNS = (
    Column("col_id", 7), Column("col_statement", 60, wrap=True),
    Column("col_dimension", 28, wrap=True), Column("col_category", 16),
    Column("col_answer", 24, wrap=True), Column("col_level", 7), Column("col_target", 7),
    Column("col_gap", 7), Column("col_spread", 10), Column("col_disputed", 9),
    Column("col_notes", 24, wrap=True), Column("votes", 36, wrap=True),
    Column("comment", 48, wrap=True),
)


def _yes(flag: bool, lang: str) -> str:
    return tr("yes" if flag else "no", lang)


def _measure_row(m: Measure, part: str, model: ReportModel) -> list[Value]:
    lang, full = model.lang, model.full_text
    low, high = m.effort_days if m.effort_days is not None else (None, None)
    cost_low, cost_high = m.cost_eur if m.cost_eur is not None else (None, None)
    return [m.number, m.key, part, m.category, m.barrier, m.priority, full(m.title),
            full(m.owner), _yes(m.owner_confirmed, lang), m.due, _yes(m.due_confirmed, lang),
            low, high, m.effort_class, cost_low, cost_high, m.decision, m.status, m.why,
            "\n".join(m.findings), full(m.note)]


def _clarification_row(c: Clarification, part: str, model: ReportModel) -> list[Value]:
    # A clarification task is no measure: no number, priority or effort of its own.
    return [None, c.key, part, "", "", "", c.statement, model.full_text(c.owner), "",
            c.due, _yes(c.due is not None, model.lang), None, None, "", None, None, "", "",
            c.why, "; ".join(c.waiting), model.full_text(c.note)]


def _rejected_row(r: RejectedProposal, part: str, model: ReportModel) -> list[Value]:
    return [None, r.key, part, r.category, "", "", model.full_text(r.title), "", "", None, "",
            None, None, "", None, None, "", "", model.full_text(r.reason), "", ""]


def plan_rows(model: ReportModel) -> list[list[Value]]:
    part = {h.id: h.title for h in model.outline}
    rows = [_measure_row(m, part["focus"], model) for m in model.focus]
    rows += [_measure_row(m, part.get("backlog", ""), model) for m in model.backlog]
    rows += [_clarification_row(c, part.get("clarifications", ""), model)
             for c in model.clarifications]
    rows += [_rejected_row(r, part.get("rejected", ""), model) for r in model.rejected]
    return rows


def _answer_row(d: DimensionAnswers, r: AnswerRow, model: ReportModel) -> list[Value]:
    lang = model.lang
    return [r.statement_id, r.statement, f"{d.id} {d.title}", r.category, r.answer, r.level,
            r.target, r.gap, r.spread, _yes(r.disputed, lang), "; ".join(r.notes),
            votes_text(r.votes, lang), model.full_text(r.comment)]


def answer_rows(model: ReportModel) -> list[list[Value]]:
    return [_answer_row(d, r, model) for d in model.annex.dimensions for r in d.rows]


def _sheet(workbook: Any, name: str, columns: Sequence[Column], rows: Sequence[Sequence[Value]],
           lang: str, formats: dict[str, Any]) -> None:
    sheet = workbook.add_worksheet(clean(name)[:31])
    for i, col in enumerate(columns):
        sheet.set_column(i, i, col.width, formats["wrap"] if col.wrap else formats["top"])
        sheet.write_string(0, i, tr(col.key, lang), formats["header"])
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row):
            _write(sheet, r, c, value, formats)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(1, len(rows)), len(columns) - 1)
    # Printed (it happens in a town hall): A4 landscape, the header row and the first two
    # columns (number and id) on every page. Not squeezed to one page's width: twenty
    # columns of wrapped text would print too small to read.
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.repeat_rows(0)
    sheet.repeat_columns(0, 1)


def _write(sheet: Any, row: int, col: int, value: Value, formats: dict[str, Any]) -> None:
    if value is None or value == "":
        return
    if isinstance(value, date):
        sheet.write_datetime(row, col, datetime(value.year, value.month, value.day),
                             formats["date"])
    elif isinstance(value, int | float):
        sheet.write_number(row, col, value, formats["top"])
    else:
        # Always a string cell, whatever the text starts with.
        sheet.write_string(row, col, clean(value))


def render(model: ReportModel) -> bytes:
    """The workbook as bytes (built in memory: a failure leaves no file behind)."""
    import xlsxwriter

    lang = model.lang
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, OPTIONS)
    workbook.set_properties({
        "title": clean(f"{model.title} – {model.municipality}", 250),
        "subject": clean(f"{tr('subject', lang)}: {model.project}", 250),
        "author": clean(model.municipality, 250),  # never the OS user
        "company": "",
        "keywords": "Wandelkompass, Change-Management",
        "comments": tr("created_with", lang),
    })
    fmt: Callable[[dict[str, Any]], Any] = workbook.add_format
    formats = {
        "header": fmt({"bold": True, "bg_color": HEADER_FILL, "text_wrap": True,
                       "valign": "top", "border": 1}),
        "wrap": fmt({"text_wrap": True, "valign": "top"}),
        "top": fmt({"valign": "top"}),
        "date": fmt({"num_format": DATE_FORMAT.get(lang, DATE_FORMAT["de"]),
                     "valign": "top", "align": "left"}),
    }
    _sheet(workbook, tr("sheet_plan", lang), PLAN_COLUMNS, plan_rows(model), lang, formats)
    _sheet(workbook, tr("sheet_answers", lang), ANSWER_COLUMNS, answer_rows(model), lang,
           formats)
    workbook.close()
    return buffer.getvalue()
