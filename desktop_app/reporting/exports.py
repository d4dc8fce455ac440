"""Every output of the action plan, rendered from one report model and written atomically.

The formats and their file suffixes live here, for the command line and the GUI alike. Each
writer renders the whole file in memory first; only a complete file replaces the target
(``fileio.atomic_write``), so a failed export leaves whatever was there before untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.fileio import atomic_write_bytes

if TYPE_CHECKING:
    from desktop_app.domain.assessment import Evaluation
    from desktop_app.reporting.model.types import ReportModel

Progress = Callable[[int, str], None]


class Format(StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    DECISION_PAPER = "beschlussvorlage"
    XLSX = "xlsx"
    ICS = "ics"
    CSV = "csv"
    HTML = "html"


SUFFIX = {
    Format.PDF: ".pdf",
    Format.DOCX: ".docx",
    Format.DECISION_PAPER: ".docx",
    Format.XLSX: ".xlsx",
    Format.ICS: ".ics",
    Format.CSV: ".csv",
    Format.HTML: ".html",
}
# A file name's suffix names its format; a .docx is the action plan unless asked otherwise.
_BY_SUFFIX = {".pdf": Format.PDF, ".docx": Format.DOCX, ".xlsx": Format.XLSX,
              ".ics": Format.ICS, ".csv": Format.CSV, ".html": Format.HTML, ".htm": Format.HTML}


def from_suffix(path: Path) -> Format | None:
    return _BY_SUFFIX.get(Path(path).suffix.lower())


@dataclass(frozen=True, slots=True)
class Options:
    template: bytes | None = None  # a Word template for the decision paper
    include_comments: bool = False  # research CSV: the team's comments too


@dataclass(frozen=True, slots=True)
class Written:
    path: Path
    format: Format
    pages: int | None = None  # PDF
    events: int | None = None  # calendar: events written
    left_out: int = 0  # calendar: adopted measures without a fixed due date


def render(model: ReportModel, fmt: Format, options: Options,
           progress: Progress | None = None) -> tuple[bytes, Written]:
    """The file's bytes and what to say about it (``Written.path`` is filled in later)."""
    empty = Path()
    if fmt is Format.PDF:
        import re

        from desktop_app.reporting.pdf import render_model

        data = render_model(model, progress)
        # reportlab writes one uncompressed "/Type /Page" object per page.
        pages = len(re.findall(rb"/Type /Page\b", data))
        return data, Written(empty, fmt, pages=pages)
    if fmt is Format.DOCX:
        from desktop_app.reporting import word

        return word.render(model), Written(empty, fmt)
    if fmt is Format.DECISION_PAPER:
        from desktop_app.reporting import decision_paper

        return decision_paper.render(model, options.template), Written(empty, fmt)
    if fmt is Format.XLSX:
        from desktop_app.reporting import excel

        return excel.render(model), Written(empty, fmt)
    if fmt is Format.ICS:
        from desktop_app.reporting import ical

        cal = ical.render(model)
        return cal.data, Written(empty, fmt, events=cal.events, left_out=cal.left_out)
    if fmt is Format.CSV:
        from desktop_app.reporting import research_csv

        return research_csv.render(model, options.include_comments), Written(empty, fmt)
    from desktop_app.reporting import html_report

    return html_report.render(model), Written(empty, fmt)


def write(ev: Evaluation, fmt: Format, path: Path, lang: str, options: Options | None = None,
          progress: Progress | None = None) -> Written:
    """Build the report model once, render ``fmt`` and write it to ``path`` atomically."""
    from dataclasses import replace

    from desktop_app.reporting.model import build_model

    report = progress or (lambda _p, _m: None)
    report(5, "model")
    model = build_model(ev, lang)
    data, written = render(model, fmt, options or Options(), report)
    report(95, "write")
    target = atomic_write_bytes(Path(path), data)
    report(100, "done")
    return replace(written, path=target)
