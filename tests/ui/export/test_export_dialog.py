"""Export for a counsellor: passphrase first, the chosen period only, atomic, no leaks."""

import stat
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument

from tests.conftest import PASSPHRASE
from tests.support.leakcheck import LeakScanner
from tests.ui.conftest import WORKER_TIMEOUT_MS, visible_dialogs
from tests.ui.insights.support import (
    TODAY,
    activity_ids,
    add_entries,
    days_ago,
    open_journal_tab,
    wait_idle,
)
from wellbeing_desk.ui.export.unencrypted import MARKDOWN, PDF
from wellbeing_desk.ui.journal import counsellor_export as dialog_module
from wellbeing_desk.ui.journal.counsellor_export import ExportDialog
from wellbeing_desk.ui.settings.confirm import ConfirmPassphraseDialog
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.vault import fileio
from wellbeing_desk.vault.journal import EntryInput

pytestmark = pytest.mark.usefixtures("existing_vault")

INSIDE = f"CanaryIn{uuid.uuid4().hex[:10]}"
OUTSIDE = f"CanaryOut{uuid.uuid4().hex[:10]}"


@pytest.fixture
def journal(existing_vault: Path) -> None:
    ui_vault_dir = existing_vault
    (rest,) = activity_ids(ui_vault_dir, "Rest")
    add_entries(
        ui_vault_dir,
        [
            EntryInput(days_ago(2), stress=6, mood=2, body=f"A hard day. {INSIDE}",
                       item_ids=(rest,), tags=("work",)),
            EntryInput(days_ago(1), kind="checkin", stress=3, mood=4),
            EntryInput(days_ago(40), stress=8, body=f"Long ago. {OUTSIDE}"),
        ],
    )  # fmt: skip


@pytest.fixture
def target(tmp_path: Path) -> Path:
    folder = tmp_path / "outside"  # not under the test's HOME
    folder.mkdir()
    return folder / "for-my-counsellor"


def start_export(qtbot, window, monkeypatch, path: Path, fmt: str) -> ExportDialog:
    page = open_journal_tab(qtbot, window, "insights")
    page.open_export_dialog()
    dialog = page.export_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.since_edit.setDate(QDate(TODAY - timedelta(days=7)))
    dialog.until_edit.setDate(QDate(TODAY))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))
    chosen: list[Path] = []

    def choose(_parent, _title, suggested, _filter, suffix, on_chosen, _on_cancelled=None):
        assert suggested.endswith(f".{suffix}")
        chosen.append(path)
        on_chosen(path)

    monkeypatch.setattr(dialog_module, "ask_save_path", choose)
    dialog.chosen = chosen  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return dialog


def confirm(qtbot, passphrase: str) -> None:
    qtbot.waitUntil(
        lambda: any(isinstance(d, ConfirmPassphraseDialog) for d in visible_dialogs()),
        timeout=WORKER_TIMEOUT_MS,
    )
    (box,) = [d for d in visible_dialogs() if isinstance(d, ConfirmPassphraseDialog)]
    qtbot.keyClicks(box.passphrase.edit, passphrase)
    qtbot.mouseClick(box.ok_button, Qt.MouseButton.LeftButton)


def pdf_text(data: bytes) -> str:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return "\n".join(document.getAllText(p).text() for p in range(document.pageCount()))


@pytest.mark.usefixtures("journal")
def test_markdown_export_of_the_chosen_period(qtbot, window, monkeypatch, target) -> None:
    path = target.with_suffix(".md")
    dialog = start_export(qtbot, window, monkeypatch, path, MARKDOWN)
    confirm(qtbot, PASSPHRASE)
    qtbot.waitUntil(path.exists, timeout=WORKER_TIMEOUT_MS)
    wait_idle(qtbot, window)

    text = path.read_text(encoding="utf-8")
    assert INSIDE in text and OUTSIDE not in text
    assert "# Journal, " in text
    assert "**What I did for myself:** Rest" in text
    assert "Check-in" in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file
    assert not dialog.isVisible()
    page = window.workspace.pages["journal"].insights
    assert path.name in page.status.text() and "not encrypted" in page.status.text()
    assert MessageBox.shown_texts == []


@pytest.mark.usefixtures("journal")
def test_pdf_export_is_a_pdf_with_the_entries(qtbot, window, monkeypatch, target) -> None:
    path = target.with_suffix(".pdf")
    start_export(qtbot, window, monkeypatch, path, PDF)
    confirm(qtbot, PASSPHRASE)
    qtbot.waitUntil(path.exists, timeout=WORKER_TIMEOUT_MS)
    wait_idle(qtbot, window)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert INSIDE in text and OUTSIDE not in text
    assert "Journal, " in text


