"""Which directory entries are a team's, and the two explicit ways across: sharing a
copy of hers with a team, and keeping a copy of a team's entry as her own.

Nothing ever moves: her entry stays hers when she shares it (the team gets a
new entry, with a new id), and a team's entry stays the team's when she keeps
a copy. Her notes on an entry and her favourites are hers alone: a shared
copy starts without them, and team sync never sends them.
"""

from dataclasses import replace

from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.directory import DirectoryRepository
from wellbeing_desk.vault.directory_types import DirectoryEntryInput
from wellbeing_desk.vault.records import utc_now


def team_of(conn: Connection, entry_id: str) -> str | None:
    """The team space an entry is in; ``None`` for hers. ``KeyError`` if there is none."""
    row = conn.execute(
        "SELECT team_space FROM directory_entry WHERE id = ?", (entry_id,)
    ).fetchone()
    if row is None:
        raise KeyError(entry_id)
    return None if row[0] is None else str(row[0])


def team_entries(conn: Connection) -> dict[str, str]:
    """Every team entry's id and its team space."""
    rows = conn.execute("SELECT id, team_space FROM directory_entry WHERE team_space IS NOT NULL")
    return {str(entry_id): str(space) for entry_id, space in rows}


def share_with_team(conn: Connection, entry_id: str, space: str) -> str:
    """A copy of her entry ``entry_id`` in the team ``space`` (sent at its next sync); the
    new entry's id. ``ValueError`` if the entry is already a team's."""
    if team_of(conn, entry_id) is not None:
        raise ValueError("that entry is already a team's")
    if conn.execute("SELECT 1 FROM team_space WHERE space = ?", (space,)).fetchone() is None:
        raise KeyError(space)
    copy = replace(_entry(conn, entry_id), notes="", favourite=False)
    with write_transaction(conn):
        (new_id,) = DirectoryRepository._insert(conn, [_without_starter(copy).validate()])
        conn.execute("UPDATE directory_entry SET team_space = ? WHERE id = ?", (space, new_id))
    return new_id


def copy_to_mine(conn: Connection, entry_id: str) -> str:
    """A copy of a team's entry as her own (her notes on it come along); the new id."""
    if team_of(conn, entry_id) is None:
        raise ValueError("that entry is already yours")
    copy = _without_starter(_entry(conn, entry_id))
    with write_transaction(conn):
        (new_id,) = DirectoryRepository._insert(conn, [copy.validate()])
    return new_id


def keep_her_people(conn: Connection, space: str) -> int:
    """Before she leaves the team ``space``: each of its entries among her people for an
    emergency becomes her own copy, and her list points at the copy (she must never lose
    whom to call). How many entries were copied."""
    rows = conn.execute(
        "SELECT DISTINCT c.entry_id FROM emergency_contact c "
        "JOIN directory_entry e ON e.id = c.entry_id WHERE e.team_space = ?",
        (space,),
    ).fetchall()
    if not rows:
        return 0
    with write_transaction(conn):
        for (entry_id,) in rows:
            copy = _without_starter(_entry(conn, str(entry_id)))
            (new_id,) = DirectoryRepository._insert(conn, [copy.validate()])
            conn.execute(  # her trashed rows too, so restoring one still finds the person
                "UPDATE emergency_contact SET entry_id = ?, updated_at = ? WHERE entry_id = ?",
                (new_id, utc_now(), entry_id),
            )
    return len(rows)


def _entry(conn: Connection, entry_id: str) -> DirectoryEntryInput:
    found = DirectoryRepository(lambda: conn).get(entry_id)
    if found is None:
        raise KeyError(entry_id)
    return found.entry


def _without_starter(entry: DirectoryEntryInput) -> DirectoryEntryInput:
    """A copy is not the starter entry it came from: starter updates leave it alone."""
    source = "mine" if entry.source == "starter" else entry.source
    return replace(entry, source=source, starter_key=None)
