"""Sync speed: journal entries sent, received, a no-op sync and a new device, in one run.

    .venv/bin/python -m bench.sync                      # 10,000 entries
    .venv/bin/python -m bench.sync --records 200        # a smoke test
    .venv/bin/python -m bench.sync --profile send,join  # and cProfile phases (top 15)
    .venv/bin/python -m bench.sync --webdav             # through a WebDAV server instead

Three vaults (fast KDF) sync through one folder with the real code
(``vault_sync.sync``): the first sends N new entries, the second receives
them, both then sync with nothing to do, and a third joins from a snapshot
the first writes. With ``--webdav`` they sync instead through a real WsgiDAV
server on 127.0.0.1 (the tests' ``dav_server``), each vault with its own
client, and each phase also prints its HTTP requests. The server runs in a
child process so that its work neither shares this process's GIL nor counts
in its memory: the figures are the app's, as against a server elsewhere.
The baseline, measured in the same run, is inserting the same entries with
``journal.add_many`` into a vault that does not sync, so each ratio is what
sync costs against writing the data once. Targets: send <= 2 s, receive
<= 5 s, no-op <= 0.2 s with file reads (and HTTP requests) that do not grow
with records, a new device <= 10 s (on loopback WebDAV too), peak memory
< 100 MiB over the app's own. Not part of the suite's pass/fail.
"""

import argparse
import cProfile
import io
import multiprocessing
import multiprocessing.synchronize
import os
import pstats
import random
import resource
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from bench.journal import WORDS

from wellbeing_desk.hardening import harden_process
from wellbeing_desk.sync import engine, engine_types, vault_sync
from wellbeing_desk.sync.engine import SpaceKeys, SyncReport
from wellbeing_desk.sync.folder_target import FolderTarget
from wellbeing_desk.sync.pairing import PairingKdfParams
from wellbeing_desk.sync.target import Target
from wellbeing_desk.sync.vault_store import VaultSyncStore
from wellbeing_desk.sync.vault_sync import TargetSpec
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault.journal import EntryInput

if TYPE_CHECKING:  # loaded only for --webdav (the network client)
    from wellbeing_desk.sync.webdav_target import WebDavTarget

PASSPHRASE = "benchmark passphrase of four words"
TAGS = ["work", "home", "travel", "court", "family", "Tired", "sleep", "hopeful"]
PHASES = ("send", "receive", "noop", "join")
MIB = 1024 * 1024
T = TypeVar("T")


def make_entries(count: int, seed: int = 13) -> list[EntryInput]:
    """Entries with realistic bodies (500 to 2,000 characters) and one to three tags."""
    rng = random.Random(seed)
    start = datetime(2020, 1, 1, 8)
    entries = []
    for n in range(count):
        length = rng.randint(500, 2_000)
        words: list[str] = []
        size = 0
        while size < length:
            word = rng.choice(WORDS)
            words.append(word)
            size += len(word) + 1
        entries.append(
            EntryInput(
                occurred_at=start + timedelta(hours=6 * n),
                stress=rng.randint(0, 10),
                mood=rng.randint(1, 5),
                sleep_hours=rng.choice([None, 5.5, 7.0, 8.5]),
                body=" ".join(words)[:length],
                tags=tuple(rng.sample(TAGS, rng.randint(1, 3))),
            )
        )
    return entries


class CountingTarget:
    """A target (a folder, a WebDAV client) that counts each call and times reads and writes."""

    def __init__(self, inner: Target) -> None:
        self.inner = inner
        self.calls: Counter[str] = Counter()
        self.seconds: defaultdict[str, float] = defaultdict(float)

    @property
    def requests(self) -> int:
        """HTTP requests sent so far, retries included (0 for a folder)."""
        return int(getattr(self.inner, "requests_made", 0))

    def _timed(self, name: str, action: Callable[[], T]) -> T:
        self.calls[name] += 1
        started = time.perf_counter()
        try:
            return action()
        finally:
            self.seconds[name] += time.perf_counter() - started

    def list_names(self, folder: str) -> list[str]:
        return self._timed("list_names", lambda: self.inner.list_names(folder))

    def list_folders(self, folder: str) -> list[str]:
        return self._timed("list_folders", lambda: self.inner.list_folders(folder))

    def read(self, path: str) -> bytes:
        return bytes(self._timed("read", lambda: self.inner.read(path)))

    def create(self, path: str, data: bytes) -> None:
        self._timed("create", lambda: self.inner.create(path, data))

    def delete(self, path: str) -> None:
        self._timed("delete", lambda: self.inner.delete(path))

    def make_folder(self, path: str) -> None:
        self._timed("make_folder", lambda: self.inner.make_folder(path))

    def tidy(self, folder: str) -> list[str]:
        return self._timed("tidy", lambda: self.inner.tidy(folder))


