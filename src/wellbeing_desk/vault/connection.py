"""Opening SQLCipher connections with the hardening every connection needs."""

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from wellbeing_desk.vault.errors import DamagedVaultError, StorageFullError, VaultError

BUSY_TIMEOUT_MS = 5000
_SQLITE_HEADER = b"SQLite format 3\0"
_FULL_CODES = {13}  # SQLITE_FULL
_IOERR_PRIMARY = 10  # SQLITE_IOERR and its extended codes

Connection = Any  # sqlcipher3 ships no type stubs


def silence_sqlcipher_logging() -> None:
    """SQLCipher prints "hmac check failed" lines to stderr on a wrong key: stop that."""
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
    finally:
        conn.close()


def key_literal(data_key: bytes | bytearray) -> str:
    """The raw-key form ``x'<hex>'`` that skips SQLCipher's own PBKDF2."""
    return "x'" + bytes(data_key).hex() + "'"


def open_connection(db_path: Path, data_key: bytes | bytearray) -> Connection:
    """Open and verify an encrypted connection, or raise ``DamagedVaultError``.

    The key is known to be right (it came out of an authenticated slot), so
    a database that will not read with it is damaged, not locked.
    """
    conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=True)
    try:
        conn.set_key(key_literal(data_key))
        # Off on purpose: measured at 4.5x the cost of bulk writes and 1.8x of single
        # saves, while the same plaintext lives unwiped in Python strings anyway.
        # SQLCipher still wipes its key material either way (see SECURITY.md).
        conn.execute("PRAGMA cipher_memory_security = OFF").fetchall()
        if not conn.execute("PRAGMA cipher_version").fetchall():
            raise VaultError("SQLCipher is not active: refusing to write anything")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in (
            "PRAGMA temp_store = MEMORY",
            "PRAGMA secure_delete = ON",
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",
            f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
            "PRAGMA foreign_keys = ON",
        ):
            conn.execute(pragma).fetchall()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise DamagedVaultError(f"the database cannot be read: {exc}") from None
    except BaseException:
        conn.close()
        raise
    return conn


def looks_like_plain_sqlite(db_path: Path) -> bool:
    """True if the file starts with SQLite's plaintext magic (it must never)."""
    with db_path.open("rb") as handle:
        return handle.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER


@contextlib.contextmanager
def write_transaction(conn: Connection) -> Iterator[Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any error."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlcipher3.OperationalError as exc:
        raise translate_storage_error(exc) from None
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlcipher3.Error):
            raise translate_storage_error(exc) from None
        raise


def translate_storage_error(exc: BaseException) -> Exception:
    """Map a full disk or I/O refusal to ``StorageFullError``; pass others through."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and (code in _FULL_CODES or code & 0xFF == _IOERR_PRIMARY):
        return StorageFullError("the disk is full or refused the write; nothing was lost")
    if isinstance(exc, Exception):
        return exc
    return VaultError(str(exc))


def plain_sqlite_can_open(db_path: Path) -> bool:
    """True if the standard library's sqlite3 can read the file (it must not)."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()
    return True
