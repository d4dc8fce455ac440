"""A scripted 11-person workshop round: how many taps and key presses, and how long each takes.

Runs the real desktop app offscreen and eleven phones in Debian's Chromium (Playwright, no
browser download): 2 Verwaltungsvorstand, 3 Fachbereich, 2 IT, 1 Personalrat, 3 pilot users
rate every statement of the demo guideline, the moderator closes the round and works the
consensus board by keyboard. Prints the interaction counts and the measured machine time per
step; the human time (reading a statement, discussing) comes on top and is the budget's main
part — see the closing summary it prints.

Usage: ``python scripts/workshop_timing.py [--statements N]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PEOPLE = (["Verwaltungsvorstand"] * 2 + ["Fachbereich"] * 3 + ["IT"] * 2 + ["Personalrat"]
          + ["Pilotnutzende"] * 3)
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--statements", type=int, default=0, help="0: all")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop_app.domain.assessment import NewAssessment, Phase, RoleGroup
    from desktop_app.services.session import BoardStatus
    from desktop_app.services.workspace import Workspace
    from desktop_app.ui.background import SyncRunner
    from desktop_app.ui.dialogs import QtDialogs
    from desktop_app.ui.i18n import Language
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.theme import Theme
    from desktop_app.ui.views.assessment_view import TAB_VOTING

    app = QApplication(sys.argv[:1])
    ws = Workspace(Path(tempfile.mkdtemp(prefix="wk-timing-")))
    groups = tuple(RoleGroup(name, PEOPLE.count(name)) for name in dict.fromkeys(PEOPLE))
    aid = ws.create_assessment(NewAssessment(
        municipality="Stadt Lindenfeld", project="Digitaler Zwilling", phase=Phase.INTRODUCTION,
        held_on=date(2026, 9, 15), role_groups=groups))
    window = MainWindow(ws, Language("de", app), Theme(presentation=True), QtDialogs(),
                        SyncRunner())
    window.resize(1280, 800)
    window.show()
    window.open_assessment(aid)
    window.show_tab(TAB_VOTING)
    vc = window.assessment.voting
    view = window.assessment.view.voting
    view.address_combo.setCurrentIndex(view.address_combo.findData("127.0.0.1"))
    ids = [st.id for st in vc.session.order]
    if args.statements:
        ids = ids[: args.statements]
    started = time.perf_counter()
    assert vc.start_round(ids)
    open_s = time.perf_counter() - started
    url = "http://" + view.url_label.text()

    per_statement: list[float] = []
    taps = 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        device = {k: v for k, v in p.devices["Pixel 5"].items() if k != "default_browser_type"}
        contexts = [browser.new_context(**device, locale="de-DE") for _ in PEOPLE]
        pages = [c.new_page() for c in contexts]
        for page, group in zip(pages, PEOPLE, strict=True):
            page.goto(url)
            page.locator("label.choice", has_text=group).tap()
            page.get_by_role("button", name="Weiter", exact=True).tap()
            taps += 2
        for k, _sid in enumerate(ids):
            for n, page in enumerate(pages):
                # The room disagrees on every seventh statement: leadership and IT see it
                # clearly better than the departments, the staff council and pilot users.
                better = PEOPLE[n] in ("Verwaltungsvorstand", "IT")
                level = (4 if better else 1) if k % 7 == 0 else 2
                began = time.perf_counter()
                page.locator(f"#levels button[data-level='{level}']").tap()
                page.locator("#save-status").filter(has_text="Gespeichert").wait_for()
                if k < len(ids) - 1:
                    page.get_by_role("button", name="Weiter →", exact=True).tap()
                per_statement.append(time.perf_counter() - began)
                taps += 2 if k < len(ids) - 1 else 1
                app.processEvents()
        for c in contexts:
            c.close()
        browser.close()

    began = time.perf_counter()
    vc.close_round()
    close_s = time.perf_counter() - began
    board = view.board
    rows = [vc.model.row_at(n) for n in range(vc.model.rowCount())]
    disputed = [r for r in rows if r.status is BoardStatus.DISPUTED]
    agreed = [r for r in rows if r.status is BoardStatus.AGREED]
    began = time.perf_counter()
    QTest.keyClick(board, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    agreed_s = time.perf_counter() - began
    keys_agreed = 1
    disputed_times = []
    keys_disputed = 0
    for row in disputed:
        began = time.perf_counter()
        board.selectRow(vc.model.row_of(row.statement_id))
        QTest.keyClick(board, "2")
        QTest.keyClicks(view.rationale_edit, "Leitung positiver")
        QTest.keyClick(view.rationale_edit, Qt.Key.Key_Return)
        disputed_times.append(time.perf_counter() - began)
        keys_disputed = 1 + 1 + 1  # select (↓), level, Enter after the typed line
    settled = sum(1 for sid in ids if vc.session.answer(sid).settled)
    window.close()
    ws.close()

    print(f"statements: {len(ids)}, people: {len(PEOPLE)}")
    print(f"phone taps: 2 to join, then 2 per statement (rating + Weiter) = {taps} in all")
    print(f"phone, machine time per statement (tap → saved → next): median "
          f"{statistics.median(per_statement) * 1000:.0f} ms, p95 "
          f"{sorted(per_statement)[int(0.95 * len(per_statement))] * 1000:.0f} ms")
    print(f"moderator: open round {open_s * 1000:.0f} ms, close round {close_s * 1000:.0f} ms")
    print(f"agreed statements: {len(agreed)}, all taken with {keys_agreed} key press "
          f"(Ctrl+Enter) in {agreed_s * 1000:.0f} ms")
    if disputed_times:
        print(f"disputed statements: {len(disputed)}, each {keys_disputed} key presses plus the "
              f"typed rationale, machine time median "
              f"{statistics.median(disputed_times) * 1000:.0f} ms")
    print(f"consensus recorded: {settled} of {len(ids)}")
    human_vote = 15  # seconds to read a statement and its levels on a phone
    discuss = 180  # seconds of discussion per disputed statement
    budget = len(ids) * human_vote / 60 + len(disputed) * discuss / 60
    print(f"budget at {human_vote} s per statement on the phone and {discuss // 60} min per "
          f"disputed statement: {len(ids) * human_vote / 60:.0f} min silent round + "
          f"{len(disputed) * discuss / 60:.0f} min discussion = {budget:.0f} min")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
