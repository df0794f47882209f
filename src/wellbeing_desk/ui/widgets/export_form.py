"""The frame every dialog that exports a plaintext file shares, built into that dialog.

Its title, what it says, a form of choices, a line for problems, Export and
Cancel, sized before it first shows; being busy while the steps run, and how
they end. The dialog gives every word (in its own translation context) and
runs its own steps from its Export button.
"""

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QDialog, QLabel, QLayout, QVBoxLayout, QWidget

from wellbeing_desk.ui.widgets.dialog_buttons import action_buttons
from wellbeing_desk.ui.widgets.text import heading, paragraph


class ExportForm:
    """``ExportForm(dialog, title, width)`` first, ``build(...)`` once its parts exist."""

    def __init__(self, dialog: QDialog, title: str, minimum_width: int) -> None:
        self.dialog = dialog
        self.title = title
        dialog.setWindowTitle(title)
        dialog.setAccessibleName(title)
        dialog.setMinimumWidth(minimum_width)
        self.error_label = QLabel(dialog)
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)  # always there (empty), so the dialog never resizes

    def build(
        self,
        warning: QWidget,
        description: str,
        form: QLayout,
        *,
        inputs: Sequence[QWidget],
        export_text: str,
        export_name: str,
        cancel_name: str,
        on_export: Callable[[], None],
        error_line: bool = True,
    ) -> None:
        """Lay out the heading, the warning, what the file holds (``description``), the
        form of choices, the error line (if wanted) and the buttons.

        ``inputs`` are what she cannot change while the export runs.
        """
        self.inputs = tuple(inputs)
        dialog = self.dialog
        buttons, self.export_button, self.cancel_button = action_buttons(
            dialog, export_text, export_name, cancel_name, on_export
        )
        layout = QVBoxLayout(dialog)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading(self.title, dialog, level=2))
        contents = paragraph(description, dialog)
        contents.setObjectName("muted")
        layout.addWidget(warning)
        layout.addWidget(contents)
        layout.addLayout(form)
        if error_line:
            layout.addWidget(self.error_label)
        else:
            self.error_label.hide()
        layout.addWidget(buttons)
        layout.activate()  # size limits settled before the native window exists
        dialog.resize(dialog.minimumWidth(), dialog.heightForWidth(dialog.minimumWidth()))

    def set_busy(self, busy: bool) -> None:
        for widget in (*self.inputs, self.export_button):
            widget.setEnabled(not busy)

    def stop(self) -> None:
        """The steps stopped (she cancelled, the passphrase was wrong, writing failed)."""
        self.set_busy(False)

    def finish(self) -> None:
        """The file is written: close the dialog."""
        self.set_busy(False)
        self.dialog.accept()
