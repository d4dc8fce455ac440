"""Load and validate the guideline from its YAML files.

Layout of a content folder::

    guideline.yaml              version, title, scale labels
    sources.yaml                publications cited by id
    glossary.yaml               terms shown in the app and the PDF
    dimensions/*.yaml           one dimension with its statements per file
    recommendations/*.yaml      recommendations with the rule that triggers each

Every problem is collected (not just the first) and reported as "file: entry: problem", so
a content author fixes a whole batch in one round. See ``guideline_content/FORMAT.md``.
"""

from __future__ import annotations

import re
import reprlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.content import yaml_safe
from desktop_app.domain.model import (
    BarrierType,
    Category,
    Condition,
    ConditionKind,
    Dimension,
    Effort,
    GlossaryEntry,
    Guideline,
    Horizon,
    Recommendation,
    Rule,
    ScaleLevel,
    Source,
    Statement,
    Text,
)
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


def _load_sources(ctx: _Ctx, data: Any) -> dict[str, Source]:
    sources: dict[str, Source] = {}
    for entry, item in _entries(ctx, data, "sources", "Quelle"):
        if not _check_keys(ctx, entry, item, {"id", "citation", "short"}, {"year", "url"}):
            continue
        sid = _ident(ctx, entry, item["id"])
        if sid is None:
            continue
        if sid in sources:
            ctx.add(entry, f"Kennung '{sid}' ist doppelt")
            continue
        year = item.get("year")
        if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
            ctx.add(entry, "'year' muss eine Jahreszahl sein")
            year = None
        sources[sid] = Source(
            id=sid,
            citation=_plain(ctx, entry, "citation", item["citation"]),
            short=_plain(ctx, entry, "short", item["short"]),
            year=year,
            url=_plain(ctx, entry, "url", item.get("url", ""), required=False),
        )
    return sources


def _load_glossary(ctx: _Ctx, data: Any) -> tuple[GlossaryEntry, ...]:
    entries: list[GlossaryEntry] = []
    seen: set[str] = set()
    for entry, item in _entries(ctx, data, "terms", "Begriff"):
        if not _check_keys(ctx, entry, item, {"id", "term", "definition"}, set()):
            continue
        gid = _ident(ctx, entry, item["id"])
        if gid is None:
            continue
        if gid in seen:
            ctx.add(entry, f"Kennung '{gid}' ist doppelt")
        seen.add(gid)
        entries.append(
            GlossaryEntry(
                id=gid,
                term=_text(ctx, entry, "term", item["term"]),
                definition=_text(ctx, entry, "definition", item["definition"]),
            )
        )
    return tuple(entries)


_STATEMENT_REQUIRED = {"id", "text", "help", "category", "weight", "sources"}
_STATEMENT_OPTIONAL = {"barrier", "levels"}


def _levels(ctx: _Ctx, entry: str, value: Any) -> tuple[Text, ...]:
    if not isinstance(value, list) or len(value) != LEVEL_COUNT:
        ctx.add(entry, f"'levels' braucht genau {LEVEL_COUNT} Stufenbeschreibungen (0 bis 4)")
        return ()
    return tuple(_text(ctx, entry, f"levels[{i}]", v) for i, v in enumerate(value))


def _load_dimension(ctx: _Ctx, data: Any, seen_statements: set[str]) -> Dimension | None:
    if not isinstance(data, dict):
        ctx.add("", "erwartet eine Dimension mit Feldern")
        return None
    raw_id = data.get("id")
    entry = f"Dimension {raw_id if isinstance(raw_id, str) and _ID.fullmatch(raw_id) else '?'}"
    if not _check_keys(
        ctx,
        entry,
        data,
        {"id", "order", "title", "why", "sources", "statements"},
        {"levels"},
    ):
        return None
    dim_id = _ident(ctx, entry, data["id"])
    if dim_id is None:
        return None
    dim_levels = _levels(ctx, entry, data["levels"]) if "levels" in data else ()
    statements: list[Statement] = []
    if not isinstance(data["statements"], list) or not data["statements"]:
        ctx.add(entry, "'statements' muss eine nicht leere Liste sein")
        return None
    for i, item in enumerate(data["statements"]):
        sentry = _entry_name("Aussage", item, i)
        if not isinstance(item, dict):
            ctx.add(sentry, "muss ein Eintrag mit Feldern sein")
            continue
        if not _check_keys(ctx, sentry, item, _STATEMENT_REQUIRED, _STATEMENT_OPTIONAL):
            continue
        sid = _ident(ctx, sentry, item["id"])
        if sid is None:
            continue
        if sid in seen_statements:
            ctx.add(sentry, f"Kennung '{sid}' ist doppelt")
            continue
        seen_statements.add(sid)
        weight = item["weight"]
        if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 < weight <= 3:
            ctx.add(sentry, "'weight' muss eine Zahl größer 0 und höchstens 3 sein")
            weight = 1.0
        if "levels" in item:
            levels = _levels(ctx, sentry, item["levels"])
        elif dim_levels:
            levels = dim_levels
        else:
            ctx.add(sentry, "keine Stufenbeschreibungen ('levels' an Aussage oder Dimension)")
            levels = ()
        barrier = item.get("barrier")
        statements.append(
            Statement(
                id=sid,
                dimension_id=dim_id,
                text=_text(ctx, sentry, "text", item["text"]),
                help=_text(ctx, sentry, "help", item["help"]),
                category=_enum(ctx, sentry, "category", item["category"], Category),
                weight=float(weight),
                sources=_id_list(ctx, sentry, "sources", item["sources"]),
                levels=levels,
                barrier=_enum(ctx, sentry, "barrier", barrier, BarrierType)
                if barrier is not None
                else None,
            )
        )
    order = data["order"]
    if isinstance(order, bool) or not isinstance(order, int):
        ctx.add(entry, "'order' muss eine ganze Zahl sein")
        order = 0
    return Dimension(
        id=dim_id,
        order=order,
        title=_text(ctx, entry, "title", data["title"]),
        why=_text(ctx, entry, "why", data["why"]),
        sources=_id_list(ctx, entry, "sources", data["sources"]),
        statements=tuple(statements),
    )


