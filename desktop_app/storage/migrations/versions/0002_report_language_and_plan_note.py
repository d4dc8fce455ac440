"""Report language per assessment; a progress note per action-plan entry.

Adding a CHECK constraint makes SQLite rebuild the ``assessment`` table, the parent of every
answer, vote and plan entry: this is the migration that proves the rebuild keeps child rows
(see ``storage.database.migrate``).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop_app.storage.migrations.portable import rebuild

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assessment", recreate=rebuild()) as batch_op:
        batch_op.add_column(
            sa.Column("report_language", sa.String(length=2), nullable=False, server_default="de")
        )
        batch_op.create_check_constraint("report_language_known", "report_language IN ('de', 'en')")
    with op.batch_alter_table("plan_entry") as batch_op:
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("plan_entry") as batch_op:
        batch_op.drop_column("note")
    with op.batch_alter_table("assessment", recreate=rebuild()) as batch_op:
        batch_op.drop_constraint("ck_assessment_report_language_known", type_="check")
        batch_op.drop_column("report_language")
