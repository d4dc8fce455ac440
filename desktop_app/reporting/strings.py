"""Short accessors for the report's wording, which lives in the text catalogue
(:mod:`desktop_app.texts.report`, keys ``report.<name>``)."""

from __future__ import annotations

from desktop_app.texts import t, tn
from desktop_app.texts.report import REPORT

KEYS = frozenset(REPORT)


def tr(key: str, lang: str, **values: object) -> str:
    """The report text ``key`` in ``lang`` (German unless "en"), formatted with ``values``."""
    return t(f"report.{key}", lang, **values)


def trn(key: str, lang: str, n: int, **values: object) -> str:
    """The report text ``key`` for the count ``n``: singular for 1, plural otherwise."""
    return tn(f"report.{key}", n, lang, **values)
