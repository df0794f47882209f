"""Her own words on chips show as written: an "&" is a character, not an Alt key."""

from PySide6.QtGui import QKeySequence

from wellbeing_desk.ui.widgets.chips import ChipGroup


def test_an_ampersand_shows_and_makes_no_alt_key(qtbot) -> None:
    group = ChipGroup("Activities")
    qtbot.addWidget(group)
    group.set_items([("a", "Tea & cake")])
    chip = group.chip("a")
    assert chip.text() == "Tea && cake"  # Qt draws "&&" as one "&"
    assert chip.accessibleName() == "Tea & cake"
    assert QKeySequence.mnemonic(chip.text()).isEmpty()
    chip.setChecked(True)
    assert chip.text().endswith("Tea && cake")
    assert QKeySequence.mnemonic(chip.text()).isEmpty()
