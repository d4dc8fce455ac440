"""Reading and writing assessments; the only module that turns rows into domain objects.

Every write is its own short transaction, committed before the function returns: a workshop
can close the laptop lid at any moment and lose nothing it was shown as saved. A write that
takes several rows (an import, a re-assessment) is one transaction, prepared before it
begins, so it holds the database's write lock only as long as the inserts themselves take.

Every inserted record gets a UUID that never changes; every write stamps the UTC time and
the device that made it (``Database.device``) and counts one more change by that device in
the record's version vector (``version_vector``), which a merge compares.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Insert,
    Table,
    bindparam,
    func,
    select,
    tuple_,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desktop_app.domain import limits
from desktop_app.domain.answers import Answer, AnswerKind, AnswerSet, Vote
from desktop_app.domain.assessment import (
    DEVICE_LABEL,
    AssessmentInfo,
    AssessmentSummary,
    NewAssessment,
    NewRespondent,
    Phase,
    RespondentInfo,
    RoleGroup,
    VotingRound,
    device_label,
)
from desktop_app.domain.model import Category, Effort
from desktop_app.domain.plan import Decision, PlanEntry, Status
from desktop_app.domain.rules import Priority
from desktop_app.domain.snapshot import (
    AssessmentSnapshot,
    RecordKind,
    SnapshotRound,
    Stamp,
    StampedAnswer,
    StampedEntry,
    StampedRespondent,
    StampedRoleGroup,
    StampedTally,
    StampedVote,
    Tombstone,
    Version,
)
from desktop_app.storage.database import Database
from desktop_app.storage.import_log import ImportRecord, write_entry
from desktop_app.storage.models import (
    AnswerRow,
    Assessment,
    Municipality,
    OwnStatementRow,
    PlanEntryRow,
    Project,
    Respondent,
    RoleGroupRow,
    TallyRow,
    TombstoneRow,
    VoteRow,
    VotingRoundRow,
)

__all__ = [
    "DEVICE_LABEL",
    "AlreadyImported",
    "AssessmentSummary",
    "NewAssessment",
    "NewRespondent",
    "NotFound",
]


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_uuid() -> str:
    return str(uuid_mod.uuid4())


class NotFound(LookupError):
    pass


class AlreadyImported(Exception):
    """The exchange file's assessment (same uuid) is already in the database."""

    def __init__(self, assessment_id: int) -> None:
        self.assessment_id = assessment_id
        super().__init__(assessment_id)


# -- checks --------------------------------------------------------------------------------
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


def _check_new(new: NewAssessment) -> NewAssessment:
    municipality, project = new.municipality.strip(), new.project.strip()
    if not municipality or not project:
        raise ValueError("municipality and project must not be empty")
    _check_info(
        municipality=municipality,
        project=project,
        title=new.title,
        moderator=new.moderator,
        participants=new.participants,
    )
    limits.check_date("held_on", new.held_on)
    for r in new.respondents:
        _check_respondent(r)
    if new.selection is not None:
        if not new.selection:
            raise ValueError("a selection must name at least one statement")
        limits.check("profile", new.profile or "", limits.STATEMENT_ID)
        for sid in new.selection:
            limits.check("statement", sid, limits.STATEMENT_ID)
    return replace(new, municipality=municipality, project=project)


def _check_answer(kind: AnswerKind | None, level: int | None) -> None:
    if kind is AnswerKind.RATED:
        if level is None or not 0 <= level <= 4:
            raise ValueError(f"a rated answer needs a level 0..4, got {level!r}")
    elif level is not None:
        raise ValueError("only a rated answer has a level")


def _check_answer_texts(answer: Answer) -> None:
    _check_answer(answer.kind, answer.level)
    if answer.target is not None and not 0 <= answer.target <= 4:
        raise ValueError(f"target must be 0..4, got {answer.target!r}")
    limits.check("comment", answer.comment, limits.LONG_TEXT)
    limits.check("evidence", answer.evidence, limits.LONG_TEXT)
    limits.check("not_relevant_reason", answer.not_relevant_reason, limits.LONG_TEXT)
    limits.check("rationale", answer.rationale, limits.LONG_TEXT)


def _check_entry_texts(entry: PlanEntry) -> None:
    limits.check("title", entry.title, limits.PLAN_TITLE)
    limits.check("text", entry.text, limits.LONG_TEXT)
    limits.check("owner", entry.owner, limits.OWNER)
    limits.check("involved", entry.involved, limits.OWNER)
    limits.check("done_when", entry.done_when, limits.LONG_TEXT)
    limits.check("reject_reason", entry.reject_reason, limits.LONG_TEXT)
    limits.check("note", entry.note, limits.LONG_TEXT)
    for name, value in (("effort_days", entry.effort_days), ("cost_eur", entry.cost_eur)):
        if value is not None and value < 0:
            raise ValueError(f"{name} must not be negative, got {value!r}")


# -- dialect-neutral upserts -----------------------------------------------------------------
def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


def _insert(conn: Connection | Session, table: Table) -> Any:
    """The INSERT … ON CONFLICT construct of the connection's dialect."""
    name = conn.get_bind().dialect.name if isinstance(conn, Session) else conn.dialect.name
    return (postgresql.insert if name == "postgresql" else sqlite.insert)(table)


def _upsert_statement(
    stmt: Any, keys: Sequence[str], update_columns: Iterable[str], table: Table
) -> Insert:
    return cast(
        Insert,
        stmt.on_conflict_do_update(
            index_elements=[table.c[k] for k in keys],
            set_={name: stmt.excluded[name] for name in update_columns},
        ),
    )


