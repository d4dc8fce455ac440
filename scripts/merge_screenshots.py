"""Save PNGs of the merge's conflict screen, German and English, normal and projector size.

Usage: ``xvfb-run -a -s "-screen 0 1600x1000x24" python scripts/merge_screenshots.py OUTDIR``
(or with ``QT_QPA_PLATFORM=offscreen``). Two throw-away data folders stand for two laptops:
the demo is carried from one to the other, both change the same answers, measures and
details apart, and the second laptop's file is merged into the first. Nothing touches the
user's data.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.plan import Decision
from desktop_app.services.workspace import Workspace
from desktop_app.ui.controllers.conflict_controller import ConflictController
from desktop_app.ui.i18n import Language
from desktop_app.ui.theme import Theme
from desktop_app.ui.views.conflict_dialog import ConflictDialog

SIZE = (1280, 800)


def diverge(here: Workspace, there: Workspace, aid: int) -> None:
    """What two groups of one workshop might do to the same assessment apart."""
    rid = {r.label: r.id for r in there.info(aid).respondents}
    entry = here.plan_entries(aid)[0]
    here.save_answer(aid, Answer("A1", AnswerKind.RATED, 1, comment=(
        "Leitung und Fachbereiche verstehen unter Digitalisierung vor allem neue Software.")))
    there.save_answer(aid, Answer("A1", AnswerKind.RATED, 3, comment=(
        "Im Fachbereich Planung wird der Digitale Zwilling als gemeinsame Arbeitsweise "
        "beschrieben, nicht nur als Technik.")))
    here.save_plan_entry(aid, replace(entry, decision=Decision.ACCEPTED, owner="CDO"))
    there.save_plan_entry(aid, replace(entry, decision=Decision.REJECTED, owner="Personalamt"))
    here.update_info(aid, title="Workshop Change-Readiness (Gruppe Verwaltung)")
    there.update_info(aid, title="Workshop Change-Readiness (Gruppe Personalrat)")
    there.save_vote(aid, rid["Fachbereiche"], "B1", AnswerKind.RATED, 1)


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "merge_shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="wandelkompass-merge-shots-") as tmp:
        root = Path(tmp)
        here, there = Workspace(root / "here"), Workspace(root / "there")
        try:
            aid = here.create_demo("de")
            there.import_file(here.export(aid, root / "start.json"))
            diverge(here, there, aid)
            plan = here.plan_merge(there.export(aid, root / "there.json"))
            for lang in ("de", "en"):
                for presentation in (False, True):
                    language = Language(lang)
                    Theme(presentation=presentation).apply(app)
                    dialog = ConflictDialog()
                    controller = ConflictController(
                        dialog, plan, here.guideline_for(aid), here.db.device, language
                    )
                    dialog.resize(*SIZE)
                    dialog.show()
                    # Two decided, the comment open: the screen mid-way, as the team sees it.
                    for row, button in ((0, dialog.theirs.take_button),
                                        (1, dialog.mine.take_button)):
                        dialog.table.selectRow(row)
                        button.click()
                    comment = next(r for r in range(dialog.model.rowCount())
                                   if dialog.model.conflict(r).field == "comment")
                    dialog.table.selectRow(comment)
                    for _ in range(5):
                        app.processEvents()
                    mode = "presentation" if presentation else "normal"
                    path = out / f"conflicts_{lang}_{mode}.png"
                    dialog.grab().save(str(path))
                    print(path)
                    if not presentation:  # a decided one: its chosen side is marked
                        dialog.table.selectRow(0)
                        app.processEvents()
                        path = out / f"conflicts_{lang}_decided.png"
                        dialog.grab().save(str(path))
                        print(path)
                    dialog.close()
                    dialog.deleteLater()
                    del controller
        finally:
            here.close()
            there.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
