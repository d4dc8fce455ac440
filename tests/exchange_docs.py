"""Exchange documents of format version 2 for tests: build, seal, and compare with version 1.

A version-2 file carries a checksum of its ``assessment`` object; a test that edits a file
to make it wrong in one way must :func:`seal` it again, or it would only test the checksum.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from desktop_app.exchange.checksum import content_checksum
from desktop_app.exchange.format import dumps

DEVICE = "0123456789abcdef"
WHEN = "2026-11-23T09:30:00.000000+00:00"
STAMP_KEYS = ("uuid", "updated_at", "changed_by", "version")


def stamp(n: int, *, device: str = DEVICE, count: int = 1) -> dict[str, Any]:
    return {
        "uuid": f"0a1b2c3d-0000-4000-8000-{n:012d}",
        "updated_at": WHEN,
        "changed_by": device,
        "version": {device: count},
    }


RESPONDENT_UUID = stamp(1)["uuid"]


def valid_doc_v2() -> dict[str, Any]:
    """The version-2 counterpart of ``tests.test_exchange_bad_input.valid_doc``."""
    doc = {
        "format": "wandelkompass.assessment",
        "format_version": 2,
        "app_version": "0.1.0",
        "exported_at": "2026-11-23T10:00:00+00:00",
        "manifest": {"algorithm": "sha256", "checksum": "", "device": DEVICE},
        "assessment": {
            "uuid": "0a1b2c3d-0000-4000-8000-00000000abcd",
            "updated_at": WHEN,
            "changed_by": DEVICE,
            "version": {DEVICE: 2},
            "previous_uuid": None,
            "municipality": "Gemeinde Übersee",
            "project": "Ratsinformationssystem",
            "title": "Auftakt",
            "phase": "einfuehrung",
            "held_on": "2026-03-04",
            "moderator": "",
            "participants": "",
            "content_version": "1.2.0",
            "default_target": 3,
            "report_language": "de",
            "focus_limit": None,
            "respondents": [{**stamp(1), "label": "IT", "role_group": "IT", "headcount": 2}],
            "answers": [{**stamp(2), "statement": "A1", "kind": "rated", "level": 2,
                         "target": 4, "comment": "gut", "evidence": "", "flagged": False,
                         "not_relevant_reason": ""}],
            "votes": [{**stamp(3), "respondent": RESPONDENT_UUID, "statement": "A1",
                       "kind": "rated", "level": 2}],
            "plan": [{**stamp(4), "key": "rec:O-A1", "category": "organisatorisch", "title": "",
                      "text": "", "decision": "accepted", "owner": "CDO", "due": "2026-06-30",
                      "priority": "hoch", "effort": "gering", "status": "open", "note": "",
                      "topic": None, "involved": "", "done_when": "", "effort_days": None,
                      "cost_eur": None, "reject_reason": ""}],
            "tombstones": [{"uuid": stamp(5)["uuid"], "kind": "vote", "deleted_at": WHEN,
                            "changed_by": DEVICE, "version": {DEVICE: 2}}],
            "own_statements": [],
        },
    }
    return seal(doc)


def seal(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with the checksum its content has now."""
    doc["manifest"]["checksum"] = content_checksum(doc["assessment"])
    return doc


def edited_v2(change: Callable[[dict[str, Any]], None], *, reseal: bool = True) -> bytes:
    """The valid version-2 file changed by ``change`` (and sealed again unless told not to)."""
    doc = copy.deepcopy(valid_doc_v2())
    change(doc)
    return dumps(seal(doc) if reseal else doc)


def as_v1(doc: dict[str, Any]) -> dict[str, Any]:
    """What a version-1 file of the same assessment holds (votes name respondents by label)."""
    a = copy.deepcopy(doc["assessment"])
    labels = {r["uuid"]: r["label"] for r in a["respondents"]}
    for name in ("updated_at", "changed_by", "version", "previous_uuid", "focus_limit",
                 "tombstones", "role_groups", "rounds", "tallies"):
        a.pop(name, None)
    for name in ("profile", "selection", "own_statements"):  # version 1 omits them when empty
        if not a.get(name):
            a.pop(name, None)
    for part in ("respondents", "answers", "votes", "plan"):
        for item in a[part]:
            for name in STAMP_KEYS:
                item.pop(name)
    for r in a["respondents"]:
        r.pop("device")
    for x in a["answers"]:
        x.pop("not_relevant_reason")
        x.pop("rationale")
    for v in a["votes"]:
        v["respondent"] = labels[v["respondent"]]
        v.pop("round")
    a["votes"].sort(key=lambda v: (v["statement"], v["respondent"]))
    for p in a["plan"]:
        for name in ("topic", "involved", "done_when", "effort_days", "cost_eur",
                     "reject_reason"):
            p.pop(name)
    top = {k: v for k, v in doc.items() if k not in ("manifest", "assessment")}
    return {**top, "format_version": 1, "assessment": a}
