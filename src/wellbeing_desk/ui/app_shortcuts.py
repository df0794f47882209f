"""App-wide shortcuts that no dialog can block: lock, panic, grounding.

Qt does not deliver a shortcut, not even an ``ApplicationShortcut``, to a
window that a modal dialog blocks: with Help, an export dialog, a file
dialog or a message box open, Ctrl+L would do nothing (the bug class
KeePassXC carries). So the keys of these actions are caught by one event
filter on the ``QApplication``, which sees every key event before any
widget does, in a modal dialog, a file dialog, a message box or a popup:

- ``ShortcutOverride`` (Qt asks the focus widget whether it wants the key,
  before it looks for a shortcut) with the key of a registered, enabled
  action: the action is triggered at once and the event is accepted and
  consumed. No widget sees the key (a line edit's own use of it loses:
  safety wins) and Qt does not look for a shortcut, so the QAction's own
  shortcut does not fire as well.
- the ``KeyPress`` that follows it (same key, same timestamp) is swallowed,
  and so is a second ``ShortcutOverride`` for it (Qt sends one itself before
  a key press sent by code). A key press that came without one triggers the
  action itself.

A disabled action (grounding while locked) is not triggered and its key goes
on as usual. The actions keep their shortcuts, for menus, Help, and as Qt's
own path for a key the filter cannot name: on a non-Latin keyboard layout Qt
matches Ctrl+L through the layout's Latin keys, which Python cannot ask
about. For that path every window shown gets the actions too, so Qt finds
one that no dialog blocks.

Register with ``register(action)``; ``unregister(action)`` when the window
shuts down. The filter is on the application only while an action is
registered.
"""

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

_MODIFIERS = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_unknown,
    }
)
# Windows that get the actions for Qt's own path (not popups, tooltips or splash screens).
_WINDOW_TYPES = frozenset(
    {Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet, Qt.WindowType.Tool}
)


def key_combination(event: QKeyEvent) -> QKeyCombination | None:
    """The key and modifiers of ``event``, as a shortcut names them (None for a lone modifier)."""
    key = event.key()
    if key in _MODIFIER_KEYS or key == 0:
        return None
    return QKeyCombination(event.modifiers() & _MODIFIERS, Qt.Key(key))


class AppShortcuts(QObject):
    """The event filter; one per application (``instance()``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: list[QAction] = []
        self._installed = False
        # The ShortcutOverride that triggered an action: its KeyPress is swallowed.
        self._pending: tuple[int, int] | None = None

    @property
    def actions(self) -> list[QAction]:
        """The registered actions that still exist."""
        self._actions = [a for a in self._actions if shiboken6.isValid(a)]
        return list(self._actions)

    @property
    def installed(self) -> bool:
        return self._installed

    def register(self, action: QAction) -> QAction:
        if action not in self.actions:
            self._actions.append(action)
        self._update_installed()
        return action

    def unregister(self, action: QAction) -> None:
        self._actions = [a for a in self.actions if a is not action]
        self._update_installed()

    def action_for(self, combination: QKeyCombination) -> list[QAction]:
        """The registered actions with this one-key shortcut, enabled or not."""
        wanted = QKeySequence(combination)  # one key: a shortcut of two keys never matches
        return [action for action in self.actions if wanted in action.shortcuts()]

    # -- the filter ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return self._key(kind, event)  # type: ignore[arg-type]
        if kind == QEvent.Type.KeyRelease:
            self._pending = None  # that key press is over
            return False
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self._give_actions(watched)
        return False

    def _key(self, kind: QEvent.Type, event: QKeyEvent) -> bool:
        pending, self._pending = self._pending, None
        combination = key_combination(event)
        if combination is None:
            return False
        actions = [a for a in self.action_for(combination) if a.isEnabled()]
        if not actions:
            return False
        event.accept()
        stamp = (combination.toCombined(), event.timestamp())
        if kind == QEvent.Type.ShortcutOverride:
            self._pending = stamp
        if pending == stamp:
            # The same key press again: its KeyPress, or the ShortcutOverride Qt sends
            # itself before a KeyPress sent by code. It has done its work already.
            return True
        for action in actions:
            if not event.isAutoRepeat() or action.autoRepeat():
                action.trigger()
        return True

    def _give_actions(self, window: QWidget) -> None:
        # Qt's own path (keys the filter cannot name): an action counts only through a
        # widget no modal dialog blocks, so every window carries the actions.
        if window.windowType() not in _WINDOW_TYPES:
            return
        present = window.actions()
        window.addActions([a for a in self.actions if a not in present])

    def _update_installed(self) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        wanted = bool(self._actions)
        if wanted and not self._installed:
            app.installEventFilter(self)
        elif not wanted and self._installed:
            app.removeEventFilter(self)
        self._installed = wanted


_instance: AppShortcuts | None = None


def instance() -> AppShortcuts:
    """The application's filter (made on first use, owned by the application)."""
    global _instance  # noqa: PLW0603 - one filter per application
    app = QCoreApplication.instance()
    if _instance is None or not shiboken6.isValid(_instance) or _instance.parent() is not app:
        _instance = AppShortcuts(app)
    return _instance


def register(action: QAction) -> QAction:
    """Make ``action``'s shortcut work whatever dialog is open; returns the action."""
    return instance().register(action)


def unregister(action: QAction) -> None:
    instance().unregister(action)
