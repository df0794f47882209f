"""Where a vault's files live. A vault is one folder: copy the folder to move it."""

from dataclasses import dataclass
from pathlib import Path

HEADER_NAME = "vault.header"
# The same bytes as the header, written after it: read when the header is
# missing or damaged (``header.load_vault_header``).
HEADER_COPY_NAME = "vault.header.copy"
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
    def header_copy(self) -> Path:
        return self.root / HEADER_COPY_NAME

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
        """A vault exists here when its header or the header's copy does (not the database)."""
        return self.header.is_file() or self.header_copy.is_file()

    def interrupted_create(self) -> bool:
        """True when a create stopped before its header: nothing of hers can be here.

        The copy is written after the header, so a copy alone (the header lost
        since) is her vault, not an unfinished create.
        """
        return (
            self.creating_marker.is_file()
            and not self.header.exists()
            and not self.header_copy.exists()
        )

    def create_leftovers(self) -> list[Path]:
        """The files an interrupted or failed create may leave (only if ``interrupted_create``)."""
        # Lock files stay: another process may hold them, and an empty folder may have them.
        names = {DATABASE_NAME, DATABASE_NAME + "-wal", DATABASE_NAME + "-shm", CREATING_NAME}
        return [p for p in self.root.iterdir() if p.name in names] + self.header_temp_files()

    def header_temp_files(self) -> list[Path]:
        """Temp files of an interrupted atomic write of the header or its copy."""
        found = {
            *self.root.glob(f".{HEADER_NAME}.*.tmp"),
            *self.root.glob(f".{HEADER_COPY_NAME}.*.tmp"),  # also matched above; named anyway
        }
        return sorted(found)

    def is_empty_or_missing(self) -> bool:
        """True where a new vault may be created: nothing there but our own lock files.

        Anything else refuses, a header's copy without the header included.
        """
        if not self.root.exists():
            return True
        if not self.root.is_dir():
            return False
        return all(p.name in (WRITER_LOCK_NAME, APP_LOCK_NAME) for p in self.root.iterdir())
