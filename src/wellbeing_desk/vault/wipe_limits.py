"""What destroying a vault cannot reach, said plainly (``wipe.destroy_vault``).

A wipe works on this one folder on this one disk. Saying "destroyed" without
these limits would promise more than is true, and she may be deciding what to
do about a laptop, a backup drive and a phone at once. Each limit has a
stable ``key`` the GUI maps to its own translated sentence; ``text`` is the
English the CLI prints (and logs may use).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class WipeLimit:
    """One place a wipe cannot reach."""

    key: str
    text: str


BACKUPS = WipeLimit(
    "backups",
    "Backups you made (backup files, copies of the vault folder, backup drives) still open "
    "with the passphrase they had: destroy them too.",
)
EXPORTS = WipeLimit(
    "exports",
    "Plaintext exports (JSON, Markdown, CSV, vCard) are not encrypted and are not touched: "
    "delete them where you saved them.",
)
SYNC = WipeLimit(
    "sync",
    "Sync folders, the WebDAV server and other paired devices keep their own encrypted copies: "
    "destroy the vault on each device and empty the sync target.",
)
STORAGE = WipeLimit(
    "storage",
    "SSDs, USB sticks, SD cards and copy-on-write file systems (APFS, Btrfs, ZFS) may keep old "
    "blocks, as may snapshots and cloud-folder version history. Those blocks are encrypted; "
    "with every key slot here destroyed they need a header kept elsewhere and the passphrase.",
)
OLD_HEADERS = WipeLimit(
    "old_headers",
    "Anyone who kept a copy of this vault's header or folder and knows the passphrase (or a "
    "recovery code) can still open their copy.",
)

WIPE_LIMITS: tuple[WipeLimit, ...] = (BACKUPS, EXPORTS, SYNC, STORAGE, OLD_HEADERS)

# One line for where there is no room for the list.
WIPE_LIMITS_SUMMARY = (
    "This destroys the vault in this folder only: backups, exports, synced copies and other "
    "devices are not touched, and flash storage may keep old encrypted blocks."
)