_CONDITION_KEYS = {k.value for k in ConditionKind}


def _rule(ctx: _Ctx, entry: str, value: Any) -> Rule | None:
    if not isinstance(value, dict) or len(value) != 1 or next(iter(value)) not in ("any", "all"):
        ctx.add(entry, "'trigger' braucht genau einen Schlüssel 'any' oder 'all'")
        return None
    mode, items = next(iter(value.items()))
    if not isinstance(items, list) or not items:
        ctx.add(entry, f"'trigger.{mode}' muss eine nicht leere Liste von Bedingungen sein")
        return None
    conditions: list[Condition] = []
    for item in items:
        if not isinstance(item, dict) or "statement" not in item:
            ctx.add(entry, "jede Bedingung braucht 'statement'")
            continue
        statement = _ident(ctx, entry, item["statement"], "statement")
        if statement is None:
            continue
        tests = item.keys() - {"statement"}
        if len(tests) != 1 or not tests <= _CONDITION_KEYS:
            allowed = ", ".join(sorted(_CONDITION_KEYS))
            ctx.add(entry, f"Bedingung zu '{statement}' braucht genau einen Test ({allowed})")
            continue
        kind = ConditionKind(tests.pop())
        val = item[kind.value]
        if isinstance(val, bool) or not isinstance(val, int) or not 0 <= val <= 4:
            ctx.add(entry, f"'{kind.value}' muss eine Stufe von 0 bis 4 sein")
            continue
        conditions.append(Condition(statement, kind, val))
    return Rule(str(mode), tuple(conditions)) if conditions else None


_REC_REQUIRED = {
    "id",
    "category",
    "title",
    "text",
    "responsible",
    "effort",
    "horizon",
    "sources",
    "trigger",
}


def _load_recommendations(ctx: _Ctx, data: Any, seen: set[str]) -> list[Recommendation]:
    out: list[Recommendation] = []
    for entry, item in _entries(ctx, data, "recommendations", "Empfehlung"):
        if not _check_keys(ctx, entry, item, _REC_REQUIRED, {"example"}):
            continue
        rid = _ident(ctx, entry, item["id"])
        if rid is None:
            continue
        if rid in seen:
            ctx.add(entry, f"Kennung '{rid}' ist doppelt")
            continue
        seen.add(rid)
        rule = _rule(ctx, entry, item["trigger"])
        if rule is None:
            continue
        out.append(
            Recommendation(
                id=rid,
                category=_enum(ctx, entry, "category", item["category"], Category),
                title=_text(ctx, entry, "title", item["title"]),
                text=_text(ctx, entry, "text", item["text"]),
                responsible=_text(ctx, entry, "responsible", item["responsible"]),
                effort=_enum(ctx, entry, "effort", item["effort"], Effort),
                horizon=_enum(ctx, entry, "horizon", item["horizon"], Horizon),
                sources=_id_list(ctx, entry, "sources", item["sources"]),
                rule=rule,
                example=_text(ctx, entry, "example", item["example"])
                if "example" in item
                else None,
            )
        )
    return out


