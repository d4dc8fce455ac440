"""A room of phones voting at once: vote latency through the app's own server, against a floor.

30 simulated phones (each on its own loopback address, as each phone has its own address in
the room) join a round over all statements and vote on every one of them at the same time,
through the real phone-page server, the ``SessionVoting`` port and the workshop session into
SQLite (WAL, ``synchronous=FULL``). The floor is a bare Starlette endpoint on the same
uvicorn stack that writes one row per request into SQLite with the same durability, driven
by the same clients in the same run. Prints p50/p95 latency of both, their ratio, and checks
that every vote was stored exactly once (the target: none lost or doubled; p95 < 100 ms).

Usage: ``python benchmarks/bench_voting.py [--phones 30] [--quick]``
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def drive(phones: int, votes_each: int, request: Callable[[object, int, int], None],
          client_for: Callable[[int], object]) -> list[float]:
    """Every phone casts ``votes_each`` votes at once; the latency of each request, in ms."""
    latencies: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(phones)

    def phone(n: int) -> None:
        client = client_for(n)
        mine: list[float] = []
        start.wait()
        for k in range(votes_each):
            began = time.perf_counter()
            request(client, n, k)
            mine.append((time.perf_counter() - began) * 1000)
        with lock:
            latencies.extend(mine)
        client.close()  # type: ignore[attr-defined]

    threads = [threading.Thread(target=phone, args=(n,)) for n in range(phones)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return latencies


def client_for(n: int) -> object:
    import httpx

    return httpx.Client(transport=httpx.HTTPTransport(local_address=f"127.0.0.{n + 2}"))


def device(n: int) -> str:
    return f"bench-phone-{n:04d}-xxxxxxxx"


def run_app(work: Path, phones: int) -> tuple[list[float], int, int]:
    from desktop_app.services.session import WorkshopSession
    from desktop_app.services.voting import SessionVoting
    from desktop_app.services.workspace import Workspace
    from desktop_app.storage.repository import DEVICE_LABEL  # noqa: F401 - storage is loaded
    from desktop_app.web.server import VotingServer

    ws = Workspace(work / "app")
    aid = ws.create_demo("de")
    session = WorkshopSession(ws, aid)
    ids = [st.id for st in session.order]
    session.start_round(ids)
    server = VotingServer(SessionVoting(session))
    url = server.start("127.0.0.1")
    group = session.role_groups[0].uuid
    for n in range(phones):
        c = client_for(n)
        c.post(url + "api/join", json={"device": device(n), "role_group": group})  # type: ignore[attr-defined]
        c.close()  # type: ignore[attr-defined]

    def vote(client: object, n: int, k: int) -> None:
        r = client.put(url + "api/vote", json={  # type: ignore[attr-defined]
            "device": device(n), "statement": ids[k], "kind": "rated", "level": (n + k) % 5})
        if r.status_code not in (200, 204):
            raise RuntimeError(f"vote refused: {r.status_code} {r.text}")

    latencies = drive(phones, len(ids), vote, client_for)
    server.stop()
    session.close_round()
    con = sqlite3.connect(ws.database_path)
    stored, distinct = con.execute(
        "SELECT COUNT(*), COUNT(DISTINCT respondent_id || ':' || statement_id) FROM vote "
        "JOIN respondent ON respondent.id = vote.respondent_id "
        "WHERE respondent.device IS NOT NULL AND vote.round = ?",
        (session.rounds[-1].number,),
    ).fetchone()
    con.close()
    ws.close()
    return latencies, stored, distinct


def run_floor(work: Path, phones: int, votes_each: int) -> list[float]:
    """The same HTTP stack and durability, doing nothing but one insert per request."""
    import socket

    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    db = work / "floor.sqlite3"
    con = sqlite3.connect(db, check_same_thread=False, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE vote (device TEXT, statement TEXT, level INT, "
                "UNIQUE (device, statement))")
    lock = threading.Lock()

    async def put(request: Request) -> Response:
        body = await request.json()
        with lock:
            con.execute("INSERT OR REPLACE INTO vote VALUES (?, ?, ?)",
                        (body["device"], body["statement"], body["level"]))
        return Response(status_code=204)

    app = Starlette(routes=[Route("/vote", put, methods=["PUT"])])
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(app, log_config=None, access_log=False, loop="asyncio",
                            http="h11", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    url = f"http://127.0.0.1:{sock.getsockname()[1]}/vote"

    def vote(client: object, n: int, k: int) -> None:
        client.put(url, json={"device": device(n), "statement": f"S{k}",  # type: ignore[attr-defined]
                              "level": k % 5})

    latencies = drive(phones, votes_each, vote, client_for)
    server.should_exit = True
    thread.join(10)
    con.close()
    return latencies


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--phones", type=int, default=30)
    parser.add_argument("--quick", action="store_true", help="10 phones (CI smoke run)")
    args = parser.parse_args()
    phones = 10 if args.quick else args.phones
    with tempfile.TemporaryDirectory(prefix="wk-bench-voting-") as tmp:
        work = Path(tmp)
        app, stored, distinct = run_app(work, phones)
        floor = run_floor(work, phones, len(app) // phones)
    expected = len(app)
    rows = {
        "phones": phones,
        "votes": expected,
        "stored": stored,
        "stored_distinct": distinct,
        "app_p50_ms": statistics.median(app),
        "app_p95_ms": percentile(app, 0.95),
        "floor_p50_ms": statistics.median(floor),
        "floor_p95_ms": percentile(floor, 0.95),
    }
    rows["ratio_p95"] = rows["app_p95_ms"] / rows["floor_p95_ms"]
    for key, value in rows.items():
        print(f"{key:>22}: {value:.3f}" if isinstance(value, float) else f"{key:>22}: {value}")
    if stored != expected or distinct != expected:
        print("VOTES LOST OR DOUBLED", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
