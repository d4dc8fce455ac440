"""How a merge conflict is named and shown (CLI and GUI alike).

Which record (a statement, a measure, a vote, a tally), which field, each side's value, and
who changed it when. The words are the catalogue's (``merge.*`` in ``desktop_app/texts``),
times are written by ``texts.dates``: the command line and the conflict screen say the same.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any

from desktop_app.domain.labels import label
from desktop_app.domain.merge import EXISTS, INFO, Conflict, Side
from desktop_app.domain.model import Guideline
from desktop_app.domain.snapshot import RecordKind
from desktop_app.texts import CATALOGUE, t
from desktop_app.texts.dates import day, moment

_LEVEL_FIELDS = ("target", "default_target")


def field_name(conflict: Conflict, lang: str) -> str:
    """The field's name as the team knows it (the key itself for a field without one)."""
    key = f"merge.field.{conflict.field}"
    return t(key, lang) if key in CATALOGUE else conflict.field


def value_text(conflict: Conflict, value: Any, lang: str, guideline: Guideline | None) -> str:
    """One side's value as the team reads it (a level with its name, a label, a date …)."""
    if conflict.field == EXISTS:
        return t("merge.kept" if value else "merge.deleted", lang)
    if conflict.field in ("consensus", "vote"):
        kind, level = value
        if kind is None:
            return t("merge.empty", lang)
        if level is None:
            return label(kind, lang)
        return _level(level, lang, guideline)
    if conflict.field in _LEVEL_FIELDS and value is not None:
        return _level(value, lang, guideline)
    if isinstance(value, bool):
        return t("merge.yes" if value else "merge.no", lang)
    if isinstance(value, Enum):
        return label(value, lang)
    if isinstance(value, date):
        return day(value, lang)
    if value is None or value == "":
        return t("merge.empty", lang)
    return str(value)


def _level(level: int, lang: str, guideline: Guideline | None) -> str:
    if guideline is None:
        return str(level)
    return t("merge.level", lang, level=level, name=guideline.scale_label(level, lang))


def _choice(choice: str, lang: str, guideline: Guideline | None) -> str:
    """A tally's choice: a level with its name, or "weiß nicht" / "nicht relevant"."""
    if choice.isdigit():
        return _level(int(choice), lang, guideline)
    return t(f"state.{choice}", lang)


def subject(conflict: Conflict, lang: str, guideline: Guideline | None) -> str:
    """Which record: the statement, the measure, the vote, or the assessment's own details."""
    kind, key = conflict.kind, conflict.key
    if kind == INFO:
        return t("merge.subject.info", lang)
    if kind == RecordKind.RESPONDENT.value:
        return t("merge.subject.respondent", lang, label=key)
    if kind == RecordKind.ROLE_GROUP.value:
        return t("merge.subject.role_group", lang, name=key)
    if kind == RecordKind.PLAN_ENTRY.value:
        return _measure(key, conflict.title, lang, guideline)
    if kind == RecordKind.TALLY.value:
        sid, rnd, group, choice = key.split("/", 3)
        return t(
            "merge.subject.tally",
            lang,
            group=group,
            statement=_statement(sid, lang, guideline),
            round=rnd,
            choice=_choice(choice, lang, guideline),
        )
    if kind == RecordKind.VOTE.value:
        sid, _, rnd = key.partition("/")
        statement = _statement(sid, lang, guideline)
        if rnd and rnd != "1":
            return t(
                "merge.subject.vote_round",
                lang,
                respondent=conflict.respondent,
                statement=statement,
                round=rnd,
            )
        return t("merge.subject.vote", lang, respondent=conflict.respondent, statement=statement)
    return _statement(key, lang, guideline)


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
        return t("merge.subject.clarify", lang, statement=_statement(name, lang, guideline))
    if title:
        return t("merge.subject.own_titled", lang, title=title)
    return t("merge.subject.own", lang)


def device(device_id: str, this_device: str, lang: str) -> str:
    if not device_id:
        return t("merge.unknown_device", lang)
    if device_id == this_device:
        return t("merge.this_device", lang)
    return t("merge.device", lang, id=device_id[:8])


def origin(side: Side, this_device: str, lang: str) -> str:
    """Who changed a side's value, and when: "Gerät 1a2b3c4d, 15.09.2026, 14:02 Uhr"."""
    return t(
        "merge.origin",
        lang,
        device=device(side.changed_by, this_device, lang),
        moment=moment(side.changed_at, lang),
    )
