"""A page whose content scrolls up and down, never sideways, instead of squashing."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


class _TallEnough(QObject):
    """Keeps the content at least as tall as its wrapped text needs at the viewport's width.

    A resizable scroll area sizes its content from the minimum size hint, which
    wrapped labels give for some other width: near the fold the layout then
    squeezes each of them by a pixel or two. The height for the real width is
    the floor instead, so the area scrolls rather than cutting text.
    """

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self._scroll = scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self.fit()
        return False

    def fit(self) -> None:
        content = self._scroll.widget()
        if content is None or not content.hasHeightForWidth():
            return
        # The content's own width: a resizable area keeps it at the viewport's (asking the
        # viewport itself costs ~11 ms the first time, before the first screen paints).
        needed = content.heightForWidth(content.width())
        if needed > 0 and content.minimumHeight() != needed:
            content.setMinimumHeight(needed)


def scroll_page(page: QWidget, content: QWidget) -> QScrollArea:
    """Make ``content`` the page's only child, in a frameless vertical scroll area."""
    scroll = QScrollArea(page)
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus
    tall_enough = _TallEnough(scroll)
    content.installEventFilter(tall_enough)  # it is resized with the viewport
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    return scroll
