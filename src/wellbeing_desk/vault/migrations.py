"""Numbered schema migrations, each applied in one transaction.

``PRAGMA user_version`` holds the schema version. Before an existing vault
is migrated, an encrypted copy is taken (see ``Vault._migrate``). A vault
whose version is newer than ``LATEST_VERSION`` is refused.
"""

from collections.abc import Callable

from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.errors import VaultTooNewError
from wellbeing_desk.vault.records import RECORD_COLUMNS_SQL, utc_now
from wellbeing_desk.vault.starter_ids import (
    give_starters_stable_ids,
    starter_care_item_id,
    starter_note_context_id,
)
from wellbeing_desk.vault.starters import (
    STARTER_ACTIVITIES,
    STARTER_NOTE_CONTEXTS,
    STARTER_WARNING_SIGNS,
)
from wellbeing_desk.vault.sync_tables import create_sync_tables
from wellbeing_desk.vault.team_tables import create_team_tables


def _v1_foundation(conn: Connection) -> None:
    # Settings that live inside the encryption (the opposite of QSettings).
    conn.execute(
        "CREATE TABLE vault_setting ("
        "key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL, updated_at TEXT NOT NULL)"
    )
    # Drafts: editors save here continuously so that locking never waits on a question.
    conn.execute(
        f"CREATE TABLE draft ({RECORD_COLUMNS_SQL}, "
        "kind TEXT NOT NULL, record_id TEXT, body TEXT NOT NULL)"
    )
    conn.execute("CREATE UNIQUE INDEX draft_kind_record ON draft(kind, ifnull(record_id, ''))")


def _v2_journal(conn: Connection) -> None:
    conn.execute(
        "CREATE TABLE journal_entry ("
        # seq is the row's own stable key (an INTEGER PRIMARY KEY survives VACUUM) and
        # the full-text index's rowid; id is the record id every other table uses.
        "seq INTEGER PRIMARY KEY, "
        "id TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
        "deleted_at TEXT, "
        "occurred_at TEXT NOT NULL, "  # local date and time she gave, 'YYYY-MM-DDTHH:MM:SS'
        "kind TEXT NOT NULL CHECK (kind IN ('checkin', 'entry')), "
        "stress INTEGER CHECK (stress BETWEEN 0 AND 10), "
        "mood INTEGER CHECK (mood BETWEEN 1 AND 5), "
        "energy INTEGER CHECK (energy BETWEEN 1 AND 5), "
        "sleep_hours REAL CHECK (sleep_hours BETWEEN 0 AND 24), "
        "body TEXT NOT NULL DEFAULT '')"
    )
    conn.execute(
        "CREATE INDEX journal_entry_by_time ON journal_entry(deleted_at, occurred_at DESC, id DESC)"
    )
    # Her own lists: activities that help, and warning signs.
    conn.execute(
        f"CREATE TABLE care_item ({RECORD_COLUMNS_SQL}, "
        "list TEXT NOT NULL CHECK (list IN ('activity', 'warning_sign')), "
        "starter_key TEXT, "  # a starter item shows its translated name until renamed
        "name TEXT, "
        "position INTEGER NOT NULL, "
        "hidden INTEGER NOT NULL DEFAULT 0, "
        "CHECK (name IS NOT NULL OR starter_key IS NOT NULL))"
    )
    conn.execute(
        "CREATE TABLE journal_entry_item ("
        "entry_id TEXT NOT NULL REFERENCES journal_entry(id) ON DELETE CASCADE, "
        "item_id TEXT NOT NULL REFERENCES care_item(id), "
        "PRIMARY KEY (entry_id, item_id)) WITHOUT ROWID"
    )
    conn.execute(
        "CREATE TABLE journal_entry_tag ("
        "entry_id TEXT NOT NULL REFERENCES journal_entry(id) ON DELETE CASCADE, "
        "tag TEXT NOT NULL COLLATE NOCASE, "
        "PRIMARY KEY (entry_id, tag)) WITHOUT ROWID"
    )
    # Full-text index inside the encryption; its rowid is journal_entry.seq, so a
    # search reads only the index's doclists. Kept in step by the repository.
    conn.execute(
        "CREATE VIRTUAL TABLE journal_fts USING fts5("
        "body, tags, tokenize = 'unicode61 remove_diacritics 2')"
    )
    conn.execute(
        f"CREATE TABLE care_plan_section ({RECORD_COLUMNS_SQL}, body TEXT NOT NULL DEFAULT '')"
    )
    # Ids of records removed for good (an emptied trash), for sync to pass on.
    conn.execute(
        "CREATE TABLE tombstone (id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, "
        "deleted_at TEXT NOT NULL) WITHOUT ROWID"
    )
    _seed_care_items(conn)


