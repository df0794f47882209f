"""``bench/sync.py`` runs end to end at a small size and prints every figure.

No time is checked here (timings are the bench's to print, not the suite's to
judge); only that each figure is there and that the records really travelled.
"""

import re
from pathlib import Path

import pytest
from bench import sync as bench_sync

FIGURES = (
    "vault that does not sync:",  # the baseline
    "send: sync on the sending vault",
    "capture (stamping)",
    "receive: sync on the receiving vault",
    "no-op sync, sending vault:",
    "no-op sync, receiving vault:",
    "join: first sync on a third vault",
    "snapshot written by the sending vault:",
    "from a snapshot (",  # the new device starts from it
    "peak memory, send:",
    "peak memory, receive:",
    "peak memory, no-op, sending:",
    "peak memory, no-op, receiving:",
    "peak memory, join:",
    "== cProfile of no-op, sending",
)


def test_the_sync_bench_prints_every_figure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bench_sync.main(["--records", "200", "--folder", str(tmp_path), "--profile", "noop"])
    out = capsys.readouterr().out
    missing = [figure for figure in FIGURES if figure not in out]
    assert missing == []
    assert "ratio to baseline" in out and "(target <= 2 s)" in out
    sent = re.search(r"([\d,]+) records in \d+ files", out)
    received = re.search(r"([\d,]+) records from \d+ files", out)
    assert sent and received and sent.group(1) == received.group(1)
    assert int(sent.group(1).replace(",", "")) >= 200
    reads = re.findall(r"file reads: (\d+) read, .*sent (\d+), received (\d+)", out)
    assert reads == [("0", "0", "0"), ("0", "0", "0")]  # a no-op sync reads no file


def test_the_sync_bench_refuses_an_unknown_phase() -> None:
    with pytest.raises(SystemExit):
        bench_sync.main(["--records", "10", "--profile", "sned"])


WEBDAV_FIGURES = (
    *FIGURES[:-1],  # every folder-mode figure but the profile, which is not asked for here
    "to a WebDAV server ==",
    "requests per no-op sync at 200 records:",
)


@pytest.mark.allow_hosts(["127.0.0.1"])
def test_the_sync_bench_runs_through_a_webdav_server(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bench_sync.main(["--webdav", "--records", "200", "--folder", str(tmp_path)])
    out = capsys.readouterr().out
    missing = [figure for figure in WEBDAV_FIGURES if figure not in out]
    assert missing == []
    sent = re.search(r"([\d,]+) records in \d+ files", out)
    received = re.search(r"([\d,]+) records from \d+ files", out)
    assert sent and received and sent.group(1) == received.group(1)
    assert int(sent.group(1).replace(",", "")) >= 200
    # send, receive, snapshot and join each went over HTTP
    assert len(re.findall(r"HTTP requests: [1-9]", out)) == 4
    noops = re.findall(r"requests per no-op sync at 200 records: (\d+)", out)
    assert len(noops) == 2 and all(1 <= int(n) <= 10 for n in noops)
    assert any(path.is_file() for path in (tmp_path / "served").rglob("*"))
