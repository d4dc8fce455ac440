"""The council decision paper: built-in and municipal templates, and templates that fail."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import docx
import pytest

from desktop_app import cli
from desktop_app.domain.model import Guideline
from desktop_app.reporting import decision_paper
from desktop_app.reporting.decision_paper import TemplateProblem
from desktop_app.reporting.exports import Format
from desktop_app.reporting.formats import day
from desktop_app.reporting.model import build_model
from desktop_app.services.messages import template_message
from desktop_app.services.workspace import Workspace
from tests.export_helpers import HOSTILE_OWNER, HOSTILE_TITLE, hostile_evaluation, zip_texts
from tests.report_helpers import demo_evaluation

DOC = Path(__file__).resolve().parents[1] / "docs" / "TEMPLATES.md"


def template(*paragraphs: str) -> bytes:
    """A Word file whose paragraphs are ``paragraphs``."""
    doc = docx.Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def all_text(data: bytes) -> str:
    doc = docx.Document(io.BytesIO(data))
    return "\n".join([p.text for p in doc.paragraphs]
                     + [c.text for t in doc.tables for r in t.rows for c in r.cells])


@pytest.mark.parametrize("lang", ["de", "en"])
def test_built_in_paper_carries_the_assessment(guideline: Guideline, lang: str) -> None:
    model = build_model(demo_evaluation(guideline), lang)
    data = decision_paper.render(model, today=date(2026, 10, 1))
    doc = docx.Document(io.BytesIO(data))
    text = all_text(data)
    headings = [p.text for p in doc.paragraphs if p.style is not None
                and p.style.name.startswith("Heading")]
    words = decision_paper.tr
    assert headings == [words("paper_subject", lang, project=model.project),
                        words("paper_situation", lang), words("paper_proposal", lang),
                        words("paper_finance", lang), words("paper_annexes", lang)]
    assert "{{" not in text and "{%" not in text
    for m in model.focus:
        assert m.title.text in text and m.owner.text in text and day(m.due, lang) in text
    for point in model.decision_page.decisions:
        assert point.title in text
    assert model.findings.gaps[0].statement in text
    assert day(date(2026, 10, 1), lang) in text
    table = doc.tables[0]
    assert len(table.rows) == len(model.focus) + 1  # the header and one row per measure
    assert table.rows[0]._tr.trPr is not None  # the header row repeats on every page
    parts = zip_texts(data)
    assert "python-docx" not in parts["docProps/core.xml"]
    assert docx.Document(io.BytesIO(data)).core_properties.author == model.municipality


def test_hostile_text_is_escaped_into_the_paper(guideline: Guideline) -> None:
    data = decision_paper.render(build_model(hostile_evaluation(guideline), "de"))
    text = all_text(data)
    assert HOSTILE_TITLE in text and HOSTILE_OWNER in text


def test_municipal_template_from_the_data_folder_and_from_the_command_line(
        guideline: Guideline, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "data"
    ws = Workspace(data_dir)
    try:
        aid = ws.create_demo("de")
        ws.decision_template().parent.mkdir(parents=True)
        ws.decision_template().write_bytes(template(
            "Briefkopf Stadtverwaltung", "{{ betreff }}",
            "{%p for m in massnahmen %}", "{{ m.nr }}. {{ m.titel }} – {{ m.verantwortlich }}",
            "{%p endfor %}", "{{ finanzen }}"))
        written = ws.write_export(aid, Format.DECISION_PAPER, tmp_path / "b.docx")
        model = build_model(ws.evaluation(aid), "de")
    finally:
        ws.close()
    text = all_text(written.path.read_bytes())
    assert text.startswith("Briefkopf Stadtverwaltung")
    first = model.focus[0]
    assert f"1. {first.title.text} – {first.owner.text}" in text
    own = tmp_path / "eigene.docx"
    own.write_bytes(template("Eigene Vorlage {{ kommune }}"))
    code = cli.main(["--data-dir", str(data_dir), "report", "--assessment", str(aid),
                     "--format", "beschlussvorlage", "--template", str(own),
                     "-o", str(tmp_path / "c.docx")])
    assert code == 0, capsys.readouterr()
    assert all_text((tmp_path / "c.docx").read_bytes()) == f"Eigene Vorlage {model.municipality}"


BROKEN = [
    # (paragraphs, kind, name, the paragraph in error, German and English fragments)
    (("Betreff", "{{ betreff | gross }}"), "filter", "gross", 2,
     "unbekannten Filter „gross“", "unknown filter “gross”"),
    (("{% if betreff %}", "x"), "syntax", "", 1,
     "Platzhalter-Schreibweise stimmt nicht", "placeholder is not written correctly"),
    (("a", "b", "{{ betreff.__class__.__mro__ }}"), "forbidden", "__class__", 3,
     "greift in Absatz 3", "accesses “__class__” in paragraph 3"),
    (("{{ betrff }}",), "unknown", "betrff", 1,
     "unbekannten Platzhalter „betrff“", "unknown placeholder “betrff”"),
    (("{{ massnahmen.append(1) }}",), "forbidden", "", 1,
     "Programmcode", "program code"),
]


@pytest.mark.parametrize("paragraphs,kind,name,paragraph,de,en", BROKEN,
                         ids=[b[1] + "-" + (b[2] or "x") for b in BROKEN])
def test_broken_template_names_the_placeholder_and_writes_nothing(
        guideline: Guideline, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        paragraphs: tuple[str, ...], kind: str, name: str, paragraph: int, de: str,
        en: str) -> None:
    model = build_model(demo_evaluation(guideline), "de")
    with pytest.raises(TemplateProblem) as caught:
        decision_paper.render(model, template(*paragraphs))
    problem = caught.value
    assert (problem.kind, problem.paragraph) == (kind, paragraph), problem.args
    if name:
        assert problem.name == name
    assert problem.text == " ".join(paragraphs[paragraph - 1].split())
    # Through the command line: a clear message in both languages, the old file untouched,
    # no temporary file left behind.
    source = tmp_path / "vorlage.docx"
    source.write_bytes(template(*paragraphs))
    target = tmp_path / "beschluss.docx"
    target.write_bytes(b"the old file")
    for lang, fragment in (("de", de), ("en", en)):
        code = cli.main(["--data-dir", str(tmp_path / "data"), "--lang", lang, "report",
                         "--demo", "--format", "beschlussvorlage", "--template", str(source),
                         "-o", str(target)])
        out = capsys.readouterr()
        assert code == 1
        assert fragment in out.err, out.err
        assert str(source) in out.err and "Traceback" not in out.err
        assert ("Es wurde keine Datei geschrieben" if lang == "de"
                else "No file was written") in out.err
    assert target.read_bytes() == b"the old file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["beschluss.docx", "data",
                                                          "vorlage.docx"]


def test_a_file_that_is_no_word_document(guideline: Guideline) -> None:
    model = build_model(demo_evaluation(guideline), "en")
    with pytest.raises(TemplateProblem) as caught:
        decision_paper.render(model, b"not a zip at all")
    caught.value.path = "x.docx"
    assert template_message(caught.value, "de") == (
        "x.docx ist keine Word-Datei (.docx). Es wurde keine Datei geschrieben.")


def test_the_documentation_lists_every_placeholder(guideline: Guideline) -> None:
    context = decision_paper.context(build_model(demo_evaluation(guideline), "de"),
                                     date(2026, 1, 1))
    documented = {part for name in re.findall(r"`([a-z_.]+)`", DOC.read_text("utf-8"))
                  for part in name.split(".")}
    names = set(context) | {f for m in context["massnahmen"] for f in m}
    names |= set(context["ueberschriften"]) | set(context["spalten"])
    assert names <= documented, names - documented
