"""Every page and dialog the app can show, brought up one after the other: the layout tour.

``tour(qtbot, window, vault_dir)`` starts on the create screen of a window
without a vault and walks the app as she would: create, the first-people
step, then (with made-up data put in while locked) the lock screen, every
section and its sub-pages, every step kind of a debrief, every dialog class
the app has (the shortcut test's openers, so a new dialog class fails there
until it has one) and a few real confirmations. It yields ``(name, widget)``
once each view has settled; the caller checks it (``layout_problems``) or
photographs it. Shared by tests/ui/test_layout_fits.py and
scripts/screenshots_layout.sh.
"""

from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from tests.ui.test_shortcuts_any_dialog import DIALOGS, MODAL_LOOP, OPENERS
from wellbeing_desk.ui.debrief.page import DebriefPage
from wellbeing_desk.ui.debrief.step_inputs import RatingInput
from wellbeing_desk.ui.directory.page import DirectoryPage
from wellbeing_desk.ui.grounding import GroundingDialog
from wellbeing_desk.ui.journal.section import JournalSection
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.notes.page import NotesPage
from wellbeing_desk.ui.search import SearchPalette
from wellbeing_desk.ui.sync.page import SyncPage
from wellbeing_desk.ui.widgets.message import MessageBox
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY, NOTE_CONTEXT, WARNING_SIGN
from wellbeing_desk.vault.directory_types import ContactMethod
from wellbeing_desk.vault.follow_ups import FollowUpInput
from wellbeing_desk.vault.journal import CHECKIN, ENTRY, EntryInput
from wellbeing_desk.vault.notes import NoteInput, Participant

Shown = tuple[str, QWidget]
LONG_NAME = "Ana María Fernández-Castellanos"


def fill_vault(vault_dir: Path) -> None:
    """Made-up data with long names: a week of check-ins with activities, a note, a plan."""
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.emergency.add_person(
            LONG_NAME,
            [ContactMethod("phone", "+52 55 1234 5678"), ContactMethod("signal", "+52 55 8765")],
        )
        activities = [item.id for item in vault.care_items.items(ACTIVITY)]
        signs = [item.id for item in vault.care_items.items(WARNING_SIGN)]
        entries = [
            EntryInput(
                occurred_at=datetime.combine(date.today() - timedelta(days=days), time(9, 30)),
                kind=ENTRY if days % 3 == 0 else CHECKIN,
                stress=(days * 3) % 11,
                mood=1 + days % 5,
                energy=2 if days % 3 == 0 else None,
                sleep_hours=6.5 if days % 3 == 0 else None,
                body="A long day after the hearing; a walk by the river helped a little.",
                item_ids=tuple(activities[: 1 + days % 4]) + tuple(signs[: days % 2]),
                tags=("work", "family") if days % 3 == 0 else (),
            )
            for days in range(1, 9)
        ]
        vault.journal.add_many(entries)
        vault.care_plan.set("what_helps", "Walking by the river. Cooking with my sister.")
        contexts = [item.id for item in vault.note_contexts.items(NOTE_CONTEXT)]
        vault.notes.add(
            NoteInput(
                title="Peer circle: saying no without guilt, and the night phone rota",
                occurred_on=date.today() - timedelta(days=2),
                context_id=contexts[0] if contexts else None,
                participants=(Participant("Marta Isabel Quintero-Villalobos", None),),
                takeaways=("Saying no to one request is saying yes to the campaign",),
                follow_ups=(FollowUpInput("f1", "Send Marta the rota template", date.today()),),
                tags=("boundaries", "care"),
                body="## Practices that worked\nA shared rota for the night phone.",
            )
        )


class Tour:
    def __init__(self, qtbot, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.window = window

    def settle(self, extra_ms: int = 60) -> None:
        self.qtbot.waitUntil(lambda: not self.window.worker.busy, timeout=WORKER_TIMEOUT_MS)
        self.qtbot.wait(extra_ms)  # layouts and deferred resizes
        self.qtbot.waitUntil(lambda: not self.window.worker.busy, timeout=WORKER_TIMEOUT_MS)

    def wait(self, condition: Callable[[], object]) -> None:
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=WORKER_TIMEOUT_MS)

    def click(self, button: QWidget) -> None:
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def page(self, key: str) -> QWidget:
        return self.window.workspace.pages[key]

    def section(self, key: str) -> QWidget:
        self.window.workspace.show_section(key)
        self.settle()
        return self.page(key)


