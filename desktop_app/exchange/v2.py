"""Format version 2 of the exchange file: every record with its identity and version.

Each respondent, answer, vote, plan entry, role group and tally carries its UUID, the UTC
time of its last change (``updated_at``), the device that made it (``changed_by``) and its
version vector (``version``: device id → number of changes); votes name their respondent by
UUID and their round (1 when absent); voting rounds carry when they opened and closed;
deleted records travel as ``tombstones``. The team's own statements (``own_statements``,
known by their statement id) and the statements asked (``profile``, ``selection``) travel as
in version 1. ``role_groups``, ``rounds`` and ``tallies`` may be
absent (none). The ``manifest`` holds the SHA-256 of the ``assessment``
object (``exchange/checksum.py``): a file whose content does not match is refused before
anything else is read from it. See ``docs/EXCHANGE_FORMAT.md``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.assessment import AssessmentInfo, Phase, RespondentInfo, RoleGroup
from desktop_app.domain.model import Category, Effort, Guideline, Text
from desktop_app.domain.own_json import statement_json
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
from desktop_app.exchange import common, schema_messages
from desktop_app.exchange.checksum import ALGORITHM, content_checksum
from desktop_app.exchange.common import ExchangeError, ExchangeFile, GuidelineFor

VERSION = 2


# -- reading ---------------------------------------------------------------------------------
def _moment(value: str, where: str) -> datetime:
    """A schema-checked ISO 8601 time with offset, as aware UTC."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        detail = Text(
            f"„{value}“ ist kein gültiger Zeitpunkt", f'"{value}" is not a valid point in time'
        )
        raise ExchangeError("schema", where=where, detail=detail) from exc
    return parsed.astimezone(UTC)


def _stamp(item: dict[str, Any], where: str) -> Stamp:
    return Stamp(
        item["uuid"].lower(),
        _moment(item["updated_at"], f"{where}/updated_at"),
        item["changed_by"],
        Version.of(item["version"]),
    )


def _check_consistent(a: dict[str, Any]) -> None:
    """Refuse what the schema cannot see: a UUID twice, duplicates, strangers' votes."""
    echo = schema_messages.echo
    inconsistent = common.inconsistent
    uuids = [
        x["uuid"].lower()
        for part in (
            "respondents", "answers", "votes", "plan", "tombstones", "role_groups", "rounds",
            "tallies",
        )
        for x in a.get(part, [])
    ]
    if (uuid := common.twice(uuids)) is not None:
        raise inconsistent(
            f"die Kennung {uuid} steht für zwei Einträge", f"the id {uuid} stands for two records"
        )
    labels = [r["label"] for r in a["respondents"]]
    if (label := common.twice(labels)) is not None:
        e = echo(label)
        raise inconsistent(
            f"die Bezeichnung {e.de} kommt bei den Befragten zweimal vor",
            f"the respondent label {e.en} occurs twice",
        )
    if (sid := common.twice([x["statement"] for x in a["answers"]])) is not None:
        raise inconsistent(
            f"die Aussage „{sid}“ ist zweimal beantwortet", f'statement "{sid}" is answered twice'
        )
    devices = [r["device"] for r in a["respondents"] if r.get("device")]
    if (device := common.twice(devices)) is not None:
        raise inconsistent(
            f"das Gerät {device} gehört zwei Befragten", f"the device {device} belongs to two "
            "respondents"
        )
    known = {r["uuid"].lower() for r in a["respondents"]}
    vote_keys = [
        (v["respondent"].lower(), v["statement"], v.get("round", 1)) for v in a["votes"]
    ]
    if unknown := sorted({r for r, _, _ in vote_keys} - known):
        names = ", ".join(unknown[:5])
        raise inconsistent(
            f"Stimmen von unbekannten Befragten: {names}", f"votes by unknown respondents: {names}"
        )
    if (pair := common.twice(vote_keys)) is not None:
        label = next(r["label"] for r in a["respondents"] if r["uuid"].lower() == pair[0])
        e = echo(label)
        raise inconsistent(
            f"{e.de} hat zur Aussage „{pair[1]}“ in Runde {pair[2]} zweimal abgestimmt",
            f'{e.en} voted twice on statement "{pair[1]}" in round {pair[2]}',
        )
    if (key := common.twice([p["key"] for p in a["plan"]])) is not None:
        raise inconsistent(
            f"der Schlüssel „{key}“ kommt im Maßnahmenplan zweimal vor",
            f'the action-plan key "{key}" occurs twice',
        )
    if (name := common.twice([g["name"] for g in a.get("role_groups", [])])) is not None:
        e = echo(name)
        raise inconsistent(
            f"die Rollengruppe {e.de} kommt zweimal vor", f"the role group {e.en} occurs twice"
        )
    if (number := common.twice([r["number"] for r in a.get("rounds", [])])) is not None:
        raise inconsistent(
            f"die Abstimmungsrunde {number} kommt zweimal vor",
            f"voting round {number} occurs twice",
        )
    tally_keys = [
        (x["statement"], x["round"], x["role_group"], x["choice"]) for x in a.get("tallies", [])
    ]
    if (tally := common.twice(tally_keys)) is not None:
        e = echo(tally[2])
        raise inconsistent(
            f"die Zählung von {e.de} zur Aussage „{tally[0]}“ (Runde {tally[1]}, "
            f"„{tally[3]}“) kommt zweimal vor",
            f'the tally of {e.en} on statement "{tally[0]}" (round {tally[1]}, '
            f'"{tally[3]}") occurs twice',
        )
    for item in [*a["answers"], *a["votes"]]:
        if (item.get("kind") == "rated") != (item.get("level") is not None):
            sid = item["statement"]
            raise inconsistent(
                f"Aussage „{sid}“: eine Stufe gehört nur zu einer bewerteten Antwort",
                f'statement "{sid}": a level belongs to a rated answer only',
            )


