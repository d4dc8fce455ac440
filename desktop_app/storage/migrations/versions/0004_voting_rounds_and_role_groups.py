"""Voting in rounds, from phones or as a dot-voting tally, by role groups with headcounts.

* ``role_group``: the workshop's role groups and how many people each has.
* ``respondent.device``: the random id of a participant's phone (unique per assessment).
* ``vote.round``: a second round asks again after the discussion; one vote per respondent,
  statement and round.
* ``voting_round``: which statements a round asked, and when it opened and closed.
* ``tally``: counts per level and role group the moderator types in (the fallback when
  phones cannot reach the laptop).
* ``answer.rationale``: the one line the team gives for a consensus it discussed.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _device() -> sa.Column[str]:
    return sa.Column("changed_by", sa.String(length=64), nullable=False, server_default="")


def upgrade() -> None:
    with op.batch_alter_table("respondent", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("device", sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint("uq_respondent_device", ["assessment_id", "device"])
    with op.batch_alter_table("vote", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("round", sa.Integer(), nullable=False, server_default="1"))
        batch_op.drop_constraint("uq_vote_respondent_id", type_="unique")
        batch_op.create_unique_constraint(
            "uq_vote_respondent_id", ["respondent_id", "statement_id", "round"]
        )
        batch_op.create_check_constraint("round_positive", "round >= 1")
    with op.batch_alter_table("answer") as batch_op:
        batch_op.add_column(sa.Column("rationale", sa.Text(), nullable=False, server_default=""))

    op.create_table(
        "role_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("headcount", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        _device(),
        sa.CheckConstraint("headcount >= 0", name="headcount_range"),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("assessment_id", "name"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index("ix_role_group_assessment_id", "role_group", ["assessment_id"])
    # Every role group respondents name so far becomes a group, its size their headcount.
    conn = op.get_bind()
    groups = conn.exec_driver_sql(
        "SELECT assessment_id, role_group, SUM(headcount), MIN(id), MAX(updated_at) "
        "FROM respondent WHERE role_group != '' GROUP BY assessment_id, role_group"
    ).fetchall()
    if groups:
        conn.execute(
            sa.text(
                "INSERT INTO role_group (assessment_id, uuid, name, headcount, position, "
                "updated_at, changed_by) VALUES (:a, :u, :n, :h, :p, :t, '')"
            ),
            [
                {"a": a, "u": str(uuid.uuid4()), "n": name, "h": count, "p": first, "t": when}
                for a, name, count, first, when in groups
            ],
        )

    op.create_table(
        "voting_round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("statements", sa.Text(), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        _device(),
        sa.CheckConstraint("number >= 1", name="number_positive"),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("assessment_id", "number"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index("ix_voting_round_assessment_id", "voting_round", ["assessment_id"])

    op.create_table(
        "tally",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("statement_id", sa.String(length=32), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("role_group", sa.String(length=200), nullable=False),
        sa.Column("choice", sa.String(length=16), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        _device(),
        sa.CheckConstraint(
            "choice IN ('0', '1', '2', '3', '4', 'unknown', 'not_relevant')", name="choice_known"
        ),
        sa.CheckConstraint("count >= 0", name="count_range"),
        sa.CheckConstraint("round >= 1", name="round_positive"),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("assessment_id", "statement_id", "round", "role_group", "choice"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index("ix_tally_assessment_id", "tally", ["assessment_id"])


def downgrade() -> None:  # pragma: no cover - databases are only ever upgraded
    raise NotImplementedError("0004 cannot be undone; restore the pre-migration backup")
