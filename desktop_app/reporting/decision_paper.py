"""The council decision paper (Beschlussvorlage) as a Word document, from the report model.

A Word template with docxtpl placeholders (``{{ betreff }}``, ``{%tr for m in massnahmen %}``,
see docs/TEMPLATES.md) is filled with what the assessment says: subject, situation (from the
findings), proposed resolution (the measures with owners and dates), financial implications
(effort and costs) and annexes. A municipality can bring its own template; without one the
built-in template below is used, built in code so it needs no file in the bundle.

A template is a file from outside: it is rendered in Jinja's sandbox (no attribute of Python
objects beyond plain data, no code), with every value XML-escaped and unknown placeholders
refused. Any template error becomes :class:`TemplateProblem`, which names the paragraph and
its text; nothing is written then.
"""

from __future__ import annotations

import io
import re
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop_app.reporting.formats import day, effort_text, euros, percent, span
from desktop_app.reporting.strings import tr, trn
from desktop_app.reporting.text import clean, shorten

if TYPE_CHECKING:
    from desktop_app.reporting.model.types import Measure, ReportModel

SHOWN_GAPS = 5  # the largest gaps the situation names; the action plan has them all


class TemplateProblem(Exception):
    """The template cannot be filled. ``kind`` is a key of the messages below."""

    def __init__(self, kind: str, *, paragraph: int | None = None, text: str = "",
                 name: str = "", detail: str = "") -> None:
        self.kind = kind  # "syntax", "filter", "unknown", "forbidden", "other", "not_docx"
        self.paragraph = paragraph
        self.text = text  # the paragraph's text around the placeholder
        self.name = name  # the filter, placeholder or attribute concerned
        self.detail = detail  # the template engine's own words
        self.path = ""  # the template's file, where it came from one
        super().__init__(kind, paragraph, text, name, detail)


# --------------------------------------------------------------------------- the data


def _measure(m: Measure, lang: str) -> dict[str, Any]:
    return {
        "nr": str(m.number),
        "titel": m.title.text,
        "beschreibung": m.text.text,
        "kategorie": m.category,
        "verantwortlich": m.owner.text,
        "verantwortlich_festgelegt": m.owner_confirmed,
        "termin": day(m.due, lang),
        "termin_festgelegt": m.due_confirmed,
        "aufwand": effort_text(m, lang),
        "kosten": euros(*m.cost_eur, lang) if m.cost_eur is not None else "",
        "erledigt_wenn": m.done_when.text,
    }


def _situation(model: ReportModel) -> list[str]:
    lang = model.lang
    k = model.key_figures
    version = next((f.value for f in model.annex.facts
                    if f.label == tr("guideline_version", lang)), "")
    out = [tr("paper_situation_intro", lang, date=day(model.held_on, lang),
              project=model.project, version=version or "–",
              percent=percent(k.overall.percent, lang), rated=k.completeness)]
    out.append(model.charts["barriers"].alt_text)
    counts = "; ".join(f"{f.label}: {f.value}" for f in k.counts)
    out.append(counts + ".")
    return out


def _finance(model: ReportModel) -> tuple[str, str, str]:
    lang = model.lang
    total = model.decision_page.budget[-1]
    if total.measures == total.without_effort:
        days = tr("not_estimated", lang)
    else:
        low, high = total.effort_days
        days = trn("person_days_n", lang, high, days=span(low, high, lang))
        if total.without_effort:
            days += " " + tr("days_partial", lang, n=total.without_effort)
    if total.measures == total.without_cost:
        costs = tr("not_estimated", lang)
    else:
        costs = tr("cost_partial", lang, cost=euros(*total.cost_eur, lang),
                   n=total.measures - total.without_cost, of=total.measures)
    return tr("paper_finance_text", lang, days=days, costs=costs), days, costs


