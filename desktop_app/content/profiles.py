"""``profiles.yaml`` and ``dmat.yaml``: selections of statements, and the bridge to the DMAT.

Both files are optional (content 1.1.0 has neither) and read after the dimensions, since every
check is against them:

* a profile names statements that exist, each once with the reason it was chosen, and still
  covers every dimension and all three categories (so no part of the guideline goes blank);
* the DMAT mapping lists each of the six DMAT dimensions once, names only dimensions and
  statements that exist, cites a source of ``sources.yaml``, and leaves no guideline
  dimension without a DMAT dimension.
"""

from __future__ import annotations

from typing import Any

from desktop_app.content.reading import (
    _check_keys,
    _Ctx,
    _entries,
    _enum,
    _ident,
    _text,
)
from desktop_app.domain.model import (
    OWN_PREFIX,
    Category,
    DmatDimension,
    DmatLink,
    DmatMapping,
    Guideline,
    Profile,
    ProfileStatement,
)

PROFILES_FILE = "profiles.yaml"
DMAT_FILE = "dmat.yaml"


def _profile_statements(
    ctx: _Ctx, entry: str, value: Any, guideline: Guideline
) -> tuple[ProfileStatement, ...]:
    if not isinstance(value, list) or not value:
        ctx.add(entry, "'statements' muss eine nicht leere Liste sein")
        return ()
    out: list[ProfileStatement] = []
    for n, item in enumerate(value, 1):
        if not isinstance(item, dict):
            ctx.add(entry, f"Aussage {n} muss ein Eintrag mit 'id' und 'why' sein")
            continue
        if not _check_keys(ctx, f"{entry}, Aussage {n}", item, {"id", "why"}, set()):
            continue
        sid = _ident(ctx, entry, item["id"])
        if sid is None:
            continue
        if not guideline.has_statement(sid):
            ctx.add(entry, f"Aussage '{sid}' gibt es in Version {guideline.version} nicht")
            continue
        if any(p.id == sid for p in out):
            ctx.add(entry, f"Aussage '{sid}' ist mehrfach aufgeführt")
            continue
        out.append(ProfileStatement(sid, _text(ctx, f"{entry}, Aussage {sid}", "why",
                                               item["why"])))
    return tuple(out)


def _check_coverage(ctx: _Ctx, entry: str, chosen: tuple[ProfileStatement, ...],
                    guideline: Guideline) -> None:
    statements = [guideline.statement(p.id) for p in chosen]
    dims = {st.dimension_id for st in statements}
    missing = [d.id for d in guideline.dimensions if d.id not in dims]
    if missing:
        ctx.add(entry, f"deckt nicht alle Dimensionen ab, es fehlen: {', '.join(missing)}")
    categories = {st.category for st in statements}
    lacking = [c.value for c in Category if c not in categories]
    if lacking:
        ctx.add(entry, f"deckt nicht alle drei Kategorien ab, es fehlt: {', '.join(lacking)}")


def load_profiles(ctx: _Ctx, data: Any, guideline: Guideline) -> dict[str, Profile]:
    profiles: dict[str, Profile] = {}
    for entry, item in _entries(ctx, data, "profiles", "Profil"):
        if not _check_keys(ctx, entry, item, {"id", "title", "description", "statements"},
                           set()):
            continue
        pid = _ident(ctx, entry, item["id"])
        if pid is None:
            continue
        if pid in profiles:
            ctx.add(entry, f"Kennung '{pid}' ist doppelt")
            continue
        if pid.startswith(OWN_PREFIX):
            ctx.add(entry, f"Kennung '{pid}' beginnt mit '{OWN_PREFIX}': das ist eigenen "
                           "Aussagen und Modulen der Teams vorbehalten")
        chosen = _profile_statements(ctx, entry, item["statements"], guideline)
        if chosen:
            _check_coverage(ctx, entry, chosen, guideline)
        profiles[pid] = Profile(
            id=pid,
            title=_text(ctx, entry, "title", item["title"]),
            description=_text(ctx, entry, "description", item["description"]),
            statements=chosen,
        )
    return profiles


def _names(ctx: _Ctx, entry: str, name: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        ctx.add(entry, f"'{name}' muss eine Liste von Kennungen sein (auch leer: [])")
        return ()
    return tuple(value)


def _link(ctx: _Ctx, entry: str, item: dict[str, Any], guideline: Guideline) -> DmatLink | None:
    dmat = _enum(ctx, entry, "id", item["id"], DmatDimension)
    dims = _names(ctx, entry, "dimensions", item["dimensions"])
    statements = _names(ctx, entry, "statements", item.get("statements", []))
    known_dims = {d.id for d in guideline.dimensions}
    for d in dims:
        if d not in known_dims:
            ctx.add(entry, f"Dimension '{d}' gibt es in Version {guideline.version} nicht")
    for sid in statements:
        if not guideline.has_statement(sid):
            ctx.add(entry, f"Aussage '{sid}' gibt es in Version {guideline.version} nicht")
        elif guideline.statement(sid).dimension_id in dims:
            ctx.add(entry, f"Aussage '{sid}' gehört schon zu einer genannten Dimension")
    # Nothing of the guideline may fit a DMAT dimension: then 'why' says so.
    why = _text(ctx, entry, "why", item["why"])
    meaning = _text(ctx, entry, "meaning", item["meaning"])
    if dmat is None:
        return None
    return DmatLink(dmat, meaning, dims, statements, why)


def load_dmat(ctx: _Ctx, data: Any, guideline: Guideline) -> DmatMapping | None:
    if not isinstance(data, dict) or not _check_keys(ctx, "", data,
                                                      {"source", "note", "dimensions"}, set()):
        return None
    source = data["source"]
    if not isinstance(source, str) or source not in guideline.sources:
        ctx.add("source", f"Quelle '{source}' ist in sources.yaml nicht definiert")
    links: list[DmatLink] = []
    for entry, item in _entries(ctx, data, "dimensions", "DMAT-Dimension"):
        if not _check_keys(ctx, entry, item, {"id", "meaning", "dimensions", "why"},
                           {"statements"}):
            continue
        link = _link(ctx, entry, item, guideline)
        if link is None:
            continue
        if any(other.dmat is link.dmat for other in links):
            ctx.add(entry, f"DMAT-Dimension '{link.dmat.value}' ist mehrfach aufgeführt")
            continue
        links.append(link)
    missing = [d.value for d in DmatDimension if not any(lk.dmat is d for lk in links)]
    if missing:
        ctx.add("dimensions", f"es fehlen DMAT-Dimensionen: {', '.join(missing)}")
    covered = {d for lk in links for d in lk.dimensions}
    covered |= {guideline.statement(s).dimension_id for lk in links for s in lk.statements
                if guideline.has_statement(s)}
    lonely = [d.id for d in guideline.dimensions if d.id not in covered]
    if lonely:
        ctx.add("dimensions", f"diese Dimensionen sind keiner DMAT-Dimension zugeordnet: "
                              f"{', '.join(lonely)}")
    order = {d: n for n, d in enumerate(DmatDimension)}
    links.sort(key=lambda lk: order[lk.dmat])
    note = _text(ctx, "", "note", data["note"])
    return DmatMapping(tuple(links), note, source if isinstance(source, str) else "")
