"""Grounding exercises, one keystroke away: paced breathing and 5-4-3-2-1.

From any widget: ``open_grounding(self)`` (or put a ``GroundingButton`` on
the page). Nothing in this package is ever saved.
"""

from wellbeing_desk.ui.grounding.dialog import (
    BREATHING,
    SENSES,
    SHORTCUT,
    GroundingButton,
    GroundingDialog,
    open_dialog,
    open_grounding,
)

__all__ = [
    "BREATHING",
    "SENSES",
    "SHORTCUT",
    "GroundingButton",
    "GroundingDialog",
    "open_dialog",
    "open_grounding",
]
