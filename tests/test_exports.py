"""Word, Excel, calendar, research CSV and HTML, read back by independent readers.

Each file is written through the real export path (report model → renderer → atomic
write) and read with a library that did not write it: python-docx, openpyxl, icalendar's
parser, the csv module and the standard library's HTML parser. The content must match the
report model (the same measures, owners, dates and scores the PDF shows), for the demo and
for an assessment full of hostile text.
"""

from __future__ import annotations

import csv
import getpass
import io
import re
import zipfile
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.assessment import Evaluation
from desktop_app.domain.model import Guideline
from desktop_app.reporting import excel, html_report, ical, research_csv, word
from desktop_app.reporting.exports import Format, Options, write
from desktop_app.reporting.formats import day
from desktop_app.reporting.model import build_model
from desktop_app.reporting.model.types import ReportModel
from tests.export_helpers import (
    CONTROL,
    EMOJI,
    FORMULAS,
    HOSTILE_OWNER,
    HOSTILE_TITLE,
    LONG_COMMENT,
    MARKUP,
    PERSON,
    hostile_evaluation,
    zip_texts,
)
from tests.report_helpers import demo_evaluation

LOGIN = "Login-Kennung-Xq7"  # what getpass.getuser() returns during these tests


@pytest.fixture(scope="module")
def demo(guideline: Guideline) -> Evaluation:
    return demo_evaluation(guideline)


@pytest.fixture(scope="module")
def hostile(guideline: Guideline) -> Evaluation:
    return hostile_evaluation(guideline)


