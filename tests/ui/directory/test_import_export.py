"""Directory import (vCard, CSV with a column mapping, duplicates) and export, as she would."""

import json
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, visible_dialogs
from tests.ui.directory.support import (
    HOTLINE,
    LEGAL,
    PSYCHOLOGIST,
    add_directory,
    names,
    open_directory,
    settle,
)
from tests.ui.journal.support import idle, run
from wellbeing_desk.imports import parse_vcards
from wellbeing_desk.imports.csv_directory import sniff_columns
from wellbeing_desk.ops.directory import CSV, JSON, VCARD
from wellbeing_desk.ui.directory import export_dialog as export_module
from wellbeing_desk.ui.directory import import_dialog as import_module
from wellbeing_desk.ui.directory.import_dialog import KEEP, MERGE, SKIP, ImportDialog
from wellbeing_desk.ui.settings.confirm import ConfirmPassphraseDialog
from wellbeing_desk.ui.widgets.message import Button, MessageBox

pytestmark = pytest.mark.usefixtures("existing_vault")

TWO_CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Red de Defensoras\r\nORG:Red de Defensoras\r\n"
    "TEL;TYPE=work:+52 55 0000 1111\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pérez, María\r\nN:Pérez;María;;;\r\n"
    "EMAIL:maria@example.org\r\nEND:VCARD\r\n"
)
BROKEN_CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fine One\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nEMAIL:nobody@example.org\r\nEND:VCARD\r\n"
)
SEMICOLON_CSV = (
    "Nombre;Organización;Teléfono;Correo;Comentario\n"
    "Casa Refugio;Casa Refugio AC;+52 55 2222 3333;casa@example.org;abre de noche\n"
    "Línea Segura;;+52 800 123 4567;;gratis\n"
)


@pytest.fixture(autouse=True)
def _english(qapp) -> object:
    """As an English user sees it, whatever an earlier test left installed: "1 entry"."""
    from wellbeing_desk.ui.application import install_translators

    install_translators(qapp, "en")
    return None


@pytest.fixture
def page(qtbot, window, ui_vault_dir):
    add_directory(ui_vault_dir, [PSYCHOLOGIST, LEGAL, HOTLINE])
    return open_directory(qtbot, window)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / "files" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def start_import(qtbot, window, page, monkeypatch, path: Path) -> ImportDialog:
    """Click "Import…", choose ``path`` in the (replaced) open dialog, wait for the parse."""
    chosen: list[str] = []

    def choose(_parent, _title, name_filter, on_chosen, _on_cancelled=None):
        chosen.append(name_filter)
        on_chosen(path)

    monkeypatch.setattr(import_module, "ask_open_path", choose)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert chosen and "*.vcf" in chosen[0] and "*.csv" in chosen[0]
    idle(qtbot, window)
    dialog = page.import_dialog
    assert dialog is not None
    return dialog


def finish_import(qtbot, window, page, dialog: ImportDialog) -> None:
    assert dialog.isVisible() and dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WORKER_TIMEOUT_MS)
    settle(qtbot, window, page)


def all_entries(qtbot, window):
    return run(qtbot, window, lambda vault: [e.entry for e in vault.directory.entries()])


# -- import --------------------------------------------------------------------------------


def test_two_vcards_are_imported(qtbot, window, page, monkeypatch, tmp_path) -> None:
    dialog = start_import(qtbot, window, page, monkeypatch, write(tmp_path, "c.vcf", TWO_CARDS))
    assert dialog.isVisible()
    assert not dialog.mapping_area.isVisible()  # no mapping for vCard
    assert dialog.count_label.text() == "2 entries will be added."
    assert not dialog.duplicates_area.isVisible()
    assert "c.vcf" in dialog.file_label.text()
    finish_import(qtbot, window, page, dialog)

    assert "Pérez, María" in names(page) and "Red de Defensoras" in names(page)
    assert len(names(page)) == 5
    assert page.notice.isVisible() and "2 entries imported" in page.notice.label.text()
    maria = next(e for e in all_entries(qtbot, window) if e.name == "Pérez, María")
    assert maria.source == "imported" and maria.contacts[0].value == "maria@example.org"
    assert MessageBox.shown_texts == []


