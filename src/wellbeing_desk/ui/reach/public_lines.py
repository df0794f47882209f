"""The lock screen's "Need help now?": public lines that answer at any hour, and grounding.

Nothing here reads or writes the vault: the lines come from the starter
directory shipped with the app, so they can be shown while it is locked. Her
own people stay inside the vault and are never shown here.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from wellbeing_desk.directory.starter import public_emergency_lines
from wellbeing_desk.languages import primary_subtag
from wellbeing_desk.ui.interface_language import ui_language
from wellbeing_desk.ui.reach.picker import ReachRow
from wellbeing_desk.ui.reach.window import ReachWindow
from wellbeing_desk.ui.widgets.clipboard_guard import ClipboardGuard
from wellbeing_desk.vault.directory_types import ContactMethod

LinesProvider = Callable[[str], list[ReachRow]]


def starter_lines(language: str) -> list[ReachRow]:
    """The starter directory's public 24/7 lines as rows (what the lock screen shows)."""
    rows = []
    for line in public_emergency_lines(language):
        about = QCoreApplication.translate(
            "PublicLines", "{hours} · from {source}, seen {date} · check before relying on it"
        ).format(hours=line.hours, source=line.source, date=line.seen)
        contact = ContactMethod(line.contact_type, line.value, line.label)
        rows.append(ReachRow(line.name, about, (contact,)))
    return rows


class PublicLinesDialog(ReachWindow):
    def __init__(
        self,
        clipboard: ClipboardGuard,
        parent: QWidget | None = None,
        lines: LinesProvider = starter_lines,
    ) -> None:
        texts = (
            self.tr("Need help now?"),
            self.tr(
                "These public lines answer at any hour. Enter copies the number you choose. "
                "Your own people stay inside your vault: unlock it to see them."
            ),
            self.tr("Public lines that answer at any hour"),
            self.tr("Close Need help now"),
        )
        super().__init__(clipboard, texts, parent)
        self.picker.set_rows(lines(primary_subtag(ui_language())))
        self.picker.focus_people()


def open_public_lines(parent: QWidget, clipboard: ClipboardGuard) -> PublicLinesDialog:
    dialog = PublicLinesDialog(clipboard, parent.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.picker.focus_people()
    return dialog
