"""``changes.yaml``: how the statements of the previous released version map to this one.

Assessments store the content version they were made with and are scored with it; the
change file says which answers still mean the same under the new version. It is read and
cross-checked against the archived version it names (``archive/<from_version>/``):

* every id stands on the side it claims (old ids in the archived version, new ids here),
* every statement that disappeared is listed as reworded, split, merged or removed,
* every new statement is listed as added or as the target of a rewording, split or merge,
* a removed, split or merged id is never reused for another statement.

Whether a statement that kept its id changed only cosmetically is the author's call; such
statements need no entry. ``validate_content`` runs these checks after loading the folder.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from desktop_app.content.loader import load_guideline
from desktop_app.content.reading import (
    MAX_VERSION,
    ContentError,
    ContentProblem,
    _check_keys,
    _Ctx,
    _entries,
    _read_yaml,
    _text,
)
from desktop_app.domain.model import ChangeKind, ChangeNote, Guideline, VersionChanges

CHANGES_FILE = "changes.yaml"
ARCHIVE_DIR = "archive"

# A version names one folder under archive/, so it must be a plain name: what the exchange
# schema allows for content_version (exchange/schema.json), never a path, and none that
# Windows turns into a device (CON, NUL, COM1 …) or shortens (a trailing dot).
_PLAIN_VERSION = re.compile(rf"[0-9A-Za-z][0-9A-Za-z_.+-]{{0,{MAX_VERSION - 1}}}")
_WINDOWS_DEVICE = re.compile(r"(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?", re.IGNORECASE)


def version_problem(version: str) -> str | None:
    """Why ``version`` cannot name an archived version (German), or None if it can."""
    if (
        _PLAIN_VERSION.fullmatch(version)
        and not version.endswith(".")
        and not _WINDOWS_DEVICE.fullmatch(version)
    ):
        return None
    return (
        f"Versionsname {version[:60]!r} ist kein einfacher Name: erlaubt sind Buchstaben, "
        f"Ziffern, '_', '.', '+' und '-' (höchstens {MAX_VERSION} Zeichen, am Anfang ein "
        "Buchstabe oder eine Ziffer, kein Punkt am Ende, kein Gerätename wie CON oder NUL)"
    )


def archived_dir(root: Path, version: str) -> Path:
    """Where the released ``version`` is kept, seen from ``root`` (current or archived)."""
    root = Path(root)
    here = root / ARCHIVE_DIR / version
    if here.is_dir() or root.parent.name != ARCHIVE_DIR:
        return here
    return root.parent / version  # root is itself an archived version


def _ids(ctx: _Ctx, entry: str, name: str, value: Any, *, many: bool) -> tuple[str, ...]:
    if many:
        ok = isinstance(value, list) and value and all(isinstance(v, str) for v in value)
        if not ok:
            ctx.add(entry, f"'{name}' muss eine nicht leere Liste von Aussage-Kennungen sein")
            return ()
        return tuple(value)
    if not isinstance(value, str) or not value:
        ctx.add(entry, f"'{name}' muss eine Aussage-Kennung sein")
        return ()
    return (value,)


def _read(ctx: _Ctx, data: Any) -> VersionChanges | None:
    if not isinstance(data, dict) or not _check_keys(
        ctx,
        "",
        data,
        {"from_version", "to_version"},
        {"reworded", "split", "merged", "removed", "added"},
    ):
        return None
    reworded: dict[str, str] = {}
    split: dict[str, tuple[str, ...]] = {}
    merged: dict[tuple[str, ...], str] = {}
    removed: list[str] = []
    added: list[str] = []
    notes: list[ChangeNote] = []
    lists = {k: data[k] for k in ("reworded", "split", "merged", "removed", "added") if k in data}
    for kind, items in lists.items():
        noun = {"reworded": "Umformulierung", "split": "Aufteilung", "merged": "Zusammenlegung",
                "removed": "Entfernung", "added": "Neue Aussage"}[kind]
        for entry, item in _entries(ctx, {kind: items}, kind, noun):
            if kind in ("removed", "added"):
                optional = {"see"} if kind == "removed" else set()
                if not _check_keys(ctx, entry, item, {"id", "why"}, optional):
                    continue
                ids = _ids(ctx, entry, "id", item["id"], many=False)
                see = _ids(ctx, entry, "see", item["see"], many=True) if "see" in item else ()
                (removed if kind == "removed" else added).extend(ids)
                old_ids, new_ids = (ids, see) if kind == "removed" else ((), ids)
            else:
                if not _check_keys(ctx, entry, item, {"from", "to", "why"}, set()):
                    continue
                old = _ids(ctx, entry, "from", item["from"], many=kind == "merged")
                new = _ids(ctx, entry, "to", item["to"], many=kind == "split")
                if not old or not new:
                    continue
                if kind == "reworded":
                    reworded[old[0]] = new[0]
                elif kind == "split":
                    split[old[0]] = new
                else:
                    merged[old] = new[0]
                old_ids, new_ids = old, new
            why = _text(ctx, entry, "why", item["why"])
            notes.append(ChangeNote(ChangeKind(kind), old_ids, new_ids, why))
    return VersionChanges(
        from_version=str(data["from_version"]),
        to_version=str(data["to_version"]),
        reworded=reworded,
        split=split,
        merged=merged,
        removed=tuple(removed),
        added=tuple(added),
        notes=tuple(notes),
    )


def load_changes(root: Path) -> tuple[VersionChanges | None, list[ContentProblem]]:
    """The change file of ``root`` (None if there is none) and the problems in its format."""
    path = Path(root) / CHANGES_FILE
    if not path.is_file():
        return None, []
    ctx = _Ctx(root=Path(root))
    data = _read_yaml(ctx, path)
    changes = _read(ctx, data) if data is not None else None
    return changes, ctx.problems


def _cross_check(
    ctx: _Ctx, changes: VersionChanges, old: Guideline, new: Guideline
) -> None:
    old_ids = {st.id for st in old.statements}
    new_ids = {st.id for st in new.statements}
    claims_old: list[tuple[str, str]] = [(f"Umformulierung {o}", o) for o in changes.reworded]
    claims_old += [(f"Aufteilung {o}", o) for o in changes.split]
    claims_old += [(f"Zusammenlegung {'+'.join(os)}", o) for os in changes.merged for o in os]
    claims_old += [(f"Entfernung {o}", o) for o in changes.removed]
    claims_new: list[tuple[str, str]] = [(f"Umformulierung {o}", n)
                                         for o, n in changes.reworded.items()]
    claims_new += [(f"Aufteilung {o}", n) for o, ns in changes.split.items() for n in ns]
    claims_new += [(f"Zusammenlegung {'+'.join(os)}", n) for os, n in changes.merged.items()]
    claims_new += [(f"Neue Aussage {n}", n) for n in changes.added]

    for entry, sid in claims_old:
        if sid not in old_ids:
            ctx.add(entry, f"Aussage '{sid}' gibt es in Version {old.version} nicht")
    for entry, sid in claims_new:
        if sid not in new_ids:
            ctx.add(entry, f"Aussage '{sid}' gibt es in Version {new.version} nicht")
    # Ids that stopped meaning what they meant must not come back with another meaning.
    retired = set(changes.split) | set(changes.removed)
    retired |= {o for os in changes.merged for o in os}
    retired |= {o for o, n in changes.reworded.items() if o != n}
    for sid in sorted(retired & new_ids):
        ctx.add("", f"Kennung '{sid}' wurde in Version {old.version} abgelöst und darf in "
                    f"Version {new.version} nicht wieder vorkommen")
    for sid in sorted(set(changes.added) & old_ids):
        ctx.add(f"Neue Aussage {sid}", f"Aussage '{sid}' gab es schon in Version {old.version}")

    listed_old = [o for _, o in claims_old]
    listed_new = [n for _, n in claims_new]
    for sid in sorted({s for s in listed_old if listed_old.count(s) > 1}):
        ctx.add("", f"Aussage '{sid}' aus Version {old.version} ist mehrfach aufgeführt")
    for sid in sorted({s for s in listed_new if listed_new.count(s) > 1}):
        ctx.add("", f"Aussage '{sid}' aus Version {new.version} ist mehrfach aufgeführt")
    for sid in sorted(old_ids - new_ids - set(listed_old)):
        ctx.add("", f"Aussage '{sid}' fehlt in Version {new.version}, ist aber nicht als "
                    "umformuliert, aufgeteilt, zusammengelegt oder entfernt aufgeführt")
    for sid in sorted(new_ids - old_ids - set(listed_new)):
        ctx.add("", f"Aussage '{sid}' ist neu in Version {new.version}, ist aber nicht als "
                    "neu oder als Ziel einer Änderung aufgeführt")


def check_changes(root: Path, current: Guideline) -> list[ContentProblem]:
    """Every problem of ``root``'s change file, checked against the version it names."""
    root = Path(root)
    changes, problems = load_changes(root)
    ctx = _Ctx(root=root, problems=problems, file=CHANGES_FILE)
    if changes is None:
        archive = root / ARCHIVE_DIR
        if not problems and archive.is_dir() and any(p.is_dir() for p in archive.iterdir()):
            ctx.add("", "Datei fehlt: es gibt archivierte Versionen, aber keine Zuordnung der "
                        "Aussagen zur aktuellen Version")
        return ctx.problems
    if changes.to_version != current.version:
        ctx.add("to_version", f"'{changes.to_version}' passt nicht zur Version "
                              f"'{current.version}' in guideline.yaml")
    if problem := version_problem(changes.from_version):
        ctx.add("from_version", problem)
        return ctx.problems
    folder = archived_dir(root, changes.from_version)
    if not folder.is_dir():
        ctx.add("from_version", f"archivierte Version nicht gefunden ({ARCHIVE_DIR}/"
                                f"{changes.from_version}/)")
        return ctx.problems
    try:
        old = load_guideline(folder)
    except ContentError as exc:
        where = folder.relative_to(root).as_posix() if folder.is_relative_to(root) else folder
        ctx.add("from_version", f"archivierte Version {changes.from_version} ist fehlerhaft "
                                f"({where}: {len(exc.problems)} Problem(e), zuerst: "
                                f"{exc.problems[0]})")
        return ctx.problems
    if old.version != changes.from_version:
        ctx.add("from_version", f"der Ordner {folder.name} enthält Version '{old.version}'")
    _cross_check(ctx, changes, old, current)
    return ctx.problems


def check_archive(root: Path) -> list[ContentProblem]:
    """Every archived version loads, and holds the version its folder is named after.

    Old assessments are scored with these folders: one that no longer loads would make them
    fall back to the current content without anyone noticing.
    """
    archive = Path(root) / ARCHIVE_DIR
    ctx = _Ctx(root=Path(root))
    if not archive.is_dir():
        return []
    for folder in sorted(p for p in archive.iterdir() if p.is_dir()):
        ctx.file = f"{ARCHIVE_DIR}/{folder.name}"
        try:
            old = load_guideline(folder)
        except ContentError as exc:
            ctx.add("", f"archivierte Version ist fehlerhaft ({len(exc.problems)} Problem(e), "
                        f"zuerst: {exc.problems[0]})")
            continue
        if old.version != folder.name:
            ctx.add("", f"der Ordner enthält Version '{old.version}'")
    return ctx.problems


def validate_content(root: Path) -> Guideline:
    """Load ``root`` and check its archive and change file; raise :class:`ContentError`."""
    guideline = load_guideline(root)
    problems = check_archive(root) + check_changes(root, guideline)
    if problems:
        raise ContentError(problems)
    return guideline
