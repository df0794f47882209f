"""The Directory page's keyboard: its shortcuts, and Down from the search to the list.

On the page (whenever it is on screen): Ctrl+N a new entry, Ctrl+F the
search, Ctrl+D favourite. On the list (only while it has the focus, so no
text field loses the keys): Delete, Ctrl+C the first contact. Ctrl+Z is the
trash controller's (``TrashUndo``).
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence

from wellbeing_desk.ui.widgets.list_keys import add_shortcut, is_down_key

if TYPE_CHECKING:  # the page imports this module
    from wellbeing_desk.ui.directory.page import DirectoryPage


class DirectoryKeys(QObject):
    """Installs the page's shortcuts; moves Down in the search field to the list."""

    def __init__(self, page: "DirectoryPage") -> None:
        super().__init__(page)
        self._page = page
        add_shortcut(QKeySequence.StandardKey.New, page.new_entry, page, window=True)
        add_shortcut(QKeySequence.StandardKey.Find, page.focus_search, page, window=True)
        add_shortcut(QKeySequence("Ctrl+D"), page.toggle_favourite, page, window=True)
        add_shortcut(QKeySequence(Qt.Key.Key_Delete), page.delete_selected, page.view, window=False)
        add_shortcut(
            QKeySequence.StandardKey.Copy, page.copy_first_contact, page.view, window=False
        )
        page.filters.search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        page = self._page
        if watched is page.filters.search and is_down_key(event) and page.model.rowCount():
            page.focus_list()
            return True
        return False
