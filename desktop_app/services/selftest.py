"""``wandelkompass --selftest``: prove an installation (or a bundle) works end to end.

Runs in a temporary folder: the Alembic migrations from an empty file to head (so a bundle
that lacks a migration script fails here), the guideline content, the demo database, an
export/import round trip (JSON schema validation), a chart and a PDF. Prints one line and
exits 0, or names the step that failed (with the traceback below it).
"""

from __future__ import annotations

import sys
import tempfile
import time
import traceback
from pathlib import Path


def run_selftest(lang: str = "de") -> int:
    from desktop_app.texts import t

    step = "start"
    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="wandelkompass-selftest-") as tmp:
            from desktop_app.services.workspace import Workspace

            ws = Workspace(Path(tmp))
            step = "migrations"
            from desktop_app.storage.database import make_engine, migrate, stored_revision
            from desktop_app.storage.migrations import SCHEMA_HEAD

            scratch = Path(tmp) / "migrations.sqlite3"
            engine = make_engine(scratch)
            migrate(engine, scratch, None)
            engine.dispose()
            if stored_revision(scratch) != SCHEMA_HEAD:
                raise RuntimeError(f"schema is {stored_revision(scratch)}, not {SCHEMA_HEAD}")
            step = "content"
            g = ws.guideline
            step = "database"
            aid = ws.create_demo(lang)
            ev = ws.evaluation(aid)
            step = "exchange"
            exported = ws.export(aid, Path(tmp) / "selftest.json")
            copy = ws.import_file(exported, as_copy=True)
            if ws.answers(copy).answers != ws.answers(aid).answers:
                raise RuntimeError("export and import disagree")
            step = "chart"
            from desktop_app.reporting.charts import figure_png, radar_figure

            png = figure_png(radar_figure(ev, lang))
            if not png.startswith(b"\x89PNG"):
                raise RuntimeError("chart is not a PNG")
            step = "pdf"
            out = ws.write_report(aid, Path(tmp) / "selftest.pdf", lang)
            data = out.read_bytes()
            if not data.startswith(b"%PDF") or b"/FontFile2" not in data:
                raise RuntimeError("PDF incomplete or fonts not embedded")
            ws.close()
    except Exception as exc:  # report any failure as one clear line, details below it
        print(t("cli.selftest_failed", lang, step=step, detail=exc), file=sys.stderr)
        traceback.print_exc(file=sys.stderr)
        return 1
    detail = (
        f"{len(g.statements)} Aussagen, {len(data) // 1024} KB PDF, "
        f"{time.perf_counter() - started:.1f} s"
        if lang == "de"
        else f"{len(g.statements)} statements, {len(data) // 1024} KB PDF, "
        f"{time.perf_counter() - started:.1f} s"
    )
    print(t("cli.selftest_ok", lang, detail=detail))
    return 0
