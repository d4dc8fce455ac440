"""``wandelkompass report`` for every format: chosen by --format or by the file's ending,
read back with an independent reader, and wrong combinations refused with a clear message."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.test_cli import run


@pytest.mark.parametrize(
    ("name", "fmt", "check"),
    [
        ("plan.docx", None, lambda p: __import__("docx").Document(str(p)).paragraphs),
        ("plan.xlsx", None, lambda p: __import__("openpyxl").load_workbook(p).sheetnames),
        ("termine.ics", None, lambda p: __import__("icalendar").Calendar.from_ical(
            p.read_bytes()).walk("VEVENT")),
        ("daten.csv", None, lambda p: list(csv.reader(io.StringIO(p.read_text("utf-8-sig")),
                                                      delimiter=";"))),
        ("plan.htm", None, lambda p: "<h1" in p.read_text("utf-8")),
        ("vorlage.docx", "beschlussvorlage",
         lambda p: "Beschlussvorlage" in "\n".join(
             x.text for x in __import__("docx").Document(str(p)).paragraphs)),
    ],
)
def test_format_from_the_ending_or_the_option(tmp_path: Path, name: str, fmt: str | None,
                                              check) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / name
    args = ["report", "--demo", "--output", str(out)] + (["--format", fmt] if fmt else [])
    proc = run(*args, data_dir=tmp_path / "data")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"Geschrieben: {out}")
    assert check(out)


def test_a_format_overrides_the_ending(tmp_path: Path) -> None:
    out = tmp_path / "export.txt"
    proc = run("--lang", "en", "report", "--demo", "--format", "csv", "--output", str(out),
               "--include-comments", data_dir=tmp_path / "data")
    assert proc.returncode == 0, proc.stderr
    assert "Research data (CSV, anonymised)" in proc.stdout
    assert out.read_text("utf-8-sig").splitlines()[0].split(";")[-1] == "comment"


@pytest.mark.parametrize(
    ("args", "german", "english"),
    [
        (("--output", "{tmp}/plan.odt"), "Das Format von {tmp}/plan.odt ist unbekannt",
         "The format of {tmp}/plan.odt is unknown"),
        (("--output", "{tmp}/plan.docx", "--template", "{tmp}/t.docx"),
         "--template gilt nur für die Beschlussvorlage", "--template applies to the council"),
        (("--output", "{tmp}/plan.xlsx", "--include-comments"),
         "--include-comments gilt nur für die Forschungsdaten",
         "--include-comments applies to the research data only"),
    ],
)
def test_wrong_combinations_are_refused_and_write_nothing(
        tmp_path: Path, args: tuple[str, ...], german: str, english: str) -> None:
    filled = [a.format(tmp=tmp_path) for a in args]
    for lang, text in (("de", german), ("en", english)):
        proc = run("--lang", lang, "report", "--demo", *filled, data_dir=tmp_path / "data")
        assert proc.returncode != 0
        assert text.format(tmp=tmp_path) in proc.stderr
        assert "Traceback" not in proc.stderr
    assert not any(p.suffix in {".odt", ".docx", ".xlsx"} for p in tmp_path.iterdir())
