"""Every Tab stop shows that it has the focus; in the directory, Copy is one Tab from the list.

A stop "shows focus" when its picture with the keyboard focus differs from
its picture a moment later, after Tab moved on: a ring, a border, a colour.
"""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QImage, QRegion
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QPushButton,
    QScrollArea,
    QWidget,
)

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
MAX_STOPS = 40


@pytest.fixture
def directory_vault(ui_vault_dir: Path, fast_kdf: KdfParams) -> Path:
    vault = Vault.create(ui_vault_dir, PASSPHRASE, fast_kdf)
    vault.directory.add(
        DirectoryEntryInput(
            name="Línea de apoyo",
            kind="hotline",
            categories=("counselling",),
            contacts=(
                ContactMethod("phone", "+1 555 0100"),
                ContactMethod("website", "https://example.org/help"),
            ),
        )
    )
    vault.lock()
    return ui_vault_dir


def _picture(widget: QWidget) -> list[QImage]:
    """The widget's own pixels, not its children's: a container is not lit by a child's ring.

    A list or text view draws its focus inside its viewport, so that is included.
    """
    own = QImage(widget.size(), QImage.Format.Format_ARGB32)
    own.fill(0)
    widget.render(own, QPoint(), QRegion(), QWidget.RenderFlag.DrawWindowBackground)
    pictures = [own]
    if isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QScrollArea):
        pictures.append(widget.viewport().grab().toImage())
    return pictures


def _active(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _tab(qtbot) -> QWidget:
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.wait(5)
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _open_directory(qtbot, window: MainWindow) -> QWidget:
    unlock(qtbot, window)
    _active(qtbot, window)
    window.workspace.show_section("directory")
    page = window.workspace.pages["directory"]
    page.focus_list()
    qtbot.waitUntil(lambda: page.selected_id() is not None, timeout=WORKER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    return page


def test_copy_is_one_tab_from_the_directory_list(
    qtbot, directory_vault: Path, window: MainWindow
) -> None:
    page = _open_directory(qtbot, window)
    assert QApplication.focusWidget() is page.view
    copy = _tab(qtbot)
    assert isinstance(copy, QPushButton) and copy.property("copy")
    QTest.keyClick(copy, Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == "+1 555 0100"
    # And Ctrl+C in the list copies the same, as F1 says.
    QGuiApplication.clipboard().clear()
    page.focus_list()
    QTest.keyClick(page.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "+1 555 0100"


@pytest.mark.parametrize("section", ["directory", "today", "journal", "plan", "notes", "settings"])
def test_every_tab_stop_shows_its_focus(
    qtbot, directory_vault: Path, window: MainWindow, section: str
) -> None:
    window.resize(1040, 720)
    page = _open_directory(qtbot, window)
    if section == "plan":
        window.open_emergency_plan()
        page = window.workspace.pages["journal"].plan
        qtbot.waitUntil(page.emergency.add_button.isEnabled, timeout=WORKER_TIMEOUT_MS)
    elif section != "directory":
        window.workspace.show_section(section)
        qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
        window.workspace.focus_current_page()
        page = window.workspace.pages[section]
    qtbot.wait(30)
    seen: list[QWidget] = []
    silent: list[str] = []
    # Qt shows focus once the keyboard has moved it (not after a click or a programmatic
    # focus): one Tab first, as she would press it, then walk the stops.
    widget = _tab(qtbot)
    for _ in range(MAX_STOPS):
        assert widget is not None
        if widget in seen:
            break
        seen.append(widget)
        focused = _picture(widget)
        following = _tab(qtbot)
        if page.isAncestorOf(widget) and _picture(widget) == focused:
            name = widget.accessibleName() or type(widget).__name__
            silent.append(f"{type(widget).__name__} {name!r}")
        widget = following
    assert len(seen) > 3
    assert silent == [], "no visible focus: " + ", ".join(silent)
