"""A way from a debrief step to her plan: who looks after the people who depend on her.

Steps that ask about urgent needs (``urgent-help`` in "After a recent event")
or about her family (``families`` in the team-care template) show one button
under the step; it opens the "In an emergency" part of her self-care plan at
that section. Nothing is read or written here: the main window opens the plan.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

# Step ids whose questions touch the people who depend on her.
DEPENDANTS_STEPS = frozenset({"urgent-help", "families"})
DEPENDANTS_SECTION = "dependants"  # the plan section (``vault.care_plan``)


def shows_dependants_link(step_id: str) -> bool:
    return step_id in DEPENDANTS_STEPS


def dependants_button(parent: QWidget) -> QPushButton:
    button = QPushButton(
        QCoreApplication.translate(
            "DebriefPlanLink", "&Who looks after the people who depend on me…"
        ),
        parent,
    )
    button.setAccessibleName(
        QCoreApplication.translate(
            "DebriefPlanLink", "Open my plan: who looks after the people who depend on me"
        )
    )
    button.setAutoDefault(False)
    button.setVisible(False)
    return button
