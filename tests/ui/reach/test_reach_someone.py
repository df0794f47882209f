"""The defining moment: from the locked window to a copied number, and help while locked."""

import contextlib
import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from wellbeing_desk.directory.starter import public_emergency_lines
from wellbeing_desk.ui.grounding import open_dialog as open_grounding_dialog
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.reach import PublicLinesDialog, ReachSomeoneDialog
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput

ANA_NUMBER = "+52 55 1234 5678"
# Dialogs settle their size while showing; the offscreen plugin warns about that.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def vault_with_people(ui_vault_dir: Path, fast_kdf: KdfParams) -> Path:
    vault = Vault.create(ui_vault_dir, PASSPHRASE, fast_kdf)
    vault.directory.add(
        DirectoryEntryInput(
            name="Helpline Somewhere",
            kind="hotline",
            categories=("counselling",),
            contacts=(ContactMethod("phone", "+1 555 0100"),),
        )
    )
    vault.emergency.add_person(
        "Ana", [ContactMethod("email", "ana@example.org"), ContactMethod("phone", ANA_NUMBER)]
    )
    vault.emergency.add_person("Luis", [ContactMethod("signal", "+34 600 000 000")])
    vault.lock()
    return ui_vault_dir


class Keyboard:
    """Key presses sent where the keyboard focus is, counted as she would count them."""

    def __init__(self, qtbot, window: MainWindow) -> None:
        self.presses = 0
        self.qtbot = qtbot
        window.activateWindow()  # mnemonics (Alt+…) need an active window, as on a desktop
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def focus(self) -> QWidget:
        # As on a desktop: a dialog that just opened is active before her next key arrives.
        self.qtbot.waitUntil(
            lambda: (
                QApplication.activeWindow() is not None
                and QApplication.activeModalWidget() in (None, QApplication.activeWindow())
                and QApplication.focusWidget() is not None
            )
        )
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    def type(self, text: str) -> None:
        QTest.keyClicks(self.focus(), text)
        self.presses += len(text)

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        QTest.keyClick(self.focus(), key, modifier)
        self.presses += 1


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_locked_window_to_her_persons_number_in_passphrase_plus_four_keys(
    qtbot, vault_with_people: Path, make_window
) -> None:
    window: MainWindow = make_window()
    keys = Keyboard(qtbot, window)
    keys.type(PASSPHRASE)  # the passphrase field has the focus on the lock screen
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state == "unlocked", timeout=WORKER_TIMEOUT_MS)
    keys.press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ReachSomeoneDialog)
    assert dialog is not None and dialog.isVisible()
    keys.press(Qt.Key.Key_Return)  # before or after the list arrives: it copies Ana
    qtbot.waitUntil(
        lambda: QGuiApplication.clipboard().text() == ANA_NUMBER, timeout=WORKER_TIMEOUT_MS
    )
    assert keys.presses - len(PASSPHRASE) <= 4
    names = [row.name for row in dialog.picker.rows]
    assert names[:2] == ["Ana", "Luis"]  # her people first, in her order
    assert "Helpline Somewhere" in names


def test_down_and_enter_copies_the_next_person_tab_reaches_other_ways(
    qtbot, vault_with_people: Path, window: MainWindow
) -> None:
    unlock(qtbot, window)
    dialog = window.open_reach_someone()
    assert dialog is not None
    qtbot.waitUntil(lambda: len(dialog.picker.rows) >= 2, timeout=WORKER_TIMEOUT_MS)
    assert dialog.picker.people.hasFocus() or QApplication.focusWidget() is dialog.picker.people
    QTest.keyClick(dialog.picker.people, Qt.Key.Key_Down)
    QTest.keyClick(dialog.picker.people, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == "+34 600 000 000"
    # Ana's second way (e-mail) is one Tab and one arrow away.
    QTest.keyClick(dialog.picker.people, Qt.Key.Key_Up)
    QTest.keyClick(dialog.picker.people, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.picker.ways
    QTest.keyClick(dialog.picker.ways, Qt.Key.Key_Down)
    QTest.keyClick(dialog.picker.ways, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == "ana@example.org"
    assert "ana@example.org" in dialog.picker.status.text()


def test_lock_closes_reach_and_takes_back_the_clipboard(
    qtbot, vault_with_people: Path, window: MainWindow
) -> None:
    unlock(qtbot, window)
    dialog = window.open_reach_someone()
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(dialog.picker.rows), timeout=WORKER_TIMEOUT_MS)
    dialog.picker.copy_current()
    assert QGuiApplication.clipboard().text() == ANA_NUMBER
    window.lock()
    assert QGuiApplication.clipboard().text() == ""
    assert not any(isinstance(w, ReachSomeoneDialog) and w.isVisible() for w in _windows())
    assert window.open_reach_someone() is None  # only while unlocked


def test_need_help_now_from_the_lock_screen_without_unlocking(
    qtbot, vault_with_people: Path, window: MainWindow
) -> None:
    before = _hashes(vault_with_people)
    lines = public_emergency_lines("en")
    assert lines, "the starter directory ships public 24/7 lines"
    keys = Keyboard(qtbot, window)
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # "&Need help now?"
    qtbot.waitUntil(lambda: window.findChild(PublicLinesDialog) is not None)  # an animated click
    dialog = window.findChild(PublicLinesDialog)
    assert dialog is not None and dialog.isVisible()
    keys.press(Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == lines[0].value
    assert keys.presses <= 4
    assert window.state == "locked"
    # Ctrl+G works while locked; nothing from the vault is read, nothing written.
    keys.press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    window.activateWindow()  # what a window manager does when a dialog closes
    keys.press(Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    grounding = open_grounding_dialog()
    assert grounding is not None and grounding.isVisible()
    grounding.close()
    assert window.state == "locked"
    assert _hashes(vault_with_people) == before


def test_the_lock_screen_never_shows_her_people(
    qtbot, vault_with_people: Path, window: MainWindow
) -> None:
    unlock(qtbot, window)
    dialog = window.open_reach_someone()
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(dialog.picker.rows), timeout=WORKER_TIMEOUT_MS)
    window.lock()
    window.open_public_lines()
    shown = _all_text()
    for secret in ("Ana", ANA_NUMBER, "Luis", "+34 600 000 000", "ana@example.org"):
        assert secret not in shown


def test_help_lists_reach_someone(qtbot, existing_vault: Path, window: MainWindow) -> None:
    unlock(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_F1)
    texts = " ".join(label.text() for w in _windows() for label in w.findChildren(QLabel))
    assert "Reach someone now" in texts
    assert "Ctrl+R" in texts


def _windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def _all_text() -> str:
    """Every text and accessible name on screen, in every window."""
    parts: list[str] = []
    for top in _windows():
        for widget in [top, *top.findChildren(QWidget)]:
            parts.append(widget.accessibleName())
            parts.append(widget.toolTip())
            for attr in ("text", "toPlainText", "windowTitle"):
                getter = getattr(widget, attr, None)
                if callable(getter):
                    with contextlib.suppress(TypeError):
                        parts.append(str(getter()))
            items = getattr(widget, "count", None)
            item = getattr(widget, "item", None)
            if callable(items) and callable(item):
                with contextlib.suppress(TypeError, AttributeError):
                    parts += [item(i).text() for i in range(items())]  # list widgets
    return "\n".join(parts)