# -- version vectors -----------------------------------------------------------------------
def _first_version(device: str) -> Version:
    return Version().bumped(device)


def _count_change(
    conn: Connection | Session, table: Table, where: ColumnElement[bool], device: str
) -> None:
    """Count one more change by ``device`` on the rows ``where`` selects, just written.

    Called after the row's own values were written in the same transaction: that write took
    SQLite's write lock (a transaction that only read first could fail to upgrade its lock
    when another connection wrote in between) and PostgreSQL's row lock; ``FOR UPDATE``
    keeps the row locked where the write did not (SQLite ignores it). The vector is bumped
    here in Python, so no dialect's JSON functions are needed.
    """
    if not device:  # an unnamed device counts nothing (tests of storage alone)
        return
    rows = conn.execute(
        select(table.c.id, table.c.version_vector).where(where).with_for_update()
    ).all()
    if rows:
        conn.execute(
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values(version_vector=bindparam("vector", type_=table.c.version_vector.type)),
            [{"row_id": row_id, "vector": version.bumped(device)} for row_id, version in rows],
        )


_ANSWER_UPDATES = (
    "kind",
    "level",
    "target",
    "comment",
    "evidence",
    "flagged",
    "updated_at",
    "changed_by",
    "not_relevant_reason",
    "rationale",
)
_ASSESSMENT = _table(Assessment)
_TOUCH_ASSESSMENT = (
    update(_ASSESSMENT)
    .where(_ASSESSMENT.c.id == bindparam("aid"))
    .values(updated_at=bindparam("now"), changed_by=bindparam("device"))
)
# Built once per dialect and executed with parameters: constructing the statement per call
# cost more than the commit itself (autosave is on the hot path of every click).
_ANSWER_UPSERTS: dict[str, Insert] = {}


def _answer_upsert(conn: Connection) -> Insert:
    name = conn.dialect.name
    if name not in _ANSWER_UPSERTS:
        table = _table(AnswerRow)
        _ANSWER_UPSERTS[name] = _upsert_statement(
            _insert(conn, table), ("assessment_id", "statement_id"), _ANSWER_UPDATES, table
        )
    return _ANSWER_UPSERTS[name]


# -- assessments -------------------------------------------------------------------------------
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


def _new_assessment_row(
    session: Session,
    db: Database,
    new: NewAssessment,
    *,
    content_version: str,
    previous_id: int | None,
    uuid: str,
    now: datetime,
) -> Assessment:
    proj = _get_or_create_project(session, new.municipality, new.project)
    row = Assessment(
        uuid=uuid,
        project_id=proj.id,
        title=new.title,
        phase=new.phase.value,
        held_on=new.held_on,
        moderator=new.moderator,
        participants=new.participants,
        content_version=content_version,
        default_target=new.default_target,
        report_language=new.report_language,
        focus_limit=new.focus_limit,
        profile=new.profile if new.selection is not None else None,
        selection=" ".join(new.selection) if new.selection is not None else None,
        previous_id=previous_id,
        created_at=now,
        updated_at=now,
        changed_by=db.device,
        version_vector=_first_version(db.device),
    )
    row.respondents = [
        Respondent(
            uuid=new_uuid(),
            label=r.label,
            role_group=r.role_group,
            headcount=r.headcount,
            updated_at=now,
            changed_by=db.device,
            version_vector=_first_version(db.device),
        )
        for r in new.respondents
    ]
    session.add(row)
    session.flush()
    groups = new.role_groups or _groups_of(new.respondents)
    session.add_all(
        RoleGroupRow(
            assessment_id=row.id,
            uuid=new_uuid(),
            name=g.name,
            headcount=g.headcount,
            position=n,
            updated_at=now,
            changed_by=db.device,
            version_vector=_first_version(db.device),
        )
        for n, g in enumerate(groups)
    )
    return row


def _groups_of(respondents: Sequence[NewRespondent]) -> list[RoleGroup]:
    """Role groups named by respondents (older callers), sized by their headcounts."""
    sizes: dict[str, int] = {}
    for r in respondents:
        if r.role_group:
            sizes[r.role_group] = sizes.get(r.role_group, 0) + r.headcount
    return [RoleGroup(name, count) for name, count in sizes.items()]


def create_assessment(
    db: Database,
    new: NewAssessment,
    *,
    content_version: str,
    previous_id: int | None = None,
    uuid: str | None = None,
) -> int:
    new = _check_new(new)
    with db.session() as session:
        row = _new_assessment_row(
            session,
            db,
            new,
            content_version=content_version,
            previous_id=previous_id,
            uuid=uuid or new_uuid(),
            now=utcnow(),
        )
        return row.id


_EDITABLE_INFO = frozenset(
    {
        "title",
        "phase",
        "held_on",
        "moderator",
        "participants",
        "default_target",
        "report_language",
        "focus_limit",
    }
)


def update_info(db: Database, assessment_id: int, **fields: object) -> None:
    """Change metadata fields (title, phase, held_on, moderator, participants, …)."""
    unknown = fields.keys() - _EDITABLE_INFO
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
            .values(**values, updated_at=utcnow(), changed_by=db.device)
        )
        if result.rowcount == 0:  # type: ignore[attr-defined]
            raise NotFound(assessment_id)
        _count_change(session, _ASSESSMENT, _ASSESSMENT.c.id == assessment_id, db.device)


