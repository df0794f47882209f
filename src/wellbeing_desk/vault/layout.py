"""Where a vault's files live. A vault is one folder: copy the folder to move it."""

from dataclasses import dataclass
from pathlib import Path

HEADER_NAME = "vault.header"
DATABASE_NAME = "vault.db"
WRITER_LOCK_NAME = "writer.lock"
APP_LOCK_NAME = "app.lock"
BACKUPS_DIR_NAME = "backups"


@dataclass(frozen=True)
class VaultLayout:
    """Paths inside a vault folder."""

    root: Path

    @property
    def header(self) -> Path:
        return self.root / HEADER_NAME

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def wal(self) -> Path:
        return self.root / (DATABASE_NAME + "-wal")

    @property
    def shm(self) -> Path:
        return self.root / (DATABASE_NAME + "-shm")

    @property
    def writer_lock(self) -> Path:
        return self.root / WRITER_LOCK_NAME

    @property
    def app_lock(self) -> Path:
        return self.root / APP_LOCK_NAME

    @property
    def backups(self) -> Path:
        return self.root / BACKUPS_DIR_NAME

    def exists(self) -> bool:
        """A vault exists here when its header does (the database alone is not enough)."""
        return self.header.is_file()

    def is_empty_or_missing(self) -> bool:
        """True where a new vault may be created: nothing there but our own lock files."""
        if not self.root.exists():
            return True
        if not self.root.is_dir():
            return False
        return all(p.name in (WRITER_LOCK_NAME, APP_LOCK_NAME) for p in self.root.iterdir())
