"""SQLAlchemy models of everything a workshop records.

Shape of the data: a municipality has projects; a project has assessments over time (a
re-assessment is just another row); an assessment has respondents (people or role groups),
one team answer per statement (the consensus) and any number of individual votes per
statement (one per respondent), plus the action-plan entries. Statement and
recommendation ids are the content's stable ids; the content version is stored with the
assessment so old answers stay interpretable.

Identity across devices: assessments, respondents, answers, votes and plan entries carry a
UUID that never changes and travels in every export (integer keys stay inside one file),
the UTC time of their last change and the device that made it (``changed_by``). Since
0005 each of them, and each role group and tally, also carries its version vector
(``version_vector``: device id → number of changes), so a merge can tell which side changed
a record; voting rounds count their openings and closings the same way; tombstones carry
the vector at deletion. Columns added by a migration are declared last, so a database
created at head has the same column order as a migrated one.

``import_log`` records every exchange file imported or merged (since 0005).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedColumn, mapped_column, relationship

from desktop_app.domain.region import SIZE_CLASS_VALUES
from desktop_app.domain.snapshot import Version
from desktop_app.storage.types import UTCDateTime, VersionVector

# Stable constraint names make batch migrations on SQLite predictable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ANSWER_KINDS = "('rated', 'unknown', 'not_relevant')"
SIZE_CLASSES = "(" + ", ".join(f"'{v}'" for v in SIZE_CLASS_VALUES) + ")"
IMPORT_OUTCOMES = "('imported', 'copied', 'merged', 'unchanged')"
# Since 0005 a merge also buries role groups, rounds and tallies that met a twin.
TOMBSTONE_KINDS = (
    "('respondent', 'answer', 'vote', 'plan_entry', 'role_group', 'voting_round', 'tally')"
)


def _version_column() -> MappedColumn[Version]:
    """Since 0005: the record's version vector, ``{}`` for a record no device counted yet."""
    return mapped_column(VersionVector(), default=Version(), server_default="{}")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {str: String(), datetime: UTCDateTime()}


