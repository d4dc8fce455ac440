"""A region's comparison at scale, on the SQLite file and on a PostgreSQL server, against floors.

Fills each store with a synthetic region (``scripts/synthetic_region.py``: by default 100
municipalities × 3 assessments × 11 voters, most of them sharing) and times, per store:

* ``comparison``: ``Workspace.comparison`` for one municipality (its evaluation, its
  membership and the peer group's quartiles from the database's comparison view);
* ``coordinator``: the quartiles of every peer group from the comparison view (what the
  region's coordinator reads);
* ``region``: ``comparison`` for every municipality's latest assessment, one after another;
* ``pdf``: the comparison section rendered alone (``pdf.render_comparison``).

The floors are measured in the same run on the same store: ``floor_read`` is one bare
``SELECT`` of every shared score through the same engine (the least any comparison must
read), ``floor_evaluate`` the evaluation of the assessment alone (what the own scores cost),
``floor_pdf`` a bare reportlab document with a table of the same size. Each figure is the
median of ``--repeat`` runs; the ratio is figure / floor. The target: a municipality's
comparison, in a region of this size, in under 1 s on PostgreSQL.

Usage: ``python benchmarks/bench_region.py [--municipalities 100] [--assessments 3]
[--voters 11] [--repeat 5] [--quick] [--sqlite-only]``
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def floor_pdf(rows: int) -> bytes:
    """A bare reportlab document with one table of ``rows`` lines of seven cells."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    buffer = io.BytesIO()
    data = [[f"{r}.{c}" for c in range(7)] for r in range(rows + 1)]
    SimpleDocTemplate(buffer, pagesize=A4).build([Table(data, repeatRows=1)])
    return buffer.getvalue()


def measure(label: str, work: Path, url: str, args: argparse.Namespace) -> dict[str, float]:
    from sqlalchemy import text
    from synthetic_region import generate

    from desktop_app.domain.region import SizeClass
    from desktop_app.reporting.model.comparison import build_comparison
    from desktop_app.reporting.pdf import render_comparison
    from desktop_app.services.workspace import Workspace
    from desktop_app.storage import comparison

    ws = Workspace(work / label, database_url=url)
    try:
        figures = generate(ws, args.municipalities, args.assessments, args.voters)
        # A municipality whose peer group has five sharing members (a full comparison).
        one = next((a for a in figures.latest if ws.comparison(a).has_peers), None)
        if one is None:
            raise SystemExit("no peer group of five or more: a larger region is needed")
        ev = ws.evaluation(one)
        cmp = ws.comparison(one)
        section = build_comparison(cmp, ev.guideline, ev.info.municipality, "de")

        def read_all() -> None:
            with ws.db.connection() as conn:
                conn.execute(text("SELECT municipality_id, key, percent FROM shared_score"))\
                    .fetchall()

        def coordinator() -> None:  # every peer group's quartiles, as the coordinator reads
            for size in SizeClass:
                comparison.peer_figures(ws.db, size)

        def region() -> None:
            for aid in figures.latest:
                ws.comparison(aid)

        return {
            "load_s": figures.seconds,
            "votes": float(figures.votes),
            "comparison_ms": median_seconds(lambda: ws.comparison(one), args.repeat) * 1000,
            "coordinator_ms": median_seconds(coordinator, args.repeat) * 1000,
            "region_ms": median_seconds(region, max(1, args.repeat // 2)) * 1000,
            "floor_read_ms": median_seconds(read_all, args.repeat) * 1000,
            "floor_evaluate_ms": median_seconds(lambda: ws.evaluation(one), args.repeat) * 1000,
            "pdf_ms": median_seconds(lambda: render_comparison(section, "de"),
                                     args.repeat) * 1000,
            "floor_pdf_ms": median_seconds(lambda: floor_pdf(len(section.lines)),
                                           args.repeat) * 1000,
        }
    finally:
        ws.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--municipalities", type=int, default=100)
    parser.add_argument("--assessments", type=int, default=3)
    parser.add_argument("--voters", type=int, default=11)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="20 × 2 × 5 (CI smoke run)")
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    if args.quick:
        args.municipalities, args.assessments, args.voters, args.repeat = 20, 2, 5, 3

    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="wk-bench-region-") as tmp:
        work = Path(tmp)
        results["sqlite"] = measure("sqlite", work, "", args)
        if not args.sqlite_only:
            from tests.helpers.pg_cluster import ServerUnavailable, start_cluster

            try:
                cluster = start_cluster()
            except ServerUnavailable as exc:
                print(f"no PostgreSQL server: {exc}", file=sys.stderr)
                return 2
            try:
                cluster.execute('CREATE DATABASE "bench_region"')
                results["postgresql"] = measure("postgresql", work,
                                                cluster.url("bench_region"), args)
            finally:
                cluster.stop()

    print(f"region: {args.municipalities} municipalities × {args.assessments} assessments × "
          f"{args.voters} voters")
    for store, rows in results.items():
        rows["ratio_comparison"] = rows["comparison_ms"] / rows["floor_read_ms"]
        rows["ratio_coordinator"] = rows["coordinator_ms"] / rows["floor_read_ms"]
        rows["ratio_comparison_evaluate"] = rows["comparison_ms"] / rows["floor_evaluate_ms"]
        rows["ratio_pdf"] = rows["pdf_ms"] / rows["floor_pdf_ms"]
        print(store)
        for key, value in rows.items():
            print(f"{key:>22}: {value:.3f}")
    slow = [s for s, r in results.items() if r["comparison_ms"] >= 1000]
    if "postgresql" in slow:
        print("a municipality's comparison took 1 s or more on PostgreSQL", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
