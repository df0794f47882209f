"""A card capped in width gets the height its wrapped text needs at its real width."""

import pytest
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from wellbeing_desk.ui.widgets.capped_row import capped_row

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
TEXT = "A paragraph long enough to wrap onto many lines in a narrow card. " * 8


def _page(in_row: bool) -> tuple[QWidget, QFrame]:
    page = QWidget()
    layout = QVBoxLayout(page)
    card = QFrame(page)
    card.setMaximumWidth(300)
    label = QLabel(TEXT, card)
    label.setWordWrap(True)
    QVBoxLayout(card).addWidget(label)
    if in_row:
        layout.addLayout(capped_row(card))
    else:
        layout.addWidget(card)
    return page, card


def test_a_capped_card_is_asked_its_height_at_its_own_width(qtbot) -> None:
    plain, _ = _page(in_row=False)
    page, card = _page(in_row=True)
    for widget in (plain, page):
        qtbot.addWidget(widget)
    needed = card.heightForWidth(300)
    # Straight in a column, the page asks the card at 1000 px: fewer, longer lines.
    assert plain.heightForWidth(1000) < needed
    assert page.heightForWidth(1000) >= needed
    page.resize(1000, page.heightForWidth(1000))
    page.show()
    qtbot.waitExposed(page)
    assert card.width() == 300 and card.x() < 50  # full width, at the leading edge
    assert card.height() >= needed
