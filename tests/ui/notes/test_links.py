"""Notes and the rest: directory entries both ways, follow-ups on Today, open_record."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from tests.ui.directory.support import LEGAL, PSYCHOLOGIST, add_directory, directory_page, settle
from tests.ui.journal.support import idle, run
from tests.ui.notes.support import START, add_notes, notes_page, numbered_notes, open_notes
from wellbeing_desk.vault.follow_ups import FollowUpInput
from wellbeing_desk.vault.notes import NoteInput, Participant

pytestmark = pytest.mark.usefixtures("existing_vault")


def test_directory_entry_and_note_open_each_other(qtbot, window, ui_vault_dir) -> None:
    ana, legal = add_directory(ui_vault_dir, [PSYCHOLOGIST, LEGAL])
    older, newer, _other = add_notes(
        ui_vault_dir,
        [
            NoteInput("First session", START, participants=(Participant("Ana", ana),)),
            NoteInput(
                "Follow-up session",
                START + timedelta(days=14),
                participants=(Participant("Marta"), Participant("Ana Ruiz", ana)),
            ),
            NoteInput("Legal clinic", START, participants=(Participant("Aid", legal),)),
        ],
    )
    unlock(qtbot, window)
    window.workspace.show_section("directory")
    directory = directory_page(window)
    settle(qtbot, window, directory)
    directory.select_id(ana)
    detail = directory.detail
    qtbot.waitUntil(lambda: len(detail.note_buttons) == 2, timeout=WORKER_TIMEOUT_MS)
    assert detail.notes_title.isVisible()
    assert detail.note_buttons[0].text().startswith("Follow-up session · ")
    assert detail.note_buttons[1].accessibleName().startswith("Open the note “First session”")

    # The entry's note opens in the Notes section, chosen and shown.
    qtbot.mouseClick(detail.note_buttons[0], Qt.MouseButton.LeftButton)
    assert window.workspace.current_section() == "notes"
    page = notes_page(window)
    qtbot.waitUntil(lambda: page.detail.note_id == newer, timeout=WORKER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: page.list.selected_id() == newer, timeout=WORKER_TIMEOUT_MS)
    (link,) = page.detail.people_links()
    assert link.text() == "Ana Ruiz"
    assert link.accessibleName() == "Open Ana Ruiz in the directory"

    # The note's linked participant opens the entry in the Directory.
    directory.select_id(legal)
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert window.workspace.current_section() == "directory"
    qtbot.waitUntil(lambda: directory.detail_id() == ana, timeout=WORKER_TIMEOUT_MS)
    assert older  # (the older note is the entry's second)

    # In the editor too: a linked name is a link.
    page.edit_note(newer)
    qtbot.waitUntil(lambda: page.editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    (editor_link,) = page.editor.form.participants.link_buttons()
    directory.select_id(legal)
    qtbot.mouseClick(editor_link, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: directory.detail_id() == ana, timeout=WORKER_TIMEOUT_MS)
    assert page.editor.is_open  # she comes back to it as she left it

    # Another entry shows its own notes; locking blanks them.
    settle(qtbot, window, directory)
    directory.select_id(legal)
    qtbot.waitUntil(lambda: len(detail.note_buttons) == 1, timeout=WORKER_TIMEOUT_MS)
    window.lock()
    assert detail.note_buttons == []
    assert not detail.notes_title.isVisibleTo(detail)


def test_a_follow_up_with_a_date_shows_on_today_and_opens_the_note(
    qtbot, window, ui_vault_dir
) -> None:
    today = date.today()
    note_id, *_ = add_notes(
        ui_vault_dir,
        [
            NoteInput(
                "Peer circle",
                today - timedelta(days=3),
                follow_ups=(
                    FollowUpInput("a", "Send Ana the article", today),
                    FollowUpInput("b", "No date, not on Today"),
                    FollowUpInput("c", "Later", today + timedelta(days=5)),
                ),
            ),
            *numbered_notes(300),  # the note is far down the list
        ],
    )
    unlock(qtbot, window)
    card = window.workspace.pages["today"].follow_ups
    qtbot.waitUntil(lambda: len(card.rows) == 1, timeout=WORKER_TIMEOUT_MS)
    (row,) = card.rows
    assert row.text_label.text() == "Send Ana the article"
    assert "Peer circle" in row.origin.text()
    assert row.open_button.accessibleName() == "Open the note “Peer circle”"

    qtbot.mouseClick(row.open_button, Qt.MouseButton.LeftButton)
    assert window.workspace.current_section() == "notes"
    page = notes_page(window)
    qtbot.waitUntil(lambda: page.detail.note_id == note_id, timeout=WORKER_TIMEOUT_MS)
    assert page.detail.title.text() == "Peer circle"
    assert "Send Ana the article" in page.detail.follow_ups.text()


def test_a_follow_up_added_in_the_editor_reaches_today(qtbot, window) -> None:
    page = open_notes(qtbot, window)
    page.new_note()
    editor = page.editor
    qtbot.waitUntil(lambda: editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    editor.form.title.setText("Retreat")
    row = editor.form.follow_ups.rows[0]
    row.edit.setText("Book the room")
    row.dated.setChecked(True)
    row.due.setDate(row.due.date().currentDate())
    editor.save()
    qtbot.waitUntil(lambda: not editor.is_open, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    window.workspace.show_section("today")  # Today reads again when it shows
    card = window.workspace.pages["today"].follow_ups
    qtbot.waitUntil(lambda: len(card.rows) == 1, timeout=WORKER_TIMEOUT_MS)
    assert card.rows[0].text_label.text() == "Book the room"


def test_open_record_finds_a_note_hidden_by_a_search(qtbot, window, ui_vault_dir) -> None:
    (wanted, *_rest) = add_notes(ui_vault_dir, [NoteInput("Hidden one", START), *numbered_notes(5)])
    page = open_notes(qtbot, window)
    page.filters.search.setText("number")
    page.filters.search.returnPressed.emit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=WORKER_TIMEOUT_MS)
    window.workspace.show_section("today")

    window.open_record("notes", wanted)  # as Search everywhere does
    assert window.workspace.current_section() == "notes"
    qtbot.waitUntil(lambda: page.list.selected_id() == wanted, timeout=WORKER_TIMEOUT_MS)
    assert page.filters.search.text() == ""
    qtbot.waitUntil(lambda: page.detail.note_id == wanted, timeout=WORKER_TIMEOUT_MS)

    # While she writes another note, it is first kept as a draft, then the note is shown.
    (other,) = [i for i in page.model.ids() if i != wanted][:1]
    page.edit_note(other)
    qtbot.waitUntil(lambda: page.editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    page.editor.form.body.insertPlainText("typed before leaving")
    page.open_record(wanted)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.browse, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    kept = run(qtbot, window, lambda v: v.drafts.get("note", other))
    assert kept is not None and "typed before leaving" in kept.body
    assert page.detail.note_id == wanted


def test_every_input_and_button_of_a_full_note_has_an_accessible_name(
    qtbot, window, ui_vault_dir
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    (ana,) = add_directory(ui_vault_dir, [PSYCHOLOGIST])
    (note_id,) = add_notes(
        ui_vault_dir,
        [
            NoteInput(
                "Circle",
                START,
                participants=(Participant("Ana", ana), Participant("Marta")),
                takeaways=("one", "two"),
                follow_ups=(FollowUpInput("f", "Call", START),),
                tags=("care", "peer"),
                body="text",
            )
        ],
    )
    page = open_notes(qtbot, window)
    page.open_record(note_id)
    qtbot.waitUntil(lambda: page.detail.note_id == note_id, timeout=WORKER_TIMEOUT_MS)
    page.filters.toggle.click()

    def missing() -> list[str]:
        return [
            f"{type(w).__name__} {w.objectName()} {getattr(w, 'text', lambda: '')()}"
            for w in page.findChildren(QLineEdit)
            + page.findChildren(QAbstractButton)
            + page.findChildren(QComboBox)
            if w.isVisibleTo(page)
            and not w.accessibleName()
            and not isinstance(w.parent(), QComboBox)
        ]

    assert missing() == []
    page.edit_note(note_id)
    qtbot.waitUntil(lambda: page.editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    assert len(page.editor.form.tags.chips.chips) == 2
    assert missing() == []
    page.edit_contexts()
    dialog = page.contexts_dialog
    assert dialog is not None
    assert [
        w
        for w in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLineEdit)
        if not w.accessibleName()
    ] == []
    dialog.reject()


def test_the_entry_shows_notes_saved_or_trashed_meanwhile(qtbot, window, ui_vault_dir) -> None:
    (ana,) = add_directory(ui_vault_dir, [PSYCHOLOGIST])
    (first,) = add_notes(
        ui_vault_dir, [NoteInput("First", START, participants=(Participant("Ana", ana),))]
    )
    unlock(qtbot, window)
    window.workspace.show_section("directory")
    directory = directory_page(window)
    settle(qtbot, window, directory)
    directory.select_id(ana)
    detail = directory.detail
    qtbot.waitUntil(lambda: len(detail.note_buttons) == 1, timeout=WORKER_TIMEOUT_MS)

    page = notes_page(window)
    page.new_note()
    qtbot.waitUntil(lambda: page.editor.state == "open", timeout=WORKER_TIMEOUT_MS)
    page.editor.form.title.setText("Second")
    page.editor.form.participants.add(Participant("Ana Ruiz", ana))
    page.editor.save()
    qtbot.waitUntil(lambda: len(detail.note_buttons) == 2, timeout=WORKER_TIMEOUT_MS)
    page._delete(first)
    qtbot.waitUntil(lambda: len(detail.note_buttons) == 1, timeout=WORKER_TIMEOUT_MS)
    assert detail.note_buttons[0].text().startswith("Second · ")
