"""The workshop session without Qt: operations, undo, hints, votes, events, two threads."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.answers import AnswerKind, AnswerState
from desktop_app.domain.assessment import NewAssessment, NewRespondent, Phase
from desktop_app.services.session import Changes, Filter, WorkshopSession
from desktop_app.services.workspace import Workspace


@pytest.fixture
def ws(data_dir: Path, guideline) -> Workspace:  # type: ignore[no-untyped-def]
    w = Workspace(data_dir)
    w.store.adopt(guideline)
    yield w
    w.close()


def new_session(ws: Workspace, *respondents: NewRespondent) -> WorkshopSession:
    aid = ws.create_assessment(
        NewAssessment(municipality="Stadt", project="Zwilling", phase=Phase.INTRODUCTION,
                      held_on=date(2026, 3, 4), respondents=tuple(respondents))
    )
    return WorkshopSession(ws, aid)


def test_every_operation_stores_at_once_and_says_what_changed(ws: Workspace) -> None:
    s = new_session(ws)
    seen: list[Changes] = []
    s.subscribe(seen.append)
    first = s.order[0].id

    r = s.rate(first, 2)
    assert r.changes.statements == {first} and r.hint is not None
    assert r.hint.text("de") == "Gespeichert"
    r = s.rate(first, 3)
    assert r.hint is not None and r.hint.text("de") == f"{first} geändert: 2 → 3"
    assert r.hint.text("en") == f"{first} changed: 2 → 3"
    assert not s.rate(first, 3).changed  # the same again changes nothing, tells nobody
    s.set_target(first, 4)
    s.set_flag(first, True)
    s.set_texts(first, "Kommentar", "Beleg")
    stored = ws.answers(s.assessment_id).get(first)
    assert (stored.level, stored.target, stored.flagged, stored.comment, stored.evidence) == (
        3, 4, True, "Kommentar", "Beleg")
    assert len(seen) == 5 and all(c.statements == {first} for c in seen)


def test_undo_restores_one_step_at_a_time_and_keeps_the_texts(ws: Workspace) -> None:
    s = new_session(ws)
    sid = s.order[0].id
    s.rate(sid, 1)
    s.set_texts(sid, "bleibt", "")
    s.rate(sid, 4)
    s.set_flag(sid, True)
    assert s.undo(sid).hint.text("de") == f"Rückgängig: {sid} nicht mehr „später besprechen“"
    hint = s.undo(sid).hint
    level_1 = s.guideline.scale[1].label.de
    assert hint is not None and hint.text("de") == f"Rückgängig: {sid} wieder „1 – {level_1}“"
    stored = ws.answers(s.assessment_id).get(sid)
    assert (stored.level, stored.flagged, stored.comment) == (1, False, "bleibt")
    s.undo(sid)
    assert ws.answers(s.assessment_id).get(sid).kind is None
    r = s.undo(sid)
    assert not r.changed and r.hint is not None and "Nichts rückgängig" in r.hint.text("de")


def test_votes_without_consensus_are_their_own_state(ws: Workspace) -> None:
    s = new_session(ws, NewRespondent("Leitung", "Leitung", 2),
                    NewRespondent("Fachbereich", "Beschäftigte", 5))
    sid = s.order[0].id
    lead, staff = (r.id for r in s.respondents)
    s.record_vote(lead, sid, AnswerKind.RATED, 4)
    s.record_vote(staff, sid, AnswerKind.RATED, 1)
    assert s.state(sid) is AnswerState.CONSENSUS_MISSING
    assert s.settled_count() == 0 and s.consensus_missing() == [sid]
    assert s.matches(sid, Filter.OPEN)
    # Five of seven voters at 1, two at 4: the median is 1, and 2 of 7 lie far from it.
    agreement = s.agreement(sid)
    assert agreement.median == 1 and agreement.voters == 7 and agreement.disputed
    assert s.adopt_median(sid).hint.text("de") == f"{sid}: Median 1 als Konsens übernommen"
    assert s.state(sid) is AnswerState.RATED and s.settled_count() == 1


def test_navigation_follows_filters_and_never_writes(ws: Workspace) -> None:
    s = new_session(ws)
    ids = [st.id for st in s.order]
    s.rate(ids[0], 2)
    s.set_flag(ids[5], True)
    s.rate(ids[5], 1)
    before = ws.answers(s.assessment_id).answers
    assert s.step(ids[0], +1) == ids[1]
    assert s.step(ids[0], -1) is None
    assert s.step(ids[0], +1, Filter.FLAGGED) == ids[5]
    assert s.jump(ids[5], Filter.ALL) == ids[6]  # next without a consensus
    assert s.jump(ids[6], Filter.FLAGGED) == ids[5]  # wraps around
    assert s.first_open() == ids[1]
    assert s.end_hint().text("de") == f"Ende erreicht – noch {len(ids) - 2} Aussagen offen"
    assert ws.answers(s.assessment_id).answers == before


def test_the_same_session_from_two_threads_loses_and_tears_nothing(ws: Workspace) -> None:
    """The GUI rates while a server thread records phone votes, at the same moment."""
    s = new_session(ws, *(NewRespondent(f"Telefon {i}", "Fachbereich") for i in range(4)))
    ids = [st.id for st in s.order][:30]
    respondents = [r.id for r in s.respondents]
    events: list[Changes] = []
    lock = threading.Lock()

    def listen(c: Changes) -> None:
        with lock:
            events.append(c)

    s.subscribe(listen)
    start = threading.Barrier(2)

    def gui() -> None:
        start.wait()
        for n, sid in enumerate(ids):
            s.rate(sid, n % 5)
            s.set_texts(sid, f"Kommentar {sid}", "")

    def server() -> None:
        start.wait()
        for n, sid in enumerate(ids):
            for rid in respondents:
                s.record_vote(rid, sid, AnswerKind.RATED, (n + rid) % 5)

    threads = [threading.Thread(target=gui), threading.Thread(target=server)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=120)
    stored = ws.answers(s.assessment_id)
    for n, sid in enumerate(ids):
        a = stored.get(sid)
        assert (a.kind, a.level, a.comment) == (AnswerKind.RATED, n % 5, f"Kommentar {sid}")
        assert sorted(v.level for v in a.votes) == sorted((n + r) % 5 for r in respondents)
        assert s.answer(sid).votes == a.votes  # the session's view equals what is stored
    assert len(events) == 2 * len(ids) + len(ids) * len(respondents)
