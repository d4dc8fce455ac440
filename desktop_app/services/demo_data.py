"""A realistic, deterministic demo assessment: a mid-sized city introducing a digital twin.

The answers are generated from the guideline itself (so the demo follows any content
version) with a fixed pseudo-random sequence and a profile typical of the reference case:
technology fairly advanced, participation and sustaining funding weak, culture mixed. A few
statements carry the story the comments tell (a CDO in post, the staff council asking to be
involved earlier, funding open after the grant); they are fixed by id and skipped when a
content version lacks them.

The demo chain tells the same city's story over three workshops a year apart
(:data:`STAGES`): a baseline when planning began (made with guideline 1.1.0, so the progress
report shows a version change), the interim assessment (the single demo, with the measures
it accepted) and a final one in the sustaining phase, which looks back at the interim's
measures.
"""

from __future__ import annotations

import random
import uuid as uuid_mod
from dataclasses import dataclass, field, replace
from datetime import date

from desktop_app.domain.answers import Answer, AnswerKind, AnswerSet, Vote
from desktop_app.domain.assessment import (
    AssessmentInfo,
    Evaluation,
    Phase,
    RespondentInfo,
    evaluate,
)
from desktop_app.domain.model import Category, Effort, Guideline
from desktop_app.domain.plan import Decision, Origin, PlanEntry, Status
from desktop_app.domain.progress import ReviewStatus, StoredReview
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


def _says_disputed(fixed: tuple[int, str] | None) -> bool:
    return fixed is not None and fixed[1].startswith("Uneinig")


@dataclass(frozen=True)
class DemoStage:
    """One workshop of the demo chain; the defaults are the single demo assessment."""

    seed: int = 20260915
    held_on: date = date(2026, 9, 15)
    phase: Phase = Phase.INTRODUCTION
    title: str = "Workshop Change-Readiness"
    shift: tuple[int, ...] = (0,) * 10  # levels up or down per dimension, against _PROFILE
    fixed: dict[str, tuple[int, str]] = field(default_factory=lambda: dict(_FIXED))
    version: str = "1.2.0"  # the guideline version the workshop was made with
    accept: int = 0  # accept this many measures of the focus list …
    statuses: tuple[Status, ...] = ()  # … and record how far each of them has come
    own_measure: bool = True  # the pilot group's own measure (from the interim on)


STAGES: tuple[DemoStage, ...] = (
    DemoStage(
        seed=20250916, held_on=date(2025, 9, 16), phase=Phase.PLANNING,
        title="Auftakt-Workshop", shift=(-1, -1, -1, 0, -1, -1, 0, 0, 0, -1),
        fixed={
            "C3": (2, "CDO-Stelle zum 1.9. besetzt, Aufgaben noch nicht beschlossen."),
            "J1": (0, "Finanzierung nur für die Förderlaufzeit geklärt."),
        },
        version="1.1.0", accept=6,
        statuses=(Status.DONE, Status.DONE, Status.DONE, Status.IN_PROGRESS,
                  Status.IN_PROGRESS, Status.OPEN),
        own_measure=False,
    ),
    DemoStage(accept=5, statuses=(Status.DONE, Status.IN_PROGRESS, Status.DONE, Status.OPEN,
                                  Status.IN_PROGRESS)),
    DemoStage(
        seed=20270917, held_on=date(2027, 9, 14), phase=Phase.SUSTAINING,
        title="Bilanz-Workshop", shift=(0, 1, 0, 1, 1, 1, 1, -1, 0, 1),
        fixed={
            "C3": (4, "CDO berät den Verwaltungsvorstand in jeder Sitzung."),
            "E11": (3, "Dienstvereinbarung zum Digitalen Zwilling abgeschlossen."),
            "H4": (1, "Nach dem Wechsel der Projektleitung kaum noch Informationen."),
            "J1": (2, "Betrieb bis 2029 im Haushalt, Weiterentwicklung offen."),
        },
        accept=4,
    ),
)

# What the final workshop says about the interim's measures: the own measure is done, what
# the plan marks done stays done, the first measure still open was dropped and the first one
# in progress goes on; the rest are proposals the team has yet to confirm.
_OWN_NOTE = "Die Pilotgruppe hat in allen Runden der Fachbereichsleitungen vorgestellt."
_DROPPED_NOTE = "Zurückgestellt, bis die neue Projektleitung eingearbeitet ist."
_GOING_ON_NOTE = "Zweite Runde mit dem Fachbereich Umwelt im Frühjahr."


@dataclass(frozen=True)
class DemoAssessment:
    info: AssessmentInfo
    answers: AnswerSet
    entries: list[PlanEntry]


