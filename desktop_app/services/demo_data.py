"""A realistic, deterministic demo assessment: a mid-sized city introducing a digital twin.

The answers are generated from the guideline itself (so the demo follows any content
version) with a fixed pseudo-random sequence and a profile typical of the reference case:
technology fairly advanced, participation and sustaining funding weak, culture mixed. A few
statements carry the story the comments tell (a CDO in post, the staff council asking to be
involved earlier, funding open after the grant); they are fixed by id and skipped when a
content version lacks them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date

from desktop_app.domain.answers import Answer, AnswerKind, AnswerSet, Vote
from desktop_app.domain.assessment import AssessmentInfo, Phase, RespondentInfo
from desktop_app.domain.model import Category, Effort, Guideline
from desktop_app.domain.plan import Decision, PlanEntry, Status
from desktop_app.domain.rules import Priority
from desktop_app.domain.snapshot import (
    AssessmentSnapshot,
    Stamp,
    StampedAnswer,
    StampedEntry,
    StampedRespondent,
    StampedVote,
    new_stamp,
)

DEMO_MUNICIPALITY = "Stadt Lindenfeld (Demo)"
DEMO_PROJECT = "Einführung Digitaler Zwilling"

# Typical level per dimension position for the reference case (1st dimension first).
_PROFILE = [2, 2, 2, 1, 2, 3, 1, 2, 1, 1]

# Eleven people, as in the reference workshop; every group has at least three, so the
# perception comparison (which never shows fewer than three people) can show all of them.
ROLE_GROUPS = [
    ("Verwaltungsvorstand", "Leitung", 3),
    ("Fachbereiche", "Beschäftigte", 5),
    ("IT und Geodaten", "IT", 3),
]

# Statement id -> (consensus level, comment): the answers the demo's story rests on.
_FIXED: dict[str, tuple[int, str]] = {
    "C3": (3, "CDO seit 2025 im Amt, koordiniert alle Vorhaben der Verwaltung."),
    "E2": (2, "Pilotgruppe Geodaten & Vermessung berichtet positive Erfahrungen."),
    "E9": (2, "Uneinig: Leitung sieht das deutlich positiver als die Fachbereiche."),
    "E11": (1, "Personalrat wünscht frühere Einbindung – siehe Protokoll vom März."),
    "H4": (1, "Im Fachbereich Stadtplanung gut bekannt, in anderen Fachbereichen kaum."),
    "J1": (1, "Finanzierung nach Ende der Förderung offen (Haushalt 2027 ff.)."),
}


@dataclass(frozen=True)
class DemoAssessment:
    info: AssessmentInfo
    answers: AnswerSet
    entries: list[PlanEntry]


def build_demo(guideline: Guideline) -> DemoAssessment:
    rng = random.Random(20260915)
    respondents = tuple(
        RespondentInfo(id=i + 1, label=label, role_group=group, headcount=count)
        for i, (label, group, count) in enumerate(ROLE_GROUPS)
    )
    info = AssessmentInfo(
        id=0,
        uuid="00000000-0000-4000-8000-00000000d3e0",
        municipality=DEMO_MUNICIPALITY,
        project=DEMO_PROJECT,
        phase=Phase.INTRODUCTION,
        held_on=date(2026, 9, 15),
        moderator="Stabsstelle Digitalisierung",
        participants="Verwaltungsvorstand, Fachbereiche (Planung, Umwelt, Tiefbau), IT, "
        "Personalrat, Pilotnutzende",
        content_version=guideline.version,
        default_target=3,
        title="Workshop Change-Readiness",
        respondents=respondents,
    )
    answers: dict[str, Answer] = {}
    for d_index, dim in enumerate(guideline.dimensions):
        base = _PROFILE[d_index % len(_PROFILE)]
        for st in dim.statements:
            roll = rng.random()
            fixed = _FIXED.get(st.id)
            if fixed is None and roll < 0.05:
                answers[st.id] = Answer(st.id, AnswerKind.UNKNOWN, flagged=True)
                continue
            if fixed is None and roll < 0.08:
                answers[st.id] = Answer(st.id, AnswerKind.NOT_RELEVANT)
                continue
            level = max(0, min(4, base + rng.choice([-1, 0, 0, 0, 1])))
            if fixed is not None:
                level = fixed[0]
            # Leadership tends to rate higher than staff: a perception gap worth showing.
            lead = min(4, level + rng.choice([0, 0, 0, 1, 1, 2]))
            staff = max(0, level - rng.choice([0, 0, 0, 0, 1]))
            it = max(0, min(4, level + rng.choice([0, 0, 0, 1, -1])))
            votes = (
                Vote("Verwaltungsvorstand", "Leitung", AnswerKind.RATED, lead, 3),
                Vote("Fachbereiche", "Beschäftigte", AnswerKind.RATED, staff, 5),
                Vote("IT und Geodaten", "IT", AnswerKind.RATED, it, 3),
            )
            comment = fixed[1] if fixed is not None else ""
            target = 4 if st.weight >= 1.5 else None
            answers[st.id] = Answer(
                st.id,
                AnswerKind.RATED,
                level,
                target=target,
                comment=comment,
                evidence="Protokoll Workshop 15.09." if rng.random() < 0.15 else "",
                flagged=lead - staff >= 2,
                votes=votes,
            )
    entries = [
        PlanEntry(
            key="own:0d3e0000-0000-4000-8000-000000000001",
            category=Category.PERSONNEL,
            title="Pilotgruppe „Geodaten & Vermessung“ als Multiplikatoren einsetzen",
            text="Die Pilotnutzenden stellen den Digitalen Zwilling in jeder Runde der "
            "Fachbereichsleitungen an einem echten Planungsfall vor.",
            decision=Decision.ACCEPTED,
            owner="Fachbereichsleitung Vermessung",
            due=date(2026, 12, 15),
            priority=Priority.HIGH,
            effort=Effort.LOW,
            status=Status.IN_PROGRESS,
        ),
    ]
    return DemoAssessment(info, AnswerSet(default_target=3, answers=answers), entries)


def demo_snapshot(guideline: Guideline, lang: str = "de") -> AssessmentSnapshot:
    """The demo as an importable snapshot, with its report in ``lang``."""
    demo = build_demo(guideline)
    respondents = [
        StampedRespondent(new_stamp(), r.label, r.role_group, r.headcount)
        for r in demo.info.respondents
    ]
    by_label = {r.label: r.stamp.uuid for r in respondents}
    answers = demo.answers.answers.values()
    return AssessmentSnapshot(
        info=replace(demo.info, report_language=lang),
        stamp=Stamp(demo.info.uuid),
        respondents=respondents,
        answers=[StampedAnswer(new_stamp(), replace(a, votes=())) for a in answers],
        votes=[
            StampedVote(new_stamp(), by_label[v.respondent], a.statement_id, v.kind, v.level)
            for a in answers
            for v in a.votes
        ],
        plan=[StampedEntry(new_stamp(), e) for e in demo.entries],
    )
