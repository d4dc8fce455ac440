"""A new database created at head has exactly the schema the migrations produce."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, inspect

from desktop_app.storage.database import MIGRATIONS_DIR, create_at_head, make_engine, migrate
from desktop_app.storage.migrations import SCHEMA_HEAD


def describe(path: Path) -> dict[str, Any]:
    insp = inspect(create_engine(f"sqlite:///{path}"))
    out: dict[str, Any] = {}
    for table in sorted(insp.get_table_names()):
        out[table] = {
            "columns": [
                (c["name"], str(c["type"]), c["nullable"], str(c.get("default")))
                for c in insp.get_columns(table)
            ],
            "pk": insp.get_pk_constraint(table)["constrained_columns"],
            "fks": sorted(
                (
                    f["name"],
                    tuple(f["constrained_columns"]),
                    f["referred_table"],
                    f.get("options", {}).get("ondelete"),
                )
                for f in insp.get_foreign_keys(table)
            ),
            "indexes": sorted(
                (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                for i in insp.get_indexes(table)
            ),
            "uniques": sorted(
                (u["name"], tuple(u["column_names"])) for u in insp.get_unique_constraints(table)
            ),
            "checks": sorted(
                (c["name"], " ".join(c["sqltext"].split()))
                for c in insp.get_check_constraints(table)
            ),
        }
    out["views"] = {v: [c["name"] for c in insp.get_columns(v)] for v in insp.get_view_names()}
    return out


def test_create_at_head_matches_the_migrations(tmp_path: Path) -> None:
    fresh, migrated = tmp_path / "fresh.sqlite3", tmp_path / "migrated.sqlite3"
    create_at_head(make_engine(fresh))
    migrate(make_engine(migrated), migrated, None)
    assert describe(fresh) == describe(migrated)
    for path in (fresh, migrated):
        con = sqlite3.connect(path)
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(SCHEMA_HEAD,)]
        con.close()
    assert MIGRATIONS_DIR.is_dir()


def test_opening_a_new_database_does_not_import_alembic(tmp_path: Path) -> None:
    import subprocess

    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop_app.storage.database import open_database\n"
        f"open_database(Path({str(tmp_path / 'new.sqlite3')!r})).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
