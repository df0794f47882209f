"""The window keeps breathing while Argon2id derives the key: the KDF never runs on the GUI thread.

A behaviour test, not a timing one (timings live in ``bench/``): the key
derivation is held on a gate while the test proves the event loop still
runs, the passphrase field is cleared of work and the window says it is
unlocking. Were the KDF on the GUI thread, the click would not return
until the gate opened, and the gate is only opened from a timer.
"""

import threading

from PySide6.QtCore import QTimer

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS
from wellbeing_desk.vault import Vault, header

GATE_SECONDS = 15


def test_the_kdf_runs_off_the_gui_thread_while_the_window_keeps_working(
    qtbot, make_window, ui_vault_dir, fast_kdf, monkeypatch
) -> None:
    Vault.create(ui_vault_dir, PASSPHRASE, fast_kdf).lock()
    window = make_window()
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase.edit, PASSPHRASE)

    real_derive = header.derive_key
    gate = threading.Event()
    derived_on: list[threading.Thread] = []

    def held_derive(*args: object, **kwargs: object) -> bytes:
        derived_on.append(threading.current_thread())
        gate.wait(GATE_SECONDS)
        return real_derive(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(header, "derive_key", held_derive)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()

    page.unlock_button.click()  # returns at once: the derivation waits on the gate
    assert not gate.is_set()
    qtbot.waitUntil(lambda: bool(derived_on), timeout=WORKER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=WORKER_TIMEOUT_MS)  # the loop runs
    assert derived_on[0] is not threading.main_thread()
    assert window.state == "locked" and not gate.is_set()
    QTimer.singleShot(0, gate.set)
    qtbot.waitUntil(lambda: window.state == "unlocked", timeout=WORKER_TIMEOUT_MS)
    timer.stop()
