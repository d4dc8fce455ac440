"""Checks on the shipped guideline content (guideline_content/), not on the loader.

The loader validates the format; these tests pin down the editorial rules: enough
dimensions and statements, complete bilingual texts, reachable recommendations, every
statement used by a rule, every barrier type present, and a coverage table that matches the
content.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from desktop_app.content import check_changes, load_guideline
from desktop_app.domain.model import BarrierType, Basis, Category, Guideline, Phase, Text
from desktop_app.paths import content_dir
from desktop_app.services.demo_data import build_demo
from tests.fixtures import make_seed_shingles as seed_shingles

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
        assert _complete(rec.owner), rec.id
        assert " mit " not in rec.owner.de and "," not in rec.owner.de, rec.id  # one role
        if rec.involved is not None:
            assert _complete(rec.involved), rec.id
        assert _complete(rec.done_when), rec.id
        if rec.example is not None:
            assert _complete(rec.example), rec.id
        assert rec.sources, rec.id
        assert rec.barrier is not None, rec.id
        assert rec.phases, rec.id
        assert rec.topic in guideline.topics, rec.id
        assert rec.effort_days is not None and rec.effort_days[0] >= 1, rec.id
        if rec.cost_eur is not None:
            assert 0 <= rec.cost_eur[0] <= rec.cost_eur[1], rec.id


def test_every_topic_is_used_and_labelled(guideline: Guideline) -> None:
    used = {rec.topic for rec in guideline.recommendations}
    assert used == set(guideline.topics)
    for topic in guideline.topics.values():
        assert _complete(topic.label), topic.id


def test_known_duplicates_share_a_topic(guideline: Guideline) -> None:
    """Measures that say the same thing become one plan item (see test_plan_situations)."""
    topic = {rec.id: rec.topic for rec in guideline.recommendations}
    for group in (
        ("O-G3", "T-E2", "T-F6", "P-E3"),  # showing the benefit
        ("O-B3", "P-D1", "P-C3"),  # backing and a place at the executive board
        ("P-E2", "O-J2", "T-E1"),  # pilot users' experience
    ):
        assert len({topic[rid] for rid in group}) == 1, group


def test_every_barrier_is_addressed_by_measures(guideline: Guideline) -> None:
    counts = Counter(rec.barrier for rec in guideline.recommendations)
    for barrier in BarrierType:
        assert counts[barrier] >= 5, barrier


def test_every_phase_has_measures_and_some_are_phase_specific(guideline: Guideline) -> None:
    for phase in Phase:
        assert sum(phase in rec.phases for rec in guideline.recommendations) >= 20, phase
    only_planning = {r.id for r in guideline.recommendations if r.phases == {Phase.PLANNING}}
    assert {"T-A1", "T-F8"} <= only_planning


def test_content_states_its_evidence_base(guideline: Guideline) -> None:
    assert guideline.evidence is not None and _complete(guideline.evidence)
    assert "Juli 2020" in guideline.evidence.de and "Februar 2022" in guideline.evidence.de
    assert "July 2020" in guideline.evidence.en and "February 2022" in guideline.evidence.en


def test_inferences_are_marked(guideline: Guideline) -> None:
    """Entries the sources do not state themselves carry basis: ableitung."""
    inferred = {st.id for st in guideline.statements if st.basis is Basis.INFERENCE}
    inferred |= {r.id for r in guideline.recommendations if r.basis is Basis.INFERENCE}
    assert {"J3", "J4", "O-H4", "T-E3", "P-E4", "E11"} <= inferred


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


# -- our own words ------------------------------------------------------------------------
# Names the sources give to things, which the content must quote as they are.
PROPER_NAMES = (
    "„Wissenshäppchen to go – Digitale Tools, Tipps und Tricks“",
    "Stab Strategie, Innovation und Digitalisierung",
)


def _texts(g: Guideline) -> Iterator[tuple[str, Text]]:
    """Every product text of a guideline, named for the failure message."""
    for name, text in (("description", g.description), ("evidence", g.evidence)):
        if text is not None:
            yield name, text
    for dim in g.dimensions:
        yield f"{dim.id}.why", dim.why
        for st in dim.statements:
            yield f"{st.id}.text", st.text
            yield f"{st.id}.help", st.help
            for n, level in enumerate(st.levels):
                yield f"{st.id}.levels[{n}]", level
    for rec in g.recommendations:
        for field in ("title", "text", "example", "done_when", "owner", "involved"):
            value = getattr(rec, field)
            if value is not None:
                yield f"{rec.id}.{field}", value
    for term in g.glossary:
        yield f"glossary {term.id}", term.definition
    for topic in g.topics.values():
        yield f"topic {topic.id}", topic.label


def _copied(text: str) -> bool:
    for name in PROPER_NAMES:
        text = text.replace(name, "")
    seeds = seed_shingles.load()
    return any(h in seeds for h in seed_shingles.shingles(text))


def test_product_text_is_in_our_own_words(guideline: Guideline) -> None:
    """No run of six words from a source article (see tests/fixtures/make_seed_shingles)."""
    copied = [name for name, text in _texts(guideline) if _copied(text.de)]
    assert not copied, f"Wörtlich aus einer Quelle übernommen: {copied}"


def test_own_words_check_finds_the_passages_reworded_in_1_2_0() -> None:
    old = load_guideline(Path(content_dir()) / "archive" / "1.1.0")
    copied = {name for name, text in _texts(old) if _copied(text.de)}
    assert {"E3.help", "I5.help", "J1.help", "O-J1.example", "T-A1.example"} <= copied


# -- one gender style, one set of organisational terms (FORMAT.md, "Wording") ---------------
FORBIDDEN_DE = {
    r"\w/(in|innen|r|n|e|m)\b": "Schrägstrich-Form (Bürgermeister/in): Paarform ausschreiben",
    r"\w[:*_]innen\b": "Genderzeichen: Paarform oder neutrale Form",
    r"\b\w+Innen\b": "Binnen-I: Paarform oder neutrale Form",
    r"\bMitarbeit(er|ende)": "„Beschäftigte“",
    r"\b(Ämter|Ämtern|Fachamt|Fachämter|Amtsleitung|Personalamt)\b": "„Fachbereich“",
    r"\b(Abteilung|Abteilungen)\b": "„Fachbereich“",
    r"\b[Rr]essort": "„Fachbereich“ (fachbereichsübergreifend)",
    r"\bEntscheidende\b": "„Entscheidungstragende“",
}
FORBIDDEN_EN = {
    r"\bsenior (leadership|management)\b": "“head of the administration” or “executive board”",
    r"\b(he/she|his/her|s/he|him/her)\b|\(s\)he": "singular “they”",
    r"\bchairman\b": "“chair”",
}


def _violations(texts: Iterable[tuple[str, str, str]]) -> list[str]:
    found = []
    for name, lang, text in texts:
        rules = FORBIDDEN_DE if lang == "de" else FORBIDDEN_EN
        for pattern, instead in rules.items():
            if match := re.search(pattern, text):
                found.append(f"{name} ({lang}): „{match.group(0)}“ – {instead}")
    return found


def test_wording_follows_one_gender_style_and_one_set_of_terms(guideline: Guideline) -> None:
    texts = [(name, lang, text.get(lang)) for name, text in _texts(guideline)
             for lang in ("de", "en")]
    assert not _violations(texts)


def test_demo_follows_the_same_wording(guideline: Guideline) -> None:
    demo = build_demo(guideline)
    strings = [demo.info.participants, demo.info.moderator, demo.info.title,
               *(a.comment for a in demo.answers.answers.values()),
               *(f"{e.title} {e.text} {e.owner}" for e in demo.entries)]
    assert not _violations(("demo", "de", s) for s in strings)


def test_wording_check_finds_the_variants_of_1_1_0() -> None:
    old = load_guideline(Path(content_dir()) / "archive" / "1.1.0")
    texts = [(name, lang, text.get(lang)) for name, text in _texts(old) for lang in ("de", "en")]
    found = " ".join(_violations(texts))
    assert "Bürgermeister/in" in found and "senior leadership" in found


# -- versions --------------------------------------------------------------------------------
def test_changes_against_the_archived_version_are_complete() -> None:
    assert check_changes(Path(content_dir()), load_guideline(content_dir())) == []
