"""``wandelkompass serve``: one voting round with the phone page, without the desktop app.

For kiosks, tests and rooms where the laptop runs headless. Opens a round on the chosen
statements, prints the participants' address as the first line of output, and serves until
interrupted (Ctrl+C); then it closes the round, so the votes become visible, and stops.
"""

from __future__ import annotations

import argparse
import sys
import threading

from desktop_app.services.session import WorkshopSession
from desktop_app.services.voting import SessionVoting
from desktop_app.services.workspace import Workspace
from desktop_app.texts import t, tn


def round_statements(session: WorkshopSession, args: argparse.Namespace) -> list[str]:
    """The statements the round asks: all, one dimension's, or a list (refusing unknown ids)."""
    g = session.guideline
    if args.dimension:
        try:
            return [st.id for st in g.dimension(args.dimension.strip().upper()).statements]
        except KeyError:
            raise ValueError(args.dimension) from None
    if args.statements:
        ids = [part.strip() for part in args.statements.split(",") if part.strip()]
        unknown = [sid for sid in ids if not g.has_statement(sid)]
        if unknown or not ids:
            raise ValueError(", ".join(unknown) or args.statements)
        return ids
    return [st.id for st in session.order]


def serve(ws: Workspace, args: argparse.Namespace, lang: str, stop: threading.Event | None = None
          ) -> int:
    from desktop_app.web.server import VotingServer

    session = WorkshopSession(ws, args.assessment)
    try:
        ids = round_statements(session, args)
    except ValueError as exc:
        print(t("serve.unknown_statements", lang, ids=exc), file=sys.stderr)
        return 2
    started = session.start_round(ids)
    server = VotingServer(SessionVoting(session))
    try:
        url = server.start(args.host, args.port, advertised_host=args.advertise)
    except (OSError, ValueError, RuntimeError) as exc:
        session.close_round()
        print(t("serve.cannot_start", lang, host=args.host, port=args.port, detail=exc),
              file=sys.stderr)
        return 1
    print(url, flush=True)
    print(t("serve.running", lang, round=started.number,
            statements=tn("count.statements", len(ids), lang)), flush=True)
    waiter = stop or threading.Event()
    try:
        while not waiter.wait(1.0):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        closed = session.close_round()
        votes = len(session.round_votes(closed.number)) if closed else 0
        print(t("serve.closed", lang, round=started.number, votes=votes), flush=True)
    return 0
