"""A card capped in width, in a row of its own, so its wrapped text gets the height it needs.

A vertical box layout asks each child for its height at the layout's full
width, even a child capped narrower (``setMaximumWidth``): a 640 px card on a
1040 px page was given the height of fewer, longer lines, and its paragraphs
were squashed. A horizontal row lays the card out at its real width first.
The card keeps its place at the leading edge (the right, right to left).
"""

from PySide6.QtWidgets import QHBoxLayout, QWidget


def capped_row(widget: QWidget) -> QHBoxLayout:
    """``widget`` (with its maximum width set) in a row, to add to a vertical layout."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(0)
    row.addWidget(widget, 1)  # as wide as it may be; the stretch takes what is left
    row.addStretch(0)
    return row
