"""Loading and validating the guideline content from ``guideline_content/``."""

from desktop_app.content.loader import ContentError, ContentProblem, load_guideline

__all__ = ["ContentError", "ContentProblem", "load_guideline"]
