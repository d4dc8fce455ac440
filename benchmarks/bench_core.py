"""Benchmarks of the headless core, each as a ratio against a floor measured in the same run.

1. ``wandelkompass report --demo`` (wall time and peak RSS of the whole process) against a
   floor script that does the same work with the bare libraries: import SQLAlchemy, reportlab
   (with pyphen's hyphenation) and matplotlib, insert the same number of rows into SQLite in
   one transaction, render the report's own charts with matplotlib ``Figure`` at the same
   resolution, and lay out a platypus PDF with an embedded TTF holding the same words as our
   report in table cells of the report's type size, so that it fills about as many pages.
2. One autosave commit (``Workspace.save_answer``) against the same upsert done with the bare
   ``sqlite3`` module under the same pragmas (WAL, synchronous=FULL), 95th percentile.
3. The report of an assessment with the longest texts the exchange format allows (100,000
   characters of comment and evidence on every statement, 25 own measures): time and pages,
   in this process.

4. Importing the largest legal exchange file (every comment and evidence at the 100,000
   character cap): how long the import's one write transaction lasts — that is how long the
   desktop app's own saves would have to wait — against the bare ``sqlite3`` module inserting
   the same rows in one transaction.

Usage: ``python benchmarks/bench_core.py [--quick]``. Prints a table; asserts nothing.
Targets: report ≤ 1.3× its floor and < 250 MB peak RSS; autosave p95 < 2 ms; the longest
texts give a report of the same order of pages as the demo in a few seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable

# Runs a command as a child and reports its wall time and peak RSS (Linux: KiB).
_MEASURE = """
import resource, subprocess, sys, time, json
t = time.perf_counter()
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
wall = time.perf_counter() - t
print(json.dumps({"rc": rc, "wall": wall,
                  "rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def measure(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run(
        [PY, "-c", _MEASURE, *cmd], capture_output=True, text=True, env=env, check=True
    )
    result: dict[str, float] = json.loads(out.stdout)
    if result["rc"] != 0:
        raise SystemExit(f"command failed: {' '.join(cmd)}")
    return result


# Drawn lines of the report per cell of the floor's tables: the floor then fills about as many
# pages as the report with the same words (15; one line per cell filled 37).
PER_CELL = 4


def floor_script(text_file: Path, rows: int, figures_file: Path, out_pdf: Path,
                 per_cell: int = PER_CELL) -> str:
    """The same work with the bare libraries: no guideline, no domain, no report code.

    The figures are the report's own matplotlib figures, pickled by the benchmark, so the
    floor draws exactly the same charts; the text is the report's text, laid out in
    tables of Paragraph cells that split across pages, as the report's tables do.
    """
    fonts = ROOT / "resources" / "fonts"
    return f"""
import io, os, pickle, sqlite3, tempfile
import sqlalchemy, sqlalchemy.orm  # the same imports the app pays for
from matplotlib.backends.backend_agg import FigureCanvasAgg
from PIL import Image as PILImage
from reportlab import rl_config
rl_config.useA85 = 0  # binary streams, as the app writes them
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Table
from xml.sax.saxutils import escape

d = tempfile.mkdtemp()
con = sqlite3.connect(os.path.join(d, "f.db"))
con.execute("PRAGMA journal_mode=WAL"); con.execute("PRAGMA synchronous=FULL")
con.execute("CREATE TABLE a (id INTEGER PRIMARY KEY, s TEXT, k TEXT, l INT, c TEXT)")
with con:
    con.executemany("INSERT INTO a (s, k, l, c) VALUES (?, 'rated', ?, '')",
                    [(f"S{{i}}", i % 5) for i in range({rows})])
con.close()

for name, file in (("S", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(name, os.path.join(r"{fonts}", file)))
style = getSampleStyleSheet()["BodyText"]
style.fontName = "S"
style.fontSize, style.leading = 8.5, 10.5  # the report's table cells
style.hyphenationLang = "de_DE"  # the report hyphenates with pyphen too
story = []
with open(r"{figures_file}", "rb") as fh:
    figures = pickle.load(fh)
for fig in figures:
    canvas = FigureCanvasAgg(fig)
    fig.set_dpi(150)
    canvas.draw()
    rgb = PILImage.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba())
    buf = io.BytesIO()
    rgb.convert("RGB").save(buf, format="PNG", compress_level=1)
    buf.seek(0)
    w, h = (v * 72 for v in fig.get_size_inches())
    story.append(Image(buf, width=min(w, 17 * cm), height=h * min(1, 17 * cm / w)))
lines = [ln for ln in open(r"{text_file}", encoding="utf-8").read().split("\\n") if ln.strip()]
# {per_cell} drawn lines of the report per table cell.
chunks = [" ".join(lines[i:i + {per_cell}]) for i in range(0, len(lines), {per_cell})]
for start in range(0, len(chunks), 40):
    cells = [[Paragraph(escape(c), style)] for c in chunks[start:start + 40]]
    story.append(Table(cells, colWidths=[17 * cm], repeatRows=1, splitInRow=1))
SimpleDocTemplate(r"{out_pdf}", pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                  topMargin=2 * cm, bottomMargin=2 * cm).build(story)
"""


def report_figures(work: Path) -> Path:
    """Pickle the demo report's figures for the floor (built like the report builds them)."""
    import pickle

    sys.path.insert(0, str(ROOT))
    from desktop_app.reporting import charts
    from desktop_app.reporting.model import build_model
    from desktop_app.services.workspace import Workspace

    ws = Workspace(work / "figures-data")
    try:
        ev = ws.evaluation(ws.create_demo("de"))
    finally:
        ws.close()
    model = build_model(ev, "de")
    figures = [
        charts.draw_radar(model.charts["dimensions"], "de", 9.6, ids_only=True),
        charts.draw_columns(model.charts["votes"], "de"),
        charts.draw_bars(model.charts["barriers"], "de", label_width=0.24),
    ]
    path = work / "figures.pickle"
    with path.open("wb") as fh:
        pickle.dump(figures, fh)
    return path


def bench_report(repeats: int) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MPLBACKEND="Agg")
    work = Path(tempfile.mkdtemp(prefix="wk-bench-"))
    try:
        app_pdf = work / "app.pdf"
        app_cmd = [PY, "-m", "desktop_app", "report", "--demo", "--output", str(app_pdf)]
        measure(app_cmd, env)  # warm caches (matplotlib font cache, .pyc files)
        # Lines as drawn (no -layout): the same words, not the padding between columns.
        text = subprocess.run(
            ["pdftotext", str(app_pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        text_file = work / "text.txt"
        text_file.write_text(text, encoding="utf-8")
        pdf_bytes = app_pdf.read_bytes()
        # Each chart is one image XObject; a soft mask, if any, is a second one.
        images = len(re.findall(rb"/Subtype /Image", pdf_bytes))
        charts = max(1, images - len(re.findall(rb"/SMask", pdf_bytes)))
        rows = 600  # answers + votes + plan rows of the demo, rounded up
        figures = report_figures(work)
        script = work / "floor.py"
        script.write_text(
            floor_script(text_file, rows, figures, work / "floor.pdf"), encoding="utf-8"
        )
        measure([PY, str(script)], env)  # warm
        app, floor = [], []
        for _ in range(repeats):
            app.append(measure(app_cmd, env))
            floor.append(measure([PY, str(script)], env))
        app_wall = statistics.median(r["wall"] for r in app)
        floor_wall = statistics.median(r["wall"] for r in floor)
        return {
            "app_wall_s": app_wall,
            "floor_wall_s": floor_wall,
            "ratio": app_wall / floor_wall,
            # The fastest runs are the least disturbed by other work on a shared machine.
            "ratio_of_fastest": min(r["wall"] for r in app) / min(r["wall"] for r in floor),
            "ratios_min": min(a["wall"] / f["wall"] for a, f in zip(app, floor, strict=True)),
            "ratios_max": max(a["wall"] / f["wall"] for a, f in zip(app, floor, strict=True)),
            "app_pages": pages(app_pdf),
            "floor_pages": pages(work / "floor.pdf"),
            "words": len(text.split()),
            "app_peak_rss_mb": max(r["rss_mb"] for r in app),
            "floor_peak_rss_mb": max(r["rss_mb"] for r in floor),
            "charts": charts,
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


def pages(pdf: Path) -> int:
    """Pages of a PDF: reportlab writes one "/Type /Page" object per page."""
    return len(re.findall(rb"/Type /Page\b", pdf.read_bytes()))


def bench_longest_texts() -> dict[str, float]:
    """The report of the longest legal texts: wall time in this process, and its pages."""
    sys.path.insert(0, str(ROOT))
    from desktop_app.content import load_guideline
    from desktop_app.paths import content_dir
    from desktop_app.reporting.pdf import render_report
    from tests.report_helpers import longest_texts_evaluation

    ev = longest_texts_evaluation(load_guideline(content_dir()))
    render_report(ev, "de")  # warm: fonts, matplotlib
    t = time.perf_counter()
    pdf = render_report(ev, "de")
    wall = time.perf_counter() - t
    return {"wall_s": wall, "pages": len(re.findall(rb"/Type /Page\b", pdf))}


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def bench_autosave(n: int) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    from datetime import date

    from desktop_app.domain.answers import Answer, AnswerKind
    from desktop_app.domain.assessment import NewAssessment, Phase
    from desktop_app.services.workspace import Workspace

    work = Path(tempfile.mkdtemp(prefix="wk-autosave-"))
    try:
        ws = Workspace(work / "app")
        aid = ws.create_assessment(NewAssessment(
            municipality="M", project="P", phase=Phase.PLANNING, held_on=date(2026, 1, 1)
        ))
        ids = [s.id for s in ws.guideline.statements]
        app: list[float] = []
        for i in range(n):
            ans = Answer(ids[i % len(ids)], AnswerKind.RATED, i % 5, comment=f"Kommentar {i}")
            t = time.perf_counter()
            ws.save_answer(aid, ans)
            app.append(time.perf_counter() - t)
        ws.close()

        con = sqlite3.connect(work / "floor.db", isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        con.execute("PRAGMA foreign_keys=ON")
        con.execute("CREATE TABLE assessment (id INTEGER PRIMARY KEY, updated_at TEXT)")
        con.execute("INSERT INTO assessment VALUES (1, '')")
        con.execute("""CREATE TABLE answer (id INTEGER PRIMARY KEY, assessment_id INT
            REFERENCES assessment(id), statement_id TEXT, kind TEXT, level INT, target INT,
            comment TEXT, evidence TEXT, flagged INT, updated_at TEXT,
            UNIQUE (assessment_id, statement_id))""")
        floor: list[float] = []
        for i in range(n):
            t = time.perf_counter()
            con.execute("BEGIN")
            con.execute(
                "INSERT INTO answer (assessment_id, statement_id, kind, level, target, comment,"
                " evidence, flagged, updated_at) VALUES (1, ?, 'rated', ?, NULL, ?, '', 0, ?)"
                " ON CONFLICT (assessment_id, statement_id) DO UPDATE SET kind=excluded.kind,"
                " level=excluded.level, comment=excluded.comment, updated_at=excluded.updated_at",
                (ids[i % len(ids)], i % 5, f"Kommentar {i}", "2026-01-01"),
            )
            con.execute("UPDATE assessment SET updated_at=? WHERE id=1", ("2026-01-01",))
            con.execute("COMMIT")
            floor.append(time.perf_counter() - t)
        con.close()
        return {
            "app_p95_ms": p95(app) * 1000,
            "floor_p95_ms": p95(floor) * 1000,
            "ratio_p95": p95(app) / p95(floor),
            "app_median_ms": statistics.median(app) * 1000,
            "floor_median_ms": statistics.median(floor) * 1000,
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


def bench_import_lock() -> dict[str, float]:
    """The write transaction of importing the largest legal file, against a bare insert."""
    sys.path.insert(0, str(ROOT))
    from sqlalchemy import event

    from desktop_app.domain.limits import LONG_TEXT
    from desktop_app.services.workspace import Workspace

    work = Path(tempfile.mkdtemp(prefix="wk-import-"))
    try:
        source = Workspace(work / "source")
        aid = source.create_demo("de")
        answers = source.answers(aid)
        for sid in [s.id for s in source.guideline.statements]:
            a = answers.get(sid)
            source.save_answer(aid, replace(a, comment="K" * LONG_TEXT, evidence="N" * LONG_TEXT))
        exchange = source.export(aid, work / "largest.json")
        source.close()

        target = Workspace(work / "target")
        engine = target.db.engine
        held: list[float] = []
        started: list[float] = []
        event.listen(engine, "begin", lambda _c: started.append(time.perf_counter()))
        event.listen(engine, "commit", lambda _c: held.append(time.perf_counter() - started[-1]))
        t = time.perf_counter()
        target.import_file(exchange)
        total = time.perf_counter() - t
        target.close()
        rows = [("x" * LONG_TEXT, "y" * LONG_TEXT) for _ in source.guideline.statements]

        con = sqlite3.connect(work / "floor.db", isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        con.execute("CREATE TABLE answer (id INTEGER PRIMARY KEY, comment TEXT, evidence TEXT)")
        floors = []
        for _ in range(3):  # the first round also creates the WAL; take the best
            t = time.perf_counter()
            con.execute("BEGIN")
            con.executemany("INSERT INTO answer (comment, evidence) VALUES (?, ?)", rows)
            con.execute("COMMIT")
            floors.append(time.perf_counter() - t)
            con.execute("DELETE FROM answer")
        floor = min(floors)
        con.close()
        return {
            "file_mb": exchange.stat().st_size / 1e6,
            "import_total_s": total,
            "lock_held_ms": max(held) * 1000,
            "transactions": len(held),
            "floor_ms": floor * 1000,
            "ratio": max(held) / floor,
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (CI smoke run)")
    args = parser.parse_args()
    report = bench_report(2 if args.quick else 5)
    autosave = bench_autosave(200 if args.quick else 1000)
    longest = bench_longest_texts()
    lock = bench_import_lock()
    print("report --demo vs floor (median wall, peak RSS):")
    for k, v in report.items():
        print(f"  {k:>20}: {v:8.3f}")
    print("report of the longest legal texts (in process):")
    for k, v in longest.items():
        print(f"  {k:>20}: {v:8.3f}")
    print("autosave commit vs bare sqlite3 (same pragmas):")
    for k, v in autosave.items():
        print(f"  {k:>20}: {v:8.3f}")
    print("write transaction of the largest legal import vs bare sqlite3 insert:")
    for k, v in lock.items():
        print(f"  {k:>20}: {v:8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
