"""F1 lists every key the app binds: each QAction and QShortcut it makes, in every window.

The main window holds the pages (and their shortcuts) from the start; each
dialog the app can open is opened (the openers of ``test_shortcuts_any_dialog``)
and its own shortcuts are read too. A key that does something and is not in
Help fails here, so a new shortcut is documented when it is added.
"""

import pytest
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock, visible_dialogs
from tests.ui.test_shortcuts_any_dialog import MODAL_LOOP, OPENERS
from wellbeing_desk.ui.help_dialog import HelpDialog
from wellbeing_desk.ui.main_window import MainWindow

pytestmark = [
    pytest.mark.usefixtures("existing_vault"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]
NATIVE = QKeySequence.SequenceFormat.NativeText


def bound_keys(root: QWidget) -> dict[str, str]:
    """Every key bound under ``root`` by an action or a shortcut: key text → who binds it."""
    found: dict[str, str] = {}
    for shortcut in root.findChildren(QShortcut):
        sequences = shortcut.keys()  # a QShortcut's keys, not a dict's
        for keys in sequences:
            if not keys.isEmpty():
                found[keys.toString(NATIVE)] = repr(shortcut.parent())
    for action in root.findChildren(QAction):
        for keys in action.shortcuts():
            if not keys.isEmpty():
                found[keys.toString(NATIVE)] = action.text() or repr(action.parent())
    return found


def documented_keys(window: MainWindow) -> set[str]:
    return {
        keys.toString(NATIVE) for _, sequences, _ in window.help_shortcuts() for keys in sequences
    }


def test_every_key_of_the_main_window_is_in_help(qtbot, window) -> None:
    unlock(qtbot, window)
    bound = bound_keys(window)
    assert "Ctrl+Q" in bound and "Ctrl+N" in bound and "Ctrl+S" in bound
    missing = {key: who for key, who in bound.items() if key not in documented_keys(window)}
    assert missing == {}


@pytest.mark.parametrize(
    "kind",
    [
        kind
        for kind in OPENERS
        if kind not in MODAL_LOOP and kind.__module__.startswith("wellbeing")
    ],
    ids=lambda kind: kind.__name__,
)
def test_every_key_of_every_dialog_is_in_help(qtbot, window, kind) -> None:
    unlock(qtbot, window)
    documented = documented_keys(window)
    missing: dict[str, str] = {}
    for opener in OPENERS[kind]:
        dialog = opener(window)
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible, timeout=WORKER_TIMEOUT_MS)
        for shown in visible_dialogs():
            assert isinstance(shown, QWidget)
            bound = bound_keys(shown)
            missing.update({key: who for key, who in bound.items() if key not in documented})
        window.lock()
        unlock(qtbot, window)
    assert missing == {}


def test_help_shows_every_documented_key(qtbot, window) -> None:
    unlock(qtbot, window)
    window.show_help()
    (dialog,) = [d for d in visible_dialogs() if isinstance(d, HelpDialog)]
    assert isinstance(dialog, QWidget)
    texts = " | ".join(label.text() for label in dialog.findChildren(QLabel))
    for description, sequences, shown in window.help_shortcuts():
        assert description in texts
        assert shown in texts
        assert sequences[0].toString(NATIVE) in shown  # the first key at least is written
    assert "Ctrl+Q" in texts
    QApplication.processEvents()
