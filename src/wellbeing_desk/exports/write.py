"""Writing an export: atomic (the old file or the new one, never half), owner-only."""

from pathlib import Path

from wellbeing_desk.vault.fileio import atomic_write


def write_export(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically with mode 0600; raises ``OSError`` on failure.

    The temporary file sits beside the target (same folder, so the rename is
    atomic) and is removed if anything goes wrong.
    """
    target = Path(path)
    if target.is_dir():
        raise IsADirectoryError(21, "Is a directory", str(target))
    atomic_write(target, data)
