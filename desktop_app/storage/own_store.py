"""Storing the team's own statements and its look back at last time's measures.

Rows become domain objects here (as in :mod:`desktop_app.storage.repository`, whose
helpers it shares); every write is its own committed transaction. Before an own statement is
written, :func:`desktop_app.domain.own.check_statement` must pass — against the guideline the
caller names — so the database never holds one that could shadow a guideline statement.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, func, select

from desktop_app.domain.model import Text
from desktop_app.domain.own import (
    TEAM_MODULE,
    OwnModule,
    OwnProblem,
    OwnStatement,
    check_statement,
    team_module_title,
)
from desktop_app.domain.own_json import read_statement, read_text, statement_json
from desktop_app.domain.progress import ReviewStatus, StoredReview
from desktop_app.storage.database import Database
from desktop_app.storage.models import Assessment, MeasureReviewRow, OwnStatementRow
from desktop_app.storage.repository import (
    _TOUCH_ASSESSMENT,
    NotFound,
    _insert,
    _table,
    _upsert_statement,
    new_uuid,
    utcnow,
)


class InvalidOwnStatement(ValueError):
    """The statement breaks a rule of ``domain.own``; ``problems`` says which."""

    def __init__(self, problems: Sequence[OwnProblem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(f"{p.field}: {p.key}" for p in problems))


def _statement(row: OwnStatementRow) -> OwnStatement:
    return read_statement({
        "id": row.statement_id, "module": row.module, "text": row.text, "help": row.help,
        "category": row.category, "barrier": row.barrier, "weight": row.weight,
        "levels": row.levels, "measures": row.measures,
    })


def load_own(db: Database, assessment_id: int) -> tuple[list[OwnStatement], list[OwnModule]]:
    """The assessment's own statements (in their order) and the modules they belong to."""
    with db.session() as session:
        rows = session.scalars(
            select(OwnStatementRow)
            .where(OwnStatementRow.assessment_id == assessment_id)
            .order_by(OwnStatementRow.position, OwnStatementRow.id)
        ).all()
        statements = [_statement(r) for r in rows]
        modules: dict[str, OwnModule] = {}
        for r in rows:
            if r.module not in modules:
                modules[r.module] = OwnModule(r.module, read_text(r.module_title))
        return statements, list(modules.values())


def _values(st: OwnStatement, title: Text, device: str) -> dict[str, Any]:
    values = statement_json(st, title)
    del values["id"]
    return {**values, "updated_at": utcnow(), "changed_by": device}


def import_rows(statements: Sequence[OwnStatement], modules: Sequence[OwnModule],
                device: str) -> list[dict[str, Any]]:
    """Rows for an imported file's own statements, in their order (``assessment_id`` unset).

    The caller has checked them (the exchange reader does, against the file's guideline).
    """
    titles = {m.id: m.title for m in modules}
    return [
        {**_values(st, titles.get(st.module) or _module_title(st), device),
         "uuid": new_uuid(), "statement_id": st.id, "position": n}
        for n, st in enumerate(statements)
    ]


def _module_title(st: OwnStatement) -> Text:
    return team_module_title() if st.module == TEAM_MODULE else Text(st.module)


def _taken(db: Database, assessment_id: int, but: str) -> set[str]:
    """Ids of the assessment's other own statements and their measures."""
    statements, _ = load_own(db, assessment_id)
    return {i for s in statements if s.id != but for i in (s.id, *(m.id for m in s.measures))}


def save_own(
    db: Database, assessment_id: int, statement: OwnStatement, guideline_ids: set[str],
    module_title: Text | None = None,
) -> None:
    """Add or change an own statement (checked first; :class:`InvalidOwnStatement`)."""
    problems = check_statement(statement, guideline_ids, _taken(db, assessment_id,
                                                                 statement.id))
    if problems:
        raise InvalidOwnStatement(problems)
    title = module_title or _module_title(statement)
    values = _values(statement, title, db.device)
    table = _table(OwnStatementRow)
    with db.session() as session:
        if session.get(Assessment, assessment_id) is None:
            raise NotFound(assessment_id)
        position = session.scalar(
            select(func.coalesce(func.max(OwnStatementRow.position) + 1, 0))
            .where(OwnStatementRow.assessment_id == assessment_id)
        )
        stmt = _insert(session, table).values(
            uuid=new_uuid(), assessment_id=assessment_id, statement_id=statement.id,
            position=position, **values,
        )
        session.execute(_upsert_statement(stmt, ("assessment_id", "statement_id"), values,
                                          table))
        session.execute(_TOUCH_ASSESSMENT, {"aid": assessment_id, "now": utcnow(),
                                            "device": db.device})


def add_module(
    db: Database, assessment_id: int, module: OwnModule, guideline_ids: set[str]
) -> list[str]:
    """Add every statement of ``module`` at once (all or nothing); return their ids."""
    statements, _ = load_own(db, assessment_id)
    taken = {i for s in statements for i in (s.id, *(m.id for m in s.measures))}
    problems = []
    for st in module.statements:
        problems += check_statement(st, guideline_ids, taken)
        taken |= {st.id, *(m.id for m in st.measures)}
    if problems:
        raise InvalidOwnStatement(problems)
    with db.session() as session:
        if session.get(Assessment, assessment_id) is None:
            raise NotFound(assessment_id)
        first = session.scalar(
            select(func.coalesce(func.max(OwnStatementRow.position) + 1, 0))
            .where(OwnStatementRow.assessment_id == assessment_id)
        ) or 0
        session.add_all(
            OwnStatementRow(uuid=new_uuid(), assessment_id=assessment_id, statement_id=st.id,
                            position=first + n, **_values(st, module.title, db.device))
            for n, st in enumerate(module.statements)
        )
    return [st.id for st in module.statements]


def delete_own(db: Database, assessment_id: int, statement_id: str) -> None:
    """Remove an own statement; the team's answer to it stays stored but counts no more."""
    with db.session() as session:
        session.execute(delete(OwnStatementRow).where(
            OwnStatementRow.assessment_id == assessment_id,
            OwnStatementRow.statement_id == statement_id,
        ))


# -- the look back at last time's measures ------------------------------------------------


def load_reviews(db: Database, assessment_id: int) -> list[StoredReview]:
    with db.session() as session:
        return [
            StoredReview(r.key, ReviewStatus(r.status), r.confirmed, r.note)
            for r in session.scalars(
                select(MeasureReviewRow)
                .where(MeasureReviewRow.assessment_id == assessment_id)
                .order_by(MeasureReviewRow.id)
            )
        ]


def save_reviews(db: Database, assessment_id: int, reviews: Iterable[StoredReview]) -> None:
    """Store what the team says about last time's measures (one transaction)."""
    table = _table(MeasureReviewRow)
    now = utcnow()
    with db.session() as session:
        if session.get(Assessment, assessment_id) is None:
            raise NotFound(assessment_id)
        for review in reviews:
            values = {"status": review.status.value, "confirmed": review.confirmed,
                      "note": review.note, "updated_at": now, "changed_by": db.device}
            stmt = _insert(session, table).values(
                uuid=new_uuid(), assessment_id=assessment_id, key=review.key, **values
            )
            session.execute(_upsert_statement(stmt, ("assessment_id", "key"), values, table))