def list_assessments(db: Database) -> list[AssessmentSummary]:
    answered = (
        select(AnswerRow.assessment_id, func.count().label("n"))
        .where(AnswerRow.kind.is_not(None))
        .group_by(AnswerRow.assessment_id)
        .subquery()
    )
    own = (
        select(OwnStatementRow.assessment_id, func.count().label("n"))
        .group_by(OwnStatementRow.assessment_id)
        .subquery()
    )
    stmt = (
        select(Assessment, Project.name, Municipality.name, func.coalesce(answered.c.n, 0),
               func.coalesce(own.c.n, 0))
        .join(Project, Assessment.project_id == Project.id)
        .join(Municipality, Project.municipality_id == Municipality.id)
        .outerjoin(answered, answered.c.assessment_id == Assessment.id)
        .outerjoin(own, own.c.assessment_id == Assessment.id)
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
                asked=len(a.selection.split()) if a.selection is not None else None,
                own=n_own,
            )
            for a, proj, muni, n, n_own in session.execute(stmt)
        ]


def _assessment(session: Session, assessment_id: int) -> Assessment:
    row = session.get(Assessment, assessment_id)
    if row is None:
        raise NotFound(assessment_id)
    return row


def load_info(db: Database, assessment_id: int) -> AssessmentInfo:
    with db.session() as session:
        a = _assessment(session, assessment_id)
        previous = session.get(Assessment, a.previous_id) if a.previous_id else None
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
                RespondentInfo(r.id, r.label, r.role_group, r.headcount, r.uuid, r.device)
                for r in a.respondents
            ),
            report_language=a.report_language,
            focus_limit=a.focus_limit,
            previous_uuid=previous.uuid if previous is not None else None,
            previous_id=a.previous_id,
            profile=a.profile,
            selection=_selection(a.selection),
            role_groups=tuple(
                RoleGroup(g.name, g.headcount, g.uuid)
                for g in session.scalars(
                    select(RoleGroupRow)
                    .where(RoleGroupRow.assessment_id == assessment_id)
                    .order_by(RoleGroupRow.position, RoleGroupRow.id)
                )
            ),
        )


def _selection(stored: str | None) -> tuple[str, ...] | None:
    return None if stored is None else tuple(stored.split())


def report_language(db: Database, assessment_id: int) -> str:
    with db.session() as session:
        return _assessment(session, assessment_id).report_language


def last_position(db: Database, assessment_id: int) -> str | None:
    with db.session() as session:
        return _assessment(session, assessment_id).last_statement_id


def find_by_uuid(db: Database, uuid: str) -> int | None:
    with db.session() as session:
        return session.scalar(select(Assessment.id).where(Assessment.uuid == uuid))


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


def reassess(
    db: Database,
    assessment_id: int,
    held_on: date,
    content_version: str,
    targets: Mapping[str, int] | None = None,
    selection: Sequence[str] | None = None,
) -> int:
    """Start a fresh assessment of the same project with the same respondents and targets.

    ``targets`` replaces the stored ones (statement id → level) when the guideline version
    changes and ids had to be mapped; so does ``selection`` the statements asked (ignored
    when the earlier assessment asked the whole guideline). The team's own statements come
    along, to be rated afresh. One transaction: there is never half a re-assessment.
    """
    limits.check_date("held_on", held_on)
    info = load_info(db, assessment_id)
    now = utcnow()
    with db.session() as session:
        if targets is None:
            targets = {
                r.statement_id: r.target
                for r in session.scalars(
                    select(AnswerRow).where(
                        AnswerRow.assessment_id == assessment_id, AnswerRow.target.is_not(None)
                    )
                )
                if r.target is not None
            }
        new = NewAssessment(
            municipality=info.municipality,
            project=info.project,
            phase=info.phase,
            held_on=held_on,
            moderator=info.moderator,
            participants=info.participants,
            title=info.title,
            default_target=info.default_target,
            # Phones of the last workshop are not carried over: each round joins afresh.
            respondents=tuple(
                NewRespondent(r.label, r.role_group, r.headcount)
                for r in info.respondents
                if r.device is None
            ),
            report_language=info.report_language,
            focus_limit=info.focus_limit,
            role_groups=info.role_groups,
            profile=info.profile,
            selection=None if info.selection is None else tuple(selection or info.selection),
        )
        row = _new_assessment_row(
            session,
            db,
            new,
            content_version=content_version,
            previous_id=assessment_id,
            uuid=new_uuid(),
            now=now,
        )
        if targets:
            session.execute(
                _insert(session, _table(AnswerRow)),
                [
                    _answer_values(row.id, Answer(sid, target=t), now, db.device)
                    for sid, t in targets.items()
                ],
            )
        for own in session.scalars(
            select(OwnStatementRow).where(OwnStatementRow.assessment_id == assessment_id)
        ).all():
            session.add(OwnStatementRow(
                **{c: getattr(own, c) for c in _OWN_COPIED},
                assessment_id=row.id, uuid=new_uuid(), updated_at=now, changed_by=db.device,
            ))
        return row.id


# Everything of an own statement that a re-assessment takes over (identity is its own).
_OWN_COPIED = ("statement_id", "module", "module_title", "position", "text", "help",
               "category", "barrier", "weight", "levels", "measures")


# -- answers, votes, respondents ------------------------------------------------------------
def _answer_values(
    assessment_id: int, answer: Answer, now: datetime, device: str
) -> dict[str, Any]:
    return {
        "uuid": new_uuid(),
        "assessment_id": assessment_id,
        "statement_id": answer.statement_id,
        "kind": answer.kind.value if answer.kind else None,
        "level": answer.level,
        "target": answer.target,
        "comment": answer.comment,
        "evidence": answer.evidence,
        "flagged": answer.flagged,
        "not_relevant_reason": answer.not_relevant_reason,
        "rationale": answer.rationale,
        "updated_at": now,
        "changed_by": device,
        "version_vector": _first_version(device),
    }


