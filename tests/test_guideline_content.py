"""Checks on the shipped guideline content (guideline_content/), not on the loader.

The loader validates the format; these tests pin down the editorial rules: enough
dimensions and statements, complete bilingual texts, reachable recommendations, every
statement used by a rule, every barrier type present, and a coverage table that matches the
content.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from desktop_app.content import load_guideline
from desktop_app.domain.model import BarrierType, Category, Guideline, Text
from desktop_app.paths import content_dir

STATEMENT_ID = re.compile(r"^[A-J]\d+$")
RECOMMENDATION_ID = re.compile(r"^[TPO]-[A-J]\d+$")
CATEGORY_PREFIX = {
    Category.TECHNICAL: "T-",
    Category.PERSONNEL: "P-",
    Category.ORGANISATIONAL: "O-",
}
COVERAGE_ROW = re.compile(r"^\|\s*([A-J])\.(\d+)\s*\|")
STATEMENT_REF = re.compile(r"\b[A-J]\d+\b")
RECOMMENDATION_REF = re.compile(r"\b[TPO]-[A-J]\d+\b")


@pytest.fixture(scope="module")
def guideline() -> Guideline:
    return load_guideline(content_dir())


def _complete(text: Text | None) -> bool:
    return text is not None and bool(text.de.strip()) and bool(text.en.strip())


def test_content_loads(guideline: Guideline) -> None:
    assert guideline.statements
    assert guideline.recommendations


def test_ten_dimensions_with_enough_statements(guideline: Guideline) -> None:
    assert len(guideline.dimensions) >= 10
    assert [d.id for d in guideline.dimensions][:10] == list("ABCDEFGHIJ")
    for dim in guideline.dimensions:
        assert len(dim.statements) >= 5, f"Dimension {dim.id} hat zu wenige Aussagen"
        assert _complete(dim.title), dim.id
        assert _complete(dim.why), dim.id
        assert dim.sources, dim.id


def test_dimension_order_is_unique(guideline: Guideline) -> None:
    orders = [d.order for d in guideline.dimensions]
    assert len(orders) == len(set(orders))


def test_statements_are_complete(guideline: Guideline) -> None:
    for st in guideline.statements:
        assert STATEMENT_ID.match(st.id), st.id
        assert st.id.startswith(st.dimension_id), st.id
        assert _complete(st.text), st.id
        assert _complete(st.help), st.id
        assert len(st.levels) == 5, st.id
        for level in st.levels:
            assert _complete(level), st.id
        assert isinstance(st.category, Category), st.id
        assert st.sources, st.id
        assert 0 < st.weight <= 3, st.id


def test_statement_level_anchors_differ(guideline: Guideline) -> None:
    for st in guideline.statements:
        assert len({lv.de for lv in st.levels}) == 5, st.id
        assert len({lv.en for lv in st.levels}) == 5, st.id


def test_every_category_occurs_among_statements(guideline: Guideline) -> None:
    counts = Counter(st.category for st in guideline.statements)
    for category in Category:
        assert counts[category] >= 5, category


def test_every_barrier_type_occurs_several_times(guideline: Guideline) -> None:
    counts = Counter(st.barrier for st in guideline.statements if st.barrier is not None)
    for barrier in BarrierType:
        assert counts[barrier] >= 3, barrier


def test_recommendations_are_complete(guideline: Guideline) -> None:
    for rec in guideline.recommendations:
        assert RECOMMENDATION_ID.match(rec.id), rec.id
        assert rec.id.startswith(CATEGORY_PREFIX[rec.category]), rec.id
        assert _complete(rec.title), rec.id
        assert _complete(rec.text), rec.id
        assert _complete(rec.responsible), rec.id
        if rec.example is not None:
            assert _complete(rec.example), rec.id
        assert rec.sources, rec.id


def test_recommendations_are_reachable(guideline: Guideline) -> None:
    for rec in guideline.recommendations:
        assert rec.rule.conditions, rec.id
        for cond in rec.rule.conditions:
            assert guideline.has_statement(cond.statement_id), (rec.id, cond.statement_id)


def test_each_category_has_enough_recommendations(guideline: Guideline) -> None:
    counts = Counter(rec.category for rec in guideline.recommendations)
    for category in Category:
        assert counts[category] >= 15, category


def test_every_statement_is_used_by_a_rule(guideline: Guideline) -> None:
    used = {c.statement_id for rec in guideline.recommendations for c in rec.rule.conditions}
    unused = [st.id for st in guideline.statements if st.id not in used]
    assert not unused, f"Aussagen ohne Regel: {unused}"


def test_cited_sources_exist(guideline: Guideline) -> None:
    cited = {s for st in guideline.statements for s in st.sources}
    cited |= {s for rec in guideline.recommendations for s in rec.sources}
    cited |= {s for dim in guideline.dimensions for s in dim.sources}
    assert cited <= set(guideline.sources)


def test_glossary_has_enough_terms(guideline: Guideline) -> None:
    assert len(guideline.glossary) >= 12
    for entry in guideline.glossary:
        assert _complete(entry.term), entry.id
        assert _complete(entry.definition), entry.id


def _coverage_rows() -> list[tuple[str, str, str]]:
    """(fact id, statements cell, recommendations cell) for each fact row of COVERAGE.md."""
    path = Path(content_dir()) / "COVERAGE.md"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = COVERAGE_ROW.match(line)
        if not match:
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        assert len(cells) == 6, line
        rows.append((f"{match.group(1)}.{match.group(2)}", cells[4], cells[5]))
    return rows


def test_coverage_table_covers_every_area() -> None:
    rows = _coverage_rows()
    assert {fact.split(".")[0] for fact, _, _ in rows} == set("ABCDEFGHIJ")


def test_coverage_rows_name_statements_and_recommendations(guideline: Guideline) -> None:
    rec_ids = {rec.id for rec in guideline.recommendations}
    for fact, statements_cell, recs_cell in _coverage_rows():
        statements = STATEMENT_REF.findall(statements_cell)
        recs = RECOMMENDATION_REF.findall(recs_cell)
        assert statements, f"{fact}: keine Aussage"
        assert recs, f"{fact}: keine Empfehlung"
        for sid in statements:
            assert guideline.has_statement(sid), f"{fact}: unbekannte Aussage {sid}"
        for rid in recs:
            assert rid in rec_ids, f"{fact}: unbekannte Empfehlung {rid}"