def context(model: ReportModel, today: date) -> dict[str, Any]:
    """Every placeholder of a decision paper (documented in docs/TEMPLATES.md)."""
    lang = model.lang
    page = model.decision_page
    finance, days, costs = _finance(model)
    quote = "„{}“" if lang == "de" else "“{}”"
    gaps = [f"{g.statement_id} {g.statement} ({tr('col_level', lang)} {g.level} "
            f"{quote.format(g.level_label)}, {tr('col_target', lang)} {g.target})"
            for g in model.findings.gaps[:SHOWN_GAPS]]
    data: dict[str, Any] = {
        "sprache": lang,
        "titel": tr("paper_title", lang),
        "betreff": tr("paper_subject", lang, project=model.project),
        "kommune": model.municipality,
        "vorhaben": model.project,
        "datum": day(today, lang),
        "workshop_datum": day(model.held_on, lang),
        "gremium": tr("paper_body_blank", lang),
        "ueberschriften": {
            "sachverhalt": tr("paper_situation", lang),
            "beschlussvorschlag": tr("paper_proposal", lang),
            "finanzen": tr("paper_finance", lang),
            "anlagen": tr("paper_annexes", lang),
            "anlage": tr("paper_annex", lang),
            "gremium": tr("paper_body", lang),
            "datum": tr("paper_date", lang),
            "luecken": tr("paper_gaps", lang),
        },
        "spalten": {
            "nr": tr("col_id", lang),
            "massnahme": tr("col_measure", lang),
            "verantwortlich": tr("col_responsible", lang),
            "termin": tr("col_due", lang),
            "aufwand": tr("col_effort_short", lang),
        },
        "sachverhalt": _situation(model),
        "luecken": gaps,
        "beschluss_einleitung": tr("paper_proposal_intro", lang),
        "beschluesse": [f"{d.title}. {d.detail}" for d in page.decisions],
        "massnahmen_einleitung": tr("paper_measures_intro", lang),
        "massnahmen": [_measure(m, lang) for m in model.focus],
        "vorschlag_hinweis": f"* {tr('suggested_legend', lang)}",
        "finanzen": finance,
        "aufwand_pt": days,
        "kosten": costs,
        "anlagen": [tr("paper_annex_plan", lang, date=day(model.held_on, lang))],
    }
    cleaned: dict[str, Any] = _cleaned(data)
    return cleaned


def _cleaned(value: Any) -> Any:
    """Plain data only (str, bool, lists, dicts), every text cleaned for XML."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return {k: _cleaned(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_cleaned(v) for v in value]
    return value


# --------------------------------------------------------------------------- the default


def default_template(lang: str) -> bytes:
    """The built-in template: the paper's parts, each heading and text a placeholder."""
    from docx.shared import Pt

    from desktop_app.reporting.word import new_document, repeat_header

    doc = new_document(lang)
    doc.add_paragraph("{{ titel }}", style="Title")
    facts = doc.add_paragraph()
    facts.add_run("{{ kommune }}").bold = True
    facts.add_run().add_break()
    facts.add_run("{{ ueberschriften.gremium }}: {{ gremium }}")
    facts.add_run().add_break()
    facts.add_run("{{ ueberschriften.datum }}: {{ datum }}")
    doc.add_heading("{{ betreff }}", level=1)
    doc.add_heading("{{ ueberschriften.sachverhalt }}", level=2)
    doc.add_paragraph("{%p for absatz in sachverhalt %}")
    doc.add_paragraph("{{ absatz }}")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{{ ueberschriften.luecken }}")
    doc.add_paragraph("{%p for luecke in luecken %}")
    doc.add_paragraph("{{ luecke }}", style="List Bullet")
    doc.add_paragraph("{%p endfor %}")
    doc.add_heading("{{ ueberschriften.beschlussvorschlag }}", level=2)
    doc.add_paragraph("{{ beschluss_einleitung }}")
    doc.add_paragraph("{%p for punkt in beschluesse %}")
    doc.add_paragraph("{{ punkt }}", style="List Number")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{{ massnahmen_einleitung }}")
    table = doc.add_table(rows=3, cols=5)
    table.style = doc.styles["Table Grid"]
    repeat_header(table.rows[0])
    heads = ["nr", "massnahme", "verantwortlich", "termin", "aufwand"]
    for cell, key in zip(table.rows[0].cells, heads, strict=True):
        cell.paragraphs[0].add_run(f"{{{{ spalten.{key} }}}}").bold = True
    table.rows[1].cells[0].paragraphs[0].add_run("{%tr for m in massnahmen %}")
    values = ["{{ m.nr }}", "{{ m.titel }}",
              "{{ m.verantwortlich }}{% if not m.verantwortlich_festgelegt %} *{% endif %}",
              "{{ m.termin }}{% if not m.termin_festgelegt %} *{% endif %}",
              "{{ m.aufwand }}"]
    row = table.add_row()
    for cell, value in zip(row.cells, values, strict=True):
        cell.paragraphs[0].add_run(value)
    # Move the loop's closing row after the data row: {%tr %} rows enclose it.
    closing = table.rows[2]
    closing.cells[0].paragraphs[0].add_run("{%tr endfor %}")
    table._tbl.remove(closing._tr)
    table._tbl.append(closing._tr)
    from docx.shared import Cm

    for i, width in enumerate((0.8, 7.0, 3.8, 3.0, 2.0)):
        table.columns[i].width = Cm(width)
        for r in table.rows:
            r.cells[i].width = Cm(width)
    note = doc.add_paragraph("{{ vorschlag_hinweis }}")
    for run in note.runs:
        run.font.size = Pt(8.5)
    doc.add_heading("{{ ueberschriften.finanzen }}", level=2)
    doc.add_paragraph("{{ finanzen }}")
    doc.add_heading("{{ ueberschriften.anlagen }}", level=2)
    doc.add_paragraph("{%p for anlage in anlagen %}")
    doc.add_paragraph("{{ ueberschriften.anlage }} {{ loop.index }}: {{ anlage }}")
    doc.add_paragraph("{%p endfor %}")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


