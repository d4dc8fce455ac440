"""How a merge conflict is named and shown, in German and English (CLI and GUI alike).

Which record (a statement, a measure, a vote), which field, each side's value, and who
changed it when: one place for these words, so the command line and the conflict screen
say the same.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from desktop_app.domain.labels import label
from desktop_app.domain.merge import EXISTS, INFO, Conflict, Side
from desktop_app.domain.model import Guideline, Text
from desktop_app.domain.snapshot import RecordKind

FIELDS: dict[str, Text] = {
    "consensus": Text("Einschätzung (Konsens)", "Rating (consensus)"),
    "target": Text("Ziel", "Target"),
    "comment": Text("Kommentar", "Comment"),
    "evidence": Text("Belege", "Evidence"),
    "flagged": Text("Markiert zur Klärung", "Flagged for discussion"),
    "not_relevant_reason": Text("Warum nicht relevant", "Why not relevant"),
    "vote": Text("Stimme", "Vote"),
    "role_group": Text("Rollengruppe", "Role group"),
    "headcount": Text("Anzahl Personen", "Number of people"),
    "category": Text("Kategorie", "Category"),
    "title": Text("Titel", "Title"),
    "text": Text("Beschreibung", "Description"),
    "decision": Text("Entscheidung", "Decision"),
    "owner": Text("Verantwortlich", "Owner"),
    "due": Text("Fällig", "Due"),
    "priority": Text("Priorität", "Priority"),
    "effort": Text("Aufwand", "Effort"),
    "status": Text("Stand", "Status"),
    "note": Text("Notiz zum Fortschritt", "Progress note"),
    "topic": Text("Thema", "Topic"),
    "involved": Text("Beteiligt", "Involved"),
    "done_when": Text("Erledigt, wenn", "Done when"),
    "effort_days": Text("Aufwand in Personentagen", "Effort in person-days"),
    "cost_eur": Text("Kosten in Euro", "Cost in euros"),
    "reject_reason": Text("Grund der Ablehnung", "Reason for rejecting"),
    "phase": Text("Phase", "Phase"),
    "held_on": Text("Datum der Erhebung", "Assessment date"),
    "moderator": Text("Moderation", "Moderator"),
    "participants": Text("Teilnehmende", "Participants"),
    "default_target": Text("Ziel für alle Aussagen", "Target for every statement"),
    "report_language": Text("Sprache des Berichts", "Report language"),
    "focus_limit": Text("Maßnahmen im Fokus", "Measures in focus"),
    EXISTS: Text("Vorhanden oder gelöscht", "Kept or deleted"),
}

_EMPTY = Text("(leer)", "(empty)")
_YES_NO = (Text("nein", "no"), Text("ja", "yes"))
_KEPT = Text("vorhanden, geändert", "kept, changed")
_DELETED = Text("gelöscht", "deleted")
_THIS_DEVICE = Text("dieses Gerät", "this device")
_DEVICE = Text("Gerät {id}", "device {id}")
_UNKNOWN_DEVICE = Text("unbekanntes Gerät", "unknown device")


def field_name(conflict: Conflict, lang: str) -> str:
    return FIELDS.get(conflict.field, Text(conflict.field, conflict.field)).get(lang)


def value_text(conflict: Conflict, value: Any, lang: str, guideline: Guideline | None) -> str:
    """One side's value as the team reads it (a level with its name, a label, a date …)."""
    if conflict.field == EXISTS:
        return (_KEPT if value else _DELETED).get(lang)
    if conflict.field in ("consensus", "vote"):
        kind, level = value
        if kind is None:
            return _EMPTY.get(lang)
        if level is None:
            return label(kind, lang)
        return _level(level, lang, guideline)
    if conflict.field in ("target", "default_target") and value is not None:
        return _level(value, lang, guideline)
    if isinstance(value, bool):
        return _YES_NO[value].get(lang)
    if isinstance(value, Enum):
        return label(value, lang)
    if isinstance(value, date):
        return value.isoformat() if lang == "en" else value.strftime("%d.%m.%Y")
    if value is None or value == "":
        return _EMPTY.get(lang)
    return str(value)


def _level(level: int, lang: str, guideline: Guideline | None) -> str:
    if guideline is None:
        return str(level)
    return f"{level} – {guideline.scale_label(level, lang)}"


def subject(conflict: Conflict, lang: str, guideline: Guideline | None) -> str:
    """Which record: the statement, the measure, the vote, or the assessment's own details."""
    if conflict.kind == INFO:
        return Text("Angaben der Erhebung", "Assessment details").get(lang)
    if conflict.kind == RecordKind.RESPONDENT.value:
        return Text(f"Befragte: {conflict.key}", f"Respondent: {conflict.key}").get(lang)
    if conflict.kind == RecordKind.PLAN_ENTRY.value:
        return _measure(conflict.key, conflict.title, lang, guideline)
    statement = _statement(conflict.key, lang, guideline)
    if conflict.kind == RecordKind.VOTE.value:
        return Text(
            f"Stimme von {conflict.respondent} zu {statement}",
            f"Vote of {conflict.respondent} on {statement}",
        ).get(lang)
    return statement


def _statement(sid: str, lang: str, guideline: Guideline | None) -> str:
    if guideline is not None and guideline.has_statement(sid):
        return f"{sid} – {guideline.statement(sid).text.get(lang)}"
    return sid


def _measure(key: str, title: str, lang: str, guideline: Guideline | None) -> str:
    kind, _, name = key.partition(":")
    if kind == "rec" and guideline is not None:
        try:
            return f"{name} – {guideline.recommendation(name).title.get(lang)}"
        except KeyError:
            return key
    if kind == "clarify":
        what = _statement(name, lang, guideline)
        return Text(f"Klärung: {what}", f"To clarify: {what}").get(lang)
    own = Text("Eigene Maßnahme", "Own measure").get(lang)
    return f"{own}: {title}" if title else own


def when(moment: datetime | None, lang: str) -> str:
    """A point in time in this computer's time zone, as the language writes it."""
    if moment is None:
        return "–"
    local = moment.astimezone()
    return local.strftime("%Y-%m-%d %H:%M" if lang == "en" else "%d.%m.%Y %H:%M")


def device(device_id: str, this_device: str, lang: str) -> str:
    if not device_id:
        return _UNKNOWN_DEVICE.get(lang)
    if device_id == this_device:
        return _THIS_DEVICE.get(lang)
    return _DEVICE.get(lang).format(id=device_id[:8])


def origin(side: Side, this_device: str, lang: str) -> str:
    """Who changed a side's value, and when: "Gerät 1a2b3c4d, 15.09.2026 14:02"."""
    return f"{device(side.changed_by, this_device, lang)}, {when(side.changed_at, lang)}"
