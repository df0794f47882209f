"""Saving what a widget shows (the insights charts) as a PNG, only when she asks.

A plain warning first (the image is not encrypted), then the save dialog
(no history), then the image is drawn into memory and written atomically on
the worker: the old file or the new one, never half a file.
"""

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Signal
from PySide6.QtGui import QImageWriter
from PySide6.QtWidgets import QWidget

from wellbeing_desk.ops import bind
from wellbeing_desk.ops.export import write_document
from wellbeing_desk.ui.export.save_file import ask_save_path
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.ui.worker import DatabaseWorker

SUGGESTED_NAME = "wellbeing-charts.png"


def widget_png(widget: QWidget) -> bytes:
    """``widget`` as it is drawn now, as PNG bytes (in memory only)."""
    image = widget.grab().toImage()
    if image.isNull():
        raise ValueError("nothing to draw")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QImageWriter(buffer, QByteArray(b"png")).write(image):
        raise ValueError("the image could not be encoded")
    data = bytes(buffer.data().data())
    buffer.close()
    return data


class ChartImageSaver(QObject):
    """``save(widget)``: warn, ask where, draw ``widget`` and write it; ``saved(path)`` after."""

    saved = Signal(object)  # pathlib.Path

    def __init__(self, worker: DatabaseWorker, parent: QWidget) -> None:
        super().__init__(parent)
        self.worker = worker
        self._parent = parent

    def save(self, widget: QWidget) -> None:
        answer = MessageBox.question(
            self._parent,
            self.tr("Save the charts as an image?"),
            self.tr(
                "The image will not be encrypted. Anyone who can open the file can see "
                "your stress and mood over time. Save it only where you trust, and "
                "delete it when you no longer need it.\n\nSave the image?"
            ),
        )
        if answer != Button.Yes:
            return
        ask_save_path(
            self._parent,
            self.tr("Save the charts as an image"),
            SUGGESTED_NAME,
            self.tr("PNG images (*.png)"),
            "png",
            lambda path: self._write(widget, path),
        )

    def _write(self, widget: QWidget, path: Path) -> None:
        try:
            data = widget_png(widget)
        except ValueError:
            self._failed()
            return
        self.worker.submit(
            bind(write_document, path, data), lambda _: self.saved.emit(path), self._failed
        )

    def _failed(self, _error: BaseException | None = None) -> None:
        MessageBox.warning(
            self._parent,
            self.tr("The image was not saved"),
            self.tr(
                "The image could not be saved, and nothing was written. Check that the "
                "folder exists and that you are allowed to write to it, then try again."
            ),
        )
