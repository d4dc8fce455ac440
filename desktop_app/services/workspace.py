"""The application's service facade: one object the CLI and the GUI talk to.

It owns the opened database and the loaded guideline (both created on first use, never at
import) and offers the use cases — answer, plan, evaluate, report, export, import — as plain
methods. Heavy libraries (reportlab, matplotlib, jsonschema) are imported inside the methods
that need them, so the first window appears without paying for them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import __version__, paths

if TYPE_CHECKING:
    from desktop_app.content.store import GuidelineStore
    from desktop_app.domain.answers import Answer, AnswerKind, AnswerSet, Vote
    from desktop_app.domain.assessment import (
        AssessmentInfo,
        AssessmentSummary,
        Evaluation,
        NewAssessment,
        NewRespondent,
        RoleGroup,
        VotingRound,
    )
    from desktop_app.domain.merge import Choice, MergePlan
    from desktop_app.domain.model import Guideline
    from desktop_app.domain.plan import PlanEntry
    from desktop_app.domain.snapshot import AssessmentSnapshot
    from desktop_app.exchange.format import ExchangeFile
    from desktop_app.storage.backups import BackupInfo, RestoreResult
    from desktop_app.storage.database import Database
    from desktop_app.storage.import_log import ImportLogEntry

Progress = Callable[[int, str], None]

# The storage layer (SQLAlchemy, about 0.3 s to import) is imported inside each method that
# needs it, so the first window paints before the database is opened.


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
        self._store: GuidelineStore | None = None

    # -- lazily opened resources -------------------------------------------------------
    @property
    def db(self) -> Database:
        """The opened database; raises ``DatabaseDamaged``/``DatabaseError`` (see messages)."""
        if self._db is None:
            from desktop_app.services.device import device_id
            from desktop_app.storage.access import check_data_folder
            from desktop_app.storage.database import BUSY_TIMEOUT_MS, open_database

            check_data_folder(self._db_path.parent, self._db_path)
            self._db = open_database(
                self._db_path,
                backup_dir=self.backup_dir,
                busy_timeout_ms=self._busy_timeout_ms or BUSY_TIMEOUT_MS,
            )
            self._db.device = device_id(self._db_path.parent)
            self._auto_backup()
        return self._db

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def store(self) -> GuidelineStore:
        """Every released guideline version, loaded on first use."""
        if self._store is None:
            from desktop_app.content.store import GuidelineStore

            self._store = GuidelineStore(self._content_dir)
        return self._store

    @property
    def guideline(self) -> Guideline:
        """The current guideline: what new assessments are made with."""
        return self.store.current

    def guideline_for(self, assessment_id: int) -> Guideline:
        """The guideline version the assessment was made with (and is scored with)."""
        return self.store.for_version(self.info(assessment_id).content_version)

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

    def save_backup_copy(self, target: Path) -> BackupInfo:
        """A verified backup of the current state, copied to ``target`` (e.g. a USB stick).

        Raises ``BackupError`` or ``fileio.TargetNotWritable`` with a reason to word.
        """
        import shutil
        from typing import BinaryIO

        from desktop_app.fileio import atomic_write

        info = self.backup_now()

        def write(fh: BinaryIO) -> None:
            with open(info.path, "rb") as src:
                shutil.copyfileobj(src, fh)

        atomic_write(Path(target), write)
        return info

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
        from desktop_app.storage import repository

        return repository.list_assessments(self.db)

    def create_assessment(self, new: NewAssessment) -> int:
        from desktop_app.storage import repository

        return repository.create_assessment(self.db, new, content_version=self.guideline.version)

    def reassess(self, assessment_id: int, held_on: date) -> int:
        """A new assessment of the same project with the current guideline.

        Targets carry over; when the guideline version changed, they are mapped to the new
        statement ids (``changes.yaml``); targets of removed statements are dropped.
        """
        from desktop_app.storage import repository

        info = self.info(assessment_id)
        current = self.guideline
        targets: dict[str, int] | None = None
        if info.content_version != current.version:
            stored = {
                sid: a.target
                for sid, a in self.answers(assessment_id).answers.items()
                if a.target is not None
            }
            changes = self.store.changes_since(info.content_version)
            mapped = changes.carried_targets(stored) if changes is not None else stored
            targets = {sid: t for sid, t in mapped.items() if current.has_statement(sid)}
        return repository.reassess(
            self.db, assessment_id, held_on, current.version, targets=targets
        )

    def delete_assessment(self, assessment_id: int) -> None:
        from desktop_app.storage import repository

        repository.delete_assessment(self.db, assessment_id)

    def info(self, assessment_id: int) -> AssessmentInfo:
        from desktop_app.storage import repository

        return repository.load_info(self.db, assessment_id)

    def update_info(self, assessment_id: int, **fields: object) -> None:
        from desktop_app.storage import repository

        repository.update_info(self.db, assessment_id, **fields)

    def answers(self, assessment_id: int) -> AnswerSet:
        from desktop_app.storage import repository

        return repository.load_answers(self.db, assessment_id)

    def save_answer(self, assessment_id: int, answer: Answer) -> None:
        from desktop_app.storage import repository

        repository.save_answer(self.db, assessment_id, answer)

    def save_vote(
        self,
        assessment_id: int,
        respondent_id: int,
        statement_id: str,
        kind: AnswerKind | None,
        level: int | None = None,
        round: int = 1,
    ) -> None:
        from desktop_app.storage import repository

        repository.save_vote(
            self.db, assessment_id, respondent_id, statement_id, kind, level, round
        )

    def save_votes(
        self,
        assessment_id: int,
        votes: list[tuple[int, str, AnswerKind, int | None]],
        round: int,
    ) -> None:
        from desktop_app.storage import repository

        repository.save_votes(self.db, assessment_id, votes, round)

    def save_tally(
        self,
        assessment_id: int,
        statement_id: str,
        role_group: str,
        counts: dict[str, int],
        round: int = 1,
    ) -> None:
        from desktop_app.storage import repository

        repository.save_tally(self.db, assessment_id, statement_id, role_group, counts, round)

    def vote_history(self, assessment_id: int, statement_id: str) -> dict[int, list[Vote]]:
        from desktop_app.storage import repository

        return repository.load_vote_history(self.db, assessment_id, statement_id)

    def join_device(self, assessment_id: int, device: str, role_group: str) -> int:
        from desktop_app.storage import repository

        return repository.join_device(self.db, assessment_id, device, role_group)

    def set_role_groups(self, assessment_id: int, groups: list[RoleGroup]) -> None:
        from desktop_app.storage import repository

        repository.set_role_groups(self.db, assessment_id, groups)

    def open_round(self, assessment_id: int, statement_ids: list[str]) -> VotingRound:
        from desktop_app.storage import repository

        return repository.open_round(self.db, assessment_id, statement_ids)

    def close_round(self, assessment_id: int) -> VotingRound | None:
        from desktop_app.storage import repository

        return repository.close_round(self.db, assessment_id)

    def round_votes(
        self, assessment_id: int, number: int
    ) -> list[tuple[str, str, AnswerKind, int | None]]:
        """(device, statement, kind, level) of the votes phones cast in round ``number``."""
        from desktop_app.storage import repository

        return repository.round_votes(self.db, assessment_id, number)

    def voting_rounds(self, assessment_id: int) -> list[VotingRound]:
        from desktop_app.storage import repository

        return repository.voting_rounds(self.db, assessment_id)

    def add_respondent(self, assessment_id: int, respondent: NewRespondent) -> int:
        from desktop_app.storage import repository

        return repository.add_respondent(self.db, assessment_id, respondent)

    def consensus_missing(self, assessment_id: int) -> list[str]:
        """Statements with votes but no recorded consensus (warned about before a report)."""
        from desktop_app.domain.answers import AnswerState

        answers = self.answers(assessment_id).answers.values()
        return [a.statement_id for a in answers if a.state() is AnswerState.CONSENSUS_MISSING]

    def position(self, assessment_id: int) -> str | None:
        """Where an older version left the walk-through (the GUI now keeps this itself)."""
        from desktop_app.storage import repository

        return repository.last_position(self.db, assessment_id)

    # -- action plan ------------------------------------------------------------------
    def plan_entries(self, assessment_id: int) -> list[PlanEntry]:
        from desktop_app.storage import repository

        return repository.load_plan_entries(self.db, assessment_id)

    def save_plan_entry(self, assessment_id: int, entry: PlanEntry) -> None:
        from desktop_app.storage import repository

        repository.save_plan_entry(self.db, assessment_id, entry)

    def add_own_measure(self, assessment_id: int, entry: PlanEntry) -> PlanEntry:
        from desktop_app.storage import repository

        stored = replace(entry, key=repository.new_own_key())
        repository.save_plan_entry(self.db, assessment_id, stored)
        return stored

    def delete_plan_entry(self, assessment_id: int, key: str) -> None:
        from desktop_app.storage import repository

        repository.delete_plan_entry(self.db, assessment_id, key)

    # -- evaluation, report, exchange -----------------------------------------------------
    def evaluation(self, assessment_id: int) -> Evaluation:
        from desktop_app.domain.assessment import evaluate

        info = self.info(assessment_id)
        return evaluate(
            self.store.for_version(info.content_version),
            info,
            self.answers(assessment_id),
            self.plan_entries(assessment_id),
        )

    def report_language(self, assessment_id: int) -> str:
        return self.info(assessment_id).report_language

    def write_report(
        self,
        assessment_id: int,
        output: Path,
        lang: str | None = None,
        progress: Progress | None = None,
    ) -> Path:
        """Write the PDF in ``lang``, else in the language chosen for this assessment."""
        from desktop_app.reporting.pdf import write_report

        if progress:
            progress(5, "evaluate")
        ev = self.evaluation(assessment_id)
        return write_report(ev, Path(output), lang or ev.info.report_language, progress=progress)

    def snapshot(self, assessment_id: int) -> AssessmentSnapshot:
        from desktop_app.storage import repository

        return repository.load_snapshot(self.db, assessment_id)

    def export(self, assessment_id: int, output: Path) -> Path:
        from desktop_app.exchange.format import dumps, to_document
        from desktop_app.fileio import atomic_write_bytes

        doc = to_document(
            self.snapshot(assessment_id),
            app_version=__version__,
            exported_at=datetime.now(UTC).isoformat(timespec="seconds"),
            device=self.db.device,
        )
        return atomic_write_bytes(Path(output), dumps(doc))

    def _read_exchange(self, source: Path) -> ExchangeFile:
        """Read and check an exchange file; raises ExchangeError with a user-facing message."""
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
        return exchange.read_file(data, self.store.for_version)

    def import_file(self, source: Path, *, as_copy: bool = False) -> int:
        """Import an exchange file; raises ExchangeError with a user-facing message."""
        from desktop_app.exchange import format as exchange
        from desktop_app.storage import repository
        from desktop_app.storage.import_log import ImportRecord

        received = self._read_exchange(source)
        log = ImportRecord(received.checksum, received.device, received.format_version)
        try:
            return repository.import_assessment(
                self.db, received.snapshot, as_copy=as_copy, log=log
            )
        except repository.AlreadyImported as exc:
            raise exchange.ExchangeError("already_imported", detail=exc.assessment_id) from exc

    def plan_merge(self, source: Path) -> MergePlan:
        """What merging ``source`` into the same assessment here would take and ask.

        Writes nothing. Raises ExchangeError for a file that cannot be merged: unreadable
        or invalid, of format version 1, of an assessment not in this database, made with
        another guideline version, or using one id for different records.
        """
        from desktop_app.domain import merge
        from desktop_app.exchange import format as exchange
        from desktop_app.storage import repository

        received = self._read_exchange(source)
        if received.format_version < 2:
            raise exchange.ExchangeError("merge_v1")
        incoming = received.snapshot
        assessment_id = repository.find_by_uuid(self.db, incoming.info.uuid)
        if assessment_id is None:
            raise exchange.ExchangeError("not_in_database", detail=incoming.info.uuid)
        local = self.snapshot(assessment_id)
        try:
            plan = merge.plan_merge(local, incoming)
        except merge.MergeRefused as exc:
            if exc.reason == "other_guideline":
                raise exchange.ExchangeError(
                    "other_guideline", found=exc.detail, local=local.info.content_version
                ) from exc
            raise exchange.ExchangeError("identity_clash", detail=exc.detail) from exc
        return replace(plan, checksum=received.checksum, source_device=received.device)

    def apply_merge(self, plan: MergePlan, choices: Mapping[str, Choice] | None = None) -> int:
        """Write ``plan`` with the team's ``choices`` in one transaction; rows written.

        Raises ``domain.merge.Undecided`` while a conflict has no choice, and ExchangeError
        (``merge_outdated``) when the assessment changed since the plan was made.
        """
        from desktop_app.domain.merge import resolve
        from desktop_app.exchange.format import ExchangeError
        from desktop_app.storage import merge_store
        from desktop_app.storage.import_log import ImportRecord

        merged = resolve(plan, choices or {}, device=self.db.device, now=datetime.now(UTC))
        log = ImportRecord(plan.checksum, plan.source_device, 2)
        try:
            return merge_store.apply_merge(
                self.db,
                plan.assessment_id,
                merged,
                expected=plan.local,
                aliases=plan.aliases,
                log=log,
                changes=len(plan.changes),
                conflicts=len(plan.conflicts),
            )
        except merge_store.MergeOutdated as exc:
            raise ExchangeError("merge_outdated") from exc

    def import_log(self, assessment_id: int) -> list[ImportLogEntry]:
        """The files imported into or merged with the assessment, oldest first."""
        from desktop_app.storage import import_log

        return import_log.entries(self.db, assessment_id)

    def create_demo(self, lang: str = "de") -> int:
        """Store the demo assessment (a mid-sized city introducing a digital twin).

        It goes through the import path: one transaction, and the same validation rules.
        """
        from desktop_app.services.demo_data import demo_snapshot
        from desktop_app.storage import repository

        return repository.import_assessment(
            self.db, demo_snapshot(self.guideline, lang), as_copy=True
        )
