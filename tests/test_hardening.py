"""The process hardening: no core dumps, not dumpable (no ptrace by others), private modes."""

import subprocess
import sys

import pytest

PROBE = """
import ctypes, os, resource
from wellbeing_desk.hardening import harden_process
harden_process()
print("core", resource.getrlimit(resource.RLIMIT_CORE)[0])
print("dumpable", ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE
print("umask", oct(os.umask(0o077)))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_hardened_process_leaves_no_core_and_is_not_dumpable() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=True
    )
    facts = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert facts == {"core": "0", "dumpable": "0", "umask": "0o77"}
