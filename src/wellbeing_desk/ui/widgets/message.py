"""One wrapper around ``QMessageBox`` that tests can answer in advance.

Pattern: KeePassXC ``MessageBox::setNextAnswer``. A test calls
``MessageBox.set_next_answer(...)``; the next box is then not shown at all and
returns that answer at once, so no test ever blocks on a modal loop.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton
Icon = QMessageBox.Icon


class MessageBox:
    """Static helpers: ``information``, ``warning``, ``critical``, ``question``."""

    _next_answers: list[Button] = []  # noqa: RUF012 - deliberate class-level queue
    shown_texts: list[str] = []  # noqa: RUF012 - what pre-answered boxes would have said

    @classmethod
    def set_next_answer(cls, answer: Button) -> None:
        """Answer the next message box with ``answer`` without showing it."""
        cls._next_answers.append(answer)

    @classmethod
    def reset(cls) -> None:
        cls._next_answers.clear()
        cls.shown_texts.clear()

    @classmethod
    def information(cls, parent: QWidget | None, title: str, text: str) -> Button:
        return cls._show(parent, Icon.Information, title, text, Button.Ok, Button.Ok)

    @classmethod
    def warning(cls, parent: QWidget | None, title: str, text: str) -> Button:
        return cls._show(parent, Icon.Warning, title, text, Button.Ok, Button.Ok)

    @classmethod
    def critical(cls, parent: QWidget | None, title: str, text: str) -> Button:
        return cls._show(parent, Icon.Critical, title, text, Button.Ok, Button.Ok)

    @classmethod
    def question(
        cls,
        parent: QWidget | None,
        title: str,
        text: str,
        buttons: Button = Button.Yes | Button.No,
        default: Button = Button.No,
    ) -> Button:
        return cls._show(parent, Icon.Question, title, text, buttons, default)

    @classmethod
    def _show(
        cls,
        parent: QWidget | None,
        icon: Icon,
        title: str,
        text: str,
        buttons: Button,
        default: Button,
    ) -> Button:
        if cls._next_answers:
            cls.shown_texts.append(text)
            return cls._next_answers.pop(0)
        box = QMessageBox(icon, title, text, buttons, parent)
        box.setDefaultButton(default)
        box.setAccessibleName(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        # A box closed by locking (reject) has no clicked button: treat it as Cancel.
        clicked = box.clickedButton()
        answer = box.standardButton(clicked) if clicked is not None else Button.Cancel
        box.deleteLater()
        return answer
