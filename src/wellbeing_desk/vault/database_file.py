"""The vault's database file: opened (never a fresh, empty one), copied, migrated."""

from pathlib import Path

from wellbeing_desk.vault import migrations, pre_migration
from wellbeing_desk.vault.connection import (
    Connection,
    key_literal,
    looks_like_plain_sqlite,
    open_connection,
)
from wellbeing_desk.vault.errors import DamagedVaultError, VaultExistsError
from wellbeing_desk.vault.fileio import create_private_file, ensure_private_dir
from wellbeing_desk.vault.layout import VaultLayout


def export_copy(conn: Connection, data_key: bytes | bytearray, destination: Path) -> None:
    """Copy the whole database, encrypted under the same key, to ``destination``."""
    if destination.exists():
        raise VaultExistsError(f"{destination} already exists")
    create_private_file(destination)
    conn.execute(
        "ATTACH DATABASE ? AS export_target KEY ?", (str(destination), key_literal(data_key))
    )
    try:
        conn.execute("SELECT sqlcipher_export('export_target')").fetchall()
        version = migrations.schema_version(conn)
        conn.execute(f"PRAGMA export_target.user_version = {int(version)}")
    finally:
        conn.execute("DETACH DATABASE export_target")


def open_database(
    layout: VaultLayout, data_key: bytearray, *, read_only: bool = False
) -> Connection:
    """The vault's database, or ``DamagedVaultError``; never a fresh, empty one.

    A vault exists once its header does, and the header is written only after
    the schema (``create``): so behind a header, a zero-length file (power
    loss, a failed copy, a sync conflict) or a database without a schema is
    damage. Both are refused before anything could write to the file.
    ``read_only``: a connection that writes nothing (``open_connection``).
    """
    if not layout.database.is_file():
        raise DamagedVaultError(f"{layout.database} is missing")
    if layout.database.stat().st_size == 0:
        raise DamagedVaultError(f"{layout.database} is empty")
    if looks_like_plain_sqlite(layout.database):
        raise DamagedVaultError("the database is not encrypted")
    conn = open_connection(layout.database, data_key, read_only=read_only)
    try:
        version = migrations.schema_version(conn)
    except BaseException:
        conn.close()
        raise
    if version == 0:
        conn.close()
        raise DamagedVaultError("the database holds no vault (schema version 0)")
    return conn


def migrate(conn: Connection, layout: VaultLayout, data_key: bytearray) -> Connection:
    """Bring the schema up to date; return the connection to keep using.

    After a migration the connection is replaced by a fresh one: SQLCipher
    connections that changed the schema were measured several times slower
    on later bulk writes than a freshly opened one.
    """
    try:
        steps = migrations.pending(conn)
    except BaseException:
        conn.close()
        raise
    if not steps:
        return conn
    try:
        current = migrations.schema_version(conn)
        if current > 0:
            ensure_private_dir(layout.backups)
            export_copy(conn, data_key, pre_migration.new_copy_path(layout, current))
        for version in steps:
            migrations.apply(conn, version)
    finally:
        conn.close()
    return open_connection(layout.database, data_key)
