"""Refilling a filter's combo box without losing, or silently changing, her choice."""

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox


def refill_choices(combo: QComboBox, first: str, items: Iterable[tuple[str, str]]) -> bool:
    """Replace the items with ``first`` (data "") and ``(data, label)`` pairs.

    Keeps the current choice when it is still offered. Returns True when the
    choice is gone (the filter then changed and the caller should say so).
    """
    chosen = combo.currentData()
    blocked = combo.blockSignals(True)
    combo.clear()
    combo.addItem(first, "")
    for data, label in items:
        combo.addItem(label, data)
    combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
    combo.blockSignals(blocked)
    return bool(chosen) and combo.currentData() != chosen
