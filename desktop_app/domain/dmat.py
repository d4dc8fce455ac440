"""The assessment seen through the six dimensions of the EU's Digital Maturity Assessment.

``dmat.yaml`` says which guideline dimensions (and single statements) speak to each DMAT
dimension. The score beside a DMAT dimension is the guideline's own score of exactly those
statements — the same weighted mean as everywhere — so a municipality can put its result
next to a DMAT result. It is not a DMAT score: the questions differ.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.model import DmatDimension, DmatLink, Guideline
from desktop_app.domain.scoring import Results, Score, aggregate


@dataclass(frozen=True)
class DmatRow:
    link: DmatLink | None  # None: the content maps nothing to this DMAT dimension
    dmat: DmatDimension
    statements: tuple[str, ...]  # the statements of this assessment the row rests on
    score: Score


def statements_of(link: DmatLink, guideline: Guideline) -> tuple[str, ...]:
    """The statements ``link`` names: those of its dimensions, then its single ones."""
    dims = set(link.dimensions)
    named = set(link.statements)
    return tuple(st.id for st in guideline.statements
                 if not st.own and (st.dimension_id in dims or st.id in named))


def dmat_rows(guideline: Guideline, results: Results) -> list[DmatRow]:
    """One row per DMAT dimension, in the DMAT's order (empty when ``dmat.yaml`` is missing)."""
    if guideline.dmat is None:
        return []
    links = {link.dmat: link for link in guideline.dmat.links}
    rows = []
    for dmat in DmatDimension:
        link = links.get(dmat)
        ids = statements_of(link, guideline) if link is not None else ()
        rows.append(DmatRow(link, dmat, ids,
                            aggregate(results.statements[s] for s in ids
                                      if s in results.statements)))
    return rows
