"""A broken content folder gives one clear message per problem: file, entry, problem."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.content import ContentError, load_guideline
from desktop_app.paths import content_dir


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A copy of the real content, small enough to break in targeted ways."""
    dest = tmp_path / "content"
    shutil.copytree(content_dir(), dest)
    return dest


def first_dimension(content: Path) -> Path:
    return sorted((content / "dimensions").glob("*.yaml"))[0]


def problems(content: Path) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_guideline(content)
    return [str(p) for p in info.value.problems]


def test_real_content_loads(content: Path) -> None:
    g = load_guideline(content)
    assert len(g.dimensions) >= 3
    assert g.version


def test_bad_yaml_names_file_and_line(content: Path) -> None:
    path = first_dimension(content)
    path.write_text("id: A\ntitle: [unclosed\n", encoding="utf-8")
    (msg,) = [p for p in problems(content) if path.name in p]
    assert "ungültiges YAML" in msg
    assert "Zeile" in msg


def test_unknown_key_names_entry(content: Path) -> None:
    path = first_dimension(content)
    text = path.read_text(encoding="utf-8").replace(
        "    weight: 1.5\n", "    weight: 1.5\n    wieght: 2\n", 1
    )
    path.write_text(text, encoding="utf-8")
    msgs = problems(content)
    assert any(path.name in m and "Aussage" in m and "unbekanntes Feld 'wieght'" in m for m in msgs)


def test_duplicate_yaml_key_is_refused(content: Path) -> None:
    path = content / "guideline.yaml"
    path.write_text(path.read_text(encoding="utf-8") + 'version: "9"\n', encoding="utf-8")
    assert any(
        "guideline.yaml" in m and "doppelter Schlüssel 'version'" in m for m in problems(content)
    )


def test_duplicate_statement_id_across_files(content: Path) -> None:
    src = first_dimension(content)
    copy = src.with_name("99_copy.yaml")
    copy.write_text(
        src.read_text(encoding="utf-8").replace("id: A\n", "id: Z\n", 1), encoding="utf-8"
    )
    assert any("99_copy.yaml" in m and "ist doppelt" in m for m in problems(content))


def test_rule_pointing_at_missing_statement(content: Path) -> None:
    path = content / "recommendations" / "organisatorisch.yaml"
    text = path.read_text(encoding="utf-8").replace("{statement: A1,", "{statement: Q99,", 1)
    path.write_text(text, encoding="utf-8")
    assert any(
        "organisatorisch.yaml" in m and "unbekannte Aussage 'Q99'" in m for m in problems(content)
    )


def test_statement_without_german_text(content: Path) -> None:
    path = first_dimension(content)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    # Blank out the first statement's German text.
    for i, line in enumerate(lines):
        if line.startswith("      de:") and lines[i - 1].strip() == "text:":
            lines[i] = '      de: ""\n'
            break
    path.write_text("".join(lines), encoding="utf-8")
    assert any("'text' hat keinen deutschen Text" in m for m in problems(content))


def test_missing_source_reference(content: Path) -> None:
    path = first_dimension(content)
    text = path.read_text(encoding="utf-8").replace("sources: [", "sources: [gibtsnicht, ", 1)
    path.write_text(text, encoding="utf-8")
    assert any("Quelle 'gibtsnicht'" in m for m in problems(content))


def test_all_problems_are_reported_at_once(content: Path) -> None:
    (content / "glossary.yaml").write_text("terms: nope\n", encoding="utf-8")
    (content / "sources.yaml").write_text("sources: [\n", encoding="utf-8")
    msgs = problems(content)
    assert any(m.startswith("glossary.yaml") for m in msgs)
    assert any(m.startswith("sources.yaml") for m in msgs)


def test_validate_content_command_exits_nonzero_with_messages(content: Path) -> None:
    (content / "guideline.yaml").write_text("version: 1\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app", "validate-content", str(content)],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert proc.returncode == 1
    assert "guideline.yaml" in proc.stderr and "Pflichtfeld 'title' fehlt" in proc.stderr


def test_validate_content_command_passes_on_real_content() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app", "validate-content"],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert proc.returncode == 0, proc.stderr
    assert "Inhalte in Ordnung" in proc.stdout
