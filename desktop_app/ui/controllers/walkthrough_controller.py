"""Walk-through logic: which statement is shown, and storing every change at once.

Only an edit by the team writes. Ratings, kinds, targets, flags and votes are written the
moment they change. Comment and evidence are written 600 ms after the last keystroke (one
transaction per pause instead of per key) and at once on navigation and on close; the
fields remember which statement they belong to and whether the team typed in them, so that
showing a statement, moving on or switching the language never writes anything.

A write that fails (the database locked by another program, read-only, disk full) is never
dropped: the screen shows the stored state again and ``writeFailed`` carries the message;
typed text stays in its field and is tried again.

Every change of rating, kind, target or flag pushes the previous answer onto a small stack
per statement; Ctrl+Z restores it and stores it like any other change. Overwriting an
existing consensus is announced in the hint line ("A5 geändert: 2 → 3").
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QListWidgetItem

from desktop_app.domain.answers import Answer, AnswerKind, AnswerSet
from desktop_app.domain.assessment import NewRespondent
from desktop_app.domain.model import Guideline, Statement
from desktop_app.services.messages import database_error_message
from desktop_app.services.workspace import Workspace
from desktop_app.storage.errors import StoreFailed
from desktop_app.ui.autosave import TEXT_RETRY_MS, TEXT_SAVE_DELAY_MS
from desktop_app.ui.i18n import Language
from desktop_app.ui.views.voting_panel import NO_VOTE
from desktop_app.ui.views.walkthrough_view import (
    FILTER_FLAGGED,
    FILTER_OPEN,
    StatementPage,
    WalkthroughView,
)

UNDO_DEPTH = 20  # previous answers kept per statement


def is_answered(answer: Answer) -> bool:
    return answer.effective()[0] is not None


def _decision(answer: Answer) -> tuple[object, ...]:
    """The fields Ctrl+Z restores; comment and evidence have their own undo."""
    return (answer.kind, answer.level, answer.target, answer.flagged)


def _short(answer: Answer) -> str:
    """A consensus in one or two characters, as on the keys: 0–4, ?, N, – for none."""
    if answer.kind is AnswerKind.RATED:
        return str(answer.level)
    if answer.kind is AnswerKind.UNKNOWN:
        return "?"
    if answer.kind is AnswerKind.NOT_RELEVANT:
        return "N"
    return "–"


class WalkthroughController(QObject):
    answersChanged = Signal()
    positionChanged = Signal(str)  # statement id now shown (for the session memory)
    writeFailed = Signal(str)  # user-facing message of a write that did not happen

    def __init__(
        self,
        view: WalkthroughView,
        workspace: Workspace,
        assessment_id: int,
        language: Language,
        parent: QObject | None = None,
        *,
        start_at: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self._ws = workspace
        self._id = assessment_id
        self._language = language
        self.guideline: Guideline = workspace.guideline
        self._order: list[Statement] = self.guideline.statements
        self.answers: AnswerSet = workspace.answers(assessment_id)
        self._respondents = workspace.info(assessment_id).respondents
        self.current: Statement = self._order[0]
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self.text_save_delay_ms = TEXT_SAVE_DELAY_MS  # the pause after which typing is stored
        self._loading = False
        # The statement whose comment and evidence the two fields show, and whether the team
        # typed in them since: flush() writes only then, and only to that statement.
        self._text_owner: str | None = None
        self._text_dirty = False
        self._undo: dict[str, list[Answer]] = {}
        self._connect_callbacks()
        self._fill_static()
        if start_at is None or not self.guideline.has_statement(start_at):
            start_at = self._first_open() or self._order[0].id
        self.go_to(start_at)

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Fill widgets from the data without their change signals saving it back."""
        self._loading = True
        try:
            yield
        finally:
            self._loading = False

    def _connect_callbacks(self) -> None:
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
        v.evidence_edit.returnPressed.connect(self._on_view_nextRequested)
        self._text_timer.timeout.connect(self.flush)
        v.voting.voteChanged.connect(self._on_voting_voteChanged)
        v.voting.respondentAdded.connect(self._on_voting_respondentAdded)
        v.voting.adoptMedianClicked.connect(self._on_voting_adoptMedianClicked)
        self._language.changed.connect(self._on_language_changed)

    # -- public --------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self._language.code

    def answer(self, statement_id: str | None = None) -> Answer:
        return self.answers.get(statement_id or self.current.id)

    def answered_count(self) -> int:
        return sum(1 for st in self._order if is_answered(self.answers.get(st.id)))

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
        ans = self.answer(self._text_owner)
        comment = self.view.comment_edit.toPlainText()
        evidence = self.view.evidence_edit.text()
        if (comment, evidence) != (ans.comment, ans.evidence):
            if not self._store(replace(ans, comment=comment, evidence=evidence)):
                self._text_timer.start(TEXT_RETRY_MS)
                return False
            self._hint(QCoreApplication.translate("WalkthroughController", "Gespeichert"))
            self._render_sidebar()
            self.answersChanged.emit()
        self._text_dirty = False
        return True

    @Slot()
    def _on_text_edited(self) -> None:
        if self._loading:
            return  # filled from the data, not typed
        self._text_dirty = True
        self._text_timer.start(self.text_save_delay_ms)

    def reload(self) -> None:
        """Re-read answers (after an import or a change elsewhere)."""
        self.answers = self._ws.answers(self._id)
        self._undo.clear()  # the answers may have changed elsewhere: old states are no base
        self._respondents = self._ws.info(self._id).respondents
        self._fill_static()
        self._render()

    # -- rendering -------------------------------------------------------------------------
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
                for r in self._respondents
            ],
            names,
        )

    def _respondent_label(self, label: str, role: str, headcount: int) -> str:
        text = label
        if role and role != label:
            text += f" ({role})"
        if headcount > 1:
            text += " · " + QCoreApplication.translate("WalkthroughController", "{n} Pers.").format(
                n=headcount
            )
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
                level_texts=[t.get(lang) for t in st.levels],
            )
        )
        idx = self._order.index(st)
        self.view.previous_button.setEnabled(idx > 0)

    def _render_answer(self) -> None:
        v, ans = self.view, self.answer()
        v.show_kind(ans.kind.value if ans.kind else None, ans.level)
        v.target_combo.setCurrentIndex(self.answers.target_for(ans.statement_id))
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
        by_label = {v.respondent: v for v in ans.votes}
        data: dict[int, str] = {}
        for r in self._respondents:
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
            spread = ans.spread()
            text = (
                QCoreApplication.translate(
                    "WalkthroughController", "Verteilung (Personen je Stufe):"
                )
                + "  "
                + bars
            )
            if spread is not None:
                text += "\n" + QCoreApplication.translate(
                    "WalkthroughController", "Spannweite: {n} Stufen"
                ).format(n=spread)
            panel.distribution.setText(text)
        else:
            panel.distribution.setText(
                QCoreApplication.translate("WalkthroughController", "Noch keine Einzelstimmen.")
            )
        spread = ans.spread()
        high = spread is not None and spread >= 2
        panel.disagreement.setVisible(high)
        if high:
            panel.disagreement.setText(
                QCoreApplication.translate(
                    "WalkthroughController",
                    "⚠ Hohe Uneinigkeit: Die Stimmen liegen {n} Stufen auseinander – bitte "
                    "besprechen, dann den Konsens festhalten.",
                ).format(n=spread)
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
        if high and not self.view.votes_toggle.isChecked():
            self.view.votes_toggle.setChecked(True)

    def _render_sidebar(self) -> None:
        lst, lang = self.view.dimension_list, self.lang
        lst.blockSignals(True)
        if lst.count() != len(self.guideline.dimensions):
            lst.clear()
            for dim in self.guideline.dimensions:
                item = QListWidgetItem()
                item.setData(0x0100, dim.id)
                lst.addItem(item)
        for row, dim in enumerate(self.guideline.dimensions):
            done = sum(1 for st in dim.statements if is_answered(self.answers.get(st.id)))
            flagged = sum(1 for st in dim.statements if self.answers.get(st.id).flagged)
            text = f"{dim.id}  {dim.title.get(lang)}\n{done}/{len(dim.statements)}"
            text += " ✓" if done == len(dim.statements) else ""
            if flagged:
                text += "   ⚑ " + str(flagged)
            item = lst.item(row)
            item.setText(text)
            item.setData(0x0101, done)
            if dim.id == self.current.dimension_id:
                lst.setCurrentRow(row)
        lst.blockSignals(False)
        total, done = len(self._order), self.answered_count()
        self.view.progress.setRange(0, total)
        self.view.progress.setValue(done)
        self.view.progress_label.setText(
            QCoreApplication.translate(
                "WalkthroughController", "{done} von {total} Aussagen beantwortet"
            ).format(done=done, total=total)
        )

    # -- storing ---------------------------------------------------------------------------
    def _hint(self, text: str, *, attention: bool = False) -> None:
        self.view.show_hint(text, attention=attention)
        self.view.first_open_button.setVisible(False)

    def _change(self, answer: Answer, *, rerender: bool = True) -> None:
        """Store a change of rating, kind, target or flag, remembering the state before."""
        old = self.answer(answer.statement_id)
        if _decision(old) == _decision(answer):
            return
        hint = None
        if old.kind is not None and (old.kind, old.level) != (answer.kind, answer.level):
            hint = QCoreApplication.translate(
                "WalkthroughController", "{id} geändert: {old} → {new}"
            ).format(id=answer.statement_id, old=_short(old), new=_short(answer))
        if self._save(answer, rerender=rerender, hint=hint):
            stack = self._undo.setdefault(answer.statement_id, [])
            stack.append(old)
            del stack[:-UNDO_DEPTH]

    @Slot()
    def undo(self) -> None:
        """Restore the answer of the current statement before its last change (Ctrl+Z)."""
        self.flush()
        stack = self._undo.get(self.current.id)
        if not stack:
            self._hint(
                QCoreApplication.translate(
                    "WalkthroughController", "Nichts rückgängig zu machen für {id}"
                ).format(id=self.current.id)
            )
            return
        prev, now = stack[-1], self.answer()
        restored = replace(
            now, kind=prev.kind, level=prev.level, target=prev.target, flagged=prev.flagged
        )
        sid = self.current.id
        if (prev.kind, prev.level) != (now.kind, now.level):
            text = QCoreApplication.translate(
                "WalkthroughController", "Rückgängig: {id} wieder „{state}“"
            ).format(id=sid, state=self._state_text(prev))
        elif prev.target != now.target:
            text = QCoreApplication.translate(
                "WalkthroughController", "Rückgängig: {id} Zielstufe wieder „{state}“"
            ).format(
                id=sid,
                state=self._level_text(
                    self.answers.default_target if prev.target is None else prev.target
                ),
            )
        elif prev.flagged:
            text = QCoreApplication.translate(
                "WalkthroughController", "Rückgängig: {id} wieder „später besprechen“"
            ).format(id=sid)
        else:
            text = QCoreApplication.translate(
                "WalkthroughController", "Rückgängig: {id} nicht mehr „später besprechen“"
            ).format(id=sid)
        if self._save(restored, hint=text):
            stack.pop()

    def _level_text(self, level: int) -> str:
        return f"{level} – {self.guideline.scale[level].label.get(self.lang)}"

    def _state_text(self, ans: Answer) -> str:
        if ans.kind is AnswerKind.RATED and ans.level is not None:
            return self._level_text(ans.level)
        if ans.kind is AnswerKind.UNKNOWN:
            return QCoreApplication.translate("WalkthroughController", "weiß nicht")
        if ans.kind is AnswerKind.NOT_RELEVANT:
            return QCoreApplication.translate("WalkthroughController", "nicht relevant")
        return QCoreApplication.translate("WalkthroughController", "ohne Antwort")

    def _store(self, answer: Answer) -> bool:
        """Write ``answer`` (without its votes); on failure show the stored state and say so."""
        try:
            self._ws.save_answer(self._id, replace(answer, votes=()))
        except StoreFailed as exc:
            self._write_failed(exc)
            return False
        self.answers.answers[answer.statement_id] = answer
        return True

    def _write_failed(self, exc: StoreFailed) -> None:
        """Show what is stored (not what was clicked) and report why the write failed."""
        text = database_error_message(exc, self.lang)
        try:
            stored = self._ws.answers(self._id)
        except StoreFailed:
            stored = self.answers  # cannot even read: what was last stored stays shown
        self.answers = stored
        with self._quietly():
            self._render_answer()
            self._render_sidebar()
        self._hint(
            QCoreApplication.translate(
                "WalkthroughController", "Nicht gespeichert – siehe Meldung"
            ),
            attention=True,
        )
        self.writeFailed.emit(text)

    def _save(self, answer: Answer, *, rerender: bool = True, hint: str | None = None) -> bool:
        if not self._store(answer):
            return False
        self._hint(
            hint or QCoreApplication.translate("WalkthroughController", "Gespeichert"),
            attention=hint is not None,
        )
        if rerender:
            with self._quietly():
                self._render_answer()
                self._render_sidebar()
        else:
            self._render_sidebar()
        self.answersChanged.emit()
        return True

    def _matches_filter(self, st: Statement) -> bool:
        mode = self.view.filter_combo.currentData()
        ans = self.answers.get(st.id)
        if mode == FILTER_OPEN:
            return not is_answered(ans)
        if mode == FILTER_FLAGGED:
            return ans.flagged
        return True

    def _step(self, direction: int) -> Statement | None:
        idx = self._order.index(self.current)
        rng = range(idx + 1, len(self._order)) if direction > 0 else range(idx - 1, -1, -1)
        for i in rng:
            if self._matches_filter(self._order[i]):
                return self._order[i]
        return None

    def _first_open(self) -> str | None:
        for st in self._order:
            if not is_answered(self.answers.get(st.id)):
                return st.id
        return None

    def open_count(self) -> int:
        return len(self._order) - self.answered_count()

    # -- slots ------------------------------------------------------------------------------
    @Slot(int)
    def _on_view_levelChosen(self, level: int) -> None:
        self.flush()
        self._change(replace(self.answer(), kind=AnswerKind.RATED, level=level))

    @Slot(str)
    def _on_view_kindChosen(self, kind: str) -> None:
        self.flush()
        ans = self.answer()
        if kind == "clear":
            self._change(replace(ans, kind=None, level=None))
        else:
            self._change(replace(ans, kind=AnswerKind(kind), level=None))

    @Slot()
    def _on_view_nextRequested(self) -> None:
        nxt = self._step(+1)
        if nxt is not None:
            self.go_to(nxt.id)
        else:
            self.flush()
            n = self.open_count()
            if n == 0:
                self._hint(
                    QCoreApplication.translate(
                        "WalkthroughController", "Ende erreicht – weiter mit „Ergebnisse“."
                    )
                )
                return
            self._hint(
                QCoreApplication.translate(
                    "WalkthroughController", "Ende erreicht – noch 1 Aussage offen"
                )
                if n == 1
                else QCoreApplication.translate(
                    "WalkthroughController", "Ende erreicht – noch {n} Aussagen offen"
                ).format(n=n),
                attention=True,
            )
            self.view.first_open_button.setVisible(True)

    @Slot()
    def _on_view_firstOpenRequested(self) -> None:
        first = self._first_open()
        if first is not None:
            self.go_to(first)

    @Slot()
    def _on_view_previousRequested(self) -> None:
        prev = self._step(-1)
        if prev is not None:
            self.go_to(prev.id)

    @Slot(QListWidgetItem)
    def _on_dimension_list_itemActivated(self, item: QListWidgetItem) -> None:
        dim = self.guideline.dimension(str(item.data(0x0100)))
        if self.current.dimension_id == dim.id:
            return
        target = next((s for s in dim.statements if self._matches_filter(s)), dim.statements[0])
        self.go_to(target.id)

    @Slot(int)
    def _on_filter_combo_currentIndexChanged(self, _index: int) -> None:
        if not self._matches_filter(self.current):
            self._on_jump_button_clicked()

    @Slot()
    def _on_jump_button_clicked(self) -> None:
        """Next statement matching the filter (unanswered when showing all), wrapping.

        Says so in the hint line when there is none: a button that silently does nothing
        reads as broken.
        """
        self.flush()
        flagged = self.view.filter_combo.currentData() == FILTER_FLAGGED
        idx = self._order.index(self.current)
        for st in self._order[idx + 1 :] + self._order[:idx]:
            ans = self.answers.get(st.id)
            if ans.flagged if flagged else not is_answered(ans):
                self.go_to(st.id)
                return
        self._hint(
            QCoreApplication.translate(
                "WalkthroughController", "Keine weiteren markierten Aussagen"
            )
            if flagged
            else QCoreApplication.translate(
                "WalkthroughController", "Keine weiteren offenen Aussagen"
            ),
            attention=True,
        )

    @Slot(int)
    def _on_target_combo_activated(self, index: int) -> None:
        if not self._loading:
            self._change(replace(self.answer(), target=index), rerender=False)

    @Slot(bool)
    def _on_flag_box_toggled(self, checked: bool) -> None:
        if not self._loading:
            self._change(replace(self.answer(), flagged=checked), rerender=False)

    @Slot(int, str)
    def _on_voting_voteChanged(self, respondent_id: int, data: str) -> None:
        if data == NO_VOTE:
            kind, level = None, None
        elif data in ("unknown", "not_relevant"):
            kind, level = AnswerKind(data), None
        else:
            kind, level = AnswerKind.RATED, int(data)
        try:
            self._ws.save_vote(self._id, respondent_id, self.current.id, kind, level)
        except StoreFailed as exc:
            self._write_failed(exc)
            return
        self._refresh_current_votes()

    @Slot(str, str, int)
    def _on_voting_respondentAdded(self, label: str, role: str, headcount: int) -> None:
        try:
            self._ws.add_respondent(self._id, NewRespondent(label, role, headcount))
        except StoreFailed as exc:
            self._write_failed(exc)
            return
        self._respondents = self._ws.info(self._id).respondents
        self._fill_static()
        with self._quietly():
            self._render_answer()

    @Slot()
    def _on_voting_adoptMedianClicked(self) -> None:
        kind, level = self.answer().effective()
        if kind is not None:
            self._change(replace(self.answer(), kind=kind, level=level))

    def _refresh_current_votes(self) -> None:
        fresh = self._ws.answers(self._id).get(self.current.id)
        self.answers.answers[self.current.id] = replace(self.answer(), votes=fresh.votes)
        with self._quietly():
            self._render_answer()
            self._render_sidebar()
        self.answersChanged.emit()

    @Slot(str)
    def _on_language_changed(self, _code: str) -> None:
        self.flush()
        self._fill_static()
        self._render()
