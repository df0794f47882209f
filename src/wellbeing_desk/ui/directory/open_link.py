"""Opening a website or writing an e-mail from an entry: a network action, so she is asked.

The words stay the Directory page's (its translation context).
"""

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from wellbeing_desk.ui.widgets.message import Button, MessageBox


def ask_then_open(parent: QWidget, url: str) -> None:
    """Say what opening ``url`` reveals; open it in her browser or mail program if she agrees."""
    answer = MessageBox.question(
        parent,
        QCoreApplication.translate("DirectoryPage", "Open outside Wellbeing Desk?"),
        QCoreApplication.translate(
            "DirectoryPage",
            "This opens {address} in your browser or e-mail program. It goes out over "
            "the internet, and whoever runs it can see a visit from this connection. "
            "Open it?",
        ).format(address=url),
    )
    if answer == Button.Yes:
        QDesktopServices.openUrl(QUrl(url))
