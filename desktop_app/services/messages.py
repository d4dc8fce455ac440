"""User-facing texts for errors that the CLI and the GUI both report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.storage.errors import DatabaseError
from desktop_app.texts import t, tn

if TYPE_CHECKING:
    from desktop_app.reporting.decision_paper import TemplateProblem
    from desktop_app.reporting.exports import Written
from desktop_app.texts.catalogue import CATALOGUE
from desktop_app.texts.dates import moment


def database_error_message(exc: DatabaseError, lang: str) -> str:
    from desktop_app.fileio import reason_text
    from desktop_app.storage.access import DataFolderUnusable
    from desktop_app.storage.errors import DatabaseDamaged, StoreFailed

    if isinstance(exc, DataFolderUnusable):
        return t(f"folder.{exc.reason}", lang, path=exc.path, cause=reason_text(exc.cause, lang))
    if isinstance(exc, StoreFailed):
        key = f"store.{exc.reason}" if f"store.{exc.reason}" in CATALOGUE else "store.other"
        return t(key, lang, path=exc.path, detail=exc.detail)
    message = getattr(exc, "message", None)
    if exc.reason == "locked" and callable(message):
        return str(message(lang))  # InstanceLocked words the holder in the user's language
    key = f"db.{exc.reason}" if f"db.{exc.reason}" in CATALOGUE else "db.damaged"
    text = t(key, lang, path=exc.path, detail=exc.detail)
    if not isinstance(exc, DatabaseDamaged):
        return text
    lines = [text]
    if exc.moved_to is not None:
        lines.append(t("recovery.moved", lang, moved=exc.moved_to))
    else:
        lines.append(t("recovery.not_moved", lang))
    if exc.backup is not None:
        when = moment(exc.backup.created, lang)
        lines.append(t("recovery.backup", lang, backup=exc.backup.path, when=when))
    else:
        lines.append(t("recovery.no_backup", lang))
    return "\n".join(lines)


def template_message(problem: TemplateProblem, lang: str) -> str:
    """Why a Word template cannot be filled: where, which placeholder, and that nothing was
    written."""
    from desktop_app.fileio import REASONS, reason_text

    where = (t("template.where", lang, paragraph=problem.paragraph, text=problem.text)
             if problem.paragraph is not None else "")
    key = f"template.{problem.kind}"
    if key not in CATALOGUE:
        key = "template.other"
    detail = problem.detail
    if problem.kind == "unreadable":
        detail = (t("template.too_large", lang) if detail == "too_large"
                  else reason_text(detail, lang) if detail in REASONS else detail)
    path = problem.path or t("template.builtin", lang)
    text = t(key, lang, path=path, where=where, name=problem.name, detail=detail)
    return " ".join(text.split()) + " " + t("template.nothing_written", lang)


def written_message(written: Written, lang: str) -> str:
    """What an export wrote, in one line: ``Geschrieben: plan.ics (Kalender, 3 Termine)``."""
    what = [t(f"export.{written.format.value}", lang)]
    if written.pages is not None:
        what.append(tn("count.pages", written.pages, lang))
    if written.events is not None:
        what.append(tn("export.events", written.events, lang))
    text = t("cli.export_written", lang, path=written.path, what=", ".join(what))
    if written.left_out:
        text += ". " + tn("export.left_out", written.left_out, lang) + "."
    return text
