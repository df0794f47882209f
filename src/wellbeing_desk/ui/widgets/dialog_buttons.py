"""A dialog's row of buttons: its one primary action (the default) and Cancel.

The words come from the dialog, in its own translation context.
"""

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def action_buttons(
    dialog: QDialog,
    action_text: str,
    action_name: str,
    cancel_name: str,
    on_action: Callable[[], None],
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """The row, the action button and Cancel (which rejects ``dialog``)."""
    buttons = QDialogButtonBox(dialog)
    action = QPushButton(action_text, dialog)
    action.setObjectName("primary")  # before the style sees it
    buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
    action.setAccessibleName(action_name)
    action.setDefault(True)
    cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    cancel.setAccessibleName(cancel_name)
    action.clicked.connect(on_action)
    cancel.clicked.connect(dialog.reject)
    return buttons, action, cancel