def test_csv_mapping_preview_and_a_changed_column(
    qtbot, window, page, monkeypatch, tmp_path
) -> None:
    path = write(tmp_path, "lista.csv", SEMICOLON_CSV)
    dialog = start_import(qtbot, window, page, monkeypatch, path)
    assert dialog.mapping_area.isVisible()
    combos = dialog._mapping_combos
    assert list(combos) == ["Nombre", "Organización", "Teléfono", "Correo", "Comentario"]
    assert dialog.mapping() == {
        "Nombre": "name",
        "Organización": "organisation",
        "Teléfono": "phone",
        "Correo": "email",
        "Comentario": "keep",  # not recognised: kept in her notes with its name
    }
    assert combos["Comentario"].currentText() == "Keep in my notes"
    columns = dialog.preview.columns_label
    assert columns.isVisible() and "Comentario" in columns.text()
    assert combos["Nombre"].currentText() == "Name"
    assert all(combo.accessibleName() for combo in combos.values())
    assert dialog.count_label.text() == "2 entries will be added."
    grid = dialog.mapping_area.widget()
    cells = [label.text() for label in grid.findChildren(type(dialog.file_label))]
    assert "Casa Refugio AC" in cells and "abre de noche" in cells  # the first rows are shown

    # The last column holds notes: choose it with the keyboard.
    combo = combos["Comentario"]
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("notes"))
    idle(qtbot, window)
    assert dialog.mapping()["Comentario"] == "notes"
    assert dialog.count_label.text() == "2 entries will be added."
    assert not dialog.preview.columns_label.isVisible()
    finish_import(qtbot, window, page, dialog)

    imported = {e.name: e for e in all_entries(qtbot, window) if e.source == "imported"}
    assert set(imported) == {"Casa Refugio", "Línea Segura"}
    assert imported["Casa Refugio"].notes == "abre de noche"
    assert imported["Línea Segura"].notes == "gratis"
    assert [c.value for c in imported["Casa Refugio"].contacts] == [
        "+52 55 2222 3333",
        "casa@example.org",
    ]


def test_a_mapping_without_a_name_cannot_be_imported(
    qtbot, window, page, monkeypatch, tmp_path
) -> None:
    dialog = start_import(qtbot, window, page, monkeypatch, write(tmp_path, "l.csv", SEMICOLON_CSV))
    for header in ("Nombre", "Organización"):
        dialog._mapping_combos[header].setCurrentIndex(0)  # Ignore
    idle(qtbot, window)
    assert not dialog.import_button.isEnabled()
    assert "name" in dialog.error_label.text() and "Nothing was added" in dialog.error_label.text()
    dialog._mapping_combos["Nombre"].setCurrentIndex(
        dialog._mapping_combos["Nombre"].findData("name")
    )
    idle(qtbot, window)
    assert dialog.import_button.isEnabled() and dialog.error_label.text() == ""
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog._data == b""
    assert len(names(page)) == 3


@pytest.mark.parametrize(
    ("name", "text", "where"),
    [
        ("broken.vcf", BROKEN_CARDS.split("END:VCARD\r\n", 1)[1], "Card 1"),
        ("broken.csv", 'name,phone\nA,1\n"B,2\n', "Line 3"),
    ],
)
def test_a_malformed_file_gives_one_message_and_adds_nothing(
    qtbot, window, page, monkeypatch, tmp_path, name, text, where
) -> None:
    MessageBox.set_next_answer(Button.Ok)
    dialog = start_import(qtbot, window, page, monkeypatch, write(tmp_path, name, text))
    assert len(MessageBox.shown_texts) == 1
    message = MessageBox.shown_texts[0]
    assert message.startswith(where) and "Nothing was added" in message
    assert "Traceback" not in message
    assert not dialog.isVisible() and visible_dialogs() == []
    settle(qtbot, window, page)
    assert len(names(page)) == 3


