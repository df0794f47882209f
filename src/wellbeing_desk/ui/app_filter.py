"""One application-wide event filter of a kind, installed once per application."""

from typing import TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

F = TypeVar("F", bound=QObject)

_installed: dict[type[QObject], QObject] = {}


def install_once(kind: type[F]) -> F | None:
    """The application's ``kind`` filter, made and installed on first use.

    ``None`` without an application. A filter whose application is gone (tests
    make several) is replaced.
    """
    app = QCoreApplication.instance()
    if app is None:
        return None
    current = _installed.get(kind)
    if current is None or not shiboken6.isValid(current) or current.parent() is not app:
        current = kind(app)
        app.installEventFilter(current)
        _installed[kind] = current
    assert isinstance(current, kind)
    return current
