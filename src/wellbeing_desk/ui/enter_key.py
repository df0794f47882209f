"""One rule app-wide: Enter presses the focused button.

Qt lets Enter press a push button only inside a dialog, and only one marked
"auto default"; a tool button (the passphrase's Show) or a button on a page
(the debrief's Next, the breathing guide's Start) ignores it, so a person who
reached a button with Tab and pressed Enter got nothing. This filter on the
``QApplication`` sees every key press first:

- Return or the keypad's Enter on a focused push or tool button clicks it
  (once: the repeats of a held key do nothing);
- on a focused check box or radio button it presses the form's default
  button (``QPushButton.setDefault``): the nearest one around it that is
  shown and enabled, as a dialog does. Space still ticks the box.

Every other widget keeps Enter for itself (a line edit's ``returnPressed``,
a text editor's new line, a list's activation), and a shortcut bound to
Enter (Today's check-in saves with it) still comes first, as Qt matches
shortcuts before a key press is delivered.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QPushButton, QRadioButton, QWidget

from wellbeing_desk.ui.app_filter import install_once

ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
_IGNORED_MODIFIERS = Qt.KeyboardModifier.KeypadModifier


def is_enter(event: QEvent) -> bool:
    """Return or the keypad's Enter, with no modifier held."""
    return (
        isinstance(event, QKeyEvent)
        and event.type() == QEvent.Type.KeyPress
        and event.key() in ENTER_KEYS
        and event.modifiers() & ~_IGNORED_MODIFIERS == Qt.KeyboardModifier.NoModifier
    )


def default_button(widget: QWidget) -> QPushButton | None:
    """The default button of the form around ``widget``: the nearest one shown and enabled."""
    container = widget.parentWidget()
    while container is not None:
        found = [
            button
            for button in container.findChildren(QPushButton)
            if button.isDefault() and button.isVisible() and button.isEnabled()
        ]
        if found:
            return found[0] if len(found) == 1 else None
        if container.isWindow():
            return None
        container = container.parentWidget()
    return None


class EnterPressesButtons(QObject):
    """The filter (``install()`` puts one on the application)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(watched, QAbstractButton)
            or not is_enter(event)
            or not watched.hasFocus()
        ):
            return False
        assert isinstance(event, QKeyEvent)
        target: QAbstractButton | None = watched
        if isinstance(watched, QCheckBox | QRadioButton):
            target = default_button(watched)
        if target is None:
            return False  # a dialog's own default button, if it has one
        if not event.isAutoRepeat() and target.isEnabled():
            target.click()
        return True


def install() -> EnterPressesButtons | None:
    """Put the filter on the application, once; returns it (None without an application)."""
    return install_once(EnterPressesButtons)
