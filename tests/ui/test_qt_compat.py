"""The installed PySide6 must not be one that loses references on every emit.

PySide6-Essentials 6.12.0 returns ``True`` from ``SignalInstance.emit()``
without a reference of its own; on Python 3.11 a few hundred emits later the
interpreter aborts ("bool_dealloc"). pyproject.toml excludes that release;
this test fails loudly if such a build slips back in.
"""

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Source(QObject):
    changed = Signal(bool)

app = QCoreApplication([])
source = Source()
source.changed.connect(lambda value: None)
before = sys.getrefcount(True)
for _ in range(20_000):
    source.changed.emit(True)
print(sys.getrefcount(True) - before)
"""


def test_emitting_signals_keeps_reference_counts_and_the_interpreter_alive() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert abs(int(result.stdout.strip())) < 100
