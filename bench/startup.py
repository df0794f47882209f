"""Start-up: the app to its first painted unlock screen, against a bare PySide6 window.

    .venv/bin/python bench/startup.py [--runs N]

Two figures per program, each the median of N runs: from exec to the first
painted window (what she sees), and the whole process from exec to exit right
after that paint, with its peak memory (the app makes its worker, watchers and
keys in the loop turn after the first paint, so that work shows in the second
figure). The baseline is a bare window with one line edit, measured in the same
run. Prints figures and ratios; not part of the test suite's pass/fail.
Offscreen unless DISPLAY is set.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

from wellbeing_desk.vault import KdfParams, Vault

# Quit on the first paint of the first top-level window shown, then report peak memory.
_QUIT_ON_FIRST_PAINT = """
import resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class _FirstPaint(QObject):
    seen = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType() and not self.seen:
            self.seen = True
            print("first_paint_at", time.time(), flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False

_first_paint = _FirstPaint()

def _watch():
    QApplication.instance().installEventFilter(_first_paint)

import atexit
atexit.register(lambda: print("maxrss_kib", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
"""

BARE = (
    _QUIT_ON_FIRST_PAINT
    + """
from PySide6.QtWidgets import QLineEdit
app = QApplication(sys.argv)
_watch()
field = QLineEdit()
field.show()
app.exec()
"""
)

APP = (
    _QUIT_ON_FIRST_PAINT
    + """
import PySide6.QtWidgets as widgets
_exec = widgets.QApplication.exec
def _exec_watched(self=None):
    _watch()
    return _exec()
widgets.QApplication.exec = _exec_watched
from wellbeing_desk.app import main
main(["--vault", sys.argv[1]])
"""
)


class Run(NamedTuple):
    to_paint: float  # s from exec to the first paint
    whole: float  # s from exec to exit
    memory_kib: int


def run(script: str, *args: str, env: dict[str, str]) -> Run:
    started_at = time.time()  # the child's clock is the same wall clock
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    took = time.perf_counter() - started
    figures = dict(line.split() for line in result.stdout.splitlines() if line[:1].isalpha())
    return Run(float(figures["first_paint_at"]) - started_at, took, int(figures["maxrss_kib"]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    home = Path(tempfile.mkdtemp(prefix="wd-startup-"))
    env = {**os.environ, "WELLBEING_DESK_HOME": str(home), "HOME": str(home)}
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    first_run = home / "first-run"  # no vault yet: the create screen
    daily = home / "vault"  # a vault: the unlock screen she meets every day
    Vault.create(daily, "bench quiet river lantern", KdfParams.fast_for_tests()).lock()
    run(APP, str(daily), env=env)  # warm the file cache
    bare = [run(BARE, env=env) for _ in range(runs)]
    unlock = [run(APP, str(daily), env=env) for _ in range(runs)]
    create = [run(APP, str(first_run), env=env) for _ in range(runs)]
    bare_paint = statistics.median(r.to_paint for r in bare)
    bare_s = statistics.median(r.whole for r in bare)
    bare_mib = max(r.memory_kib for r in bare) / 1024
    print(
        f"bare window: first paint {bare_paint:.3f} s; to exit {bare_s:.3f} s, "
        f"peak {bare_mib:.0f} MiB"
    )
    for name, runs_of in (("unlock screen", unlock), ("create screen, first run", create)):
        app_paint = statistics.median(r.to_paint for r in runs_of)
        app_s = statistics.median(r.whole for r in runs_of)
        app_mib = max(r.memory_kib for r in runs_of) / 1024
        print(
            f"Wellbeing Desk ({name}): first paint {app_paint:.3f} s "
            f"({app_paint / bare_paint:.2f}×); to exit {app_s:.3f} s ({app_s / bare_s:.2f}×), "
            f"peak {app_mib:.0f} MiB ({app_mib / bare_mib:.2f}×)"
        )


if __name__ == "__main__":
    main()
