"""Load and validate the guideline from its YAML files.

Layout of a content folder::

    guideline.yaml              format, version, title, evidence base, scale labels
    sources.yaml                publications cited by id
    glossary.yaml               terms shown in the app and the PDF
    topics.yaml                 topics measures are grouped by (format 2)
    dimensions/*.yaml           one dimension with its statements per file
    recommendations/*.yaml      recommendations with the rule that triggers each
    profiles.yaml               selections of statements, e.g. the short check (optional)
    dmat.yaml                   how the dimensions map to the EU's DMAT (optional)
    changes.yaml                how statements map from the previous version (see
                                ``desktop_app.content.changes``)
    archive/<version>/          earlier released versions, never read as current content

Format 1 is the layout of content 1.1.0 (kept loadable for assessments made with it);
format 2 adds topics, barriers, phases, owners and effort estimates to every measure.

Every problem is collected (not just the first) and reported as "file: entry: problem", so
a content author fixes a whole batch in one round. See ``guideline_content/FORMAT.md``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop_app.content.profiles import DMAT_FILE, PROFILES_FILE, load_dmat, load_profiles
from desktop_app.content.reading import (
    _ID,
    LEVEL_COUNT,
    MAX_FILE_BYTES,
    MAX_VERSION,
    ContentError,
    ContentProblem,
    _check_keys,
    _Ctx,
    _entries,
    _entry_name,
    _enum,
    _id_list,
    _ident,
    _plain,
    _read_yaml,
    _shown,
    _text,
)
from desktop_app.domain.model import (
    OWN_PREFIX,
    BarrierType,
    Basis,
    Category,
    Condition,
    ConditionKind,
    Dimension,
    Effort,
    GlossaryEntry,
    Guideline,
    Horizon,
    Phase,
    Recommendation,
    Rule,
    ScaleLevel,
    Source,
    Statement,
    Text,
    Topic,
)

__all__ = ["LEVEL_COUNT", "MAX_FILE_BYTES", "ContentError", "ContentProblem", "load_guideline"]

FORMATS = (1, 2)  # content layouts this loader reads; see guideline_content/FORMAT.md


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


def _guideline_id(ctx: _Ctx, entry: str, value: Any) -> str | None:
    """An id of the guideline's own: never in the namespace of the teams' own statements."""
    ident = _ident(ctx, entry, value)
    if ident is not None and ident.startswith(OWN_PREFIX):
        ctx.add(entry, f"Kennung '{ident}' beginnt mit '{OWN_PREFIX}': das ist eigenen "
                       "Aussagen und Modulen der Teams vorbehalten")
    return ident


_STATEMENT_REQUIRED = {"id", "text", "help", "category", "weight", "sources"}
_STATEMENT_OPTIONAL = {"barrier", "levels", "basis"}


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
    dim_id = _guideline_id(ctx, entry, data["id"])
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
        sid = _guideline_id(ctx, sentry, item["id"])
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
                basis=_basis(ctx, sentry, item),
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


# Format 2 replaces "responsible" by owner/involved and "effort" by a person-days range.
_REC_V2_REQUIRED = (_REC_REQUIRED - {"responsible", "effort"}) | {
    "topic",
    "barrier",
    "phases",
    "owner",
    "done_when",
    "effort_days",
}
_REC_V2_OPTIONAL = {"example", "involved", "cost_eur", "basis", "requires", "unless"}


def _load_recommendations(
    ctx: _Ctx, data: Any, seen: set[str], content_format: int = 1
) -> list[Recommendation]:
    out: list[Recommendation] = []
    required, optional = (
        (_REC_V2_REQUIRED, _REC_V2_OPTIONAL)
        if content_format >= 2
        else (_REC_REQUIRED, {"example"})
    )
    for entry, item in _entries(ctx, data, "recommendations", "Empfehlung"):
        if not _check_keys(ctx, entry, item, required, optional):
            continue
        rid = _guideline_id(ctx, entry, item["id"])
        if rid is None:
            continue
        if rid in seen:
            ctx.add(entry, f"Kennung '{rid}' ist doppelt")
            continue
        seen.add(rid)
        rule = _rule(ctx, entry, item["trigger"])
        if rule is None:
            continue
        rule = replace(
            rule,
            requires=_guards(ctx, entry, "requires", item.get("requires")),
            unless=_guards(ctx, entry, "unless", item.get("unless")),
        )
        if content_format >= 2:
            fields = _measure_fields(ctx, entry, item)
        else:
            fields = _legacy_measure_fields(ctx, entry, item)
        out.append(
            Recommendation(
                id=rid,
                category=_enum(ctx, entry, "category", item["category"], Category),
                title=_text(ctx, entry, "title", item["title"]),
                text=_text(ctx, entry, "text", item["text"]),
                horizon=_enum(ctx, entry, "horizon", item["horizon"], Horizon),
                sources=_id_list(ctx, entry, "sources", item["sources"]),
                rule=rule,
                example=_text(ctx, entry, "example", item["example"])
                if "example" in item
                else None,
                **fields,
            )
        )
    return out


def _basis(ctx: _Ctx, entry: str, item: Mapping[str, Any]) -> Basis:
    if "basis" not in item:
        return Basis.SOURCE
    return _enum(ctx, entry, "basis", item["basis"], Basis) or Basis.SOURCE


_GUARD_KINDS = {ConditionKind.AT_LEAST.value, ConditionKind.AT_MOST.value}


def _guards(ctx: _Ctx, entry: str, name: str, value: Any) -> tuple[Condition, ...]:
    """``requires`` / ``unless``: conditions on the levels of related statements."""
    if value is None:
        return ()
    if not isinstance(value, list) or not value:
        ctx.add(entry, f"'{name}' muss eine nicht leere Liste von Bedingungen sein")
        return ()
    out: list[Condition] = []
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("statement"), str):
            ctx.add(entry, f"jede Bedingung in '{name}' braucht 'statement'")
            continue
        tests = item.keys() - {"statement"}
        if len(tests) != 1 or not tests <= _GUARD_KINDS:
            allowed = ", ".join(sorted(_GUARD_KINDS))
            ctx.add(
                entry,
                f"Bedingung in '{name}' zu '{item['statement']}' braucht genau einen Test "
                f"({allowed})",
            )
            continue
        kind = ConditionKind(tests.pop())
        val = item[kind.value]
        if isinstance(val, bool) or not isinstance(val, int) or not 0 <= val <= 4:
            ctx.add(entry, f"'{name}': '{kind.value}' muss eine Stufe von 0 bis 4 sein")
            continue
        out.append(Condition(item["statement"], kind, val))
    return tuple(out)


def _range(
    ctx: _Ctx, entry: str, name: str, value: Any, *, minimum: int
) -> tuple[int, int] | None:
    """A ``[min, max]`` pair of whole numbers with ``minimum <= min <= max``."""
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        or not minimum <= value[0] <= value[1]
    ):
        ctx.add(
            entry,
            f"'{name}' muss ein Bereich [von, bis] aus ganzen Zahlen sein "
            f"(mindestens {minimum}, von nicht größer als bis)",
        )
        return None
    return int(value[0]), int(value[1])


def _phases(ctx: _Ctx, entry: str, value: Any) -> frozenset[Phase]:
    allowed = ", ".join(p.value for p in Phase)
    if not isinstance(value, list) or not value or len(set(map(str, value))) != len(value):
        ctx.add(entry, f"'phases' muss eine nicht leere Liste ohne Doppelungen sein ({allowed})")
        return frozenset(Phase)
    phases = [_enum(ctx, entry, "phases", v, Phase) for v in value]
    return frozenset(p for p in phases if p is not None) or frozenset(Phase)


def _measure_fields(ctx: _Ctx, entry: str, item: Mapping[str, Any]) -> dict[str, Any]:
    """The fields format 2 adds to a recommendation (see FORMAT.md)."""
    topic = item["topic"]
    if not isinstance(topic, str) or not topic.strip():
        ctx.add(entry, "'topic' muss eine Themenkennung sein")
        topic = ""
    days = _range(ctx, entry, "effort_days", item["effort_days"], minimum=1)
    cost = (
        _range(ctx, entry, "cost_eur", item["cost_eur"], minimum=0) if "cost_eur" in item else None
    )
    return {
        "owner": _text(ctx, entry, "owner", item["owner"]),
        "involved": _text(ctx, entry, "involved", item["involved"])
        if "involved" in item
        else None,
        "effort": Effort.from_days(days) if days else Effort.MEDIUM,
        "effort_days": days,
        "cost_eur": cost,
        "barrier": _enum(ctx, entry, "barrier", item["barrier"], BarrierType),
        "topic": topic.strip(),
        "phases": _phases(ctx, entry, item["phases"]),
        "done_when": _text(ctx, entry, "done_when", item["done_when"]),
        "basis": _basis(ctx, entry, item),
    }


def _legacy_measure_fields(ctx: _Ctx, entry: str, item: Mapping[str, Any]) -> dict[str, Any]:
    """Format 1 (content 1.1.0): "X mit Y" in ``responsible`` names owner and involved."""
    responsible = _text(ctx, entry, "responsible", item["responsible"])
    owner_de, _, involved_de = responsible.de.partition(" mit ")
    owner_en, _, involved_en = responsible.en.partition(" with ")
    return {
        "owner": Text(owner_de, owner_en),
        "involved": Text(involved_de, involved_en) if involved_de else None,
        "effort": _enum(ctx, entry, "effort", item["effort"], Effort),
    }


def _load_topics(ctx: _Ctx, data: Any) -> dict[str, Topic]:
    topics: dict[str, Topic] = {}
    for entry, item in _entries(ctx, data, "topics", "Thema"):
        if not _check_keys(ctx, entry, item, {"id", "label"}, set()):
            continue
        tid = str(item["id"])
        if tid in topics:
            ctx.add(entry, f"Kennung '{tid}' ist doppelt")
            continue
        topics[tid] = Topic(tid, _text(ctx, entry, "label", item["label"]))
    return topics


def _load_meta(ctx: _Ctx, data: Any) -> tuple[str, Text, tuple[ScaleLevel, ...]]:
    if not isinstance(data, dict) or not _check_keys(
        ctx, "", data, {"version", "title", "scale"}, {"description", "format", "evidence"}
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


def _content_format(ctx: _Ctx, data: Any) -> int:
    """The layout version of the folder: 1 (content 1.1.0) unless guideline.yaml says 2."""
    value = data.get("format", 1) if isinstance(data, dict) else 1
    if value not in FORMATS or isinstance(value, bool):
        allowed = ", ".join(map(str, FORMATS))
        ctx.add("", f"'format' hat den unbekannten Wert '{value}' (erlaubt: {allowed})")
        return FORMATS[-1]
    return int(value)


def _meta_text(ctx: _Ctx, data: Any, name: str) -> Text | None:
    if not isinstance(data, dict) or name not in data:
        return None
    return _text(ctx, "", name, data[name])


def _cross_check_measures(
    ctx: _Ctx, guideline: Guideline, rec_files: dict[str, str], content_format: int
) -> None:
    """Guards name known statements; in format 2 every topic is defined in topics.yaml."""
    for rec in guideline.recommendations:
        ctx.file = rec_files.get(rec.id, "")
        entry = f"Empfehlung {rec.id}"
        for cond in rec.rule.guards:
            if not guideline.has_statement(cond.statement_id):
                ctx.add(entry, f"Bedingung verweist auf unbekannte Aussage '{cond.statement_id}'")
        if content_format >= 2 and rec.topic and rec.topic not in guideline.topics:
            ctx.add(entry, f"Thema '{rec.topic}' ist in topics.yaml nicht definiert")


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


def _with_extras(ctx: _Ctx, root: Path, guideline: Guideline) -> Guideline:
    """Add the optional profiles and DMAT mapping of ``root``."""
    profiles, dmat = guideline.profiles, guideline.dmat
    if (root / PROFILES_FILE).is_file():
        data = _read_yaml(ctx, root / PROFILES_FILE)
        profiles = load_profiles(ctx, data, guideline) if data is not None else {}
    if (root / DMAT_FILE).is_file():
        data = _read_yaml(ctx, root / DMAT_FILE)
        dmat = load_dmat(ctx, data, guideline) if data is not None else None
    return replace(guideline, profiles=profiles, dmat=dmat)


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
    content_format = _content_format(ctx, meta)
    description, evidence = _meta_text(ctx, meta, "description"), _meta_text(ctx, meta, "evidence")
    src_data = read("sources.yaml")
    sources = _load_sources(ctx, src_data) if src_data is not None else {}
    glo_data = read("glossary.yaml")
    glossary = _load_glossary(ctx, glo_data) if glo_data is not None else ()
    topics: dict[str, Topic] = {}
    if content_format >= 2:
        topic_data = read("topics.yaml")
        topics = _load_topics(ctx, topic_data) if topic_data is not None else {}

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
        for rec in _load_recommendations(ctx, data, seen_recs, content_format):
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
        topics=topics,
        description=description,
        evidence=evidence,
    )
    _cross_check(ctx, guideline, where)
    _cross_check_measures(ctx, guideline, where, content_format)
    if not ctx.problems:  # profiles and the DMAT mapping are checked against sound content
        guideline = _with_extras(ctx, root, guideline)
    if ctx.problems:
        raise ContentError(ctx.problems)
    return guideline
