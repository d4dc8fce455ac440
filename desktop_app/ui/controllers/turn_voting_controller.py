"""Voting in turn on the laptop: each person votes like a phone would, one after another.

Each person is a device of its own ("laptop-…", random) joined through the same
``SessionVoting`` the phone page uses, so the votes are stored, hidden until the round
closes, and counted exactly like phone votes.
"""

from __future__ import annotations

import secrets

from PySide6.QtCore import QObject, Slot

from desktop_app.services.errors import StoreFailed
from desktop_app.services.messages import database_error_message
from desktop_app.services.voting import SessionVoting
from desktop_app.ui.dialogs import Dialogs
from desktop_app.ui.views.turn_voting_dialog import (
    PAGE_GROUP,
    PAGE_HANDOVER,
    PAGE_RATE,
    TurnVotingDialog,
)
from desktop_app.web.port import DeviceVote, VotingError


class TurnVotingController(QObject):
    def __init__(
        self,
        voting: SessionVoting,
        statement_ids: tuple[str, ...],
        dialogs: Dialogs,
        lang: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.voting = voting
        self.session = voting.session
        self.ids = statement_ids
        self._dialogs = dialogs
        self._lang = lang
        groups = list(self.session.role_groups)
        self._group_ids = [g.uuid for g in groups]
        self.dialog = TurnVotingDialog([g.name for g in groups])
        self.device = ""
        self.index = 0
        self.people = 0
        d = self.dialog
        d.nextPersonRequested.connect(self._on_next_person)
        d.groupChosen.connect(self._on_group)
        d.levelChosen.connect(lambda level: self._vote(DeviceVote(self._sid, "rated", level)))
        d.kindChosen.connect(lambda kind: self._vote(DeviceVote(self._sid, kind)))
        d.stepRequested.connect(self._on_step)
        self._show_handover()

    @property
    def _sid(self) -> str:
        return self.ids[self.index]

    def run(self) -> None:
        self._dialogs.run(self.dialog)
        self.dialog.deleteLater()

    def _show_handover(self) -> None:
        self.dialog.done_note.setText(
            self.tr("Bisher abgestimmt: {n}").format(n=self.people) if self.people else ""
        )
        self.dialog.pages.setCurrentIndex(PAGE_HANDOVER)
        self.dialog.my_turn_button.setFocus()

    @Slot()
    def _on_next_person(self) -> None:
        self.device = "laptop-" + secrets.token_hex(8)
        self.index = 0
        self.dialog.pages.setCurrentIndex(PAGE_GROUP)

    @Slot(int)
    def _on_group(self, n: int) -> None:
        try:
            self.voting.join(self.device, self._group_ids[n])
        except (VotingError, StoreFailed) as exc:
            self._failed(exc)
            return
        self.dialog.pages.setCurrentIndex(PAGE_RATE)
        self._show_statement()

    def _show_statement(self) -> None:
        g, lang, d = self.session.guideline, self._lang, self.dialog
        st = g.statement(self._sid)
        d.position.setText(
            self.tr("Aussage {n} von {total}").format(n=self.index + 1, total=len(self.ids))
        )
        d.statement.setText(f"{st.id}  {st.text.get(lang)}")
        mine = {v.statement_id: v for v in self.voting.votes_of(self.device)}
        vote = mine.get(self._sid)
        for level, button in enumerate(d.level_buttons):
            button.setText(f"&{level}  {g.scale[level].label.get(lang)} – "
                           f"{st.levels[level].get(lang)}")
            button.setChecked(vote is not None and vote.kind == "rated" and vote.level == level)
        d.unknown_button.setChecked(vote is not None and vote.kind == "unknown")
        d.not_relevant_button.setChecked(vote is not None and vote.kind == "not_relevant")
        d.back_button.setEnabled(self.index > 0)

    def _vote(self, vote: DeviceVote) -> None:
        try:
            self.voting.cast(self.device, vote)
        except (VotingError, StoreFailed) as exc:
            self._failed(exc)
            return
        self._show_statement()

    @Slot(int)
    def _on_step(self, step: int) -> None:
        self.index += step
        if self.index < 0:
            self.index = 0
        elif self.index >= len(self.ids):
            self.people += 1
            self._show_handover()
            return
        self._show_statement()

    def _failed(self, exc: Exception) -> None:
        text = (database_error_message(exc, self._lang) if isinstance(exc, StoreFailed)
                else self.tr("Die Runde ist nicht mehr offen."))
        self._dialogs.error(self.dialog, self.tr("Abstimmung"), text)
