"""Reading content YAML: one capped reader, field checks, and every problem collected.

Each helper reports what is wrong as a :class:`ContentProblem` ("file: entry: problem") in a
shared :class:`_Ctx` instead of raising, so a content author sees a whole batch of problems
in one round. Used by the guideline loader and by the readers of change files, profiles,
the DMAT mapping and module folders.
"""

from __future__ import annotations

import re
import reprlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.content import yaml_safe
from desktop_app.domain.model import Text
from desktop_app.fileio import SourceNotReadable, SourceTooLarge, read_capped, reason_text

LEVEL_COUNT = 5
MAX_FILE_BYTES = 4_000_000  # per file; the largest real one holds about 35 KB


@dataclass(frozen=True, slots=True)
class ContentProblem:
    file: str
    entry: str
    problem: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.entry}" if self.entry else self.file
        return f"{where}: {self.problem}"


class ContentError(Exception):
    """The content folder is broken; ``problems`` lists every problem found."""

    def __init__(self, problems: list[ContentProblem]) -> None:
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"Leitfaden-Inhalte fehlerhaft ({len(problems)} Problem(e)):\n{lines}")


# An id is written into exchange files, whose schema allows exactly this ($defs/id).
_ID = re.compile(r"[A-Za-z0-9_.-]{1,32}")
_ID_RULE = "eine Kennung aus Buchstaben, Ziffern, '_', '.' oder '-' (höchstens 32 Zeichen)"
MAX_VERSION = 40  # exchange/schema.json: content_version
_SHOWN = reprlib.Repr()
_SHOWN.maxstring = _SHOWN.maxother = _SHOWN.maxlong = 60
_SHOWN.maxlevel = 2


def _shown(value: Any) -> str:
    """A value for a message: text in quotes, anything else as Python writes it, both short."""
    if isinstance(value, str):
        text = " ".join(value.split())
        return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"
    return _SHOWN.repr(value)


@dataclass
class _Ctx:
    """Collects problems for one file while its entries are read."""

    root: Path
    problems: list[ContentProblem] = field(default_factory=list)
    file: str = ""

    def add(self, entry: str, problem: str) -> None:
        self.problems.append(ContentProblem(self.file, entry, problem))


def _read_text(ctx: _Ctx, path: Path) -> str | None:
    """The file's text, read through the one capped reader; a problem is reported instead."""
    try:
        return read_capped(path, MAX_FILE_BYTES).decode("utf-8")
    except SourceTooLarge:
        ctx.add("", f"Datei ist zu groß (höchstens {MAX_FILE_BYTES // 1_000_000} MB)")
    except SourceNotReadable as exc:
        if exc.reason == "missing":
            ctx.add("", "Datei fehlt")
        else:
            ctx.add("", f"nicht lesbar ({reason_text(exc.reason, 'de')})")
    except UnicodeDecodeError:
        ctx.add("", "Datei ist nicht UTF-8-kodiert")
    return None


def _read_yaml(ctx: _Ctx, path: Path) -> Any:
    ctx.file = path.relative_to(ctx.root).as_posix()
    text = _read_text(ctx, path)
    if text is None:
        return None
    try:
        return yaml_safe.load(text)
    except yaml_safe.YamlProblem as exc:
        for problem in exc.problems:
            ctx.add("", problem)
    return None


def _check_keys(
    ctx: _Ctx, entry: str, data: Mapping[str, Any], required: set[str], optional: set[str]
) -> bool:
    ok = True
    for key in sorted(required - data.keys()):
        ctx.add(entry, f"Pflichtfeld '{key}' fehlt")
        ok = False
    for key in sorted(data.keys() - required - optional, key=_shown):
        ctx.add(entry, f"unbekanntes Feld {_shown(key)}")
        ok = False
    return ok


def _ident(ctx: _Ctx, entry: str, value: Any, name: str = "id") -> str | None:
    if isinstance(value, str) and _ID.fullmatch(value):
        return value
    ctx.add(entry, f"'{name}' muss {_ID_RULE} sein, nicht {_shown(value)}")
    return None


def _plain(ctx: _Ctx, entry: str, name: str, value: Any, *, required: bool = True) -> str:
    """A one-language text such as a citation; reported and empty if it is none."""
    if not isinstance(value, str):
        ctx.add(entry, f"'{name}' muss ein Text sein, nicht {_shown(value)}")
        return ""
    if required and not value.strip():
        ctx.add(entry, f"'{name}' darf nicht leer sein")
    return value.strip()


def _entry_name(noun: str, item: Any, index: int) -> str:
    """The entry's name in messages: "Quelle kgst" for a usable id, else "Quelle 3"."""
    ident = item.get("id") if isinstance(item, dict) else None
    if isinstance(ident, str) and _ID.fullmatch(ident):
        return f"{noun} {ident}"
    return f"{noun} {index + 1}"


def _text(ctx: _Ctx, entry: str, name: str, value: Any, *, need_en: bool = True) -> Text:
    if isinstance(value, str):
        value = {"de": value}
    if not isinstance(value, dict):
        ctx.add(entry, f"'{name}' muss ein Text mit 'de' und 'en' sein")
        return Text("")
    for key in sorted(value.keys() - {"de", "en"}, key=_shown):
        ctx.add(entry, f"'{name}' hat unbekannte Sprache {_shown(key)}")
    de, en = value.get("de"), value.get("en", "")
    if not isinstance(de, str) or not de.strip():
        ctx.add(entry, f"'{name}' hat keinen deutschen Text")
        de = ""
    if not isinstance(en, str):
        ctx.add(entry, f"'{name}.en' muss ein Text sein")
        en = ""
    elif need_en and not en.strip():
        ctx.add(entry, f"'{name}' hat keinen englischen Text")
    return Text(de.strip(), en.strip())


def _enum(ctx: _Ctx, entry: str, name: str, value: Any, enum: type[Any]) -> Any:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        ctx.add(entry, f"'{name}' hat den unbekannten Wert {_shown(value)} (erlaubt: {allowed})")
        return None


def _id_list(ctx: _Ctx, entry: str, name: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value) or not value:
        ctx.add(entry, f"'{name}' muss eine nicht leere Liste von Kennungen sein")
        return ()
    return tuple(value)


def _entries(ctx: _Ctx, data: Any, key: str, noun: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each mapping in the list ``data[key]`` with its name for messages ("Quelle kgst")."""
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        ctx.add("", f"erwartet eine Liste '{key}'")
        return
    for i, item in enumerate(data[key]):
        entry = _entry_name(noun, item, i)
        if not isinstance(item, dict):
            ctx.add(entry, "muss ein Eintrag mit Feldern sein")
            continue
        yield entry, item
