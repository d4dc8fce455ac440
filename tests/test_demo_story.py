"""The demo tells the story a workshop should see: eleven people, leadership rating higher
than staff, and about a dozen statements for the room to discuss — not a third of them."""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.perception import perceive
from desktop_app.services.session import WorkshopSession
from desktop_app.services.workspace import Workspace


def test_the_demo_room_discusses_a_dozen_statements_and_sees_leadership_apart(
    tmp_path: Path,
) -> None:
    ws = Workspace(tmp_path)
    try:
        aid = ws.create_demo("de")
        answers = ws.answers(aid)
        session = WorkshopSession(ws, aid)
        voted = [sid for sid, a in answers.answers.items() if a.votes]
        disputed = [sid for sid in voted if session.agreement(sid).disputed]
        assert 8 <= len(disputed) <= 16, len(disputed)
        assert "E9" in disputed  # the story's "Uneinig" statement
        people = {v.role_group: v.headcount for a in answers.answers.values() for v in a.votes}
        assert sum(people.values()) == 11 and people["Leitung"] == 3
        perception = perceive(ws.guideline, answers)
        assert "Leitung" in [g.key for g in perception.groups]
        assert any(f.high.key == "Leitung" and f.low.key == "Beschäftigte"
                   for f in perception.findings)
    finally:
        ws.close()