# --------------------------------------------------------------------------- rendering

_PARAGRAPH = re.compile(r"<w:p([ >])")
_TAG = re.compile(r"<[^>]+>")
_NAMES = (
    ("filter", re.compile(r"No filter named '([^']+)'")),
    ("filter", re.compile(r"No test named '([^']+)'")),
    ("unknown", re.compile(r"'([^']+)' is undefined")),
    ("unknown", re.compile(r"has no attribute '([^']+)'")),
    ("forbidden", re.compile(r"access to attribute '([^']+)'")),
)


def _template_line(exc: BaseException) -> int | None:
    """The template line an error happened on: compile errors carry it; at run time Jinja
    rewrites the traceback so that template frames show template lines."""
    line = getattr(exc, "lineno", None)
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line if isinstance(line, int) else None


def _locate(tpl: Any, line: int | None) -> tuple[int | None, str]:
    """Paragraph number and text of ``line`` in the source docxtpl rendered."""
    if line is None:
        return None, ""
    part = getattr(tpl, "current_rendering_part", None)
    try:
        if part is not None and part is not tpl.docx._part:
            return None, ""  # a header or footer: no paragraph number of the body
        source = _PARAGRAPH.sub(r"\n<w:p\1", tpl.patch_xml(tpl.get_xml()))
    except Exception:  # noqa: BLE001 - locating is a courtesy; the error itself stands
        return None, ""
    lines = source.split("\n")
    if not 0 < line <= len(lines):
        return None, ""
    number = sum(1 for text in lines[:line] if _PARAGRAPH.match(text))
    text = " ".join(_TAG.sub("", lines[line - 1]).split())
    return (number or None), shorten(text, 160)


def _problem(exc: BaseException, tpl: Any) -> TemplateProblem:
    from jinja2 import TemplateSyntaxError
    from jinja2.exceptions import SecurityError

    message = str(exc)
    paragraph, text = _locate(tpl, _template_line(exc))
    kind, name = "other", ""
    for candidate, pattern in _NAMES:
        found = pattern.search(message)
        if found:
            kind, name = candidate, found.group(1)
            break
    if isinstance(exc, SecurityError):
        kind = "forbidden"
    elif isinstance(exc, TemplateSyntaxError) and kind == "other":
        kind = "syntax"
    return TemplateProblem(kind, paragraph=paragraph, text=text, name=name,
                           detail=shorten(message, 200))


def render(model: ReportModel, template: bytes | None = None,
           today: date | None = None) -> bytes:
    """The decision paper as bytes; ``template`` is a .docx with placeholders (else the
    built-in one). Raises :class:`TemplateProblem`; then nothing is to be written."""
    import zipfile

    from docx.opc.exceptions import PackageNotFoundError
    from docxtpl import DocxTemplate
    from jinja2 import StrictUndefined, TemplateError
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    from desktop_app.reporting.word import drop_thumbnail, set_metadata

    lang = model.lang
    data = context(model, today or date.today())
    source = template if template is not None else default_template(lang)
    tpl = DocxTemplate(io.BytesIO(source))
    try:
        tpl.init_docx()
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise TemplateProblem("not_docx", detail=shorten(str(exc), 200)) from exc
    # Sandboxed: a template reads plain data and can run no code; immutable: it cannot
    # change the lists it is given. StrictUndefined: a misspelt placeholder is an error,
    # not an empty place in a paper for the council.
    env = ImmutableSandboxedEnvironment(autoescape=True, undefined=StrictUndefined)
    try:
        tpl.render(data, jinja_env=env, autoescape=True)
    except TemplateError as exc:
        raise _problem(exc, tpl) from exc
    except (TypeError, ValueError, AttributeError) as exc:  # a loop over a text and the like
        raise _problem(exc, tpl) from exc
    doc = tpl.docx
    set_metadata(doc, title=data["betreff"], subject=data["titel"],
                 author=model.municipality, lang=lang)
    drop_thumbnail(doc)
    buffer = io.BytesIO()
    tpl.save(buffer)
    return buffer.getvalue()

