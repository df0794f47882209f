"""The three ratings she gives, built the same way wherever they appear."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from wellbeing_desk.ui.widgets.scale_input import ScaleInput


def stress_scale(parent: QWidget | None = None) -> ScaleInput:
    """0–10, shaped like the distress scale used in trauma work (SUDS), worded as stress."""
    return ScaleInput(
        0,
        10,
        QCoreApplication.translate("Scales", "Stress, from 0 to 10"),
        (
            QCoreApplication.translate("Scales", "0 calm"),
            QCoreApplication.translate("Scales", "10 the most stressed I have felt"),
        ),
        parent,
    )


def mood_scale(parent: QWidget | None = None) -> ScaleInput:
    return ScaleInput(
        1,
        5,
        QCoreApplication.translate("Scales", "Mood, from 1 to 5"),
        (
            QCoreApplication.translate("Scales", "1 very low"),
            QCoreApplication.translate("Scales", "5 very good"),
        ),
        parent,
    )


def energy_scale(parent: QWidget | None = None) -> ScaleInput:
    return ScaleInput(
        1,
        5,
        QCoreApplication.translate("Scales", "Energy, from 1 to 5"),
        (
            QCoreApplication.translate("Scales", "1 drained"),
            QCoreApplication.translate("Scales", "5 full of energy"),
        ),
        parent,
    )