def test_a_likely_duplicate_is_skipped_or_kept(qtbot, window, page, monkeypatch, tmp_path) -> None:
    cards = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:PSICOLOGA ana ruiz\r\n"
        "EMAIL:Ana@Example.org\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Legal Aid Dublin\r\nTEL:+353 1 555 0100\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Nueva Entrada\r\nTEL:+353 1 555 0100\r\nEND:VCARD\r\n"
    )
    dialog = start_import(qtbot, window, page, monkeypatch, write(tmp_path, "d.vcf", cards))
    assert dialog.duplicates_area.isVisible()
    choices = dialog._duplicate_combos
    assert [index for index, _ in choices] == [0, 1]
    assert all(combo.currentData() == SKIP for _, combo in choices)  # skipping is the default
    assert any(
        "like “Psicóloga Ana Ruiz”" in label.text()
        for label in dialog.duplicates_area.widget().findChildren(type(dialog.file_label))
    )
    assert dialog.count_label.text() == (
        "1 entry will be added. 2 likely duplicates will be skipped."
    )
    legal = choices[1][1]
    legal.setCurrentIndex(legal.findData(KEEP))
    assert dialog.count_label.text().startswith("2 entries will be added.")
    finish_import(qtbot, window, page, dialog)

    found = names(page)
    assert found.count("Legal Aid Dublin") == 2  # kept both
    assert "Nueva Entrada" in found
    assert "PSICOLOGA ana ruiz" not in found  # skipped
    assert len(found) == 5


def test_a_likely_duplicate_is_merged(qtbot, window, page, monkeypatch, tmp_path) -> None:
    cards = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:PSICOLOGA ana ruiz\r\n"
        "TEL:+525512345678\r\nTEL:+52 55 7777 8888\r\nNOTE:Met at the forum.\r\n"
        "END:VCARD\r\n"
    )
    dialog = start_import(qtbot, window, page, monkeypatch, write(tmp_path, "m.vcf", cards))
    ((index, combo),) = dialog._duplicate_combos
    assert index == 0
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Skip it",
        "Keep both",
        "Merge into the existing entry",
    ]
    merge = combo.findData(MERGE)
    assert "Psicóloga Ana Ruiz" in combo.itemData(merge, Qt.ItemDataRole.AccessibleTextRole)
    assert combo.accessibleName()
    combo.setFocus()
    combo.setCurrentIndex(merge)
    assert dialog.count_label.text() == (
        "0 entries will be added. 1 likely duplicate will be merged into an entry you have."
    )
    assert dialog.count_label.accessibleName() == dialog.count_label.text()
    finish_import(qtbot, window, page, dialog)

    assert len(names(page)) == 3  # no new entry
    assert "PSICOLOGA ana ruiz" not in names(page)
    (ana,) = [e for e in all_entries(qtbot, window) if e.name == "Psicóloga Ana Ruiz"]
    assert [c.value for c in ana.contacts if c.type == "phone"] == [
        "+52 55 1234 5678",  # hers, not repeated in another format
        "+52 55 7777 8888",  # the new one
    ]
    assert ana.notes == "Recommended by Lucía.\n\nMet at the forum."
    assert ana.source == "mine"
    assert MessageBox.shown_texts == []


def test_locking_forgets_the_import(qtbot, window, page, monkeypatch, tmp_path) -> None:
    dialog = start_import(qtbot, window, page, monkeypatch, write(tmp_path, "l.csv", SEMICOLON_CSV))
    assert dialog.isVisible()
    window.lock()
    assert not dialog.isVisible()
    assert dialog._data == b"" and dialog._parsed is None and dialog._mapping_combos == {}


# -- export --------------------------------------------------------------------------------


def confirm(qtbot, passphrase: str) -> None:
    qtbot.waitUntil(
        lambda: any(isinstance(d, ConfirmPassphraseDialog) for d in visible_dialogs()),
        timeout=WORKER_TIMEOUT_MS,
    )
    (box,) = [d for d in visible_dialogs() if isinstance(d, ConfirmPassphraseDialog)]
    qtbot.keyClicks(box.passphrase.edit, passphrase)
    qtbot.mouseClick(box.ok_button, Qt.MouseButton.LeftButton)


def start_export(qtbot, page, monkeypatch, path: Path, fmt: str):
    chosen: list[Path] = []

    def choose(_parent, _title, suggested, _filter, suffix, on_chosen, _on_cancelled=None):
        assert suggested.endswith(f".{suffix}") and suffix == fmt
        chosen.append(path)
        on_chosen(path)

    monkeypatch.setattr(export_module, "ask_save_path", choose)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = page.export_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))
    MessageBox.set_next_answer(Button.Yes)  # the plaintext warning
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "not be encrypted" in MessageBox.shown_texts[0]
    return dialog, chosen


