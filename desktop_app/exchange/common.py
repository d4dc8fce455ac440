"""What both versions of the exchange file share: its name, the refusals and their messages,
and the checks of dates, plan keys, statements and the team's own statements against the
guideline.

``format.py`` parses a file and reads version 1; ``v2.py`` reads and writes version 2; both
build on this module (and never on each other's internals).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop_app.content.changes import version_problem
from desktop_app.domain import limits
from desktop_app.domain.model import Guideline, Text
from desktop_app.domain.own import OwnModule, OwnStatement, check_statement, describe
from desktop_app.domain.own_json import read_modules, read_statement
from desktop_app.domain.snapshot import AssessmentSnapshot

FORMAT_NAME = "wandelkompass.assessment"
FORMAT_VERSION = 2  # what export writes; every version up to it is read
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 20

_MESSAGES: dict[str, tuple[str, str]] = {
    "empty": ("Die Datei ist leer.", "The file is empty."),
    "too_large": (
        "Die Datei ist mit {size} MB zu groß (höchstens {limit} MB).",
        "The file is too large at {size} MB (at most {limit} MB).",
    ),
    "encoding": (
        "Die Datei ist nicht UTF-8-kodiert (Byte {pos}).",
        "The file is not UTF-8 encoded (byte {pos}).",
    ),
    "not_json": (
        "Die Datei ist keine Wandelkompass-Austauschdatei: Ihr Inhalt ist kein lesbares JSON "
        "(Fehler in Zeile {line}, Spalte {col}). Ist sie unvollständig übertragen worden?",
        "The file is not a Wandelkompass exchange file: its content is not readable JSON "
        "(error at line {line}, column {col}). Was it transferred incompletely?",
    ),
    "constant": (
        "Die Datei enthält den unzulässigen Zahlwert {detail}.",
        "The file contains the invalid number {detail}.",
    ),
    "bad_number": (
        "Die Datei enthält eine Zahl mit unzulässig vielen Stellen.",
        "The file contains a number with too many digits.",
    ),
    "duplicate_key": (
        "Der Schlüssel „{detail}“ kommt in einem Objekt doppelt vor.",
        'The key "{detail}" occurs twice in one object.',
    ),
    "surrogate": (
        "Die Datei enthält ein ungültiges Unicode-Zeichen (einzelnes Surrogat).",
        "The file contains an invalid Unicode character (lone surrogate).",
    ),
    "too_deep": (
        "Die Datei ist zu tief verschachtelt (mehr als {limit} Ebenen).",
        "The file is nested too deeply (more than {limit} levels).",
    ),
    "wrong_format": (
        "Die Datei ist keine Wandelkompass-Austauschdatei.",
        "The file is not a Wandelkompass exchange file.",
    ),
    "newer_version": (
        "Die Datei hat das Format {found}; diese Version von Wandelkompass kennt nur bis {known}. "
        "Bitte aktualisieren Sie das Programm.",
        "The file has format version {found}; this version of Wandelkompass knows up to "
        "{known}. Please update the application.",
    ),
    "schema": (
        "Die Datei ist unvollständig oder fehlerhaft bei „{where}“: {detail}",
        'The file is incomplete or invalid at "{where}": {detail}',
    ),
    "unknown_statement": (
        "Die Datei bewertet Aussagen, die dieser Leitfaden nicht kennt: {detail}.",
        "The file rates statements this guideline does not contain: {detail}.",
    ),
    "inconsistent": (
        "Die Datei ist widersprüchlich: {detail}.",
        "The file is inconsistent: {detail}.",
    ),
    "already_imported": (
        "Diese Erhebung ist bereits vorhanden (Nr. {detail}). Sie wurde nicht erneut importiert.",
        "This assessment already exists (no. {detail}). It was not imported again.",
    ),
    "unreadable": (
        "Die Datei kann nicht gelesen werden: {detail}",
        "Cannot read the file: {detail}",
    ),
    "plan_key": (
        "Der Maßnahmenplan enthält den Schlüssel „{key}“: {detail}.",
        'The action plan contains the key "{key}": {detail}.',
    ),
    "own_statement": (
        "Die eigene Aussage „{key}“ der Datei ist ungültig: {detail}.",
        'The file\'s own statement "{key}" is invalid: {detail}.',
    ),
    "date_range": (
        "{field} {value} liegt außerhalb von {first}–{last}.",
        "{field} {value} is outside {first}–{last}.",
    ),
    "tampered": (
        "Die Prüfsumme der Datei stimmt nicht: Sie wurde nach dem Export verändert oder ist "
        "beschädigt. Es wurde nichts übernommen.",
        "The file's checksum does not match: it was changed after export or is damaged. "
        "Nothing was taken from it.",
    ),
    "not_in_database": (
        "Die Erhebung dieser Datei (Kennung {detail}) gibt es in dieser Datenbank nicht. "
        "Zusammenführen lässt sich nur eine Datei derselben Erhebung; importieren Sie sie "
        "stattdessen.",
        "This file's assessment (id {detail}) is not in this database. Only a file of the "
        "same assessment can be merged; import it instead.",
    ),
    "merge_v1": (
        "Die Datei hat das Format 1, das einzelne Einträge nicht kennzeichnet. Sie kann "
        "importiert, aber nicht zusammengeführt werden.",
        "The file has format version 1, which does not identify single records. It can be "
        "imported, but not merged.",
    ),
    "odd_version": (
        "Die Datei nennt als Leitfaden-Version {version}. Das ist kein einfacher "
        "Versionsname (wie 1.1.0); die Datei wurde nicht gelesen.",
        "The file names {version} as its guideline version. That is not a plain version name "
        "(such as 1.1.0); the file was not read.",
    ),
    "other_guideline": (
        "Die Datei wurde mit der Leitfaden-Version {found} erhoben, diese Erhebung mit "
        "{local}. Erhebungen verschiedener Leitfaden-Versionen lassen sich nicht "
        "zusammenführen.",
        "The file was assessed with guideline version {found}, this assessment with "
        "{local}. Assessments of different guideline versions cannot be merged.",
    ),
    "identity_clash": (
        "Die Datei verwendet die Kennung {detail} für einen anderen Eintrag als diese "
        "Datenbank. Sie wurde nicht zusammengeführt.",
        "The file uses the id {detail} for another record than this database does. It was "
        "not merged.",
    ),
    "merge_outdated": (
        "Die Erhebung wurde geändert, während die Zusammenführung vorbereitet wurde. Es "
        "wurde nichts geschrieben; bitte führen Sie die Datei erneut zusammen.",
        "The assessment changed while the merge was being prepared. Nothing was written; "
        "please merge the file again.",
    ),
}


class ExchangeError(ValueError):
    """A rejected exchange file; :meth:`message` gives the user-facing text.

    A parameter given as :class:`~desktop_app.domain.model.Text` is worded in both languages
    (a reason, a field name); every other parameter is shown as it is.
    """

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("de"))

    def message(self, lang: str = "de") -> str:
        de, en = _MESSAGES[self.code]
        params = {k: v.get(lang) if isinstance(v, Text) else v for k, v in self.params.items()}
        return (en if lang == "en" else de).format(**params)


# The guideline a file's content version is checked against (the current one, or the
# frozen version an older assessment was made with).
GuidelineFor = Callable[[str], Guideline]


@dataclass(frozen=True)
class ExchangeFile:
    """A checked exchange file: the assessment, and what the import log keeps of the file."""

    snapshot: AssessmentSnapshot
    format_version: int
    checksum: str  # of the content (exchange/checksum.py), computed for version 1 too
    device: str  # the exporting device ("" for version 1)


_HELD_ON = Text("Datum der Erhebung", "Assessment date")
# What repository.new_own_key writes: "own:" and a UUID.
_OWN_KEY = re.compile(r"own:[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")


def plan_key_problem(
    key: str, guideline: Guideline | None, recommendations: set[str]
) -> Text | None:
    """Why ``key`` names nothing: a decision on it would be stored as an orphan row."""
    kind, _, name = key.partition(":")
    if kind == "own":
        if _OWN_KEY.fullmatch(key):
            return None
        return Text(
            "eine eigene Maßnahme braucht „own:“ und eine UUID",
            'an own measure needs "own:" and a UUID',
        )
    if guideline is None:
        return None
    if kind == "rec" and name not in recommendations:
        return Text(
            f"dieser Leitfaden hat keine Empfehlung „{name}“",
            f'this guideline has no recommendation "{name}"',
        )
    if kind == "clarify" and not guideline.has_statement(name):
        return Text(
            f"dieser Leitfaden hat keine Aussage „{name}“",
            f'this guideline has no statement "{name}"',
        )
    return None


def _due_name(key: str) -> Text:
    return Text(f"Fälligkeit der Maßnahme „{key}“", f'Due date of measure "{key}"')


def _date(value: str, where: str, name: Text) -> date:
    """A schema-checked YYYY-MM-DD that must exist and lie in the range storage keeps."""
    try:
        parsed = date.fromisoformat(value)
    except ValueError as exc:
        detail = Text(f"„{value}“ ist kein gültiges Datum", f'"{value}" is not a valid date')
        raise ExchangeError("schema", where=where, detail=detail) from exc
    if not limits.date_in_range(parsed):
        raise ExchangeError(
            "date_range",
            field=name,
            value=value,
            first=limits.EARLIEST_DATE.year,
            last=limits.LATEST_DATE.year,
        )
    return parsed


def twice(items: list[Any]) -> Any:
    """The first item that occurs a second time, or None."""
    seen: set[Any] = set()
    for item in items:
        if item in seen:
            return item
        seen.add(item)
    return None


def inconsistent(de: str, en: str) -> ExchangeError:
    return ExchangeError("inconsistent", detail=Text(de, en))


def check_references(
    a: dict[str, Any], guideline: Guideline | GuidelineFor | None
) -> tuple[list[OwnStatement], list[OwnModule]]:
    """Refuse plan keys and statements the file's guideline version does not contain.

    Returns the file's own statements and their modules; with a guideline, each is checked
    as the app checks its own, and answers and votes may name them.
    """
    if callable(guideline):
        # The version names a folder of the archive: refuse a name that is no plain one.
        if version_problem(a["content_version"]):
            raise ExchangeError("odd_version", version=repr(a["content_version"][:40]))
        guideline = guideline(a["content_version"])
    own_values = a.get("own_statements", [])
    own = [read_statement(v) for v in own_values]
    modules = read_modules(own_values)
    if guideline is not None:
        guideline = _with_own(guideline, own, modules)
    recommendations = {r.id for r in guideline.recommendations} if guideline else set()
    for key in (p["key"] for p in a["plan"]):
        if problem := plan_key_problem(key, guideline, recommendations):
            raise ExchangeError("plan_key", key=key, detail=problem)
    if guideline is not None:
        used = (
            {x["statement"] for x in a["answers"]}
            | {v["statement"] for v in a["votes"]}
            | {x["statement"] for x in a.get("tallies", [])}
            | {sid for r in a.get("rounds", []) for sid in r["statements"]}
        )
        unknown = sorted(s for s in used if not guideline.has_statement(s))
        if unknown:
            raise ExchangeError("unknown_statement", detail=", ".join(unknown[:10]))
    return own, modules


def _with_own(guideline: Guideline, own: list[OwnStatement],
              modules: list[OwnModule]) -> Guideline:
    """``guideline`` with the file's own statements, each checked as the app checks its own.

    An own statement that would take a guideline id, or breaks any other rule, refuses the
    whole file: imported, it could shadow a guideline statement.
    """
    from desktop_app.content.modules import guideline_ids
    from desktop_app.domain.scope import tailor

    base_ids = guideline_ids(guideline)
    taken: set[str] = set()
    for st in own:
        problems = check_statement(st, base_ids, taken)
        if problems:
            detail = Text(describe(problems[0], "de"), describe(problems[0], "en"))
            raise ExchangeError("own_statement", key=st.id, detail=detail)
        taken |= {st.id, *(m.id for m in st.measures)}
    return tailor(guideline, own=own, modules=modules) if own else guideline


def plan_dues(a: dict[str, Any]) -> list[date | None]:
    return [
        _date(p["due"], f"assessment/plan/{i}/due", _due_name(p["key"])) if p.get("due") else None
        for i, p in enumerate(a["plan"])
    ]


def held_on(a: dict[str, Any]) -> date:
    return _date(a["held_on"], "assessment/held_on", _HELD_ON)
