"""The command line as a user runs it: real processes, real files, messages in both languages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.domain.labels import category_heading
from desktop_app.domain.model import Category


def run(*args: str, data_dir: Path | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MPLBACKEND="Agg")
    full_env.pop("WANDELKOMPASS_DATA_DIR", None)
    full_env.update(env)
    cmd = [sys.executable, "-m", "desktop_app"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    return subprocess.run(
        [*cmd, *args], capture_output=True, text=True, encoding="utf-8", env=full_env
    )


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_report_demo_writes_a_multipage_pdf_with_the_three_measure_groups(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    proc = run("report", "--demo", "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "Bericht geschrieben" in proc.stdout
    reader = PdfReader(out)
    assert len(reader.pages) >= 5
    text = pdf_text(out)
    for de in (category_heading(c, "de") for c in Category):
        assert de in text


def test_report_demo_in_english(tmp_path: Path) -> None:
    out = tmp_path / "plan-en.pdf"
    proc = run("--lang", "en", "report", "--demo", "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "Report written" in proc.stdout
    text = pdf_text(out)
    for en in (category_heading(c, "en") for c in Category):
        assert en in text


def test_list_export_import_report_by_id(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("list", data_dir=data).stdout.startswith("Noch keine Erhebungen")
    assert run("demo", data_dir=data).returncode == 0
    listing = run("list", data_dir=data).stdout
    assert "Stadt Lindenfeld (Demo)" in listing and "Einführung Digitaler Zwilling" in listing

    exported = tmp_path / "erhebung.json"
    proc = run("export", "--assessment", "1", "--output", str(exported), data_dir=data)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(exported.read_text(encoding="utf-8"))["format_version"] == 2

    again = run("import", str(exported), data_dir=data)
    assert again.returncode == 2
    assert "bereits vorhanden" in again.stderr

    other = tmp_path / "other"
    assert run("import", str(exported), data_dir=other).returncode == 0
    out = tmp_path / "by-id.pdf"
    proc = run("report", "--assessment", "1", "--output", str(out), data_dir=other)
    assert proc.returncode == 0, proc.stderr
    assert "Stadt Lindenfeld" in pdf_text(out)


def test_unknown_assessment_and_bad_file_give_clear_messages(tmp_path: Path) -> None:
    data = tmp_path / "data"
    proc = run("report", "--assessment", "42", "--output", str(tmp_path / "x.pdf"), data_dir=data)
    assert proc.returncode == 1
    assert "Erhebung Nr. 42 gibt es nicht" in proc.stderr
    bad = tmp_path / "kaputt.json"
    bad.write_text('{"format": "wandelkompass.assessment", ', encoding="utf-8")
    proc = run("--lang", "en", "import", str(bad), data_dir=data)
    assert proc.returncode == 2
    assert "not readable JSON" in proc.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_data_dir_from_environment(tmp_path: Path) -> None:
    data = tmp_path / "from-env"
    proc = run("demo", WANDELKOMPASS_DATA_DIR=str(data))
    assert proc.returncode == 0, proc.stderr
    assert (data / "wandelkompass.sqlite3").exists()


@pytest.mark.slow
def test_selftest_passes() -> None:
    proc = run("--selftest")
    assert proc.returncode == 0, proc.stderr
    assert "Selbsttest bestanden" in proc.stdout
