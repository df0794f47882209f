"""Helpers for the Search everywhere tests: one record in every section, written first."""

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS
from wellbeing_desk.debrief import record
from wellbeing_desk.debrief.builtin import builtin_template
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.search import SearchPalette, open_palette
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory_types import DirectoryEntryInput
from wellbeing_desk.vault.journal import EntryInput
from wellbeing_desk.vault.notes import NoteInput, Participant


@dataclass(frozen=True)
class Records:
    journal: str
    debrief: str
    directory: str
    notes: str

    def id_of(self, section: str) -> str:
        return str(getattr(self, section))


def add_records(vault_dir: Path) -> Records:
    """One record with "café" (accented, lower case) in each section, and some without."""
    template = builtin_template("after-incident")
    assert template is not None
    flow = record.start(template)
    step = next(s for s in flow.steps if s.kind == "text")
    flow.set_answer("Afterwards I sat in a café and called my sister.", step.id)
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        journal = vault.journal.add(
            EntryInput(datetime(2024, 3, 1, 8, 30), body="Coffee at the café with Ana\nThen home.")
        )
        vault.journal.add(EntryInput(datetime(2024, 3, 2, 9, 0), body="A quiet walk, nothing else"))
        debrief = vault.debriefs.create(record.debrief_input(flow, "en")).id
        directory = vault.directory.add(
            DirectoryEntryInput(name="Café Solidario", kind="organisation")
        )
        vault.directory.add(DirectoryEntryInput(name="Legal Aid Dublin", kind="organisation"))
        notes = vault.notes.add(
            NoteInput(
                "Peer circle at the café",
                date(2024, 3, 4),
                participants=(Participant("Lucía"),),
                body="What worked: *short* check-ins.",
            )
        )
        vault.notes.add(NoteInput("Team meeting", date(2024, 3, 5), body="Budget"))
    return Records(journal, debrief, directory, notes)


def ctrl(qtbot, window: MainWindow, key: Qt.Key) -> None:
    """Press Ctrl+key where the keyboard is, as she would."""
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, Qt.KeyboardModifier.ControlModifier)


def open_with_ctrl_k(qtbot, window: MainWindow) -> SearchPalette:
    ctrl(qtbot, window, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: open_palette() is not None, timeout=WORKER_TIMEOUT_MS)
    palette = open_palette()
    assert palette is not None
    qtbot.waitExposed(palette)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is palette.field)
    return palette


def settle(qtbot, window: MainWindow, palette: SearchPalette) -> None:
    """Wait until the debounced search has run and its answer has arrived."""
    qtbot.waitUntil(
        lambda: not palette._timer.isActive() and not palette.model.loading,
        timeout=WORKER_TIMEOUT_MS,
    )
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)


def type_query(qtbot, window: MainWindow, palette: SearchPalette, text: str) -> None:
    qtbot.keyClicks(palette.field, text)
    settle(qtbot, window, palette)


def focused() -> QWidget | None:
    return QApplication.focusWidget()
