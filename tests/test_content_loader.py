"""A broken content folder gives one clear message per problem: file, entry, problem."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from desktop_app.content import ContentError, check_changes, load_changes, load_guideline
from desktop_app.domain.model import Effort
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


# -- released versions --------------------------------------------------------------------
def test_archived_release_still_loads() -> None:
    old = load_guideline(Path(content_dir()) / "archive" / "1.1.0")
    assert old.version == "1.1.0"
    assert old.has_statement("E4") and old.has_statement("H3")
    # Format 1 named owner and partners in one field: "CDO mit Verwaltungsvorstand".
    o_a1 = old.recommendation("O-A1")
    assert o_a1.owner.de == "CDO" and o_a1.involved is not None
    assert o_a1.involved.de == "Verwaltungsvorstand"
    assert o_a1.barrier is None and o_a1.topic_id == "O-A1"


def test_current_content_never_reads_the_archive(content: Path) -> None:
    stray = content / "archive" / "9.9.9" / "dimensions"
    stray.mkdir(parents=True)
    (stray / "01_broken.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    shutil.copy(first_dimension(content), stray / "02_copy.yaml")
    g = load_guideline(content)
    assert g.version == load_guideline(content_dir()).version
    assert len(g.statements) == len(load_guideline(content_dir()).statements)


def _edit(path: Path, change: Callable[[Any], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _first_rec(content: Path) -> Path:
    return content / "recommendations" / "organisatorisch.yaml"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda r: r.pop("barrier"), "Pflichtfeld 'barrier' fehlt"),
        (lambda r: r.pop("done_when"), "Pflichtfeld 'done_when' fehlt"),
        (lambda r: r.update(responsible={"de": "CDO", "en": "CDO"}),
         "unbekanntes Feld 'responsible'"),
        (lambda r: r.update(effort_days=[8, 3]), "'effort_days' muss ein Bereich"),
        (lambda r: r.update(cost_eur=[-5, 10]), "'cost_eur' muss ein Bereich"),
        (lambda r: r.update(phases=[]), "'phases' muss eine nicht leere Liste"),
        (lambda r: r.update(phases=["betrieb"]), "'phases' hat den unbekannten Wert 'betrieb'"),
        (lambda r: r.update(topic="gibtsnicht"), "Thema 'gibtsnicht' ist in topics.yaml nicht"),
        (lambda r: r.update(basis="vermutet"), "'basis' hat den unbekannten Wert 'vermutet'"),
        (lambda r: r.update(unless=[{"statement": "Q9", "at_least": 2}]),
         "Bedingung verweist auf unbekannte Aussage 'Q9'"),
        (lambda r: r.update(requires=[{"statement": "A1", "gap_at_least": 2}]),
         "Bedingung in 'requires' zu 'A1' braucht genau einen Test"),
        (lambda r: r.update(requires=[]), "'requires' muss eine nicht leere Liste"),
    ],
)
def test_measure_fields_are_checked(
    content: Path, change: Callable[[dict[str, Any]], object], expected: str
) -> None:
    _edit(_first_rec(content), lambda d: change(d["recommendations"][0]))
    msgs = problems(content)
    assert any("organisatorisch.yaml: Empfehlung O-A1" in m and expected in m for m in msgs), msgs


def test_effort_class_follows_the_person_days(content: Path) -> None:
    _edit(_first_rec(content), lambda d: d["recommendations"][0].update(effort_days=[25, 40]))
    assert load_guideline(content).recommendation("O-A1").effort is Effort.HIGH


def test_unknown_content_format_is_named(content: Path) -> None:
    _edit(content / "guideline.yaml", lambda d: d.update(format=7))
    assert any("guideline.yaml" in m and "'format' hat den unbekannten Wert '7'" in m
               for m in problems(content))


# -- changes.yaml ---------------------------------------------------------------------------
def change_problems(content: Path) -> list[str]:
    return [str(p) for p in check_changes(content, load_guideline(content))]


def test_real_changes_file_is_consistent(content: Path) -> None:
    assert change_problems(content) == []
    changes, format_problems = load_changes(content)
    assert format_problems == [] and changes is not None
    assert changes.split == {"E4": ("E9", "E10")}
    assert changes.carried_over("E2") == "E2" and changes.carried_over("A1") == "A1"
    assert changes.carried_over("H3") is None and changes.carried_over("C6") is None


def test_a_statement_that_vanished_unlisted_is_reported(content: Path) -> None:
    _edit(content / "changes.yaml", lambda d: d["removed"].pop(0))  # H3
    assert any("Aussage 'H3' fehlt in Version 1.2.0" in m for m in change_problems(content))


def test_a_new_statement_unlisted_is_reported(content: Path) -> None:
    _edit(content / "changes.yaml", lambda d: d["added"].pop(0))  # A6
    assert any("Aussage 'A6' ist neu in Version 1.2.0" in m for m in change_problems(content))


def test_ids_must_exist_on_the_side_they_claim(content: Path) -> None:
    def wrong_sides(d: Any) -> None:
        d["reworded"].append({"from": "E9", "to": "E4", "why": {"de": "x", "en": "x"}})

    _edit(content / "changes.yaml", wrong_sides)
    msgs = change_problems(content)
    assert any("Aussage 'E9' gibt es in Version 1.1.0 nicht" in m for m in msgs)
    assert any("Aussage 'E4' gibt es in Version 1.2.0 nicht" in m for m in msgs)


def test_a_removed_id_is_never_reused(content: Path) -> None:
    def remove_a1(d: Any) -> None:
        d["removed"].append({"id": "A1", "why": {"de": "x", "en": "x"}})

    _edit(content / "changes.yaml", remove_a1)
    assert any("Kennung 'A1' wurde in Version 1.1.0 abgelöst" in m
               for m in change_problems(content))


def test_changes_must_name_this_version_and_an_archived_one(content: Path) -> None:
    _edit(content / "changes.yaml", lambda d: d.update(to_version="9.0", from_version="0.9"))
    msgs = change_problems(content)
    assert any("to_version" in m and "'9.0' passt nicht" in m for m in msgs)
    assert any("from_version" in m and "archive/0.9/" in m for m in msgs)


def test_changes_from_a_path_instead_of_a_version_are_refused(content: Path) -> None:
    # "../archive/1.1.0" is a folder that exists: it must still not be read as a version.
    _edit(content / "changes.yaml", lambda d: d.update(from_version="../archive/1.1.0"))
    msgs = change_problems(content)
    assert any("from_version" in m and "kein einfacher Name" in m for m in msgs)


def test_archive_without_changes_file_is_reported(content: Path) -> None:
    (content / "changes.yaml").unlink()
    assert any("changes.yaml: Datei fehlt" in m for m in change_problems(content))


def test_validate_content_command_checks_the_changes(content: Path) -> None:
    _edit(content / "changes.yaml", lambda d: d["split"].clear())
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app", "validate-content", str(content)],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert proc.returncode == 1
    assert "changes.yaml" in proc.stderr and "Aussage 'E4' fehlt in Version 1.2.0" in proc.stderr
