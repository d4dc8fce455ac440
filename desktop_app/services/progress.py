"""Progress between the assessments of one project, for the comparison screen and the report.

The chain of a project is every assessment of the same municipality and project, by date.
Any two of them can be compared (the earlier is "before"); the team's look back at last time's
measures belongs to the later assessment and concerns its predecessor (the assessment it
re-assesses, else the one held last before it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop_app.domain.assessment import AssessmentSummary, Evaluation
    from desktop_app.domain.progress import ProgressData, ReviewItem, StoredReview
    from desktop_app.services.workspace import Workspace

    Progress = Callable[[int, str], None]


class NotComparable(ValueError):
    """The two assessments cannot be compared; ``reason`` is "same" or "other_project"."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)

    def message(self, lang: str) -> str:
        from desktop_app.texts import t

        return t(f"progress.not_comparable_{self.reason}", lang)


def chain(ws: Workspace, assessment_id: int) -> list[AssessmentSummary]:
    """Every assessment of the same project, oldest first."""
    info = ws.info(assessment_id)
    rows = [s for s in ws.list_assessments()
            if s.municipality == info.municipality and s.project == info.project]
    return sorted(rows, key=lambda s: (s.held_on, s.id))


def predecessor(ws: Workspace, assessment_id: int) -> int | None:
    """The assessment this one looks back at: the one it re-assesses, else the last before."""
    info = ws.info(assessment_id)
    if info.previous_id is not None:
        return info.previous_id
    earlier = [s for s in chain(ws, assessment_id)
               if (s.held_on, s.id) < (info.held_on, info.id)]
    return earlier[-1].id if earlier else None


def _ordered(ws: Workspace, first: int, second: int) -> tuple[int, int]:
    if first == second:
        raise NotComparable("same")
    a, b = ws.info(first), ws.info(second)
    if (a.municipality, a.project) != (b.municipality, b.project):
        raise NotComparable("other_project")
    return (first, second) if (a.held_on, a.id) < (b.held_on, b.id) else (second, first)


def reviews(ws: Workspace, assessment_id: int) -> tuple[list[ReviewItem], Evaluation | None]:
    """Last time's measures with what the team recorded about them (or the proposal)."""
    from desktop_app.domain.progress import review_items
    from desktop_app.storage.own_store import load_reviews

    previous = predecessor(ws, assessment_id)
    if previous is None:
        return [], None
    before = ws.evaluation(previous)
    return review_items(before, load_reviews(ws.db, assessment_id)), before


def save_reviews(ws: Workspace, assessment_id: int, items: list[StoredReview]) -> None:
    from desktop_app.storage.own_store import save_reviews as store

    store(ws.db, assessment_id, items)


def progress(ws: Workspace, assessment_id: int, compare_with: int) -> ProgressData:
    """Compare two assessments of one project (in either order) and add the chain's trend."""
    from desktop_app.domain.progress import ProgressData, compare, project, trend

    first, second = _ordered(ws, assessment_id, compare_with)
    before, after = ws.evaluation(first), ws.evaluation(second)
    changes = None
    if before.guideline.version != after.guideline.version:
        changes = ws.store.changes_since(before.guideline.version)
        if changes is not None and changes.to_version != after.guideline.version:
            changes = None
    rows = chain(ws, second)
    evaluations = [after if r.id == second else before if r.id == first else ws.evaluation(r.id)
                   for r in rows if (r.held_on, r.id) <= (after.info.held_on, second)]
    items, review_of = reviews(ws, second)
    return ProgressData(
        comparison=compare(before, after, changes),
        trend=trend(evaluations),
        reviews=tuple(items),
        review_of=review_of,
        projection=project(after),
        chain=tuple(r.id for r in rows),
    )


def write_progress_report(
    ws: Workspace,
    assessment_id: int,
    compare_with: int,
    output: Path,
    lang: str | None = None,
    progress_cb: Progress | None = None,
) -> Path:
    """The progress report (Fortschrittsbericht) as a PDF, in the later assessment's language."""
    from desktop_app.reporting.progress_pdf import write_progress_report as write

    if progress_cb:
        progress_cb(5, "evaluate")
    data = progress(ws, assessment_id, compare_with)
    language = lang or data.comparison.after.info.report_language
    return write(data, Path(output), language, progress=progress_cb)
