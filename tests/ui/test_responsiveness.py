"""The window keeps breathing while Argon2id derives the key on the worker thread."""

import itertools
import time

from PySide6.QtCore import Qt, QTimer

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS
from wellbeing_desk.vault import KdfParams, Vault

TICK_MS = 10
MAX_GAP_SECONDS = 0.100


def test_window_stays_responsive_while_unlocking(qtbot, make_window, ui_vault_dir) -> None:
    real = KdfParams()  # the real floor: 64 MiB, 3 passes, 4 lanes
    assert real.memory_kib >= 64 * 1024
    Vault.create(ui_vault_dir, PASSPHRASE, real).lock()
    window = make_window()
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase.edit, PASSPHRASE)

    ticks: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state == "unlocked", timeout=WORKER_TIMEOUT_MS)
    finished = time.perf_counter()
    timer.stop()

    assert finished - started > 0.05, "the KDF should take noticeable time"
    points = [started, *ticks, finished]
    gaps = [later - earlier for earlier, later in itertools.pairwise(points)]
    assert len(ticks) >= 5
    print(f"longest gap {max(gaps) * 1000:.1f} ms over {finished - started:.2f} s")
    assert max(gaps) < MAX_GAP_SECONDS, f"longest gap {max(gaps) * 1000:.0f} ms"
