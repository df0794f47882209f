"""The Directory list follows entries changed elsewhere (Reach someone, later sync)."""

import pytest

from tests.ui.conftest import WORKER_TIMEOUT_MS
from tests.ui.directory.support import (
    HOTLINE,
    LEGAL,
    PSYCHOLOGIST,
    add_directory,
    names,
    open_directory,
    settle,
)
from tests.ui.journal.support import run
from wellbeing_desk.vault.directory_types import DirectoryEntryInput

pytestmark = pytest.mark.usefixtures("existing_vault")


def test_an_entry_added_elsewhere_joins_the_list(qtbot, window, ui_vault_dir) -> None:
    add_directory(ui_vault_dir, [PSYCHOLOGIST, LEGAL])
    page = open_directory(qtbot, window)
    assert names(page) == ["Legal Aid Dublin", "Psicóloga Ana Ruiz"]
    chosen = page.detail_id()

    run(qtbot, window, lambda vault: vault.directory.add(HOTLINE))  # no page asked for it
    qtbot.waitUntil(lambda: "Digital Help Line" in names(page), timeout=WORKER_TIMEOUT_MS)
    settle(qtbot, window, page)
    assert page.detail_id() == chosen  # what she was reading stays chosen


def test_the_entry_she_reads_is_read_again_when_changed_elsewhere(
    qtbot, window, ui_vault_dir
) -> None:
    (legal,) = add_directory(ui_vault_dir, [LEGAL])
    page = open_directory(qtbot, window)
    assert page.detail_id() == legal
    assert page.detail.entry is not None and page.detail.entry.entry.favourite

    run(qtbot, window, lambda vault: vault.directory.set_favourite(legal, False))
    qtbot.waitUntil(
        lambda: page.detail.entry is not None and not page.detail.entry.entry.favourite,
        timeout=WORKER_TIMEOUT_MS,
    )
    renamed = DirectoryEntryInput(**{**LEGAL.__dict__, "name": "Legal Aid Cork"})
    run(qtbot, window, lambda vault: vault.directory.update(legal, renamed))
    qtbot.waitUntil(lambda: names(page) == ["Legal Aid Cork"], timeout=WORKER_TIMEOUT_MS)
    qtbot.waitUntil(
        lambda: page.detail.entry is not None and page.detail.entry.entry.name == "Legal Aid Cork",
        timeout=WORKER_TIMEOUT_MS,
    )
