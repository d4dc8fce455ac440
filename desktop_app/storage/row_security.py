"""Row-level security on PostgreSQL: each municipality's roles see only its own rows.

Why row-level security and not one schema per municipality: the comparison needs every
municipality's shared scores in one query, the migrations and the app stay exactly the same
for one municipality or a hundred, and a new municipality is a row plus a role, not a new
schema to create, migrate and back up. See docs/POSTGRES.md.

The chain of policies: ``region_role`` maps database roles to municipalities, and a role
sees the mappings of the roles it is a member of; ``municipality`` and ``project`` rows are
visible for those municipalities; an ``assessment`` when its project is visible; every
other table's row when its assessment is visible. Each policy's subquery reads a table that
is itself protected, so the chain cannot be skipped. The same expression checks new and
changed rows (``WITH CHECK``): a row that names another municipality's assessment is
refused.

The schema's owner (the administrator who runs the migrations) is not bound by these
policies — PostgreSQL exempts a table's owner — and neither is the comparison view it owns.
Roles and grants are cluster objects and are made by ``wandelkompass region`` (see
``storage.region``), not by the migrations.
"""

from __future__ import annotations

# Tables whose rows belong to one assessment (schema 0007).
ASSESSMENT_CHILDREN_0007 = (
    "respondent",
    "answer",
    "vote",
    "plan_entry",
    "tombstone",
    "role_group",
    "voting_round",
    "tally",
    "own_statement",  # since 0006
    "measure_review",  # since 0006
    "import_log",  # since 0005
)

_MINE = "municipality_id IN (SELECT municipality_id FROM region_role)"


def _policy(table: str, name: str, command: str, using: str, check: str | None = None) -> str:
    sql = f"CREATE POLICY {name} ON {table} FOR {command} USING ({using})"
    return sql + (f" WITH CHECK ({check})" if check else "")


def enable_0007() -> list[str]:
    """The statements migration 0007 runs on PostgreSQL."""
    statements = [
        "ALTER TABLE region_role ENABLE ROW LEVEL SECURITY",
        _policy(
            "region_role", "region_role_own", "SELECT",
            "EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = region_role.role_name "
            "AND pg_has_role(current_user, r.oid, 'MEMBER'))",
        ),
        # A municipality sees itself and may change only what its grants allow (the opt-in);
        # no policy for INSERT or DELETE: those are refused or affect no row.
        "ALTER TABLE municipality ENABLE ROW LEVEL SECURITY",
        _policy("municipality", "municipality_own_read", "SELECT",
                "id IN (SELECT municipality_id FROM region_role)"),
        _policy("municipality", "municipality_own_update", "UPDATE",
                "id IN (SELECT municipality_id FROM region_role)",
                "id IN (SELECT municipality_id FROM region_role)"),
        "ALTER TABLE project ENABLE ROW LEVEL SECURITY",
        _policy("project", "project_own", "ALL", _MINE, _MINE),
        "ALTER TABLE shared_score ENABLE ROW LEVEL SECURITY",
        _policy("shared_score", "shared_score_own", "ALL", _MINE, _MINE),
        "ALTER TABLE assessment ENABLE ROW LEVEL SECURITY",
        _policy("assessment", "assessment_own", "ALL",
                "project_id IN (SELECT id FROM project)",
                "project_id IN (SELECT id FROM project)"),
    ]
    for table in ASSESSMENT_CHILDREN_0007:
        mine = "assessment_id IN (SELECT id FROM assessment)"
        statements.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        statements.append(_policy(table, f"{table}_own", "ALL", mine, mine))
    return statements
