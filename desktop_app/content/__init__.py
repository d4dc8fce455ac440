"""Loading and validating the guideline content from ``guideline_content/``."""

from desktop_app.content.changes import check_changes, load_changes, validate_content
from desktop_app.content.loader import ContentError, ContentProblem, load_guideline

__all__ = [
    "ContentError",
    "ContentProblem",
    "check_changes",
    "load_changes",
    "load_guideline",
    "validate_content",
]
