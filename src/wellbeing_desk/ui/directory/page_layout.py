"""Where the Directory page's parts stand: filters and actions on top, list beside detail.

No words here (they stay the page's): only the arrangement of widgets the
page built.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QSplitter, QVBoxLayout, QWidget

if TYPE_CHECKING:  # the page imports this module
    from wellbeing_desk.ui.directory.page import DirectoryPage


def arrange(page: "DirectoryPage") -> QSplitter:
    """Lay the page out; returns the splitter between the list and the detail."""
    left = QWidget(page)
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.setSpacing(6)
    left_layout.addWidget(page.list_stack, 1)
    left_layout.addWidget(page.count_label)
    splitter = QSplitter(Qt.Orientation.Horizontal, page)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(left)
    splitter.addWidget(page.right)
    splitter.setStretchFactor(0, 2)
    splitter.setStretchFactor(1, 3)
    splitter.setSizes([340, 520])

    # The actions stand in a column beside the filters, so long (Spanish)
    # labels never squeeze them at the window's smallest width.
    actions = QVBoxLayout()
    actions.setSpacing(6)
    for button in (page.new_button, page.import_button, page.export_button):
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        button.setMinimumWidth(page.new_button.sizeHint().width())
        actions.addWidget(button)
    actions.addStretch(1)
    top = QHBoxLayout()
    top.setSpacing(12)
    top.addWidget(page.filters, 1)
    top.addLayout(actions)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(24, 20, 24, 16)
    layout.setSpacing(10)
    layout.addLayout(top)
    layout.addWidget(page.notice)
    layout.addWidget(splitter, 1)
    return splitter
