"""Reading and writing assessments; the only module that turns rows into domain objects.

Every write is its own short transaction, committed before the function returns: a workshop
can close the laptop lid at any moment and lose nothing it was shown as saved.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from desktop_app.domain import limits
from desktop_app.domain.answers import Answer, AnswerKind, AnswerSet, Vote
from desktop_app.domain.assessment import (
    AssessmentInfo,
    AssessmentSummary,
    NewRespondent,
    Phase,
    RespondentInfo,
)
from desktop_app.domain.model import Category, Effort
from desktop_app.domain.plan import Decision, PlanEntry, Status
from desktop_app.domain.rules import Priority
from desktop_app.exchange.format import ExchangeAssessment
from desktop_app.storage.database import Database
from desktop_app.storage.models import (
    AnswerRow,
    Assessment,
    Municipality,
    PlanEntryRow,
    Project,
    Respondent,
    VoteRow,
)


def utcnow() -> datetime:
    """Naive UTC: SQLite's DateTime drops offsets, so everything stored is UTC by rule."""
    return datetime.now(UTC).replace(tzinfo=None)


__all__ = ["AlreadyImported", "AssessmentSummary", "NewRespondent", "NotFound"]


class NotFound(LookupError):
    pass


class AlreadyImported(Exception):
    """The exchange file's assessment (same uuid) is already in the database."""

    def __init__(self, assessment_id: int) -> None:
        self.assessment_id = assessment_id
        super().__init__(assessment_id)


_INFO_LIMITS = {
    "municipality": limits.NAME,
    "project": limits.NAME,
    "title": limits.TITLE,
    "moderator": limits.MODERATOR,
    "participants": limits.PARTICIPANTS,
}


def _check_info(**fields: str) -> None:
    for name, value in fields.items():
        if name in _INFO_LIMITS:
            limits.check(name, value, _INFO_LIMITS[name])


def _check_respondent(r: NewRespondent) -> None:
    limits.check("label", r.label, limits.NAME)
    limits.check("role_group", r.role_group, limits.ROLE_GROUP)


def _get_or_create_project(session: Session, municipality: str, project: str) -> Project:
    muni = session.scalar(select(Municipality).where(Municipality.name == municipality))
    if muni is None:
        muni = Municipality(name=municipality)
        session.add(muni)
        session.flush()
    proj = session.scalar(
        select(Project).where(Project.municipality_id == muni.id, Project.name == project)
    )
    if proj is None:
        proj = Project(municipality_id=muni.id, name=project)
        session.add(proj)
        session.flush()
    return proj


def create_assessment(
    db: Database,
    *,
    municipality: str,
    project: str,
    phase: Phase,
    held_on: date,
    content_version: str,
    moderator: str = "",
    participants: str = "",
    title: str = "",
    default_target: int = 3,
    respondents: Sequence[NewRespondent] = (),
    previous_id: int | None = None,
    uuid: str | None = None,
    report_language: str = "de",
) -> int:
    municipality, project = municipality.strip(), project.strip()
    if not municipality or not project:
        raise ValueError("municipality and project must not be empty")
    _check_info(
        municipality=municipality,
        project=project,
        title=title,
        moderator=moderator,
        participants=participants,
    )
    limits.check_date("held_on", held_on)
    for r in respondents:
        _check_respondent(r)
    now = utcnow()
    with db.session() as session:
        proj = _get_or_create_project(session, municipality, project)
        row = Assessment(
            uuid=uuid or str(uuid_mod.uuid4()),
            project_id=proj.id,
            title=title,
            phase=phase.value,
            held_on=held_on,
            moderator=moderator,
            participants=participants,
            content_version=content_version,
            default_target=default_target,
            report_language=report_language,
            previous_id=previous_id,
            created_at=now,
            updated_at=now,
        )
        row.respondents = [
            Respondent(label=r.label, role_group=r.role_group, headcount=r.headcount)
            for r in respondents
        ]
        session.add(row)
        session.flush()
        return row.id


def update_info(db: Database, assessment_id: int, **fields: object) -> None:
    """Change metadata fields (title, phase, held_on, moderator, participants, …)."""
    allowed = {
        "title",
        "phase",
        "held_on",
        "moderator",
        "participants",
        "default_target",
        "report_language",
    }
    unknown = fields.keys() - allowed
    if unknown:
        raise ValueError(f"unknown fields: {sorted(unknown)}")
    _check_info(**{k: v for k, v in fields.items() if isinstance(v, str)})
    held_on = fields.get("held_on")
    if isinstance(held_on, date):
        limits.check_date("held_on", held_on)
    values = {k: (v.value if isinstance(v, Phase) else v) for k, v in fields.items()}
    with db.session() as session:
        result = session.execute(
            update(Assessment)
            .where(Assessment.id == assessment_id)
            .values(**values, updated_at=utcnow())
        )
        if result.rowcount == 0:  # type: ignore[attr-defined]
            raise NotFound(assessment_id)


