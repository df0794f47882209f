"""Named operations: everything a page asks of the vault, one function each.

The rule, followed by every feature: ``wellbeing_desk/ops/<feature>.py`` holds
one plainly named function per read or write a page needs. Each takes the
open ``Vault`` first, returns a typed value or a small frozen dataclass, and
holds the feature's decisions (what "open now" means, which rows are
duplicates, what Today shows), so they are tested without Qt. No module here
imports Qt or touches widgets: the functions run on the database worker's
thread (Anki's ``aqt/operations`` name each collection operation the same way).

Pages hand them to the worker with ``bind``: ``bind(journal.entry, entry_id)``
is the operation ``vault -> journal.entry(vault, entry_id)``, typed end to end.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

if TYPE_CHECKING:  # the vault stack loads with the first page, not with this module
    from wellbeing_desk.vault import Vault

P = ParamSpec("P")
T = TypeVar("T")


def bind(
    operation: "Callable[Concatenate[Vault, P], T]", *args: P.args, **kwargs: P.kwargs
) -> "Callable[[Vault], T]":
    """The operation with its arguments bound: what the worker runs on the open vault."""

    def run(vault: "Vault") -> T:
        return operation(vault, *args, **kwargs)

    run.__name__ = getattr(operation, "__name__", "operation")
    run.__qualname__ = getattr(operation, "__qualname__", run.__name__)
    return run
