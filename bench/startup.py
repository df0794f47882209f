"""Start-up: the app to its first painted unlock screen, against a bare PySide6 window.

    .venv/bin/python bench/startup.py [--runs N]

Each figure is a whole process, from exec to exit right after the first paint
(the median of N runs), and its peak memory; the baseline is a bare window
with one line edit, measured in the same run. Prints figures and the ratio;
not part of the test suite's pass/fail. Offscreen unless DISPLAY is set.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from wellbeing_desk.vault import KdfParams, Vault

# Quit on the first paint of the first top-level window shown, then report peak memory.
_QUIT_ON_FIRST_PAINT = """
import resource, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class _FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType():
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


def run(script: str, *args: str, env: dict[str, str]) -> tuple[float, int]:
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
    memory = next(
        int(line.split()[1]) for line in result.stdout.splitlines() if line.startswith("maxrss")
    )
    return took, memory


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
    bare_s = statistics.median(t for t, _ in bare)
    bare_mib = max(m for _, m in bare) / 1024
    print(f"bare window:  {bare_s:.3f} s to first paint and exit, peak {bare_mib:.0f} MiB")
    for name, runs_of in (("unlock screen", unlock), ("create screen, first run", create)):
        app_s = statistics.median(t for t, _ in runs_of)
        app_mib = max(m for _, m in runs_of) / 1024
        print(
            f"Wellbeing Desk ({name}): {app_s:.3f} s, peak {app_mib:.0f} MiB; "
            f"ratio {app_s / bare_s:.2f}× the time, {app_mib / bare_mib:.2f}× the memory"
        )


if __name__ == "__main__":
    main()