def read(doc: dict[str, Any], guideline: Guideline | GuidelineFor | None) -> ExchangeFile:
    """Build the snapshot of a schema-checked version-2 document (checksum first)."""
    a = doc["assessment"]
    manifest = doc["manifest"]
    checksum = content_checksum(a)
    if manifest["checksum"] != checksum:
        raise ExchangeError("tampered")
    held_on = common.held_on(a)
    dues = common.plan_dues(a)
    _check_consistent(a)
    own, modules = common.check_references(a, guideline)

    respondents = [
        StampedRespondent(
            _stamp(r, f"assessment/respondents/{i}"),
            r["label"],
            r.get("role_group", ""),
            r.get("headcount", 1),
            r.get("device") or None,
        )
        for i, r in enumerate(a["respondents"])
    ]
    role_groups = [
        StampedRoleGroup(_stamp(g, f"assessment/role_groups/{i}"), g["name"], g["headcount"], i)
        for i, g in enumerate(a.get("role_groups", []))
    ]
    info = AssessmentInfo(
        id=0,
        uuid=a["uuid"].lower(),
        municipality=a["municipality"],
        project=a["project"],
        phase=Phase(a["phase"]),
        held_on=held_on,
        moderator=a.get("moderator", ""),
        participants=a.get("participants", ""),
        content_version=a["content_version"],
        default_target=a["default_target"],
        title=a.get("title", ""),
        respondents=tuple(
            RespondentInfo(0, r.label, r.role_group, r.headcount, r.stamp.uuid, r.device)
            for r in respondents
        ),
        report_language=a.get("report_language", "de"),
        focus_limit=a.get("focus_limit"),
        previous_uuid=(a.get("previous_uuid") or "").lower() or None,
        role_groups=tuple(RoleGroup(g.name, g.headcount, g.stamp.uuid) for g in role_groups),
        profile=a.get("profile") if a.get("selection") else None,
        selection=tuple(a["selection"]) if a.get("selection") else None,
    )
    answers = [
        StampedAnswer(
            _stamp(x, f"assessment/answers/{i}"),
            Answer(
                statement_id=x["statement"],
                kind=AnswerKind(x["kind"]) if x.get("kind") else None,
                level=x.get("level"),
                target=x.get("target"),
                comment=x.get("comment", ""),
                evidence=x.get("evidence", ""),
                flagged=x.get("flagged", False),
                not_relevant_reason=x.get("not_relevant_reason", ""),
                rationale=x.get("rationale", ""),
            ),
        )
        for i, x in enumerate(a["answers"])
    ]
    votes = [
        StampedVote(
            _stamp(v, f"assessment/votes/{i}"),
            v["respondent"].lower(),
            v["statement"],
            AnswerKind(v["kind"]),
            v.get("level"),
            v.get("round", 1),
        )
        for i, v in enumerate(a["votes"])
    ]
    rounds = [
        SnapshotRound(
            r["uuid"].lower(),
            r["number"],
            tuple(r["statements"]),
            _moment(r["opened_at"], f"assessment/rounds/{i}/opened_at"),
            _moment(r["closed_at"], f"assessment/rounds/{i}/closed_at")
            if r["closed_at"] is not None
            else None,
            r["changed_by"],
            Version.of(r["version"]),
        )
        for i, r in enumerate(a.get("rounds", []))
    ]
    tallies = [
        StampedTally(
            _stamp(x, f"assessment/tallies/{i}"),
            x["statement"],
            x["round"],
            x["role_group"],
            x["choice"],
            x["count"],
        )
        for i, x in enumerate(a.get("tallies", []))
    ]
    plan = [
        StampedEntry(_stamp(p, f"assessment/plan/{i}"), _entry(p, due))
        for i, (p, due) in enumerate(zip(a["plan"], dues, strict=True))
    ]
    tombstones = [
        Tombstone(
            g["uuid"].lower(),
            RecordKind(g["kind"]),
            _moment(g["deleted_at"], f"assessment/tombstones/{i}/deleted_at"),
            g["changed_by"],
            Version.of(g["version"]),
        )
        for i, g in enumerate(a["tombstones"])
    ]
    snapshot = AssessmentSnapshot(
        info=info,
        stamp=_stamp(a, "assessment"),
        respondents=respondents,
        answers=answers,
        votes=votes,
        plan=plan,
        tombstones=tombstones,
        role_groups=role_groups,
        rounds=rounds,
        tallies=tallies,
        own_statements=own,
        own_modules=modules,
    )
    return ExchangeFile(snapshot, VERSION, checksum, manifest["device"])


