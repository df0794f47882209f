"""UI fixtures: a fake clock, a settings store and a main window per test.

The shared ``tests/conftest.py`` already isolates HOME/XDG and sets
``WELLBEING_DESK_HOME`` inside ``tmp_path``; the window's vault is
``paths.default_vault_dir()`` there.
"""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from wellbeing_desk import paths
from wellbeing_desk.ui.application import remove_translators
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.settings_store import SettingsStore
from wellbeing_desk.ui.widgets.message import MessageBox
from wellbeing_desk.vault import KdfParams, Vault

WORKER_TIMEOUT_MS = 20_000


class FakeClock:
    """Monotonic seconds that only move when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(autouse=True)
def _language_restored(qapp: QApplication) -> Iterator[None]:
    """A test that installs a language leaves no trace: date edits' sections follow the
    locale, and Arabic mirrors the whole application (tests run in any order, several
    files to a process)."""
    before = QLocale()
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # whatever ran before
    yield
    remove_translators(qapp)
    QLocale.setDefault(before)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture(autouse=True)
def _fresh_message_boxes() -> Iterator[None]:
    MessageBox.reset()
    yield
    MessageBox.reset()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def ui_vault_dir() -> Path:
    return paths.default_vault_dir()


@pytest.fixture
def settings_store() -> SettingsStore:
    return SettingsStore()


@pytest.fixture
def existing_vault(ui_vault_dir: Path, fast_kdf: KdfParams) -> Path:
    """A locked vault with ``PASSPHRASE`` (fast KDF)."""
    Vault.create(ui_vault_dir, PASSPHRASE, fast_kdf).lock()
    return ui_vault_dir


@pytest.fixture
def make_window(
    qtbot, ui_vault_dir: Path, settings_store: SettingsStore, clock: FakeClock, fast_kdf: KdfParams
) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def make(**overrides: object) -> MainWindow:
        options: dict[str, object] = {"kdf": fast_kdf, "clock": clock, "starter": False}
        options.update(overrides)
        window = MainWindow(ui_vault_dir, settings_store, **options)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.services_started)  # the loop turn after the first paint
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()  # closeEvent locks and stops the worker thread (waits for it)
        assert not window.worker.running


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()


def unlock(qtbot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase like a person and wait until the vault is open."""
    assert window.state == "locked"
    qtbot.keyClicks(window.unlock_page.passphrase.edit, passphrase)
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state == "unlocked", timeout=WORKER_TIMEOUT_MS)


def open_section(qtbot, window: MainWindow, key: str, shown: Callable[[], bool]) -> None:
    """Unlock, show the section ``key`` and wait until ``shown()`` (its list is on screen)."""
    unlock(qtbot, window)
    window.workspace.show_section(key)
    qtbot.waitUntil(shown, timeout=WORKER_TIMEOUT_MS)


def settle_search(qtbot, window: MainWindow, search_timer: QTimer, model: Any) -> None:
    """Wait until the debounced search has run and every answer has arrived."""
    qtbot.waitUntil(
        lambda: not search_timer.isActive() and not window.worker.busy and not model.loading,
        timeout=WORKER_TIMEOUT_MS,
    )
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)


def visible_dialogs() -> list[object]:
    from PySide6.QtWidgets import QDialog

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def scroll_into_view(widget: Any) -> None:
    """Scroll every scroll area around ``widget`` so it shows, as she would before clicking.

    Clicks go through the window: a button scrolled out of view gets none.
    """
    from PySide6.QtWidgets import QScrollArea

    for _ in range(3):  # pending layouts first: the scroll range depends on them
        QApplication.processEvents()
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()
