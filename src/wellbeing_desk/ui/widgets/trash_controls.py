"""The controls of a list that has a trash: New, Trash (a toggle), Restore, Empty trash.

The journal's list and the notes' page switch between the list and its
trash the same way: in the trash, New gives way to Restore and Empty trash,
and the Trash button becomes the way back; a notice bar under them says what
happened and offers Undo for a while. They say the same things when the
list is empty. The feature brings every word, translated in its own context,
and its slots, and lays the controls out.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QPushButton, QWidget

from wellbeing_desk.ui.delays import UNDO_TIMEOUT_MS
from wellbeing_desk.ui.widgets.notice_bar import NoticeBar
from wellbeing_desk.ui.widgets.page_style import comfortable

Slot = Callable[[], object] | SignalInstance


@dataclass(frozen=True)
class TrashButtonWords:
    new: str  # "&New entry"
    new_spoken: str
    new_tip: str  # with its shortcut
    trash: str  # "&Trash"
    show_trash: str  # its spoken name
    back: str  # "&Back to the journal"
    back_spoken: str
    restore: str
    restore_spoken: str
    empty: str  # "Empty trash"
    empty_spoken: str


@dataclass(frozen=True)
class EmptyListWords:
    """What shows in place of an empty list."""

    trash: str  # the trash is empty
    no_match: str  # nothing matches the search or the filters
    nothing_yet: str  # she has none yet


def empty_list_text(words: EmptyListWords, *, in_trash: bool, filtered: bool) -> str:
    if in_trash:
        return words.trash
    return words.no_match if filtered else words.nothing_yet


class TrashList(Protocol):
    """What the buttons ask of the list they serve (New is the feature's own)."""

    def show_trash(self, trash: bool) -> None:
        """The Trash button was toggled: show the trash (``trash``) or the list."""

    def restore_selected(self) -> None: ...

    def empty_trash(self) -> None:
        """After asking her."""


class TrashControls(QObject):
    """The four buttons, then the notice bar, made in this order (their tab order)."""

    def __init__(
        self, words: TrashButtonWords, parent: QWidget, owner: TrashList, *, new: Slot
    ) -> None:
        super().__init__(parent)
        self._words = words
        self.new_button = QPushButton(words.new, parent)
        self.new_button.setObjectName("primary")
        self.new_button.setAccessibleName(words.new_spoken)
        self.new_button.setToolTip(words.new_tip)
        self.trash_button = QPushButton(words.trash, parent)
        self.trash_button.setCheckable(True)
        self.trash_button.setAccessibleName(words.show_trash)
        self.restore_button = QPushButton(words.restore, parent)
        self.restore_button.setAccessibleName(words.restore_spoken)
        self.empty_button = QPushButton(words.empty, parent)
        self.empty_button.setAccessibleName(words.empty_spoken)
        comfortable(self.new_button, self.trash_button, self.restore_button, self.empty_button)
        self.notice = NoticeBar(parent, timeout_ms=UNDO_TIMEOUT_MS)
        self.new_button.clicked.connect(new)
        self.trash_button.toggled.connect(owner.show_trash)
        self.restore_button.clicked.connect(owner.restore_selected)
        self.empty_button.clicked.connect(owner.empty_trash)

    @property
    def in_trash(self) -> bool:
        return self.trash_button.isChecked()

    def show_buttons(self, trash: bool) -> None:
        """The buttons for the trash (``trash``) or for the list."""
        words = self._words
        self.new_button.setVisible(not trash)
        self.restore_button.setVisible(trash)
        self.empty_button.setVisible(trash)
        self.trash_button.setText(words.back if trash else words.trash)
        self.trash_button.setAccessibleName(words.back_spoken if trash else words.show_trash)