def build_demo(guideline: Guideline, stage: DemoStage | None = None) -> DemoAssessment:
    stage = stage or DemoStage()
    rng = random.Random(stage.seed)
    respondents = tuple(
        RespondentInfo(id=i + 1, label=label, role_group=group, headcount=count)
        for i, (label, group, count) in enumerate(ROLE_GROUPS)
    )
    info = AssessmentInfo(
        id=0,
        uuid="00000000-0000-4000-8000-00000000d3e0",
        municipality=DEMO_MUNICIPALITY,
        project=DEMO_PROJECT,
        phase=stage.phase,
        held_on=stage.held_on,
        moderator="Stabsstelle Digitalisierung",
        participants="Verwaltungsvorstand, Fachbereiche (Planung, Umwelt, Tiefbau), IT, "
        "Personalrat, Pilotnutzende",
        content_version=guideline.version,
        default_target=3,
        title=stage.title,
        respondents=respondents,
    )
    answers: dict[str, Answer] = {}
    for d_index, dim in enumerate(guideline.dimensions):
        shift = stage.shift[d_index % len(stage.shift)]
        base = max(0, min(4, _PROFILE[d_index % len(_PROFILE)] + shift))
        for st in dim.statements:
            roll = rng.random()
            fixed = stage.fixed.get(st.id)
            if fixed is None and roll < 0.05:
                answers[st.id] = Answer(st.id, AnswerKind.UNKNOWN, flagged=True)
                continue
            if fixed is None and roll < 0.08:
                answers[st.id] = Answer(st.id, AnswerKind.NOT_RELEVANT)
                continue
            level = max(0, min(4, base + rng.choice([-1, 0, 0, 0, 1])))
            if fixed is not None:
                level = fixed[0]
            # Leadership tends to rate higher than staff: a perception gap worth showing, yet
            # mostly by one level, so that the room discusses about a dozen statements, not a
            # third of them; where the story says the room disagrees, by two.
            lead = min(4, level + rng.choice([0, 0, 0, 1, 1, 1]))
            if _says_disputed(fixed):
                lead = min(4, level + 2)
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
                evidence=f"Protokoll Workshop {stage.held_on:%d.%m.}" if rng.random() < 0.15
                else "",
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
    ] if stage.own_measure else []
    answer_set = AnswerSet(default_target=3, answers=answers)
    entries += _accepted(guideline, info, answer_set, entries, stage)
    return DemoAssessment(info, answer_set, entries)


def _accepted(guideline: Guideline, info: AssessmentInfo, answers: AnswerSet,
              entries: list[PlanEntry], stage: DemoStage) -> list[PlanEntry]:
    """The first measures of the focus list, accepted, with the statuses of the stage."""
    if not stage.accept:
        return []
    plan = evaluate(guideline, info, answers, entries).plan
    proposals = [i for i in plan.focus() if i.origin is Origin.DERIVED][: stage.accept]
    statuses = stage.statuses or (Status.OPEN,) * len(proposals)
    return [PlanEntry(i.key, decision=Decision.ACCEPTED, status=status)
            for i, status in zip(proposals, statuses, strict=False)]


def demo_snapshot(
    guideline: Guideline, lang: str = "de", stage: DemoStage | None = None
) -> AssessmentSnapshot:
    """The demo as an importable snapshot, with its report in ``lang``."""
    demo = build_demo(guideline, stage)
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


def demo_chain(guidelines: dict[str, Guideline], lang: str = "de") -> list[AssessmentSnapshot]:
    """The three workshops of :data:`STAGES` as importable snapshots, each linked to the last.

    ``guidelines`` maps each stage's version to its guideline. Fresh identities every time,
    so the chain can be created beside an earlier copy of it.
    """
    out: list[AssessmentSnapshot] = []
    previous: str | None = None
    for stage in STAGES:
        snap = demo_snapshot(guidelines[stage.version], lang, stage)
        ident = str(uuid_mod.uuid4())
        out.append(replace(snap, info=replace(snap.info, uuid=ident, previous_uuid=previous),
                           stamp=Stamp(ident)))
        previous = ident
    return out


def final_reviews(previous: Evaluation) -> list[StoredReview]:
    """What the final workshop recorded about the interim's measures (see _FINAL_REVIEW)."""
    from desktop_app.domain.progress import review_items

    out: list[StoredReview] = []
    told: set[Status] = set()
    for item in review_items(previous, []):
        status = item.item.entry.status
        if item.item.origin is Origin.OWN:
            out.append(StoredReview(item.key, ReviewStatus.DONE, True, _OWN_NOTE))
        elif status is Status.DONE:
            out.append(StoredReview(item.key, ReviewStatus.DONE, True))
        elif status not in told:
            told.add(status)
            if status is Status.OPEN:
                out.append(StoredReview(item.key, ReviewStatus.DROPPED, True, _DROPPED_NOTE))
            else:
                out.append(StoredReview(item.key, ReviewStatus.IN_PROGRESS, True,
                                        _GOING_ON_NOTE))
    return out


def interim_reviews(previous: Evaluation) -> list[StoredReview]:
    """The interim workshop confirmed what the baseline's plan says of each measure."""
    from desktop_app.domain.progress import review_items

    return [StoredReview(i.key, i.proposed, confirmed=True) for i in review_items(previous, [])]
