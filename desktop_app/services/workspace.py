"""The application's service facade: one object the CLI and the GUI talk to.

It owns the opened database and the loaded guideline (both created on first use, never at
import) and offers the use cases — answer, plan, evaluate, report, export, import — as plain
methods. Heavy libraries (reportlab, matplotlib, jsonschema) are imported inside the methods
that need them, so the first window appears without paying for them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
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
    from desktop_app.domain.model import Guideline, VersionChanges
    from desktop_app.domain.own import OwnStatement
    from desktop_app.domain.plan import PlanEntry
    from desktop_app.domain.region import RegionalComparison
    from desktop_app.domain.snapshot import AssessmentSnapshot
    from desktop_app.exchange.format import ExchangeFile
    from desktop_app.reporting.exports import Format, Written
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
        database_url: str | None = None,
        busy_timeout_ms: int | None = None,
    ) -> None:
        """``database_url`` (``postgresql+psycopg://…``) keeps the data on a server instead
        of the SQLite file in the data folder; ``None`` also looks at
        ``WANDELKOMPASS_DATABASE_URL``."""
        from desktop_app.storage.stores import store_for

        self.data_dir = paths.data_dir(data_dir)
        self._busy_timeout_ms = busy_timeout_ms
        self.data_store = store_for(self.data_dir, database, paths.database_url(database_url))
        self._content_dir = content_dir or paths.content_dir()
        self._db: Database | None = None
        self._store: GuidelineStore | None = None

    # -- lazily opened resources -------------------------------------------------------
    @property
    def db(self) -> Database:
        """The opened database; raises ``DatabaseDamaged``/``DatabaseError`` (see messages)."""
        if self._db is None:
            from desktop_app.services.device import device_id

            self._db = self.data_store.open(self._busy_timeout_ms)
            if self.on_server:  # the SQLite store checks and creates its folder itself
                self.data_dir.mkdir(parents=True, exist_ok=True)
            self._db.device = device_id(self.data_dir)
            self._auto_backup()
        return self._db

    @property
    def on_server(self) -> bool:
        """True when the data is on a PostgreSQL server (no backups, no instance lock)."""
        return self.data_store.is_server

    def lock(self) -> AbstractContextManager[object]:
        """The data folder's instance lock for the SQLite store; nothing for a server."""
        return self.data_store.lock(self.data_dir)

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
        """The guideline the assessment asks and is scored with.

        The version it was made with, narrowed to its profile or selection, with the team's
        own statements added (``domain.scope.tailor``).
        """
        return self._tailored(self.info(assessment_id))

    def _tailored(self, info: AssessmentInfo) -> Guideline:
        from desktop_app.domain.scope import tailor
        from desktop_app.storage.own_store import load_own

        own, modules = load_own(self.db, info.id)
        return tailor(self.store.for_version(info.content_version), profile=info.profile,
                      selection=info.selection, own=own, modules=modules)

    @property
    def database_path(self) -> Path:
        """The SQLite file (for a server store: where it would be; the data folder is kept)."""
        from desktop_app.storage.stores import SqliteStore

        store = self.data_store
        return store.path if isinstance(store, SqliteStore) else self.data_dir / paths.DB_FILENAME

    @property
    def database_label(self) -> str:
        """Where the data is, as messages name it: the file, or the server without password."""
        return self.data_store.label

    def close(self) -> None:
        """Close the database and back it up if anything changed since the last backup."""
        if self._db is not None:
            self._db.close()
            self._db = None
            self._auto_backup()

    def upgrade_schema(self) -> tuple[str | None, str]:
        """Bring the schema to this version's; (revision before, after).

        A server's schema is upgraded only on this explicit request (its administrators
        back it up with pg_dump first); the SQLite file is upgraded whenever it is opened.
        """
        from desktop_app.storage.migrations import SCHEMA_HEAD
        from desktop_app.storage.server import upgrade_server_schema
        from desktop_app.storage.stores import ServerStore

        store = self.data_store
        if isinstance(store, ServerStore):
            self.close()
            return upgrade_server_schema(store.url)
        from desktop_app.storage.database import stored_revision

        before = stored_revision(store.path) if store.path.exists() else None
        self.db  # noqa: B018 - opening migrates (backed up first)
        return before, SCHEMA_HEAD

    # -- backups (SQLite store only: storage.backups) ---------------------------------------
    backup_warning: Exception | None = None  # the last automatic backup that failed

    def _auto_backup(self) -> None:
        """Back up when the content changed; a failure never blocks working or exiting."""
        import sqlite3

        from desktop_app.storage.backups import BackupError

        try:
            self.data_store.backup_if_changed()
            self.backup_warning = None
        except (BackupError, OSError, sqlite3.Error) as exc:
            self.backup_warning = exc

    def backup_now(self) -> BackupInfo:
        """A verified manual backup of the current state (kept until deleted by hand).

        Raises ``BackupError`` (``server_store``) when the data is on a server.
        """
        if not self.on_server:
            self.db  # noqa: B018 - opens (and checks) the database first
        return self.data_store.backup("manual")

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
        return self.data_store.list_backups()

    def restore(self, backup: Path) -> RestoreResult:
        """Replace the database with ``backup`` (current state backed up first).

        Closes the open database; the next use reopens (and if needed migrates) the restored
        one. Raises ``storage.backups.BackupError`` with a user-facing ``message(lang)``.
        """
        if self._db is not None and not self.on_server:  # a server store refuses below
            self._db.close()
            self._db = None
        return self.data_store.restore(Path(backup))

    # -- assessments --------------------------------------------------------------------
    def list_assessments(self) -> list[AssessmentSummary]:
        from desktop_app.storage import repository

        return repository.list_assessments(self.db)

    def create_assessment(self, new: NewAssessment) -> int:
        """Store a new assessment; a profile without a selection asks the profile's statements.

        Raises ``KeyError`` for a profile the current guideline does not have.
        """
        from desktop_app.domain.scope import known, profile_selection
        from desktop_app.storage import repository

        g = self.guideline
        if new.profile and new.selection is None:
            new = replace(new, selection=profile_selection(g, new.profile))
        elif new.selection is not None:
            new = replace(new, selection=known(g, new.selection))
        return repository.create_assessment(self.db, new, content_version=g.version)

    def reassess(self, assessment_id: int, held_on: date) -> int:
        """A new assessment of the same project with the current guideline.

        Targets carry over; when the guideline version changed, they are mapped to the new
        statement ids (``changes.yaml``); targets of removed statements are dropped.
        """
        from desktop_app.domain.scope import known, profile_selection
        from desktop_app.storage import repository

        info = self.info(assessment_id)
        current = self.guideline
        targets: dict[str, int] | None = None
        selection: tuple[str, ...] | None = None
        if info.content_version != current.version:
            changes = self.store.changes_since(info.content_version)
            stored = {
                sid: a.target
                for sid, a in self.answers(assessment_id).answers.items()
                if a.target is not None
            }
            mapped = changes.carried_targets(stored) if changes is not None else stored
            own = {st.id for st in self.guideline_for(assessment_id).own_statements}
            targets = {sid: t for sid, t in mapped.items()
                       if current.has_statement(sid) or sid in own}
            if info.profile and info.profile in current.profiles:
                selection = profile_selection(current, info.profile)  # as the profile is now
            elif info.selection is not None:
                # A target carries over wherever a statement went; so does being asked.
                ids = changes.carried_targets(dict.fromkeys(info.selection, 0)) if changes \
                    else dict.fromkeys(info.selection, 0)
                selection = known(current, ids)
        return repository.reassess(
            self.db, assessment_id, held_on, current.version, targets=targets,
            selection=selection,
        )

    def changes_for_reassessment(self, assessment_id: int) -> VersionChanges | None:
        """How the statements changed since the assessment's version (None: none changed).

        A version without a described mapping gives an empty ``VersionChanges`` naming the
        two versions: ids that stayed are carried over, nothing else is mapped.
        """
        from desktop_app.domain.model import VersionChanges

        version = self.info(assessment_id).content_version
        current = self.guideline.version
        if version == current:
            return None
        return self.store.changes_since(version) or VersionChanges(version, current)

    # -- the team's own statements (domain.own, storage.own_store) -----------------------
    def own_statements(self, assessment_id: int) -> list[OwnStatement]:
        from desktop_app.storage.own_store import load_own

        return load_own(self.db, assessment_id)[0]

    def guideline_ids(self, assessment_id: int) -> set[str]:
        """The ids an own statement of the assessment must not take."""
        from desktop_app.content.modules import guideline_ids

        info = self.info(assessment_id)
        return guideline_ids(self.store.for_version(info.content_version)) | guideline_ids(
            self.guideline)

    def save_own_statement(self, assessment_id: int, statement: OwnStatement) -> None:
        """Add or change an own statement; ``InvalidOwnStatement`` names what is wrong."""
        from desktop_app.storage.own_store import save_own

        save_own(self.db, assessment_id, statement, self.guideline_ids(assessment_id))

    def delete_own_statement(self, assessment_id: int, statement_id: str) -> None:
        from desktop_app.storage.own_store import delete_own

        delete_own(self.db, assessment_id, statement_id)

    def add_module(self, assessment_id: int, folder: Path) -> list[str]:
        """Add the statements of a module folder (``ContentError`` if it is not valid)."""
        from desktop_app.content.modules import load_module
        from desktop_app.storage.own_store import add_module

        module = load_module(folder, self.guideline_for(assessment_id))
        return add_module(self.db, assessment_id, module, self.guideline_ids(assessment_id))

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
            self._tailored(info),
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
        return write_report(ev, Path(output), lang or ev.info.report_language, progress=progress,
                            comparison=self.comparison_for_report(assessment_id, ev))

    def comparison_for_report(
        self, assessment_id: int, ev: Evaluation
    ) -> RegionalComparison | None:
        """The regional comparison when the municipality belongs to a region's peer group."""
        from desktop_app.services.comparison import regional_comparison

        found = regional_comparison(self.db, assessment_id, ev)
        return found if found.size_class is not None else None

    def decision_template(self) -> Path:
        """Where a municipality puts its own Word template for the decision paper."""
        return self.data_dir / paths.TEMPLATES_DIR / paths.DECISION_TEMPLATE

    def write_export(
        self,
        assessment_id: int,
        fmt: Format,
        output: Path,
        lang: str | None = None,
        progress: Progress | None = None,
        *,
        template: Path | None = None,
        include_comments: bool = False,
    ) -> Written:
        """Write ``fmt`` in ``lang`` (else the assessment's report language).

        The decision paper is filled into ``template``, else into the data folder's
        ``vorlagen/beschlussvorlage.docx``, else into the built-in template. Raises
        ``TemplateProblem`` (nothing written) when a template cannot be read or filled.
        """
        from desktop_app.reporting import exports
        from desktop_app.reporting.decision_paper import TemplateProblem

        options = exports.Options(include_comments=include_comments)
        source = None
        if fmt is exports.Format.DECISION_PAPER:
            source = template
            if source is None and self.decision_template().is_file():
                source = self.decision_template()
        try:
            if source is not None:
                options = exports.Options(template=_read_template(source))
            if progress:
                progress(3, "evaluate")
            ev = self.evaluation(assessment_id)
            return exports.write(ev, fmt, Path(output), lang or ev.info.report_language,
                                 options, progress)
        except TemplateProblem as exc:
            exc.path = str(source) if source is not None else ""
            raise

    def snapshot(self, assessment_id: int) -> AssessmentSnapshot:
        """The whole assessment, with the team's own statements, for export and merge."""
        from desktop_app.storage import repository
        from desktop_app.storage.own_store import load_own

        own, modules = load_own(self.db, assessment_id)
        return replace(repository.load_snapshot(self.db, assessment_id), own_statements=own,
                       own_modules=modules)

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
        from desktop_app.storage.own_store import import_rows

        received = self._read_exchange(source)
        log = ImportRecord(received.checksum, received.device, received.format_version)
        parsed = received.snapshot
        own_rows = import_rows(parsed.own_statements, parsed.own_modules, self.db.device)
        try:
            return repository.import_assessment(
                self.db, parsed, as_copy=as_copy, log=log, own_rows=own_rows
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

        The file's own statements that this assessment lacks (by statement id) are added; an
        own statement both sides hold keeps this database's definition.
        """
        from desktop_app.domain.merge import new_own_statements, resolve
        from desktop_app.exchange.format import ExchangeError
        from desktop_app.storage import merge_store
        from desktop_app.storage.import_log import ImportRecord
        from desktop_app.storage.own_store import import_rows

        merged = resolve(plan, choices or {}, device=self.db.device, now=datetime.now(UTC))
        log = ImportRecord(plan.checksum, plan.source_device, 2)
        own_rows = import_rows(
            new_own_statements(plan.local, plan.incoming), plan.incoming.own_modules,
            self.db.device,
        )
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
                own_rows=own_rows,
            )
        except merge_store.MergeOutdated as exc:
            raise ExchangeError("merge_outdated") from exc

    def import_log(self, assessment_id: int) -> list[ImportLogEntry]:
        """The files imported into or merged with the assessment, oldest first."""
        from desktop_app.storage import import_log

        return import_log.entries(self.db, assessment_id)

    # -- the regional comparison (services.comparison) ------------------------------------
    def comparison(self, assessment_id: int) -> RegionalComparison:
        """This assessment's scores beside its peer group's quartiles (anonymised)."""
        from desktop_app.services.comparison import regional_comparison

        return regional_comparison(self.db, assessment_id, self.evaluation(assessment_id))

    def share_comparison(self, assessment_id: int) -> int:
        """Opt in with this assessment's scores; returns how many scores were shared."""
        from desktop_app.services.comparison import share

        return share(self.db, assessment_id, self.evaluation(assessment_id))

    def withdraw_comparison(self, assessment_id: int) -> None:
        """Opt out: the municipality's scores leave the comparison."""
        from desktop_app.services.comparison import withdraw

        withdraw(self.db, assessment_id)

    def create_demo(self, lang: str = "de") -> int:
        """Store the demo assessment (a mid-sized city introducing a digital twin).

        It goes through the import path: one transaction, and the same validation rules.
        """
        from desktop_app.services.demo_data import demo_snapshot
        from desktop_app.storage import repository

        return repository.import_assessment(
            self.db, demo_snapshot(self.guideline, lang), as_copy=True
        )

    def create_demo_chain(self, lang: str = "de") -> list[int]:
        """Store the demo city's three workshops (baseline, interim, final), oldest first.

        The baseline is made with the archived guideline 1.1.0 when it is installed, else
        with the current one. The interim and the final workshop have looked back at the
        measures of the one before (the final leaves two for the team to confirm).
        """
        from desktop_app.services import demo_data
        from desktop_app.storage import repository
        from desktop_app.storage.own_store import save_reviews

        versions = {s.version for s in demo_data.STAGES}
        guidelines = {v: self.store.for_version(v) for v in versions}
        ids = [repository.import_assessment(self.db, snap)
               for snap in demo_data.demo_chain(guidelines, lang)]
        save_reviews(self.db, ids[1], demo_data.interim_reviews(self.evaluation(ids[0])))
        save_reviews(self.db, ids[2], demo_data.final_reviews(self.evaluation(ids[1])))
        return ids

# A Word template is a few hundred kilobytes; a letterhead picture may make it a few
# megabytes. Anything far larger is no template.
TEMPLATE_MAX_BYTES = 20_000_000


def _read_template(path: Path) -> bytes:
    from desktop_app import fileio
    from desktop_app.reporting.decision_paper import TemplateProblem

    try:
        return fileio.read_capped(Path(path), TEMPLATE_MAX_BYTES)
    except fileio.SourceTooLarge as exc:
        raise TemplateProblem("unreadable", detail="too_large") from exc
    except fileio.SourceNotReadable as exc:
        raise TemplateProblem("unreadable", detail=exc.reason) from exc
