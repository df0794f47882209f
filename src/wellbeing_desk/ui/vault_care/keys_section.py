"""Settings' "Your vault" card: the passphrase, the recovery code, destroying the vault.

Only buttons and what they led to: the flows live in ``vault_keys``. The
status line says whether a recovery code exists (asked of the vault after
each unlock); the result line says what the last action did, in one sentence,
and is emptied on lock.
"""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.text import heading, paragraph

CARD_WIDTH = 640


class VaultKeysSection(QFrame):
    """The card; its buttons are connected by ``vault_keys.VaultKeys``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setMaximumWidth(CARD_WIDTH)
        self.change_button = QPushButton(self.tr("&Change passphrase…"), self)
        self.change_button.setAccessibleName(self.tr("Change passphrase"))

        self.recovery_status = paragraph("", self)
        self.recovery_note = paragraph(
            self.tr(
                "A recovery code lets you set a new passphrase if you forget yours. Anyone who "
                "has it can open your vault."
            ),
            self,
        )
        self.recovery_note.setObjectName("muted")
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self.tr("&Remove the recovery code…"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the recovery code"))

        self.destroy_note = paragraph(
            self.tr(
                "Destroying the vault makes everything in it unreadable, for good. Backups and "
                "copies elsewhere are not reached."
            ),
            self,
        )
        self.destroy_note.setObjectName("muted")
        self.destroy_button = QPushButton(self.tr("&Destroy this vault…"), self)
        self.destroy_button.setAccessibleName(self.tr("Destroy this vault"))

        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setObjectName("notice")
        self.result.setVisible(False)
        for button in (
            self.change_button,
            self.add_button,
            self.remove_button,
            self.destroy_button,
        ):
            button.setAutoDefault(False)
            comfortable(button)

        # A form, as Settings' own cards: its rows keep wrapped text at the card's width.
        form = QFormLayout(self)
        form.setContentsMargins(24, 20, 24, 20)
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(heading(self.tr("Passphrase"), self, level=3))
        form.addRow(_row(self.change_button))
        form.addRow(heading(self.tr("Recovery code"), self, level=3))
        form.addRow(self.recovery_status)
        form.addRow(self.recovery_note)
        form.addRow(_row(self.add_button, self.remove_button))
        form.addRow(heading(self.tr("Destroy"), self, level=3))
        form.addRow(self.destroy_note)
        form.addRow(_row(self.destroy_button))
        form.addRow(self.result)
        self.show_recovery(None)

    def show_recovery(self, has_code: bool | None) -> None:
        """The status line and the buttons that fit it (``None``: not known yet)."""
        if has_code is None:
            text = ""
        elif has_code:
            text = self.tr("This vault has a recovery code.")
        else:
            text = self.tr("This vault has no recovery code.")
        # Its line is kept while the answer is awaited: the card does not grow under her.
        self.recovery_status.setText(text or " ")
        self.recovery_status.setAccessibleName(text)
        if has_code:
            self.add_button.setText(self.tr("Re&place the recovery code…"))
            self.add_button.setAccessibleName(self.tr("Replace the recovery code"))
        else:
            self.add_button.setText(self.tr("&Add a recovery code…"))
            self.add_button.setAccessibleName(self.tr("Add a recovery code"))
        self.remove_button.setVisible(bool(has_code))
        self._relayout()

    def show_result(self, text: str) -> None:
        self.result.setText(text)
        self.result.setAccessibleName(text)
        self.result.setVisible(bool(text))
        self._relayout()

    def _relayout(self) -> None:
        """A line shown or hidden: the page asks the card's height again (not a cached one)."""
        self.updateGeometry()
        self._hold_height()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self._hold_height()
        return handled

    def _hold_height(self) -> None:
        # The page's layout shares out its height by estimates that can fall a line short
        # elsewhere on the page; the height its wrapped lines need at its own width is the
        # floor, so this card is never the one squeezed.
        layout = self.layout()
        if layout is None or self.width() <= 0:
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def set_busy(self, busy: bool) -> None:
        for button in (
            self.change_button,
            self.add_button,
            self.remove_button,
            self.destroy_button,
        ):
            button.setEnabled(not busy)

    def clear(self) -> None:
        """On lock: nothing said about the last action, the status asked again next time."""
        self.show_result("")
        self.set_busy(False)
        self.show_recovery(None)


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(12)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
