"""Column types shared by the models.

``UTCDateTime`` stores UTC and hands back timezone-aware datetimes. SQLite keeps no offset
(``DateTime(timezone=True)`` silently drops it), so the rule is: convert to UTC on the way
in, attach UTC on the way out. Code above storage never sees a naive datetime.

``VersionVector`` stores a record's version vector (device id → number of changes) in a
portable JSON column (TEXT on SQLite, ``json`` on PostgreSQL).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from desktop_app.domain.snapshot import Version


class UTCDateTime(TypeDecorator[datetime]):
    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: store aware UTC times only")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # raw SQLite text written by older versions or tools
            value = datetime.fromisoformat(value)
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class VersionVector(TypeDecorator[Version]):
    """A record's :class:`~desktop_app.domain.snapshot.Version` as a JSON object.

    Written with its devices in sorted order, so equal versions are stored alike. Changes are
    counted in Python (storage reads the row, bumps, writes it back in one transaction):
    no dialect's JSON functions are needed.
    """

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: Version | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        return value.as_dict()  # as_dict keeps Version's sorted order

    def process_result_value(self, value: Any, dialect: Dialect) -> Version | None:
        if value is None:
            return None
        counts = value or {}
        return Version.of({str(k): int(v) for k, v in counts.items()})
