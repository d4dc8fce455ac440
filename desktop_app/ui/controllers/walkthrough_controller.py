"""The walk-through screen: shows one statement and forwards the team's input to the session.

All workshop logic — order and filters, undo, the "A5 geändert: 2 → 3" hints, votes, the
median as consensus, progress — lives in :class:`desktop_app.services.session.WorkshopSession`;
this adapter only displays and forwards, and re-renders from the session's change events
(which also arrive when phones vote).

Only an edit by the team writes. Comment and evidence are stored after a pause in typing
(one transaction per pause, not per key) and at once on navigation and on close; the fields
remember which statement they belong to and whether the team typed in them, so that showing
a statement, moving on or switching the language never writes anything.

A write that fails (the database locked by another program, read-only, disk full) is never
dropped: the screen shows the stored state again and ``writeFailed`` carries the message;
typed text stays in its field and is tried again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QListWidgetItem

from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.assessment import NewRespondent
from desktop_app.domain.model import Guideline, Statement
from desktop_app.services.errors import StoreFailed
from desktop_app.services.messages import database_error_message
from desktop_app.services.session import Changes, Filter, Hint, OpResult, WorkshopSession
from desktop_app.texts import t, tn
from desktop_app.ui.autosave import TEXT_RETRY_MS, TEXT_SAVE_DELAY_MS
from desktop_app.ui.i18n import Language
from desktop_app.ui.session_bridge import SessionBridge
from desktop_app.ui.views.voting_panel import NO_VOTE
from desktop_app.ui.views.walkthrough_view import StatementPage, WalkthroughView

_ID_ROLE, _DONE_ROLE = 0x0100, 0x0101


class WalkthroughController(QObject):
    answersChanged = Signal()  # the progress shown elsewhere (status bar) may have changed
    positionChanged = Signal(str)  # statement id now shown (for the session memory)
    writeFailed = Signal(str)  # user-facing message of a write that did not happen

    def __init__(
        self,
        view: WalkthroughView,
        bridge: SessionBridge,
        language: Language,
        parent: QObject | None = None,
        *,
        start_at: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.session: WorkshopSession = bridge.session
        self._language = language
        self.guideline: Guideline = self.session.guideline
        self.current: Statement = self.session.order[0]
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self.text_save_delay_ms = TEXT_SAVE_DELAY_MS  # the pause after which typing is stored
        self._loading = False
        # The statement whose comment and evidence the two fields show, and whether the team
        # typed in them since: flush() writes only then, and only to that statement.
        self._text_owner: str | None = None
        self._text_dirty = False
        self._connect_callbacks(bridge)
        self._fill_static()
        if start_at is None or not self.guideline.has_statement(start_at):
            start_at = self.session.first_open() or self.session.order[0].id
        self.go_to(start_at)

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Fill widgets from the data without their change signals saving it back."""
        self._loading = True
        try:
            yield
        finally:
            self._loading = False

    def _connect_callbacks(self, bridge: SessionBridge) -> None:
        v = self.view
        v.levelChosen.connect(self._on_view_levelChosen)
        v.kindChosen.connect(self._on_view_kindChosen)
        v.nextRequested.connect(self._on_view_nextRequested)
        v.previousRequested.connect(self._on_view_previousRequested)
        v.undoRequested.connect(self.undo)
        v.firstOpenRequested.connect(self._on_view_firstOpenRequested)
        v.dimension_list.itemActivated.connect(self._on_dimension_list_itemActivated)
        v.dimension_list.itemClicked.connect(self._on_dimension_list_itemActivated)
        v.filter_combo.currentIndexChanged.connect(self._on_filter_combo_currentIndexChanged)
        v.jump_button.clicked.connect(self._on_jump_button_clicked)
        v.target_combo.activated.connect(self._on_target_combo_activated)
        v.flag_box.toggled.connect(self._on_flag_box_toggled)
        v.comment_edit.textChanged.connect(self._on_text_edited)
        v.evidence_edit.textEdited.connect(self._on_text_edited)
        self._text_timer.timeout.connect(self.flush)
        v.voting.voteChanged.connect(self._on_voting_voteChanged)
        v.voting.respondentAdded.connect(self._on_voting_respondentAdded)
        v.voting.adoptMedianClicked.connect(self._on_voting_adoptMedianClicked)
        bridge.changed.connect(self._on_session_changed)
        self._language.changed.connect(self._on_language_changed)

    # -- public --------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self._language.code

    def answer(self, statement_id: str | None = None) -> Answer:
        return self.session.answer(statement_id or self.current.id)

    def answered_count(self) -> int:
        return self.session.settled_count()

    def open_count(self) -> int:
        return self.session.open_count()

    def go_to(self, statement_id: str) -> None:
        """Show ``statement_id``; stays put if typed text could not be stored first."""
        if not self.flush():
            return
        if statement_id != self.current.id:
            self._hint("")  # "Gespeichert" or "A5 geändert" belongs to the statement left
        self.current = self.guideline.statement(statement_id)
        self._render()
        self.positionChanged.emit(statement_id)

    def has_unsaved_text(self) -> bool:
        return self._text_dirty

    @Slot()
    def flush(self) -> bool:
        """Store comment/evidence typed since the last save (navigation, close, timer).

        Returns False when the text could not be stored: it stays in its field, is tried
        again shortly, and ``writeFailed`` has said why.
        """
        self._text_timer.stop()
        if not self._text_dirty or self._text_owner is None:
            return True
        comment = self.view.comment_edit.toPlainText()
        evidence = self.view.evidence_edit.text()
        owner = self._text_owner
        if not self._run(lambda: self.session.set_texts(owner, comment, evidence)):
            self._text_timer.start(TEXT_RETRY_MS)
            return False
        self._text_dirty = False
        return True

    @Slot()
    def undo(self) -> None:
        """Restore the answer of the current statement before its last change (Ctrl+Z)."""
        self.flush()
        sid = self.current.id
        self._run(lambda: self.session.undo(sid))

    def reload(self) -> None:
        """Re-read answers (after an import or a change elsewhere)."""
        self._run(self.session.reload)

    # -- forwarding to the session ---------------------------------------------------------
    def _run(self, operation: Callable[[], OpResult]) -> bool:
        """Run one session operation; show its hint, or say why nothing was stored."""
        try:
            result = operation()
        except StoreFailed as exc:
            self._write_failed(exc)
            return False
        if result.hint is not None:
            self._show(result.hint)
        return True

    def _write_failed(self, exc: StoreFailed) -> None:
        """Show what is stored (not what was clicked) and report why the write failed."""
        with self._quietly():
            self._render_answer()
            self._render_sidebar()
        self._show(Hint("session.not_saved", attention=True))
        self.writeFailed.emit(database_error_message(exc, self.lang))

    def _show(self, hint: Hint) -> None:
        self._hint(hint.text(self.lang), attention=hint.attention)

    def _hint(self, text: str, *, attention: bool = False) -> None:
        self.view.show_hint(text, attention=attention)
        self.view.first_open_button.setVisible(False)

    def _filter(self) -> Filter:
        return Filter(self.view.filter_combo.currentData() or Filter.ALL.value)

    # -- rendering -------------------------------------------------------------------------
    @Slot(object)
    def _on_session_changed(self, changes: Changes) -> None:
        if changes.reloaded or changes.respondents:
            self._fill_static()
        with self._quietly():
            if changes.reloaded or self.current.id in changes.statements | changes.votes:
                self._render_answer()
            self._render_sidebar()
        self.answersChanged.emit()

    def _fill_static(self) -> None:
        lang = self.lang
        names = [lvl.label.get(lang) for lvl in self.guideline.scale]
        combo = self.view.target_combo
        combo.clear()
        for level, name in enumerate(names):
            combo.addItem(f"{level}  {name}", level)
        self.view.voting.set_respondents(
            [
                (r.id, self._respondent_label(r.label, r.role_group, r.headcount))
                for r in self.session.respondents
            ],
            names,
        )

    def _respondent_label(self, label: str, role: str, headcount: int) -> str:
        text = label
        if role and role != label:
            text += f" ({role})"
        if headcount > 1:
            text += " · " + tn("count.people", headcount, self.lang)
        return text

    def _render(self) -> None:
        with self._quietly():
            self._render_page()
            self._render_answer()
            self._render_sidebar()

    def _render_page(self) -> None:
        lang, st = self.lang, self.current
        dim = self.guideline.dimension(st.dimension_id)
        pos = dim.statements.index(st) + 1
        self.view.show_page(
            StatementPage(
                dimension_title=f"{dim.id} · {dim.title.get(lang)}",
                position=QCoreApplication.translate(
                    "WalkthroughController", "Aussage {n} von {total}"
                ).format(n=pos, total=len(dim.statements)),
                why=dim.why.get(lang) if pos == 1 else "",
                statement=f"{st.id}  {st.text.get(lang)}",
                help=st.help.get(lang),
                level_names=[lvl.label.get(lang) for lvl in self.guideline.scale],
                level_texts=[text.get(lang) for text in st.levels],
            )
        )
        self.view.previous_button.setEnabled(self.session.position(st.id) > 0)

    def _render_answer(self) -> None:
        v, ans = self.view, self.answer()
        v.show_kind(ans.kind.value if ans.kind else None, ans.level)
        v.target_combo.setCurrentIndex(self.session.target_for(ans.statement_id))
        v.flag_box.setChecked(ans.flagged)
        # Text the team typed and that is not stored yet stays as typed.
        if not (self._text_dirty and self._text_owner == ans.statement_id):
            if v.comment_edit.toPlainText() != ans.comment:
                v.comment_edit.setPlainText(ans.comment)
            if v.evidence_edit.text() != ans.evidence:
                v.evidence_edit.setText(ans.evidence)
            self._text_owner, self._text_dirty = ans.statement_id, False
        self._render_votes(ans)

    def _render_votes(self, ans: Answer) -> None:
        lang = self.lang
        by_label = {v.respondent: v for v in ans.votes}
        data: dict[int, str] = {}
        for r in self.session.respondents:
            vote = by_label.get(r.label)
            if vote is None:
                data[r.id] = NO_VOTE
            elif vote.kind is AnswerKind.RATED:
                data[r.id] = str(vote.level)
            else:
                data[r.id] = vote.kind.value
        panel = self.view.voting
        panel.set_votes(data)
        dist = ans.distribution()
        if any(dist.values()):
            bars = "   ".join(f"{lvl}: {'●' * n if n <= 12 else n}" for lvl, n in dist.items())
            text = (
                QCoreApplication.translate(
                    "WalkthroughController", "Verteilung (Personen je Stufe):"
                )
                + "  "
                + bars
            )
            spread = ans.spread()
            if spread is not None:
                text += "\n" + QCoreApplication.translate(
                    "WalkthroughController", "Spannweite: {levels}"
                ).format(levels=tn("count.levels", spread, lang))
            panel.distribution.setText(text)
        else:
            panel.distribution.setText(
                QCoreApplication.translate("WalkthroughController", "Noch keine Einzelstimmen.")
            )
        disputed = self.session.agreement(ans.statement_id).disputed
        panel.disagreement.setVisible(disputed)
        if disputed:
            panel.disagreement.setText(
                QCoreApplication.translate(
                    "WalkthroughController",
                    "⚠ Die Stimmen gehen deutlich auseinander – bitte besprechen, dann den "
                    "Konsens festhalten.",
                )
            )
        if not ans.votes:
            panel.set_adopt_state(
                False,
                QCoreApplication.translate(
                    "WalkthroughController",
                    "Erst Einzelstimmen erfassen, dann lässt sich ihr Median übernehmen.",
                ),
            )
        elif ans.kind is not None:
            panel.set_adopt_state(
                False,
                QCoreApplication.translate(
                    "WalkthroughController",
                    "Es gibt schon eine Konsens-Antwort. Um den Median "
                    "zu übernehmen, erst „Antwort zurücksetzen“.",
                ),
            )
        else:
            panel.set_adopt_state(True)
        # Disagreement should not hide in a collapsed panel.
        if disputed and not self.view.votes_toggle.isChecked():
            self.view.votes_toggle.setChecked(True)

    def _render_sidebar(self) -> None:
        lst, lang = self.view.dimension_list, self.lang
        lst.blockSignals(True)
        if lst.count() != len(self.guideline.dimensions):
            lst.clear()
            for dim in self.guideline.dimensions:
                item = QListWidgetItem()
                item.setData(_ID_ROLE, dim.id)
                lst.addItem(item)
        for row, dim in enumerate(self.guideline.dimensions):
            done, total, flagged = self.session.dimension_progress(dim)
            text = f"{dim.id}  {dim.title.get(lang)}\n{done}/{total}"
            text += " ✓" if done == total else ""
            if flagged:
                text += "   ⚑ " + str(flagged)
            item = lst.item(row)
            item.setText(text)
            item.setData(_DONE_ROLE, done)
            if dim.id == self.current.dimension_id:
                lst.setCurrentRow(row)
        lst.blockSignals(False)
        total, done = len(self.session.order), self.session.settled_count()
        self.view.progress.setRange(0, total)
        self.view.progress.setValue(done)
        text = QCoreApplication.translate(
            "WalkthroughController", "{done} von {total} Aussagen beantwortet"
        ).format(done=done, total=total)
        missing = len(self.session.consensus_missing())
        if missing:
            text += " · " + t("state.consensus_missing", lang) + f": {missing}"
        self.view.progress_label.setText(text)

    # -- slots ------------------------------------------------------------------------------
    @Slot(int)
    def _on_view_levelChosen(self, level: int) -> None:
        self.flush()
        sid = self.current.id
        self._run(lambda: self.session.rate(sid, level))

    @Slot(str)
    def _on_view_kindChosen(self, kind: str) -> None:
        self.flush()
        sid = self.current.id
        value = None if kind == "clear" else AnswerKind(kind)
        self._run(lambda: self.session.set_kind(sid, value))

    @Slot()
    def _on_view_nextRequested(self) -> None:
        nxt = self.session.step(self.current.id, +1, self._filter())
        if nxt is not None:
            self.go_to(nxt)
            return
        self.flush()
        hint = self.session.end_hint()
        self._show(hint)
        self.view.first_open_button.setVisible(hint.attention)

    @Slot()
    def _on_view_firstOpenRequested(self) -> None:
        first = self.session.first_open()
        if first is not None:
            self.go_to(first)

    @Slot()
    def _on_view_previousRequested(self) -> None:
        prev = self.session.step(self.current.id, -1, self._filter())
        if prev is not None:
            self.go_to(prev)

    @Slot(QListWidgetItem)
    def _on_dimension_list_itemActivated(self, item: QListWidgetItem) -> None:
        dim = self.guideline.dimension(str(item.data(_ID_ROLE)))
        if self.current.dimension_id != dim.id:
            self.go_to(self.session.first_in(dim, self._filter()))

    @Slot(int)
    def _on_filter_combo_currentIndexChanged(self, _index: int) -> None:
        if not self.session.matches(self.current.id, self._filter()):
            self._on_jump_button_clicked()

    @Slot()
    def _on_jump_button_clicked(self) -> None:
        """Next statement needing attention under the filter, wrapping; says so if none.

        A button that silently does nothing reads as broken.
        """
        self.flush()
        target = self.session.jump(self.current.id, self._filter())
        if target is not None:
            self.go_to(target)
        else:
            self._show(self.session.nothing_more_hint(self._filter()))

    @Slot(int)
    def _on_target_combo_activated(self, index: int) -> None:
        if not self._loading:
            sid = self.current.id
            self._run(lambda: self.session.set_target(sid, index))

    @Slot(bool)
    def _on_flag_box_toggled(self, checked: bool) -> None:
        if not self._loading:
            sid = self.current.id
            self._run(lambda: self.session.set_flag(sid, checked))

    @Slot()
    def _on_text_edited(self) -> None:
        if self._loading:
            return  # filled from the data, not typed
        self._text_dirty = True
        self._text_timer.start(self.text_save_delay_ms)

    @Slot(int, str)
    def _on_voting_voteChanged(self, respondent_id: int, data: str) -> None:
        kind: AnswerKind | None
        if data == NO_VOTE:
            kind, level = None, None
        elif data in ("unknown", "not_relevant"):
            kind, level = AnswerKind(data), None
        else:
            kind, level = AnswerKind.RATED, int(data)
        sid = self.current.id
        self._run(lambda: self.session.record_vote(respondent_id, sid, kind, level))

    @Slot(str, str, int)
    def _on_voting_respondentAdded(self, label: str, role: str, headcount: int) -> None:
        self._run(lambda: self.session.add_respondent(NewRespondent(label, role, headcount)))

    @Slot()
    def _on_voting_adoptMedianClicked(self) -> None:
        sid = self.current.id
        self._run(lambda: self.session.adopt_median(sid))

    @Slot(str)
    def _on_language_changed(self, _code: str) -> None:
        self.flush()
        self._fill_static()
        self._render()

