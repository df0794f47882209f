"""The ``SyncStore`` of a vault in one team space: the team's directory entries only.

The personal store's logic (``vault_store.py``) over the team tables
(``vault/team_tables.py``), with two rules of its own: a record belongs to
the team only if its entry is this team's (an entry of hers, or of another
team, is never sent here, and a file naming one is refused whole); and an
entry written from the team is marked as the team's.
"""

from wellbeing_desk.sync.vault_kinds import TEAM_KINDS, Kind
from wellbeing_desk.sync.vault_store import StoreTables, VaultSyncStore
from wellbeing_desk.vault.change_feed import DIRECTORY

TEAM_TABLES = StoreTables(
    "team_space",
    "team_outbox",
    "team_record",
    "team_cursor",
    "team_review",
    "team_waiting_link",
    scoped=True,
)


class TeamSyncStore(VaultSyncStore):
    TABLES = TEAM_TABLES
    KINDS = TEAM_KINDS

    def _belongs_here(self, kind: Kind, local_id: str) -> bool:
        if kind.kind != DIRECTORY:
            return False
        row = self._conn.execute(
            "SELECT team_space FROM directory_entry WHERE id = ?", (local_id,)
        ).fetchone()
        if row is not None:
            return bool(row[0] == self._space)
        # Not here (new, or removed for good): the team's unless another space knows it.
        elsewhere = self._conn.execute(
            "SELECT 1 FROM team_record WHERE id = ? AND space != ? "
            "UNION ALL SELECT 1 FROM sync_record WHERE id = ? LIMIT 1",
            (local_id, self._space, local_id),
        ).fetchone()
        return elsewhere is None

    def _written(self, kind: Kind, local_id: str) -> None:
        self._conn.execute(
            "UPDATE directory_entry SET team_space = ? WHERE id = ?", (self._space, local_id)
        )
