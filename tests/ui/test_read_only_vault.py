"""Issues 11.2 and 11.3 in the app: a read-only vault opens read-only, with a banner;
damage found shows the damaged message, stops writes and offers the check."""

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from tests.support.read_only import WAYS, digests, read_only
from tests.ui.conftest import WORKER_TIMEOUT_MS, FakeClock, unlock
from tests.vault.test_read_only_and_marked import flip_a_journal_page
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.settings_store import SettingsStore
from wellbeing_desk.vault import DamagedVaultError, KdfParams, Vault
from wellbeing_desk.vault import access as vault_access
from wellbeing_desk.vault.errors import VaultReadOnlyError
from wellbeing_desk.vault.journal import EntryInput
from wellbeing_desk.vault.layout import VaultLayout


def _entry(text: str) -> EntryInput:
    return EntryInput(occurred_at=datetime(2026, 3, 1, 12, 0), stress=3, body=text)


@pytest.fixture
def window_at(
    qtbot, settings_store: SettingsStore, clock: FakeClock, fast_kdf: KdfParams
) -> Iterator[Callable[[Path], MainWindow]]:
    windows: list[MainWindow] = []

    def make(vault_dir: Path) -> MainWindow:
        window = MainWindow(vault_dir, settings_store, kdf=fast_kdf, clock=clock, starter=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def filled(vault_dir: Path, kdf: KdfParams, entries: int = 3) -> None:
    with Vault.create(vault_dir, PASSPHRASE, kdf) as vault:
        for number in range(entries):
            vault.journal.add(_entry(f"entry {number}: a lantern walk " + "quiet words " * 30))


def outcome_of(qtbot, window: MainWindow, op: Callable[[Vault], object]) -> tuple[str, object]:
    """Run ``op`` on the worker, as a page would, and wait for its answer."""
    seen: list[tuple[str, object]] = []
    window.worker.submit(
        op, lambda value: seen.append(("ok", value)), lambda error: seen.append(("error", error))
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=WORKER_TIMEOUT_MS)
    return seen[0]


def assert_read_only_window(qtbot, window: MainWindow, place: Path) -> None:
    before = digests(place)
    unlock(qtbot, window)
    banner = window.workspace.banner
    qtbot.waitUntil(banner.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert "read-only here" in banner.message.text()
    assert "can't be saved" in banner.message.text()
    assert banner.message.accessibleName() == banner.message.text()
    assert not banner.check_button.isVisible()  # nothing is wrong with the vault
    assert "read-only" in window.windowTitle()
    kind, value = outcome_of(qtbot, window, lambda vault: len(list(vault.journal.entries())))
    assert (kind, value) == ("ok", 3)
    for write in (
        lambda vault: vault.journal.add(_entry("not saved")),
        lambda vault: vault.settings.set("key", "value"),
    ):
        kind, error = outcome_of(qtbot, window, write)
        assert kind == "error" and isinstance(error, VaultReadOnlyError), error
        assert describe_error(error) == describe_error(VaultReadOnlyError("x"))
        assert "read-only here" in describe_error(error)
    assert digests(place) == before
    window.lock()
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    assert not banner.isVisible() and banner.message.text() == ""


@pytest.mark.parametrize("way", WAYS)
def test_a_read_only_vault_opens_read_only_with_a_banner(
    qtbot, window_at, tmp_path: Path, fast_kdf: KdfParams, way: str
) -> None:
    vault_dir = tmp_path / "vault"
    filled(vault_dir, fast_kdf)
    with read_only(vault_dir, way, in_process=True) as place:
        window = window_at(place)
        assert_read_only_window(qtbot, window, place)
        window.close()


def test_a_read_only_vault_opens_read_only_with_a_banner_simulated(
    qtbot, window_at, tmp_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Holds as root: the place only counts as read-only, the app writes nothing by itself."""
    vault_dir = tmp_path / "vault"
    filled(vault_dir, fast_kdf)
    (vault_dir / "writer.lock").unlink()
    monkeypatch.setattr(vault_access, "writable_here", lambda _layout: False)
    assert_read_only_window(qtbot, window_at(vault_dir), vault_dir)


def test_damage_met_while_open_is_the_damaged_message_and_stops_writes(
    qtbot, window_at, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    vault_dir = tmp_path / "vault"
    filled(vault_dir, fast_kdf, entries=40)
    flip_a_journal_page(vault_dir)
    window = window_at(vault_dir)
    unlock(qtbot, window)
    kind, error = outcome_of(qtbot, window, lambda vault: list(vault.journal.entries()))
    assert kind == "error" and isinstance(error, DamagedVaultError), error
    assert describe_error(error) == describe_error(DamagedVaultError("x"))
    banner = window.workspace.banner
    qtbot.waitUntil(banner.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert "damage" in banner.message.text()
    assert "wellbeing-desk-cli" in banner.message.text() and "backup" in banner.message.text()
    assert vault_access.is_marked_damaged(VaultLayout(vault_dir))
    damaged = digests(vault_dir)["vault.db"]
    kind, error = outcome_of(qtbot, window, lambda vault: vault.settings.set("key", "value"))
    assert kind == "error" and isinstance(error, DamagedVaultError), error
    assert digests(vault_dir)["vault.db"] == damaged


def test_a_vault_marked_damaged_opens_read_only_and_offers_the_check(
    qtbot, window_at, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    vault_dir = tmp_path / "vault"
    filled(vault_dir, fast_kdf, entries=40)
    good = flip_a_journal_page(vault_dir)
    layout = VaultLayout(vault_dir)
    assert vault_access.mark_damaged(layout)
    window = window_at(vault_dir)
    unlock(qtbot, window)
    banner = window.workspace.banner
    qtbot.waitUntil(banner.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert "damage" in banner.message.text() and "backup" in banner.message.text()
    assert banner.check_button.isVisible()
    assert banner.check_button.accessibleName()
    qtbot.mouseClick(banner.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: banner.result.text() != "", timeout=WORKER_TIMEOUT_MS)
    assert "found damage" in banner.result.text()
    assert vault_access.is_marked_damaged(layout)
    window.lock()
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)

    (vault_dir / "vault.db").write_bytes(good)  # her backup copy, put back
    unlock(qtbot, window)
    qtbot.waitUntil(banner.isVisible, timeout=WORKER_TIMEOUT_MS)
    qtbot.mouseClick(banner.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: banner.result.text() != "", timeout=WORKER_TIMEOUT_MS)
    assert "no damage" in banner.result.text()
    assert not vault_access.is_marked_damaged(layout)
    window.lock()
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    unlock(qtbot, window)
    kind, _ = outcome_of(qtbot, window, lambda vault: vault.settings.set("key", "value"))
    assert kind == "ok"
    assert not banner.isVisible()


@pytest.mark.parametrize("way", WAYS)
def test_the_app_starts_on_a_read_only_vault_and_changes_nothing(
    qapp, tmp_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch, way: str
) -> None:
    """The one-window lock file cannot be made there: that is no reason to refuse.

    An existing folder keeps its modes (a folder she made read-only is not made
    writable again), and nothing is created in it.
    """
    import sys
    import threading

    from PySide6.QtWidgets import QApplication

    from wellbeing_desk import app as app_module
    from wellbeing_desk.ui import application

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    opened: list[Path] = []

    class Window:  # the real window is tested above; here only the start matters
        def __init__(self, vault_dir: Path, _settings: object) -> None:
            opened.append(vault_dir)

        def show(self) -> None: ...
        def close(self) -> None: ...
        def shutdown(self) -> None: ...

    monkeypatch.setattr("wellbeing_desk.ui.main_window.MainWindow", Window)
    monkeypatch.setattr(application, "install_signal_handlers", lambda *_: None)
    monkeypatch.setattr(QApplication, "exec", lambda _self: 0)
    vault_dir = tmp_path / "vault"
    filled(vault_dir, fast_kdf)
    with read_only(vault_dir, way, in_process=True) as place:
        before = (digests(place), place.stat().st_mode)
        assert app_module.main(["--vault", str(place)]) == 0
        assert opened == [place]
        assert (digests(place), place.stat().st_mode) == before


def test_damage_found_by_a_command_while_the_app_is_open_stops_its_writes(
    qtbot, window_at, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    """``wellbeing-desk-cli check`` marks the vault while the app has it open for writing."""
    vault_dir = tmp_path / "vault"
    filled(vault_dir, fast_kdf)
    window = window_at(vault_dir)
    unlock(qtbot, window)
    assert outcome_of(qtbot, window, lambda vault: vault.settings.set("before", "1"))[0] == "ok"
    assert vault_access.mark_damaged(VaultLayout(vault_dir))  # as a failed check would
    kind, error = outcome_of(qtbot, window, lambda vault: vault.settings.set("after", "2"))
    assert kind == "error" and isinstance(error, DamagedVaultError), error
    qtbot.waitUntil(window.workspace.banner.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert window.workspace.banner.reason == vault_access.DAMAGED
    assert outcome_of(qtbot, window, lambda vault: vault.settings.get("before"))[1] == "1"