def _open_round_numbers(session: Session, assessment_id: int) -> set[int]:
    """The rounds still open: one as a rule, two after a merge of two laptops' open rounds."""
    return set(
        session.scalars(
            select(VotingRoundRow.number).where(
                VotingRoundRow.assessment_id == assessment_id, VotingRoundRow.closed_at.is_(None)
            )
        )
    )


def _all_votes(session: Session, assessment: Assessment) -> dict[str, list[Vote]]:
    """Every vote of every closed round per statement: individual votes and tallied counts.

    The votes of a round still open are stored but not shown anywhere: nobody — projector,
    results, report — sees ratings before the moderator closes the round.
    """
    respondents = {r.id: r for r in assessment.respondents}
    votes: dict[str, list[Vote]] = {}
    hidden = _open_round_numbers(session, assessment.id)
    for v in session.scalars(select(VoteRow).where(VoteRow.assessment_id == assessment.id)):
        if v.round in hidden:
            continue
        r = respondents[v.respondent_id]
        votes.setdefault(v.statement_id, []).append(
            Vote(r.label, r.role_group, AnswerKind(v.kind), v.level, r.headcount, v.round)
        )
    for t in session.scalars(select(TallyRow).where(TallyRow.assessment_id == assessment.id)):
        if t.count <= 0 or t.round in hidden:
            continue
        rated = t.choice.isdigit()
        votes.setdefault(t.statement_id, []).append(
            Vote(
                f"{t.role_group} ({TALLY_LABEL})",
                t.role_group,
                AnswerKind.RATED if rated else AnswerKind(t.choice),
                int(t.choice) if rated else None,
                t.count,
                t.round,
                tally=True,
            )
        )
    return votes


# How a tallied count is labelled among the votes (the counts of one role group).
TALLY_LABEL = "Zählung"


def _latest_round(votes: list[Vote]) -> tuple[Vote, ...]:
    """The votes of the latest round on a statement: a later round asks the room again."""
    last = max((v.round for v in votes), default=1)
    return tuple(sorted((v for v in votes if v.round == last), key=lambda v: v.respondent))


def load_answers(db: Database, assessment_id: int) -> AnswerSet:
    with db.session() as session:
        a = _assessment(session, assessment_id)
        votes = _all_votes(session, a)
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
                votes=_latest_round(votes.pop(row.statement_id, [])),
                not_relevant_reason=row.not_relevant_reason,
                rationale=row.rationale,
            )
        for sid, vs in votes.items():  # votes on statements without a consensus row yet
            answers[sid] = Answer(sid, votes=_latest_round(vs))
        return AnswerSet(default_target=a.default_target, answers=answers)


def round_votes(
    db: Database, assessment_id: int, number: int
) -> list[tuple[str, str, AnswerKind, int | None]]:
    """(device, statement, kind, level) of every vote phones cast in round ``number``."""
    with db.session() as session:
        rows = session.execute(
            select(Respondent.device, VoteRow.statement_id, VoteRow.kind, VoteRow.level)
            .join(Respondent, VoteRow.respondent_id == Respondent.id)
            .where(
                VoteRow.assessment_id == assessment_id,
                VoteRow.round == number,
                Respondent.device.is_not(None),
            )
            .order_by(VoteRow.id)
        ).all()
        return [(device or "", sid, AnswerKind(kind), level) for device, sid, kind, level in rows]


def load_vote_history(db: Database, assessment_id: int, statement_id: str) -> dict[int, list[Vote]]:
    """Every round's votes on one statement (the consensus board compares them)."""
    with db.session() as session:
        votes = _all_votes(session, _assessment(session, assessment_id)).get(statement_id, [])
    rounds: dict[int, list[Vote]] = {}
    for v in votes:
        rounds.setdefault(v.round, []).append(v)
    return dict(sorted(rounds.items()))


def save_answer(db: Database, assessment_id: int, answer: Answer) -> None:
    """Insert or replace the team's answer to one statement in one committed transaction."""
    _check_answer_texts(answer)
    now = utcnow()
    values = _answer_values(assessment_id, answer, now, db.device)
    values["version_vector"] = Version()  # a new row's first change is counted below
    table = _table(AnswerRow)
    with db.connection() as conn:
        conn.execute(_answer_upsert(conn), values)
        _count_change(
            conn,
            table,
            (table.c.assessment_id == assessment_id)
            & (table.c.statement_id == answer.statement_id),
            db.device,
        )
        conn.execute(_TOUCH_ASSESSMENT, {"aid": assessment_id, "now": now, "device": db.device})


def save_vote(
    db: Database,
    assessment_id: int,
    respondent_id: int,
    statement_id: str,
    kind: AnswerKind | None,
    level: int | None = None,
    round: int = 1,
) -> None:
    """Record (or with ``kind=None`` remove) one respondent's vote on a statement in a round."""
    with db.session() as session:
        if kind is None:
            gone = session.scalar(
                select(VoteRow)
                .where(
                    VoteRow.respondent_id == respondent_id,
                    VoteRow.statement_id == statement_id,
                    VoteRow.round == round,
                )
                .with_for_update()
            )
            if gone is not None:
                _bury(session, db, gone, RecordKind.VOTE)
                session.delete(gone)
            return
    _check_answer(kind, level)
    params = {
        "uuid": new_uuid(),
        "assessment_id": assessment_id,
        "respondent_id": respondent_id,
        "statement_id": statement_id,
        "round": round,
        "kind": kind.value,
        "level": level,
        "updated_at": utcnow(),
        "changed_by": db.device,
    }
    table = _table(VoteRow)
    with db.connection() as conn:
        conn.execute(_vote_upsert(conn), params)
        _count_change(
            conn,
            table,
            (table.c.respondent_id == respondent_id)
            & (table.c.statement_id == statement_id)
            & (table.c.round == round),
            db.device,
        )


