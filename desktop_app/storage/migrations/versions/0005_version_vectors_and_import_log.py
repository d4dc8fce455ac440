"""Version vectors for merging, and a log of imported files.

* Assessments, respondents, answers, votes, plan entries, role groups, voting rounds,
  tallies and tombstones get ``version_vector``: JSON, device id → number of changes. An
  existing row starts from the device that changed it last (``{"<changed_by>": 1}``), or
  ``{}`` when none is recorded.
* Tombstones may name role groups, voting rounds and tallies too: a merge buries the twin
  of a record that both laptops created.
* ``import_log`` records each exchange file imported or merged: its checksum, when, from
  which device, and what came of it.

Portable: the same steps run on SQLite and PostgreSQL (no JSON functions in SQL; the
starting vectors are computed here and written as parameters).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-09
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_VERSIONED = (
    "assessment",
    "respondent",
    "answer",
    "vote",
    "plan_entry",
    "role_group",
    "voting_round",
    "tally",
    "tombstone",
)
_TOMBSTONE_KINDS = (
    "kind IN ('respondent', 'answer', 'vote', 'plan_entry', 'role_group', 'voting_round', "
    "'tally')"
)


def upgrade() -> None:
    conn = op.get_bind()
    for name in _VERSIONED:
        with op.batch_alter_table(name) as batch_op:
            batch_op.add_column(
                sa.Column("version_vector", sa.JSON(), nullable=False, server_default="{}")
            )
        table = sa.table(
            name, sa.column("id", sa.Integer()), sa.column("changed_by", sa.String()),
            sa.column("version_vector", sa.JSON()),
        )
        rows = conn.execute(
            sa.select(table.c.id, table.c.changed_by).where(table.c.changed_by != "")
        ).all()
        if rows:
            conn.execute(
                table.update()
                .where(table.c.id == sa.bindparam("row_id"))
                .values(version_vector=sa.bindparam("vector")),
                [{"row_id": row_id, "vector": {device: 1}} for row_id, device in rows],
            )

    with op.batch_alter_table("tombstone", recreate="always") as batch_op:
        batch_op.drop_constraint(op.f("ck_tombstone_kind_known"), type_="check")
        batch_op.create_check_constraint("kind_known", _TOMBSTONE_KINDS)

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
    raise NotImplementedError("0005 cannot be undone; restore the pre-migration backup")