def list_assessments(db: Database) -> list[AssessmentSummary]:
    answered = (
        select(AnswerRow.assessment_id, func.count().label("n"))
        .where(AnswerRow.kind.is_not(None))
        .group_by(AnswerRow.assessment_id)
        .subquery()
    )
    stmt = (
        select(Assessment, Project.name, Municipality.name, func.coalesce(answered.c.n, 0))
        .join(Project, Assessment.project_id == Project.id)
        .join(Municipality, Project.municipality_id == Municipality.id)
        .outerjoin(answered, answered.c.assessment_id == Assessment.id)
        .order_by(Municipality.name, Project.name, Assessment.held_on.desc(), Assessment.id.desc())
    )
    with db.session() as session:
        return [
            AssessmentSummary(
                id=a.id,
                municipality=muni,
                project=proj,
                title=a.title,
                phase=Phase(a.phase),
                held_on=a.held_on,
                updated_at=a.updated_at,
                answered=n,
                content_version=a.content_version,
                previous_id=a.previous_id,
            )
            for a, proj, muni, n in session.execute(stmt)
        ]


def _assessment(session: Session, assessment_id: int) -> Assessment:
    row = session.get(Assessment, assessment_id)
    if row is None:
        raise NotFound(assessment_id)
    return row


def load_info(db: Database, assessment_id: int) -> AssessmentInfo:
    with db.session() as session:
        a = _assessment(session, assessment_id)
        return AssessmentInfo(
            id=a.id,
            uuid=a.uuid,
            municipality=a.project.municipality.name,
            project=a.project.name,
            phase=Phase(a.phase),
            held_on=a.held_on,
            moderator=a.moderator,
            participants=a.participants,
            content_version=a.content_version,
            default_target=a.default_target,
            title=a.title,
            respondents=tuple(
                RespondentInfo(r.id, r.label, r.role_group, r.headcount) for r in a.respondents
            ),
        )


def report_language(db: Database, assessment_id: int) -> str:
    with db.session() as session:
        return _assessment(session, assessment_id).report_language


def last_position(db: Database, assessment_id: int) -> str | None:
    with db.session() as session:
        return _assessment(session, assessment_id).last_statement_id


def load_answers(db: Database, assessment_id: int) -> AnswerSet:
    with db.session() as session:
        a = _assessment(session, assessment_id)
        respondents = {r.id: r for r in a.respondents}
        votes: dict[str, list[Vote]] = {}
        for v in session.scalars(select(VoteRow).where(VoteRow.assessment_id == assessment_id)):
            r = respondents[v.respondent_id]
            votes.setdefault(v.statement_id, []).append(
                Vote(r.label, r.role_group, AnswerKind(v.kind), v.level, r.headcount)
            )
        answers: dict[str, Answer] = {}
        rows = session.scalars(select(AnswerRow).where(AnswerRow.assessment_id == assessment_id))
        for row in rows:
            answers[row.statement_id] = Answer(
                statement_id=row.statement_id,
                kind=AnswerKind(row.kind) if row.kind else None,
                level=row.level,
                target=row.target,
                comment=row.comment,
                evidence=row.evidence,
                flagged=row.flagged,
                votes=tuple(sorted(votes.pop(row.statement_id, []), key=lambda v: v.respondent)),
            )
        for sid, vs in votes.items():  # votes on statements without a consensus row yet
            answers[sid] = Answer(sid, votes=tuple(sorted(vs, key=lambda v: v.respondent)))
        return AnswerSet(default_target=a.default_target, answers=answers)


def _check_answer(kind: AnswerKind | None, level: int | None) -> None:
    if kind is AnswerKind.RATED:
        if level is None or not 0 <= level <= 4:
            raise ValueError(f"a rated answer needs a level 0..4, got {level!r}")
    elif level is not None:
        raise ValueError("only a rated answer has a level")


_ANSWER_FIELDS = ("kind", "level", "target", "comment", "evidence", "flagged", "updated_at")


def _build_answer_upsert() -> Any:
    # Built once and executed with parameters: constructing the statement per call cost
    # more than the commit itself (autosave is on the hot path of every click).
    table = cast(Table, AnswerRow.__table__)
    stmt = insert(table)
    return stmt.on_conflict_do_update(
        index_elements=[table.c.assessment_id, table.c.statement_id],
        set_={name: stmt.excluded[name] for name in _ANSWER_FIELDS},
    )


_ANSWER_UPSERT = _build_answer_upsert()
_ASSESSMENT_TABLE = cast(Table, Assessment.__table__)
_TOUCH_ASSESSMENT = (
    update(_ASSESSMENT_TABLE)
    .where(_ASSESSMENT_TABLE.c.id == bindparam("aid"))
    .values(updated_at=bindparam("now"))
)