def save_votes(
    db: Database,
    assessment_id: int,
    votes: Sequence[tuple[int, str, AnswerKind, int | None]],
    round: int,
) -> None:
    """Store many (respondent, statement, kind, level) votes of one round in one transaction."""
    for _respondent, _sid, kind, level in votes:
        _check_answer(kind, level)
    now = utcnow()
    rows = [
        {
            "uuid": new_uuid(),
            "assessment_id": assessment_id,
            "respondent_id": respondent_id,
            "statement_id": statement_id,
            "round": round,
            "kind": kind.value,
            "level": level,
            "updated_at": now,
            "changed_by": db.device,
        }
        for respondent_id, statement_id, kind, level in votes
    ]
    table = _table(VoteRow)
    pairs = sorted({(respondent_id, sid) for respondent_id, sid, _kind, _level in votes})
    with db.connection() as conn:
        upsert = _vote_upsert(conn)
        for row in rows:  # one statement each: a later vote of the batch overwrites an earlier
            conn.execute(upsert, row)
        if pairs:
            _count_change(
                conn,
                table,
                (table.c.round == round)
                & tuple_(table.c.respondent_id, table.c.statement_id).in_(pairs),
                db.device,
            )


_VOTE_UPSERTS: dict[str, Insert] = {}


def _vote_upsert(conn: Connection) -> Insert:
    # Prepared once per dialect, like the answers': a room of phones votes at once.
    name = conn.dialect.name
    if name not in _VOTE_UPSERTS:
        table = _table(VoteRow)
        _VOTE_UPSERTS[name] = _upsert_statement(
            _insert(conn, table),
            ("respondent_id", "statement_id", "round"),
            ("kind", "level", "updated_at", "changed_by"),
            table,
        )
    return _VOTE_UPSERTS[name]


def add_respondent(db: Database, assessment_id: int, respondent: NewRespondent) -> int:
    _check_respondent(respondent)
    with db.session() as session:
        row = Respondent(
            uuid=new_uuid(),
            assessment_id=assessment_id,
            label=respondent.label,
            role_group=respondent.role_group,
            headcount=respondent.headcount,
            updated_at=utcnow(),
            changed_by=db.device,
            version_vector=_first_version(db.device),
        )
        session.add(row)
        session.flush()
        return row.id


def join_device(db: Database, assessment_id: int, device: str, role_group: str) -> int:
    """The respondent voting with phone ``device`` (created on first join), in ``role_group``.

    Phones stay anonymous: the respondent is labelled "Gerät <n>" and stores nothing but the
    random device id and the group chosen on the phone.
    """
    now = utcnow()
    with db.session() as session:
        row = session.scalar(
            select(Respondent)
            .where(Respondent.assessment_id == assessment_id, Respondent.device == device)
            .with_for_update()
        )
        if row is None:
            phones = session.scalar(
                select(func.count()).where(
                    Respondent.assessment_id == assessment_id, Respondent.device.is_not(None)
                )
            ) or 0
            # The next number after the phones so far, skipping a label already taken (a
            # merge may have numbered another laptop's phone there).
            taken = set(
                session.scalars(
                    select(Respondent.label).where(Respondent.assessment_id == assessment_id)
                )
            )
            row = Respondent(
                uuid=new_uuid(),
                assessment_id=assessment_id,
                label=device_label(taken, phones + 1),
                role_group=role_group,
                headcount=1,
                device=device,
                updated_at=now,
                changed_by=db.device,
                version_vector=_first_version(db.device),
            )
            session.add(row)
        elif row.role_group != role_group:
            row.role_group, row.updated_at, row.changed_by = role_group, now, db.device
            row.version_vector = row.version_vector.bumped(db.device)
        session.flush()
        return row.id


def set_role_groups(db: Database, assessment_id: int, groups: Sequence[RoleGroup]) -> None:
    """Replace the assessment's role groups (names and headcounts, in this order)."""
    for g in groups:
        limits.check("role_group", g.name, limits.ROLE_GROUP)
        if g.headcount < 0:
            raise ValueError(f"headcount must not be negative, got {g.headcount!r}")
    now = utcnow()
    with db.session() as session:
        _assessment(session, assessment_id)
        existing = {
            r.name: r
            for r in session.scalars(
                select(RoleGroupRow)
                .where(RoleGroupRow.assessment_id == assessment_id)
                .with_for_update()
            )
        }
        for n, g in enumerate(groups):
            row = existing.pop(g.name, None)
            if row is None:
                row = RoleGroupRow(
                    assessment_id=assessment_id,
                    uuid=g.uuid or new_uuid(),
                    name=g.name,
                    version_vector=Version(),
                )
                session.add(row)
            row.position = n
            # Only a new group or a new headcount is a change a merge must carry.
            if row.headcount != g.headcount or row.id is None:
                row.headcount = g.headcount
                row.updated_at, row.changed_by = now, db.device
                row.version_vector = row.version_vector.bumped(db.device)
        for row in existing.values():
            _bury(session, db, row, RecordKind.ROLE_GROUP)
            session.delete(row)


