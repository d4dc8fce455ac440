"""The anonymised regional comparison, on both stores: quartiles only, only from five up,
only from municipalities that opted in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, text

from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.assessment import NewAssessment, Phase
from desktop_app.domain.region import MIN_CONTRIBUTORS, SizeClass, quartiles
from desktop_app.services.workspace import Workspace
from desktop_app.storage import comparison as store_comparison
from desktop_app.storage.comparison_view import VIEW_NAME
from desktop_app.storage.models import Municipality, SharedScoreRow
from tests.conftest import StoreUnderTest


@pytest.fixture
def ws(data_dir: Path, guideline, store: StoreUnderTest) -> Iterator[Workspace]:  # type: ignore[no-untyped-def]
    w = store.workspace(data_dir)
    w.store.adopt(guideline)
    yield w
    w.close()


def town(ws: Workspace, n: int, level: int, size: SizeClass | None = SizeClass.UNDER_50K) -> int:
    """An assessment of municipality ``n`` that rates every statement of dimension A."""
    aid = ws.create_assessment(NewAssessment(
        municipality=f"Gemeinde {n:03}", project="Digitaler Zwilling",
        phase=Phase.INTRODUCTION, held_on=date(2026, 6, 1),
    ))
    for st_ in ws.guideline.dimension("A").statements:
        ws.save_answer(aid, Answer(st_.id, AnswerKind.RATED, level))
    member = store_comparison.membership(ws.db, aid)
    store_comparison.place(ws.db, member.municipality_id, size)
    return aid


def test_five_sharing_municipalities_make_a_figure_four_do_not(ws: Workspace) -> None:
    ids = [town(ws, n, level) for n, level in enumerate([0, 1, 2, 3, 4, 2])]
    for aid in ids[:4]:
        ws.share_comparison(aid)
    own = ws.comparison(ids[5])  # does not share: sees the group all the same
    assert not own.shares and own.size_class is SizeClass.UNDER_50K
    assert own.row("dimension:A").own == 50.0
    assert not own.has_peers  # four contribute: nothing is shown
    with ws.db.connection() as conn:
        assert conn.execute(text(f"SELECT count(*) FROM {VIEW_NAME}")).scalar_one() == 0

    ws.share_comparison(ids[4])
    figure = ws.comparison(ids[5]).row("dimension:A").peer
    assert figure is not None and figure.contributors == MIN_CONTRIBUTORS == 5
    expected = quartiles([0.0, 25.0, 50.0, 75.0, 100.0])
    assert (figure.lower_quartile, figure.median, figure.upper_quartile) == expected
    assert ws.comparison(ids[5]).row("dimension:A").position == "within"
    # Dimension B was rated nowhere: no figure, no own score.
    assert ws.comparison(ids[5]).row("dimension:B").peer is None


def test_withdrawing_takes_the_scores_out_at_once(ws: Workspace) -> None:
    ids = [town(ws, n, n % 5) for n in range(5)]
    for aid in ids:
        ws.share_comparison(aid)
    assert ws.comparison(ids[0]).has_peers
    assert ws.comparison(ids[0]).sharing.this_assessment
    ws.withdraw_comparison(ids[0])
    after = ws.comparison(ids[0])
    assert not after.shares and not after.has_peers and after.sharing.assessment_uuid is None


def test_other_size_classes_and_unplaced_municipalities_are_not_peers(ws: Workspace) -> None:
    ids = [town(ws, n, 2) for n in range(5)]
    ids.append(town(ws, 5, 4, SizeClass.OVER_200K))
    ids.append(town(ws, 6, 4, None))
    for aid in ids:
        ws.share_comparison(aid)
    big = ws.comparison(ids[5])
    assert big.size_class is SizeClass.OVER_200K and not big.has_peers
    unplaced = ws.comparison(ids[6])
    assert unplaced.size_class is None and not unplaced.has_peers
    assert ws.comparison(ids[0]).row("overall").peer.contributors == 5  # type: ignore[union-attr]


def test_the_view_has_no_minimum_maximum_name_or_rank(ws: Workspace) -> None:
    with ws.db.connection() as conn:
        columns = list(conn.execute(text(f"SELECT * FROM {VIEW_NAME}")).keys())
    assert columns == ["size_class", "key", "contributors", "lower_quartile", "median",
                       "upper_quartile"]


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(values=st.lists(st.floats(0, 100, allow_nan=False).map(lambda v: round(v, 2)),
                       min_size=1, max_size=23))
def test_the_databases_quartiles_are_the_domains(ws: Workspace, values: list[float]) -> None:
    """The view computes the same quartiles as ``domain.region.quartiles`` on either store."""
    with ws.db.session() as session:
        session.execute(delete(SharedScoreRow))
        session.execute(delete(Municipality))
        for n, value in enumerate(values):
            muni = Municipality(name=f"M{n}", size_class="bis_20000", shares_comparison=True)
            session.add(muni)
            session.flush()
            session.add(SharedScoreRow(municipality_id=muni.id, key="overall", percent=value,
                                       assessment_uuid=f"u{n}",
                                       shared_at=datetime.now(UTC)))
    peers = store_comparison.peer_figures(ws.db, SizeClass.UNDER_20K)
    if len(values) < MIN_CONTRIBUTORS:
        assert peers == []
        return
    (figure,) = peers
    assert figure.contributors == len(values)
    got = (figure.lower_quartile, figure.median, figure.upper_quartile)
    assert got == pytest.approx(quartiles(values), abs=1e-9)
