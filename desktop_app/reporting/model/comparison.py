"""The regional comparison as the report shows it: plain data, in the report's language.

One line per compared score (overall, each dimension, each category): the own score, and
the peer group's lower quartile, median and upper quartile with the number of contributing
municipalities — or a note that too few contribute. No names, no ranks, no minimum or
maximum: the model has no place for them.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.labels import label
from desktop_app.domain.model import Category, Guideline
from desktop_app.domain.region import MIN_CONTRIBUTORS, ComparisonRow, RegionalComparison
from desktop_app.reporting.formats import day
from desktop_app.reporting.strings import tr
from desktop_app.reporting.text import clean


@dataclass(frozen=True, slots=True)
class ComparisonLine:
    key: str
    group: str  # "overall", "dimension" or "category"
    label: str
    own: float | None
    lower_quartile: float | None  # None: fewer than MIN_CONTRIBUTORS municipalities
    median: float | None
    upper_quartile: float | None
    contributors: int | None
    note: str  # where the own score lies, or why there is no figure

    @property
    def has_peers(self) -> bool:
        return self.median is not None


@dataclass(frozen=True, slots=True)
class ComparisonSection:
    title: str
    municipality: str
    peer_group: str  # "Vergleichsgruppe: 20.000 bis 50.000 Einwohner"
    intro: str
    sharing: str  # what the municipality shares, in a sentence
    lines: tuple[ComparisonLine, ...]
    legend_own: str
    legend_middle: str
    legend_median: str
    axis_label: str
    empty: str  # shown instead of the table when no line has a figure

    @property
    def has_peers(self) -> bool:
        return any(line.has_peers for line in self.lines)


def _label(key: str, guideline: Guideline, lang: str) -> tuple[str, str]:
    kind, _, ident = key.partition(":")
    if kind == "dimension":
        dim = guideline.dimension(ident)
        return "dimension", f"{dim.id} · {dim.title.get(lang)}"
    if kind == "category":
        return "category", label(Category(ident), lang)
    return "overall", tr("comparison_overall", lang)


def _note(row: ComparisonRow, lang: str) -> str:
    if row.peer is None:
        return tr("comparison_too_few", lang, n=MIN_CONTRIBUTORS)
    if row.own is None:
        return tr("comparison_not_rated", lang)
    return tr(f"comparison_{row.position}", lang)


def build_comparison(
    cmp: RegionalComparison, guideline: Guideline, municipality: str, lang: str
) -> ComparisonSection:
    lines = []
    for row in cmp.rows:
        group, name = _label(row.key, guideline, lang)
        peer = row.peer
        lines.append(ComparisonLine(
            key=row.key,
            group=group,
            label=clean(name, 200),
            own=row.own,
            lower_quartile=peer.lower_quartile if peer else None,
            median=peer.median if peer else None,
            upper_quartile=peer.upper_quartile if peer else None,
            contributors=peer.contributors if peer else None,
            note=_note(row, lang),
        ))
    if cmp.size_class is None:
        peer_group = tr("comparison_no_group", lang)
    else:
        peer_group = tr("comparison_group", lang, group=label(cmp.size_class, lang))
    sharing = cmp.sharing
    if sharing.shares and sharing.shared_at is not None:
        which = tr("comparison_shares_this" if sharing.this_assessment
                   else "comparison_shares_other", lang)
        shares = tr("comparison_shares", lang, when=day(sharing.shared_at.date(), lang),
                    which=which)
    else:
        shares = tr("comparison_not_shared", lang)
    return ComparisonSection(
        title=tr("section_comparison", lang),
        municipality=clean(municipality, 300),
        peer_group=peer_group,
        intro=tr("comparison_intro", lang, n=MIN_CONTRIBUTORS),
        sharing=shares,
        lines=tuple(lines),
        legend_own=tr("comparison_legend_own", lang),
        legend_middle=tr("comparison_legend_middle", lang),
        legend_median=tr("comparison_legend_median", lang),
        axis_label=tr("comparison_axis", lang),
        empty=tr("comparison_empty", lang, n=MIN_CONTRIBUTORS),
    )
