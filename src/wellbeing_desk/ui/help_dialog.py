"""Help: the keyboard shortcuts (lock, panic) and a few words about the app."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk import __version__
from wellbeing_desk.ui.widgets.text import heading, paragraph


class HelpDialog(QDialog):
    """Lists the shortcuts; closed like every dialog when the app locks."""

    def __init__(self, shortcuts: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wellbeing Desk help"))
        self.setAccessibleName(self.tr("Wellbeing Desk help"))
        self.setMinimumWidth(480)

        form = QFormLayout()
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(10)
        for description, key_text in shortcuts:
            keys = QLabel(key_text, self)
            keys.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            keys.setAccessibleName(description)
            form.addRow(description, keys)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleName(self.tr("Close help"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Keyboard shortcuts"), self, level=2))
        layout.addLayout(form)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Lock and minimise is the quick way out: the vault closes and the "
                    "window gets out of sight at once. Nothing you wrote stays on screen."
                ),
                self,
            )
        )
        layout.addSpacing(6)
        layout.addWidget(heading(self.tr("About Wellbeing Desk"), self, level=2))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Version {version}. An encrypted, offline-first companion for human "
                    "rights defenders. It is not therapy and does not replace professional care. "
                    "Free software under the GNU GPL, version 3 or later."
                ).format(version=__version__),
                self,
            )
        )
        layout.addWidget(buttons)
        # Settle the size limits before the native window exists (some platform
        # plugins cannot change them afterwards and say so).
        layout.activate()
