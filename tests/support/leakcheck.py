"""Search everything the app could have written for a canary, in many encodings.

Reusable: every feature's leak test writes a canary into every field it has,
then calls ``LeakScanner.findings``. A hit names the file and the encoding.
"""

import base64
import os
import stat
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

SYSTEM_TEMP_DIRS = (Path("/var/tmp"), Path("/dev/shm"), Path("/tmp"))


def encodings_of(canary: str) -> dict[str, bytes]:
    """The byte patterns a canary could take on disk."""
    raw = canary.encode("utf-8")
    patterns = {
        "utf-8": raw,
        "lowercase": canary.lower().encode("utf-8"),
        "utf-16-le": canary.encode("utf-16-le"),
        "utf-16-be": canary.encode("utf-16-be"),
        "url": urllib.parse.quote(canary).encode("ascii"),
        "url-plus": urllib.parse.quote_plus(canary).encode("ascii"),
        "hex": raw.hex().encode("ascii"),
    }
    # Base64 of the canary embedded at any offset: drop the characters that
    # depend on the neighbouring bytes.
    for shift in range(3):
        encoded = base64.b64encode(b"\0" * shift + raw)
        start = 4 * ((shift + 2) // 3)
        usable = (len(encoded) - start) // 4 * 4 - 4
        if usable >= 8:
            patterns[f"base64+{shift}"] = encoded[start : start + usable]
    return patterns


@dataclass
class LeakScanner:
    """Snapshot file lists first, then scan the roots and any new system temp files."""

    roots: list[Path]
    system_temp_dirs: tuple[Path, ...] = SYSTEM_TEMP_DIRS
    _before: set[Path] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._before = set(self._system_temp_files())

    def _system_temp_files(self) -> list[Path]:
        found: list[Path] = []
        for top in self.system_temp_dirs:
            if not top.is_dir():
                continue
            for dirpath, _dirs, files in os.walk(top, onerror=lambda _e: None):
                found.extend(Path(dirpath) / name for name in files)
        return found

    def new_system_temp_files(self) -> list[Path]:
        """Files in /tmp, /var/tmp and /dev/shm that appeared since the snapshot."""
        roots = [r.resolve() for r in self.roots]
        return [
            p
            for p in self._system_temp_files()
            if p not in self._before and not any(_is_under(p.resolve(), r) for r in roots)
        ]

    def unexpected_new_files(self) -> list[Path]:
        """New files in /var/tmp and /dev/shm (SQLite temp files, shared memory).

        /tmp is left out of this check because other programs on the machine
        write there too; its new files are still searched for the canary.
        """
        tmp = Path("/tmp")
        return [p for p in self.new_system_temp_files() if not _is_under(p, tmp)]

    def files(self) -> list[Path]:
        found: list[Path] = []
        for root in self.roots:
            for dirpath, _dirs, names in os.walk(root):
                found.extend(Path(dirpath) / name for name in names)
        return sorted(found)

    def findings(self, canary: str) -> list[str]:
        """Every (file, encoding) where the canary appears."""
        patterns = encodings_of(canary)
        hits: list[str] = []
        for path in self.files() + self.new_system_temp_files():
            data = _regular_file_bytes(path)
            if data is None:
                continue
            lowered = data.lower()
            for name, pattern in patterns.items():
                haystack = lowered if name == "lowercase" else data
                if pattern in haystack:
                    hits.append(f"{path} ({name})")
        return hits


def _regular_file_bytes(path: Path) -> bytes | None:
    """A regular file's bytes; ``None`` for anything else or what cannot be read.

    Other tests (and other programs) leave FIFOs, sockets and links in the temp
    folders: opening a FIFO waits for a writer forever, so nothing but a
    regular file is opened, without following a link or blocking.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        with os.fdopen(fd, "rb", closefd=False) as file:
            return file.read()
    except OSError:
        return None
    finally:
        os.close(fd)


def _is_under(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True