def save_answer(db: Database, assessment_id: int, answer: Answer) -> None:
    """Insert or replace the team's answer to one statement in one committed transaction."""
    _check_answer(answer.kind, answer.level)
    if answer.target is not None and not 0 <= answer.target <= 4:
        raise ValueError(f"target must be 0..4, got {answer.target!r}")
    limits.check("comment", answer.comment, limits.LONG_TEXT)
    limits.check("evidence", answer.evidence, limits.LONG_TEXT)
    now = utcnow()
    params = {
        "assessment_id": assessment_id,
        "statement_id": answer.statement_id,
        "kind": answer.kind.value if answer.kind else None,
        "level": answer.level,
        "target": answer.target,
        "comment": answer.comment,
        "evidence": answer.evidence,
        "flagged": answer.flagged,
        "updated_at": now,
    }
    with db.connection() as conn:
        conn.execute(_ANSWER_UPSERT, params)
        conn.execute(_TOUCH_ASSESSMENT, {"aid": assessment_id, "now": now})


def save_vote(
    db: Database,
    assessment_id: int,
    respondent_id: int,
    statement_id: str,
    kind: AnswerKind | None,
    level: int | None = None,
) -> None:
    """Record (or with ``kind=None`` remove) one respondent's vote on a statement."""
    with db.session() as session:
        if kind is None:
            session.execute(
                delete(VoteRow).where(
                    VoteRow.respondent_id == respondent_id, VoteRow.statement_id == statement_id
                )
            )
            return
        _check_answer(kind, level)
        values = {"kind": kind.value, "level": level, "updated_at": utcnow()}
        stmt = insert(VoteRow).values(
            assessment_id=assessment_id,
            respondent_id=respondent_id,
            statement_id=statement_id,
            **values,
        )
        session.execute(
            stmt.on_conflict_do_update(
                index_elements=[VoteRow.respondent_id, VoteRow.statement_id], set_=values
            )
        )


def add_respondent(db: Database, assessment_id: int, respondent: NewRespondent) -> int:
    _check_respondent(respondent)
    with db.session() as session:
        row = Respondent(
            assessment_id=assessment_id,
            label=respondent.label,
            role_group=respondent.role_group,
            headcount=respondent.headcount,
        )
        session.add(row)
        session.flush()
        return row.id


def load_plan_entries(db: Database, assessment_id: int) -> list[PlanEntry]:
    with db.session() as session:
        rows = session.scalars(
            select(PlanEntryRow)
            .where(PlanEntryRow.assessment_id == assessment_id)
            .order_by(PlanEntryRow.id)
        )
        return [_entry_from_row(r) for r in rows]


def _entry_from_row(r: PlanEntryRow) -> PlanEntry:
    return PlanEntry(
        key=r.key,
        category=Category(r.category) if r.category else None,
        title=r.title,
        text=r.text,
        decision=Decision(r.decision),
        owner=r.owner,
        due=r.due,
        priority=Priority(r.priority) if r.priority else None,
        effort=Effort(r.effort) if r.effort else None,
        status=Status(r.status),
        note=r.note,
    )


def _stored_due(db: Database, assessment_id: int, key: str) -> date | None:
    with db.session() as session:
        return session.scalar(
            select(PlanEntryRow.due).where(
                PlanEntryRow.assessment_id == assessment_id, PlanEntryRow.key == key
            )
        )


def save_plan_entry(db: Database, assessment_id: int, entry: PlanEntry) -> None:
    limits.check("title", entry.title, limits.PLAN_TITLE)
    limits.check("text", entry.text, limits.LONG_TEXT)
    limits.check("owner", entry.owner, limits.OWNER)
    limits.check("note", entry.note, limits.LONG_TEXT)
    # An older version could store any date: keeping that one unchanged while the team edits
    # another field brings in no new out-of-range date, and must not fail.
    if (
        entry.due is not None
        and not limits.date_in_range(entry.due)
        and _stored_due(db, assessment_id, entry.key) != entry.due
    ):
        raise limits.DateOutOfRange("due", entry.due)
    values = {
        "category": entry.category.value if entry.category else None,
        "title": entry.title,
        "text": entry.text,
        "decision": entry.decision.value,
        "owner": entry.owner,
        "due": entry.due,
        "priority": entry.priority.value if entry.priority else None,
        "effort": entry.effort.value if entry.effort else None,
        "status": entry.status.value,
        "note": entry.note,
        "updated_at": utcnow(),
    }
    stmt = insert(PlanEntryRow).values(assessment_id=assessment_id, key=entry.key, **values)
    with db.session() as session:
        session.execute(
            stmt.on_conflict_do_update(
                index_elements=[PlanEntryRow.assessment_id, PlanEntryRow.key], set_=values
            )
        )
        session.execute(
            update(Assessment)
            .where(Assessment.id == assessment_id)
            .values(updated_at=values["updated_at"])
        )


