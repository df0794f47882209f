"""The real grounding window opens from every step of every debrief and gives her step back."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.debrief.support import click, every_step, open_page, show_page, start, step_id
from tests.ui.journal.keyboard import press
from wellbeing_desk.debrief.builtin import builtin_templates
from wellbeing_desk.ui.grounding import GroundingDialog, open_dialog

pytestmark = [
    pytest.mark.usefixtures("existing_vault"),
    pytest.mark.qt_log_ignore("does not support raise"),  # offscreen windows have no stacking
]


def wait_for_grounding(qtbot) -> GroundingDialog:
    qtbot.waitUntil(lambda: open_dialog() is not None)
    dialog = open_dialog()
    assert isinstance(dialog, GroundingDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def close_it(qtbot, dialog: GroundingDialog) -> None:
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: open_dialog() is None)
    assert not dialog.isVisible()


def test_every_step_of_every_template(qtbot, window) -> None:
    open_page(qtbot, window)
    for number, template in enumerate(builtin_templates()):
        if number:
            show_page(qtbot, window)
        wizard = start(qtbot, window, template.id, include_event=True)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        seen: list[str] = []
        while wizard.isVisible() and wizard.session is not None:
            here = step_id(wizard)
            seen.append(here)
            # By the button on the step...
            click(qtbot, wizard.calm_button)
            close_it(qtbot, wait_for_grounding(qtbot))
            qtbot.waitUntil(lambda b=wizard.calm_button: QApplication.focusWidget() is b)
            # ...and by Ctrl+G from inside her answer: focus comes back to it.
            wizard.focus_first()
            inside = QApplication.focusWidget()
            assert inside is not None and wizard.isAncestorOf(inside)
            press(qtbot, Qt.Key.Key_G, modifier=Qt.KeyboardModifier.ControlModifier)
            close_it(qtbot, wait_for_grounding(qtbot))
            qtbot.waitUntil(lambda w=inside: QApplication.focusWidget() is w)
            assert step_id(wizard) == here  # exactly where she was
            if wizard.session.flow.is_last:
                break
            click(qtbot, wizard.skip_button)
        assert seen == every_step(template)
        click(qtbot, wizard.pause_button)
