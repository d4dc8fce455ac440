"""What the migration scripts need to run the same on SQLite and on PostgreSQL."""

from __future__ import annotations

from typing import Literal

from alembic import op


def rebuild() -> Literal["always", "auto"]:
    """How a batch operation changes a table: rebuilt on SQLite, altered in place elsewhere.

    SQLite cannot alter constraints, so its batch mode copies the table (``storage.database``
    keeps the child rows intact meanwhile). PostgreSQL alters tables in place; rebuilding a
    parent table there would fail on the foreign keys that point to it.
    """
    return "always" if op.get_context().dialect.name == "sqlite" else "auto"
