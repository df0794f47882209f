"""Notes typed in the editor leave no plaintext on disk: saved, and a draft locked mid-typing."""

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.support.leakcheck import LeakScanner
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from tests.ui.journal.keyboard import press
from tests.ui.journal.support import idle, run
from tests.ui.notes.support import notes_page

pytestmark = [pytest.mark.slow, pytest.mark.qt_log_ignore("This plugin does not support")]
CTRL = Qt.KeyboardModifier.ControlModifier


def test_notes_typed_in_the_editor_leave_no_plaintext(
    qtbot, make_window, tmp_path: Path, capfd
) -> None:
    passphrase = f"Canary{uuid.uuid4().hex[:10]} harbour lanterns"
    fields = ("title", "person", "takeaway", "followup", "tag", "body")
    saved = {f: f"CanaryS{f}{uuid.uuid4().hex[:10]}" for f in fields}
    draft = {f: f"CanaryD{f}{uuid.uuid4().hex[:10]}" for f in fields}
    scanner = LeakScanner([tmp_path])
    window = make_window()
    page = window.create_page
    qtbot.keyClicks(page.passphrase.edit, passphrase)
    qtbot.keyClicks(page.repeat.edit, passphrase)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state == "unlocked", timeout=WORKER_TIMEOUT_MS)
    window.workspace.show_section("notes")
    notes = notes_page(window)

    def write(words: dict[str, str]) -> None:
        notes.new_note()
        editor = notes.editor
        qtbot.waitUntil(lambda: editor.state == "open", timeout=WORKER_TIMEOUT_MS)
        form = editor.form
        qtbot.keyClicks(form.title, words["title"])
        form.participants.edit.setFocus()
        press(qtbot, words["person"] + "\n")
        qtbot.keyClicks(form.takeaways.rows[0].edit, words["takeaway"])
        qtbot.keyClicks(form.follow_ups.rows[0].edit, words["followup"])
        form.follow_ups.rows[0].dated.setChecked(True)
        form.tags.edit.setFocus()
        press(qtbot, words["tag"] + "\n")
        qtbot.keyClicks(form.body, words["body"])

    write(saved)
    notes.editor.save()
    qtbot.waitUntil(lambda: not notes.editor.is_open, timeout=WORKER_TIMEOUT_MS)
    write(draft)
    window.lock()  # before the 700 ms save: the lock saves it, inside the vault
    idle(qtbot, window)
    unlock(qtbot, window, passphrase)
    qtbot.waitUntil(lambda: notes.editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    # Both really went through the app into the vault (the scan is not vacuous).
    (note,) = run(qtbot, window, lambda v: v.notes.notes())
    assert note.title == saved["title"] and note.tags == (saved["tag"],)
    kept = run(qtbot, window, lambda v: v.drafts.get("note"))
    assert all(word in kept.body for word in draft.values())
    window.close()

    out, err = capfd.readouterr()
    for secret in (passphrase, *saved.values(), *draft.values()):
        assert scanner.findings(secret) == []
        assert secret not in out and secret not in err
    assert scanner.unexpected_new_files() == []
