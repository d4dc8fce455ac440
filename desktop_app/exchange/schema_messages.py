"""A JSON Schema failure as a reason in German and English, by the kind of rule that failed.

jsonschema words its failures in English and echoes the whole offending value, so a long
text pushed the reason out of any length cap. Here each rule kind (required, type, enum,
maxLength, …) gets its own sentence naming the field; only the echoed value is shortened.
"""

from __future__ import annotations

import json
from typing import Any

from desktop_app.domain.model import Text

ECHO_LIMIT = 40  # characters of an offending value shown in a message

_TYPES: dict[str, tuple[str, str]] = {
    "integer": ("eine ganze Zahl", "a whole number"),
    "number": ("eine Zahl", "a number"),
    "string": ("ein Text", "a text"),
    "boolean": ("true oder false", "true or false"),
    "array": ("eine Liste", "a list"),
    "object": ("ein Objekt", "an object"),
    "null": ("null", "null"),
}

# What a pattern in schema.json asks for, in words (keyed by the pattern itself).
_FORMS: dict[str, tuple[str, str]] = {
    "^[0-9a-fA-F-]{36}$": (
        "eine UUID wie 0a1b2c3d-0000-4000-8000-00000000abcd",
        "a UUID like 0a1b2c3d-0000-4000-8000-00000000abcd",
    ),
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}$": ("JJJJ-MM-TT", "YYYY-MM-DD"),
    "^[A-Za-z0-9_.-]{1,32}$": (
        "eine Kennung aus Buchstaben, Ziffern, _ . - mit höchstens 32 Zeichen",
        "an id of letters, digits, _ . - of at most 32 characters",
    ),
    "^(rec|clarify|own):[^\\s]{1,75}$": (
        "rec:…, clarify:… oder own:… ohne Leerzeichen",
        "rec:…, clarify:… or own:… without spaces",
    ),
    "^[0-9A-Za-z][0-9A-Za-z_.+-]*$": (
        "eine Versionsbezeichnung wie 1.2.0",
        "a version name like 1.2.0",
    ),
    "^[0-9a-f]{64}$": (
        "64 Hexadezimalziffern (SHA-256)",
        "64 hexadecimal digits (SHA-256)",
    ),
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,6})?"
    "(Z|[+-][0-9]{2}:[0-9]{2})$": (
        "ein Zeitpunkt wie 2026-09-15T14:02:00+00:00",
        "a point in time like 2026-09-15T14:02:00+00:00",
    ),
    "^[0-9A-Za-z_.-]{0,64}$": (
        "eine Gerätekennung aus Buchstaben, Ziffern, _ . - mit höchstens 64 Zeichen",
        "a device id of letters, digits, _ . - of at most 64 characters",
    ),
    "^[0-9A-Za-z_.-]{1,64}$": (
        "eine Gerätekennung aus Buchstaben, Ziffern, _ . - mit höchstens 64 Zeichen",
        "a device id of letters, digits, _ . - of at most 64 characters",
    ),
}


def echo(value: Any) -> Text:
    """A value as the file has it, cut to ECHO_LIMIT characters; text in the language's quotes."""
    if isinstance(value, dict):
        return Text("ein Objekt {…}", "an object {…}")
    if isinstance(value, list):
        return Text(f"eine Liste mit {len(value)} Einträgen", f"a list of {len(value)} entries")
    if isinstance(value, str):
        shown = value if len(value) <= ECHO_LIMIT else value[:ECHO_LIMIT] + "…"
        return Text(f"„{shown}“", f'"{shown}"')
    shown = json.dumps(value)
    shown = shown if len(shown) <= ECHO_LIMIT else shown[:ECHO_LIMIT] + "…"
    return Text(shown, shown)


def _quoted(names: list[str]) -> Text:
    return Text(", ".join(f"„{n}“" for n in names), ", ".join(f'"{n}"' for n in names))


