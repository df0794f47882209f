"""Decrypt every page of a SQLCipher 4 database (default settings, raw key), for leak tests.

SQLCipher 4 pages are 4096 bytes: AES-256-CBC over the page less its 80-byte
reserve (a 16-byte IV, then a 64-byte HMAC-SHA512); page 1 begins with the
16-byte salt, which is not encrypted. With a raw key the AES key is the key
itself. Reading pages this way sees what SQLite sees, free pages included,
which a logical export (``sqlcipher_export``) would not.
"""

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80
IV_LENGTH = 16
SALT_LENGTH = 16


def decrypted_pages(path: Path, key: bytes | bytearray) -> list[bytes]:
    data = path.read_bytes()
    pages = []
    for offset in range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE):
        page = data[offset : offset + PAGE_SIZE]
        start = SALT_LENGTH if offset == 0 else 0
        body = page[start : PAGE_SIZE - RESERVE]
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + IV_LENGTH]
        decryptor = Cipher(algorithms.AES(bytes(key)), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(body) + decryptor.finalize())
    return pages


def plaintext_of(path: Path, key: bytes | bytearray) -> bytes:
    """All decrypted pages joined: search it for words that must not be there."""
    return b"".join(decrypted_pages(path, key))
