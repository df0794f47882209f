"""A clear focus ring on every button, list, tab bar and read-only text, light or dark.

Fields (line edits, text editors, spin boxes, date edits, editable combo
boxes) already mark the focus with a border in the highlight colour, and the
scale draws its own. Push and tool buttons, check boxes, radio buttons,
lists, tab bars and read-only text draw whatever the platform style draws,
which under Fusion and some desktop themes is nothing at all, or a dotted
line lost in dark mode. Styling them with a ``:focus`` rule would hand every
button to the style-sheet renderer (a different size and look).

So one ``QFocusFrame`` follows the focus instead: a ring of the palette's
highlight colour drawn just outside the widget, above its neighbours and
transparent to the mouse. An event filter on the ``QApplication`` moves it
to each widget that gains the focus (not after a click: the pointer shows
where she is) and hides it when the focus leaves the window's widgets.
"""

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFocusFrame,
    QTabBar,
    QTextBrowser,
    QWidget,
)

from wellbeing_desk.ui.app_filter import install_once

RING_WIDTH = 2
RADIUS = 6
# Buttons whose own style sheet already draws a focus border (application.py, grounding).
OWN_RING_NAMES = frozenset({"primary", "quiet"})


def needs_ring(widget: QWidget) -> bool:
    """Widgets that do not show their focus clearly on their own."""
    if widget.objectName() in OWN_RING_NAMES:
        return False
    if isinstance(widget, QComboBox):
        return not widget.isEditable()  # an editable one has a field with a border
    return isinstance(widget, QAbstractButton | QAbstractItemView | QTabBar | QTextBrowser)


class FocusRing(QFocusFrame):
    """The ring: the palette's highlight colour, rounded, around the widget."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), RING_WIDTH)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = RING_WIDTH / 2
        painter.drawRoundedRect(
            QRectF(self.rect()).adjusted(half, half, -half, -half), RADIUS, RADIUS
        )


class FocusRings(QObject):
    """The event filter (``install()`` puts one on the application)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ring: FocusRing | None = None

    @property
    def ring(self) -> FocusRing | None:
        """The ring, while it exists."""
        if self._ring is not None and not shiboken6.isValid(self._ring):
            self._ring = None
        return self._ring

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            assert isinstance(event, QFocusEvent)
            self._focus_in(watched, event.reason())
        elif kind == QEvent.Type.FocusOut and isinstance(watched, QWidget):
            assert isinstance(event, QFocusEvent)
            ring = self.ring
            keep = event.reason() in (
                Qt.FocusReason.ActiveWindowFocusReason,
                Qt.FocusReason.PopupFocusReason,
            )
            if ring is not None and ring.widget() is watched and not keep:
                ring.setWidget(None)  # type: ignore[arg-type]  # Qt takes nullptr: follow nothing
                ring.hide()
        return False

    def _focus_in(self, widget: QWidget, reason: Qt.FocusReason) -> None:
        if reason == Qt.FocusReason.MouseFocusReason or not needs_ring(widget):
            return
        if widget.parentWidget() is None:
            return  # a window of its own: nothing to draw the ring on
        ring = self.ring
        if ring is None:
            ring = FocusRing(widget)
            ring.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            ring.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._ring = ring
        ring.setWidget(widget)  # QFocusFrame follows it: moves, resizes, hides, stacking
        ring.show()
        ring.update()


def install() -> FocusRings | None:
    """Put the filter on the application, once; returns it (None without an application)."""
    return install_once(FocusRings)
