"""The keys of the app-wide dialogs, apart from the dialogs themselves.

The main window binds them at start-up; the dialogs (grounding, reach, search)
are imported only when first opened (see "Start-up" in docs/ARCHITECTURE.md).
"""

GROUNDING = "Ctrl+G"
REACH = "Ctrl+R"
SEARCH = "Ctrl+K"
