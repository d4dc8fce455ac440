"""Column types shared by the models.

``UTCDateTime`` stores UTC and hands back timezone-aware datetimes. SQLite keeps no offset
(``DateTime(timezone=True)`` silently drops it), so the rule is: convert to UTC on the way
in, attach UTC on the way out. Code above storage never sees a naive datetime.

``VersionVector`` stores a record's version vector (device id → number of changes) as JSON.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Text
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
    """A record's :class:`~desktop_app.domain.snapshot.Version` as JSON text.

    Written canonically (keys sorted, no spaces) so equal versions are equal text; read
    leniently (SQLite's ``json_set`` appends keys in any order).
    """

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Version | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        return json.dumps(value.as_dict(), sort_keys=True, separators=(",", ":"))

    def process_result_value(self, value: Any, dialect: Dialect) -> Version | None:
        if value is None:
            return None
        counts = json.loads(value) if value else {}
        return Version.of({str(k): int(v) for k, v in counts.items()})
