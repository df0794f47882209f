"""Widgets made for one record (a note's people, an entry's contacts) and dropped with it.

Deleting a widget waits for the event loop, so its words are blanked at once:
a record she moved away from (or the vault locking) leaves nothing readable
behind, not even for a screen reader, in the moment before deletion.
"""

from collections.abc import Iterable

from PySide6.QtWidgets import QLabel, QLayout, QPushButton, QWidget


def drop_widgets(layout: QLayout, widgets: Iterable[QWidget]) -> None:
    """Take ``widgets`` out of ``layout``, blank them and delete them."""
    for widget in widgets:
        layout.removeWidget(widget)
        widget.hide()
        if isinstance(widget, QLabel | QPushButton):
            widget.setText("")  # blank at once: deletion waits for the event loop
        widget.setAccessibleName("")
        widget.setParent(None)
        widget.deleteLater()
