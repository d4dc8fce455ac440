"""Phones vote through the workshop session over real HTTP; results stay hidden until the
round closes; a second round asks again; `wandelkompass serve` runs it without the GUI."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest

from desktop_app.domain.assessment import NewAssessment, Phase, RoleGroup
from desktop_app.services.session import Changes, WorkshopSession
from desktop_app.services.voting import SessionVoting
from desktop_app.services.workspace import Workspace
from desktop_app.web.server import VotingServer

ROOT = Path(__file__).resolve().parent.parent
GROUPS = (RoleGroup("Verwaltungsvorstand", 2), RoleGroup("Fachbereich", 3), RoleGroup("IT", 2))


@pytest.fixture
def ws(data_dir: Path, guideline) -> Iterator[Workspace]:  # type: ignore[no-untyped-def]
    w = Workspace(data_dir)
    w.store.adopt(guideline)
    yield w
    w.close()


@pytest.fixture
def session(ws: Workspace) -> WorkshopSession:
    aid = ws.create_assessment(
        NewAssessment(municipality="Stadt", project="Zwilling", phase=Phase.INTRODUCTION,
                      held_on=date(2026, 3, 4), role_groups=GROUPS)
    )
    return WorkshopSession(ws, aid)


def device(n: int) -> str:
    return f"telefon-{n:04d}-abcdefgh"


class Phone:
    """One participant's phone: its own address in the room (a loopback address of its own)."""

    def __init__(self, base: str, n: int) -> None:
        transport = httpx.HTTPTransport(local_address=f"127.0.0.{n + 2}")
        self.client = httpx.Client(transport=transport)
        self.base, self.id = base, device(n)

    def close(self) -> None:
        self.client.close()

    def ballot(self) -> dict[str, object]:
        return self.client.get(self.base + "api/ballot").json()  # type: ignore[no-any-return]

    def post(self, path: str, body: dict[str, object]) -> httpx.Response:
        return self.client.post(self.base + path, json=body)

    def join(self, group: str) -> httpx.Response:
        return self.post("api/join", {"device": self.id, "role_group": group})

    def vote(self, sid: str, level: int | None, kind: str = "rated") -> httpx.Response:
        return self.client.put(self.base + "api/vote", json={
            "device": self.id, "statement": sid, "kind": kind, "level": level})


@pytest.fixture
def phones() -> Iterator[list[Phone]]:
    """Phones a test creates; all closed afterwards."""
    made: list[Phone] = []
    yield made
    for phone in made:
        phone.close()


@pytest.fixture
def served(session: WorkshopSession) -> Iterator[tuple[WorkshopSession, SessionVoting, str]]:
    voting = SessionVoting(session)
    server = VotingServer(voting)
    session.start_round([st.id for st in session.order][:5])
    url = server.start("127.0.0.1")
    try:
        yield session, voting, url
    finally:
        server.stop()


def test_a_round_from_phones_to_the_consensus(served, phones) -> None:  # type: ignore[no-untyped-def]
    session, voting, url = served
    seen: list[Changes] = []
    session.subscribe(seen.append)
    ids = [st.id for st in session.order][:5]
    groups = {g.name: g.uuid for g in session.role_groups}
    phones.extend(Phone(url, n) for n in range(7))
    ballot = phones[0].ballot()
    assert [s["id"] for s in ballot["statements"]] == ids
    assert {g["label"]["de"] for g in ballot["role_groups"]} == set(groups)
    for phone, group in zip(phones, ["Verwaltungsvorstand"] * 2 + ["Fachbereich"] * 3
                            + ["IT"] * 2, strict=True):
        assert phone.join(groups[group]).status_code in (200, 204)
    for n, phone in enumerate(phones):
        for sid in ids:
            assert phone.vote(sid, 4 if n < 2 else 1).status_code in (200, 204)
    assert phones[0].vote(ids[0], 3).status_code in (200, 204)  # changed before the close

    # While the round is open: stored, counted, but shown nowhere.
    progress = voting.progress()
    assert progress is not None and progress.open
    assert (progress.joined, progress.complete, progress.votes) == (7, 7, 35)
    assert all(not session.answer(sid).votes for sid in ids)
    assert any(c.round_progress for c in seen) and not any(c.votes for c in seen)

    session.close_round()
    assert phones[1].vote(ids[0], 2).json() == {"error": "round_closed"}
    first = session.answer(ids[0])
    assert sorted(v.level for v in first.votes) == [1, 1, 1, 1, 1, 3, 4]
    assert {v.respondent for v in first.votes} == {f"Gerät {n}" for n in range(1, 8)}
    assert session.agreement(ids[1]).median == 1 and session.agreement(ids[1]).disputed
    assert session.adopt_median(ids[2]).changed


