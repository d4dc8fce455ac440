"""Identity across devices and the details leadership needs.

* Respondents, answers, votes and plan entries get a UUID (filled in for existing rows),
  and every record the device that changed it last (``changed_by``); respondents get
  ``updated_at`` (filled in with their assessment's).
* Plan entries: roles involved, a done-criterion, effort in person-days, cost in euros, the
  reason of a rejection and the topic an own measure takes over; answers: why a statement
  is not relevant; assessments: the size of the focused plan.
* ``flagged`` is checked as ``IN (true, false)``, which PostgreSQL's booleans accept too.
* ``tombstone`` remembers records deleted here, so that a merge does not bring them back.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

from desktop_app.storage.migrations.portable import rebuild

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_WITH_UUID = ("respondent", "answer", "vote", "plan_entry")


def _device() -> sa.Column[str]:
    return sa.Column("changed_by", sa.String(length=64), nullable=False, server_default="")


def _fill_uuids(table: str) -> None:
    conn = op.get_bind()
    ids = [row[0] for row in conn.exec_driver_sql(f"SELECT id FROM {table} ORDER BY id")]
    if ids:
        conn.execute(
            sa.text(f"UPDATE {table} SET uuid = :uuid WHERE id = :id"),
            [{"uuid": str(uuid.uuid4()), "id": i} for i in ids],
        )


def upgrade() -> None:
    with op.batch_alter_table("assessment", recreate=rebuild()) as batch_op:
        batch_op.add_column(_device())
        batch_op.add_column(sa.Column("focus_limit", sa.Integer(), nullable=True))
        batch_op.create_check_constraint(
            "focus_range", "focus_limit IS NULL OR focus_limit BETWEEN 1 AND 99"
        )

    with op.batch_alter_table("respondent") as batch_op:
        batch_op.add_column(sa.Column("uuid", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
        batch_op.add_column(_device())
    op.execute(
        "UPDATE respondent SET updated_at = "
        "(SELECT updated_at FROM assessment WHERE assessment.id = respondent.assessment_id)"
    )

    with op.batch_alter_table("answer") as batch_op:
        batch_op.add_column(sa.Column("uuid", sa.String(length=36), nullable=True))
        batch_op.add_column(_device())
        batch_op.add_column(
            sa.Column("not_relevant_reason", sa.Text(), nullable=False, server_default="")
        )
    with op.batch_alter_table("vote") as batch_op:
        batch_op.add_column(sa.Column("uuid", sa.String(length=36), nullable=True))
        batch_op.add_column(_device())
    with op.batch_alter_table("plan_entry") as batch_op:
        batch_op.add_column(sa.Column("uuid", sa.String(length=36), nullable=True))
        batch_op.add_column(_device())
        for name in ("involved", "done_when"):
            batch_op.add_column(sa.Column(name, sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("effort_days", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("cost_eur", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("reject_reason", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("topic", sa.String(length=64), nullable=True))

    for table in _WITH_UUID:
        _fill_uuids(table)

    # Now that every row has one: required and unique (SQLite rebuilds each table here).
    with op.batch_alter_table("respondent", recreate=rebuild()) as batch_op:
        batch_op.alter_column("uuid", existing_type=sa.String(length=36), nullable=False)
        batch_op.alter_column("updated_at", existing_type=sa.DateTime(), nullable=False)
        batch_op.create_unique_constraint("uq_respondent_uuid", ["uuid"])
    with op.batch_alter_table("answer", recreate=rebuild()) as batch_op:
        batch_op.alter_column("uuid", existing_type=sa.String(length=36), nullable=False)
        batch_op.create_unique_constraint("uq_answer_uuid", ["uuid"])
        batch_op.drop_constraint("flagged_bool", type_="check")
        batch_op.create_check_constraint("flagged_bool", "flagged IN (true, false)")
    with op.batch_alter_table("vote", recreate=rebuild()) as batch_op:
        batch_op.alter_column("uuid", existing_type=sa.String(length=36), nullable=False)
        batch_op.create_unique_constraint("uq_vote_uuid", ["uuid"])
    with op.batch_alter_table("plan_entry", recreate=rebuild()) as batch_op:
        batch_op.alter_column("uuid", existing_type=sa.String(length=36), nullable=False)
        batch_op.create_unique_constraint("uq_plan_entry_uuid", ["uuid"])
        batch_op.create_check_constraint(
            "effort_days_range", "effort_days IS NULL OR effort_days >= 0"
        )
        batch_op.create_check_constraint("cost_range", "cost_eur IS NULL OR cost_eur >= 0")


    op.create_table(
        "tombstone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=64), nullable=False, server_default=""),
        sa.CheckConstraint(
            "kind IN ('respondent', 'answer', 'vote', 'plan_entry')", name="kind_known"
        ),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index("ix_tombstone_assessment_id", "tombstone", ["assessment_id"])


def downgrade() -> None:  # pragma: no cover - databases are only ever upgraded
    raise NotImplementedError("0003 cannot be undone; restore the pre-migration backup")
