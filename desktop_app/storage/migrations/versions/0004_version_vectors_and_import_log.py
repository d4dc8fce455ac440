"""Version vectors for merging, and a log of imported files.

* Assessments, respondents, answers, votes, plan entries and tombstones get
  ``version_vector``: JSON, device id → number of changes. An existing row starts from the
  device that changed it last (``{"<changed_by>": 1}``), or ``{}`` when none is recorded.
* ``import_log`` records each exchange file imported or merged: its checksum, when, from
  which device, and what came of it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-09
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_VERSIONED = ("assessment", "respondent", "answer", "vote", "plan_entry", "tombstone")


def upgrade() -> None:
    for table in _VERSIONED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(
                sa.Column("version_vector", sa.Text(), nullable=False, server_default="{}")
            )
        # json_object writes {"<device>":1}: one key, so already the canonical text.
        op.execute(
            f"UPDATE {table} SET version_vector = json_object(changed_by, 1) "
            "WHERE changed_by != ''"
        )

    op.create_table(
        "import_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("checksum", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("source_device", sa.String(length=64), nullable=False),
        sa.Column("format_version", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "outcome IN ('imported', 'copied', 'merged', 'unchanged')", name="outcome_known"
        ),
        sa.CheckConstraint("changes >= 0 AND conflicts >= 0", name="counts_positive"),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_import_log_assessment_id", "import_log", ["assessment_id"])


def downgrade() -> None:  # pragma: no cover - databases are only ever upgraded
    raise NotImplementedError("0004 cannot be undone; restore the pre-migration backup")