def tour(qtbot, window: MainWindow, vault_dir: Path) -> Iterator[Shown]:
    """The whole walk; ``window`` starts on the create screen (no vault yet)."""
    t = Tour(qtbot, window)
    yield from _create_and_first_people(t)
    window.lock()
    t.settle()
    fill_vault(vault_dir)
    t.settle()
    yield "lock screen", window
    unlock(qtbot, window)
    t.settle()
    yield from _sections(t)
    yield from _sync(t, vault_dir.parent / "a sync folder on a USB stick with a long name")
    yield from _journal(t)
    yield from _debrief(t)
    yield from _directory(t)
    yield from _notes(t)
    yield from _dialogs(t)
    yield from _confirmations(t)


def _create_and_first_people(t: Tour) -> Iterator[Shown]:
    page = t.window.create_page
    t.qtbot.keyClicks(page.passphrase.edit, "password123")
    t.qtbot.keyClicks(page.repeat.edit, "password123")
    t.settle()
    yield "create (a weak passphrase)", t.window
    page.passphrase.edit.clear()
    page.repeat.edit.clear()
    t.qtbot.keyClicks(page.passphrase.edit, PASSPHRASE)
    t.qtbot.keyClicks(page.repeat.edit, PASSPHRASE + "x")
    t.settle()
    yield "create (not the same)", t.window
    t.qtbot.keyClick(page.repeat.edit, Qt.Key.Key_Backspace)
    t.click(page.create_button)
    t.wait(lambda: t.window.stack.currentWidget() is t.window.first_people_page)
    t.settle()
    yield "first people", t.window
    t.click(t.window.first_people_page.skip_button)
    t.section("today")
    t.settle()
    yield "today (first run: no one to reach yet)", t.window


def _sections(t: Tour) -> Iterator[Shown]:
    t.section("today")
    yield "today", t.window
    checkin = t.page("today").checkin  # type: ignore[attr-defined]
    checkin.stress.setValue(10)
    checkin.line.setText("A short line")
    t.click(checkin.save_button)
    t.settle()
    yield "today (saved)", t.window
    for key in ("sync", "settings"):
        t.section(key)
        yield key, t.window
        if key == "sync":
            yield from _sync_join_form(t)
            yield from _sync_webdav_form(t)
        else:
            yield from _settings_lower_sections(t)


def _settings_lower_sections(t: Tour) -> Iterator[Shown]:
    """Settings scrolled to Backups, then to Your vault (the recovery code, destroying)."""
    from tests.ui.conftest import scroll_into_view
    from wellbeing_desk.ui.vault_care.backup_section import BackupSection
    from wellbeing_desk.ui.vault_care.keys_section import VaultKeysSection

    page = t.page("settings")
    for kind, name in ((BackupSection, "backups"), (VaultKeysSection, "your vault")):
        (section,) = page.findChildren(kind)
        scroll_into_view(section)
        t.settle()
        yield f"settings ({name})", t.window


def _sync_join_form(t: Tour) -> Iterator[Shown]:
    """Sync off: the form to join another device's sync, a long folder chosen."""
    from wellbeing_desk.ui.sync.page import SyncPage

    page = t.page("sync")
    assert isinstance(page, SyncPage)
    t.click(page.off_card.join_button)
    page.join_form.set_folder(Path.home() / "a sync folder on a USB stick with a long name")
    t.qtbot.keyClicks(page.join_form.code, "7K3M-9QX2-")
    t.settle()
    yield "sync (join another device)", t.window
    t.click(page.join_form.cancel_button)
    t.settle()


def _sync_webdav_form(t: Tour) -> Iterator[Shown]:
    """Sync off: through a WebDAV server, its fields filled in and a CA file chosen."""
    from wellbeing_desk.sync.target_errors import CertificateUntrustedError
    from wellbeing_desk.ui.sync.page import SyncPage

    page = t.page("sync")
    assert isinstance(page, SyncPage)
    page.place.choose_server()
    t.qtbot.keyClicks(page.place.address, "https://cloud.example.org/remote.php/dav/files/alice/")
    t.qtbot.keyClicks(page.place.user, "alice")
    t.qtbot.keyClicks(page.place.password, "app-token")
    page.place.set_ca_file(Path.home() / "certificates from the collective" / "ca.pem")
    untrusted = CertificateUntrustedError("not trusted")  # the longest of the test's words
    page.place.show_result(page.place.problem_text(untrusted), problem=True)
    t.settle()
    yield "sync (a WebDAV server)", t.window
    page.place.clear()
    t.settle()


