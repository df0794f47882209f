"""What changed in the vault since the last time anyone asked: kinds and record ids.

Every write to a record table, whichever repository, import, lifecycle step
or (later) sync apply made it, is noted by TEMP triggers into a table in the
connection's memory (``temp_store = MEMORY``: nothing reaches disk, and only
kinds and random ids are noted, never content). The app's database worker
takes the notes after each operation and announces them (Anki's
``OpChanges``), so an open page refreshes when a record it shows changes
under it, without pages wiring themselves to each other.

The CLI never turns the feed on: it costs nothing there.
"""

from dataclasses import dataclass, field

from wellbeing_desk.vault.connection import Connection

JOURNAL = "journal"
CARE_ITEM = "care_item"
CARE_PLAN = "care_plan"
DIRECTORY = "directory"
DEBRIEF = "debrief"
DEBRIEF_TEMPLATE = "debrief_template"
FOLLOW_UP = "follow_up"
NOTE = "note"
NOTE_CONTEXT = "note_context"
EMERGENCY_CONTACT = "emergency_contact"
SETTING = "setting"
DRAFT = "draft"

_DIRECTORY_ID = "(SELECT id FROM main.directory_entry WHERE seq = {row}.entry_seq)"
_NOTE_ID = "(SELECT id FROM main.dialogue_note WHERE seq = {row}.note_seq)"

# table -> (kind, the SQL naming the record a changed row belongs to; {row} is NEW or OLD)
WATCHED: dict[str, tuple[str, str]] = {
    "journal_entry": (JOURNAL, "{row}.id"),
    "journal_entry_item": (JOURNAL, "{row}.entry_id"),
    "journal_entry_tag": (JOURNAL, "{row}.entry_id"),
    "care_item": (CARE_ITEM, "{row}.id"),
    "care_plan_section": (CARE_PLAN, "{row}.id"),
    "directory_entry": (DIRECTORY, "{row}.id"),
    "directory_category": (DIRECTORY, _DIRECTORY_ID),
    "directory_language": (DIRECTORY, _DIRECTORY_ID),
    "directory_region": (DIRECTORY, _DIRECTORY_ID),
    "directory_contact": (DIRECTORY, _DIRECTORY_ID),
    "debrief": (DEBRIEF, "{row}.id"),
    "debrief_template": (DEBRIEF_TEMPLATE, "{row}.id"),
    "follow_up": (FOLLOW_UP, "{row}.source_id"),
    "dialogue_note": (NOTE, "{row}.id"),
    "note_context": (NOTE_CONTEXT, "{row}.id"),
    "note_participant": (NOTE, _NOTE_ID),
    "note_tag": (NOTE, _NOTE_ID),
    "emergency_contact": (EMERGENCY_CONTACT, "{row}.id"),
    "vault_setting": (SETTING, "{row}.key"),
    "draft": (DRAFT, "{row}.id"),
}

_EVENTS = (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD"))


@dataclass(frozen=True)
class VaultChanges:
    """The kinds of record that changed, and which records (by kind)."""

    ids: dict[str, frozenset[str]] = field(default_factory=dict)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.ids)

    def touches(self, *kinds: str) -> bool:
        return any(kind in self.ids for kind in kinds)

    def ids_of(self, kind: str) -> frozenset[str]:
        return self.ids.get(kind, frozenset())

    def __bool__(self) -> bool:
        return bool(self.ids)


NOTHING = VaultChanges()


class ChangeFeed:
    """Notes every write on one connection; ``take`` hands them over and starts afresh."""

    def __init__(self) -> None:
        self._watched: object = None  # the connection the triggers live on
        self._seen = -1

    def watch(self, conn: Connection) -> None:
        """Install the notes table and triggers on ``conn`` (again after a re-key)."""
        # No unique key: the outer statement's conflict policy (INSERT OR REPLACE …)
        # would override the trigger's, so repeats are skipped by NOT EXISTS instead.
        conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS vault_change (kind TEXT NOT NULL, id TEXT NOT NULL)"
        )
        conn.execute(
            "CREATE INDEX IF NOT EXISTS temp.vault_change_by_record ON vault_change(kind, id)"
        )
        present = {
            name
            for (name,) in conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")
        }
        for table, (kind, record) in WATCHED.items():
            if table not in present:
                continue
            for event, row in _EVENTS:
                named = f"ifnull({record.format(row=row)}, '')"
                conn.execute(
                    f"CREATE TEMP TRIGGER IF NOT EXISTS vault_change_{table}_{event.lower()} "
                    f"AFTER {event} ON main.{table} BEGIN "
                    f"INSERT INTO temp.vault_change(kind, id) SELECT '{kind}', {named} "
                    "WHERE NOT EXISTS (SELECT 1 FROM temp.vault_change "
                    f"WHERE kind = '{kind}' AND id = {named}); END"
                )
        self._watched = conn
        self._seen = conn.total_changes

    def take(self, conn: Connection) -> VaultChanges:
        """What changed since the last ``take``; nothing when the connection wrote nothing."""
        if id(conn) != id(self._watched):  # a new connection (re-key): notes start there
            self.watch(conn)
            return NOTHING
        if conn.total_changes == self._seen:
            return NOTHING
        rows = conn.execute("SELECT kind, id FROM temp.vault_change").fetchall()
        conn.execute("DELETE FROM temp.vault_change")
        self._seen = conn.total_changes
        found: dict[str, set[str]] = {}
        for kind, record_id in rows:
            ids = found.setdefault(kind, set())
            if record_id:
                ids.add(record_id)
        return VaultChanges({kind: frozenset(ids) for kind, ids in found.items()})