@pytest.fixture(autouse=True)
def login(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(name, LOGIN)
    assert getpass.getuser() == LOGIN


def measures(model: ReportModel) -> list:  # type: ignore[type-arg]
    return [*model.focus, *model.backlog]


# --------------------------------------------------------------------------- Word


def docx_of(ev: Evaluation, lang: str, tmp_path: Path) -> tuple[Path, ReportModel]:
    path = write(ev, Format.DOCX, tmp_path / f"plan-{lang}.docx", lang).path
    return path, build_model(ev, lang)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_word_plan_has_headings_header_rows_alt_texts(demo: Evaluation, tmp_path: Path,
                                                      lang: str) -> None:
    import docx
    from docx.oxml.ns import qn

    path, model = docx_of(demo, lang, tmp_path)
    doc = docx.Document(str(path))
    headings = [(p.style.name, p.text) for p in doc.paragraphs
                if p.style is not None and p.style.name.startswith("Heading")]
    level1 = [text for style, text in headings if style == "Heading 1"]
    assert level1 == [h.title for h in model.outline
                      if h.id in ("decisions", "results", "findings", "barriers", "focus",
                                  "backlog", "clarifications", "rejected", "about")]
    assert any(style == "Heading 2" for style, _ in headings)
    # Every table's first row repeats on each page.
    assert doc.tables
    for table in doc.tables:
        trpr = table.rows[0]._tr.trPr
        assert trpr is not None and trpr.find(qn("w:tblHeader")) is not None
    # Every chart is a picture with its alt text on the drawing.
    alts = [s._inline.docPr.get("descr") for s in doc.inline_shapes]
    expected = [model.charts[c].alt_text for c in ("dimensions", "votes", "barriers")]
    assert alts == expected
    styles = zip_texts(path.read_bytes())["word/styles.xml"]
    assert f'w:lang w:val="{"en-GB" if lang == "en" else "de-DE"}"' in styles
    # The same measures, owners and due dates as the model (and so the PDF).
    body = "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    for m in model.focus:
        assert m.title.text in body
        assert m.owner.text in body
        assert day(m.due, lang) in body
    assert model.key_figures.overall.percent is not None
    assert f"{model.key_figures.overall.percent:.0f}" in body


def test_word_metadata_names_the_municipality_never_the_login(demo: Evaluation,
                                                              tmp_path: Path) -> None:
    import docx

    path, model = docx_of(demo, "de", tmp_path)
    props = docx.Document(str(path)).core_properties
    assert props.author == model.municipality
    assert props.last_modified_by == ""
    assert props.language == "de-DE"
    assert model.municipality in props.title
    parts = zip_texts(path.read_bytes())
    assert "docProps/thumbnail.jpeg" not in zipfile.ZipFile(path).namelist()
    for name in ("docProps/core.xml", "docProps/app.xml"):
        assert "python-docx" not in parts[name]
        assert "Macintosh" not in parts[name]
    raw = path.read_bytes()
    assert LOGIN.encode() not in raw
    assert all(LOGIN not in text for text in parts.values())


def test_word_plan_keeps_hostile_text_as_text(hostile: Evaluation, tmp_path: Path) -> None:
    import docx

    path, model = docx_of(hostile, "de", tmp_path)
    doc = docx.Document(str(path))
    text = "\n".join([p.text for p in doc.paragraphs]
                     + [c.text for t in doc.tables for r in t.rows for c in r.cells])
    assert HOSTILE_TITLE in text
    assert HOSTILE_OWNER in text
    for value in (*FORMULAS, *MARKUP, EMOJI):
        assert value in text, value
    assert "Steuerzeichen und [31mFarbe" in text  # control characters dropped
    assert LONG_COMMENT[:200] in text
    assert len(text) < 200_000  # bounded as in the PDF: a beginning, the rest in the annex


# --------------------------------------------------------------------------- Excel


def workbook(ev: Evaluation, lang: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    import openpyxl

    path = write(ev, Format.XLSX, tmp_path / f"plan-{lang}.xlsx", lang).path
    return openpyxl.load_workbook(path), build_model(ev, lang)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_excel_plan_and_answers(demo: Evaluation, tmp_path: Path, lang: str) -> None:
    wb, model = workbook(demo, lang, tmp_path)
    assert wb.sheetnames == [excel.tr("sheet_plan", lang), excel.tr("sheet_answers", lang)]
    plan, answers = wb.worksheets
    header = [c.value for c in plan[1]]
    assert header == [excel.tr(c.key, lang) for c in excel.PLAN_COLUMNS]
    col = {excel.PLAN_COLUMNS[i].key: i for i in range(len(header))}
    rows = [[c.value for c in r] for r in plan.iter_rows(min_row=2)]
    by_key = {r[col["col_key"]]: r for r in rows}
    for m in measures(model):
        row = by_key[m.key]
        assert row[col["col_id"]] == m.number
        assert row[col["col_measure"]] == m.title.text
        assert row[col["col_responsible"]] == m.owner.text
        assert row[col["col_priority"]] == m.priority
        due = row[col["col_due"]]
        assert isinstance(due, datetime) and due.date() == m.due
        if m.effort_days is not None:
            assert (row[col["col_effort_min"]], row[col["col_effort_max"]]) == m.effort_days
    assert {c.key for c in model.clarifications} <= set(by_key)
    date_cell = plan.cell(row=2, column=col["col_due"] + 1)
    assert date_cell.is_date and date_cell.number_format == excel.DATE_FORMAT[lang]
    for sheet, width in ((plan, len(excel.PLAN_COLUMNS)), (answers, len(excel.ANSWER_COLUMNS))):
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:")
        # Printed: landscape, the header row and the number and id columns on every page.
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.print_title_rows == "$1:$1" and sheet.print_title_cols == "$A:$B"
        assert sheet.max_column == width
        assert sheet.column_dimensions["B"].width > 8
    statements = [r.statement_id for d in model.annex.dimensions for r in d.rows]
    assert [r[0].value for r in answers.iter_rows(min_row=2)] == statements
    first = model.annex.dimensions[0].rows[0]
    row = [c.value for c in answers[2]]
    assert row[5] == first.level and row[6] == first.target and row[8] == first.spread


def test_excel_never_holds_a_formula(hostile: Evaluation, tmp_path: Path) -> None:
    wb, model = workbook(hostile, "de", tmp_path)
    values = []
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if cell.value is not None:
                    values.append(cell.value)
    strings = {v for v in values if isinstance(v, str)}
    assert HOSTILE_TITLE in strings and HOSTILE_OWNER in strings and "+cmd" in strings
    for value in FORMULAS:
        assert value in strings, value
    assert CONTROL.replace("\x00", "").replace("\x07", "").replace("\x1b", "") \
        .replace("\x0b", "") in strings
    assert any(v.startswith(LONG_COMMENT[:100]) for v in strings)
    raw = zip_texts((tmp_path / "plan-de.xlsx").read_bytes())
    assert not any("<f>" in text for text in raw.values())
    assert not any(LOGIN in text for text in raw.values())


# --------------------------------------------------------------------------- calendar


def test_calendar_events_are_stable_all_day_entries(hostile: Evaluation) -> None:
    from icalendar import Calendar

    model = build_model(hostile, "de")
    first = ical.render(model, now=datetime(2026, 9, 20, 8, 0, tzinfo=UTC))
    second = ical.render(build_model(hostile, "de"), now=datetime(2027, 1, 2, 9, 0, tzinfo=UTC))
    events = []
    for export in (first, second):
        cal = Calendar.from_ical(export.data)
        assert str(cal["PRODID"]).startswith("-//Wandelkompass//")
        events.append({str(e["UID"]): e for e in cal.walk("VEVENT")})
    assert set(events[0]) == set(events[1])  # a re-export updates, never duplicates
    adopted = [m for m in measures(model) if m.adopted]
    dated = [m for m in adopted if m.due is not None and m.due_confirmed]
    assert first.events == len(events[0]) == len(dated) >= 1
    assert first.left_out == len(adopted) - len(dated) >= 1
    for m in dated:
        event = events[0][ical.event_uid(model.assessment_uuid, m.key)]
        assert event.decoded("DTSTART") == m.due
        assert event.decoded("DTEND") == date.fromordinal(m.due.toordinal() + 1)
        assert m.title.text in str(event["SUMMARY"])
        assert "DTSTAMP" in event
    hostile_event = next(e for e in events[0].values() if HOSTILE_TITLE in str(e["SUMMARY"]))
    assert HOSTILE_OWNER in str(hostile_event["DESCRIPTION"])


def test_calendar_uid_depends_on_assessment_and_measure() -> None:
    a = ical.event_uid("00000000-0000-4000-8000-000000000001", "rec:O-A1")
    assert a == ical.event_uid("00000000-0000-4000-8000-000000000001", "rec:O-A1")
    assert a != ical.event_uid("00000000-0000-4000-8000-000000000002", "rec:O-A1")
    assert a != ical.event_uid("00000000-0000-4000-8000-000000000001", "rec:O-A2")
    assert a.endswith("@wandelkompass.invalid")


# --------------------------------------------------------------------------- research CSV


def csv_rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def test_research_csv_is_anonymous(hostile: Evaluation) -> None:
    model = build_model(hostile, "de")
    data = research_csv.render(model)
    text = data.decode("utf-8-sig")
    rows = csv_rows(data)
    assert list(rows[0]) == list(research_csv.COLUMNS)
    # No names, no free text: neither a respondent's label nor a comment.
    for label in (PERSON, "Verwaltungsvorstand", "Fachbereiche", "IT und Geodaten"):
        assert label not in text
    for value in (*FORMULAS, *MARKUP, EMOJI, LONG_COMMENT[:40]):
        assert value not in text
    groups = {r["role_group"] for r in rows if r["record"] == "Stimme"}
    # Personalrat (1) is too small alone, and alone in "Weitere" it would still be known:
    # the smallest other group (IT and Leitung have 3 each; by name, IT) joins it.
    assert groups == {"Beschäftigte", "Leitung", "Weitere"}
    # Every vote is counted: per statement, the heads in the file equal the votes.
    for d in model.annex.dimensions:
        for r in d.rows:
            counted = sum(int(x["count"]) for x in rows
                          if x["statement_id"] == r.statement_id and x["record"] == "Stimme")
            assert counted == sum(v.headcount for v in r.votes)
            consensus = [x for x in rows if x["statement_id"] == r.statement_id
                         and x["record"] == "Konsens"]
            assert len(consensus) == 1
            assert consensus[0]["level"] == ("" if r.level is None else str(r.level))
            assert consensus[0]["dimension"] == d.id and consensus[0]["category"] == r.category


def test_research_csv_comments_only_on_request_and_never_as_formulas(
        hostile: Evaluation) -> None:
    model = build_model(hostile, "en")
    rows = csv_rows(research_csv.render(model, include_comments=True))
    comments = [r["comment"] for r in rows if r["comment"]]
    assert "'" + FORMULAS[0] in comments and "'@SUM(1)" in comments
    assert "'-2+3" in comments and "'+cmd|' /C calc'!A0" in comments
    assert all(not c.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows
               for c in r.values())
    assert {r["role_group"] for r in rows if r["record"] == "vote"} == {"Beschäftigte",
                                                                        "Leitung", "Other"}
    long = next(c for c in comments if c.startswith("Sehr langer"))
    assert 300 < len(long) <= 3_001  # the annex's cap, not the table's cut


@given(st.dictionaries(st.text(min_size=1, max_size=5), st.integers(1, 12), max_size=8))
def test_no_role_group_in_the_file_has_fewer_than_three_people(sizes: dict[str, int]) -> None:
    names = research_csv.merged_groups(sizes, "Weitere")
    totals: dict[str, int] = {}
    for group, name in names.items():
        totals[name] = totals.get(name, 0) + sizes[group]
    if sum(sizes.values()) >= research_csv.MIN_GROUP:
        assert all(n >= research_csv.MIN_GROUP for n in totals.values()), (sizes, names)
    for group, name in names.items():
        assert name in (group, "Weitere")
        if sizes[group] < research_csv.MIN_GROUP:
            assert name == "Weitere"


def test_csv_neutralises_what_a_spreadsheet_would_run() -> None:
    for value in ("=1+1", "+1", "-1", "@A1", "\t=1", "\r=1"):
        assert research_csv.neutralise(value) == "'" + value
    assert research_csv.neutralise("Leitung") == "Leitung"


# --------------------------------------------------------------------------- HTML


class Outline(HTMLParser):
    """Headings, landmarks, images, table headers and text of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.headings: list[int] = []
        self.text: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag not in ("meta", "img", "br", "link"):
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (self.stack[-5:], tag)
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(data: bytes) -> Outline:
    page = Outline()
    page.feed(data.decode("utf-8"))
    page.close()
    assert not page.stack
    return page


@pytest.mark.parametrize("lang", ["de", "en"])
def test_html_structure(demo: Evaluation, lang: str, tmp_path: Path) -> None:
    path = write(demo, Format.HTML, tmp_path / "plan.html", lang).path
    model = build_model(demo, lang)
    page = parse(path.read_bytes())
    tags = [t for t, _ in page.tags]
    assert page.tags[0] == ("html", {"lang": lang})
    assert tags.count("h1") == 1 and page.headings[0] == 1
    assert all(b <= a + 1 for a, b in zip(page.headings, page.headings[1:], strict=False))
    for landmark in ("header", "nav", "main", "footer"):
        assert tags.count(landmark) == 1, landmark
    assert "script" not in tags and "link" not in tags and "iframe" not in tags
    images = [a for t, a in page.tags if t == "img"]
    assert [a["alt"] for a in images] == [model.charts[c].alt_text
                                         for c in ("dimensions", "votes", "barriers")]
    assert all((a["src"] or "").startswith("data:image/png;base64,") for a in images)
    assert all(a.get("scope") in ("col", "row") for t, a in page.tags if t == "th")
    links = [a["href"] for t, a in page.tags if t == "a"]
    assert links and all((h or "").startswith("#") for h in links)
    ids = {a["id"] for _, a in page.tags if a.get("id")}
    assert all((h or "")[1:] in ids for h in links)
    text = " ".join(" ".join(page.text).split())
    for m in model.focus:
        assert m.title.text in text and m.owner.text in text
    # No fixed widths (but the 1 px of text for screen readers only): it reflows at any zoom.
    assert not re.search(r"width:\s*(?!1px)[\d.]+(px|cm|mm|pt|in)", html_report.CSS)


def test_html_escapes_hostile_text(hostile: Evaluation, tmp_path: Path) -> None:
    path = write(hostile, Format.HTML, tmp_path / "hostile.html", "de").path
    raw = path.read_text(encoding="utf-8")
    page = parse(raw.encode())
    assert [t for t, _ in page.tags].count("script") == 0
    assert not any(t == "b" or t == "i" for t, _ in page.tags)
    text = " ".join(page.text)
    for value in (HOSTILE_TITLE, HOSTILE_OWNER, *MARKUP, *FORMULAS, EMOJI):
        assert value in text, value
    assert "\x00" not in raw and "\x1b" not in raw


def test_every_format_writes_atomically_over_an_old_file(demo: Evaluation,
                                                          tmp_path: Path) -> None:
    for fmt in Format:
        target = tmp_path / f"out{fmt.value}"
        target.write_bytes(b"old")
        written = write(demo, fmt, target, "de", Options())
        assert written.path == target and target.read_bytes() != b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"out{f.value}" for f in Format)


def test_word_renders_without_a_chart_library_in_the_model(demo: Evaluation) -> None:
    assert word.render(build_model(demo, "en"))[:2] == b"PK"
