"""Search everywhere finds directory entries by what they are (issue 10 §4)."""

from pathlib import Path

from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock
from tests.ui.search.support import open_with_ctrl_k, type_query
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory_types import DirectoryEntryInput

SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 6


def test_a_category_word_finds_the_entry_and_says_why(
    qtbot, existing_vault: Path, window: MainWindow
) -> None:
    with Vault.open(existing_vault, PASSPHRASE) as vault:
        wanted = vault.directory.add(
            DirectoryEntryInput("Calm Minds", categories=("counselling",), description="Weekly.")
        )
        vault.directory.add(DirectoryEntryInput("Legal Aid Dublin", categories=("legal_support",)))
    unlock(qtbot, window)
    palette = open_with_ctrl_k(qtbot, window)
    type_query(qtbot, window, palette, "terapia")
    model = palette.model
    assert model.sections() == ["directory"]
    row = model.row_of("directory", wanted)
    assert model.hit(row).title == "Calm Minds"
    assert "<b>Acompañamiento psicológico</b>" in model.index(row, 0).data(SNIPPET_ROLE)
    assert model.hit_count == 1
