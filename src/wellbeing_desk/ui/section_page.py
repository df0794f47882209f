"""The contract every section page keeps with the workspace (Vorta declares its tabs' the same way).

The workspace and the main window call these hooks; a page implements the
ones it needs (``call_hook`` skips the missing ones), and a page that wants
to be brought on screen (a link from another section, a search result)
emits ``show_requested`` instead of looking for the workspace up the widget
tree. ``SectionPage`` is the declared shape; ``tests/ui/test_section_pages.py``
holds every page of the app to it.
"""

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QWidget


@runtime_checkable
class SectionPage(Protocol):
    """What a section page offers the workspace.

    - ``vault_opened()``: the vault was unlocked; load what the page shows
      (through the database worker, never on the GUI thread).
    - ``clear_content()``: the vault is locking; drop every piece of content
      the page holds (models, text, caches). It must not ask anything.
    - ``focus_first()``: give the keyboard to the page's first field.
    - ``open_record(record_id)``: show one record of the section (Search
      everywhere, Today's follow-ups, links between sections).
    - ``show_requested``: the page asks to be the section on screen.
    """

    def vault_opened(self) -> None: ...

    def clear_content(self) -> None: ...

    def focus_first(self) -> None: ...


def call_hook(page: QWidget, name: str) -> None:
    """Call ``page.<name>()`` if the page has that hook."""
    hook = getattr(page, name, None)
    if callable(hook):
        hook()


def show_requests(page: QWidget) -> SignalInstance | None:
    """The page's ``show_requested`` signal, if it declares one."""
    signal = getattr(page, "show_requested", None)
    return signal if isinstance(signal, SignalInstance) else None


def made_here(page: QObject, origin: object) -> bool:
    """Whether ``origin`` (who asked for a write, ``vault_changed``) is ``page`` or inside it.

    A page refreshes for changes made elsewhere; its own writes it already shows.
    """
    node = origin if isinstance(origin, QObject) else None
    while node is not None:
        if node is page:
            return True
        node = node.parent()
    return False
