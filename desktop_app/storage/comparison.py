"""Reading the comparison view and sharing a municipality's scores (since schema 0007).

The same queries on both stores. On a server, row-level security lets a municipality's role
touch only its own ``shared_score`` rows and its own opt-in; the view, owned by the schema's
owner, gives every role the peer groups' quartiles and nothing more.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select, text, update

from desktop_app.domain.region import PeerFigure, SizeClass
from desktop_app.storage.comparison_view import VIEW_NAME
from desktop_app.storage.database import Database
from desktop_app.storage.models import Assessment, Municipality, Project, SharedScoreRow
from desktop_app.storage.repository import NotFound


@dataclass(frozen=True, slots=True)
class Membership:
    """The municipality an assessment belongs to, as the comparison needs it."""

    municipality_id: int
    size_class: SizeClass | None
    shares: bool
    shared_assessment: str | None  # uuid of the assessment whose scores are shared
    shared_at: datetime | None


def membership(db: Database, assessment_id: int) -> Membership:
    with db.session() as session:
        row = session.execute(
            select(Municipality.id, Municipality.size_class, Municipality.shares_comparison)
            .join(Project, Project.municipality_id == Municipality.id)
            .join(Assessment, Assessment.project_id == Project.id)
            .where(Assessment.id == assessment_id)
        ).first()
        if row is None:
            raise NotFound(assessment_id)
        shared = session.execute(
            select(SharedScoreRow.assessment_uuid, SharedScoreRow.shared_at)
            .where(SharedScoreRow.municipality_id == row[0])
            .limit(1)
        ).first()
    size = SizeClass(row[1]) if row[1] else None
    return Membership(
        row[0], size, bool(row[2]), shared[0] if shared else None, shared[1] if shared else None
    )


def peer_figures(db: Database, size_class: SizeClass) -> list[PeerFigure]:
    """The view's rows for one peer group (only groups of five or more are in the view)."""
    with db.connection() as conn:
        rows = conn.execute(
            text(
                f"SELECT key, contributors, lower_quartile, median, upper_quartile "
                f"FROM {VIEW_NAME} WHERE size_class = :size"
            ),
            {"size": size_class.value},
        )
        return [
            PeerFigure(str(k), int(n), float(lq), float(md), float(uq))
            for k, n, lq, md, uq in rows
        ]


def share(db: Database, municipality_id: int, assessment_uuid: str,
          scores: Mapping[str, float]) -> None:
    """Opt in and share ``scores``, replacing what the municipality shared before."""
    now = datetime.now(UTC)
    with db.session() as session:
        session.execute(
            delete(SharedScoreRow).where(SharedScoreRow.municipality_id == municipality_id)
        )
        session.add_all(
            SharedScoreRow(municipality_id=municipality_id, key=key, percent=round(value, 4),
                           assessment_uuid=assessment_uuid, shared_at=now)
            for key, value in scores.items()
        )
        session.execute(
            update(Municipality).where(Municipality.id == municipality_id)
            .values(shares_comparison=True)
        )


def withdraw(db: Database, municipality_id: int) -> None:
    """Opt out: nothing of the municipality stays in the comparison."""
    with db.session() as session:
        session.execute(
            delete(SharedScoreRow).where(SharedScoreRow.municipality_id == municipality_id)
        )
        session.execute(
            update(Municipality).where(Municipality.id == municipality_id)
            .values(shares_comparison=False)
        )


def place(db: Database, municipality_id: int, size_class: SizeClass | None) -> None:
    """Put the municipality into a peer group (the region's administrators do this)."""
    with db.session() as session:
        session.execute(
            update(Municipality).where(Municipality.id == municipality_id)
            .values(size_class=size_class.value if size_class else None)
        )
