"""A dialog as tall as its wrapped lines need: none squashed, on a small screen too.

A top-level window sizes itself from size hints made for another width, so a
dialog of long paragraphs comes out a few lines short. Asked again whenever
what it shows changes (a step, an error line).
"""

from PySide6.QtWidgets import QWidget


def fit_to_text(dialog: QWidget) -> None:
    """Grow ``dialog`` to the height its layout needs at its width (never shrink it)."""
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    width = dialog.width() if dialog.isVisible() else dialog.minimumWidth()
    needed = dialog.heightForWidth(width)
    height = dialog.height() if dialog.isVisible() else 0
    dialog.resize(width, max(height, needed))
