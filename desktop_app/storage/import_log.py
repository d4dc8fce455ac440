"""The import log: which exchange file came into which assessment, when, from where.

Written in the transaction that imports or merges the file, so the log never names a file
whose content is not in the database, nor misses one that is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.storage.database import Database
from desktop_app.storage.models import ImportLog


@dataclass(frozen=True, slots=True)
class ImportRecord:
    """What the log keeps of one file, known before it is written."""

    checksum: str  # SHA-256 of the content, as the exchange format defines it
    source_device: str  # the device that exported the file ("" for format version 1)
    format_version: int


@dataclass(frozen=True, slots=True)
class ImportLogEntry:
    assessment_id: int
    checksum: str
    imported_at: datetime
    source_device: str
    format_version: int
    outcome: str  # imported, copied, merged, unchanged
    changes: int
    conflicts: int


def write_entry(
    session: Session,
    assessment_id: int,
    record: ImportRecord,
    outcome: str,
    changes: int = 0,
    conflicts: int = 0,
) -> None:
    session.add(
        ImportLog(
            assessment_id=assessment_id,
            checksum=record.checksum,
            imported_at=datetime.now(UTC),
            source_device=record.source_device,
            format_version=record.format_version,
            outcome=outcome,
            changes=changes,
            conflicts=conflicts,
        )
    )


def entries(db: Database, assessment_id: int) -> list[ImportLogEntry]:
    """The assessment's log, oldest first."""
    with db.session() as session:
        rows = session.scalars(
            select(ImportLog).where(ImportLog.assessment_id == assessment_id).order_by(ImportLog.id)
        )
        return [
            ImportLogEntry(
                r.assessment_id,
                r.checksum,
                r.imported_at,
                r.source_device,
                r.format_version,
                r.outcome,
                r.changes,
                r.conflicts,
            )
            for r in rows
        ]
