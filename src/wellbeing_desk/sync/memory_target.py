"""An in-memory sync target for tests, with hooks that do what real targets do to files.

Deterministic (no clock, no randomness): a Hypothesis state machine can drive
the faults. A hidden file is one still on its way (a delayed Syncthing copy):
it is not listed and not readable, but it is on the target, so a ``create`` of
the same name still compares against it. Every call and every fault is
recorded in ``log``.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from wellbeing_desk.sync.target import check_name, check_path, is_temp_name, split_path

Action = Literal[
    "create",
    "create-again",  # identical bytes were already there: a success, nothing written
    "create-refused",  # different bytes were there: FileExistsError
    "delete",
    "put",
    "hide",
    "reveal",
    "drop",
    "truncate",
    "flip-bit",
    "roll-back",
    "tidy",
]

# How folder-sync tools name the second copy of a file (``{stem}`` and ``{ext}`` filled in).
CONFLICT_STYLES: Mapping[str, str] = MappingProxyType(
    {
        "syncthing": "{stem}.sync-conflict-20261207-120000-ABCDEFG{ext}",
        "nextcloud": "{stem} (conflicted copy 2026-12-07 120000){ext}",
        "numbered": "{stem} (1){ext}",
        "upper-case": "{upper}",
    }
)


@dataclass(frozen=True)
class LogEntry:
    """One thing that happened to the target."""

    action: Action
    path: str


@dataclass(frozen=True)
class Snapshot:
    """Every file on the target at one moment, for ``roll_back``."""

    visible: Mapping[str, bytes]
    hidden: Mapping[str, bytes]


@dataclass
class InMemoryTarget:
    """The ``Target`` protocol in memory (see ``sync/target.py``), plus fault hooks.

    Keys are '/'-joined paths. Files put there by the hooks may have names no
    ``create`` could use (conflict copies, foreign files): they are listed like
    any other file, and reading them needs a path that passes ``check_path``.
    """

    visible: dict[str, bytes] = field(default_factory=dict)
    hidden: dict[str, bytes] = field(default_factory=dict)
    folders: set[str] = field(default_factory=set)
    log: list[LogEntry] = field(default_factory=list)

    # The protocol.

    def list_names(self, folder: str) -> list[str]:
        prefix = check_path(folder) + "/"
        return sorted(
            key[len(prefix) :]
            for key in self.visible
            if key.startswith(prefix) and "/" not in key[len(prefix) :]
        )

    def list_folders(self, folder: str) -> list[str]:
        prefix = check_path(folder) + "/"
        paths = (*self.folders, *self.visible, *self.hidden)
        inside = {key[len(prefix) :] for key in paths if key.startswith(prefix)}
        below = {rest.split("/")[0] for rest in inside if "/" in rest}  # holds something
        empty = {rest for rest in inside if "/" not in rest and prefix + rest in self.folders}
        return sorted(below | empty)

    def read(self, path: str) -> bytes:
        try:
            return self.visible[check_path(path)]
        except KeyError:
            raise FileNotFoundError(f"no file {path} on the target") from None

    def create(self, path: str, data: bytes) -> None:
        folder, _ = split_path(path)
        existing = self.visible.get(path, self.hidden.get(path))
        if existing is None:
            if folder:
                self.make_folder(folder)
            self.visible[path] = bytes(data)
            self._record("create", path)
        elif existing == data:
            self._record("create-again", path)
        else:
            self._record("create-refused", path)
            raise FileExistsError(f"a different file already has the name {path}")

    def delete(self, path: str) -> None:
        check_path(path)
        if self.visible.pop(path, None) is not None or self.hidden.pop(path, None) is not None:
            self._record("delete", path)

    def make_folder(self, path: str) -> None:
        parts = check_path(path).split("/")
        self.folders.update("/".join(parts[:end]) for end in range(1, len(parts) + 1))

    def tidy(self, folder: str) -> list[str]:
        removed = [name for name in self.list_names(folder) if is_temp_name(name)]
        for name in removed:
            del self.visible[f"{folder}/{name}"]
            self._record("tidy", f"{folder}/{name}")
        return removed

    # Fault hooks.

    def put(self, folder: str, name: str, data: bytes) -> str:
        """Place a file under any name at all (a foreign file); return its key."""
        if not name or "/" in name or name in (".", ".."):
            raise ValueError(f"not a file name: {name!r}")
        key = f"{check_path(folder)}/{name}"
        self.visible[key] = bytes(data)
        self._record("put", key)
        return key

    def hide(self, path: str) -> None:
        """Delay a file: it stays on the target but is not listed or readable."""
        self.hidden[path] = self.visible.pop(path)
        self._record("hide", path)

    def reveal(self, path: str) -> None:
        """Let a delayed file arrive."""
        self.visible[path] = self.hidden.pop(path)
        self._record("reveal", path)

    def drop(self, path: str) -> None:
        """Lose a file for good, visible or delayed."""
        if self.visible.pop(path, None) is None:
            del self.hidden[path]
        self._record("drop", path)

    def add_conflict_copy(
        self, path: str, style: str = "syncthing", data: bytes | None = None
    ) -> str:
        """Put a conflict-named copy beside ``path`` (its bytes, or ``data``); return its key."""
        folder, name = split_path(path)
        original = self.visible[path]
        return self.put(folder, conflict_name(name, style), original if data is None else data)

    def truncate(self, path: str, length: int) -> None:
        """Cut a file to its first ``length`` bytes (a copy still arriving, or cut off)."""
        self.visible[path] = self.visible[path][:length]
        self._record("truncate", path)

    def flip_bit(self, path: str, bit: int) -> None:
        """Flip one bit of a file, counted from the first byte's lowest bit."""
        data = bytearray(self.visible[path])
        if not 0 <= bit < len(data) * 8:
            raise ValueError(f"bit {bit} is outside {path} ({len(data)} bytes)")
        data[bit // 8] ^= 1 << (bit % 8)
        self.visible[path] = bytes(data)
        self._record("flip-bit", path)

    def snapshot(self) -> Snapshot:
        """The whole target now, to roll a folder back to later."""
        return Snapshot(MappingProxyType(dict(self.visible)), MappingProxyType(dict(self.hidden)))

    def roll_back(self, folder: str, to: Snapshot) -> None:
        """Restore everything under ``folder`` (sub-folders too) to how ``to`` saw it."""
        prefix = check_path(folder) + "/"
        for files, earlier in ((self.visible, to.visible), (self.hidden, to.hidden)):
            for key in [key for key in files if key.startswith(prefix)]:
                del files[key]
            files.update((key, data) for key, data in earlier.items() if key.startswith(prefix))
        self._record("roll-back", folder)

    def _record(self, action: Action, path: str) -> None:
        self.log.append(LogEntry(action, path))


def conflict_name(name: str, style: str) -> str:
    """The name a folder-sync tool gives a second copy of ``name``."""
    stem, dot, ext = check_name(name).partition(".")
    return CONFLICT_STYLES[style].format(stem=stem, ext=dot + ext, upper=name.upper())
