"""The shared widgets the journal is built from: scale, chips, notice bar."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from wellbeing_desk.ui.widgets.chips import ChipGroup
from wellbeing_desk.ui.widgets.notice_bar import NoticeBar
from wellbeing_desk.ui.widgets.scale_input import ScaleInput


def host(qtbot, *widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    # The offscreen plugin warns when a window's size limits change: no limits here.
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    for widget in widgets:
        widget.setParent(box)
        layout.addWidget(widget)
    qtbot.addWidget(box)
    box.resize(500, 300)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    return box


def test_scale_by_keys_and_mouse(qtbot) -> None:
    scale = ScaleInput(0, 10, "Stress", ("0 calm", "10 worst"))
    _box = host(qtbot, scale)  # keeps the widget alive
    assert scale.score() is None
    assert "Nothing chosen" in scale.accessibleDescription()
    qtbot.keyClicks(scale, "7")
    assert scale.score() == 7
    assert "Nothing chosen" not in scale.accessibleDescription()
    qtbot.keyClicks(scale, "10")
    assert scale.score() == 10
    qtbot.keyClick(scale, Qt.Key.Key_Left)
    assert scale.score() == 9
    qtbot.keyClick(scale, Qt.Key.Key_Delete)
    assert scale.score() is None
    # A click on a cell chooses it; a second click clears it again.
    cell = scale._cell_rect(3).center().toPoint()
    qtbot.mouseClick(scale, Qt.MouseButton.LeftButton, pos=cell)
    assert scale.score() == 3
    qtbot.mouseClick(scale, Qt.MouseButton.LeftButton, pos=cell)
    assert scale.score() is None
    scale.set_score(42)
    assert scale.score() == 10


def test_chips_keep_their_state_and_move_with_arrows(qtbot) -> None:
    chips = ChipGroup("Things")
    _box = host(qtbot, chips)  # keeps the widget alive
    chips.set_items([("a", "Apple"), ("b", "Bread"), ("c", "Cheese")])
    with qtbot.waitSignal(chips.changed):
        qtbot.keyClick(chips.chip("b"), Qt.Key.Key_Space)
    assert chips.checked_ids() == ["b"]
    assert chips.chip("b").text() == "✓ Bread" and chips.chip("b").accessibleName() == "Bread"
    same = chips.chip("b")
    chips.set_items([("a", "Apple"), ("b", "Bread"), ("c", "Cheese")])
    assert chips.chip("b") is same  # unchanged lists keep their buttons
    chips.set_items([("c", "Cheese"), ("b", "Bread loaf")])
    assert chips.checked_ids() == ["b"]
    chips.chip("c").setFocus()
    qtbot.keyClick(chips.chip("c"), Qt.Key.Key_Right)
    assert chips.chip("b").hasFocus()
    chips.clear()
    assert chips.chips() == []


def test_notice_bar_action_and_dismiss(qtbot) -> None:
    bar = NoticeBar()
    _box = host(qtbot, bar)  # keeps the widget alive
    bar.show_notice("Entry moved to the trash.", "Undo")
    assert bar.isVisible() and bar.action.isVisible()
    with qtbot.waitSignal(bar.action_triggered):
        qtbot.mouseClick(bar.action, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(bar.dismissed):
        qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible() and bar.label.text() == ""
