"""Writing a resolved merge: the joined assessment, in one transaction.

The domain (``domain.merge``) decides what the joined assessment is; this module makes the
database hold exactly that. Rows are matched by what they stand for — a respondent by label,
an answer by statement, a vote by respondent and statement, a plan entry by key — and
updated in place, so a record whose UUID changed in the merge keeps its row (and a
respondent its votes). Only rows that differ are written.

Before writing, the transaction checks that the assessment is still as it was when the
merge was planned (every record's UUID, version and time): a change made meanwhile would
otherwise be overwritten unseen, so the merge is refused (:class:`MergeOutdated`) instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain import limits
from desktop_app.domain.assessment import NewRespondent
from desktop_app.domain.snapshot import AssessmentSnapshot, Stamp
from desktop_app.storage.database import Database
from desktop_app.storage.import_log import ImportRecord, write_entry
from desktop_app.storage.models import (
    AnswerRow,
    Assessment,
    PlanEntryRow,
    Respondent,
    TombstoneRow,
    VoteRow,
)
from desktop_app.storage.repository import (
    NotFound,
    _check_answer_texts,
    _check_entry_texts,
    _check_info,
    _check_respondent,
)


class MergeOutdated(Exception):
    """The assessment changed after the merge was planned; nothing was written."""


def _fingerprint(records: Iterable[tuple[str, Stamp]]) -> frozenset[tuple[str, str, Any, Any]]:
    return frozenset((kind, s.uuid, s.version, s.updated_at) for kind, s in records)


def _snapshot_state(s: AssessmentSnapshot) -> frozenset[tuple[str, str, Any, Any]]:
    return _fingerprint(
        [
            ("assessment", s.stamp),
            *(("respondent", r.stamp) for r in s.respondents),
            *(("answer", a.stamp) for a in s.answers),
            *(("vote", v.stamp) for v in s.votes),
            *(("plan_entry", e.stamp) for e in s.plan),
            *(
                ("tombstone", Stamp(g.uuid, g.deleted_at, g.changed_by, g.version))
                for g in s.tombstones
            ),
        ]
    )


def _row_stamp(row: Any) -> Stamp:
    return Stamp(row.uuid, row.updated_at, row.changed_by, row.version_vector)


def _rows(session: Session, model: type[Any], assessment_id: int) -> list[Any]:
    stmt = select(model).where(model.assessment_id == assessment_id).order_by(model.id)
    return list(session.scalars(stmt))


def _stored_state(
    a: Assessment, respondents: list[Respondent], answers: list[AnswerRow],
    votes: list[VoteRow], plan: list[PlanEntryRow], graves: list[TombstoneRow],
) -> frozenset[tuple[str, str, Any, Any]]:
    return _fingerprint(
        [
            ("assessment", _row_stamp(a)),
            *(("respondent", _row_stamp(r)) for r in respondents),
            *(("answer", _row_stamp(r)) for r in answers),
            *(("vote", _row_stamp(r)) for r in votes),
            *(("plan_entry", _row_stamp(r)) for r in plan),
            *(
                ("tombstone", Stamp(g.uuid, g.deleted_at, g.changed_by, g.version_vector))
                for g in graves
            ),
        ]
    )


def _assign(row: Any, values: Mapping[str, Any]) -> bool:
    """Set the values that differ; True when any did."""
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


def _ident(stamp: Stamp) -> dict[str, Any]:
    assert stamp.updated_at is not None  # every record of a stored snapshot has its time
    return {
        "uuid": stamp.uuid,
        "updated_at": stamp.updated_at,
        "changed_by": stamp.changed_by,
        "version_vector": stamp.version,
    }


def _check(merged: AssessmentSnapshot) -> None:
    """The limits every write obeys (a typed-in value may exceed one)."""
    info = merged.info
    _check_info(title=info.title, moderator=info.moderator, participants=info.participants)
    limits.check_date("held_on", info.held_on)
    for r in merged.respondents:
        _check_respondent(NewRespondent(r.label, r.role_group, r.headcount))
    for a in merged.answers:
        _check_answer_texts(a.answer)
    for e in merged.plan:
        _check_entry_texts(e.entry)


def apply_merge(
    db: Database,
    assessment_id: int,
    merged: AssessmentSnapshot,
    *,
    expected: AssessmentSnapshot,
    log: ImportRecord | None = None,
    changes: int = 0,
    conflicts: int = 0,
) -> int:
    """Make the assessment equal ``merged``, in one transaction; the number of rows written.

    ``expected`` is the assessment as the merge was planned on; if it changed since,
    :class:`MergeOutdated` is raised and nothing is written. ``log`` goes to the import log
    in the same transaction (``merged``, or ``unchanged`` when no row had to change), with
    the number of ``changes`` taken from the file and of ``conflicts`` decided.
    """
    _check(merged)
    with db.session() as session:
        a = session.get(Assessment, assessment_id)
        if a is None:
            raise NotFound(assessment_id)
        respondents = _rows(session, Respondent, assessment_id)
        answers = _rows(session, AnswerRow, assessment_id)
        votes = _rows(session, VoteRow, assessment_id)
        plan = _rows(session, PlanEntryRow, assessment_id)
        graves = _rows(session, TombstoneRow, assessment_id)
        if _stored_state(a, respondents, answers, votes, plan, graves) != _snapshot_state(
            expected
        ):
            raise MergeOutdated(assessment_id)
        writer = _Writer(session, assessment_id)
        writer.assessment(a, merged)
        writer.records(merged, respondents, answers, votes, plan)
        writer.tombstones(merged, graves)
        if log is not None:
            outcome = "merged" if writer.count else "unchanged"
            write_entry(session, assessment_id, log, outcome, changes, conflicts)
        return writer.count


class _Writer:
    def __init__(self, session: Session, assessment_id: int) -> None:
        self.session = session
        self.aid = assessment_id
        self.count = 0

    def delete(self, rows: Iterable[Any]) -> None:
        for row in rows:
            self.session.delete(row)
            self.count += 1

    def upsert(self, model: type[Any], row: Any | None, values: Mapping[str, Any]) -> Any:
        if row is None:
            row = model(assessment_id=self.aid, **values)
            self.session.add(row)
            self.count += 1
        elif _assign(row, values):
            self.count += 1
        return row

    def assessment(self, a: Assessment, merged: AssessmentSnapshot) -> None:
        info = merged.info
        values = {
            "title": info.title,
            "phase": info.phase.value,
            "held_on": info.held_on,
            "moderator": info.moderator,
            "participants": info.participants,
            "default_target": info.default_target,
            "report_language": info.report_language,
            "focus_limit": info.focus_limit,
            "updated_at": merged.stamp.updated_at or a.updated_at,
            "changed_by": merged.stamp.changed_by,
            "version_vector": merged.stamp.version,
        }
        if _assign(a, values):
            self.count += 1

    def records(
        self,
        merged: AssessmentSnapshot,
        respondents: list[Respondent],
        answers: list[AnswerRow],
        votes: list[VoteRow],
        plan: list[PlanEntryRow],
    ) -> None:
        session = self.session
        label_of_row = {r.id: r.label for r in respondents}
        label_of_uuid = {r.stamp.uuid: r.label for r in merged.respondents}
        wanted_votes = {(label_of_uuid[v.respondent], v.statement_id): v for v in merged.votes}
        vote_rows = {(label_of_row[v.respondent_id], v.statement_id): v for v in votes}
        wanted_answers = {x.answer.statement_id: x for x in merged.answers}
        answer_rows = {r.statement_id: r for r in answers}
        wanted_plan = {e.entry.key: e for e in merged.plan}
        plan_rows = {r.key: r for r in plan}
        wanted_respondents = {r.label: r for r in merged.respondents}
        respondent_rows = {r.label: r for r in respondents}

        # Deletions first (votes before their respondents), so no unique key is taken twice.
        self.delete(v for k, v in vote_rows.items() if k not in wanted_votes)
        self.delete(r for k, r in answer_rows.items() if k not in wanted_answers)
        self.delete(r for k, r in plan_rows.items() if k not in wanted_plan)
        self.delete(r for k, r in respondent_rows.items() if k not in wanted_respondents)
        session.flush()

        ids: dict[str, int] = {}
        for label, r in wanted_respondents.items():
            row = self.upsert(
                Respondent,
                respondent_rows.get(label),
                {**_ident(r.stamp), "label": r.label, "role_group": r.role_group,
                 "headcount": r.headcount},
            )
            session.flush()
            ids[label] = row.id
        for sid, x in wanted_answers.items():
            ans = x.answer
            self.upsert(
                AnswerRow,
                answer_rows.get(sid),
                {
                    **_ident(x.stamp),
                    "statement_id": sid,
                    "kind": ans.kind.value if ans.kind else None,
                    "level": ans.level,
                    "target": ans.target,
                    "comment": ans.comment,
                    "evidence": ans.evidence,
                    "flagged": ans.flagged,
                    "not_relevant_reason": ans.not_relevant_reason,
                },
            )
        for key, e in wanted_plan.items():
            p = e.entry
            self.upsert(
                PlanEntryRow,
                plan_rows.get(key),
                {
                    **_ident(e.stamp),
                    "key": key,
                    "category": p.category.value if p.category else None,
                    "title": p.title,
                    "text": p.text,
                    "decision": p.decision.value,
                    "owner": p.owner,
                    "due": p.due,
                    "priority": p.priority.value if p.priority else None,
                    "effort": p.effort.value if p.effort else None,
                    "status": p.status.value,
                    "note": p.note,
                    "topic": p.topic,
                    "involved": p.involved,
                    "done_when": p.done_when,
                    "effort_days": p.effort_days,
                    "cost_eur": p.cost_eur,
                    "reject_reason": p.reject_reason,
                },
            )
        for (label, sid), v in wanted_votes.items():
            self.upsert(
                VoteRow,
                vote_rows.get((label, sid)),
                {
                    **_ident(v.stamp),
                    "respondent_id": ids[label],
                    "statement_id": sid,
                    "kind": v.kind.value,
                    "level": v.level,
                },
            )

    def tombstones(self, merged: AssessmentSnapshot, graves: list[TombstoneRow]) -> None:
        wanted = {g.uuid: g for g in merged.tombstones}
        rows = {g.uuid: g for g in graves}
        self.delete(g for u, g in rows.items() if u not in wanted)
        for uuid, g in wanted.items():
            self.upsert(
                TombstoneRow,
                rows.get(uuid),
                {
                    "uuid": uuid,
                    "kind": g.kind.value,
                    "deleted_at": g.deleted_at,
                    "changed_by": g.changed_by,
                    "version_vector": g.version,
                },
            )
