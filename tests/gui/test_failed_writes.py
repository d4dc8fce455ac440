"""A write that fails is never dropped silently: the screen shows what is stored, the team
is told why, and typed text stays in its field until it can be stored."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.services.workspace import Workspace

pytestmark = pytest.mark.gui


@contextmanager
def write_lock(db: Path) -> Iterator[None]:
    """Hold SQLite's write lock from another connection, as a long CLI import would."""
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        con.rollback()
        con.close()


@pytest.fixture
def quick_ws(data_dir: Path) -> Iterator[Workspace]:
    # A short busy timeout: the test need not wait the real five seconds for the lock.
    ws = Workspace(data_dir, busy_timeout_ms=50)
    yield ws
    ws.close()


def errors(dialogs) -> list[str]:
    return [text for kind, _title, text in dialogs.asked if kind == "error"]


def test_a_rating_that_cannot_be_stored_is_shown_as_failed(
    qtbot, make_window, quick_ws, dialogs
):
    aid = quick_ws.create_demo("de")
    window = make_window(quick_ws)
    window.open_assessment(aid)
    wt, view = window.assessment.walkthrough, window.assessment.view.walkthrough
    sid = wt.current.id
    quick_ws.save_answer(aid, Answer(sid, AnswerKind.RATED, 2))
    wt.reload()

    with write_lock(quick_ws.database_path):
        qtbot.keyClick(view, "4")
    assert quick_ws.answers(aid).get(sid).level == 2
    # The screen shows what is stored, not what was pressed.
    checked = [b for b in view.levels.buttons if b.isChecked()]
    assert checked == [view.levels.buttons[2]]
    assert "Nicht gespeichert" in errors(dialogs)[0]
    assert "gesperrt" in errors(dialogs)[0]
    assert "Nicht gespeichert" in view.saved_hint.text()

    qtbot.keyClick(view, "4")  # the lock is gone: the same key now stores
    assert quick_ws.answers(aid).get(sid).level == 4
    assert view.levels.buttons[4].isChecked()


def test_typed_text_that_cannot_be_stored_stays_and_is_stored_later(
    qtbot, make_window, quick_ws, dialogs
):
    aid = quick_ws.create_demo("de")
    window = make_window(quick_ws)
    window.open_assessment(aid)
    wt, view = window.assessment.walkthrough, window.assessment.view.walkthrough
    sid = wt.current.id
    before = quick_ws.answers(aid).get(sid).comment
    view.comment_edit.setFocus()
    qtbot.keyClicks(view.comment_edit, " Nachtrag")

    with write_lock(quick_ws.database_path):
        wt.go_to(quick_ws.guideline.statements[5].id)
        # Navigation waits for the text: it stays on the statement, with the text.
        assert wt.current.id == sid
        assert view.comment_edit.toPlainText() == before + " Nachtrag"
        assert quick_ws.answers(aid).get(sid).comment == before
    assert errors(dialogs)

    qtbot.waitUntil(lambda: quick_ws.answers(aid).get(sid).comment == before + " Nachtrag")
    assert not wt.has_unsaved_text()


def test_closing_with_unstorable_text_asks_first(qtbot, make_window, quick_ws, dialogs):
    aid = quick_ws.create_demo("de")
    window = make_window(quick_ws)
    window.open_assessment(aid)
    view = window.assessment.view.walkthrough
    qtbot.keyClicks(view.comment_edit, "x")
    with write_lock(quick_ws.database_path):
        dialogs.confirms.append(False)  # "Trotzdem beenden?" – no, keep working
        window.close()
        assert window.isVisible()
    window.close()  # now it can be stored
    assert not window.isVisible()


def test_a_plan_edit_that_cannot_be_stored_is_reported(qtbot, make_window, quick_ws, dialogs):
    aid = quick_ws.create_demo("de")
    window = make_window(quick_ws)
    window.open_assessment(aid)
    window.show_tab(2)
    plan = window.assessment.plan
    key = plan.selected_item().key
    before = plan.selected_item().entry.owner
    plan.view.owner_edit.setFocus()
    qtbot.keyClicks(plan.view.owner_edit, "Frau Ay")
    with write_lock(quick_ws.database_path):
        assert not plan.flush()
    assert "Nicht gespeichert" in errors(dialogs)[0]
    assert {e.key: e.owner for e in quick_ws.plan_entries(aid)}.get(key, "") == before
    assert plan.view.owner_edit.text().endswith("Frau Ay")
    assert plan.flush()
    assert {e.key: e.owner for e in quick_ws.plan_entries(aid)}[key].endswith("Frau Ay")