@pytest.mark.parametrize("fmt", [VCARD, CSV, JSON])
def test_export_writes_the_directory(qtbot, window, page, monkeypatch, tmp_path, fmt) -> None:
    folder = tmp_path / "outside"
    folder.mkdir()
    path = folder / f"directory.{fmt}"
    dialog, chosen = start_export(qtbot, page, monkeypatch, path, fmt)
    confirm(qtbot, PASSPHRASE)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)

    assert chosen == [path]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == [path.name]  # no temporary file
    data = path.read_bytes()
    if fmt == VCARD:
        assert sorted(e.name for e in parse_vcards(data)) == sorted(names(page))
    elif fmt == CSV:
        assert sniff_columns(data).rows[0][0] in names(page)
        assert "Psicóloga Ana Ruiz" in data.decode("utf-8-sig")
    else:
        assert sorted(r["name"] for r in json.loads(data)) == sorted(names(page))
    assert "3 entries exported" in page.notice.label.text()
    assert "not encrypted" in page.notice.label.text()
    assert len(MessageBox.shown_texts) == 1  # only the warning


def test_export_with_a_wrong_passphrase_writes_nothing(
    qtbot, window, page, monkeypatch, tmp_path
) -> None:
    folder = tmp_path / "outside"
    folder.mkdir()
    dialog, chosen = start_export(qtbot, page, monkeypatch, folder / "d.json", JSON)
    MessageBox.set_next_answer(Button.Ok)
    confirm(qtbot, "not my passphrase at all")
    qtbot.waitUntil(lambda: len(MessageBox.shown_texts) == 2, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    assert "passphrase" in MessageBox.shown_texts[1]
    assert chosen == [] and list(folder.iterdir()) == []
    assert dialog.isVisible() and dialog.export_button.isEnabled()


def test_declining_the_warning_asks_nothing_more(qtbot, window, page, monkeypatch) -> None:
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = page.export_dialog
    assert dialog is not None
    MessageBox.set_next_answer(Button.No)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not any(isinstance(d, ConfirmPassphraseDialog) for d in visible_dialogs())
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


def test_an_export_failing_to_write_leaves_nothing(
    qtbot, window, page, monkeypatch, tmp_path
) -> None:
    target = tmp_path / "a-folder"
    target.mkdir()
    dialog, _ = start_export(qtbot, page, monkeypatch, target, CSV)
    MessageBox.set_next_answer(Button.Ok)
    confirm(qtbot, PASSPHRASE)
    qtbot.waitUntil(lambda: len(MessageBox.shown_texts) == 2, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    assert "nothing was written" in MessageBox.shown_texts[1]
    assert list(target.iterdir()) == [] and dialog.isVisible()


def test_duplicates_follow_the_mapping(qtbot, window, page, monkeypatch, tmp_path) -> None:
    text = "Nombre;Línea directa\nLegal Aid Dublin;+353 1 555 0100\n"
    dialog = start_import(qtbot, window, page, monkeypatch, write(tmp_path, "m.csv", text))
    assert not dialog.duplicates_area.isVisible()  # no phone column: nothing to compare
    combo = dialog._mapping_combos["Línea directa"]
    combo.setCurrentIndex(combo.findData("phone"))
    idle(qtbot, window)
    assert dialog.duplicates_area.isVisible()
    assert dialog.count_label.text() == (
        "0 entries will be added. 1 likely duplicate will be skipped."
    )
    assert not dialog.import_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# -- the preview: names, what has no field, cards that cannot be read ----------------------

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "imports"


def preview_lines(dialog: ImportDialog) -> list[str]:
    names = dialog.preview.names
    return [names.item(row).text() for row in range(names.count())]


def test_the_preview_names_each_entry_and_what_is_not_imported(
    qtbot, window, page, monkeypatch, tmp_path
) -> None:
    dialog = start_import(qtbot, window, page, monkeypatch, FIXTURES / "iphone_export.vcf")
    assert dialog.preview.names.isVisible()
    first, second, third = preview_lines(dialog)
    assert first.startswith("Dra. Marta Gómez — not imported: Messaging, Groups, Nickname")
    assert first.endswith("Birthday, Photo")
    assert second == "Red de Abogadas — not imported: Photo"
    assert third == "Lucía Fernández — not imported: Photo"
    assert not dialog.preview.unreadable_label.isVisible()
    assert dialog.count_label.text() == "3 entries will be added."
    finish_import(qtbot, window, page, dialog)
    marta = next(e for e in all_entries(qtbot, window) if e.name == "Dra. Marta Gómez")
    assert marta.kind == "person" and "Nickname: Marti" in marta.notes
    assert {c.type for c in marta.contacts} >= {"signal", "whatsapp", "xmpp", "telegram"}


def test_unreadable_cards_are_named_and_only_her_choice_imports_the_others(
    qtbot, window, page, monkeypatch, tmp_path
) -> None:
    dialog = start_import(qtbot, window, page, monkeypatch, write(tmp_path, "b.vcf", BROKEN_CARDS))
    assert MessageBox.shown_texts == []  # one card can be read: she chooses
    assert preview_lines(dialog) == ["Fine One"]
    problem = dialog.preview.unreadable_label
    assert problem.isVisible()
    assert problem.text() == "1 card cannot be read:\nCard 2 (line 5): the name is missing"
    choice = dialog.preview.readable_only
    assert choice.isVisible() and not choice.isChecked()
    assert choice.text() == "Import only the 1 card that can be read"
    assert not dialog.import_button.isEnabled()
    assert "choose whether to import only the readable ones" in dialog.count_label.text()
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Space)  # with the keyboard, as she might
    assert choice.isChecked() and dialog.import_button.isEnabled()
    assert dialog.count_label.text() == "1 entry will be added."
    finish_import(qtbot, window, page, dialog)
    assert "Fine One" in names(page) and len(names(page)) == 4


def test_unreadable_choice_is_undone_and_nothing_imported_on_cancel(
    qtbot, window, page, monkeypatch, tmp_path
) -> None:
    dialog = start_import(qtbot, window, page, monkeypatch, write(tmp_path, "b.vcf", BROKEN_CARDS))
    dialog.preview.readable_only.setChecked(True)
    dialog.preview.readable_only.setChecked(False)
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window, page)
    assert len(names(page)) == 3