def _seed_care_items(conn: Connection) -> None:
    now = utc_now()
    for list_name, items in (
        ("activity", STARTER_ACTIVITIES),
        ("warning_sign", STARTER_WARNING_SIGNS),
    ):
        for position, (key, _english) in enumerate(items):
            conn.execute(
                "INSERT INTO care_item(id, created_at, updated_at, list, starter_key, position) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (starter_care_item_id(list_name, key), now, now, list_name, key, position),
            )


def _v3_directory(conn: Connection) -> None:
    conn.execute(
        "CREATE TABLE directory_entry ("
        "seq INTEGER PRIMARY KEY, "
        "id TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
        "deleted_at TEXT, "
        "kind TEXT NOT NULL, name TEXT NOT NULL, organisation TEXT NOT NULL DEFAULT '', "
        "description TEXT NOT NULL DEFAULT '', secure_route TEXT NOT NULL DEFAULT '', "
        "hours TEXT NOT NULL DEFAULT '', time_zone TEXT NOT NULL DEFAULT '', "
        "cost TEXT NOT NULL DEFAULT 'unknown', who_qualifies TEXT NOT NULL DEFAULT '', "
        "experienced TEXT NOT NULL DEFAULT 'unknown', last_checked TEXT, "
        "safety_notes TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', "
        "favourite INTEGER NOT NULL DEFAULT 0, source TEXT NOT NULL DEFAULT 'mine', "
        "starter_key TEXT UNIQUE, source_urls TEXT NOT NULL DEFAULT '[]', "
        # Fields she changed on a starter entry: a starter update leaves them alone.
        "edited_fields TEXT NOT NULL DEFAULT '[]', "
        # A starter entry's text in the app's other languages: searchable, never shown.
        "search_extra TEXT NOT NULL DEFAULT '')"
    )
    conn.execute("CREATE INDEX directory_entry_by_name ON directory_entry(name COLLATE NOCASE)")
    for table, column in (
        ("directory_category", "category"),
        ("directory_language", "tag"),
        ("directory_region", "code"),
    ):
        conn.execute(
            f"CREATE TABLE {table} ("
            "entry_seq INTEGER NOT NULL REFERENCES directory_entry(seq) ON DELETE CASCADE, "
            f"{column} TEXT NOT NULL, PRIMARY KEY ({column}, entry_seq)) WITHOUT ROWID"
        )
        conn.execute(f"CREATE INDEX {table}_by_entry ON {table}(entry_seq)")
    conn.execute(
        "CREATE TABLE directory_contact ("
        "entry_seq INTEGER NOT NULL REFERENCES directory_entry(seq) ON DELETE CASCADE, "
        "position INTEGER NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL, "
        "label TEXT NOT NULL DEFAULT '', PRIMARY KEY (entry_seq, position)) WITHOUT ROWID"
    )
    # rowid = directory_entry.seq; "places" holds names of her languages and regions.
    conn.execute(
        "CREATE VIRTUAL TABLE directory_fts USING fts5("
        "name, organisation, description, contacts, places, other, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )


def _v4_debrief(conn: Connection) -> None:
    conn.execute(
        "CREATE TABLE debrief ("
        "seq INTEGER PRIMARY KEY, "
        "id TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
        "deleted_at TEXT, "
        # The template as it was when she started, so later edits never break her answers.
        "template_id TEXT NOT NULL, template TEXT NOT NULL, title TEXT NOT NULL, "
        "status TEXT NOT NULL CHECK (status IN ('in_progress', 'finished')), "
        "finished_at TEXT, "
        "state TEXT NOT NULL, "  # the flow's JSON state: position, answers, skipped
        "distress_start INTEGER CHECK (distress_start BETWEEN 0 AND 10), "
        "distress_end INTEGER CHECK (distress_end BETWEEN 0 AND 10))"
    )
    conn.execute("CREATE INDEX debrief_by_time ON debrief(deleted_at, updated_at DESC)")
    # rowid = debrief.seq; body holds every answer she wrote, as text.
    conn.execute(
        "CREATE VIRTUAL TABLE debrief_fts USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    # Her own templates (the built-in ones are files in assets/debrief).
    conn.execute(
        f"CREATE TABLE debrief_template ({RECORD_COLUMNS_SQL}, "
        "template_id TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL)"
    )
    conn.execute(
        "CREATE UNIQUE INDEX debrief_template_live_id ON debrief_template(template_id) "
        "WHERE deleted_at IS NULL"
    )
    # Follow-up actions with dates, from debriefs (and later notes), for the Today
    # page. Rebuilt from the record on each save; "done" lives only here.
    conn.execute(
        "CREATE TABLE follow_up ("
        "source_kind TEXT NOT NULL, source_id TEXT NOT NULL, item_id TEXT NOT NULL, "
        "position INTEGER NOT NULL, text TEXT NOT NULL, due_date TEXT, "
        "done_at TEXT, PRIMARY KEY (source_id, item_id)) WITHOUT ROWID"
    )
    conn.execute("CREATE INDEX follow_up_by_due ON follow_up(done_at, due_date)")


def _v5_notes(conn: Connection) -> None:
    conn.execute(
        "CREATE TABLE dialogue_note ("
        "seq INTEGER PRIMARY KEY, "
        "id TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
        "deleted_at TEXT, "
        "title TEXT NOT NULL, occurred_on TEXT NOT NULL, "  # 'YYYY-MM-DD'
        "context_id TEXT REFERENCES note_context(id), "
        "takeaways TEXT NOT NULL DEFAULT '[]', "  # JSON list of short texts
        "follow_ups TEXT NOT NULL DEFAULT '[]', "  # JSON list of {id, text, due}
        "body TEXT NOT NULL DEFAULT '')"
    )
    conn.execute(
        "CREATE INDEX dialogue_note_by_date ON dialogue_note(deleted_at, occurred_on DESC, id DESC)"
    )
    # Her list of contexts (peer circle, counselling session, …): care_item's shape.
    conn.execute(
        f"CREATE TABLE note_context ({RECORD_COLUMNS_SQL}, "
        "list TEXT NOT NULL CHECK (list = 'note_context'), starter_key TEXT, name TEXT, "
        "position INTEGER NOT NULL, hidden INTEGER NOT NULL DEFAULT 0, "
        "CHECK (name IS NOT NULL OR starter_key IS NOT NULL))"
    )
    now = utc_now()
    for position, (key, _english) in enumerate(STARTER_NOTE_CONTEXTS):
        conn.execute(
            "INSERT INTO note_context(id, created_at, updated_at, list, starter_key, position) "
            "VALUES (?, ?, ?, 'note_context', ?, ?)",
            (starter_note_context_id(key), now, now, key, position),
        )
    conn.execute(
        "CREATE TABLE note_participant ("
        "note_seq INTEGER NOT NULL REFERENCES dialogue_note(seq) ON DELETE CASCADE, "
        "position INTEGER NOT NULL, name TEXT NOT NULL, "
        "directory_id TEXT, "  # a directory entry's id, when linked
        "PRIMARY KEY (note_seq, position)) WITHOUT ROWID"
    )
    conn.execute(
        "CREATE INDEX note_participant_by_entry ON note_participant(directory_id, note_seq) "
        "WHERE directory_id IS NOT NULL"
    )
    conn.execute("CREATE INDEX note_participant_by_name ON note_participant(name COLLATE NOCASE)")
    conn.execute(
        "CREATE TABLE note_tag ("
        "note_seq INTEGER NOT NULL REFERENCES dialogue_note(seq) ON DELETE CASCADE, "
        "tag TEXT NOT NULL COLLATE NOCASE, PRIMARY KEY (tag, note_seq)) WITHOUT ROWID"
    )
    conn.execute("CREATE INDEX note_tag_by_note ON note_tag(note_seq)")
    # rowid = dialogue_note.seq
    conn.execute(
        "CREATE VIRTUAL TABLE note_fts USING fts5("
        "title, body, takeaways, participants, tags, follow_ups, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )


def _v6_emergency(conn: Connection) -> None:
    # Her people for an emergency: each row points at a directory entry (a person
    # she added, or an organisation she trusts); ``role`` says why it is on the list.
    conn.execute(
        f"CREATE TABLE emergency_contact ({RECORD_COLUMNS_SQL}, "
        "position INTEGER NOT NULL, role TEXT NOT NULL, entry_id TEXT NOT NULL)"
    )
    conn.execute("CREATE INDEX emergency_contact_by_entry ON emergency_contact(entry_id)")
    _v6_more_warning_signs(conn)


def _v6_more_warning_signs(conn: Connection) -> None:
    # Starter warning signs added after her vault was made (CARE.md §5) go at the end
    # of her list. A key she already has, or a sign she added under the same English
    # name, is left alone (a vault made at schema 6 got them all from _v2_journal).
    rows = conn.execute(
        "SELECT starter_key, name, position FROM care_item WHERE list = 'warning_sign'"
    ).fetchall()
    have = {row[0] for row in rows if row[0]} | {str(row[1]).casefold() for row in rows if row[1]}
    position = max((int(row[2]) for row in rows), default=-1)
    now = utc_now()
    for key, english in STARTER_WARNING_SIGNS:
        if key in have or english.casefold() in have:
            continue
        position += 1
        conn.execute(
            "INSERT INTO care_item(id, created_at, updated_at, list, starter_key, position) "
            "VALUES (?, ?, ?, 'warning_sign', ?, ?)",
            (starter_care_item_id("warning_sign", key), now, now, key, position),
        )


# Every full-text index. Each keeps a copy of the words it indexes.
FTS_TABLES = ("journal_fts", "directory_fts", "debrief_fts", "note_fts")


def _v7_fts_secure_delete(conn: Connection) -> None:
    # FTS5 leaves a deleted document's words in its index until a merge; with
    # 'secure-delete' it removes them at once (an emptied trash, an edit). The
    # rebuild drops what earlier deletes left behind; PRAGMA secure_delete
    # zeroes the pages they were on.
    for table in FTS_TABLES:
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('secure-delete', 1)")
        conn.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")


def _v8_sync(conn: Connection) -> None:
    # Starter records get the same ids in every vault, so a first sync between two
    # vaults unions them instead of showing every starter twice; then sync's tables.
    give_starters_stable_ids(conn)
    create_sync_tables(conn)


def _v9_teams(conn: Connection) -> None:
    # Team spaces: directory entries a team keeps together (``team_tables.py``).
    create_team_tables(conn)


MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    1: _v1_foundation,
    2: _v2_journal,
    3: _v3_directory,
    4: _v4_debrief,
    5: _v5_notes,
    6: _v6_emergency,
    7: _v7_fts_secure_delete,
    8: _v8_sync,
    9: _v9_teams,
}
LATEST_VERSION = max(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_not_too_new(version: int) -> None:
    if version > LATEST_VERSION:
        raise VaultTooNewError(
            f"the vault's schema is version {version}; this app knows up to {LATEST_VERSION}"
        )


def pending(conn: Connection) -> list[int]:
    """Versions still to apply, in order (refusing a vault that is too new)."""
    current = schema_version(conn)
    check_not_too_new(current)
    return [v for v in sorted(MIGRATIONS) if v > current]


def apply(conn: Connection, version: int) -> None:
    """Apply one migration and record its number, all in one transaction."""
    with write_transaction(conn):
        MIGRATIONS[version](conn)
        conn.execute(f"PRAGMA user_version = {int(version)}")
