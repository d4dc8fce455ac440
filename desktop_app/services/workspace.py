"""The application's service facade: one object the CLI and the GUI talk to.

It owns the opened database and the loaded guideline (both created on first use, never at
import) and offers the use cases — answer, plan, evaluate, report, export, import — as plain
methods. Heavy libraries (reportlab, matplotlib, jsonschema) are imported inside the methods
that need them, so the first window appears without paying for them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import __version__, paths

if TYPE_CHECKING:
    from types import ModuleType

    from desktop_app.domain.answers import Answer, AnswerKind, AnswerSet
    from desktop_app.domain.assessment import (
        AssessmentInfo,
        AssessmentSummary,
        Evaluation,
        NewRespondent,
        Phase,
    )
    from desktop_app.domain.model import Guideline
    from desktop_app.domain.plan import PlanEntry
    from desktop_app.storage.backups import BackupInfo, RestoreResult
    from desktop_app.storage.database import Database

Progress = Callable[[int, str], None]


def _repo() -> ModuleType:
    """The storage layer, imported on first use.

    SQLAlchemy takes about 0.3 s to import; deferring it lets the first window paint before
    the database is opened.
    """
    from desktop_app.storage import repository

    return repository


class Workspace:
    def __init__(
        self,
        data_dir: Path | str | None = None,
        *,
        content_dir: Path | None = None,
        database: Path | None = None,
        busy_timeout_ms: int | None = None,
    ) -> None:
        self.data_dir = paths.data_dir(data_dir)
        self._busy_timeout_ms = busy_timeout_ms
        self._db_path = database or self.data_dir / paths.DB_FILENAME
        self._content_dir = content_dir or paths.content_dir()
        self._db: Database | None = None
        self._guideline: Guideline | None = None

    # -- lazily opened resources -------------------------------------------------------
    @property
    def db(self) -> Database:
        """The opened database; raises ``DatabaseDamaged``/``DatabaseError`` (see messages)."""
        if self._db is None:
            from desktop_app.storage.access import check_data_folder
            from desktop_app.storage.database import BUSY_TIMEOUT_MS, open_database

            check_data_folder(self._db_path.parent, self._db_path)
            self._db = open_database(
                self._db_path,
                backup_dir=self.backup_dir,
                busy_timeout_ms=self._busy_timeout_ms or BUSY_TIMEOUT_MS,
            )
            self._auto_backup()
        return self._db

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def guideline(self) -> Guideline:
        if self._guideline is None:
            from desktop_app.content import load_guideline  # YAML parser: not before needed

            self._guideline = load_guideline(self._content_dir)
        return self._guideline

    @property
    def database_path(self) -> Path:
        return self._db_path

    def close(self) -> None:
        """Close the database and back it up if anything changed since the last backup."""
        if self._db is not None:
            self._db.close()
            self._db = None
            self._auto_backup()

    # -- backups (storage.backups) ------------------------------------------------------
    backup_warning: Exception | None = None  # the last automatic backup that failed

    def _auto_backup(self) -> None:
        """Back up when the content changed; a failure never blocks working or exiting."""
        import sqlite3

        from desktop_app.storage.backups import BackupError, backup_if_changed

        try:
            backup_if_changed(self._db_path, self.backup_dir)
            self.backup_warning = None
        except (BackupError, OSError, sqlite3.Error) as exc:
            self.backup_warning = exc

    def backup_now(self) -> BackupInfo:
        """A verified manual backup of the current state (kept until deleted by hand)."""
        from desktop_app.storage.backups import create_backup

        self.db  # noqa: B018 - opens (and checks) the database first
        return create_backup(self._db_path, self.backup_dir, "manual")

    def list_backups(self) -> list[BackupInfo]:
        """Every backup in the data folder, newest first (does not open the database)."""
        from desktop_app.storage.backups import list_backups

        return list_backups(self.backup_dir)

    def restore(self, backup: Path) -> RestoreResult:
        """Replace the database with ``backup`` (current state backed up first).

        Closes the open database; the next use reopens (and if needed migrates) the restored
        one. Raises ``storage.backups.BackupError`` with a user-facing ``message(lang)``.
        """
        from desktop_app.storage.backups import restore_backup

        if self._db is not None:
            self._db.close()
            self._db = None
        return restore_backup(self._db_path, Path(backup), self.backup_dir)

    # -- assessments --------------------------------------------------------------------
    def list_assessments(self) -> list[AssessmentSummary]:
        return _repo().list_assessments(self.db)

    def create_assessment(
        self,
        *,
        municipality: str,
        project: str,
        phase: Phase,
        held_on: date,
        moderator: str = "",
        participants: str = "",
        title: str = "",
        default_target: int = 3,
        respondents: list[NewRespondent] | None = None,
    ) -> int:
        return _repo().create_assessment(
            self.db,
            municipality=municipality,
            project=project,
            phase=phase,
            held_on=held_on,
            content_version=self.guideline.version,
            moderator=moderator,
            participants=participants,
            title=title,
            default_target=default_target,
            respondents=respondents or [],
        )

    def reassess(self, assessment_id: int, held_on: date) -> int:
        return _repo().reassess(self.db, assessment_id, held_on, self.guideline.version)

    def delete_assessment(self, assessment_id: int) -> None:
        _repo().delete_assessment(self.db, assessment_id)

    def info(self, assessment_id: int) -> AssessmentInfo:
        return _repo().load_info(self.db, assessment_id)

    def update_info(self, assessment_id: int, **fields: object) -> None:
        _repo().update_info(self.db, assessment_id, **fields)

    def answers(self, assessment_id: int) -> AnswerSet:
        return _repo().load_answers(self.db, assessment_id)

    def save_answer(self, assessment_id: int, answer: Answer) -> None:
        _repo().save_answer(self.db, assessment_id, answer)

    def save_vote(
        self,
        assessment_id: int,
        respondent_id: int,
        statement_id: str,
        kind: AnswerKind | None,
        level: int | None = None,
    ) -> None:
        _repo().save_vote(self.db, assessment_id, respondent_id, statement_id, kind, level)

    def add_respondent(self, assessment_id: int, respondent: NewRespondent) -> int:
        return _repo().add_respondent(self.db, assessment_id, respondent)

    def position(self, assessment_id: int) -> str | None:
        """Where an older version left the walk-through (the GUI now keeps this itself)."""
        return _repo().last_position(self.db, assessment_id)

    # -- action plan ------------------------------------------------------------------
    def plan_entries(self, assessment_id: int) -> list[PlanEntry]:
        return _repo().load_plan_entries(self.db, assessment_id)

    def save_plan_entry(self, assessment_id: int, entry: PlanEntry) -> None:
        _repo().save_plan_entry(self.db, assessment_id, entry)

    def add_own_measure(self, assessment_id: int, entry: PlanEntry) -> PlanEntry:
        stored = replace(entry, key=_repo().new_own_key())
        _repo().save_plan_entry(self.db, assessment_id, stored)
        return stored

    def delete_plan_entry(self, assessment_id: int, key: str) -> None:
        _repo().delete_plan_entry(self.db, assessment_id, key)

    # -- evaluation, report, exchange -----------------------------------------------------
    def evaluation(self, assessment_id: int) -> Evaluation:
        from desktop_app.domain.assessment import evaluate

        return evaluate(
            self.guideline,
            self.info(assessment_id),
            self.answers(assessment_id),
            self.plan_entries(assessment_id),
        )

    def report_language(self, assessment_id: int) -> str:
        return _repo().report_language(self.db, assessment_id)

    def write_report(
        self,
        assessment_id: int,
        output: Path,
        lang: str | None = None,
        progress: Progress | None = None,
    ) -> Path:
        from desktop_app.reporting.pdf import write_report

        if progress:
            progress(5, "evaluate")
        ev = self.evaluation(assessment_id)
        return write_report(
            ev, Path(output), lang or self.report_language(assessment_id), progress=progress
        )

    def export(self, assessment_id: int, output: Path) -> Path:
        from desktop_app.exchange.format import dumps, to_document
        from desktop_app.fileio import atomic_write_bytes

        doc = to_document(
            self.info(assessment_id),
            self.answers(assessment_id),
            self.plan_entries(assessment_id),
            report_language=self.report_language(assessment_id),
            app_version=__version__,
            exported_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        return atomic_write_bytes(Path(output), dumps(doc))

    def import_file(self, source: Path, *, as_copy: bool = False) -> int:
        """Import an exchange file; raises ExchangeError with a user-facing message."""
        from desktop_app import fileio
        from desktop_app.domain.model import Text
        from desktop_app.exchange import format as exchange

        limit = exchange.MAX_FILE_BYTES
        try:
            data = fileio.read_capped(Path(source), limit)
        except fileio.SourceTooLarge as exc:
            raise exchange.ExchangeError(
                "too_large", size=f"{exc.size / 1e6:.1f}", limit=limit // 1_000_000
            ) from exc
        except fileio.SourceNotReadable as exc:
            reason = Text(*fileio.REASONS.get(exc.reason, fileio.REASONS["read_error"]))
            raise exchange.ExchangeError("unreadable", detail=reason) from exc
        parsed = exchange.read(data, self.guideline)
        try:
            return _repo().import_assessment(self.db, parsed, as_copy=as_copy)
        except _repo().AlreadyImported as exc:
            raise exchange.ExchangeError("already_imported", detail=exc.assessment_id) from exc

    def create_demo(self, lang: str = "de") -> int:
        """Store the demo assessment (a mid-sized city introducing a digital twin).

        It goes through the import path: one transaction, and the same validation rules.
        """
        from desktop_app.exchange.format import ExchangeAssessment
        from desktop_app.services.demo_data import build_demo

        demo = build_demo(self.guideline)
        data = ExchangeAssessment(
            info=demo.info,
            report_language=lang,
            answers=[replace(a, votes=()) for a in demo.answers.answers.values()],
            votes=[
                (v.respondent, a.statement_id, v.kind, v.level)
                for a in demo.answers.answers.values()
                for v in a.votes
            ],
            plan=demo.entries,
        )
        return _repo().import_assessment(self.db, data, as_copy=True)
