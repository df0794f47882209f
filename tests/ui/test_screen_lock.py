"""Screen lock over D-Bus: silent without a bus, locks on ActiveChanged(true) with one."""

import os
import shutil
import signal
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from wellbeing_desk.ui.screen_lock import ScreenLockWatcher


def test_no_bus_means_no_listening_and_no_warnings(qapp) -> None:
    watcher = ScreenLockWatcher(
        system_bus=QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "wd-test-none"),
    )
    assert watcher.connected_sources == []
    QDBusConnection.disconnectFromBus("wd-test-none")


@pytest.fixture
def private_bus() -> Iterator[QDBusConnection]:
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        address = process.stdout.readline().strip()
        bus = QDBusConnection.connectToBus(address, "wd-test-private")
        assert bus.isConnected()
        yield bus
        QDBusConnection.disconnectFromBus("wd-test-private")
    finally:
        os.kill(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
        process.stdout.close()


def test_screensaver_active_changed_requests_a_lock(qtbot, private_bus) -> None:
    watcher = ScreenLockWatcher(session_bus=private_bus)
    assert "org.freedesktop.ScreenSaver" in watcher.connected_sources
    locks: list[bool] = []
    watcher.lock_requested.connect(lambda: locks.append(True))

    def send(active: bool) -> None:
        message = QDBusMessage.createSignal(
            "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
        )
        message.setArguments([active])
        assert private_bus.send(message)

    send(False)  # the screen unlocking is no reason to lock
    with qtbot.waitSignal(watcher.lock_requested, timeout=5000):
        send(True)
    assert locks == [True]
