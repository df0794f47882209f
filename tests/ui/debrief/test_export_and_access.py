"""The summary's warned export, and names for screen readers on every part of the debrief."""

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QWidget,
)

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS
from tests.ui.debrief.support import click, debrief_page, go_to, open_page, start, step_id
from tests.ui.directory.support import PSYCHOLOGIST, add_directory
from tests.ui.export.test_export_dialog import confirm, pdf_text
from tests.ui.journal.support import idle
from wellbeing_desk.debrief.builtin import builtin_templates
from wellbeing_desk.ui.debrief import export_dialog as export_module
from wellbeing_desk.ui.debrief.export_dialog import MARKDOWN, PDF
from wellbeing_desk.ui.widgets.message import MessageBox

pytestmark = pytest.mark.usefixtures("existing_vault")


def finish_with_words(qtbot, window, words: str):
    page = open_page(qtbot, window)
    wizard = start(qtbot, window, "after-incident")
    click(qtbot, wizard.next_button)
    qtbot.keyClicks(wizard.input.edit, words)
    go_to(qtbot, wizard, "this-week")
    qtbot.keyClicks(wizard.input.rows[0].text, "Sleep early")
    go_to(qtbot, wizard, "distress-end")
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(page.summary.isVisible, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    return page


def export(qtbot, page, monkeypatch, path: Path, fmt: str) -> None:
    chosen: list[str] = []

    def choose(_parent, _title, suggested, _filter, suffix, on_chosen, _on_cancelled=None):
        assert suggested.endswith(f".{suffix}")
        chosen.append(suggested)
        on_chosen(path)

    monkeypatch.setattr(export_module, "ask_save_path", choose)
    click(qtbot, page.summary.export_button)
    dialog = page.export_dialog
    assert dialog is not None and dialog.isVisible()
    assert "not encrypted" in "\n".join(
        label.text() for label in dialog.findChildren(type(page.summary.subtitle))
    )
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))
    click(qtbot, dialog.export_button)
    confirm(qtbot, PASSPHRASE)
    qtbot.waitUntil(path.exists, timeout=WORKER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WORKER_TIMEOUT_MS)


@pytest.fixture
def target(tmp_path: Path) -> Path:
    folder = tmp_path / "outside"
    folder.mkdir()
    return folder / "my-debrief"


def test_markdown_export_is_warned_confirmed_and_private(
    qtbot, window, monkeypatch, target
) -> None:
    page = finish_with_words(qtbot, window, "Quiet *and* tired")
    path = target.with_suffix(".md")
    export(qtbot, page, monkeypatch, path, MARKDOWN)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Debrief: After an incident\n")
    assert "Quiet \\*and\\* tired" in text  # her words stay words
    assert "## Follow-up actions" in text and "- [ ] Sleep early" in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == [path.name]
    assert "not encrypted" in page.notice.label.text()
    assert MessageBox.shown_texts == []


def test_pdf_export(qtbot, window, monkeypatch, target) -> None:
    page = finish_with_words(qtbot, window, "Walked home slowly")
    path = target.with_suffix(".pdf")
    export(qtbot, page, monkeypatch, path, PDF)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert "Walked home slowly" in pdf_text(data)


def test_a_wrong_passphrase_exports_nothing(qtbot, window, monkeypatch, target) -> None:
    from wellbeing_desk.ui.widgets.message import Button

    page = finish_with_words(qtbot, window, "Private words")
    monkeypatch.setattr(export_module, "ask_save_path", lambda *a: pytest.fail("asked for a file"))
    MessageBox.set_next_answer(Button.Ok)
    click(qtbot, page.summary.export_button)
    click(qtbot, page.export_dialog.export_button)
    confirm(qtbot, "not my passphrase")
    qtbot.waitUntil(lambda: len(MessageBox.shown_texts) == 1, timeout=WORKER_TIMEOUT_MS)
    assert list(target.parent.iterdir()) == []
    qtbot.waitUntil(page.export_dialog.export_button.isEnabled, timeout=WORKER_TIMEOUT_MS)


# -- accessibility -------------------------------------------------------------------------

INPUTS = (QLineEdit, QAbstractButton, QComboBox, QAbstractSpinBox, QPlainTextEdit,
          QAbstractSlider, QAbstractItemView)  # fmt: skip


def unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()} {getattr(w, 'text', lambda: '')()}"
        for kind in INPUTS
        for w in root.findChildren(kind)
        if w.isVisibleTo(root)
        and not isinstance(w, QScrollBar)
        and not w.accessibleName()
        and not isinstance(w.parent(), QComboBox | QAbstractSpinBox)
    ]


def test_every_input_of_every_step_has_a_name_and_the_prompt(qtbot, window, ui_vault_dir) -> None:
    add_directory(ui_vault_dir, [PSYCHOLOGIST])
    page = open_page(qtbot, window)
    assert unnamed(page) == []
    for template in builtin_templates():
        wizard = start(qtbot, window, template.id, include_event=True)
        while wizard.isVisible():
            idle(qtbot, window)
            assert unnamed(page) == [], step_id(wizard)
            step = wizard.session.flow.current
            fields = [
                w
                for kind in (QLineEdit, QPlainTextEdit, QAbstractSlider, QAbstractItemView)
                for w in wizard.input.findChildren(kind)
                if not isinstance(w.parent(), QAbstractSpinBox)
            ]
            fields += wizard.input.findChildren(QAbstractButton)
            described = [w for w in fields if step.prompt.get("en") in w.accessibleDescription()]
            assert described, step.id
            click(qtbot, wizard.skip_button)
        qtbot.waitUntil(page.summary.isVisible, timeout=WORKER_TIMEOUT_MS)
        assert unnamed(page) == []
        click(qtbot, page.summary.keep_button)
        qtbot.waitUntil(page.home.isVisible, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    assert unnamed(debrief_page(window)) == []


def test_the_offer_is_named_too(qtbot, window, ui_vault_dir) -> None:
    add_directory(ui_vault_dir, [PSYCHOLOGIST])
    page = open_page(qtbot, window)
    wizard = start(qtbot, window, "after-incident")
    wizard.input.scale.setFocus()
    qtbot.keyClick(wizard.input.scale, "9")
    qtbot.keyClick(wizard.input.scale, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Next
    qtbot.waitUntil(wizard.support.isVisible, timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, window)
    assert unnamed(page) == []
    assert "That sounds like a lot" in wizard.support.accessibleDescription()
