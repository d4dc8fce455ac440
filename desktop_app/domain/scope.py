"""The guideline one assessment asks: a profile or a selection, plus the team's own statements.

Everything downstream (walk-through, scoring, rules, plan, report) takes a
:class:`~desktop_app.domain.model.Guideline`; :func:`tailor` builds the one an assessment is
made with from the released version, so none of them needs to know about profiles or own
statements. Scores stay comparable because every score states how many statements it rests
on, and the report names the scope (:class:`~desktop_app.domain.model.Scope`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from desktop_app.domain.model import Guideline, Scope, Text
from desktop_app.domain.own import OwnModule, OwnStatement, to_dimensions, to_recommendations
from desktop_app.texts import t


def selection_label(guideline: Guideline, profile: str | None) -> Text:
    """How the report names the scope: the profile's title, else "eigene Auswahl"."""
    if profile and profile in guideline.profiles:
        return guideline.profiles[profile].title
    return Text(t("scope.selection", "de"), t("scope.selection", "en"))


def profile_selection(guideline: Guideline, profile: str) -> tuple[str, ...]:
    """The statements of ``profile`` in walk-through order (KeyError for an unknown one)."""
    chosen = set(guideline.profiles[profile].statement_ids)
    return tuple(st.id for st in guideline.statements if st.id in chosen)


def known(guideline: Guideline, selection: Iterable[str]) -> tuple[str, ...]:
    """The ids of ``selection`` the guideline has, in walk-through order."""
    chosen = set(selection)
    return tuple(st.id for st in guideline.statements if st.id in chosen)


def tailor(
    base: Guideline,
    *,
    profile: str | None = None,
    selection: Sequence[str] | None = None,
    own: Sequence[OwnStatement] = (),
    modules: Sequence[OwnModule] = (),
) -> Guideline:
    """``base`` narrowed to ``selection`` (None: every statement), with ``own`` added.

    Dimensions without a selected statement are left out, and so are measures none of whose
    conditions can hold; a guard on a statement that is not asked never holds (the measure
    it requires stays silent, the one it excludes is not excluded). Own statements whose id
    the guideline uses are ignored: they could only have come from a damaged file, and they
    must never shadow a guideline statement.
    """
    if selection is None and not own:
        return base
    dimensions = list(base.dimensions)
    recommendations = list(base.recommendations)
    scope = None
    if selection is not None:
        chosen = set(selection)
        dimensions = [
            replace(d, statements=tuple(s for s in d.statements if s.id in chosen))
            for d in base.dimensions
        ]
        dimensions = [d for d in dimensions if d.statements]
        recommendations = [
            r for r in base.recommendations
            if any(c.statement_id in chosen for c in r.rule.conditions)
        ]
        asked = sum(len(d.statements) for d in dimensions)
        scope = Scope(selection_label(base, profile), asked, len(base.statements),
                      profile or "")
    taken = {st.id for st in base.statements} | {r.id for r in base.recommendations}
    taken |= {d.id for d in base.dimensions}
    own = [s for s in own if s.id not in taken and s.module not in taken]
    first = max((d.order for d in base.dimensions), default=0) + 1
    dimensions += to_dimensions(own, modules, first)
    for st in own:
        recommendations += [r for r in to_recommendations(st) if r.id not in taken]
    return replace(base, dimensions=tuple(dimensions), recommendations=tuple(recommendations),
                   scope=scope)
