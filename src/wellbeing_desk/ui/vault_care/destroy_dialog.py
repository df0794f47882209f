""" "Destroy this vault…": two deliberate steps, never one click.

Step one says what destroying does and, as plainly, what it cannot reach
(``vault.wipe_limits``: backups, exports, synced copies, flash storage, old
header copies). Step two asks her to type a word ("destroy", translated) and
press a red button. Only then does ``destroy_requested`` fire. The panic
shortcut stays lock-and-hide: nothing here is bound to a key.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.application import is_dark
from wellbeing_desk.ui.vault_care.dialog_fit import fit_to_text
from wellbeing_desk.ui.widgets.text import heading, paragraph

if TYPE_CHECKING:
    from wellbeing_desk.ops.vault_keys import DestroyOutcome

DIALOG_WIDTH = 660  # wide rather than tall: it fits a 900×600 screen
DANGER_STYLE = """
QPushButton#danger {{
    background: {background};
    color: {text};
    border: none;
    border-radius: 8px;
    padding: 8px 18px;
    font-weight: 600;
}}
QPushButton#danger:focus {{ border: 2px solid palette(window-text); }}
QPushButton#danger:disabled {{
    background: palette(midlight);
    color: palette(placeholder-text);
}}
"""


def limit_sentences() -> dict[str, str]:
    """``wipe_limits`` key -> her sentence for it (the CLI prints the English ``text``)."""
    return {
        "backups": QCoreApplication.translate(
            "DestroyVault",
            "Backups you made (backup files, copies of the vault folder, backup drives) still "
            "open with the passphrase they had. Destroy them too.",
        ),
        "exports": QCoreApplication.translate(
            "DestroyVault",
            "Exports (JSON, Markdown, CSV, vCard) are not encrypted and are not touched. "
            "Delete them where you saved them.",
        ),
        "sync": QCoreApplication.translate(
            "DestroyVault",
            "Sync folders, the WebDAV server and your other paired devices keep their own "
            "encrypted copies. Destroy the vault on each device and empty the sync folder.",
        ),
        "storage": QCoreApplication.translate(
            "DestroyVault",
            "SSDs, USB sticks, memory cards, snapshots and cloud version history may keep old "
            "blocks. Those blocks are encrypted: without a key they are noise.",
        ),
        "old_headers": QCoreApplication.translate(
            "DestroyVault",
            "Anyone who kept a copy of this vault's folder and knows the passphrase (or a "
            "recovery code) can still open their copy.",
        ),
    }


def limits_text(keys: list[str]) -> str:
    """The limits as a list of lines, in the order the wipe gives them."""
    sentences = limit_sentences()
    return "\n".join(f"• {sentences[key]}" for key in keys if key in sentences)


class DestroyVaultDialog(QDialog):
    """Two steps; ``destroy_requested`` only after the typed word and the red button."""

    destroy_requested = Signal()

    def __init__(self, limit_keys: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Destroy this vault"))
        self.setAccessibleName(self.tr("Destroy this vault"))
        self.setMinimumWidth(DIALOG_WIDTH)
        # Two steps in one layout, one shown at a time (a stacked widget would keep the
        # first step's height for the second, and squeeze wrapped text).
        self.explanation = self._explanation(limit_keys)
        self.confirmation = self._confirmation()
        self.confirmation.setVisible(False)
        self._update()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.addWidget(self.explanation)
        layout.addWidget(self.confirmation)
        fit_to_text(self)
        self.cancel_button.setFocus()

    @property
    def word(self) -> str:
        """What she must type: one word in her language."""
        return self.tr("destroy")

    def can_destroy(self) -> bool:
        typed = self.typed.text().strip().casefold()
        return not self.confirmation.isHidden() and typed == self.word.casefold()

    def done(self, result: int) -> None:
        self.typed.setText("")
        super().done(result)

    # -- the steps --------------------------------------------------------------------

    def _explanation(self, limit_keys: list[str]) -> QWidget:
        step = QWidget(self)
        what = paragraph(
            self.tr(
                "This destroys every key that opens this vault (your passphrase's and the "
                "recovery code's), then removes the vault's files from this computer. Nobody "
                "can open it again, you included. It cannot be undone."
            ),
            step,
        )
        not_reached = QLabel(self.tr("What this cannot reach:"), step)
        self.limits = paragraph(limits_text(limit_keys), step)
        self.limits.setTextFormat(Qt.TextFormat.PlainText)
        instead = paragraph(
            self.tr(
                "If you only need Wellbeing Desk out of sight, lock it instead "
                "(Lock and minimise): nothing is lost."
            ),
            step,
        )
        instead.setObjectName("muted")
        buttons = QDialogButtonBox(step)
        self.continue_button = buttons.addButton(
            self.tr("C&ontinue…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.continue_button.setAccessibleName(self.tr("Continue to the last step"))
        self.continue_button.setAutoDefault(False)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel: keep the vault"))
        self.cancel_button.setDefault(True)
        self.continue_button.clicked.connect(self._to_confirmation)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(step)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Destroy this vault?"), step, level=2))
        for widget in (what, not_reached, self.limits, instead):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        return step

    def _confirmation(self) -> QWidget:
        step = QWidget(self)
        ask = paragraph(
            self.tr("To destroy the vault, type “{word}” below and press the red button.").format(
                word=self.word
            ),
            step,
        )
        self.typed = QLineEdit(step)
        self.typed.setAccessibleName(self.tr("Type {word} to confirm").format(word=self.word))
        self.typed.setMinimumHeight(34)
        buttons = QDialogButtonBox(step)
        self.destroy_button = QPushButton(self.tr("&Destroy this vault"), step)
        self.destroy_button.setObjectName("danger")
        self.destroy_button.setAccessibleName(self.tr("Destroy this vault"))
        self.destroy_button.setAutoDefault(False)
        self.destroy_button.setStyleSheet(self._danger_style())
        buttons.addButton(self.destroy_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        keep = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        keep.setAccessibleName(self.tr("Cancel: keep the vault"))
        keep.setAutoDefault(False)  # Enter in the field does nothing: both are clicked
        keep.clicked.connect(self.reject)
        self.destroy_button.clicked.connect(self._destroy)
        self.typed.textChanged.connect(self._update)
        layout = QVBoxLayout(step)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Destroy this vault for good"), step, level=2))
        layout.addWidget(ask)
        layout.addWidget(self.typed)
        layout.addWidget(buttons)
        return step

    def _danger_style(self) -> str:
        dark = is_dark(self.palette())
        return DANGER_STYLE.format(
            background="#ff8a80" if dark else "#b3261e", text="#1c1b1f" if dark else "#ffffff"
        )

    def _to_confirmation(self) -> None:
        self.explanation.setVisible(False)
        self.confirmation.setVisible(True)
        fit_to_text(self)
        self._update()
        self.typed.setFocus()

    def _update(self) -> None:
        self.destroy_button.setEnabled(self.can_destroy())

    def _destroy(self) -> None:
        if not self.can_destroy():
            return
        self.accept()
        self.destroy_requested.emit()


def destroyed_message(outcome: "DestroyOutcome", limit_keys: list[str]) -> str:
    """What was done, what was left in the folder, what could not be done, what is not reached."""
    parts = [
        QCoreApplication.translate(
            "DestroyVault",
            "The vault was destroyed: every key that opened it was overwritten, then its "
            "files were removed from this computer.",
        )
    ]
    if outcome.failed:
        parts.append(
            QCoreApplication.translate(
                "DestroyVault",
                "Some of the vault's files could not be overwritten or removed: {files}. "
                "Look at the folder, and remove them yourself if they are still there.",
            ).format(files=", ".join(path.name for path in outcome.failed))
        )
    if outcome.left:
        parts.append(
            QCoreApplication.translate(
                "DestroyVault",
                "Other files in the vault's folder are not part of the vault and were left as "
                "they were: {files}.",
            ).format(files=", ".join(path.name for path in outcome.left))
        )
    parts.append(QCoreApplication.translate("DestroyVault", "What this did not reach:"))
    parts.append(limits_text(limit_keys))
    return "\n\n".join(parts)
