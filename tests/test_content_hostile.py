"""Hostile YAML in a content folder: every problem is a listed message, never a traceback.

``validate-content`` is run on folders from outside (a consultant's edited copy, a download),
so the loader must survive any YAML: lists as keys, numbers as ids, values of every type in
every place, tags PyYAML constructs into dates, sets or bytes, and alias bombs.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.content import ContentError, load_guideline
from desktop_app.content.loader import ContentProblem
from desktop_app.paths import content_dir
from tests.helpers.limited_cli import run_cli

DIM = "dimensions/01_shared_understanding.yaml"
RECS = "recommendations/organisatorisch.yaml"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(content_dir(), root)
    return root


def problems(root: Path) -> list[ContentProblem]:
    with pytest.raises(ContentError) as info:
        load_guideline(root)
    return info.value.problems


def edit(root: Path, name: str, change: Callable[[Any], None]) -> None:
    path = root / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def hits(found: list[ContentProblem], file: str, fragment: str) -> list[ContentProblem]:
    return [p for p in found if p.file == file and fragment in str(p)]


# -- the defects found by hand ------------------------------------------------------------------
def test_a_list_as_mapping_key_is_a_message(content: Path) -> None:
    (content / "glossary.yaml").write_text("? [a, b]\n: 1\n", encoding="utf-8")
    found = problems(content)
    assert hits(found, "glossary.yaml", "Zeile 1, Spalte 3"), found
    assert hits(found, "glossary.yaml", "Schlüssel muss ein einfacher Wert sein"), found


def test_a_list_as_source_id_is_a_message(content: Path) -> None:
    edit(content, "sources.yaml", lambda d: d["sources"][0].update(id=["a", "b"]))
    found = problems(content)
    assert hits(found, "sources.yaml", "Quelle 1: 'id' muss eine Kennung"), found


def test_a_number_as_id_is_a_message(content: Path) -> None:
    edit(content, "glossary.yaml", lambda d: d["terms"][0].update(id=5))
    edit(content, DIM, lambda d: d["statements"][0].update(id=7))
    found = problems(content)
    assert hits(found, "glossary.yaml", "Begriff 1: 'id' muss eine Kennung"), found
    assert hits(found, DIM, "Aussage 1: 'id' muss eine Kennung"), found


def test_number_and_text_keys_side_by_side_are_both_reported(content: Path) -> None:
    def change(d: Any) -> None:
        d["statements"][0][5] = "x"
        d["statements"][0]["farbe"] = "blau"

    edit(content, DIM, change)
    found = problems(content)
    assert hits(found, DIM, "unbekanntes Feld 5") and hits(found, DIM, "'farbe'"), found


def test_a_small_alias_is_refused_with_line_and_column(content: Path) -> None:
    (content / "glossary.yaml").write_text(
        "terms:\n  - &t {id: a, term: A, definition: B}\n  - *t\n", encoding="utf-8"
    )
    found = problems(content)
    assert hits(found, "glossary.yaml", "Zeile 2, Spalte 5: Anker '&t'"), found
    assert hits(found, "glossary.yaml", "Zeile 3, Spalte 5: Verweis '*t'"), found


BOMB = "lol: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]\n"
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
)


def test_a_billion_laughs_in_every_place_is_refused_at_once(tmp_path: Path) -> None:
    assert len(BOMB.encode()) < 1100
    root = tmp_path / "content"
    shutil.copytree(content_dir(), root)
    (root / "sources.yaml").write_text(
        BOMB + "sources:\n  - {id: x, short: *i, citation: *i}\n", encoding="utf-8"
    )
    (root / "glossary.yaml").write_text(BOMB + "terms: *i\n", encoding="utf-8")
    text = (root / DIM).read_text(encoding="utf-8")
    (root / DIM).write_text(BOMB + text.replace("category: organisatorisch", "category: *i", 1),
                            encoding="utf-8")
    # Without the refusal this takes minutes and gigabytes: a child process with limits.
    proc = run_cli("validate-content", str(root))
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    for name in ("sources.yaml", "glossary.yaml", DIM):
        assert f"{name}: Zeile 1, Spalte 6: Anker '&a'" in proc.stderr, proc.stderr[-2000:]
    # Nothing was expanded: the sources are gone (so many references fail), but every line
    # is short.
    assert max(len(line) for line in proc.stderr.splitlines()) < 400


@pytest.mark.parametrize(
    ("snippet", "fragment"),
    [
        ("year: 2024-13-45", "'year' muss eine Jahreszahl sein"),  # a date PyYAML cannot build
        ("year: !!timestamp 'gestern'", "'year' muss eine Jahreszahl sein"),
        ("year: " + "9" * 5000, "ungültige Zahl"),  # more digits than int() accepts
        ("year: !!float zwei", "ungültige Zahl"),
        ("year: !!int zwei", "ungültige Zahl"),
        ("year: !!binary 'AAAA'", "Datentyp 'binary' wird nicht unterstützt"),
        ("year: !!set {a: null}", "Datentyp 'set' wird nicht unterstützt"),
        ("year: !!omap [{a: 1}]", "Datentyp 'omap' wird nicht unterstützt"),
        ("year: !!python/name:os.system", "unbekannter Datentyp 'tag:yaml.org,2002:python"),
        ("year: [2022", "erwartet ',' oder ']'"),  # libyaml's complaint, in German
        ("year: '2022", "unerwartetes Dateiende"),
    ],
)
def test_values_pyyaml_would_build_or_fail_on_are_messages(
    content: Path, snippet: str, fragment: str
) -> None:
    path = content / "sources.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    year: 2022", "    " + snippet, 1), encoding="utf-8")
    found = problems(content)
    assert hits(found, "sources.yaml", fragment), found


def test_keys_nested_too_deeply_are_a_message(content: Path) -> None:
    depth = 900  # below libyaml's own limit of 1000, above what recursion survives
    (content / "glossary.yaml").write_text("? " * depth + "a\n", encoding="utf-8")
    found = problems(content)
    assert hits(found, "glossary.yaml", "zu tief verschachtelt"), found


def test_long_values_are_shortened_in_messages(content: Path) -> None:
    edit(content, DIM, lambda d: d["statements"][0].update(category="x" * 100_000))
    found = hits(problems(content), DIM, "'category' hat den unbekannten Wert")
    assert found and len(str(found[0])) < 400


def test_ids_must_fit_the_exchange_format(content: Path) -> None:
    # A statement id is written into exchange files, which allow [A-Za-z0-9_.-]{1,32}.
    edit(content, DIM, lambda d: d["statements"][0].update(id="A 1"))
    assert hits(problems(content), DIM, "'id' muss eine Kennung"), "space in an id"


def test_version_must_fit_the_exchange_format(content: Path) -> None:
    edit(content, "guideline.yaml", lambda d: d.update(version="1" * 41))
    assert hits(problems(content), "guideline.yaml", "'version'")


# -- property-based ---------------------------------------------------------------------------
FILES = ["guideline.yaml", "sources.yaml", "glossary.yaml", DIM, RECS]

scalars = (
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
    | st.dates() | st.sampled_from(["A1", "de", "en", "id", "organisatorisch", "at_most"])
)
values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(scalars.filter(lambda v: v == v), children, max_size=4),
    max_leaves=12,
)


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _paths(value, (*prefix, i))


def _replaced(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        return {k: _replaced(v, rest, value) if k == head else v for k, v in data.items()}
    return [_replaced(v, rest, value) if i == head else v for i, v in enumerate(data)]


ORIGINALS = {name: (content_dir() / name).read_text(encoding="utf-8") for name in FILES}
PARSED = {name: yaml.safe_load(text) for name, text in ORIGINALS.items()}
PATHS = {name: list(_paths(data)) for name, data in PARSED.items()}


def _only_content_errors(root: Path) -> None:
    try:
        load_guideline(root)
    except ContentError as exc:
        assert exc.problems
        for p in exc.problems:
            assert isinstance(p.problem, str) and len(str(p)) < 2000


@pytest.fixture(scope="module")
def shared_content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile") / "content"
    shutil.copytree(content_dir(), root)
    return root


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_value_in_any_place_gives_only_content_errors(
    shared_content: Path, data: st.DataObject
) -> None:
    name = data.draw(st.sampled_from(FILES))
    path = data.draw(st.sampled_from(PATHS[name]))
    value = data.draw(values)
    doc = yaml.safe_dump(_replaced(PARSED[name], path, value), allow_unicode=True)
    target = shared_content / name
    try:
        target.write_text(doc, encoding="utf-8")
        _only_content_errors(shared_content)
    finally:
        target.write_text(ORIGINALS[name], encoding="utf-8")


yamlish = st.lists(
    st.sampled_from([*"?:-[]{},&*!|>'\"#%@` \n\tab01.", "!!set ", "!!binary ", "!!timestamp ",
                     "!!str ", "!!int ", "!!bool ", "!!map ", "!!seq ", "!!null ", "!!float ",
                     "<<: ", "id: ", "de: ", "- ", "  ", "terms:\n", "sources:\n"]),
    max_size=60,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(FILES), text=yamlish)
def test_arbitrary_yamlish_text_gives_only_content_errors(
    shared_content: Path, name: str, text: str
) -> None:
    target = shared_content / name
    try:
        target.write_text(text, encoding="utf-8")
        _only_content_errors(shared_content)
    finally:
        target.write_text(ORIGINALS[name], encoding="utf-8")
