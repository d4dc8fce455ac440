"""The regional comparison in the action plan and on its own: quartiles from five up, the
municipality's own scores, no names and no highest or lowest score — on both stores."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.assessment import NewAssessment, Phase
from desktop_app.domain.labels import label
from desktop_app.domain.region import (
    MIN_CONTRIBUTORS,
    ComparisonRow,
    PeerFigure,
    RegionalComparison,
    Sharing,
    SizeClass,
)
from desktop_app.reporting.model.comparison import build_comparison
from desktop_app.reporting.pdf import render_comparison
from desktop_app.reporting.strings import tr
from desktop_app.services.workspace import Workspace
from desktop_app.storage import comparison as store_comparison
from tests.conftest import StoreUnderTest
from tests.report_helpers import pdf_pages, squash


@pytest.fixture
def ws(data_dir: Path, guideline, store: StoreUnderTest) -> Iterator[Workspace]:  # type: ignore[no-untyped-def]
    w = store.workspace(data_dir)
    w.store.adopt(guideline)
    yield w
    w.close()


def town(ws: Workspace, name: str, level: int, size: SizeClass | None) -> int:
    """An assessment that rates every statement of dimension A at ``level``."""
    aid = ws.create_assessment(NewAssessment(
        municipality=name, project="Digitaler Zwilling", phase=Phase.INTRODUCTION,
        held_on=date(2026, 6, 1),
    ))
    for st in ws.guideline.dimension("A").statements:
        ws.save_answer(aid, Answer(st.id, AnswerKind.RATED, level))
    member = store_comparison.membership(ws.db, aid)
    store_comparison.place(ws.db, member.municipality_id, size)
    return aid


def plan_text(ws: Workspace, aid: int, tmp_path: Path, lang: str = "de") -> str:
    path = ws.write_report(aid, tmp_path / f"plan-{aid}-{lang}.pdf", lang)
    return squash(" ".join(pdf_pages(path.read_bytes())))


def test_the_plan_shows_the_peer_groups_quartiles_and_no_names(
    ws: Workspace, tmp_path: Path
) -> None:
    # Five peers sharing dimension A at 0, 25, 50, 75 and 100 %: quartiles 25, 50, 75.
    peers = [town(ws, f"Peerstadt {n}", n, SizeClass.UNDER_50K) for n in range(5)]
    for aid in peers:
        ws.share_comparison(aid)
    own = town(ws, "Eigenstadt", 1, SizeClass.UNDER_50K)

    text = plan_text(ws, own, tmp_path)
    assert tr("section_comparison", "de") in text
    assert tr("comparison_group", "de", group=label(SizeClass.UNDER_50K, "de")) in text
    # The row of dimension A: own 25 %, then lower quartile, median, upper quartile, count.
    assert re.search(r"25 % 25 % 50 % 75 % 5 im mittleren Bereich", text)
    assert tr("comparison_not_shared", "de") in text
    # Nothing that singles out a municipality: no peer's name, no extremes.
    for aid in peers:
        assert ws.info(aid).municipality not in text

    english = plan_text(ws, own, tmp_path, "en")
    assert tr("section_comparison", "en") in english
    assert re.search(r"25% 25% 50% 75% 5 within the middle half", english)


def test_four_peers_give_no_figure_in_the_plan(ws: Workspace, tmp_path: Path) -> None:
    peers = [town(ws, f"Peerstadt {n}", n, SizeClass.UNDER_20K) for n in range(4)]
    for aid in peers:
        ws.share_comparison(aid)
    own = town(ws, "Eigenstadt", 2, SizeClass.UNDER_20K)
    ws.share_comparison(own)  # five share, but the own one is among them: still five

    fifth = plan_text(ws, own, tmp_path)
    assert re.search(r"50 % 25 % 50 % 50 % 5", fifth)  # of 0, 25, 50, 50, 75

    ws.withdraw_comparison(peers[0])  # four left: the section says so and shows no figure
    text = plan_text(ws, own, tmp_path)
    assert tr("section_comparison", "de") in text
    assert squash(tr("comparison_empty", "de", n=MIN_CONTRIBUTORS)) in text
    assert not re.search(r"\d+ % \d+ % \d+ % \d+ % 4", text)
    assert tr("comparison_col_lower", "de") not in text  # no table


def test_a_municipality_outside_any_region_gets_no_comparison_section(
    ws: Workspace, tmp_path: Path
) -> None:
    aid = town(ws, "Einzelstadt", 2, None)
    assert tr("section_comparison", "de") not in plan_text(ws, aid, tmp_path)


def _comparison(contributors: int) -> RegionalComparison:
    peer = PeerFigure("overall", contributors, 20.0, 40.0, 60.0)
    rows = (ComparisonRow("overall", 70.0, peer),
            ComparisonRow("dimension:A", None, peer),
            ComparisonRow("category:technisch", 30.0, None))
    shared = Sharing(True, "u-1", datetime(2026, 5, 4, 12, tzinfo=UTC), this_assessment=True)
    return RegionalComparison(SizeClass.UNDER_100K, shared, rows)


def test_the_section_model_says_where_the_own_score_lies(guideline) -> None:  # type: ignore[no-untyped-def]
    section = build_comparison(_comparison(7), guideline, "Musterstadt", "de")
    overall, dim_a, technical = section.lines
    assert (overall.lower_quartile, overall.median, overall.upper_quartile) == (20, 40, 60)
    assert overall.note == tr("comparison_above", "de")
    assert dim_a.own is None and dim_a.note == tr("comparison_not_rated", "de")
    assert not technical.has_peers
    assert technical.note == tr("comparison_too_few", "de", n=MIN_CONTRIBUTORS)
    assert "04.05.2026" in section.sharing and tr("comparison_shares_this", "de") in \
        section.sharing
    fields = set(overall.__dataclass_fields__)
    assert not fields & {"minimum", "maximum", "rank", "name", "municipalities"}


def test_the_section_renders_alone_in_both_languages(guideline) -> None:  # type: ignore[no-untyped-def]
    for lang in ("de", "en"):
        section = build_comparison(_comparison(5), guideline, "Musterstadt", lang)
        data = render_comparison(section, lang)
        text = squash(" ".join(pdf_pages(data)))
        assert tr("section_comparison", lang) in text
        assert tr("comparison_col_lower", lang) in text
        assert "Musterstadt" in (PdfReader(io.BytesIO(data)).metadata.title or "")
