"""Typing in dot-voting counts, statement after statement (the fallback without phones).

The counts of one role group on one statement go through ``WorkshopSession.record_tally``
and join the distribution like phone votes; typed again, they replace the earlier counts.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from desktop_app.services.errors import StoreFailed
from desktop_app.services.messages import database_error_message
from desktop_app.services.session import WorkshopSession
from desktop_app.texts import tn
from desktop_app.ui.dialogs import Dialogs
from desktop_app.ui.views.tally_dialog import CHOICES, TallyDialog


class TallyController(QObject):
    def __init__(
        self,
        session: WorkshopSession,
        dialogs: Dialogs,
        lang: str,
        start_at: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._dialogs = dialogs
        self._lang = lang
        self.groups = [g.name for g in session.role_groups]
        g = session.guideline
        self.dialog = TallyDialog(self.groups, [lvl.label.get(lang) for lvl in g.scale])
        self.current = start_at
        self.dialog.storeRequested.connect(self._on_store)
        self.dialog.nextRequested.connect(self._on_move)
        for box in self.dialog.fields.values():
            box.valueChanged.connect(self._show_total)
        self._show()

    def run(self) -> None:
        self._dialogs.run(self.dialog)
        self.dialog.deleteLater()

    def _show(self) -> None:
        st = self.session.guideline.statement(self.current)
        d = self.dialog
        d.position.setText(
            self.tr("Aussage {n} von {total} · Runde {round}").format(
                n=self.session.position(st.id) + 1, total=len(self.session.order),
                round=self.session.round_number)
        )
        d.statement.setText(f"{st.id}  {st.text.get(self._lang)}")
        counts = self._stored_counts()
        for group in self.groups:
            d.set_counts(group, counts.get(group, {}))
        self._show_total()
        first = d.fields.get((self.groups[0], "0")) if self.groups else None
        if first is not None:
            first.setFocus()

    def _stored_counts(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for v in self.session.answer(self.current).votes:
            if not v.tally:
                continue
            choice = str(v.level) if v.level is not None else v.kind.value
            out.setdefault(v.role_group, {})[choice] = v.headcount
        return out

    def _show_total(self) -> None:
        total = sum(self.dialog.counts(g)[c] for g in self.groups for c in CHOICES)
        people = sum(g.headcount for g in self.session.role_groups)
        text = tn("count.people", total, self._lang)
        if people:
            text += " · " + self.tr("erwartet: {n}").format(n=people)
        self.dialog.total.setText(text)

    @Slot()
    def _on_store(self) -> None:
        try:
            for group in self.groups:
                self.session.record_tally(self.current, group, self.dialog.counts(group))
        except StoreFailed as exc:
            self._dialogs.error(self.dialog, self.tr("Strichliste"),
                                database_error_message(exc, self._lang))
            return
        self._on_move(+1)

    @Slot(int)
    def _on_move(self, step: int) -> None:
        nxt = self.session.step(self.current, step)
        if nxt is None:
            if step > 0:
                self.dialog.accept()
            return
        self.current = nxt
        self._show()
