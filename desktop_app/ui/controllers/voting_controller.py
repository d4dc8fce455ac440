"""The voting tab: opens a round, serves the phone page while it runs, shows the board after.

Everything a round does goes through the ``WorkshopSession`` (storing votes, closing the
round, recording the consensus); the phone page talks to the same session through
``services.voting.SessionVoting``. The server runs only while a round is open, bound to the
address the moderator picked, and stops when the round closes or the assessment is closed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QHeaderView

from desktop_app.domain.answers import AnswerKind
from desktop_app.services.errors import StoreFailed
from desktop_app.services.messages import database_error_message
from desktop_app.services.session import BoardStatus, Changes, OpResult
from desktop_app.services.voting import SessionVoting
from desktop_app.ui.dialogs import Dialogs
from desktop_app.ui.i18n import Language
from desktop_app.ui.models.consensus_model import (
    COL_CONSENSUS,
    COL_RATIONALE,
    COL_STATEMENT,
    COL_STATUS,
    COL_VOTES,
    STATEMENT_ROLE,
    ConsensusModel,
)
from desktop_app.ui.network import Address, room_addresses
from desktop_app.ui.session_bridge import SessionBridge
from desktop_app.ui.views.voting_view import (
    PAGE_BOARD,
    PAGE_RUNNING,
    PAGE_START,
    SCOPE_DIMENSION,
    SCOPE_DISPUTED,
    SCOPE_OPEN,
    VotingView,
)

PREFERRED_PORT = 8765  # a fixed port lets IT allow it once in the firewall
LOOPBACK = "127.0.0.1"


class VotingController(QObject):
    writeFailed = Signal(str)
    statementActivated = Signal(str)  # open this statement in the walk-through

    def __init__(
        self,
        view: VotingView,
        bridge: SessionBridge,
        language: Language,
        dialogs: Dialogs,
        parent: QObject | None = None,
        *,
        current_statement: Callable[[], str],
        addresses: Callable[[], list[Address]] = room_addresses,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.session = bridge.session
        self.voting = SessionVoting(self.session)
        self._language = language
        self._dialogs = dialogs
        self._addresses = addresses
        self._current_statement = current_statement
        self.server: object | None = None  # desktop_app.web.server.VotingServer while running
        self.model = ConsensusModel(self.session.guideline, language.code, self)
        view.board.setModel(self.model)
        self._board_ids: tuple[str, ...] = ()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)  # "connected" ages with time, not only with votes
        # Many changes in a row (all proposals taken at once) refill the board once.
        self._refill = QTimer(self)
        self._refill.setSingleShot(True)
        self._refill.setInterval(0)
        self._connect_callbacks(bridge)
        self._fill_start()
        current = self.session.open_round
        if current is not None:  # a round left open (the app was closed meanwhile)
            self.show_board(current.statement_ids, close_first=True)

    def _connect_callbacks(self, bridge: SessionBridge) -> None:
        v = self.view
        v.start_button.clicked.connect(self._on_start_button_clicked)
        v.tally_button.clicked.connect(self.enter_tally)
        v.turns_button.clicked.connect(self.vote_in_turn)
        v.close_button.clicked.connect(self.close_round)
        v.accept_button.clicked.connect(self._on_accept)
        v.accept_all_button.clicked.connect(self._on_accept_all)
        v.second_round_button.clicked.connect(self._on_second_round)
        v.board_back_button.clicked.connect(self._on_board_back)
        v.board.levelPressed.connect(self._on_board_level)
        v.board.kindPressed.connect(self._on_board_kind)
        v.board.acceptPressed.connect(self._on_accept)
        v.board.acceptAllPressed.connect(self._on_accept_all)
        v.board.doubleClicked.connect(self._on_board_doubleClicked)
        v.board.selectionModel().currentRowChanged.connect(self._on_board_rowChanged)
        v.rationale_edit.editingFinished.connect(self._on_rationale_edited)
        v.rationale_edit.returnPressed.connect(v.board.setFocus)
        self._timer.timeout.connect(self._show_progress)
        self._refill.timeout.connect(self._fill_board)
        bridge.changed.connect(self._on_session_changed)
        self._language.changed.connect(self._on_language_changed)

    # -- start ---------------------------------------------------------------------------------
    def _fill_start(self) -> None:
        v, lang = self.view, self._language.code
        v.dimension_combo.clear()
        for dim in self.session.guideline.dimensions:
            v.dimension_combo.addItem(f"{dim.id} · {dim.title.get(lang)}", dim.id)
        v.address_combo.clear()
        found = self._addresses()
        for a in found:
            v.address_combo.addItem(f"{a.ip}  ({a.interface})", a.ip)
        v.address_combo.addItem(self.tr("nur dieser Laptop (zum Ausprobieren)"), LOOPBACK)
        if found and not any(a.private for a in found):
            v.network_note.setText(
                self.tr("Kein privates Netz gefunden: Telefone erreichen den Laptop "
                        "vermutlich nicht. Reise-Router oder Strichliste nutzen.")
            )
        elif not found:
            v.network_note.setText(
                self.tr("Der Laptop ist mit keinem Netz verbunden. Verbinden Sie ihn mit dem "
                        "WLAN des Raums (oder einem Reise-Router) – oder nutzen Sie die "
                        "Strichliste.")
            )
        else:
            v.network_note.setText(
                self.tr("Wählen Sie das WLAN, in dem auch die Telefone sind.")
            )
        rounds = self.session.rounds
        v.scope_buttons[SCOPE_DISPUTED].setEnabled(bool(rounds))
        v.history.setText(
            " · ".join(
                self.tr("Runde {n}: {k} Aussagen").format(n=r.number, k=len(r.statement_ids))
                for r in rounds
            )
        )

    def _scope_ids(self) -> list[str]:
        v, s = self.view, self.session
        if v.scope_buttons[SCOPE_DIMENSION].isChecked():
            dim = s.guideline.dimension(str(v.dimension_combo.currentData()))
            return [st.id for st in dim.statements]
        if v.scope_buttons[SCOPE_OPEN].isChecked():
            return [st.id for st in s.order if not s.answer(st.id).settled]
        if v.scope_buttons[SCOPE_DISPUTED].isChecked():
            last = s.rounds[-1].statement_ids if s.rounds else ()
            return [r.statement_id for r in s.board(last) if r.status is BoardStatus.DISPUTED]
        return [st.id for st in s.order]

    @Slot()
    def _on_start_button_clicked(self) -> None:
        self.start_round()

    def start_round(self, statement_ids: list[str] | None = None) -> bool:
        """Open a round and serve the phone page; False (and nothing open) if it cannot."""
        from desktop_app.web.qr import qr_png
        from desktop_app.web.server import VotingServer

        ids = statement_ids if statement_ids is not None else self._scope_ids()
        if not ids:
            self._dialogs.inform(self.view, self.tr("Abstimmung"),
                                 self.tr("Für diese Auswahl gibt es keine Aussagen."))
            return False
        host = str(self.view.address_combo.currentData() or LOOPBACK)
        try:
            started = self.session.start_round(ids)
        except StoreFailed as exc:
            self.writeFailed.emit(database_error_message(exc, self._language.code))
            return False
        server = VotingServer(self.voting)
        try:
            try:
                url = server.start(host, PREFERRED_PORT)
            except OSError:
                url = server.start(host, 0)  # the preferred port is taken: any free one
        except (OSError, RuntimeError, ValueError) as exc:
            self.session.close_round()
            self._dialogs.error(
                self.view,
                self.tr("Abstimmung"),
                self.tr("Die Teilnahmeseite kann unter {host} nicht angeboten werden ({detail})."
                        " Bitte ein anderes Netz wählen oder die Strichliste nutzen.").format(
                    host=host, detail=exc),
            )
            return False
        self.server = server
        self.view.url_label.setText(url.removeprefix("http://"))
        self.view.show_qr(qr_png(url))
        self.view.round_label.setText(
            self.tr("Runde {n} · {k} Aussagen").format(n=started.number, k=len(ids))
        )
        self.view.pages.setCurrentIndex(PAGE_RUNNING)
        self._show_progress()
        self._timer.start()
        self.view.close_button.setFocus()
        return True

    @Slot()
    def enter_tally(self) -> None:
        """Type in dot-voting counts, starting at the statement the walk-through shows."""
        from desktop_app.ui.controllers.tally_controller import TallyController

        if not self.session.role_groups:
            self._dialogs.inform(self.view, self.tr("Strichliste"), self.tr(
                "Bitte zuerst die Rollengruppen der Erhebung anlegen (Angaben bearbeiten)."))
            return
        TallyController(self.session, self._dialogs, self._language.code,
                        self._current_statement(), self).run()

    @Slot()
    def vote_in_turn(self) -> None:
        """Everyone votes in turn on this laptop; the round closes when all are done."""
        from desktop_app.ui.controllers.turn_voting_controller import TurnVotingController

        if not self.session.role_groups:
            self._dialogs.inform(self.view, self.tr("Abstimmung"), self.tr(
                "Bitte zuerst die Rollengruppen der Erhebung anlegen (Angaben bearbeiten)."))
            return
        current = self.session.open_round
        if current is None:
            ids = self._scope_ids()
            if not ids:
                return
            try:
                current = self.session.start_round(ids)
            except StoreFailed as exc:
                self.writeFailed.emit(database_error_message(exc, self._language.code))
                return
        TurnVotingController(self.voting, current.statement_ids, self._dialogs,
                             self._language.code, self).run()
        self.stop_server()
        self.show_board(current.statement_ids, close_first=True)

    def _show_progress(self) -> None:
        progress = self.voting.progress()
        if progress is None or not progress.open:
            return
        v = self.view
        v.counts.setText(
            self.tr("Verbunden: {c} · angemeldet: {j} · fertig: {f}").format(
                c=progress.connected, j=progress.joined, f=progress.complete
            )
        )
        total = max(1, progress.statements * max(1, progress.joined))
        v.progress.setRange(0, total)
        v.progress.setValue(min(total, sum(progress.rated)))
        v.progress.setFormat(self.tr("{p} % der Stimmen abgegeben").format(
            p=round(100 * sum(progress.rated) / total)))

    @Slot()
    def close_round(self) -> None:
        current = self.session.open_round
        self.stop_server()
        if current is not None:
            self.show_board(current.statement_ids, close_first=True)

    def stop_server(self) -> None:
        """Stop serving (assessment or app closed); safe to call any time."""
        self._timer.stop()
        server, self.server = self.server, None
        if server is not None:
            server.stop()  # type: ignore[attr-defined]

    def shutdown(self) -> None:
        """The assessment is being closed: stop serving and close an open round."""
        self.stop_server()
        if self.session.open_round is not None:
            # The votes are stored either way; a round left open is closed at the next open.
            with contextlib.suppress(StoreFailed):
                self.session.close_round()

    # -- board -----------------------------------------------------------------------------------
    def show_board(self, statement_ids: tuple[str, ...], *, close_first: bool = False) -> None:
        if close_first and self.session.open_round is not None:
            self._run(lambda: self._closed())
        self._board_ids = tuple(statement_ids)
        self._fill_board()
        self.view.pages.setCurrentIndex(PAGE_BOARD)
        self.view.board.setFocus()
        if self.model.rowCount():
            self.view.board.selectRow(0)

    def _closed(self) -> OpResult:
        self.session.close_round()
        return OpResult(Changes(rounds=True))

    def _fill_board(self) -> None:
        board = self.view.board
        keep = self._selected()
        self.model.load(self.session.board(self._board_ids), self._language.code)
        header = board.horizontalHeader()
        header.setSectionResizeMode(COL_STATEMENT, QHeaderView.ResizeMode.Stretch)
        for col in (COL_VOTES, COL_STATUS, COL_CONSENSUS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_RATIONALE, QHeaderView.ResizeMode.Interactive)
        board.resizeRowsToContents()
        if keep is not None and (row := self.model.row_of(keep)) >= 0:
            board.selectRow(row)
        disputed = sum(1 for n in range(self.model.rowCount())
                       if self.model.row_at(n).status is BoardStatus.DISPUTED)
        self.view.second_round_button.setEnabled(disputed > 0)

    def _selected(self) -> str | None:
        index = self.view.board.currentIndex()
        return str(index.data(STATEMENT_ROLE)) if index.isValid() else None

    def _run(self, operation: Callable[[], OpResult]) -> bool:
        try:
            result = operation()
        except StoreFailed as exc:
            self.writeFailed.emit(database_error_message(exc, self._language.code))
            return False
        if result.hint is not None:
            self.view.board_hint.setText(result.hint.text(self._language.code))
        return True

    def _advance(self) -> None:
        """After deciding one statement, go on to the next undecided one."""
        for n in range(self.model.rowCount()):
            if not self.model.row_at(n).settled:
                self.view.board.selectRow(n)
                return

    @Slot()
    def _on_accept(self) -> None:
        sid = self._selected()
        if sid is None:
            return
        row = self.model.row_at(self.model.row_of(sid))
        proposal = row.agreement.proposal if row.agreement.judged else row.agreement.median
        if proposal is None:
            self.view.board_hint.setText(
                self.tr("{id}: Bitte den Konsens mit 0–4, ? oder N festlegen.").format(id=sid)
            )
            return
        if self._run(lambda: self.session.rate(sid, proposal)):
            self._fill_board()
            self._advance()

    @Slot()
    def _on_accept_all(self) -> None:
        self._run(lambda: self.session.accept_proposals(self._board_ids))
        self._fill_board()
        self._advance()

    @Slot(int)
    def _on_board_level(self, level: int) -> None:
        sid = self._selected()
        if sid is not None and self._run(lambda: self.session.rate(sid, level)):
            self._after_decision(sid)

    @Slot(str)
    def _on_board_kind(self, kind: str) -> None:
        sid = self._selected()
        if sid is not None and self._run(lambda: self.session.set_kind(sid, AnswerKind(kind))):
            self._after_decision(sid)

    def _after_decision(self, sid: str) -> None:
        # A discussed statement wants its one-line rationale; an agreed one moves on.
        self._fill_board()
        row = self.model.row_at(self.model.row_of(sid))
        if row.status is BoardStatus.DISPUTED:
            self.view.rationale_edit.setFocus()
            self.view.rationale_edit.selectAll()
        else:
            self._advance()

    @Slot()
    def _on_rationale_edited(self) -> None:
        sid = self._selected()
        text = self.view.rationale_edit.text().strip()
        if sid is not None and text != self.session.answer(sid).rationale:
            self._run(lambda: self.session.set_rationale(sid, text))

    def _on_board_rowChanged(self, *_args: object) -> None:
        sid = self._selected()
        self.view.rationale_edit.setText(self.session.answer(sid).rationale if sid else "")

    def _on_board_doubleClicked(self, *_args: object) -> None:
        sid = self._selected()
        if sid is not None:
            self.statementActivated.emit(sid)

    @Slot()
    def _on_second_round(self) -> None:
        ids = [self.model.row_at(n).statement_id for n in range(self.model.rowCount())
               if self.model.row_at(n).status is BoardStatus.DISPUTED]
        if ids:
            self.start_round(ids)

    @Slot()
    def _on_board_back(self) -> None:
        self._fill_start()
        self.view.pages.setCurrentIndex(PAGE_START)

    # -- events --------------------------------------------------------------------------------
    @Slot(object)
    def _on_session_changed(self, changes: Changes) -> None:
        if changes.round_progress or changes.respondents:
            self._show_progress()
        if self.view.pages.currentIndex() == PAGE_BOARD and (
            changes.statements or changes.votes or changes.reloaded or changes.rounds
        ):
            self._refill.start()

    @Slot(str)
    def _on_language_changed(self, code: str) -> None:
        self._fill_start()
        if self.view.pages.currentIndex() == PAGE_BOARD:
            self._fill_board()
