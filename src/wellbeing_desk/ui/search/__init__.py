"""Search everywhere: one field across the journal, debriefs, directory and notes.

``open_search(parent, worker, on_open)`` opens the palette (Ctrl+K); the
search itself is Qt-free (``vault/search.py``) and runs on the worker.
"""

from wellbeing_desk.ui.search.model import SearchResultModel
from wellbeing_desk.ui.search.palette import (
    SHORTCUT,
    SearchPalette,
    open_palette,
    open_search,
)

__all__ = ["SHORTCUT", "SearchPalette", "SearchResultModel", "open_palette", "open_search"]
