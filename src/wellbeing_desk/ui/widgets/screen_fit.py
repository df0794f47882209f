"""A window's first size: roomy where there is room, never larger than her screen."""

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_ROOM = QSize(20, 40)  # the window system's frame and title bar


def fit_to_screen(window: QWidget, wanted: QSize) -> None:
    """Resize ``window`` to ``wanted``, shrunk to what the screen leaves (a 900×600 laptop)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(wanted)
        return
    room = screen.availableGeometry().size() - FRAME_ROOM
    window.resize(wanted.boundedTo(room).expandedTo(window.minimumSize()))