def _set_up_sync(vault: Vault, folder: Path) -> None:
    from wellbeing_desk.sync import vault_sync
    from wellbeing_desk.sync.pairing import PairingKdfParams

    vault_sync.set_up(
        vault.connection(),
        vault_sync.TargetSpec.folder(folder),
        params=PairingKdfParams.fast_for_tests(),
    )


def _sync(t: Tour, folder: Path) -> Iterator[Shown]:
    """Sync set up (through a folder with a long path), then after a sync."""
    from wellbeing_desk.ops import bind
    from wellbeing_desk.ui.sync.page import SyncPage

    folder.mkdir(parents=True, exist_ok=True)
    t.window.worker.submit(bind(_set_up_sync, folder))
    page = t.section("sync")
    assert isinstance(page, SyncPage)
    page.refresh()
    t.wait(page.status_card.isVisible)
    t.settle()
    yield "sync (set up)", t.window
    codes: list[str] = []
    t.window.worker.submit(_pairing_code, codes.append)
    t.wait(lambda: bool(codes))
    page.code_card.show_code(codes[0])
    t.settle()
    yield "sync (the pairing code)", t.window
    t.click(page.code_card.done_button)
    _another_device_sends(folder, codes[0])
    page.sync_now()
    t.wait(page.result.isVisible)
    t.settle()
    yield "sync (synced)", t.window
    yield from _sync_with_a_conflict(t, page, folder)


def _sync_with_a_conflict(t: Tour, page: SyncPage, folder: Path) -> Iterator[Shown]:
    """Both devices change one entry's words before syncing: the summary says one thing
    needs review (the review dialog itself is photographed with the dialogs)."""
    from wellbeing_desk.ops import bind

    ids: list[str] = []
    t.window.worker.submit(_first_entry_id, ids.append)
    t.wait(lambda: bool(ids))
    _other_device_edits(folder, ids[0], "Rewritten on the other laptop, on the train home.")
    done: list[object] = []
    t.window.worker.submit(bind(_edit_entry, ids[0], "Rewritten here, late at night."), done.append)
    t.wait(lambda: bool(done))
    page.sync_now()
    t.wait(lambda: page.sync_button.isEnabled() and page.review_button.isEnabled())
    t.settle()
    yield "sync (a conflict to review)", t.window


def _first_entry_id(vault: Vault) -> str:
    return next(e.id for e in vault.journal.entries() if e.kind == ENTRY and e.body)


def _edit_entry(vault: Vault, entry_id: str, body: str) -> None:
    entry = vault.journal.get(entry_id)
    assert entry is not None
    vault.journal.update(entry_id, EntryInput(entry.occurred_at, body=body))


def _other_device_edits(folder: Path, entry_id: str, body: str) -> None:
    from wellbeing_desk.sync import vault_sync

    with Vault.open(folder.parent / "another device", PASSPHRASE) as other:
        vault_sync.sync(other.connection())  # it has the entry now
        _edit_entry(other, entry_id, body)
        vault_sync.sync(other.connection())


def _pairing_code(vault: Vault) -> str:
    from wellbeing_desk.sync import vault_sync

    return vault_sync.pairing_code(vault.connection())


def _another_device_sends(folder: Path, code: str) -> None:
    """A second vault joins the sync and sends, so Sync lists another device."""
    from wellbeing_desk.sync import vault_sync
    from wellbeing_desk.vault import KdfParams

    with Vault.create(
        folder.parent / "another device", PASSPHRASE, KdfParams.fast_for_tests()
    ) as other:
        vault_sync.join(other.connection(), vault_sync.TargetSpec.folder(folder), code)
        vault_sync.sync(other.connection())


def _journal(t: Tour) -> Iterator[Shown]:
    journal = t.section("journal")
    assert isinstance(journal, JournalSection)
    t.wait(lambda: journal.entries.list.model.rowCount() > 0)  # type: ignore[attr-defined]
    t.settle()
    yield "journal list", t.window
    journal.entries.new_entry()
    t.settle()
    yield "journal editor (new)", t.window
    journal.entries.editor.cancel()  # type: ignore[attr-defined]
    t.settle()
    for tab in ("insights", "plan"):
        journal.show_tab(tab)
        t.settle(150)
        yield f"journal {tab}", t.window
    journal.show_tab("entries")