def open_round(db: Database, assessment_id: int, statement_ids: Sequence[str]) -> VotingRound:
    """Start the next voting round on ``statement_ids``; an open round is closed first."""
    if not statement_ids:
        raise ValueError("a round asks at least one statement")
    now = utcnow()
    with db.session() as session:
        _assessment(session, assessment_id)
        for still_open in session.scalars(
            select(VotingRoundRow)
            .where(VotingRoundRow.assessment_id == assessment_id,
                   VotingRoundRow.closed_at.is_(None))
            .with_for_update()
        ):
            _close(still_open, now, db.device)
        last = session.scalar(
            select(func.max(VotingRoundRow.number)).where(
                VotingRoundRow.assessment_id == assessment_id
            )
        )
        # A round asks afresh: it comes after every round votes were cast in, including the
        # votes typed on the laptop before any round was opened (they count as round 1).
        voted = session.scalar(
            select(func.max(VoteRow.round)).where(VoteRow.assessment_id == assessment_id)
        )
        number = max(last or 0, voted or 0) + 1
        row = VotingRoundRow(
            assessment_id=assessment_id,
            uuid=new_uuid(),
            number=number,
            statements=" ".join(statement_ids),
            opened_at=now,
            changed_by=db.device,
            version_vector=_first_version(db.device),
        )
        session.add(row)
        session.flush()
        return _round(row)


def _round(row: VotingRoundRow) -> VotingRound:
    return VotingRound(
        row.number, tuple(row.statements.split()), row.opened_at, row.closed_at, row.uuid
    )


def _close(row: VotingRoundRow, now: datetime, device: str) -> None:
    row.closed_at, row.changed_by = now, device
    row.version_vector = row.version_vector.bumped(device)


def close_round(db: Database, assessment_id: int) -> VotingRound | None:
    """Close the open round (results become visible); the round closed, or None.

    After a merge two rounds may be open (each laptop had one): all of them are closed, and
    the latest is returned.
    """
    now = utcnow()
    with db.session() as session:
        rows = session.scalars(
            select(VotingRoundRow)
            .where(
                VotingRoundRow.assessment_id == assessment_id, VotingRoundRow.closed_at.is_(None)
            )
            .order_by(VotingRoundRow.number)
            .with_for_update()
        ).all()
        if not rows:
            return None
        for row in rows:
            _close(row, now, db.device)
        session.flush()
        return _round(rows[-1])


def voting_rounds(db: Database, assessment_id: int) -> list[VotingRound]:
    with db.session() as session:
        return [
            _round(r)
            for r in session.scalars(
                select(VotingRoundRow)
                .where(VotingRoundRow.assessment_id == assessment_id)
                .order_by(VotingRoundRow.number)
            )
        ]


TALLY_CHOICES = ("0", "1", "2", "3", "4", "unknown", "not_relevant")


def save_tally(
    db: Database,
    assessment_id: int,
    statement_id: str,
    role_group: str,
    counts: Mapping[str, int],
    round: int = 1,
) -> None:
    """Store the dot-voting counts of one role group on one statement (replacing them)."""
    unknown = set(counts) - set(TALLY_CHOICES)
    if unknown or any(n < 0 for n in counts.values()):
        raise ValueError(f"counts must be >= 0 for {TALLY_CHOICES}, got {dict(counts)!r}")
    limits.check("role_group", role_group, limits.ROLE_GROUP)
    now = utcnow()
    with db.session() as session:
        stored = {
            r.choice: r
            for r in session.scalars(
                select(TallyRow)
                .where(
                    TallyRow.assessment_id == assessment_id,
                    TallyRow.statement_id == statement_id,
                    TallyRow.round == round,
                    TallyRow.role_group == role_group,
                )
                .with_for_update()
            )
        }
        for choice in TALLY_CHOICES:
            count = counts.get(choice, 0)
            row = stored.get(choice)
            if row is None:
                row = TallyRow(
                    uuid=new_uuid(),
                    assessment_id=assessment_id,
                    statement_id=statement_id,
                    round=round,
                    role_group=role_group,
                    choice=choice,
                    count=count,
                    version_vector=Version(),
                )
                session.add(row)
            elif row.count == count:
                continue  # unchanged: a merge must not see a change here
            row.count, row.updated_at, row.changed_by = count, now, db.device
            row.version_vector = row.version_vector.bumped(db.device)


# -- action plan ----------------------------------------------------------------------------------
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
        topic=r.topic,
        involved=r.involved,
        done_when=r.done_when,
        effort_days=r.effort_days,
        cost_eur=r.cost_eur,
        reject_reason=r.reject_reason,
    )


def _entry_values(entry: PlanEntry, now: datetime, device: str) -> dict[str, Any]:
    return {
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
        "topic": entry.topic,
        "involved": entry.involved,
        "done_when": entry.done_when,
        "effort_days": entry.effort_days,
        "cost_eur": entry.cost_eur,
        "reject_reason": entry.reject_reason,
        "updated_at": now,
        "changed_by": device,
    }


def _stored_due(db: Database, assessment_id: int, key: str) -> date | None:
    with db.session() as session:
        return session.scalar(
            select(PlanEntryRow.due).where(
                PlanEntryRow.assessment_id == assessment_id, PlanEntryRow.key == key
            )
        )


def save_plan_entry(db: Database, assessment_id: int, entry: PlanEntry) -> None:
    _check_entry_texts(entry)
    # An older version could store any date: keeping that one unchanged while the team edits
    # another field brings in no new out-of-range date, and must not fail.
    if (
        entry.due is not None
        and not limits.date_in_range(entry.due)
        and _stored_due(db, assessment_id, entry.key) != entry.due
    ):
        raise limits.DateOutOfRange("due", entry.due)
    now = utcnow()
    values = _entry_values(entry, now, db.device)
    table = _table(PlanEntryRow)
    with db.session() as session:
        stmt = _insert(session, table).values(
            uuid=new_uuid(), assessment_id=assessment_id, key=entry.key, **values
        )
        session.execute(_upsert_statement(stmt, ("assessment_id", "key"), values, table))
        _count_change(
            session,
            table,
            (table.c.assessment_id == assessment_id) & (table.c.key == entry.key),
            db.device,
        )
        session.execute(_TOUCH_ASSESSMENT, {"aid": assessment_id, "now": now, "device": db.device})


