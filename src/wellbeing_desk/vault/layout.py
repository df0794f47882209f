"""Where a vault's files live. A vault is one folder: copy the folder to move it."""

from dataclasses import dataclass
from pathlib import Path

HEADER_NAME = "vault.header"
DATABASE_NAME = "vault.db"
WRITER_LOCK_NAME = "writer.lock"
APP_LOCK_NAME = "app.lock"
BACKUPS_DIR_NAME = "backups"
# Present from the first byte ``Vault.create`` writes until its header is in
# place: files beside it, without a header, are an interrupted create's.
CREATING_NAME = ".creating"


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
    def creating_marker(self) -> Path:
        return self.root / CREATING_NAME

    @property
    def backups(self) -> Path:
        return self.root / BACKUPS_DIR_NAME

    def exists(self) -> bool:
        """A vault exists here when its header does (the database alone is not enough)."""
        return self.header.is_file()

    def interrupted_create(self) -> bool:
        """True when a create stopped before its header: nothing of hers can be here."""
        return self.creating_marker.is_file() and not self.header.exists()

    def create_leftovers(self) -> list[Path]:
        """The files an interrupted or failed create may leave (only if ``interrupted_create``)."""
        # Lock files stay: another process may hold them, and an empty folder may have them.
        names = {DATABASE_NAME, DATABASE_NAME + "-wal", DATABASE_NAME + "-shm", CREATING_NAME}
        return [p for p in self.root.iterdir() if p.name in names] + self.header_temp_files()

    def header_temp_files(self) -> list[Path]:
        """Temp files of an interrupted atomic header write (``fileio.atomic_write``)."""
        return list(self.root.glob(f".{HEADER_NAME}.*.tmp"))

    def is_empty_or_missing(self) -> bool:
        """True where a new vault may be created: nothing there but our own lock files."""
        if not self.root.exists():
            return True
        if not self.root.is_dir():
            return False
        return all(p.name in (WRITER_LOCK_NAME, APP_LOCK_NAME) for p in self.root.iterdir())