class Municipality(Base):
    __tablename__ = "municipality"
    __table_args__ = (
        CheckConstraint(
            f"size_class IS NULL OR size_class IN {SIZE_CLASSES}", name="size_class_known"
        ),
        CheckConstraint("shares_comparison IN (true, false)", name="shares_comparison_bool"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    # Since 0007: the peer group the region placed it in, and its own opt-in to share its
    # scores (anonymised) in the regional comparison.
    size_class: Mapped[str | None] = mapped_column(String(16))
    shares_comparison: Mapped[bool] = mapped_column(default=False, server_default=false())
    projects: Mapped[list[Project]] = relationship(
        back_populates="municipality", cascade="all, delete-orphan"
    )


class Project(Base):
    __tablename__ = "project"
    __table_args__ = (UniqueConstraint("municipality_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str]
    municipality: Mapped[Municipality] = relationship(back_populates="projects")
    assessments: Mapped[list[Assessment]] = relationship(
        back_populates="project", cascade="all, delete-orphan"
    )


class Assessment(Base):
    __tablename__ = "assessment"
    __table_args__ = (
        CheckConstraint("default_target BETWEEN 0 AND 4", name="default_target_range"),
        CheckConstraint("phase IN ('planung', 'einfuehrung', 'verstetigung')", name="phase_known"),
        CheckConstraint("report_language IN ('de', 'en')", name="report_language_known"),
        CheckConstraint("focus_limit IS NULL OR focus_limit BETWEEN 1 AND 99", name="focus_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(default="")
    phase: Mapped[str] = mapped_column(String(16))
    held_on: Mapped[date] = mapped_column(Date)
    moderator: Mapped[str] = mapped_column(default="")
    participants: Mapped[str] = mapped_column(Text, default="")
    content_version: Mapped[str]
    default_target: Mapped[int] = mapped_column(Integer, default=3)
    # Where the walk-through was left, so reopening returns to the same statement.
    last_statement_id: Mapped[str | None]
    # The assessment this one re-assesses (same project, later date), if any.
    previous_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessment.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    # Added by migration 0002, which appends columns: declared last so that a database
    # created at head has the same column order as a migrated one.
    report_language: Mapped[str] = mapped_column(String(2), default="de", server_default="de")
    # Since 0003.
    changed_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    focus_limit: Mapped[int | None] = mapped_column(Integer)
    # Since 0005: counts changes of the assessment's own fields (update_info) only.
    version_vector: Mapped[Version] = _version_column()
    # Since 0006: the profile the statements were chosen by ("" for a hand-picked selection)
    # and the statements asked, separated by spaces; both NULL: the whole guideline.
    profile: Mapped[str | None] = mapped_column(String(32))
    selection: Mapped[str | None] = mapped_column(Text)

    project: Mapped[Project] = relationship(back_populates="assessments")
    respondents: Mapped[list[Respondent]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", order_by="Respondent.id"
    )
    answers: Mapped[list[AnswerRow]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan"
    )
    votes: Mapped[list[VoteRow]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan"
    )
    plan_entries: Mapped[list[PlanEntryRow]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan"
    )
    own_statements: Mapped[list[OwnStatementRow]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan",
        order_by="OwnStatementRow.position",
    )


class Respondent(Base):
    """A person or a role group voting in the workshop (names optional: DSGVO)."""

    __tablename__ = "respondent"
    __table_args__ = (
        UniqueConstraint("assessment_id", "label"),
        CheckConstraint("headcount >= 1", name="headcount_positive"),
        UniqueConstraint("assessment_id", "device", name="uq_respondent_device"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str]
    role_group: Mapped[str] = mapped_column(default="")
    headcount: Mapped[int] = mapped_column(default=1)
    # Since 0003.
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    updated_at: Mapped[datetime]
    changed_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # Since 0004: the random id of the phone this participant votes with (None: a person or
    # role group the moderator enters). Nothing else about the person is stored.
    device: Mapped[str | None] = mapped_column(String(64))
    version_vector: Mapped[Version] = _version_column()  # since 0005
    assessment: Mapped[Assessment] = relationship(back_populates="respondents")


class AnswerRow(Base):
    """The team's (consensus) answer to one statement."""

    __tablename__ = "answer"
    __table_args__ = (
        UniqueConstraint("assessment_id", "statement_id"),
        CheckConstraint(f"kind IS NULL OR kind IN {ANSWER_KINDS}", name="kind_known"),
        CheckConstraint("level IS NULL OR level BETWEEN 0 AND 4", name="level_range"),
        CheckConstraint("target IS NULL OR target BETWEEN 0 AND 4", name="target_range"),
        CheckConstraint(
            "(kind = 'rated') = (level IS NOT NULL) OR kind IS NULL", name="level_iff_rated"
        ),
        # true/false rather than 1/0: the same CHECK holds for PostgreSQL's booleans.
        CheckConstraint("flagged IN (true, false)", name="flagged_bool"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    statement_id: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str | None] = mapped_column(String(16))
    level: Mapped[int | None]
    target: Mapped[int | None]
    comment: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    flagged: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime]
    # Since 0003.
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    changed_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    not_relevant_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Since 0004: the one line the team gives for a consensus it discussed.
    rationale: Mapped[str] = mapped_column(Text, default="", server_default="")
    version_vector: Mapped[Version] = _version_column()  # since 0005
    assessment: Mapped[Assessment] = relationship(back_populates="answers")


class VoteRow(Base):
    """One respondent's rating of one statement."""

    __tablename__ = "vote"
    __table_args__ = (
        UniqueConstraint("respondent_id", "statement_id", "round"),
        CheckConstraint("round >= 1", name="round_positive"),
        CheckConstraint(f"kind IN {ANSWER_KINDS}", name="kind_known"),
        CheckConstraint("level IS NULL OR level BETWEEN 0 AND 4", name="level_range"),
        CheckConstraint("(kind = 'rated') = (level IS NOT NULL)", name="level_iff_rated"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    respondent_id: Mapped[int] = mapped_column(
        ForeignKey("respondent.id", ondelete="CASCADE"), index=True
    )
    statement_id: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))
    level: Mapped[int | None]
    updated_at: Mapped[datetime]
    # Since 0003.
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    changed_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # Since 0004: the voting round (a second round asks again after the discussion).
    round: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    version_vector: Mapped[Version] = _version_column()  # since 0005
    assessment: Mapped[Assessment] = relationship(back_populates="votes")
    respondent: Mapped[Respondent] = relationship()


class PlanEntryRow(Base):
    """The team's decision on one action-plan item (see ``domain.plan`` for the keys)."""

    __tablename__ = "plan_entry"
    __table_args__ = (
        UniqueConstraint("assessment_id", "key"),
        CheckConstraint("decision IN ('proposed', 'accepted', 'rejected')", name="decision_known"),
        CheckConstraint("status IN ('open', 'in_progress', 'done')", name="status_known"),
        CheckConstraint(
            "priority IS NULL OR priority IN ('hoch', 'mittel', 'niedrig')", name="priority_known"
        ),
        CheckConstraint(
            "effort IS NULL OR effort IN ('gering', 'mittel', 'hoch')", name="effort_known"
        ),
        CheckConstraint(
            "category IS NULL OR category IN ('technisch', 'personell', 'organisatorisch')",
            name="category_known",
        ),
        CheckConstraint("effort_days IS NULL OR effort_days >= 0", name="effort_days_range"),
        CheckConstraint("cost_eur IS NULL OR cost_eur >= 0", name="cost_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(80))
    category: Mapped[str | None] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(String(16), default="proposed")
    owner: Mapped[str] = mapped_column(default="")
    due: Mapped[date | None] = mapped_column(Date)
    priority: Mapped[str | None] = mapped_column(String(8))
    effort: Mapped[str | None] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default="open")
    updated_at: Mapped[datetime]
    note: Mapped[str] = mapped_column(Text, default="", server_default="")  # since 0002
    # Since 0003.
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    changed_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    involved: Mapped[str] = mapped_column(Text, default="", server_default="")
    done_when: Mapped[str] = mapped_column(Text, default="", server_default="")
    effort_days: Mapped[int | None] = mapped_column(Integer)
    cost_eur: Mapped[int | None] = mapped_column(Integer)
    reject_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    topic: Mapped[str | None] = mapped_column(String(64))
    version_vector: Mapped[Version] = _version_column()  # since 0004
    assessment: Mapped[Assessment] = relationship(back_populates="plan_entries")


class TombstoneRow(Base):
    """A record deleted on this device (since 0003): merges must not bring it back."""

    __tablename__ = "tombstone"
    __table_args__ = (
        CheckConstraint(
            f"kind IN {TOMBSTONE_KINDS}", name="kind_known"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    deleted_at: Mapped[datetime]
    changed_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    version_vector: Mapped[Version] = _version_column()  # since 0005


class RoleGroupRow(Base):
    """A role group of the workshop and how many people it has (since 0004).

    Respondents name their group (``Respondent.role_group``); the headcount says how many
    people the group has in the room, so "11 Personen" is true everywhere.
    """

    __tablename__ = "role_group"
    __table_args__ = (
        UniqueConstraint("assessment_id", "name"),
        CheckConstraint("headcount >= 0", name="headcount_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    headcount: Mapped[int] = mapped_column(Integer, default=0)
    position: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime]
    changed_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    version_vector: Mapped[Version] = _version_column()  # since 0005


class VotingRoundRow(Base):
    """A round of silent voting on some statements (since 0004)."""

    __tablename__ = "voting_round"
    __table_args__ = (
        UniqueConstraint("assessment_id", "number"),
        CheckConstraint("number >= 1", name="number_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    number: Mapped[int] = mapped_column(Integer)
    statements: Mapped[str] = mapped_column(Text)  # statement ids, separated by spaces
    opened_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]
    changed_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    version_vector: Mapped[Version] = _version_column()  # since 0005: openings and closings


class TallyRow(Base):
    """Dot-voting counts per level and role group, entered by the moderator (since 0004)."""

    __tablename__ = "tally"
    __table_args__ = (
        UniqueConstraint("assessment_id", "statement_id", "round", "role_group", "choice"),
        CheckConstraint(
            "choice IN ('0', '1', '2', '3', '4', 'unknown', 'not_relevant')", name="choice_known"
        ),
        CheckConstraint("count >= 0", name="count_range"),
        CheckConstraint("round >= 1", name="round_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    statement_id: Mapped[str] = mapped_column(String(32))
    round: Mapped[int] = mapped_column(Integer, default=1)
    role_group: Mapped[str] = mapped_column(String(200))
    choice: Mapped[str] = mapped_column(String(16))
    count: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime]
    changed_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    version_vector: Mapped[Version] = _version_column()  # since 0005


class ImportLog(Base):
    """One exchange file imported or merged into an assessment (since 0005).

    ``checksum`` is the SHA-256 of the file's content as its manifest defines it (for a file
    of format version 1, computed the same way on reading), ``source_device`` the device
    that exported it (empty for version 1), ``outcome`` what happened: imported as new,
    imported as a copy, merged with changes, or merged with nothing new.
    """

    __tablename__ = "import_log"
    __table_args__ = (
        CheckConstraint(f"outcome IN {IMPORT_OUTCOMES}", name="outcome_known"),
        CheckConstraint("changes >= 0 AND conflicts >= 0", name="counts_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    checksum: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime]
    source_device: Mapped[str] = mapped_column(String(64), default="")
    format_version: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(16))
    changes: Mapped[int] = mapped_column(Integer, default=0)  # records the file brought
    conflicts: Mapped[int] = mapped_column(Integer, default=0)  # decided by the user


CATEGORIES = "('technisch', 'personell', 'organisatorisch')"
BARRIERS = "('nicht_wissen', 'nicht_koennen', 'nicht_wollen', 'nicht_duerfen')"


class OwnStatementRow(Base):
    """A statement the team defined for this assessment (since 0006; see ``domain.own``).

    Texts are stored as ``{"de": …, "en": …}``; ``levels`` is the list of five such texts,
    ``measures`` the list of the statement's own measures with their triggers.
    """

    __tablename__ = "own_statement"
    __table_args__ = (
        UniqueConstraint("assessment_id", "statement_id"),
        CheckConstraint(f"category IN {CATEGORIES}", name="category_known"),
        CheckConstraint(f"barrier IS NULL OR barrier IN {BARRIERS}", name="barrier_known"),
        CheckConstraint("weight > 0 AND weight <= 3", name="weight_range"),
        CheckConstraint("position >= 0", name="position_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    statement_id: Mapped[str] = mapped_column(String(32))
    module: Mapped[str] = mapped_column(String(32))
    module_title: Mapped[dict[str, str]] = mapped_column(JSON)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[dict[str, str]] = mapped_column(JSON)
    help: Mapped[dict[str, str]] = mapped_column(JSON)
    category: Mapped[str] = mapped_column(String(16))
    barrier: Mapped[str | None] = mapped_column(String(16))
    weight: Mapped[float] = mapped_column(Float)
    levels: Mapped[list[dict[str, str]]] = mapped_column(JSON)
    measures: Mapped[list[dict[str, object]]] = mapped_column(JSON)
    updated_at: Mapped[datetime]
    changed_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    assessment: Mapped[Assessment] = relationship(back_populates="own_statements")


class MeasureReviewRow(Base):
    """What became of a measure of the previous assessment, as the team confirmed it.

    Since 0006. ``key`` is the measure's plan key in the previous assessment; the row belongs
    to the re-assessment in which the team looked back.
    """

    __tablename__ = "measure_review"
    __table_args__ = (
        UniqueConstraint("assessment_id", "key"),
        CheckConstraint("status IN ('done', 'in_progress', 'dropped')", name="status_known"),
        # true/false rather than 1/0: the same CHECK holds for PostgreSQL's booleans.
        CheckConstraint("confirmed IN (true, false)", name="confirmed_bool"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    key: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(16))
    confirmed: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime]
    changed_by: Mapped[str] = mapped_column(String(64), default="", server_default="")


class SharedScoreRow(Base):
    """A score a municipality shared for the regional comparison (since 0007).

    Written only when the municipality shares an assessment (and replaced when it shares
    another); the comparison view reads these, never the answers themselves.
    """

    __tablename__ = "shared_score"
    __table_args__ = (
        UniqueConstraint("municipality_id", "key"),
        CheckConstraint("percent BETWEEN 0 AND 100", name="percent_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(40))  # "overall", "dimension:A", "category:…"
    percent: Mapped[float] = mapped_column(Float)
    assessment_uuid: Mapped[str] = mapped_column(String(36))
    shared_at: Mapped[datetime]


class RegionRoleRow(Base):
    """Which database role speaks for which municipality (since 0007; PostgreSQL only).

    Row-level security lets a role see the rows of the municipalities it is mapped to
    (directly or through a role it is a member of); see docs/POSTGRES.md.
    """

    __tablename__ = "region_role"

    role_name: Mapped[str] = mapped_column(String(63), primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), index=True
    )