def delete_plan_entry(db: Database, assessment_id: int, key: str) -> None:
    with db.session() as session:
        gone = session.scalar(
            select(PlanEntryRow)
            .where(PlanEntryRow.assessment_id == assessment_id, PlanEntryRow.key == key)
            .with_for_update()
        )
        if gone is not None:
            _bury(session, db, gone, RecordKind.PLAN_ENTRY)
            session.delete(gone)


def _bury(
    session: Session,
    db: Database,
    gone: VoteRow | PlanEntryRow | RoleGroupRow,
    kind: RecordKind,
) -> None:
    """Remember a deleted record, in the transaction that deletes it.

    The tombstone's version is the record's with the deletion counted: a copy elsewhere
    that this device had seen is then older than the deletion; one changed since is not.
    """
    session.add(
        TombstoneRow(
            assessment_id=gone.assessment_id,
            uuid=gone.uuid,
            kind=kind.value,
            deleted_at=utcnow(),
            changed_by=db.device,
            version_vector=gone.version_vector.bumped(db.device),
        )
    )


def new_own_key() -> str:
    return f"own:{uuid_mod.uuid4()}"


# -- snapshots: export and import ------------------------------------------------------------
def _stamp(row: Any) -> Stamp:
    return Stamp(row.uuid, row.updated_at, row.changed_by, row.version_vector)


def load_snapshot(db: Database, assessment_id: int) -> AssessmentSnapshot:
    """The whole assessment with every record's identity (for export and merge)."""
    info = load_info(db, assessment_id)
    answers = load_answers(db, assessment_id)
    with db.session() as session:
        a = _assessment(session, assessment_id)
        respondents = {r.id: r for r in a.respondents}
        answer_rows = {
            r.statement_id: r
            for r in session.scalars(
                select(AnswerRow).where(AnswerRow.assessment_id == assessment_id)
            )
        }
        vote_rows = session.scalars(
            select(VoteRow).where(VoteRow.assessment_id == assessment_id).order_by(VoteRow.id)
        ).all()
        plan_rows = session.scalars(
            select(PlanEntryRow)
            .where(PlanEntryRow.assessment_id == assessment_id)
            .order_by(PlanEntryRow.id)
        ).all()
        graves = session.scalars(
            select(TombstoneRow)
            .where(TombstoneRow.assessment_id == assessment_id)
            .order_by(TombstoneRow.id)
        ).all()
        group_rows = session.scalars(
            select(RoleGroupRow)
            .where(RoleGroupRow.assessment_id == assessment_id)
            .order_by(RoleGroupRow.position, RoleGroupRow.id)
        ).all()
        round_rows = session.scalars(
            select(VotingRoundRow)
            .where(VotingRoundRow.assessment_id == assessment_id)
            .order_by(VotingRoundRow.number)
        ).all()
        tally_rows = session.scalars(
            select(TallyRow).where(TallyRow.assessment_id == assessment_id).order_by(TallyRow.id)
        ).all()
        return AssessmentSnapshot(
            info=info,
            stamp=_stamp(a),
            respondents=[
                StampedRespondent(_stamp(r), r.label, r.role_group, r.headcount, r.device)
                for r in a.respondents
            ],
            answers=[
                StampedAnswer(_stamp(row), replace(answers.get(sid), votes=()))
                for sid, row in sorted(answer_rows.items())
            ],
            votes=[
                StampedVote(
                    _stamp(v),
                    respondents[v.respondent_id].uuid,
                    v.statement_id,
                    AnswerKind(v.kind),
                    v.level,
                    v.round,
                )
                for v in vote_rows
            ],
            plan=[StampedEntry(_stamp(r), _entry_from_row(r)) for r in plan_rows],
            tombstones=[
                Tombstone(
                    g.uuid, RecordKind(g.kind), g.deleted_at, g.changed_by, g.version_vector
                )
                for g in graves
            ],
            role_groups=[
                StampedRoleGroup(_stamp(g), g.name, g.headcount, g.position) for g in group_rows
            ],
            rounds=[
                SnapshotRound(
                    r.uuid,
                    r.number,
                    tuple(r.statements.split()),
                    r.opened_at,
                    r.closed_at,
                    r.changed_by,
                    r.version_vector,
                )
                for r in round_rows
            ],
            tallies=[
                StampedTally(_stamp(t), t.statement_id, t.round, t.role_group, t.choice, t.count)
                for t in tally_rows
            ],
        )


