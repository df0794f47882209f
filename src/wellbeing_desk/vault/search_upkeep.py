"""An older vault's full-text index brought up to this version's Arabic folding, once.

Index rows written before Arabic was folded (``fts.index_text``) hold Arabic
words with their harakat and hamza forms, which a folded query no longer
finds. The first time this version opens a vault for writing, every index row
with Arabic in it is written again from its own stored words; a setting that
stays on this device remembers it was done. Rows without Arabic are left as
they are.
"""

from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.fts import index_text
from wellbeing_desk.vault.migrations import FTS_TABLES
from wellbeing_desk.vault.settings import SettingsRepository

ARABIC_FOLDED_SETTING = "search.arabic_folded"


def fold_arabic_in_index(conn: Connection) -> int:
    """Rewrite every index row holding Arabic, folded; returns how many were rewritten."""
    rewritten = 0
    with write_transaction(conn):
        for table in FTS_TABLES:
            columns = [str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})")]
            names = ", ".join(columns)
            marks = ", ".join("?" for _ in columns)
            rows = conn.execute(f"SELECT rowid, {names} FROM {table}").fetchall()
            for rowid, *values in rows:
                texts = ["" if value is None else str(value) for value in values]
                folded = [index_text(text) for text in texts]
                if folded == texts:
                    continue  # no Arabic, or folded already
                conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
                conn.execute(
                    f"INSERT INTO {table}(rowid, {names}) VALUES (?, {marks})",
                    (rowid, *folded),
                )
                rewritten += 1
    return rewritten


def fold_arabic_once(conn: Connection, settings: SettingsRepository) -> None:
    if settings.get(ARABIC_FOLDED_SETTING) == "1":
        return
    fold_arabic_in_index(conn)
    settings.set(ARABIC_FOLDED_SETTING, "1")
