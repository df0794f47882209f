"""Conventions every record table follows, so sync can be added without rewrites.

Each record table has ``id`` (a random UUID as text), ``created_at`` and
``updated_at`` (UTC ISO-8601 with microseconds) and ``deleted_at`` (NULL, or
the time it became a tombstone). Rows are never hard-deleted by normal use;
tombstones are purged only explicitly.
"""

import uuid
from datetime import UTC, datetime

RECORD_COLUMNS_SQL = (
    "id TEXT PRIMARY KEY NOT NULL, "
    "created_at TEXT NOT NULL, "
    "updated_at TEXT NOT NULL, "
    "deleted_at TEXT"
)


def new_id() -> str:
    """A fresh random record id."""
    return str(uuid.uuid4())


def utc_now() -> str:
    """The current time as a sortable UTC ISO-8601 string."""
    return datetime.now(UTC).isoformat(timespec="microseconds")
