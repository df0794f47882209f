"""My self-care plan (a stub until its feature lands)."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wellbeing_desk.ui.worker import DatabaseWorker


class PlanPage(QWidget):
    open_plan_requested = Signal()

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("My self-care plan"), self))

    def vault_opened(self) -> None:
        pass

    def clear_content(self) -> None:
        pass
