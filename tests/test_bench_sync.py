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
