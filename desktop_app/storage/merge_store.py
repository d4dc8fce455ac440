"""Writing a resolved merge: the joined assessment, in one transaction.

The domain (``domain.merge``) decides what the joined assessment is; this module makes the
database hold exactly that. Rows are matched by what they stand for — a respondent by its
UUID (or the UUID the merge gave its record: ``aliases``), an answer by statement, a vote by
respondent, statement and round, a plan entry by key, a role group by name, a voting round
by number, a tally by statement, round, role group and choice — and updated in place, so a
record whose UUID changed in the merge keeps its row (and a respondent its votes). Only rows
that differ are written; every row read to be changed is read ``FOR UPDATE``.

Before writing, the transaction checks that the assessment is still as it was when the
merge was planned (every record's UUID, version and time): a change made meanwhile would
otherwise be overwritten unseen, so the merge is refused (:class:`MergeOutdated`) instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain import limits
from desktop_app.domain.assessment import NewRespondent
from desktop_app.domain.snapshot import AssessmentSnapshot, Stamp
from desktop_app.storage.database import Database
from desktop_app.storage.import_log import ImportRecord, write_entry
from desktop_app.storage.models import (
    AnswerRow,
    Assessment,
    OwnStatementRow,
    PlanEntryRow,
    Respondent,
    RoleGroupRow,
    TallyRow,
    TombstoneRow,
    VoteRow,
    VotingRoundRow,
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
            *(("role_group", g.stamp) for g in s.role_groups),
            *(("tally", t.stamp) for t in s.tallies),
            *(
                ("voting_round", Stamp(r.uuid, r.closed_at, r.changed_by, r.version))
                for r in s.rounds
            ),
            *(
                ("tombstone", Stamp(g.uuid, g.deleted_at, g.changed_by, g.version))
                for g in s.tombstones
            ),
        ]
    )


def _row_stamp(row: Any) -> Stamp:
    return Stamp(row.uuid, row.updated_at, row.changed_by, row.version_vector)


def _rows(session: Session, model: type[Any], assessment_id: int) -> list[Any]:
    stmt = (
        select(model)
        .where(model.assessment_id == assessment_id)
        .order_by(model.id)
        .with_for_update()
    )
    return list(session.scalars(stmt))


@dataclass
class _Stored:
    """Every row of the assessment, as the transaction found them."""

    respondents: list[Respondent]
    answers: list[AnswerRow]
    votes: list[VoteRow]
    plan: list[PlanEntryRow]
    graves: list[TombstoneRow]
    groups: list[RoleGroupRow]
    rounds: list[VotingRoundRow]
    tallies: list[TallyRow]

    @staticmethod
    def read(session: Session, assessment_id: int) -> _Stored:
        return _Stored(
            *(
                _rows(session, model, assessment_id)
                for model in (
                    Respondent, AnswerRow, VoteRow, PlanEntryRow, TombstoneRow, RoleGroupRow,
                    VotingRoundRow, TallyRow,
                )
            )
        )

    def state(self, a: Assessment) -> frozenset[tuple[str, str, Any, Any]]:
        return _fingerprint(
            [
                ("assessment", _row_stamp(a)),
                *(("respondent", _row_stamp(r)) for r in self.respondents),
                *(("answer", _row_stamp(r)) for r in self.answers),
                *(("vote", _row_stamp(r)) for r in self.votes),
                *(("plan_entry", _row_stamp(r)) for r in self.plan),
                *(("role_group", _row_stamp(r)) for r in self.groups),
                *(("tally", _row_stamp(r)) for r in self.tallies),
                *(
                    ("voting_round", Stamp(r.uuid, r.closed_at, r.changed_by, r.version_vector))
                    for r in self.rounds
                ),
                *(
                    ("tombstone", Stamp(g.uuid, g.deleted_at, g.changed_by, g.version_vector))
                    for g in self.graves
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
    aliases: Mapping[str, str] | None = None,
    log: ImportRecord | None = None,
    changes: int = 0,
    conflicts: int = 0,
    own_rows: Sequence[dict[str, Any]] = (),
) -> int:
    """Make the assessment equal ``merged``, in one transaction; the number of rows written.

    ``expected`` is the assessment as the merge was planned on; if it changed since,
    :class:`MergeOutdated` is raised and nothing is written. ``aliases`` maps a UUID the
    merge gave up to the one its record keeps. ``log`` goes to the import log in the same
    transaction (``merged``, or ``unchanged`` when no row had to change), with the number of
    ``changes`` taken from the file and of ``conflicts`` decided. ``own_rows`` are own
    statements the file adds (``own_store.import_rows``), placed after this assessment's.
    """
    _check(merged)
    with db.session() as session:
        a = session.scalar(
            select(Assessment).where(Assessment.id == assessment_id).with_for_update()
        )
        if a is None:
            raise NotFound(assessment_id)
        stored = _Stored.read(session, assessment_id)
        if stored.state(a) != _snapshot_state(expected):
            raise MergeOutdated(assessment_id)
        writer = _Writer(session, assessment_id, aliases or {})
        writer.assessment(a, merged)
        writer.records(merged, stored)
        writer.tombstones(merged, stored.graves)
        writer.own_statements(own_rows)
        if log is not None:
            outcome = "merged" if writer.count else "unchanged"
            write_entry(session, assessment_id, log, outcome, changes, conflicts)
        return writer.count


class _Writer:
    def __init__(self, session: Session, assessment_id: int, aliases: Mapping[str, str]) -> None:
        self.session = session
        self.aid = assessment_id
        self.aliases = aliases
        self.count = 0

    def own_statements(self, rows: Sequence[dict[str, Any]]) -> None:
        """Add the file's own statements this assessment lacks, after its own ones."""
        if not rows:
            return
        first = self.session.scalar(
            select(func.coalesce(func.max(OwnStatementRow.position) + 1, 0))
            .where(OwnStatementRow.assessment_id == self.aid)
        ) or 0
        for n, values in enumerate(rows):
            position = first + n
            self.session.add(
                OwnStatementRow(**{**values, "assessment_id": self.aid, "position": position})
            )
            self.count += 1

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

    def records(self, merged: AssessmentSnapshot, stored: _Stored) -> None:
        session = self.session
        final = {r.stamp.uuid: r for r in merged.respondents}
        respondent_rows = {self.aliases.get(r.uuid, r.uuid): r for r in stored.respondents}
        uuid_of_row = {r.id: u for u, r in respondent_rows.items()}
        wanted_votes = {(v.respondent, v.statement_id, v.round): v for v in merged.votes}
        vote_rows = {
            (uuid_of_row[v.respondent_id], v.statement_id, v.round): v for v in stored.votes
        }
        wanted_answers = {x.answer.statement_id: x for x in merged.answers}
        answer_rows = {r.statement_id: r for r in stored.answers}
        wanted_plan = {e.entry.key: e for e in merged.plan}
        plan_rows = {r.key: r for r in stored.plan}
        wanted_groups = {g.name: g for g in merged.role_groups}
        group_rows = {r.name: r for r in stored.groups}
        wanted_rounds = {r.number: r for r in merged.rounds}
        round_rows = {r.number: r for r in stored.rounds}
        wanted_tallies = {
            (t.statement_id, t.round, t.role_group, t.choice): t for t in merged.tallies
        }
        tally_rows = {(t.statement_id, t.round, t.role_group, t.choice): t for t in stored.tallies}

        # Deletions first (votes before their respondents), so no unique key is taken twice.
        self.delete(v for k, v in vote_rows.items() if k not in wanted_votes)
        self.delete(r for k, r in answer_rows.items() if k not in wanted_answers)
        self.delete(r for k, r in plan_rows.items() if k not in wanted_plan)
        self.delete(r for k, r in respondent_rows.items() if k not in final)
        self.delete(r for k, r in group_rows.items() if k not in wanted_groups)
        self.delete(r for k, r in round_rows.items() if k not in wanted_rounds)
        self.delete(r for k, r in tally_rows.items() if k not in wanted_tallies)
        session.flush()

        # Labels may move between respondents (a merge numbers phones anew): park every label
        # that changes on its row's own UUID first, so no two rows ever hold one label.
        moving = [
            row for u, row in respondent_rows.items() if u in final and row.label != final[u].label
        ]
        for row in moving:
            row.label = row.uuid
        session.flush()
        ids: dict[str, int] = {}
        for u, r in final.items():
            row = self.upsert(
                Respondent,
                respondent_rows.get(u),
                {**_ident(r.stamp), "label": r.label, "role_group": r.role_group,
                 "headcount": r.headcount, "device": r.device},
            )
            session.flush()
            ids[u] = row.id
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
                    "rationale": ans.rationale,
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
        for (who, sid, round_), v in wanted_votes.items():
            self.upsert(
                VoteRow,
                vote_rows.get((who, sid, round_)),
                {
                    **_ident(v.stamp),
                    "respondent_id": ids[who],
                    "statement_id": sid,
                    "round": round_,
                    "kind": v.kind.value,
                    "level": v.level,
                },
            )
        for name, g in wanted_groups.items():
            self.upsert(
                RoleGroupRow,
                group_rows.get(name),
                {**_ident(g.stamp), "name": name, "headcount": g.headcount,
                 "position": g.position},
            )
        for number, n in wanted_rounds.items():
            self.upsert(
                VotingRoundRow,
                round_rows.get(number),
                {
                    "uuid": n.uuid,
                    "number": number,
                    "statements": " ".join(n.statement_ids),
                    "opened_at": n.opened_at,
                    "closed_at": n.closed_at,
                    "changed_by": n.changed_by,
                    "version_vector": n.version,
                },
            )
        for key4, t in wanted_tallies.items():
            self.upsert(
                TallyRow,
                tally_rows.get(key4),
                {
                    **_ident(t.stamp),
                    "statement_id": t.statement_id,
                    "round": t.round,
                    "role_group": t.role_group,
                    "choice": t.choice,
                    "count": t.count,
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
