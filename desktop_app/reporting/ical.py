"""The due dates of the adopted measures as an iCalendar file (.ics), from the report model.

One all-day event (VEVENT) per measure the team has taken on (accepted, or its own) with a
due date the team fixed. Events, not tasks (VTODO): Outlook imports no tasks from an .ics
file and Google Calendar ignores them, while every calendar shows an all-day event.

Each event's UID is derived from the assessment's UUID and the measure's key, so importing a
later export updates the entry instead of adding a second one. A suggested due date (workshop
date plus horizon) is no appointment and stays out, like a measure without any date; the
result says how many were left out. Importing this module is cheap: icalendar loads on use.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from desktop_app import __version__
from desktop_app.reporting.formats import effort_text
from desktop_app.reporting.strings import tr
from desktop_app.reporting.text import clean

if TYPE_CHECKING:
    from desktop_app.reporting.model.types import Measure, ReportModel

# The namespace of every UID this program writes (a fixed random UUID): the same assessment
# and measure give the same UID on every machine.
UID_NAMESPACE = uuid.UUID("6f9e4c1a-3b7d-4e2f-9a51-8c0d2e7b4f16")
UID_DOMAIN = "wandelkompass.invalid"  # RFC 2606: a domain that can never be anyone's


@dataclass(frozen=True, slots=True)
class CalendarExport:
    data: bytes
    events: int
    left_out: int  # adopted measures without a due date the team fixed


def event_uid(assessment_uuid: str, key: str) -> str:
    """Stable across exports: the same assessment and measure always give the same UID."""
    return f"{uuid.uuid5(UID_NAMESPACE, f'{assessment_uuid}/{key}')}@{UID_DOMAIN}"


def _description(m: Measure, model: ReportModel) -> str:
    lang = model.lang
    lines = [tr("event_measure", lang, n=m.number), m.title.shown]
    if m.text:
        lines.append(m.text.shown)
    lines.append(f"{tr('col_responsible', lang)}: {m.owner.shown}")
    if m.involved:
        lines.append(f"{tr('involved', lang)}: {m.involved.shown}")
    lines.append(f"{tr('effort', lang)}: {effort_text(m, lang)}")
    if m.done_when:
        lines.append(f"{tr('done_when', lang)}: {m.done_when.shown}")
    lines.append(f"{tr('status', lang)}: {m.status}")
    lines.append(" · ".join(t for t in (model.municipality, model.project) if t))
    return clean("\n".join(lines))


def exported(model: ReportModel) -> tuple[list[Measure], int]:
    """The measures that become events, and how many adopted ones have no fixed date."""
    adopted = [m for m in (*model.focus, *model.backlog) if m.adopted]
    dated = [m for m in adopted if m.due is not None and m.due_confirmed]
    return dated, len(adopted) - len(dated)


def render(model: ReportModel, now: datetime | None = None) -> CalendarExport:
    from icalendar import Calendar, Event

    lang = model.lang
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", f"-//Wandelkompass//Massnahmenplan {__version__}//{lang.upper()}")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", clean(tr("calendar_name", lang, municipality=model.municipality)))
    measures, left_out = exported(model)
    for m in measures:
        assert m.due is not None  # exported() keeps dated measures only
        event = Event()
        event.add("uid", event_uid(model.assessment_uuid, m.key))
        event.add("dtstamp", stamp)
        event.add("dtstart", m.due)
        event.add("dtend", m.due + timedelta(days=1))  # all-day: the end is exclusive
        event.add("summary", clean(tr("event_summary", lang, title=m.title.text), 250))
        event.add("description", _description(m, model))
        event.add("categories", [clean(m.category)])
        event.add("transp", "TRANSPARENT")  # a due date, not a busy day
        cal.add_component(event)
    return CalendarExport(cal.to_ical(), len(measures), left_out)
