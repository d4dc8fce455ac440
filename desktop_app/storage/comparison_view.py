"""The database's comparison view: peer-group quartiles, nothing else (since schema 0007).

``comparison_peer`` has one row per size class and score key with the number of
contributing municipalities and the lower quartile, median and upper quartile of their
shared scores — only where at least five municipalities contribute, and only from those
that opted in. No minimum, no maximum, no name, no rank ever leaves it.

The SQL is the same on SQLite and PostgreSQL: quartiles are interpolated between ranks by
window functions and integer arithmetic, the rule of PostgreSQL's ``percentile_cont`` and of
``domain.region.quartiles``. On PostgreSQL the view belongs to the schema's owner, so it
reads every municipality's shared scores although row-level security keeps each
municipality's own roles to their own rows; the coordinator may read this view and nothing
else.

Migration 0007 and ``database.create_at_head`` both create it from here; a later change of
the view gets a new constant and a new migration.
"""

from __future__ import annotations

VIEW_NAME = "comparison_peer"


def _quartile(q: int) -> str:
    """The q-th quartile (q = 1, 2, 3) of ``score`` over ``n`` values ranked by ``pos``."""
    index = f"(((n - 1) * {q}) / 4)"  # integer division on both databases
    rest = f"(((n - 1) * {q}) % 4)"
    return (
        f"SUM(CASE WHEN pos = {index} + 1 THEN score * (4 - {rest}) "
        f"WHEN pos = {index} + 2 THEN score * {rest} ELSE 0 END) / 4.0"
    )


CREATE_VIEW_0007 = f"""
CREATE VIEW {VIEW_NAME} AS
WITH shared AS (
    SELECT m.size_class AS size_class, s.key AS key, s.percent AS score,
           ROW_NUMBER() OVER (PARTITION BY m.size_class, s.key ORDER BY s.percent) AS pos,
           COUNT(*) OVER (PARTITION BY m.size_class, s.key) AS n
    FROM shared_score s
    JOIN municipality m ON m.id = s.municipality_id
    WHERE m.shares_comparison = true AND m.size_class IS NOT NULL
)
SELECT size_class, key, n AS contributors,
       {_quartile(1)} AS lower_quartile,
       {_quartile(2)} AS median,
       {_quartile(3)} AS upper_quartile
FROM shared
GROUP BY size_class, key, n
HAVING n >= 5
"""

DROP_VIEW = f"DROP VIEW IF EXISTS {VIEW_NAME}"
