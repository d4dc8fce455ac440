"""A region on one server: size classes, the opt-in to share, shared scores, the comparison.

* ``municipality.size_class``: the peer group the region placed it in;
  ``municipality.shares_comparison``: the municipality's own opt-in (off until it decides).
* ``shared_score``: the scores a municipality shared (one per dimension, category and
  overall), replaced whenever it shares again.
* ``region_role``: which database role speaks for which municipality (PostgreSQL).
* ``comparison_peer``: a view with the peer groups' quartiles (``storage.comparison_view``).
* On PostgreSQL only: row-level security on every table of assessments
  (``storage.row_security``), so each municipality's roles see only their own rows.

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop_app.storage.comparison_view import CREATE_VIEW_0007
from desktop_app.storage.migrations.portable import rebuild
from desktop_app.storage.row_security import enable_0007

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

SIZE_CLASSES = "('bis_20000', 'bis_50000', 'bis_100000', 'bis_200000', 'ueber_200000')"


def upgrade() -> None:
    with op.batch_alter_table("municipality", recreate=rebuild()) as batch_op:
        batch_op.add_column(sa.Column("size_class", sa.String(length=16), nullable=True))
        batch_op.add_column(
            sa.Column("shares_comparison", sa.Boolean(), nullable=False,
                      server_default=sa.false())
        )
        batch_op.create_check_constraint(
            "size_class_known", f"size_class IS NULL OR size_class IN {SIZE_CLASSES}"
        )
        batch_op.create_check_constraint(
            "shares_comparison_bool", "shares_comparison IN (true, false)"
        )

    op.create_table(
        "shared_score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("percent", sa.Float(), nullable=False),
        sa.Column("assessment_uuid", sa.String(length=36), nullable=False),
        sa.Column("shared_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("percent BETWEEN 0 AND 100", name="percent_range"),
        sa.ForeignKeyConstraint(["municipality_id"], ["municipality.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("municipality_id", "key"),
    )
    op.create_index("ix_shared_score_municipality_id", "shared_score", ["municipality_id"])

    op.create_table(
        "region_role",
        sa.Column("role_name", sa.String(length=63), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["municipality_id"], ["municipality.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("role_name"),
    )
    op.create_index("ix_region_role_municipality_id", "region_role", ["municipality_id"])

    op.execute(CREATE_VIEW_0007)
    if op.get_context().dialect.name == "postgresql":
        for statement in enable_0007():
            op.execute(statement)


def downgrade() -> None:  # pragma: no cover - databases are only ever upgraded
    raise NotImplementedError("0007 cannot be undone; restore the pre-migration backup")