def _load_meta(ctx: _Ctx, data: Any) -> tuple[str, Text, tuple[ScaleLevel, ...]]:
    if not isinstance(data, dict) or not _check_keys(
        ctx, "", data, {"version", "title", "scale"}, {"description"}
    ):
        return "", Text(""), ()
    version = data["version"]
    # Stored with every assessment and written into exchange files (1 to 40 characters).
    # A float is refused: YAML reads `version: 1.10` as 1.1.
    if isinstance(version, int) and not isinstance(version, bool):
        version = str(version)
    if not isinstance(version, str) or not 0 < len(version.strip()) <= MAX_VERSION:
        ctx.add(
            "",
            f"'version' muss ein Text von 1 bis {MAX_VERSION} Zeichen sein, "
            f"z. B. \"1.2.0\", nicht {_shown(version)}",
        )
        version = ""
    version = version.strip()
    title = _text(ctx, "", "title", data["title"])
    scale = data["scale"]
    if not isinstance(scale, list) or len(scale) != LEVEL_COUNT:
        ctx.add("scale", f"braucht genau {LEVEL_COUNT} Stufen (0 bis 4)")
        return version, title, ()
    levels = tuple(
        ScaleLevel(i, _text(ctx, "scale", f"Stufe {i}", label)) for i, label in enumerate(scale)
    )
    return version, title, levels


def _cross_check(ctx: _Ctx, guideline: Guideline, rec_files: dict[str, str]) -> None:
    """References between files: sources, statements named in rules."""

    def check_sources(entry: str, ids: tuple[str, ...]) -> None:
        for sid in ids:
            if sid not in guideline.sources:
                ctx.add(entry, f"Quelle '{sid}' ist in sources.yaml nicht definiert")

    for dim in guideline.dimensions:
        ctx.file = rec_files.get(f"dim:{dim.id}", "")
        check_sources(f"Dimension {dim.id}", dim.sources)
        for st in dim.statements:
            check_sources(f"Aussage {st.id}", st.sources)
    for rec in guideline.recommendations:
        ctx.file = rec_files.get(rec.id, "")
        entry = f"Empfehlung {rec.id}"
        check_sources(entry, rec.sources)
        for cond in rec.rule.conditions:
            if not guideline.has_statement(cond.statement_id):
                ctx.add(entry, f"Regel verweist auf unbekannte Aussage '{cond.statement_id}'")


def _each_file(ctx: _Ctx, folder: Path, reader: Callable[[Any], None]) -> None:
    if not folder.is_dir():
        ctx.file = folder.relative_to(ctx.root).as_posix()
        ctx.add("", "Ordner fehlt")
        return
    for path in sorted(folder.glob("*.yaml")):
        data = _read_yaml(ctx, path)
        if data is not None:
            reader(data)


def load_guideline(root: Path) -> Guideline:
    """Read and validate every file under ``root``; raise :class:`ContentError` if broken."""
    root = Path(root)
    ctx = _Ctx(root=root)
    if not root.is_dir():
        raise ContentError([ContentProblem(str(root), "", "Inhaltsordner nicht gefunden")])

    def read(name: str) -> Any:
        return _read_yaml(ctx, root / name)

    meta = read("guideline.yaml")
    version, title, scale = _load_meta(ctx, meta) if meta is not None else ("", Text(""), ())
    src_data = read("sources.yaml")
    sources = _load_sources(ctx, src_data) if src_data is not None else {}
    glo_data = read("glossary.yaml")
    glossary = _load_glossary(ctx, glo_data) if glo_data is not None else ()

    where: dict[str, str] = {}
    dimensions: list[Dimension] = []
    seen_statements: set[str] = set()
    seen_dims: set[str] = set()

    def read_dimension(data: Any) -> None:
        dim = _load_dimension(ctx, data, seen_statements)
        if dim is None:
            return
        if dim.id in seen_dims:
            ctx.add(f"Dimension {dim.id}", f"Kennung '{dim.id}' ist doppelt")
            return
        seen_dims.add(dim.id)
        where[f"dim:{dim.id}"] = ctx.file
        dimensions.append(dim)

    recommendations: list[Recommendation] = []
    seen_recs: set[str] = set()

    def read_recommendations(data: Any) -> None:
        for rec in _load_recommendations(ctx, data, seen_recs):
            where[rec.id] = ctx.file
            recommendations.append(rec)

    _each_file(ctx, root / "dimensions", read_dimension)
    _each_file(ctx, root / "recommendations", read_recommendations)
    if not dimensions and not ctx.problems:
        ctx.file = "dimensions"
        ctx.add("", "enthält keine Dimension")

    dimensions.sort(key=lambda d: (d.order, d.id))
    guideline = Guideline(
        version=version,
        title=title,
        scale=scale,
        dimensions=tuple(dimensions),
        recommendations=tuple(recommendations),
        sources=sources,
        glossary=glossary,
    )
    _cross_check(ctx, guideline, where)
    if ctx.problems:
        raise ContentError(ctx.problems)
    return guideline