def _debrief(t: Tour) -> Iterator[Shown]:
    page = t.section("debrief")
    assert isinstance(page, DebriefPage)
    t.wait(lambda: page.home.cards)
    t.settle()
    yield "debrief home", t.window
    (card,) = [c for c in page.home.cards if c.choice.template.id == "recent-event"]
    t.click(card.start_button)
    t.wait(page.wizard.isVisible)
    wizard = page.wizard
    seen: set[str] = set()
    for _ in range(40):
        session = wizard.session
        if session is None:
            break
        step = session.flow.current
        if step.kind not in seen or step.id == "distress-start":
            seen.add(step.kind)
            t.settle()
            yield f"debrief step {step.id} ({step.kind})", t.window
        if isinstance(wizard.input, RatingInput) and step.id == "distress-start":
            wizard.input.scale.setFocus()
            t.qtbot.keyClick(wizard.input.scale, "9")
            t.click(wizard.next_button)
            t.settle()
            yield "debrief support offer", t.window
            wizard.support.continue_requested.emit()
            t.settle()
            continue
        t.click(wizard.skip_button if wizard.skip_button.isVisible() else wizard.next_button)
        t.settle(20)
    t.wait(lambda: not page.wizard.isVisible())
    t.settle()
    yield "debrief summary", t.window
    page.show_home()
    t.settle()
    t.wait(lambda: page.home.rows)
    page.delete(page.home.rows[0].summary.id)
    t.settle()
    page.show_trash()
    t.settle()
    yield "debrief trash", t.window
    page.show_home()
    t.settle()


def _directory(t: Tour) -> Iterator[Shown]:
    page = t.section("directory")
    assert isinstance(page, DirectoryPage)
    page.focus_list()
    t.wait(lambda: page.selected_id() is not None)
    t.settle()
    yield "directory", t.window
    page.edit_selected()
    t.settle()
    yield "directory editor", t.window
    page.close_editor()
    t.settle()


def _notes(t: Tour) -> Iterator[Shown]:
    page = t.section("notes")
    assert isinstance(page, NotesPage)
    t.wait(lambda: page.list.model.rowCount() > 0)  # type: ignore[attr-defined]
    t.settle()
    yield "notes list", t.window
    page.new_note()
    t.settle()
    yield "notes editor", t.window
    page.editor.cancel()  # type: ignore[attr-defined]
    t.settle()


def _dialogs(t: Tour) -> Iterator[Shown]:
    t.section("today")
    for kind in DIALOGS:
        if kind in MODAL_LOOP:
            continue  # message boxes: _confirmations
        for index, opener in enumerate(OPENERS[kind]):
            dialog = opener(t.window)
            assert isinstance(dialog, QWidget), kind
            t.wait(dialog.isVisible)
            t.settle()
            name = f"{kind.__name__}" + (f" {index + 1}" if index else "")
            yield name, dialog
            if isinstance(dialog, GroundingDialog):
                dialog.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
                t.settle()
                yield f"{name} (5-4-3-2-1)", dialog
            if isinstance(dialog, SearchPalette):
                t.qtbot.keyClicks(dialog.field, "river")  # type: ignore[attr-defined]
                t.settle(400)
                yield f"{name} (results)", dialog
            _close(dialog)
            t.settle()


def _close(dialog: QWidget) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    if dialog.isVisible():
        dialog.close()


def _confirmations(t: Tour) -> Iterator[Shown]:
    """Real confirmations, shown as the app shows them (a message box in its own loop)."""
    shown: list[QMessageBox] = []
    real_exec = QMessageBox.exec

    def open_instead(box: QMessageBox) -> int:
        box.open()
        shown.append(box)
        return 0

    QMessageBox.exec = open_instead  # type: ignore[method-assign]
    QMessageBox.deleteLater = lambda _box: None  # type: ignore[method-assign] # kept to be seen
    try:
        journal = t.page("journal")
        assert isinstance(journal, JournalSection)
        editor = journal.entries.editor
        asks: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
            ("message: a question", lambda: None,
             lambda: MessageBox.question(t.window, "A question?", "Go on?")),
            ("message: discard a draft", journal.new_entry, editor.discard),
        ]  # fmt: skip
        for name, prepare, ask in asks:
            prepare()
            t.settle()
            ask()
            for box in shown:
                t.wait(box.isVisible)
                t.settle()
                yield name, box
                box.reject()
                QWidget.deleteLater(box)
            shown.clear()
    finally:
        QMessageBox.exec = real_exec  # type: ignore[method-assign]
        del QMessageBox.deleteLater
