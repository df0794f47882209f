"""The GUI leaves no plaintext on disk: passphrase, content, settings, Qt's own files."""

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.support.leakcheck import LeakScanner
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock

pytestmark = pytest.mark.slow


def test_gui_session_leaves_no_plaintext(qtbot, make_window, tmp_path: Path, capfd) -> None:
    passphrase = f"Canary{uuid.uuid4().hex[:10]} harbour lanterns"
    content = f"CanaryZ{uuid.uuid4().hex[:12]}Leak"
    scanner = LeakScanner([tmp_path])

    window = make_window()
    page = window.create_page
    qtbot.keyClicks(page.passphrase.edit, passphrase)
    qtbot.keyClicks(page.repeat.edit, passphrase)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state == "unlocked", timeout=WORKER_TIMEOUT_MS)

    # Content goes in through the worker, as every feature's editor will.
    saved: list[object] = []
    window.worker.submit(lambda vault: vault.drafts.save("journal", content), saved.append)
    window.worker.submit(lambda vault: vault.settings.set("note", content * 20), saved.append)
    qtbot.waitUntil(lambda: len(saved) == 2, timeout=WORKER_TIMEOUT_MS)

    window.lock()
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    unlock(qtbot, window, passphrase)
    window.close()  # saves geometry to the settings file, locks, stops the worker

    out, err = capfd.readouterr()
    settings_files = list(tmp_path.rglob("*.ini")) + list(tmp_path.rglob("*.conf"))
    assert settings_files, "the settings file should exist, so the scan covers it"
    for secret in (passphrase, content):
        assert scanner.findings(secret) == []
        assert secret not in out and secret not in err
    assert scanner.unexpected_new_files() == []


def test_debrief_typed_in_the_wizard_leaves_no_plaintext(
    qtbot, make_window, tmp_path: Path, capfd
) -> None:
    """A debrief in progress (locked mid-typing) and a finished one: nothing outside the vault."""
    from tests.ui.debrief.support import click, go_to, show_page, start
    from tests.ui.journal.support import run
    from wellbeing_desk.ui.debrief.step_inputs import TextInput

    passphrase = f"Canary{uuid.uuid4().hex[:10]} harbour lanterns"
    finished = f"CanaryF{uuid.uuid4().hex[:12]}Done"
    draft = f"CanaryD{uuid.uuid4().hex[:12]}Draft"
    scanner = LeakScanner([tmp_path])
    window = make_window()
    page = window.create_page
    qtbot.keyClicks(page.passphrase.edit, passphrase)
    qtbot.keyClicks(page.repeat.edit, passphrase)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state == "unlocked", timeout=WORKER_TIMEOUT_MS)
    qtbot.mouseClick(window.first_people_page.skip_button, Qt.MouseButton.LeftButton)

    show_page(qtbot, window)
    wizard = start(qtbot, window, "after-incident", include_event=True)
    go_to(qtbot, wizard, "what-happened")
    assert isinstance(wizard.input, TextInput)
    qtbot.keyClicks(wizard.input.edit, finished)
    while wizard.session is not None and not wizard.session.flow.is_last:
        click(qtbot, wizard.skip_button)
    click(qtbot, wizard.next_button)  # finish
    summary = window.workspace.pages["debrief"].summary
    qtbot.waitUntil(summary.isVisible, timeout=WORKER_TIMEOUT_MS)
    click(qtbot, summary.keep_button)
    show_page(qtbot, window)
    wizard = start(qtbot, window, "after-incident")
    go_to(qtbot, wizard, "how-i-am")
    assert isinstance(wizard.input, TextInput)
    qtbot.keyClicks(wizard.input.edit, draft)
    window.lock()  # before the 700 ms save: the lock saves it, inside the vault
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    unlock(qtbot, window, passphrase)
    # Both really went through the app into the vault (the scan is not vacuous).
    for secret in (finished, draft):
        assert len(run(qtbot, window, lambda vault, s=secret: vault.debriefs.search(s))) == 1
    window.close()

    out, err = capfd.readouterr()
    for secret in (passphrase, finished, draft):
        assert scanner.findings(secret) == []
        assert secret not in out and secret not in err
    assert scanner.unexpected_new_files() == []


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_her_emergency_people_leave_no_plaintext_and_stay_off_the_lock_screen(
    qtbot, make_window, tmp_path: Path, capfd
) -> None:
    """Typed in the first-run step, copied with Reach someone: only the vault holds them."""
    from PySide6.QtWidgets import QApplication, QWidget

    from wellbeing_desk.ui.reach import ReachSomeoneDialog

    passphrase = f"Canary{uuid.uuid4().hex[:10]} harbour lanterns"
    name = f"CanaryP{uuid.uuid4().hex[:12]}Person"
    number = f"+99 {uuid.uuid4().int % 10**9:09d}"
    scanner = LeakScanner([tmp_path])
    window = make_window()
    page = window.create_page
    qtbot.keyClicks(page.passphrase.edit, passphrase)
    qtbot.keyClicks(page.repeat.edit, passphrase)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state == "unlocked", timeout=WORKER_TIMEOUT_MS)
    step = window.first_people_page
    qtbot.keyClicks(step.names[0], name)
    qtbot.keyClicks(step.values[0], number)
    qtbot.mouseClick(step.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.stack.currentWidget() is window.workspace, timeout=WORKER_TIMEOUT_MS
    )
    dialog = window.open_reach_someone()
    assert isinstance(dialog, ReachSomeoneDialog)
    qtbot.waitUntil(lambda: bool(dialog.picker.rows), timeout=WORKER_TIMEOUT_MS)
    assert dialog.picker.rows[0].name == name
    dialog.picker.copy_current()
    window.lock()
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    window.open_public_lines()  # the lock screen's help shows public lines only
    shown: list[str] = []
    for top in QApplication.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            shown += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
            text = getattr(widget, "text", None)
            if callable(text):
                shown.append(str(text()))
    shown.append(QApplication.clipboard().text())
    for secret in (name, number):
        assert all(secret not in value for value in shown)
    window.close()
    out, err = capfd.readouterr()
    for secret in (passphrase, name, number):
        assert scanner.findings(secret) == []
        assert secret not in out and secret not in err
    assert scanner.unexpected_new_files() == []
