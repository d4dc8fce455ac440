"""The regional comparison of one assessment, the same on both stores (Qt-free).

Own scores come from the assessment's evaluation (``domain.scoring``, with the guideline
version it was made with); the peer group's quartiles come from the database's comparison
view, which never hands out a group of fewer than five municipalities, a minimum, a
maximum, a name or a rank. Sharing is the municipality's own, explicit step: it stores the
scores of the assessment it chooses, and withdrawing removes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.domain.model import Category
from desktop_app.domain.region import (
    RegionalComparison,
    Sharing,
    category_key,
    compare,
    dimension_key,
    overall_key,
)

if TYPE_CHECKING:
    from desktop_app.domain.assessment import Evaluation
    from desktop_app.domain.model import Guideline
    from desktop_app.storage.database import Database


def keys(guideline: Guideline) -> list[str]:
    """The compared scores in the order they are shown: overall, dimensions, categories."""
    return (
        [overall_key()]
        + [dimension_key(d.id) for d in guideline.dimensions]
        + [category_key(c.value) for c in Category]
    )


def own_scores(ev: Evaluation) -> dict[str, float | None]:
    results = ev.results
    scores: dict[str, float | None] = {overall_key(): results.overall.percent}
    scores.update({dimension_key(d): s.percent for d, s in results.dimensions.items()})
    scores.update({category_key(c.value): s.percent for c, s in results.categories.items()})
    return scores


def regional_comparison(db: Database, assessment_id: int, ev: Evaluation) -> RegionalComparison:
    """``ev`` is the assessment's evaluation (``Workspace.evaluation``)."""
    from desktop_app.storage import comparison

    member = comparison.membership(db, assessment_id)
    peers = comparison.peer_figures(db, member.size_class) if member.size_class else []
    sharing = Sharing(
        shares=member.shares,
        assessment_uuid=member.shared_assessment,
        shared_at=member.shared_at,
        this_assessment=member.shares and member.shared_assessment == ev.info.uuid,
    )
    return compare(own_scores(ev), keys(ev.guideline), peers, member.size_class, sharing)


def share(db: Database, assessment_id: int, ev: Evaluation) -> int:
    """Share this assessment's scores (anonymised); returns how many scores were shared."""
    from desktop_app.storage import comparison

    member = comparison.membership(db, assessment_id)
    scores = {k: v for k, v in own_scores(ev).items() if v is not None}
    comparison.share(db, member.municipality_id, ev.info.uuid, scores)
    return len(scores)


def withdraw(db: Database, assessment_id: int) -> None:
    from desktop_app.storage import comparison

    comparison.withdraw(db, comparison.membership(db, assessment_id).municipality_id)
