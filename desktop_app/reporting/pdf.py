"""Write the PDF action plan (Maßnahmenplan) for an evaluation.

Importing this module is cheap: reportlab and matplotlib load on the first report.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from desktop_app.fileio import atomic_write

if TYPE_CHECKING:
    from desktop_app.domain.assessment import Evaluation
    from desktop_app.reporting.model.types import ReportModel

Progress = Callable[[int, str], None]


class ReportError(RuntimeError):
    """The report could not be laid out; the message is readable by the user."""


_LAYOUT_MESSAGE = {
    "de": "Der Bericht konnte nicht gesetzt werden: ein Inhalt passt nicht auf eine Seite. "
    "Bitte kürzen Sie sehr lange Texte (Kommentare, eigene Maßnahmen). Details: {detail}",
    "en": "The report could not be laid out: some content does not fit on a page. "
    "Please shorten very long texts (comments, own measures). Details: {detail}",
}


def _configure_reportlab() -> None:
    from reportlab import rl_config

    rl_config.invariant = 1  # same input → byte-identical PDF (no timestamps, fixed IDs)
    rl_config.trustedHosts = []  # never fetch or read images named in text
    # Binary streams: ASCII85-encoding the chart images cost a tenth of every report and a
    # quarter more file size, for 7-bit-safe output nobody needs from a local file.
    rl_config.useA85 = 0


def render_report(ev: Evaluation, lang: str = "de", progress: Progress | None = None) -> bytes:
    """The complete PDF as bytes (building in memory keeps a failed build off the disk)."""
    report = progress or (lambda _p, _m: None)
    _configure_reportlab()

    from desktop_app.reporting.model import build_model

    report(5, "model")
    model = build_model(ev, lang)
    return render_model(model, report)


def render_model(model: ReportModel, progress: Progress | None = None) -> bytes:
    """The PDF of an already computed report model."""
    report = progress or (lambda _p, _m: None)
    _configure_reportlab()
    from reportlab.platypus.doctemplate import LayoutError

    from desktop_app.reporting import appendix, decision, measures, results
    from desktop_app.reporting.document import PageLabels, ReportDocument
    from desktop_app.reporting.formats import day
    from desktop_app.reporting.strings import tr
    from desktop_app.reporting.text import plain

    lang = model.lang
    labels = PageLabels(
        header_left=plain(model.municipality),
        header_middle=plain(model.project),
        header_right=tr("header_title", lang),
        footer_left=f"{day(model.held_on, lang)} · {tr('created_with', lang)}",
        page_of=tr("page_of", lang, page="{page}", total="{total}"),
    )
    buffer = io.BytesIO()
    doc = ReportDocument(
        buffer, labels,
        title=plain(f"{model.title} – {model.municipality}"),
        subject=plain(f"{tr('subject', lang)}: {model.project}"),
        author=plain(model.municipality) or "Wandelkompass",  # never the OS user
        keywords="Wandelkompass, Change-Management",
        lang="de-DE" if lang == "de" else "en-GB",
    )
    sections = {
        "decisions": decision.build,
        "results": results.results,
        "findings": results.findings,
        "barriers": results.barriers,
        "focus": measures.focus,
        "backlog": measures.backlog,
        "clarifications": measures.clarifications,
        "rejected": measures.rejected,
        "about": appendix.build,  # the whole annex, in the model's order
    }
    story = []
    for n, head in enumerate(model.outline):
        build = sections.get(head.id)
        if build is not None:
            report(10 + 70 * n // len(model.outline), head.id)
            story += build(model)
    report(85, "layout")
    try:
        doc.build_story(story)
    except LayoutError as exc:
        message = _LAYOUT_MESSAGE["en" if lang == "en" else "de"]
        raise ReportError(message.format(detail=exc)) from exc
    return buffer.getvalue()


def write_report(
    ev: Evaluation,
    path: Path,
    lang: str = "de",
    *,
    progress: Progress | None = None,
) -> Path:
    """Write the report to ``path`` atomically: on any failure the old file stays intact."""
    data = render_report(ev, lang, progress)
    if progress:
        progress(95, "write")

    def write(fh: BinaryIO) -> None:
        fh.write(data)

    result = atomic_write(Path(path), write)
    if progress:
        progress(100, "done")
    return result
