"""Anonymised answers for research as CSV, from the report model.

One row per vote of a role group and one per consensus the team recorded: statement,
dimension, category, role group, level. No names, no device ids, no free text unless asked
for (``include_comments``). Votes carry only their role group, and a role group of fewer
than ``MIN_GROUP`` people is merged into "Weitere"/"Other" (and, should that group still be
smaller, the next-smallest groups too), so no row points to one or two persons.

The file format is the same in both languages so files from several municipalities can be
pooled: UTF-8 with a byte order mark (Excel then reads umlauts right), ``;`` between fields
(what German Excel expects when the file is opened by double-click; pandas:
``read_csv(f, sep=";", encoding="utf-8-sig")``, R: ``read.csv2``), stable column names in
English. A text cell starting with ``= + - @``, a tab or a carriage return gets a leading
``'`` (the OWASP rule against CSV injection), so no spreadsheet runs it as a formula.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from desktop_app.reporting.strings import tr
from desktop_app.reporting.text import clean

if TYPE_CHECKING:
    from desktop_app.reporting.model.types import ReportModel

MIN_GROUP = 3
DELIMITER = ";"
COLUMNS = ("record", "statement_id", "dimension", "category", "role_group", "level", "answer",
           "count")
COMMENT_COLUMN = "comment"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """``value`` safe to open in a spreadsheet: never read as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def group_sizes(model: ReportModel) -> dict[str, int]:
    """People per role group: as recorded, or as many as ever voted together, if more."""
    sizes: dict[str, int] = defaultdict(int)
    for g in model.decision_page.participants:
        sizes[g.role_group] = max(sizes[g.role_group], g.headcount)
    for d in model.annex.dimensions:
        for r in d.rows:
            per_statement: dict[str, int] = defaultdict(int)
            for v in r.votes:
                per_statement[v.role_group] += v.headcount
            for group, n in per_statement.items():
                sizes[group] = max(sizes[group], n)
    return dict(sizes)


def merged_groups(sizes: dict[str, int], other: str) -> dict[str, str]:
    """Each role group's name in the file: itself, or ``other`` when it is too small.

    Groups under ``MIN_GROUP`` people go to ``other``; while ``other`` is itself smaller than
    that, the smallest remaining group joins it (a single small group alone in "Weitere"
    would still be recognisable).
    """
    small = {g for g, n in sizes.items() if n < MIN_GROUP}
    if small:
        rest = sorted((g for g in sizes if g not in small), key=lambda g: (sizes[g], g))
        while rest and sum(sizes[g] for g in small) < MIN_GROUP:
            small.add(rest.pop(0))
    return {g: other if g in small else g for g in sizes}


def rows(model: ReportModel, include_comments: bool = False) -> Iterable[Sequence[str]]:
    lang = model.lang
    names = merged_groups(group_sizes(model), tr("other_groups", lang))
    vote, consensus = tr("vote_row", lang), tr("consensus_row", lang)
    for d in model.annex.dimensions:
        for r in d.rows:
            level = "" if r.level is None else str(r.level)
            # Votes of one (merged) role group and level are counted together.
            counts: dict[tuple[str, str, str], int] = defaultdict(int)
            for v in r.votes:
                key = (names.get(v.role_group, v.role_group),
                       "" if v.level is None else str(v.level), v.kind)
                counts[key] += v.headcount
            for (group, vote_level, kind), n in counts.items():
                row = [vote, r.statement_id, d.id, r.category, group, vote_level, kind, str(n)]
                yield [*row, ""] if include_comments else row
            row = [consensus, r.statement_id, d.id, r.category, "", level, r.answer, ""]
            if include_comments:
                row.append(" ".join(model.full_text(r.comment).split()))
            yield row


def render(model: ReportModel, include_comments: bool = False) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow([*COLUMNS, COMMENT_COLUMN] if include_comments else COLUMNS)
    for row in rows(model, include_comments):
        writer.writerow([neutralise(clean(cell)) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")
