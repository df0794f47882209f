"""Helpers for the template manager tests: a worker with the vault open, and waiting on it."""

import json
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS
from wellbeing_desk.debrief.templates import Template, parse_template
from wellbeing_desk.ui.debrief.templates.manager import TemplateManagerDialog
from wellbeing_desk.ui.worker import DatabaseWorker


def open_worker(qtbot, existing_vault: Path) -> Iterator[DatabaseWorker]:
    """A database worker with the test vault open (``yield from`` it in a fixture)."""
    db = DatabaseWorker()
    opened: list[object] = []
    db.open_vault(existing_vault, PASSPHRASE, opened.append, opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=WORKER_TIMEOUT_MS)
    assert opened == [None]
    yield db
    db.shutdown()


def run(qtbot, worker: DatabaseWorker, op):
    results: list[object] = []
    errors: list[BaseException] = []
    worker.submit(op, results.append, errors.append)
    qtbot.waitUntil(lambda: bool(results or errors), timeout=WORKER_TIMEOUT_MS)
    if errors:
        raise errors[0]
    return results[0]


def idle(qtbot, worker: DatabaseWorker) -> None:
    qtbot.waitUntil(lambda: not worker.busy, timeout=WORKER_TIMEOUT_MS)


def open_manager(qtbot, worker: DatabaseWorker) -> TemplateManagerDialog:
    dialog = TemplateManagerDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.choices), timeout=WORKER_TIMEOUT_MS)
    idle(qtbot, worker)
    return dialog


def stored(qtbot, worker: DatabaseWorker) -> list[tuple[str, Template]]:
    """Her templates as the vault has them: (record id, template)."""
    rows = run(qtbot, worker, lambda vault: vault.debrief_templates.all())
    return [(row.id, parse_template(json.loads(row.body))) for row in rows]


def titles(dialog: TemplateManagerDialog) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def unnamed_inputs(root: QWidget) -> list[str]:
    """Every button and input under ``root`` without an accessible name."""
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QListWidget, QCheckBox)
    missing = []
    for kind in kinds:
        for widget in root.findChildren(kind):
            if isinstance(widget.parent(), QTabBar):
                continue  # the tab bar's own scroll arrows
            if not widget.accessibleName().strip():
                text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
                missing.append(f"{type(widget).__name__} {text!r}")
    return missing
