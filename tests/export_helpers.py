"""An assessment with hostile text for the export tests, and small readers for their files."""

from __future__ import annotations

import dataclasses
import io
import zipfile
from datetime import date

from desktop_app.domain.answers import Answer, AnswerKind, AnswerSet, Vote
from desktop_app.domain.assessment import Evaluation, RespondentInfo, evaluate
from desktop_app.domain.model import Category, Guideline
from desktop_app.domain.plan import Decision, PlanEntry
from desktop_app.services.demo_data import build_demo

FORMULAS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "=1+1"]
MARKUP = ["<b>fett</b> & Co", "<script>alert(1)</script>", "S&P 500 <i>", "]]><!--"]
CONTROL = "Steuer\x00zeichen\x07 und \x1b[31mFarbe\x0b"
EMOJI = "Daumen 👍 hoch 🎉"
LONG_COMMENT = ("Sehr langer Kommentar ohne Ende. " * 700)[:20_000]
HOSTILE_OWNER = '=HYPERLINK("http://x","y") <b>Amt</b> & Co'
HOSTILE_TITLE = "<b>Budget & S&P 500</b> 👍"
# A respondent label that may be a person's name: it must appear in no research file.
PERSON = "Erika Mustermann"


def hostile_evaluation(guideline: Guideline) -> Evaluation:
    """The demo with hostile comments, a 20,000-character comment, hostile adopted own
    measures with due dates, and a role group of one person whose label is a name."""
    d = build_demo(guideline)
    info = dataclasses.replace(
        d.info, municipality="Teststadt <b>&</b>", project="Vorhaben =1+1",
        respondents=(*d.info.respondents,
                     RespondentInfo(99, PERSON, "Personalrat", 1)),
    )
    answers = dict(d.answers.answers)
    comments = [*FORMULAS, *MARKUP, CONTROL, EMOJI, LONG_COMMENT]
    ids = [s.id for s in guideline.statements]
    for sid, comment in zip(ids, comments, strict=False):
        base = answers.get(sid) or Answer(sid, AnswerKind.RATED, 2)
        votes = (*base.votes, Vote(PERSON, "Personalrat", AnswerKind.RATED, 0))
        answers[sid] = dataclasses.replace(base, comment=comment, votes=votes)
    entries = [
        *d.entries,
        PlanEntry(key="own:00000000-0000-4000-8000-00000000aaa1", category=Category.TECHNICAL,
                  title=HOSTILE_TITLE, text=f"{MARKUP[1]} {CONTROL}", owner=HOSTILE_OWNER,
                  decision=Decision.ACCEPTED, due=date(2027, 1, 31)),
        PlanEntry(key="own:00000000-0000-4000-8000-00000000aaa2",
                  category=Category.ORGANISATIONAL, title="@SUM(1) Formel im Titel",
                  owner="+cmd", decision=Decision.ACCEPTED),  # adopted, no due date
        PlanEntry(key="own:00000000-0000-4000-8000-00000000aaa3", category=Category.PERSONNEL,
                  title="Verworfen & erledigt", decision=Decision.REJECTED,
                  reject_reason="=HYPERLINK(\"http://x\",\"y\")"),
    ]
    return evaluate(guideline, info, AnswerSet(d.answers.default_target, answers), entries)


def zip_texts(data: bytes) -> dict[str, str]:
    """Every XML part of an Office file as text."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n).decode("utf-8", "replace") for n in z.namelist()
                if n.endswith((".xml", ".rels"))}
