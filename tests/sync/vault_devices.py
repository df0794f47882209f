"""Real vaults as sync devices for tests, and a dump of everything a vault syncs.

``dump`` reads every synced table with plain SQL (not sync's own code), with
each linked row named by its record's id rather than its local ``seq``, and the
full-text rows beside their record's id: two vaults that synced everything
dump the same.
"""

from pathlib import Path
from typing import Any

from tests.conftest import PASSPHRASE
from wellbeing_desk.sync import vault_sync
from wellbeing_desk.sync.engine import SyncReport
from wellbeing_desk.sync.pairing import PairingKdfParams
from wellbeing_desk.sync.vault_kinds import SYNCED_SETTINGS
from wellbeing_desk.sync.vault_sync import TargetSpec
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault.connection import Connection
from wellbeing_desk.vault.sync_tables import OUTBOX_IDS

FAST_PAIRING = PairingKdfParams.fast_for_tests()

_PARENTS = {"entry_seq": "directory_entry", "note_seq": "dialogue_note"}
_FTS = {
    "journal_fts": "journal_entry",
    "directory_fts": "directory_entry",
    "debrief_fts": "debrief",
    "note_fts": "dialogue_note",
}


class Device:
    """One vault that syncs through ``folder``."""

    def __init__(self, root: Path, folder: Path) -> None:
        self.root = root
        self.vault = Vault.create(root, PASSPHRASE, KdfParams.fast_for_tests())
        self.folder = folder

    @property
    def conn(self) -> Connection:
        return self.vault.connection()

    def set_up(self) -> str:
        return vault_sync.set_up(
            self.conn, TargetSpec.folder(self.folder), params=FAST_PAIRING
        ).pairing_code

    def join(self, code: str) -> None:
        vault_sync.join(self.conn, TargetSpec.folder(self.folder), code)

    def sync(self, *, confirm_removals: bool = False) -> SyncReport:
        return vault_sync.sync(self.conn, confirm_removals=confirm_removals)

    def reopen(self) -> None:
        self.vault.lock()
        self.vault = Vault.open(self.root, PASSPHRASE)

    def dump(self) -> dict[str, list[tuple[Any, ...]]]:
        return dump(self.conn)


def dump(conn: Connection) -> dict[str, list[tuple[Any, ...]]]:
    tables: dict[str, list[tuple[Any, ...]]] = {}
    for table in OUTBOX_IDS:
        columns = [str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})")]
        selected = [
            f"(SELECT id FROM {_PARENTS[c]} p WHERE p.seq = t.{c})" if c in _PARENTS else f"t.{c}"
            for c in columns
            if c != "seq"
        ]
        where = ""
        if table == "vault_setting":
            keys = ", ".join(f"'{key}'" for key in sorted(SYNCED_SETTINGS))
            where = f" WHERE t.key IN ({keys})"
        rows = conn.execute(f"SELECT {', '.join(selected)} FROM {table} t{where}").fetchall()
        tables[table] = sorted((tuple(row) for row in rows), key=repr)
    for fts, table in _FTS.items():
        rows = conn.execute(
            f"SELECT t.id, f.* FROM {fts} f JOIN {table} t ON t.seq = f.rowid"
        ).fetchall()
        tables[fts] = sorted((tuple(row) for row in rows), key=repr)
        count = conn.execute(f"SELECT count(*) FROM {fts}").fetchone()[0]
        tables[f"{fts} rows"] = [(count,)]
    return tables


def sync_all(*devices: Device, rounds: int = 2) -> None:
    for _ in range(rounds):
        for device in devices:
            device.sync()
