"""Choosing an entry of her directory for her emergency list (search as she types)."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import plan as plan_ops
from wellbeing_desk.ui.delays import SEARCH_DELAY_MS
from wellbeing_desk.ui.plan.person_dialog import role_names
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets.text import heading
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.directory import DirectorySummary
from wellbeing_desk.vault.emergency import CARER

MAX_SHOWN = 200


class EntryPickerDialog(QDialog):
    """``chosen()`` gives (entry id, role) once accepted."""

    def __init__(
        self, worker: DatabaseWorker, parent: QWidget | None = None, carer: bool = False
    ) -> None:
        """``carer``: linking someone who would look after them (no role asked)."""
        super().__init__(parent)
        self.worker = worker
        self._finding = Request(worker, self)
        self.setWindowTitle(self.tr("Choose from your directory"))
        self.setAccessibleName(self.tr("Choose from your directory"))
        self.setMinimumSize(460, 420)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search your directory"))
        self.search.setAccessibleName(self.tr("Search your directory"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Directory entries"))
        self.role = QComboBox(self)
        for role, label in role_names().items():
            self.role.addItem(label, role)
        self.role.setAccessibleName(self.tr("Who this is for you"))
        role_label = QLabel(self.tr("&Who this is"), self)
        role_label.setBuddy(self.role)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Add to my list"))
        self.ok.setAccessibleName(self.tr("Add to my list"))
        self.ok.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel choosing from the directory")
        )
        buttons.accepted.connect(self._accept_if_chosen)
        buttons.rejected.connect(self.reject)
        self.results.itemActivated.connect(lambda _: self._accept_if_chosen())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.addWidget(heading(self.tr("Choose from your directory"), self, 2))
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        if carer:
            self.role.addItem("", CARER)
            self.role.setCurrentIndex(self.role.count() - 1)
            role_label.setVisible(False)
            self.role.setVisible(False)
        layout.addWidget(role_label)
        layout.addWidget(self.role)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh()

    def refresh(self) -> None:
        self._finding.run(
            bind(plan_ops.find_directory_entries, self.search.text(), MAX_SHOWN), self._show
        )

    def chosen(self) -> tuple[str, str] | None:
        item = self.results.currentItem()
        if item is None:
            return None
        return str(item.data(Qt.ItemDataRole.UserRole)), str(self.role.currentData())

    def _show(self, rows: list[DirectorySummary]) -> None:
        self.results.clear()
        for row in rows:
            text = f"{row.name} — {row.organisation}" if row.organisation else row.name
            item = QListWidgetItem(text, self.results)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
        if rows:
            self.results.setCurrentRow(0)

    def _accept_if_chosen(self) -> None:
        if self.chosen() is not None:
            self.accept()