@pytest.mark.usefixtures("journal")
def test_a_wrong_passphrase_writes_nothing(qtbot, window, monkeypatch, target) -> None:
    MessageBox.set_next_answer(Button.Ok)
    dialog = start_export(qtbot, window, monkeypatch, target.with_suffix(".md"), MARKDOWN)
    confirm(qtbot, "not my passphrase at all")
    qtbot.waitUntil(lambda: len(MessageBox.shown_texts) == 1, timeout=WORKER_TIMEOUT_MS)
    wait_idle(qtbot, window)
    assert "passphrase" in MessageBox.shown_texts[0]
    assert dialog.chosen == []  # type: ignore[attr-defined]  # never got as far as a file
    assert list(target.parent.iterdir()) == []
    assert dialog.isVisible() and dialog.export_button.isEnabled()  # she can try again


@pytest.mark.usefixtures("journal")
def test_cancelling_the_passphrase_writes_nothing(qtbot, window, monkeypatch, target) -> None:
    dialog = start_export(qtbot, window, monkeypatch, target.with_suffix(".md"), MARKDOWN)
    qtbot.waitUntil(lambda: bool(visible_dialogs()), timeout=WORKER_TIMEOUT_MS)
    (box,) = [d for d in visible_dialogs() if isinstance(d, ConfirmPassphraseDialog)]
    box.reject()
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=WORKER_TIMEOUT_MS)
    assert dialog.chosen == []  # type: ignore[attr-defined]
    assert list(target.parent.iterdir()) == []


@pytest.mark.usefixtures("journal")
def test_a_folder_as_target_fails_with_one_clear_message(
    qtbot, window, monkeypatch, target
) -> None:
    path = target.with_suffix(".md")
    path.mkdir()
    MessageBox.set_next_answer(Button.Ok)
    dialog = start_export(qtbot, window, monkeypatch, path, MARKDOWN)
    confirm(qtbot, PASSPHRASE)
    qtbot.waitUntil(lambda: len(MessageBox.shown_texts) == 1, timeout=WORKER_TIMEOUT_MS)
    wait_idle(qtbot, window)
    assert "nothing was written" in MessageBox.shown_texts[0]
    assert [p.name for p in target.parent.rglob("*")] == [path.name]
    assert dialog.isVisible() and dialog.export_button.isEnabled()


@pytest.mark.usefixtures("journal")
def test_a_write_failing_at_the_last_step_leaves_no_partial_file(
    qtbot, window, monkeypatch, target
) -> None:
    def refuse(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileio.os, "replace", refuse)  # the temporary file is already written
    MessageBox.set_next_answer(Button.Ok)
    start_export(qtbot, window, monkeypatch, target.with_suffix(".pdf"), PDF)
    confirm(qtbot, PASSPHRASE)
    qtbot.waitUntil(lambda: len(MessageBox.shown_texts) == 1, timeout=WORKER_TIMEOUT_MS)
    wait_idle(qtbot, window)
    monkeypatch.undo()
    assert "nothing was written" in MessageBox.shown_texts[0]
    assert list(target.parent.iterdir()) == []  # neither the file nor its temporary twin


def test_the_first_day_must_not_follow_the_last(qtbot, window, monkeypatch, target) -> None:
    page = open_journal_tab(qtbot, window, "insights")
    page.open_export_dialog()
    dialog = page.export_dialog
    dialog.since_edit.setDate(QDate(TODAY))
    dialog.until_edit.setDate(QDate(TODAY - timedelta(days=1)))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "after the last day" in dialog.error_label.text()
    assert not any(isinstance(d, ConfirmPassphraseDialog) for d in visible_dialogs())


def test_lock_closes_the_export_dialog(qtbot, window) -> None:
    page = open_journal_tab(qtbot, window, "insights")
    page.open_export_dialog()
    assert page.export_dialog.isVisible()
    window.lock()
    assert not page.export_dialog.isVisible()
    for widget in (
        page.export_dialog.since_edit,
        page.export_dialog.format_combo,
        page.export_dialog.export_button,
        page.export_dialog.cancel_button,
    ):
        assert widget.accessibleName()  # fmt: skip


@pytest.mark.slow
@pytest.mark.usefixtures("journal")
def test_nothing_but_the_export_holds_the_canary(
    qtbot, window, monkeypatch, target, tmp_path: Path
) -> None:
    scanner = LeakScanner([tmp_path])
    path = target.with_suffix(".md")
    start_export(qtbot, window, monkeypatch, path, MARKDOWN)
    confirm(qtbot, PASSPHRASE)
    qtbot.waitUntil(path.exists, timeout=WORKER_TIMEOUT_MS)
    window.lock()
    wait_idle(qtbot, window)
    window.close()

    assert INSIDE in path.read_text(encoding="utf-8")
    hits = [hit for hit in scanner.findings(INSIDE) if not hit.startswith(f"{path} (")]
    assert hits == []
    assert scanner.findings(OUTSIDE) == []
    assert not list(tmp_path.rglob("QtProject.conf"))
    assert scanner.unexpected_new_files() == []