def _entry(p: dict[str, Any], due: Any) -> PlanEntry:
    return PlanEntry(
        key=p["key"],
        category=Category(p["category"]) if p.get("category") else None,
        title=p.get("title", ""),
        text=p.get("text", ""),
        decision=Decision(p.get("decision", "proposed")),
        owner=p.get("owner", ""),
        due=due,
        priority=Priority(p["priority"]) if p.get("priority") else None,
        effort=Effort(p["effort"]) if p.get("effort") else None,
        status=Status(p.get("status", "open")),
        note=p.get("note", ""),
        topic=p.get("topic"),
        involved=p.get("involved", ""),
        done_when=p.get("done_when", ""),
        effort_days=p.get("effort_days"),
        cost_eur=p.get("cost_eur"),
        reject_reason=p.get("reject_reason", ""),
    )


# -- writing ---------------------------------------------------------------------------------
def _time(value: datetime | None) -> str:
    moment = value or datetime.fromtimestamp(0, UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _ident(stamp: Stamp) -> dict[str, Any]:
    return {
        "uuid": stamp.uuid,
        "updated_at": _time(stamp.updated_at),
        "changed_by": stamp.changed_by,
        "version": stamp.version.as_dict(),
    }


def assessment_object(snapshot: AssessmentSnapshot) -> dict[str, Any]:
    """The ``assessment`` object of a version-2 file, with every record.

    Respondents, plan entries and tombstones keep the order they were made in (the order the
    app shows them); answers are sorted by statement, votes by statement and respondent.
    """
    info = snapshot.info
    titles = {m.id: m.title for m in snapshot.own_modules}
    return {
        **_ident(snapshot.stamp),
        "previous_uuid": info.previous_uuid,
        "municipality": info.municipality,
        "project": info.project,
        "title": info.title,
        "phase": info.phase.value,
        "held_on": info.held_on.isoformat(),
        "moderator": info.moderator,
        "participants": info.participants,
        "content_version": info.content_version,
        "default_target": info.default_target,
        "report_language": info.report_language,
        "focus_limit": info.focus_limit,
        # The statements asked (a profile or a short check); null: the whole guideline.
        "profile": info.profile if info.selection is not None else None,
        "selection": list(info.selection) if info.selection is not None else None,
        "respondents": [
            {**_ident(r.stamp), "label": r.label, "role_group": r.role_group,
             "headcount": r.headcount, "device": r.device}
            for r in snapshot.respondents
        ],
        # Every answer row, even an emptied one: clearing a consensus is a change to merge.
        "answers": [
            {
                **_ident(x.stamp),
                "statement": x.answer.statement_id,
                "kind": x.answer.kind.value if x.answer.kind else None,
                "level": x.answer.level,
                "target": x.answer.target,
                "comment": x.answer.comment,
                "evidence": x.answer.evidence,
                "flagged": x.answer.flagged,
                "not_relevant_reason": x.answer.not_relevant_reason,
                "rationale": x.answer.rationale,
            }
            for x in sorted(snapshot.answers, key=lambda x: x.answer.statement_id)
        ],
        "votes": [
            {
                **_ident(v.stamp),
                "respondent": v.respondent,
                "statement": v.statement_id,
                "round": v.round,
                "kind": v.kind.value,
                "level": v.level,
            }
            for v in sorted(
                snapshot.votes, key=lambda v: (v.statement_id, v.round, v.respondent)
            )
        ],
        "plan": [_entry_object(e) for e in snapshot.plan],
        "tombstones": [
            {
                "uuid": g.uuid,
                "kind": g.kind.value,
                "deleted_at": _time(g.deleted_at),
                "changed_by": g.changed_by,
                "version": g.version.as_dict(),
            }
            for g in snapshot.tombstones
        ],
        "role_groups": [
            {**_ident(g.stamp), "name": g.name, "headcount": g.headcount}
            for g in sorted(snapshot.role_groups, key=lambda g: (g.position, g.name))
        ],
        "rounds": [
            {
                "uuid": r.uuid,
                "number": r.number,
                "statements": list(r.statement_ids),
                "opened_at": _time(r.opened_at),
                "closed_at": _time(r.closed_at) if r.closed_at is not None else None,
                "changed_by": r.changed_by,
                "version": r.version.as_dict(),
            }
            for r in sorted(snapshot.rounds, key=lambda r: r.number)
        ],
        "tallies": [
            {
                **_ident(x.stamp),
                "statement": x.statement_id,
                "round": x.round,
                "role_group": x.role_group,
                "choice": x.choice,
                "count": x.count,
            }
            for x in sorted(
                snapshot.tallies, key=lambda x: (x.statement_id, x.round, x.role_group, x.choice)
            )
        ],
        "own_statements": [
            statement_json(st, titles.get(st.module) or Text(st.module))
            for st in snapshot.own_statements
        ],
    }


def _entry_object(e: StampedEntry) -> dict[str, Any]:
    p = e.entry
    return {
        **_ident(e.stamp),
        "key": p.key,
        "category": p.category.value if p.category else None,
        "title": p.title,
        "text": p.text,
        "decision": p.decision.value,
        "owner": p.owner,
        "due": p.due.isoformat() if p.due else None,
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
    }


def document(
    snapshot: AssessmentSnapshot, *, app_version: str, exported_at: str, device: str
) -> dict[str, Any]:
    assessment = assessment_object(snapshot)
    return {
        "format": common.FORMAT_NAME,
        "format_version": VERSION,
        "app_version": app_version,
        "exported_at": exported_at,
        "manifest": {
            "algorithm": ALGORITHM,
            "checksum": content_checksum(assessment),
            "device": device,
        },
        "assessment": assessment,
    }
