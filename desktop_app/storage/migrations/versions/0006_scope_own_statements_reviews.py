"""An assessment's scope, the team's own statements, and the look back at last time's measures.

* ``assessment.profile`` and ``assessment.selection``: the profile the statements were chosen
  by and the statements asked (ids separated by spaces); both NULL, as for every existing
  assessment, means the whole guideline.
* ``own_statement``: statements the team defined for an assessment, with five level texts,
  category, barrier type and own measures (texts as JSON objects ``{"de", "en"}``).
* ``measure_review``: what became of each measure of the previous assessment (done, in
  progress, dropped) and whether the team confirmed it.

Portable: the same steps run on SQLite and PostgreSQL (plain column types, JSON through
SQLAlchemy, CHECK constraints that hold for both, booleans checked as ``IN (true, false)``).

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_CATEGORIES = "('technisch', 'personell', 'organisatorisch')"
_BARRIERS = "('nicht_wissen', 'nicht_koennen', 'nicht_wollen', 'nicht_duerfen')"


def _device() -> sa.Column[str]:
    return sa.Column("changed_by", sa.String(length=64), nullable=False, server_default="")


def upgrade() -> None:
    with op.batch_alter_table("assessment") as batch_op:
        batch_op.add_column(sa.Column("profile", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("selection", sa.Text(), nullable=True))

    op.create_table(
        "own_statement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("statement_id", sa.String(length=32), nullable=False),
        sa.Column("module", sa.String(length=32), nullable=False),
        sa.Column("module_title", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.JSON(), nullable=False),
        sa.Column("help", sa.JSON(), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("barrier", sa.String(length=16), nullable=True),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("levels", sa.JSON(), nullable=False),
        sa.Column("measures", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        _device(),
        sa.CheckConstraint(f"category IN {_CATEGORIES}", name="category_known"),
        sa.CheckConstraint(f"barrier IS NULL OR barrier IN {_BARRIERS}", name="barrier_known"),
        sa.CheckConstraint("weight > 0 AND weight <= 3", name="weight_range"),
        sa.CheckConstraint("position >= 0", name="position_range"),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("assessment_id", "statement_id"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index("ix_own_statement_assessment_id", "own_statement", ["assessment_id"])

    op.create_table(
        "measure_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        _device(),
        sa.CheckConstraint("status IN ('done', 'in_progress', 'dropped')", name="status_known"),
        sa.CheckConstraint("confirmed IN (true, false)", name="confirmed_bool"),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("assessment_id", "key"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index("ix_measure_review_assessment_id", "measure_review", ["assessment_id"])


def downgrade() -> None:  # pragma: no cover - databases are only ever upgraded
    raise NotImplementedError("0006 cannot be undone; restore the pre-migration backup")