# What each phase's time is split into: (label, owner, attribute). Wrapped only while
# the phase runs; every one is called per file or per sync, so wrapping costs nothing.
SEND_SPLITS = (
    ("capture (stamping)", VaultSyncStore, "_capture_dirty"),
    ("pending (incl. capture)", VaultSyncStore, "pending"),
    ("encode", VaultSyncStore, "payload"),
    ("seal", engine_types, "seal"),
    ("keep in flight", VaultSyncStore, "begin_send"),
    ("mark sent", VaultSyncStore, "finish_send"),
)
RECEIVE_SPLITS = (
    ("verify+open", engine_types, "open_sealed"),
    ("decode", engine, "decode_records"),
    ("merge", engine, "_merge_file"),
    ("apply (rows, index)", VaultSyncStore, "apply"),
)


@contextmanager
def splits(wanted: Sequence[tuple[str, Any, str]]) -> Iterator[dict[str, float]]:
    """Seconds spent in each wanted function while the block runs."""
    seconds: defaultdict[str, float] = defaultdict(float)
    originals = [(owner, name, getattr(owner, name)) for _, owner, name in wanted]

    def timing(label: str, original: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                seconds[label] += time.perf_counter() - started

        return timed

    for (label, owner, name), (_, _, original) in zip(wanted, originals, strict=True):
        setattr(owner, name, timing(label, original))
    try:
        yield seconds
    finally:
        for owner, name, original in originals:
            setattr(owner, name, original)


def resident_bytes() -> int | None:
    """This process's resident memory now (Linux), else ``None``."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def max_resident_bytes() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


@contextmanager
def peak_memory() -> Iterator[list[int]]:
    """Peak resident memory over what the process held when the block began, in bytes
    (sampled every 5 ms; where /proc is missing, the rise of the high-water mark)."""
    result = [0]
    start = resident_bytes()
    if start is None:
        before = max_resident_bytes()
        yield result
        result[0] = max_resident_bytes() - before
        return
    peak = [start]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.005):
            peak[0] = max(peak[0], resident_bytes() or 0)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        yield result
    finally:
        done.set()
        sampler.join()
        result[0] = max(peak[0], resident_bytes() or 0) - start


def _serve(
    root: str, urls: "multiprocessing.Queue[str]", stop: multiprocessing.synchronize.Event
) -> None:
    """In the child process: serve ``root`` over WebDAV until ``stop`` is set."""
    from tests.sync.webdav.dav_server import start

    server, halt = start(Path(root))
    urls.put(server.url)
    stop.wait()
    halt()


@contextmanager
def dav_server(root: Path) -> Iterator[str]:
    """A WsgiDAV server on 127.0.0.1 serving ``root``, in a child process: its URL."""
    spawn = multiprocessing.get_context("spawn")  # no fork of a process with open vaults
    urls: multiprocessing.Queue[str] = spawn.Queue()
    stop = spawn.Event()
    server = spawn.Process(target=_serve, args=(str(root), urls, stop), daemon=True)
    server.start()
    try:
        yield urls.get(timeout=60)
    finally:
        stop.set()
        server.join(10)
        if server.is_alive():
            server.terminate()
            server.join()


@dataclass
class Place:
    """Where the vaults sync: a folder, or a WebDAV server (``url``) that stores in ``root``."""

    root: Path
    url: str = ""
    clients: list["WebDavTarget"] = field(default_factory=list)

    @property
    def name(self) -> str:
        return "a WebDAV server" if self.url else "a folder"

    def spec(self) -> tuple[TargetSpec, str | None]:
        """What each vault keeps of the place, and its secret (the WebDAV password)."""
        if not self.url:
            return TargetSpec.folder(self.root), None
        from tests.sync.webdav.dav_server import PASSWORD, USER

        return TargetSpec.webdav(self.url, USER), PASSWORD

    def target(self) -> CountingTarget:
        """A target of its own (for WebDAV, a new client: one per vault, as in the app)."""
        if not self.url:
            return CountingTarget(FolderTarget(self.root))
        from tests.sync.webdav.dav_server import PASSWORD, USER

        from wellbeing_desk.sync.webdav_target import WebDavTarget

        client = WebDavTarget(self.url, USER, PASSWORD)
        self.clients.append(client)
        return CountingTarget(client)

    def close(self) -> None:
        for client in self.clients:
            client.close()
        self.clients.clear()


@dataclass
class Device:
    """A vault that syncs through the bench's place with a target of its own."""

    vault: Vault
    target: CountingTarget

    def sync(self) -> SyncReport:
        self.target.calls.clear()
        self.target.seconds.clear()
        return vault_sync.sync(self.vault.connection(), target=self.target)


@dataclass
class Measured:
    seconds: float
    memory: int
    report: SyncReport
    requests: int  # HTTP requests the sync sent (0 through a folder)


def measure(
    phase: str, label: str, device: Device, profile: set[str], profiles: dict[str, str]
) -> Measured:
    profiler = cProfile.Profile() if phase in profile else None
    requests_before = device.target.requests
    with peak_memory() as memory:
        started = time.perf_counter()
        if profiler is not None:
            profiler.enable()
        report = device.sync()
        if profiler is not None:
            profiler.disable()
        seconds = time.perf_counter() - started
    if profiler is not None:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(15)
        profiles[label] = out.getvalue()
    return Measured(seconds, memory[0], report, device.target.requests - requests_before)


def new_vault(folder: Path, name: str) -> Vault:
    return Vault.create(folder / name, PASSPHRASE, KdfParams.fast_for_tests())


def split_line(total: float, seconds: dict[str, float], io_seconds: float, io_label: str) -> str:
    parts = [f"{label} {value:.2f} s" for label, value in seconds.items()]
    parts.append(f"{io_label} {io_seconds:.2f} s")
    inner = seconds.get("capture (stamping)", 0.0)  # counted inside pending too
    rest = total - sum(seconds.values()) + inner - io_seconds
    parts.append(f"the rest {rest:.2f} s")
    return ", ".join(parts)


def files_on(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000, help="journal entries to sync")
    parser.add_argument(
        "--profile", type=phases, default=set(), help=f"cProfile these: {','.join(PHASES)}"
    )
    parser.add_argument("--folder", type=Path, help="where to make the vaults (else a temp dir)")
    parser.add_argument(
        "--webdav", action="store_true", help="sync through a WebDAV server on 127.0.0.1"
    )
    args = parser.parse_args(argv)
    harden_process()
    workspace: AbstractContextManager[Any] = (
        nullcontext(str(args.folder))
        if args.folder
        else tempfile.TemporaryDirectory(prefix="wd-bench-sync-")
    )
    with workspace as where:
        run(Path(where), args.records, args.profile, webdav=args.webdav)


def phases(text: str) -> set[str]:
    chosen = {name.strip() for name in text.split(",") if name.strip()}
    if not chosen <= set(PHASES):
        raise argparse.ArgumentTypeError(f"phases are {', '.join(PHASES)}")
    return chosen


def run(folder: Path, count: int, profile: set[str], *, webdav: bool = False) -> None:
    vaults: list[Vault] = []
    stick = folder / ("served" if webdav else "stick")
    stick.mkdir(parents=True)
    with dav_server(stick) if webdav else nullcontext("") as url:
        place = Place(stick, url)
        try:
            measure_all(folder, count, profile, vaults, place)
        finally:
            place.close()
            for vault in vaults:
                vault.lock()


def requests_line(requests: int, webdav: bool) -> None:
    if webdav:
        print(f"      HTTP requests: {requests:,}")


def measure_all(
    folder: Path, count: int, profile: set[str], vaults: list[Vault], place: Place
) -> None:
    entries = make_entries(count)
    stick = place.root
    webdav = bool(place.url)
    profiles: dict[str, str] = {}

    plain = new_vault(folder, "baseline")
    vaults.append(plain)
    started = time.perf_counter()
    plain.journal.add_many(entries)
    baseline = time.perf_counter() - started
    print(f"== baseline: journal.add_many of {count:,} entries (500-2,000 chars, tags) ==")
    print(f"   vault that does not sync: {baseline:.2f} s")

    sender = new_vault(folder, "a")
    vaults.append(sender)
    spec, secret = place.spec()
    a_target = place.target()
    code = vault_sync.set_up(
        sender.connection(),
        spec,
        target=a_target,
        params=PairingKdfParams.fast_for_tests(),
        secret=secret,
    ).pairing_code
    started = time.perf_counter()
    sender.journal.add_many(entries)
    tracked = time.perf_counter() - started
    print(f"   vault that syncs (change tracking on): {tracked:.2f} s, "
          f"ratio {tracked / baseline:.2f}")  # fmt: skip
    receiver = new_vault(folder, "b")
    vaults.append(receiver)
    b_target = place.target()
    vault_sync.join(receiver.connection(), spec, code, target=b_target, secret=secret)
    a, b = Device(sender, a_target), Device(receiver, b_target)

    print(f"== 1. send: seal and write {count:,} changed entries to {place.name} ==")
    with splits(SEND_SPLITS) as seconds:
        sent = measure("send", "send", a, profile, profiles)
    files, size = files_on(stick)
    print(f"   send: sync on the sending vault {sent.seconds:.2f} s, "
          f"ratio to baseline {sent.seconds / baseline:.2f}  (target <= 2 s)")  # fmt: skip
    print(f"      capture (stamping) {seconds['capture (stamping)']:.2f} s, "
          f"sealing and writing {sent.seconds - seconds['capture (stamping)']:.2f} s")  # fmt: skip
    written = "upload (PUT, MOVE)" if webdav else "write+fsync"
    print(f"      {split_line(sent.seconds, seconds, a.target.seconds['create'], written)}")
    print(f"      {sent.report.sent:,} records in {a.target.calls['create']} files; "
          f"{files} files, {size / MIB:.1f} MiB on the target")  # fmt: skip
    requests_line(sent.requests, webdav)

    print(f"== 2. receive: read, verify and apply {count:,} entries on a second vault ==")
    with splits(RECEIVE_SPLITS) as seconds:
        got = measure("receive", "receive", b, profile, profiles)
    print(f"   receive: sync on the receiving vault {got.seconds:.2f} s, "
          f"ratio to baseline {got.seconds / baseline:.2f}  (target <= 5 s)")  # fmt: skip
    read = "download (GET)" if webdav else "read"
    print(f"      {split_line(got.seconds, seconds, b.target.seconds['read'], read)}")
    print(f"      {got.report.received:,} records from {got.report.files_applied} files")
    requests_line(got.requests, webdav)

    for device in (a, b):  # anything either still had to say (nothing, normally)
        device.sync()
    print(f"== 3. no-op sync at {count:,} records ==")
    noops = {}
    for name, device in (("sending", a), ("receiving", b)):
        noop = measure("noop", f"no-op, {name}", device, profile, profiles)
        noops[name] = noop
        calls = device.target.calls
        print(f"   no-op sync, {name} vault: {noop.seconds * 1000:.1f} ms  (target <= 200 ms)")
        print(f"      file reads: {calls['read']} read, {calls['list_names']} list_names, "
              f"{calls['list_folders']} list_folders (must not grow with records); "
              f"sent {noop.report.sent}, received {noop.report.received}")  # fmt: skip
        if webdav:
            print(f"      requests per no-op sync at {count:,} records: {noop.requests} "
                  f"(must not grow with records)")  # fmt: skip

    print(f"== 4. join: a new device syncs all {count:,} entries ==")
    row = vault_sync.current_space(sender.connection())
    assert row is not None
    started = time.perf_counter()
    requests_before = a.target.requests
    engine.write_snapshot(
        a.target,
        SpaceKeys(row.space, row.device, row.root_key),
        VaultSyncStore(sender.connection(), row.space),
    )
    print(f"   snapshot written by the sending vault: {time.perf_counter() - started:.2f} s "
          f"(devices write one every {engine.SNAPSHOT_EVERY} files)")  # fmt: skip
    requests_line(a.target.requests - requests_before, webdav)
    newcomer = new_vault(folder, "c")
    vaults.append(newcomer)
    c_target = place.target()
    vault_sync.join(newcomer.connection(), spec, code, target=c_target, secret=secret)
    joined = measure("join", "join", Device(newcomer, c_target), profile, profiles)
    print(f"   join: first sync on a third vault {joined.seconds:.2f} s, "
          f"ratio to baseline {joined.seconds / baseline:.2f}  (target <= 10 s)")  # fmt: skip
    source = "a snapshot" if joined.report.snapshot_from else "the logs"
    print(f"      from {source} ({joined.report.received:,} records, "
          f"then {joined.report.files_applied} log files after it)")  # fmt: skip
    requests_line(joined.requests, webdav)

    server = " (the server's not counted)" if webdav else ""
    print(f"== 5. peak memory over the app's own (resident, sampled every 5 ms){server} ==")
    memory = [
        ("send", sent.memory),
        ("receive", got.memory),
        ("no-op, sending", noops["sending"].memory),
        ("no-op, receiving", noops["receiving"].memory),
        ("join", joined.memory),
    ]
    for name, used in memory:
        print(f"   peak memory, {name}: +{used / MIB:.1f} MiB  (target < 100 MiB)")

    for name, text in profiles.items():
        print(f"== cProfile of {name} (times above include its overhead) ==")
        print(text)


if __name__ == "__main__":
    main()
