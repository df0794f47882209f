"""A vault's integrity: every page's HMAC and SQLite's own structure check."""

from dataclasses import dataclass

from wellbeing_desk.vault.connection import Connection


@dataclass(frozen=True)
class IntegrityReport:
    """The result of ``cipher_integrity_check`` plus ``quick_check``."""

    cipher_problems: tuple[str, ...]
    sqlite_problems: tuple[str, ...]

    @property
    def sound(self) -> bool:
        return not self.cipher_problems and not self.sqlite_problems


def integrity_of(conn: Connection) -> IntegrityReport:
    """SQLCipher's check of every page's HMAC, then SQLite's ``quick_check``."""
    cipher = tuple(" ".join(map(str, row)) for row in conn.execute("PRAGMA cipher_integrity_check"))
    quick = tuple(str(row[0]) for row in conn.execute("PRAGMA quick_check"))
    return IntegrityReport(
        cipher_problems=cipher, sqlite_problems=tuple(q for q in quick if q != "ok")
    )
