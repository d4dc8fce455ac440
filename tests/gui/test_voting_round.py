"""A whole round in the desktop app: open, phones vote over HTTP, close, the consensus board
by keyboard, a second round on the disputed statements; and both fallbacks by keyboard."""

from __future__ import annotations

from datetime import date

import httpx
import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.answers import AnswerKind
from desktop_app.domain.assessment import NewAssessment, Phase, RoleGroup
from desktop_app.services.session import BoardStatus
from desktop_app.ui.views.assessment_view import TAB_VOTING
from desktop_app.ui.views.voting_view import PAGE_BOARD, PAGE_RUNNING, SCOPE_DIMENSION

pytestmark = pytest.mark.gui

GROUPS = (RoleGroup("Verwaltungsvorstand", 2), RoleGroup("Fachbereich", 3),
          RoleGroup("IT", 2), RoleGroup("Personalrat", 1), RoleGroup("Pilotnutzende", 3))


def _assessment(workspace) -> int:
    return workspace.create_assessment(
        NewAssessment(municipality="Stadt Lindenfeld", project="Digitaler Zwilling",
                      phase=Phase.INTRODUCTION, held_on=date(2026, 9, 15), role_groups=GROUPS)
    )


class Phone:
    def __init__(self, url: str, n: int) -> None:
        self.client = httpx.Client(
            transport=httpx.HTTPTransport(local_address=f"127.0.0.{n + 2}"))
        self.url, self.device = url, f"gui-phone-{n:04d}-abcdef"

    def join(self, group: str) -> None:
        r = self.client.post(self.url + "api/join", json={"device": self.device,
                                                           "role_group": group})
        assert r.status_code in (200, 204), r.text

    def vote(self, sid: str, level: int) -> None:
        r = self.client.put(self.url + "api/vote", json={
            "device": self.device, "statement": sid, "kind": "rated", "level": level})
        assert r.status_code in (200, 204), r.text


