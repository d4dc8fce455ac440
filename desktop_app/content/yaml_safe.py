"""Parse one content file's YAML into plain values, or say in German what is wrong.

PyYAML's safe loader still lets through things guideline content never needs and that break
or stall the code reading it: anchors and aliases (a 1 KB "billion laughs" expands to
gigabytes as soon as anything prints it), lists and mappings as mapping keys, and tags it
builds into dates, sets or bytes — or fails on with a bare ``ValueError``. Here the result
holds only mappings with scalar keys, lists, text, numbers, booleans and null, and every
refusal names line and column.
"""

from __future__ import annotations

import datetime
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

# libyaml's C parser reads the whole guideline about ten times faster than pure Python.
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SCALAR_KEYS = (str, int, float, bool, type(None), datetime.date)
_TAG = "tag:yaml.org,2002:"
MAX_LISTED = 5  # anchors and aliases reported per file; a bomb has hundreds


class YamlProblem(Exception):
    """The file is not usable YAML; ``problems`` are German messages without the file name."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """Safe loader with unique scalar keys, plain values only, checked numbers."""


def _where(mark: Any) -> str:
    return f"Zeile {mark.line + 1}, Spalte {mark.column + 1}"


def _refuse(node: yaml.Node, problem: str) -> ConstructorError:
    return ConstructorError(None, None, problem, node.start_mark)


def _construct_mapping(loader: Any, node: yaml.Node) -> dict[Any, Any]:
    if not isinstance(node, yaml.MappingNode):
        raise _refuse(node, "erwartet eine Zuordnung mit Feldern")
    loader.flatten_mapping(node)
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if not isinstance(key, _SCALAR_KEYS):
            raise _refuse(key_node, "Schlüssel muss ein einfacher Wert sein (Text oder Zahl)")
        if key in seen:
            raise _refuse(key_node, f"doppelter Schlüssel '{key}'")
        seen.add(key)
    return dict(loader.construct_pairs(node))


def _checked(kind: str, base: Any) -> Any:
    """``base`` with its ValueError/KeyError/IndexError as a message at the value's position."""

    def construct(loader: Any, node: yaml.Node) -> Any:
        try:
            return base(loader, node)
        except (ValueError, KeyError, IndexError) as exc:
            raise _refuse(node, f"ungültige {kind} '{str(node.value)[:40]}'") from exc

    return construct


def _timestamp_as_text(loader: Any, node: yaml.Node) -> str:
    # Guideline content has no dates: `year: 2024-05-01` stays text and is reported by the
    # field's own check instead of failing in datetime (month 13) or being silently a date.
    return str(loader.construct_scalar(node))


def _unsupported(name: str) -> Any:
    def construct(_loader: Any, node: yaml.Node) -> Any:
        raise _refuse(node, f"Datentyp '{name}' wird nicht unterstützt")

    return construct


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(_TAG + "int", _checked("Zahl", SafeConstructor.construct_yaml_int))
_Loader.add_constructor(_TAG + "float", _checked("Zahl", SafeConstructor.construct_yaml_float))
_Loader.add_constructor(
    _TAG + "bool", _checked("Wahrheitsangabe", SafeConstructor.construct_yaml_bool)
)
_Loader.add_constructor(_TAG + "timestamp", _timestamp_as_text)
for _name in ("binary", "set", "omap", "pairs"):
    _Loader.add_constructor(_TAG + _name, _unsupported(_name))


# libyaml's most frequent complaints, in the loader's language; rarer ones stay as they are.
_PROBLEMS = {
    "did not find expected ',' or ']'": "erwartet ',' oder ']' (Liste nicht geschlossen?)",
    "did not find expected ',' or '}'": "erwartet ',' oder '}' (Zuordnung nicht geschlossen?)",
    "mapping values are not allowed in this context": (
        "hier ist kein ':' erlaubt (Text mit Doppelpunkt in Anführungszeichen setzen)"
    ),
    "mapping values are not allowed here": (
        "hier ist kein ':' erlaubt (Text mit Doppelpunkt in Anführungszeichen setzen)"
    ),
    "found character that cannot start any token": (
        "Zeichen, mit dem kein Wert beginnen kann (Tabulator, @ oder `?)"
    ),
    "found unexpected end of stream": "unerwartetes Dateiende (Anführungszeichen offen?)",
    "did not find expected key": "erwartet einen Schlüssel (Einrückung prüfen)",
    "did not find expected '-' indicator": "erwartet einen Listeneintrag '-' (Einrückung prüfen)",
    "found unknown escape character": "unbekannte Escape-Folge mit '\\'",
    "but found another document": "mehr als ein Dokument in der Datei ('---')",
    "could not find expected ':'": "erwartet ':'",
}
_NO_CONSTRUCTOR = "could not determine a constructor for the tag "


def _german(problem: str) -> str:
    if problem.startswith(_NO_CONSTRUCTOR):
        return f"unbekannter Datentyp {problem.removeprefix(_NO_CONSTRUCTOR)}"
    return _PROBLEMS.get(problem, problem)


def _anchor_problems(text: str) -> list[str]:
    """Every anchor (``&a``) and alias (``*a``), found in the event stream before loading."""
    if "&" not in text and "*" not in text:  # neither can occur; skip the second parse
        return []
    found: list[str] = []
    for event in yaml.parse(text, Loader=_BaseLoader):
        anchor = getattr(event, "anchor", None)
        if isinstance(event, yaml.AliasEvent):
            found.append(
                f"{_where(event.start_mark)}: Verweis '*{anchor}' ist nicht erlaubt "
                "– bitte den Inhalt an dieser Stelle ausschreiben"
            )
        elif anchor:
            found.append(
                f"{_where(event.start_mark)}: Anker '&{anchor}' ist nicht erlaubt "
                "(Leitfaden-Inhalte verwenden keine Anker und Verweise)"
            )
    if len(found) > MAX_LISTED:
        found[MAX_LISTED:] = [f"… und {len(found) - MAX_LISTED} weitere Anker oder Verweise"]
    return found


def load(text: str) -> Any:
    """The one document in ``text`` as plain values; raise :class:`YamlProblem` otherwise."""
    try:
        if problems := _anchor_problems(text):
            raise YamlProblem(problems)
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{_where(mark)}: " if mark else ""
        problem = _german(getattr(exc, "problem", None) or str(exc))
        raise YamlProblem([f"ungültiges YAML ({where}{problem})"]) from exc
    except RecursionError as exc:  # keys of keys of keys …: construction recurses per level
        raise YamlProblem(["ungültiges YAML (zu tief verschachtelt)"]) from exc