def test_a_second_round_asks_again_and_replaces_the_first(served, phones) -> None:  # type: ignore[no-untyped-def]
    session, voting, url = served
    sid = session.order[0].id
    group = session.role_groups[0].uuid
    phones.extend(Phone(url, n) for n in range(3))
    for phone in phones:
        phone.join(group)
        phone.vote(sid, 0)
    session.close_round()
    assert [v.level for v in session.answer(sid).votes] == [0, 0, 0]
    second = session.start_round([sid])
    assert second.number == 2
    ballot = phones[0].ballot()
    assert ballot["round"] == 2 and [s["id"] for s in ballot["statements"]] == [sid]
    for phone in phones:
        phone.vote(sid, 3)
    assert [v.level for v in session.answer(sid).votes] == [0, 0, 0]  # still hidden
    session.close_round()
    assert [v.level for v in session.answer(sid).votes] == [3, 3, 3]
    history = session.vote_history(sid)
    assert sorted(history) == [1, 2] and [v.level for v in history[1]] == [0, 0, 0]


def test_dot_voting_counts_join_the_distribution(session: WorkshopSession) -> None:
    sid = session.order[0].id
    session.record_tally(sid, "Fachbereich", {"1": 2, "3": 1})
    session.record_tally(sid, "IT", {"unknown": 1, "2": 1})
    answer = session.answer(sid)
    assert answer.distribution() == {0: 0, 1: 2, 2: 1, 3: 1, 4: 0}
    assert session.agreement(sid).voters == 4
    session.record_tally(sid, "Fachbereich", {"2": 3})  # typed again: replaces the counts
    assert session.answer(sid).distribution() == {0: 0, 1: 0, 2: 4, 3: 0, 4: 0}


def test_serve_prints_the_address_first_and_closes_the_round_on_interrupt(
    tmp_path: Path, phones: list[Phone]
) -> None:
    data = tmp_path / "data"
    ws = Workspace(data)
    aid = ws.create_demo("de")
    before = {sid: len(a.votes) for sid, a in ws.answers(aid).answers.items()}
    ws.close()
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data), "serve",
         "--assessment", str(aid), "--dimension", "B"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "WANDELKOMPASS_LANG": "de"},
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/")
        phone = Phone(url, 1)
        phones.append(phone)
        ballot = phone.ballot()
        ids = [s["id"] for s in ballot["statements"]]
        assert ids and all(sid.startswith("B") for sid in ids)
        phone.join(ballot["role_groups"][0]["id"])
        for sid in ids:
            assert phone.vote(sid, 2).status_code in (200, 204)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert f"{len(ids)} Stimmen gespeichert" in out
    ws = Workspace(data)
    after = ws.answers(aid).answers
    assert all(len(after[sid].votes) == 1 and after[sid].votes[0].level == 2 for sid in ids)
    changed = {sid: (n, len(after[sid].votes)) for sid, n in before.items()
               if sid not in ids and len(after[sid].votes) != n}
    assert changed == {}
    ws.close()
