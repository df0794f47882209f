"""Opening SQLCipher connections with the hardening every connection needs."""

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from wellbeing_desk.vault.errors import (
    DamagedVaultError,
    StorageFullError,
    VaultError,
    VaultReadOnlyError,
)

BUSY_TIMEOUT_MS = 5000
# Decrypted pages kept in memory per connection (SQLite's default is 2 MiB): a sync or
# an import of thousands of records re-reads far fewer pages (bench/sync.py, bench/journal.py).
PAGE_CACHE_KIB = 32 * 1024
_SQLITE_HEADER = b"SQLite format 3\0"
_FULL_CODES = {13}  # SQLITE_FULL
_IOERR_PRIMARY = 10  # SQLITE_IOERR and its extended codes
# Primary result codes (the low byte of an extended code).
SQLITE_READONLY = 8  # a write refused: read-only file, mount or connection
SQLITE_CORRUPT = 11  # a page fails its checks (SQLCipher: its HMAC)
SQLITE_CANTOPEN = 14  # e.g. WAL's -shm cannot be created in a read-only folder
SQLITE_NOTADB = 26  # "file is not a database": page 1 does not decrypt
_DAMAGE_CODES = {SQLITE_CORRUPT, SQLITE_NOTADB}

READ_ONLY_MESSAGE = (
    "this vault is read-only here (a write-protected drive, a read-only mount or "
    "a folder you cannot change): it can be read, but nothing can be saved to it"
)

Connection = Any  # sqlcipher3 ships no type stubs


_silenced = False


def silence_sqlcipher_logging() -> None:
    """SQLCipher prints "hmac check failed" lines to stderr on a wrong key: stop that.

    Process-wide and done once, before the first connection (``open_connection``),
    so a process that never opens a vault never loads the library for it.
    """
    global _silenced  # noqa: PLW0603 - one switch for the whole process
    if _silenced:
        return
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
    finally:
        conn.close()
    _silenced = True


def key_literal(data_key: bytes | bytearray) -> str:
    """The raw-key form ``x'<hex>'`` that skips SQLCipher's own PBKDF2."""
    return "x'" + bytes(data_key).hex() + "'"


def open_connection(
    db_path: Path, data_key: bytes | bytearray, *, read_only: bool = False
) -> Connection:
    """Open and verify an encrypted connection, or raise ``DamagedVaultError``.

    The key is known to be right (it came out of an authenticated slot), so
    a database that will not read with it is damaged, not locked. SQLite
    refusing to open or to write (a read-only place) is ``VaultReadOnlyError``:
    never damage. ``read_only`` opens a connection that cannot write and
    creates no file beside the database (see ``_read_only_uri``).
    """
    silence_sqlcipher_logging()
    if read_only:
        conn = sqlcipher3.connect(
            _read_only_uri(db_path), uri=True, isolation_level=None, check_same_thread=True
        )
    else:
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
        pragmas = [
            "PRAGMA temp_store = MEMORY",
            f"PRAGMA cache_size = -{PAGE_CACHE_KIB}",
            "PRAGMA secure_delete = ON",
            "PRAGMA synchronous = FULL",
            f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
            "PRAGMA foreign_keys = ON",
        ]
        # A read-only connection keeps the file's journal mode; it refuses every write.
        pragmas.append("PRAGMA query_only = ON" if read_only else "PRAGMA journal_mode = WAL")
        for pragma in pragmas:
            conn.execute(pragma).fetchall()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise _opening_error(exc, db_path) from None
    except BaseException:
        conn.close()
        raise
    return conn


def _read_only_uri(db_path: Path) -> str:
    """How to read a WAL database without writing anything beside it.

    SQLite reads a WAL database only where its ``-shm`` (and ``-wal``) exist
    or can be created, or when told the file is ``immutable`` (read-only
    media: no locks, no ``-shm``, and the ``-wal`` is ignored). So: without
    unsaved changes in a ``-wal``, ``immutable``; with them, read-only with
    the ``-shm`` beside them (left by a crash or a stick pulled out while
    open). A ``-wal`` with content but no ``-shm``, in a folder that cannot
    be written, cannot be read here: that is said rather than showing older
    data as if it were all.
    """
    uri = Path(os.path.abspath(db_path)).as_uri()
    wal = db_path.with_name(db_path.name + "-wal")
    shm = db_path.with_name(db_path.name + "-shm")
    try:
        unsaved = wal.stat().st_size > 0
    except FileNotFoundError:
        unsaved = False
    if not unsaved:
        return uri + "?mode=ro&immutable=1"
    if shm.exists() or os.access(db_path.parent, os.W_OK):
        return uri + "?mode=ro"
    raise VaultReadOnlyError(
        f"{READ_ONLY_MESSAGE}; its latest changes wait in {wal.name}, which can only be "
        "read where the folder can be written: copy the vault folder to such a place"
    )


def _opening_error(exc: BaseException, db_path: Path) -> Exception:
    """The typed error for SQLite failing to open or read the database."""
    code = primary_code(exc)
    if code == SQLITE_READONLY or (
        code == SQLITE_CANTOPEN and not os.access(db_path.parent, os.W_OK)
    ):
        return VaultReadOnlyError(READ_ONLY_MESSAGE)
    if code == SQLITE_CANTOPEN:
        return VaultError(f"the database cannot be opened: {exc}")
    return DamagedVaultError(f"the database cannot be read: {exc}")


def primary_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of ``exc`` (``None`` for anything else)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_damage(exc: BaseException) -> bool:
    """True for SQLite's "malformed" and "not a database" (SQLCipher: an HMAC failed)."""
    return isinstance(exc, sqlcipher3.DatabaseError) and primary_code(exc) in _DAMAGE_CODES


def is_write_refused(exc: BaseException) -> bool:
    """True for SQLite refusing a write: read-only file, mount or connection."""
    return isinstance(exc, sqlcipher3.Error) and primary_code(exc) == SQLITE_READONLY


def is_cannot_open(exc: BaseException) -> bool:
    return isinstance(exc, sqlcipher3.Error) and primary_code(exc) == SQLITE_CANTOPEN


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
    """Map a full disk or I/O refusal to ``StorageFullError`` and a refused write to
    ``VaultReadOnlyError``; pass others through (damage is typed where the vault is known).
    """
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and (code in _FULL_CODES or code & 0xFF == _IOERR_PRIMARY):
        return StorageFullError("the disk is full or refused the write; nothing was lost")
    if is_write_refused(exc):
        return VaultReadOnlyError(READ_ONLY_MESSAGE)
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
