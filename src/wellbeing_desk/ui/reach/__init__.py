"""Reach someone: her people for an emergency (unlocked) and public lines (lock screen)."""

from wellbeing_desk.ui.reach.dialog import SHORTCUT, ReachSomeoneDialog, open_reach_someone
from wellbeing_desk.ui.reach.public_lines import PublicLinesDialog, open_public_lines

__all__ = [
    "SHORTCUT",
    "PublicLinesDialog",
    "ReachSomeoneDialog",
    "open_public_lines",
    "open_reach_someone",
]
