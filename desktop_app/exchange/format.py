"""The exchange file: one assessment as versioned JSON.

Format version 2 (``schema.json``, read and written by ``exchange/v2.py``) carries every
record's identity and version and a checksum of its content, so two copies can be merged;
version 1 (``schema_v1.json``) is still read here, its records getting new identities. The
refusals, their messages and the checks both versions share are in ``exchange/common.py``.

Reading is strict on purpose. Python's json module accepts NaN and Infinity, keeps the last of
duplicate keys, lets lone surrogates through and overflows the stack on deep nesting; each of
those is rejected here with a message that names the problem, before anything is written.
See ``docs/EXCHANGE_FORMAT.md`` for the format itself.
"""

from __future__ import annotations

import json
import math
import uuid as uuid_mod
from importlib.resources import files
from typing import Any

from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.assessment import AssessmentInfo, Phase
from desktop_app.domain.model import Category, Effort, Guideline
from desktop_app.domain.plan import Decision, PlanEntry, Status
from desktop_app.domain.rules import Priority
from desktop_app.domain.snapshot import (
    AssessmentSnapshot,
    Stamp,
    StampedAnswer,
    StampedEntry,
    StampedRespondent,
    StampedVote,
    new_stamp,
)
from desktop_app.exchange import schema_messages, v2
from desktop_app.exchange.checksum import content_checksum
from desktop_app.exchange.common import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    ExchangeError,
    ExchangeFile,
    GuidelineFor,
    check_references,
    held_on,
    inconsistent,
    plan_dues,
    twice,
)

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "ExchangeError",
    "ExchangeFile",
    "GuidelineFor",
    "dumps",
    "parse_bytes",
    "read",
    "read_document",
    "read_file",
    "to_document",
    "validate",
]

_SCHEMA_FILES = {1: "schema_v1.json", 2: "schema.json"}


