"""Random sessions through the real window: stored data equals what the edits alone imply.

A hypothesis state machine opens the demo assessment at a random resume position and then
navigates, types, rates, votes, undoes, switches tabs, language and presentation mode,
reopens and restarts, in random order. After every step the database must hold exactly the
answers and votes the *edits* in that sequence imply — navigation, opening, resuming and
closing contribute nothing. Typed text waits for a pause in typing (a rule of its own);
until a step that must store it, the database may hold the text from before the typing.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.services.workspace import Workspace
from desktop_app.ui.background import SyncRunner
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.session_memory import SessionMemory
from desktop_app.ui.theme import Theme

pytestmark = pytest.mark.gui

Decision = tuple[AnswerKind | None, int | None, int | None, bool]
# ASCII letters and spaces (QTest types no other keys); digits and Return are walk-through
# keys, and umlauts in stored text are tested elsewhere.
TYPED = st.text(alphabet="abcxyz ", min_size=1, max_size=6)


@dataclass
class Expected:
    """What the database must hold for one statement."""

    answer: Answer
    # Text typed and not yet certainly stored: every state the field went through.
    comments: list[str] = field(default_factory=list)
    evidences: list[str] = field(default_factory=list)


def decision(a: Answer) -> Decision:
    return (a.kind, a.level, a.target, a.flagged)


class WalkthroughSession(RuleBasedStateMachine):
    def __init__(self, qtbot, qapp, language, dialogs) -> None:
        super().__init__()
        self.qtbot, self.qapp, self.language, self.dialogs = qtbot, qapp, language, dialogs
        self.tmp = Path(tempfile.mkdtemp(prefix="wk-stateful-"))
        self.ws = Workspace(self.tmp / "data")
        self.window: MainWindow | None = None

    # -- set-up --------------------------------------------------------------------------
    @initialize(resume=st.integers(min_value=0, max_value=67))
    def open_demo(self, resume: int) -> None:
        self.aid = self.ws.create_demo("de")
        self.statements = [s.id for s in self.ws.guideline.statements]
        self.uuid = self.ws.info(self.aid).uuid
        SessionMemory(self.ws.data_dir).remember_position(self.uuid, self.statements[resume])
        answers = self.ws.answers(self.aid)
        self.expected = {
            sid: Expected(replace(answers.get(sid), votes=())) for sid in self.statements
        }
        self.votes = self._stored_votes()
        self.plan = self.ws.plan_entries(self.aid)
        self.respondents = [r.id for r in self.ws.info(self.aid).respondents]
        self._open_window()

    def _open_window(self) -> None:
        theme = Theme(presentation=False)
        theme.apply(self.qapp)
        window = MainWindow(self.ws, self.language, theme, self.dialogs, SyncRunner())
        window.resize(1280, 800)
        window.show()
        self.qtbot.waitExposed(window)
        window.open_assessment(self.aid)
        self.window = window
        self.undo: dict[str, list[Decision]] = {}
        # Typed text is stored after a pause in typing; the rule "pause" makes that pause
        # happen, so the order of typing and storing is the machine's choice, not the clock's.
        self.wt.text_save_delay_ms = 3_600_000

    def _close_window(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            # Delete it now: a closed window kept alive would still follow the language.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
            self.window = None

    def teardown(self) -> None:
        self._close_window()
        self.language.set("de")
        self.ws.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    # -- helpers ---------------------------------------------------------------------------
    @property
    def wt(self):
        return self.window.assessment.walkthrough

    @property
    def view(self):
        return self.window.assessment.view.walkthrough

    def _stored_votes(self) -> dict[tuple[str, str], tuple[AnswerKind, int | None]]:
        answers = self.ws.answers(self.aid)
        return {
            (sid, v.respondent): (v.kind, v.level)
            for sid in self.statements
            for v in answers.get(sid).votes
        }

    def _text_stored(self) -> None:
        """A step that must store typed text: it is now the only acceptable state."""
        for exp in self.expected.values():
            if exp.comments or exp.evidences:
                exp.answer = replace(
                    exp.answer,
                    comment=(exp.comments or [exp.answer.comment])[-1],
                    evidence=(exp.evidences or [exp.answer.evidence])[-1],
                )
                exp.comments, exp.evidences = [], []

    def _moved(self, before: str) -> None:
        if self.wt.current.id != before:
            self._text_stored()

    def _decide(self, sid: str, new: Decision) -> None:
        """What the controller does with a change of rating, kind, target or flag."""
        exp = self.expected[sid]
        if decision(exp.answer) == new:
            return
        self.undo.setdefault(sid, []).append(decision(exp.answer))
        del self.undo[sid][:-20]
        kind, level, target, flagged = new
        exp.answer = replace(exp.answer, kind=kind, level=level, target=target, flagged=flagged)

    # -- edits -----------------------------------------------------------------------------
    @rule(level=st.integers(min_value=0, max_value=4))
    def rate(self, level: int) -> None:
        sid = self.wt.current.id
        self.qtbot.keyClick(self.view, str(level))
        self._text_stored()
        _, _, target, flagged = decision(self.expected[sid].answer)
        self._decide(sid, (AnswerKind.RATED, level, target, flagged))

    @rule(which=st.sampled_from(["unknown", "not_relevant", "clear"]))
    def choose_kind(self, which: str) -> None:
        sid = self.wt.current.id
        button = {
            "unknown": self.view.unknown_button,
            "not_relevant": self.view.not_relevant_button,
            "clear": self.view.clear_button,
        }[which]
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        self._text_stored()
        kind = None if which == "clear" else AnswerKind(which)
        _, _, target, flagged = decision(self.expected[sid].answer)
        self._decide(sid, (kind, None, target, flagged))

    @rule(goal=st.integers(min_value=0, max_value=4))
    def set_target(self, goal: int) -> None:
        sid = self.wt.current.id
        combo = self.view.target_combo
        combo.setCurrentIndex(goal)
        combo.activated.emit(goal)
        kind, level, _, flagged = decision(self.expected[sid].answer)
        self._decide(sid, (kind, level, goal, flagged))

    @rule()
    def toggle_flag(self) -> None:
        sid = self.wt.current.id
        self.view.flag_box.click()
        kind, level, target, flagged = decision(self.expected[sid].answer)
        self._decide(sid, (kind, level, target, not flagged))

    @rule(text=TYPED)
    def type_comment(self, text: str) -> None:
        exp = self.expected[self.wt.current.id]
        shown = self.view.comment_edit.toPlainText()
        self.view.comment_edit.setFocus()
        self.view.comment_edit.moveCursor(self.view.comment_edit.textCursor().MoveOperation.End)
        self.qtbot.keyClicks(self.view.comment_edit, text)
        exp.comments.extend(shown + text[: i + 1] for i in range(len(text)))

    @rule(text=TYPED)
    def type_evidence(self, text: str) -> None:
        exp = self.expected[self.wt.current.id]
        shown = self.view.evidence_edit.text()
        self.view.evidence_edit.setFocus()
        self.view.evidence_edit.end(False)
        self.qtbot.keyClicks(self.view.evidence_edit, text)
        exp.evidences.extend(shown + text[: i + 1] for i in range(len(text)))

    @rule()
    def pause(self) -> None:
        """The team stops typing: what the save timer does after its delay."""
        self.wt.flush()
        self._text_stored()

    @rule()
    def undo_last(self) -> None:
        sid = self.wt.current.id
        self.view.undoRequested.emit()
        self._text_stored()
        stack = self.undo.get(sid)
        if stack:
            kind, level, target, flagged = stack.pop()
            exp = self.expected[sid]
            exp.answer = replace(exp.answer, kind=kind, level=level, target=target, flagged=flagged)

    @rule(data=st.data())
    def vote(self, data: st.DataObject) -> None:
        rid = data.draw(st.sampled_from(self.respondents))
        choice = data.draw(st.sampled_from(["", "0", "2", "4", "unknown", "not_relevant"]))
        label = next(r.label for r in self.ws.info(self.aid).respondents if r.id == rid)
        sid = self.wt.current.id
        if not self.view.votes_toggle.isChecked():
            self.view.votes_toggle.click()
        combo = self.view.voting.combo(rid)
        combo.setCurrentIndex(combo.findData(choice))
        combo.activated.emit(combo.currentIndex())
        if choice == "":
            self.votes.pop((sid, label), None)
        elif choice in ("unknown", "not_relevant"):
            self.votes[(sid, label)] = (AnswerKind(choice), None)
        else:
            self.votes[(sid, label)] = (AnswerKind.RATED, int(choice))

    # -- looking around (must never write) ---------------------------------------------------
    @rule(key=st.sampled_from([Qt.Key.Key_Right, Qt.Key.Key_Left]))
    def step(self, key: Qt.Key) -> None:
        before = self.wt.current.id
        self.qtbot.keyClick(self.view, key)
        self._moved(before)

    @rule(row=st.integers(min_value=0, max_value=9))
    def open_dimension(self, row: int) -> None:
        before = self.wt.current.id
        self.view.dimension_list.itemClicked.emit(self.view.dimension_list.item(row))
        self._moved(before)

    @rule(mode=st.sampled_from(["all", "open", "flagged"]))
    def filter(self, mode: str) -> None:
        before = self.wt.current.id
        combo = self.view.filter_combo
        combo.setCurrentIndex(combo.findData(mode))
        self._moved(before)

    @rule()
    def jump(self) -> None:
        before = self.wt.current.id
        self.qtbot.mouseClick(self.view.jump_button, Qt.MouseButton.LeftButton)
        self._moved(before)

    @rule(tab=st.integers(min_value=0, max_value=2))
    def show_tab(self, tab: int) -> None:
        if self.window.assessment.view.tabs.currentIndex() != tab:
            self._text_stored()
        self.window.show_tab(tab)

    @rule(row=st.integers(min_value=0, max_value=40))
    def look_at_plan_item(self, row: int) -> None:
        self.show_tab(2)
        table = self.window.assessment.view.plan.table
        table.selectRow(min(row, table.model().rowCount() - 1))

    @rule(code=st.sampled_from(["de", "en"]))
    def switch_language(self, code: str) -> None:
        if self.language.code != code:
            self._text_stored()
        self.language.set(code)

    @rule()
    def toggle_presentation(self) -> None:
        self.window.set_presentation(not self.window.theme.presentation, full_screen=False)

    @rule()
    def back_to_overview_and_reopen(self) -> None:
        self.window.show_start()
        self._text_stored()
        self.window.open_assessment(self.aid)
        self.undo = {}
        self.wt.text_save_delay_ms = 3_600_000

    @rule()
    def restart(self) -> None:
        self._close_window()
        self._text_stored()
        self._open_window()

    # -- what must always hold ----------------------------------------------------------------
    @invariant()
    def stored_is_what_the_edits_imply(self) -> None:
        if self.window is None:
            return
        stored = self.ws.answers(self.aid)
        for sid, exp in self.expected.items():
            got = stored.get(sid)
            assert decision(got) == decision(exp.answer), sid
            assert got.comment in [exp.answer.comment, *exp.comments], sid
            assert got.evidence in [exp.answer.evidence, *exp.evidences], sid
        assert self._stored_votes() == self.votes
        assert self.ws.plan_entries(self.aid) == self.plan


def test_random_sessions_store_exactly_the_edits(qtbot, qapp, language, dialogs):
    dialogs.confirms.extend([True] * 1000)  # any "really?" question is answered yes
    settings_ = settings(
        max_examples=int(os.environ.get("WK_EXAMPLES", "10")),
        stateful_step_count=25,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    run_state_machine_as_test(
        lambda: WalkthroughSession(qtbot, qapp, language, dialogs), settings=settings_
    )