def delete_plan_entry(db: Database, assessment_id: int, key: str) -> None:
    with db.session() as session:
        session.execute(
            delete(PlanEntryRow).where(
                PlanEntryRow.assessment_id == assessment_id, PlanEntryRow.key == key
            )
        )


def new_own_key() -> str:
    return f"own:{uuid_mod.uuid4()}"


def delete_assessment(db: Database, assessment_id: int) -> None:
    """Delete an assessment with everything it holds; drop projects left empty."""
    with db.session() as session:
        a = _assessment(session, assessment_id)
        project = a.project
        session.delete(a)
        session.flush()
        if not session.scalar(select(func.count()).where(Assessment.project_id == project.id)):
            muni = project.municipality
            session.delete(project)
            session.flush()
            if not session.scalar(select(func.count()).where(Project.municipality_id == muni.id)):
                session.delete(muni)


def reassess(db: Database, assessment_id: int, held_on: date, content_version: str) -> int:
    """Start a fresh assessment of the same project with the same respondents and targets."""
    info = load_info(db, assessment_id)
    with db.session() as session:
        a = _assessment(session, assessment_id)
        targets = {
            r.statement_id: r.target
            for r in session.scalars(
                select(AnswerRow).where(
                    AnswerRow.assessment_id == assessment_id, AnswerRow.target.is_not(None)
                )
            )
        }
        language = a.report_language
    new_id = create_assessment(
        db,
        municipality=info.municipality,
        project=info.project,
        phase=info.phase,
        held_on=held_on,
        content_version=content_version,
        moderator=info.moderator,
        participants=info.participants,
        title=info.title,
        default_target=info.default_target,
        respondents=[NewRespondent(r.label, r.role_group, r.headcount) for r in info.respondents],
        previous_id=assessment_id,
        report_language=language,
    )
    for sid, target in targets.items():
        save_answer(db, new_id, Answer(sid, target=target))
    return new_id


def find_by_uuid(db: Database, uuid: str) -> int | None:
    with db.session() as session:
        return session.scalar(select(Assessment.id).where(Assessment.uuid == uuid))


def import_assessment(db: Database, data: ExchangeAssessment, *, as_copy: bool = False) -> int:
    """Store a validated exchange file as a new assessment, all or nothing.

    The same file imported twice would silently double a workshop; by default it is refused
    (:class:`AlreadyImported`), and ``as_copy`` imports it under a fresh identity instead.
    """
    info = data.info
    limits.check_date("held_on", info.held_on)
    for e in data.plan:
        limits.check_date("due", e.due)
    existing = find_by_uuid(db, info.uuid)
    if existing is not None and not as_copy:
        raise AlreadyImported(existing)
    now = utcnow()
    with db.session() as session:  # one transaction: any failure leaves no trace
        proj = _get_or_create_project(session, info.municipality, info.project)
        row = Assessment(
            uuid=str(uuid_mod.uuid4()) if existing is not None else info.uuid,
            project_id=proj.id,
            title=info.title,
            phase=info.phase.value,
            held_on=info.held_on,
            moderator=info.moderator,
            participants=info.participants,
            content_version=info.content_version,
            default_target=info.default_target,
            report_language=data.report_language,
            created_at=now,
            updated_at=now,
        )
        respondents = {
            r.label: Respondent(label=r.label, role_group=r.role_group, headcount=r.headcount)
            for r in info.respondents
        }
        row.respondents = list(respondents.values())
        row.answers = [
            AnswerRow(
                statement_id=a.statement_id,
                kind=a.kind.value if a.kind else None,
                level=a.level,
                target=a.target,
                comment=a.comment,
                evidence=a.evidence,
                flagged=a.flagged,
                updated_at=now,
            )
            for a in data.answers
        ]
        session.add(row)
        session.flush()
        for label, statement_id, kind, level in data.votes:
            session.add(
                VoteRow(
                    assessment_id=row.id,
                    respondent_id=respondents[label].id,
                    statement_id=statement_id,
                    kind=kind.value,
                    level=level,
                    updated_at=now,
                )
            )
        for e in data.plan:
            session.add(
                PlanEntryRow(
                    assessment_id=row.id,
                    key=e.key,
                    category=e.category.value if e.category else None,
                    title=e.title,
                    text=e.text,
                    decision=e.decision.value,
                    owner=e.owner,
                    due=e.due,
                    priority=e.priority.value if e.priority else None,
                    effort=e.effort.value if e.effort else None,
                    status=e.status.value,
                    note=e.note,
                    updated_at=now,
                )
            )
        session.flush()
        return row.id