def test_an_address_book_csv_is_mapped_and_its_extra_columns_kept(
    qtbot, window, page, monkeypatch
) -> None:
    dialog = start_import(qtbot, window, page, monkeypatch, FIXTURES / "google_contacts.csv")
    mapping = dialog.mapping()
    assert mapping["First Name"] == "given_name" and mapping["Phone 1 - Value"] == "phone"
    assert dialog._mapping_combos["Phone 1 - Label"].currentText() == (
        "Label of a phone, e-mail or address"
    )
    columns = dialog.preview.columns_label.text()
    assert columns.startswith("Kept in your notes, with the column's name: ")
    assert "Birthday" in columns and "Left out: File As, Photo." in columns
    assert preview_lines(dialog)[0].startswith("Dra. Marta Gómez — not imported: Nickname")
    finish_import(qtbot, window, page, dialog)
    marta = next(e for e in all_entries(qtbot, window) if e.name == "Dra. Marta Gómez")
    assert marta.kind == "person" and marta.favourite
    assert "+57 300 123 4567" in [c.value for c in marta.contacts if c.type == "mobile"]


def test_a_pipe_chosen_by_mistake_is_refused_not_read(
    qtbot, window, page, monkeypatch, tmp_path
) -> None:
    """Issue 11.13: a FIFO would hang the worker; a device would be read until memory runs out."""
    import os

    fifo = tmp_path / "contacts.vcf"
    os.mkfifo(fifo)
    MessageBox.set_next_answer(Button.Ok)
    dialog = start_import(qtbot, window, page, monkeypatch, fifo)
    qtbot.waitUntil(lambda: len(MessageBox.shown_texts) == 1, timeout=WORKER_TIMEOUT_MS)
    assert "not an ordinary file" in MessageBox.shown_texts[0]
    assert not dialog.isVisible() and visible_dialogs() == []
    settle(qtbot, window, page)
    assert len(names(page)) == 3