def import_assessment(
    db: Database,
    data: AssessmentSnapshot,
    *,
    as_copy: bool = False,
    log: ImportRecord | None = None,
    own_rows: Sequence[dict[str, Any]] = (),
) -> int:
    """Store a validated snapshot (an exchange file) as a new assessment, all or nothing.

    The same file imported twice would silently double a workshop; by default it is refused
    (:class:`AlreadyImported`), and ``as_copy`` imports it under a fresh identity instead:
    every record gets a new UUID. Otherwise records keep the identity, time, device and
    version the file gives them (a record without a time, from a file of format version 1,
    counts as one change on this device). Every row is prepared before the transaction
    begins, which then only inserts them, so the write lock is held briefly even for a large
    file. ``log`` is written to the import log in the same transaction. ``own_rows`` are the
    file's own statements as ``own_store.import_rows`` prepares them.
    """
    info = data.info
    limits.check_date("held_on", info.held_on)
    for e in data.plan:
        limits.check_date("due", e.entry.due)
    existing = find_by_uuid(db, info.uuid)
    if existing is not None and not as_copy:
        raise AlreadyImported(existing)
    now, device = utcnow(), db.device

    def ident(stamp: Stamp) -> dict[str, Any]:
        if as_copy or stamp.updated_at is None:
            return {
                "uuid": new_uuid() if as_copy else stamp.uuid,
                "updated_at": now,
                "changed_by": device,
                "version_vector": _first_version(device),
            }
        return {
            "uuid": stamp.uuid,
            "updated_at": stamp.updated_at,
            "changed_by": stamp.changed_by or device,
            "version_vector": stamp.version,
        }

    respondent_rows = [
        {
            **ident(r.stamp),
            "label": r.label,
            "role_group": r.role_group,
            "headcount": r.headcount,
            "device": r.device,
            "key": r.stamp.uuid,
        }
        for r in data.respondents
    ]
    answer_rows = [
        {**_answer_values(0, a.answer, now, device), **ident(a.stamp)} for a in data.answers
    ]
    plan_rows = [
        {"assessment_id": 0, "key": e.entry.key, **_entry_values(e.entry, now, device),
         **ident(e.stamp)}
        for e in data.plan
    ]
    vote_rows: list[dict[str, Any]] = [
        {
            **ident(v.stamp),
            "assessment_id": 0,
            "respondent": v.respondent,
            "statement_id": v.statement_id,
            "round": v.round,
            "kind": v.kind.value,
            "level": v.level,
        }
        for v in data.votes
    ]
    group_rows = [
        {
            **ident(g.stamp),
            "assessment_id": 0,
            "name": g.name,
            "headcount": g.headcount,
            "position": g.position,
        }
        for g in data.role_groups
    ]
    round_rows = [
        {
            "assessment_id": 0,
            "uuid": new_uuid() if as_copy else r.uuid,
            "number": r.number,
            "statements": " ".join(r.statement_ids),
            "opened_at": r.opened_at,
            "closed_at": r.closed_at,
            "changed_by": device if as_copy else r.changed_by,
            "version_vector": _first_version(device) if as_copy else r.version,
        }
        for r in data.rounds
    ]
    tally_rows = [
        {
            **ident(t.stamp),
            "assessment_id": 0,
            "statement_id": t.statement_id,
            "round": t.round,
            "role_group": t.role_group,
            "choice": t.choice,
            "count": t.count,
        }
        for t in data.tallies
    ]
    grave_rows = [
        {
            "assessment_id": 0,
            "uuid": g.uuid,
            "kind": g.kind.value,
            "deleted_at": g.deleted_at,
            "changed_by": g.changed_by,
            "version_vector": g.version,
        }
        for g in ([] if as_copy else data.tombstones)
    ]
    new = NewAssessment(
        municipality=info.municipality,
        project=info.project,
        phase=info.phase,
        held_on=info.held_on,
        moderator=info.moderator,
        participants=info.participants,
        title=info.title,
        default_target=info.default_target,
        report_language=info.report_language,
        focus_limit=info.focus_limit,
        # Role groups come with their identities below; files without them (format 1) get
        # those their respondents name.
        role_groups=() if data.role_groups else info.role_groups or tuple(_groups_of(
            [NewRespondent(r.label, r.role_group, r.headcount) for r in data.respondents]
        )),
        profile=info.profile,
        selection=info.selection,
    )
    own_rows = [dict(values) for values in own_rows]
    with db.session() as session:  # one transaction: any failure leaves no trace
        previous = (
            session.scalar(select(Assessment.id).where(Assessment.uuid == info.previous_uuid))
            if info.previous_uuid
            else None
        )
        row = _new_assessment_row(
            session,
            db,
            new,
            content_version=info.content_version,
            previous_id=previous,
            uuid=new_uuid() if existing is not None or as_copy else info.uuid,
            now=now,
        )
        if not as_copy and data.stamp.updated_at is not None:
            # The assessment's own fields keep the stamp they were exported with, so a later
            # merge of a file from the same origin sees which side changed them.
            row.updated_at = data.stamp.updated_at
            row.changed_by = data.stamp.changed_by
            row.version_vector = data.stamp.version
        respondent_ids: dict[str, int] = {}
        for values in respondent_rows:
            key = values.pop("key")
            resp = Respondent(assessment_id=row.id, **values)
            session.add(resp)
            session.flush()
            respondent_ids[key] = resp.id
        for values in (
            *answer_rows, *plan_rows, *vote_rows, *grave_rows, *group_rows, *round_rows,
            *tally_rows, *own_rows,
        ):
            values["assessment_id"] = row.id
        for values in vote_rows:
            values["respondent_id"] = respondent_ids[values.pop("respondent")]
        batches: list[tuple[type[Any], list[dict[str, Any]]]] = [
            (AnswerRow, answer_rows),
            (PlanEntryRow, plan_rows),
            (VoteRow, vote_rows),
            (TombstoneRow, grave_rows),
            (RoleGroupRow, group_rows),
            (VotingRoundRow, round_rows),
            (TallyRow, tally_rows),
            (OwnStatementRow, own_rows),
        ]
        for model, rows in batches:
            if rows:
                session.execute(_insert(session, _table(model)), rows)
        if log is not None:
            write_entry(session, row.id, log, "copied" if as_copy else "imported")
        return row.id
