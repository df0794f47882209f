"""On a 900×600 laptop the create screen's button shows without scrolling."""

from PySide6.QtCore import QPoint, QRect

from tests.ui.test_create_unlock import WEAK, type_new_passphrase


def visible_in_window(widget, window) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def test_create_vault_shows_at_900_by_600(qtbot, window) -> None:
    window.resize(880, 560)  # 900×600 less the window frame (``screen_fit``)
    window.show()
    qtbot.waitExposed(window)
    page = window.create_page
    type_new_passphrase(qtbot, page, WEAK)  # the longest state: the weak-passphrase choice
    qtbot.waitUntil(page.override.isVisible)
    qtbot.wait(50)  # the layout settles
    assert not page.frame.logo.isVisible()  # the mark steps aside on a short window
    assert visible_in_window(page.create_button, window)


def test_a_tall_window_keeps_the_mark(qtbot, window) -> None:
    window.resize(1040, 720)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    assert window.create_page.frame.logo.isVisible()