def _types(expected: Any, *, nullable: bool = False) -> Text:
    names = [expected] if isinstance(expected, str) else list(expected)
    if nullable and "null" not in names:
        names.append("null")
    de = [_TYPES.get(n, (n, n))[0] for n in names]
    en = [_TYPES.get(n, (n, n))[1] for n in names]
    return Text(" oder ".join(de), " or ".join(en))


def _leaf(error: Any) -> tuple[Any, bool]:
    """The failure inside ``oneOf``/``anyOf`` that explains it; True when null was allowed.

    ``"level": 5`` fails ``oneOf: [level, null]`` twice (above the maximum, and not null);
    only the first says why.
    """
    nullable = False
    while error.validator in ("oneOf", "anyOf") and error.context:
        others = [
            c for c in error.context if not (c.validator == "type" and c.validator_value == "null")
        ]
        nullable = nullable or len(others) < len(error.context)
        error = min(others or error.context, key=lambda c: len(list(c.relative_schema_path)))
    return error, nullable


def reason(error: Any) -> Text:
    """Why ``error`` (a ``jsonschema.ValidationError``) failed, naming the field or value."""
    error, nullable = _leaf(error)
    kind, rule, value = error.validator, error.validator_value, error.instance
    shown = echo(value)
    if kind == "required" and isinstance(value, dict):
        missing = [k for k in rule if k not in value]
        names = _quoted(missing)
        return Text(f"Pflichtfeld {names.de} fehlt", f"required field {names.en} is missing")
    if kind == "additionalProperties" and isinstance(value, dict):
        known = error.schema.get("properties", {})
        names = _quoted(sorted(k for k in value if k not in known)[:5])
        return Text(f"unbekanntes Feld {names.de}", f"unknown field {names.en}")
    if kind == "type":
        want = _types(rule, nullable=nullable)
        return Text(
            f"muss {want.de} sein, nicht {shown.de}", f"must be {want.en}, not {shown.en}"
        )
    if kind == "enum":
        allowed = ", ".join("null" if v is None else str(v) for v in rule)
        return Text(
            f"unzulässiger Wert {shown.de} (erlaubt: {allowed})",
            f"invalid value {shown.en} (allowed: {allowed})",
        )
    if kind == "const":
        return Text(
            f"muss „{rule}“ sein, nicht {shown.de}", f'must be "{rule}", not {shown.en}'
        )
    if kind == "maxLength":
        return Text(
            f"Text zu lang: {len(value)} Zeichen, höchstens {rule}",
            f"text too long: {len(value)} characters, at most {rule}",
        )
    if kind == "minLength":
        if rule == 1:
            return Text("darf nicht leer sein", "must not be empty")
        return Text(
            f"Text zu kurz: {len(value)} Zeichen, mindestens {rule}",
            f"text too short: {len(value)} characters, at least {rule}",
        )
    if kind in ("maximum", "exclusiveMaximum"):
        return Text(
            f"{shown.de} ist größer als das Maximum {rule}",
            f"{shown.en} is above the maximum {rule}",
        )
    if kind in ("minimum", "exclusiveMinimum"):
        return Text(
            f"{shown.de} ist kleiner als das Minimum {rule}",
            f"{shown.en} is below the minimum {rule}",
        )
    if kind == "maxItems":
        return Text(
            f"zu viele Einträge: {len(value)}, höchstens {rule}",
            f"too many entries: {len(value)}, at most {rule}",
        )
    if kind == "minItems":
        return Text(
            f"zu wenige Einträge: {len(value)}, mindestens {rule}",
            f"too few entries: {len(value)}, at least {rule}",
        )
    if kind == "pattern":
        de, en = _FORMS.get(rule, (f"Muster {rule}", f"pattern {rule}"))
        return Text(
            f"{shown.de} hat nicht die erwartete Form ({de})",
            f"{shown.en} does not have the expected form ({en})",
        )
    if kind == "format":
        return Text(f"{shown.de} ist kein gültiges {rule}", f"{shown.en} is not a valid {rule}")
    return Text(
        f"{shown.de} entspricht nicht der Regel „{kind}“",
        f'{shown.en} does not satisfy the rule "{kind}"',
    )