def test_a_whole_round_from_start_to_consensus(qtbot, make_window, workspace, dialogs):
    aid = _assessment(workspace)
    window = make_window(workspace)
    window.open_assessment(aid)
    window.show_tab(TAB_VOTING)
    vc = window.assessment.voting
    view = window.assessment.view.voting
    view.scope_buttons[SCOPE_DIMENSION].setChecked(True)
    view.dimension_combo.setCurrentIndex(view.dimension_combo.findData("B"))
    view.address_combo.setCurrentIndex(view.address_combo.findData("127.0.0.1"))
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert view.pages.currentIndex() == PAGE_RUNNING, dialogs.asked
    assert not view.qr.pixmap().isNull()
    url = "http://" + view.url_label.text()
    ids = list(vc.session.open_round.statement_ids)
    assert ids and all(sid.startswith("B") for sid in ids)

    groups = {g.name: g.uuid for g in vc.session.role_groups}
    people = (["Verwaltungsvorstand"] * 2 + ["Fachbereich"] * 3 + ["IT"] * 2 + ["Personalrat"]
              + ["Pilotnutzende"] * 3)
    phones = [Phone(url, n) for n in range(len(people))]
    try:
        for phone, group in zip(phones, people, strict=True):
            phone.join(groups[group])
        for n, phone in enumerate(phones):
            for k, sid in enumerate(ids):
                # The first statement splits the room (leadership, departments and staff
                # council at 4, IT and pilot users at 1); the others are close to agreement.
                phone.vote(sid, (4 if n < 5 or n == 7 else 1) if k == 0
                           else 2 + (n % 2 if k == 1 else 0))
    finally:
        for phone in phones:
            phone.client.close()
    qtbot.waitUntil(lambda: "angemeldet: 11" in view.counts.text())
    qtbot.waitUntil(lambda: "fertig: 11" in view.counts.text())
    # While the round is open, the projector shows counts only: no distribution anywhere.
    assert not vc.session.answer(ids[0]).votes

    qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    assert vc.server is None and vc.session.open_round is None
    assert view.pages.currentIndex() == PAGE_BOARD
    model = vc.model
    assert model.row_at(0).statement_id == ids[0]
    assert model.row_at(0).status is BoardStatus.DISPUTED  # disputed first
    board = view.board

    # All agreed statements at once (Ctrl+Enter), then the disputed one by keyboard.
    qtbot.keyClick(board, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    for sid in ids[1:]:
        assert vc.session.answer(sid).settled, sid
    board.selectRow(model.row_of(ids[0]))
    qtbot.keyClick(board, "2")
    assert view.rationale_edit.hasFocus()
    qtbot.keyClicks(view.rationale_edit, "Leitung sieht den Stand positiver")
    qtbot.keyClick(view.rationale_edit, Qt.Key.Key_Return)
    stored = workspace.answers(aid).get(ids[0])
    assert (stored.kind, stored.level) == (AnswerKind.RATED, 2)
    assert stored.rationale == "Leitung sieht den Stand positiver"
    assert model.row_at(model.row_of(ids[0])).unsupported  # nobody voted 2 on it

    # A second round on the disputed statement only.
    qtbot.mouseClick(view.second_round_button, Qt.MouseButton.LeftButton)
    assert view.pages.currentIndex() == PAGE_RUNNING
    assert vc.session.open_round.statement_ids == (ids[0],)
    qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    assert vc.session.rounds[-1].number == 2


def test_the_dot_voting_tally_by_keyboard(qtbot, make_window, workspace, dialogs):
    aid = _assessment(workspace)
    window = make_window(workspace)
    window.open_assessment(aid)
    first = window.assessment.walkthrough.current.id
    second = window.assessment.session.step(first, +1)

    def type_counts(dialog) -> bool:
        # Verwaltungsvorstand: 2 at level 3; Fachbereich: 3 at level 1; Enter stores.
        dialog.fields[("Verwaltungsvorstand", "3")].setFocus()
        qtbot.keyClicks(dialog.fields[("Verwaltungsvorstand", "3")], "2")
        dialog.fields[("Fachbereich", "1")].setFocus()
        qtbot.keyClicks(dialog.fields[("Fachbereich", "1")], "3")
        assert "5 Personen" in dialog.total.text() and "erwartet: 11" in dialog.total.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert second in dialog.statement.text()  # on to the next statement
        return True

    dialogs.dialog_handlers.append(type_counts)
    window.show_tab(TAB_VOTING)
    qtbot.mouseClick(window.assessment.view.voting.tally_button, Qt.MouseButton.LeftButton)
    answer = workspace.answers(aid).get(first)
    assert answer.distribution() == {0: 0, 1: 3, 2: 0, 3: 2, 4: 0}
    assert all(v.tally for v in answer.votes)


def test_voting_in_turn_on_the_laptop(qtbot, make_window, workspace, dialogs):
    aid = _assessment(workspace)
    window = make_window(workspace)
    window.open_assessment(aid)
    view = window.assessment.view.voting
    view.scope_buttons[SCOPE_DIMENSION].setChecked(True)
    view.dimension_combo.setCurrentIndex(view.dimension_combo.findData("A"))
    ids = [st.id for st in workspace.guideline.dimension("A").statements]

    def two_people(dialog) -> bool:
        for group_key, level in (("1", 3), ("3", 1)):
            qtbot.keyClick(dialog, Qt.Key.Key_Return)  # "Ich bin dran"
            qtbot.keyClick(dialog, group_key)
            for _ in ids:
                qtbot.keyClick(dialog, str(level))
                qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert "Bisher abgestimmt: 2" in dialog.done_note.text()
        return True

    dialogs.dialog_handlers.append(two_people)
    window.show_tab(TAB_VOTING)
    qtbot.mouseClick(view.turns_button, Qt.MouseButton.LeftButton)
    assert view.pages.currentIndex() == PAGE_BOARD
    for sid in ids:
        votes = workspace.answers(aid).get(sid).votes
        assert sorted((v.role_group, v.level) for v in votes) == [
            ("IT", 1), ("Verwaltungsvorstand", 3)]
