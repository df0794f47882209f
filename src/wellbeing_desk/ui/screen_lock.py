"""Lock when the session locks or the machine suspends (Linux, via D-Bus).

Listens for logind's ``PrepareForSleep(true)`` on the system bus and the
screen saver's ``ActiveChanged(true)`` on the session bus. Where a bus is not
there (headless machines, Windows, macOS without D-Bus) this does nothing and
says nothing.
"""

import sys

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")
# Service and path are left empty (any): desktops differ in both.
SCREENSAVER_INTERFACES = (
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.mate.ScreenSaver",
)


class ScreenLockWatcher(QObject):
    """Emits ``lock_requested`` on suspend or screen lock where the platform says so.

    ``system_bus`` / ``session_bus`` default to the user's buses on Linux (and to
    none elsewhere); tests pass a connection to a private bus.
    """

    lock_requested = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        system_bus: QDBusConnection | None = None,
        session_bus: QDBusConnection | None = None,
    ) -> None:
        super().__init__(parent)
        self.connected_sources: list[str] = []
        if system_bus is None and session_bus is None and sys.platform.startswith("linux"):
            system_bus, session_bus = QDBusConnection.systemBus(), QDBusConnection.sessionBus()
        if system_bus is not None and system_bus.isConnected():
            self._listen(system_bus, *LOGIND, "PrepareForSleep", "_on_sleep(bool)", "logind")
        if session_bus is not None and session_bus.isConnected():
            for interface in SCREENSAVER_INTERFACES:
                self._listen(
                    session_bus,
                    "",
                    "",
                    interface,
                    "ActiveChanged",
                    "_on_screensaver(bool)",
                    interface,
                )

    def _listen(
        self,
        bus: QDBusConnection,
        service: str,
        path: str,
        interface: str,
        member: str,
        slot: str,
        source: str,
    ) -> None:
        # PySide6's stub wants bytes for the slot; at run time only SLOT()'s str works.
        if bus.connect(service, path, interface, member, self, SLOT(slot)):  # type: ignore[call-overload]
            self.connected_sources.append(source)

    @Slot(bool)
    def _on_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit()

    @Slot(bool)
    def _on_screensaver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit()
