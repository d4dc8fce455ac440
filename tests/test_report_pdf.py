"""The PDF action plan: content, robustness against hostile text, determinism, atomicity."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from desktop_app.content import load_guideline
from desktop_app.domain.answers import Answer, AnswerKind, AnswerSet
from desktop_app.domain.assessment import Evaluation, evaluate
from desktop_app.domain.model import Category, Guideline
from desktop_app.domain.plan import Decision, PlanEntry
from desktop_app.paths import content_dir
from desktop_app.reporting import fonts, text
from desktop_app.reporting.model import build_model, longtext
from desktop_app.reporting.pdf import ReportError, render_report, write_report
from desktop_app.services.demo_data import build_demo

LONG_WORDS = " ".join(["Verwaltungsdigitalisierung"] * 700)[:20_000]
LONG_NO_SPACE = ("Donaudampfschifffahrtsgesellschaft" * 600)[:20_000]
HOSTILE = [
    "<b>",
    "Budget & Co",
    "S&P 500",
    '<img src="/etc/passwd">',
    "0.1 <A <0.9",
    "<i>nicht geschlossen",
    "Grüße „Zitat“ 5 € – Halbgeviert — Geviert",
    "Zeile eins\nZeile zwei",
    "Tab\tgetrennt",
    "</para><font size=40>x</font>",
]


@pytest.fixture(scope="module")
def guideline() -> Guideline:
    return load_guideline(content_dir())


@pytest.fixture(scope="module")
def demo(guideline: Guideline) -> Evaluation:
    d = build_demo(guideline)
    return evaluate(guideline, d.info, d.answers, d.entries)


def pdf_text(path_or_bytes: Path | bytes) -> list[str]:
    import io

    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    return [page.extract_text() or "" for page in PdfReader(source).pages]


def squash(value: str) -> str:
    return " ".join(value.split())


def hostile_evaluation(guideline: Guideline) -> Evaluation:
    """The demo with hostile comments, evidence and own measures, short header texts."""
    d = build_demo(guideline)
    info = dataclasses.replace(
        d.info, municipality="Teststadt", project="Testvorhaben", moderator="<b>Moderation & Co"
    )
    ids = [s.id for s in guideline.statements]
    answers = dict(d.answers.answers)
    comments = [
        *HOSTILE,
        LONG_WORDS,
        LONG_NO_SPACE,
        "Daumen 👍 hoch",
        "שלום עולם",
        "Zerlegte Umlaute: Mu\u0308ller",
    ]
    for sid, comment in zip(ids, comments, strict=False):
        base = answers.get(sid) or Answer(sid)
        answers[sid] = dataclasses.replace(
            base, comment=comment, evidence="Quelle: <a href='x'>Link</a> & mehr"
        )
    entries = [
        *d.entries,
        PlanEntry(
            key="own:hostile-1",
            category=Category.TECHNICAL,
            title="<b>Budget & S&P 500",
            text='<img src="/etc/passwd"> 0.1 <A <0.9',
            owner="Amt für <i>Ordnung",
            decision=Decision.ACCEPTED,
            due=date(2027, 1, 31),
        ),
        PlanEntry(
            key="own:hostile-2",
            category=Category.PERSONNEL,
            title="Sehr lange Maßnahme",
            text=LONG_NO_SPACE,
            decision=Decision.PROPOSED,
        ),
        PlanEntry(
            key="own:hostile-3",
            category=Category.ORGANISATIONAL,
            title="Verworfen & erledigt",
            decision=Decision.REJECTED,
        ),
    ]
    return evaluate(guideline, info, AnswerSet(d.answers.default_target, answers), entries)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_demo_report_content(demo: Evaluation, tmp_path: Path, lang: str) -> None:
    calls: list[int] = []
    path = write_report(
        demo, tmp_path / "plan.pdf", lang, progress=lambda pct, _msg: calls.append(pct)
    )
    pages = pdf_text(path)
    full = squash("\n".join(pages))
    assert len(pages) >= 4
    assert calls == sorted(calls) and calls[-1] == 100
    model = build_model(demo, lang)
    for head in model.outline:
        assert head.title in full, head
    assert demo.info.municipality in full
    page_word = "Seite" if lang == "de" else "Page"
    of = "von" if lang == "de" else "of"
    for n in (1, len(pages)):
        assert f"{page_word} {n} {of} {len(pages)}" in squash(pages[n - 1])
    title = "Maßnahmenplan Change-Management" if lang == "de" else "Change-management action plan"
    assert title in squash(pages[0])
    meta = PdfReader(path).metadata
    assert meta is not None and meta.title and title in meta.title
    assert meta.author and "Lindenfeld" in meta.author


def test_fonts_embedded_and_qpdf_clean(demo: Evaluation, tmp_path: Path) -> None:
    path = write_report(demo, tmp_path / "plan.pdf")
    reader = PdfReader(path)
    seen = 0
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert font["/Subtype"] == "/TrueType", font
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
            seen += 1
    assert seen
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf not installed")
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_deterministic(demo: Evaluation) -> None:
    assert render_report(demo, "de") == render_report(demo, "de")


def test_hostile_text_extracts_as_typed(guideline: Guideline, tmp_path: Path) -> None:
    ev = hostile_evaluation(guideline)
    path = write_report(ev, tmp_path / "hostile.pdf")
    pages = pdf_text(path)
    full = squash("\n".join(pages))
    for value in HOSTILE:
        assert squash(value) in full, value
    for value in (
        "<b>Budget & S&P 500",
        '<img src="/etc/passwd"> 0.1 <A <0.9',
        "Amt für <i>Ordnung",
        "<b>Moderation & Co",
        "Daumen 👍 hoch",  # the shipped Symbola fallback font carries emoji glyphs
        "Müller",
        "Quelle: <a href='x'>Link</a> & mehr",
        "Verworfen & erledigt",
    ):
        assert value in full, value
    assert "שלום" in full or "םולש" in full  # RTL stays in the text layer
    # Long texts are shown up to a fixed length with a pointer to the annex, which prints
    # each up to its cap (lines may break inside the unbreakable words: compare unspaced).
    flat = re.sub(r"\s+", "", "".join(pages)).replace("-", "")
    assert "(vollständigimAnhang,L1)" in flat
    unit = "Donaudampfschifffahrtsgesellschaft"
    assert flat.count(unit) >= 2 * longtext.ANNEX_CAP // len(unit) - len(pages)
    assert flat.count("Verwaltungsdigitalisierung") < LONG_WORDS.count("Verwaltung")
    check = shutil.which("qpdf")
    if check:
        assert subprocess.run([check, "--check", str(path)], capture_output=True).returncode == 0


def test_unanswered_assessment_builds(guideline: Guideline, tmp_path: Path) -> None:
    d = build_demo(guideline)
    ev = evaluate(guideline, d.info, AnswerSet(3, {}), [])
    full = squash("\n".join(pdf_text(write_report(ev, tmp_path / "empty.pdf", "en"))))
    assert "not rated" in full
    assert "No measures in focus." in full


def test_few_dimensions_builds(guideline: Guideline) -> None:
    small = dataclasses.replace(guideline, dimensions=guideline.dimensions[:1])
    d = build_demo(small)
    ev = evaluate(small, d.info, d.answers, d.entries)
    assert render_report(ev, "de").startswith(b"%PDF")


def test_old_file_survives_failure(
    demo: Evaluation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.reporting import measures

    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old report")

    def boom(*_args: object) -> list[object]:
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(measures, "focus", boom)
    with pytest.raises(RuntimeError, match="simulated"):
        write_report(demo, target)
    assert target.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_layout_error_becomes_readable(demo: Evaluation, monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.platypus.doctemplate import LayoutError

    from desktop_app.reporting.document import ReportDocument

    def fail(self: object, story: object) -> None:
        raise LayoutError("Flowable <Table> too large on page 5")

    monkeypatch.setattr(ReportDocument, "build_story", fail)
    with pytest.raises(ReportError, match="kürzen"):
        render_report(demo, "de")


def test_emoji_without_fallback_font_become_visible_placeholders(
    guideline: Guideline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A build without resources/fonts/Symbola.ttf must still give a readable text layer.
    monkeypatch.setattr(fonts, "fallback_font_path", lambda: tmp_path / "missing.ttf")
    monkeypatch.setattr(fonts, "_fonts", None)
    d = build_demo(guideline)
    sid = guideline.statements[0].id
    answers = dict(d.answers.answers)
    answers[sid] = dataclasses.replace(
        answers.get(sid) or Answer(sid, AnswerKind.UNKNOWN), comment="Daumen 👍 hoch"
    )
    ev = evaluate(guideline, d.info, AnswerSet(3, answers), [])
    full = squash("\n".join(pdf_text(render_report(ev, "de"))))
    monkeypatch.setattr(fonts, "_fonts", None)  # next test registers the real fonts again
    assert "Daumen [U+1F44D] hoch" in full


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_makes_a_valid_paragraph(value: str) -> None:
    from reportlab.platypus import Paragraph

    from desktop_app.reporting.styles import styles

    paragraph = Paragraph(text.markup(value), styles().cell)
    width, height = paragraph.wrap(120, 10_000)
    assert width <= 120 and height >= 0
    assert "\n" not in text.plain(value)