def _schema(version: int = FORMAT_VERSION) -> dict[str, Any]:
    """The JSON Schema of format ``version`` (the current one for any other value)."""
    name = _SCHEMA_FILES.get(version, _SCHEMA_FILES[FORMAT_VERSION])
    text = files("desktop_app.exchange").joinpath(name).read_text(encoding="utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


def _reject_constant(name: str) -> Any:
    raise ExchangeError("constant", detail=name)


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ExchangeError("duplicate_key", detail=key)
        out[key] = value
    return out


def _depth_ok(text: str) -> bool:
    """Check nesting depth without recursion, before json.loads can overflow the stack."""
    depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return False
        elif ch in "]}":
            depth -= 1
    return True


def _has_lone_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        return any(0xD800 <= ord(c) <= 0xDFFF for c in value)
    if isinstance(value, dict):
        return any(_has_lone_surrogate(k) or _has_lone_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_lone_surrogate(v) for v in value)
    return False


def _has_nonfinite(value: Any) -> bool:
    if isinstance(value, float):
        return not math.isfinite(value)
    if isinstance(value, dict):
        return any(_has_nonfinite(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_nonfinite(v) for v in value)
    return False


def parse_bytes(data: bytes) -> dict[str, Any]:
    """Decode and parse strictly; returns the raw document (not yet schema-checked)."""
    if len(data) > MAX_FILE_BYTES:
        raise ExchangeError(
            "too_large", size=f"{len(data) / 1e6:.1f}", limit=MAX_FILE_BYTES // 1_000_000
        )
    if data.startswith(b"\xef\xbb\xbf"):  # a UTF-8 BOM, as Windows editors write it
        data = data[3:]
    if not data.strip():  # after the BOM: a file holding only a BOM is empty too
        raise ExchangeError("empty")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ExchangeError("encoding", pos=exc.start) from exc
    if not _depth_ok(text):
        raise ExchangeError("too_deep", limit=MAX_DEPTH)
    try:
        doc = json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_unique_pairs)
    except json.JSONDecodeError as exc:
        raise ExchangeError("not_json", detail=exc.msg, line=exc.lineno, col=exc.colno) from exc
    except ExchangeError:
        raise
    except ValueError as exc:  # e.g. an integer of more than 4300 digits (int_max_str_digits)
        raise ExchangeError("bad_number") from exc
    except RecursionError as exc:  # belt and braces: _depth_ok should have caught it
        raise ExchangeError("too_deep", limit=MAX_DEPTH) from exc
    if _has_lone_surrogate(doc):
        raise ExchangeError("surrogate")
    if _has_nonfinite(doc):  # e.g. 1e999 parses to inf without parse_constant
        raise ExchangeError("constant", detail="Infinity")
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise ExchangeError("wrong_format")
    version = doc.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise ExchangeError("newer_version", found=version, known=FORMAT_VERSION)
    return doc


def _validator_class() -> Any:
    """Draft 2020-12, except that 3.0 is not an integer.

    JSON Schema counts 3.0 as an integer; stored as such it would come back from SQLite as a
    float and be exported as ``3.0``, so a level, target or headcount must be a true integer.
    """
    import jsonschema

    base = jsonschema.Draft202012Validator
    checker = base.TYPE_CHECKER.redefine(
        "integer", lambda _checker, v: isinstance(v, int) and not isinstance(v, bool)
    )
    return jsonschema.validators.extend(base, type_checker=checker)  # type: ignore[no-untyped-call]


def _check_consistent(a: dict[str, Any]) -> None:
    """Refuse what the schema cannot see: duplicates, strangers' votes, levels without rating."""
    echo = schema_messages.echo
    labels = [r["label"] for r in a["respondents"]]
    if (label := twice(labels)) is not None:
        e = echo(label)
        raise inconsistent(
            f"die Bezeichnung {e.de} kommt bei den Befragten zweimal vor",
            f"the respondent label {e.en} occurs twice",
        )
    if (sid := twice([x["statement"] for x in a["answers"]])) is not None:
        raise inconsistent(
            f"die Aussage „{sid}“ ist zweimal beantwortet", f'statement "{sid}" is answered twice'
        )
    vote_keys = [(v["respondent"], v["statement"]) for v in a["votes"]]
    if (pair := twice(vote_keys)) is not None:
        e = echo(pair[0])
        raise inconsistent(
            f"{e.de} hat zur Aussage „{pair[1]}“ zweimal abgestimmt",
            f'{e.en} voted twice on statement "{pair[1]}"',
        )
    if unknown := {r for r, _ in vote_keys} - set(labels):
        names = [echo(r) for r in sorted(unknown)[:5]]
        raise inconsistent(
            "Stimmen von unbekannten Befragten: " + ", ".join(n.de for n in names),
            "votes by unknown respondents: " + ", ".join(n.en for n in names),
        )
    if (key := twice([p["key"] for p in a["plan"]])) is not None:
        raise inconsistent(
            f"der Schlüssel „{key}“ kommt im Maßnahmenplan zweimal vor",
            f'the action-plan key "{key}" occurs twice',
        )
    for item in [*a["answers"], *a["votes"]]:
        if (item.get("kind") == "rated") != (item.get("level") is not None):
            sid = item["statement"]
            raise inconsistent(
                f"Aussage „{sid}“: eine Stufe gehört nur zu einer bewerteten Antwort",
                f'statement "{sid}": a level belongs to a rated answer only',
            )


def _check_schema(doc: dict[str, Any], version: int) -> None:
    validator = _validator_class()(_schema(version))
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        where = "/".join(str(p) for p in err.absolute_path) or "/"
        raise ExchangeError("schema", where=where, detail=schema_messages.reason(err))


def read_document(
    doc: dict[str, Any], guideline: Guideline | GuidelineFor | None = None
) -> ExchangeFile:
    """Check ``doc`` against its version's schema and the guideline; build the domain objects.

    ``guideline`` may be a function of the file's content version, so that an assessment
    made with an older guideline is checked against that one.
    """
    version = doc.get("format_version")
    if version == 1:
        _check_schema(doc, 1)
        snapshot = _validate_v1(doc["assessment"], guideline)
        return ExchangeFile(snapshot, 1, content_checksum(doc["assessment"]), "")
    _check_schema(doc, FORMAT_VERSION)
    return v2.read(doc, guideline)


def validate(
    doc: dict[str, Any], guideline: Guideline | GuidelineFor | None = None
) -> AssessmentSnapshot:
    """The assessment of a parsed exchange file (see :func:`read_document`)."""
    return read_document(doc, guideline).snapshot


def _validate_v1(
    a: dict[str, Any], guideline: Guideline | GuidelineFor | None
) -> AssessmentSnapshot:
    held = held_on(a)
    dues = plan_dues(a)
    _check_consistent(a)
    own, modules = check_references(a, guideline)

    from desktop_app.domain.assessment import RespondentInfo

    # Format version 1 carries no record identities: each record gets a new one.
    respondent_uuids = {r["label"]: str(uuid_mod.uuid4()) for r in a["respondents"]}
    info = AssessmentInfo(
        id=0,
        uuid=a["uuid"].lower(),
        municipality=a["municipality"],
        project=a["project"],
        phase=Phase(a["phase"]),
        held_on=held,
        moderator=a.get("moderator", ""),
        participants=a.get("participants", ""),
        content_version=a["content_version"],
        default_target=a["default_target"],
        title=a.get("title", ""),
        respondents=tuple(
            RespondentInfo(0, r["label"], r.get("role_group", ""), r.get("headcount", 1))
            for r in a["respondents"]
        ),
        report_language=a.get("report_language", "de"),
        profile=a.get("profile") if a.get("selection") else None,
        selection=tuple(a["selection"]) if a.get("selection") else None,
    )
    answers = [
        Answer(
            statement_id=x["statement"],
            kind=AnswerKind(x["kind"]) if x.get("kind") else None,
            level=x.get("level"),
            target=x.get("target"),
            comment=x.get("comment", ""),
            evidence=x.get("evidence", ""),
            flagged=x.get("flagged", False),
        )
        for x in a["answers"]
    ]
    votes = [
        StampedVote(
            new_stamp(),
            respondent_uuids[v["respondent"]],
            v["statement"],
            AnswerKind(v["kind"]),
            v.get("level"),
        )
        for v in a["votes"]
    ]
    plan = [
        PlanEntry(
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
        )
        for p, due in zip(a["plan"], dues, strict=True)
    ]
    return AssessmentSnapshot(
        info=info,
        stamp=Stamp(info.uuid),
        respondents=[
            StampedRespondent(
                Stamp(respondent_uuids[r.label]), r.label, r.role_group, r.headcount
            )
            for r in info.respondents
        ],
        answers=[StampedAnswer(new_stamp(), x) for x in answers],
        votes=votes,
        plan=[StampedEntry(new_stamp(), e) for e in plan],
        own_statements=own,
        own_modules=modules,
    )


def read(data: bytes, guideline: Guideline | GuidelineFor | None = None) -> AssessmentSnapshot:
    return validate(parse_bytes(data), guideline)


def read_file(data: bytes, guideline: Guideline | GuidelineFor | None = None) -> ExchangeFile:
    """Parse and check a file's bytes: its assessment, version, checksum and device."""
    return read_document(parse_bytes(data), guideline)


def to_document(
    snapshot: AssessmentSnapshot,
    *,
    app_version: str = "",
    exported_at: str = "",
    device: str = "",
) -> dict[str, Any]:
    """The exchange document (format version 2) of ``snapshot``, exported on ``device``."""
    return v2.document(snapshot, app_version=app_version, exported_at=exported_at, device=device)


def dumps(doc: dict[str, Any]) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode("utf-8")
