"""What "fits the screen" means, checked on a laid-out window (shared by the layout tests).

A problem is anything a person would see as cut off:
- a visible button whose text is wider than the button;
- a visible single-line label whose text is wider than the label;
- a visible widget that reaches past the right edge of the window (the left one,
  right to left), or of the scroll area it sits in (she would have to scroll
  sideways to reach it);
- a visible word-wrapped label shorter than its lines need (lines cut in half);
- a scroll area showing a horizontal scroll bar;
- a window whose minimum size is larger than the screen.
"""

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QScrollArea,
    QWidget,
)

BUTTON_PADDING = 4  # at least a little room either side of the words


def _shown_text(text: str) -> str:
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")


def _name(widget: QWidget) -> str:
    label = widget.accessibleName() or getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {label!r}"


def _really_visible(widget: QWidget, top: QWidget) -> bool:
    """Visible and not inside a hidden or zero-sized ancestor (a closed tab, a collapsed pane)."""
    if not widget.isVisibleTo(top) or widget.width() <= 0 or widget.height() <= 0:
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if parent.width() <= 0 or parent.height() <= 0:
            return False
        parent = parent.parentWidget()
    return True


def _scroll_viewport(widget: QWidget) -> QWidget | None:
    parent = widget.parentWidget()
    while parent is not None:
        grand = parent.parentWidget()
        if isinstance(grand, QScrollArea) and parent is grand.viewport():
            return parent
        parent = grand
    return None


def layout_problems(top: QWidget, screen: QSize) -> list[str]:
    problems: list[str] = []
    hint = top.minimumSizeHint()
    if hint.width() > screen.width() or hint.height() > screen.height():
        problems.append(f"{_name(top)}: minimum size {hint.width()}×{hint.height()}")
    right_edge = top.width()
    for widget in top.findChildren(QWidget):
        if not _really_visible(widget, top):
            continue
        problems += _text_problems(widget)
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            problems.append(f"{_name(widget)}: scrolls sideways")
        if isinstance(widget, QAbstractButton | QLabel):
            right = widget.mapTo(top, QPoint(widget.width(), 0)).x()
            if right > right_edge + 1:
                problems.append(f"{_name(widget)}: reaches {right} px, window is {right_edge}")
            # Right to left (Arabic), what does not fit runs off the left edge instead.
            left = widget.mapTo(top, QPoint(0, 0)).x()
            if left < -1:
                problems.append(f"{_name(widget)}: starts at {left} px, left of the window")
            viewport = _scroll_viewport(widget)
            if viewport is not None:
                past = widget.mapTo(viewport, QPoint(widget.width(), 0)).x() - viewport.width()
                before = -widget.mapTo(viewport, QPoint(0, 0)).x()
                if max(past, before) > 1:
                    problems.append(
                        f"{_name(widget)}: past its scroll area by {max(past, before)} px"
                    )
    return problems


def _text_problems(widget: QWidget) -> list[str]:
    """A button's or a one-line label's text wider than the widget."""
    if isinstance(widget, QAbstractButton) and widget.text():
        # Cut off: narrower than the style asks for, and the words no longer fit inside.
        text = _shown_text(widget.text())
        icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        needed = widget.fontMetrics().horizontalAdvance(text) + BUTTON_PADDING + icon
        width = widget.width()
        if width >= widget.sizeHint().width():
            return []
    elif (
        isinstance(widget, QLabel)
        and widget.text()
        and not widget.wordWrap()
        and widget.textFormat() != Qt.TextFormat.RichText
        and "<" not in widget.text()
    ):
        text = _shown_text(widget.text()) if widget.buddy() is not None else widget.text()
        needed = widget.fontMetrics().horizontalAdvance(text)
        width = widget.contentsRect().width() + 1
    elif isinstance(widget, QLabel) and widget.text() and widget.wordWrap():
        # Squashed: fewer pixels tall than its wrapped lines need, so lines are cut.
        tall = widget.heightForWidth(widget.width())
        if tall > widget.height() + 1:
            return [f"{_name(widget)}: wrapped text needs {tall} px tall, has {widget.height()}"]
        return []
    else:
        return []
    return [f"{_name(widget)}: text needs {needed} px, has {width}"] if needed > width else []
