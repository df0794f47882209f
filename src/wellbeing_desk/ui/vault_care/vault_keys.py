"""The vault's keys in the window: change the passphrase, the recovery code, destroy.

- Settings, "Your vault": "Change passphrase…", "Add / Replace / Remove the
  recovery code…" (each asks her passphrase; a new code is shown once) and
  "Destroy this vault…" (two deliberate steps, then lock, crypto-erase with
  the vault closed, and the create screen with what was and was not reached).
- The unlock screen: "Forgot your passphrase?" sets a new passphrase with the
  recovery code, then the unlock screen says so and she unlocks with it (so
  she types the new one once more while it is fresh).
- After creating a vault, once the first step (her people) is done, a calm,
  non-modal offer of a recovery code; "Not now" is as easy.

Every slow part (deriving keys, re-keying, overwriting) runs on the database
worker (``ops/vault_keys.py``). This module loads with the window's services,
so it imports the dialogs and the vault stack only when first used.
"""

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

if TYPE_CHECKING:
    from wellbeing_desk.ops.vault_keys import DestroyOutcome
    from wellbeing_desk.ui.main_window import MainWindow
    from wellbeing_desk.ui.settings.confirm import ConfirmPassphraseDialog
    from wellbeing_desk.ui.settings.page import SettingsPage
    from wellbeing_desk.ui.vault_care.destroy_dialog import DestroyVaultDialog
    from wellbeing_desk.ui.vault_care.keys_section import VaultKeysSection
    from wellbeing_desk.ui.vault_care.passphrase_dialogs import (
        ChangePassphraseDialog,
        ForgotPassphraseDialog,
    )
    from wellbeing_desk.ui.vault_care.recovery_dialogs import (
        RecoveryCodeDialog,
        RecoveryOfferDialog,
    )

OBJECT_NAME = "vaultKeys"


def install_on_unlock_screen(window: "MainWindow") -> None:
    """ "Forgot your passphrase?" under the unlock form, and the offer after creating."""
    keys_of(window)


def install_on_settings(window: "MainWindow", page: "SettingsPage") -> None:
    """The "Your vault" section, its status asked after each unlock."""
    keys_of(window).install_section(page)


def keys_of(window: "MainWindow") -> "VaultKeys":
    """The window's one ``VaultKeys`` (made on first call)."""
    found = window.findChild(VaultKeys, OBJECT_NAME)
    return found if isinstance(found, VaultKeys) else VaultKeys(window)


class VaultKeys(QObject):
    """The flows; the dialogs it opens are kept as attributes while open (tests use them)."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.setObjectName(OBJECT_NAME)
        self.window = window
        self.section: VaultKeysSection | None = None
        self.change_dialog: ChangePassphraseDialog | None = None
        self.forgot_dialog: ForgotPassphraseDialog | None = None
        self.code_dialog: RecoveryCodeDialog | None = None
        self.offer_dialog: RecoveryOfferDialog | None = None
        self.destroy_dialog: DestroyVaultDialog | None = None
        self.passphrase_dialog: ConfirmPassphraseDialog | None = None
        self._offer_connected = False

        self.forgot_button = QPushButton(self.tr("&Forgot passphrase?"))
        self.forgot_button.setAccessibleName(self.tr("Forgot your passphrase? Use a recovery code"))
        window.unlock_page.add_link(self.forgot_button)
        self.forgot_button.clicked.connect(self.open_forgot_passphrase)
        # Said on the unlock screen after a new passphrase was set, until she unlocks.
        self.unlock_notice = QLabel(window.unlock_page.frame)
        self.unlock_notice.setObjectName("notice")
        self.unlock_notice.setWordWrap(True)
        self.unlock_notice.setVisible(False)
        window.unlock_page.frame.body.insertWidget(0, self.unlock_notice)
        window.unlocked.connect(lambda: self._say_on_unlock_screen(""))
        window.vault_created.connect(self._offer_after_first_step)

    # -- Settings ---------------------------------------------------------------------------

    def install_section(self, page: "SettingsPage") -> None:
        from wellbeing_desk.ui.vault_care.keys_section import VaultKeysSection

        section = VaultKeysSection(page)
        self.section = section
        page.add_section(self.tr("Your vault"), section)
        section.change_button.clicked.connect(self.open_change_passphrase)
        section.add_button.clicked.connect(self.add_recovery_code)
        section.remove_button.clicked.connect(self.remove_recovery_code)
        section.destroy_button.clicked.connect(self.open_destroy)
        # Built during the first unlock, before ``unlocked`` is said: asked then, and after each.
        self.window.unlocked.connect(self.refresh)
        self.window.locked.connect(section.clear)

    def refresh(self) -> None:
        """Ask the vault whether it has a recovery code; the status line says it."""
        from wellbeing_desk.ops.vault_keys import has_recovery_code

        section = self.section
        if section is not None and not self.window.is_locked:
            self.window.worker.submit(has_recovery_code, section.show_recovery)

    def open_change_passphrase(self) -> "ChangePassphraseDialog":
        from wellbeing_desk.ui.vault_care.passphrase_dialogs import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.change_requested.connect(partial(self._change_passphrase, dialog))
        dialog.finished.connect(lambda _: setattr(self, "change_dialog", None))
        self.change_dialog = dialog
        dialog.open()
        return dialog

    def _change_passphrase(self, dialog: "ChangePassphraseDialog", old: str, new: str) -> None:
        from wellbeing_desk.ops import bind
        from wellbeing_desk.ops.vault_keys import change_passphrase

        def changed(_not_synced: bool) -> None:
            dialog.finish()
            self._say(self.tr("Your passphrase was changed. Use the new one from now on."))

        def failed(error: BaseException) -> None:
            wrong = self.tr("That is not your current passphrase. Nothing was changed.")
            dialog.show_error(self._key_error(error, wrong))

        self.window.worker.submit(
            bind(change_passphrase, old, new, self.window.kdf), changed, failed
        )

    def add_recovery_code(self) -> "ConfirmPassphraseDialog":
        """Her passphrase, then a new code shown once (the old one, if any, stops working)."""
        replacing = self.section is not None and self.section.remove_button.isVisibleTo(
            self.section
        )
        reason = (
            self.tr(
                "A new recovery code replaces the one you have: the old code stops working. "
                "Anyone with the new code can open your vault. Confirm with your passphrase."
            )
            if replacing
            else self.tr(
                "A recovery code lets you set a new passphrase if you forget yours. Anyone "
                "with the code can open your vault. Confirm with your passphrase."
            )
        )
        return self._with_passphrase(reason, partial(self._add_recovery_code, replacing))

    def _add_recovery_code(self, replacing: bool, passphrase: str) -> None:
        from wellbeing_desk.ops import bind
        from wellbeing_desk.ops.vault_keys import add_recovery_code

        def made(code: str) -> None:
            self._settled()
            self._show_code(code, replacing)
            self.refresh()

        self.window.worker.submit(bind(add_recovery_code, passphrase), made, self._failed)

    def _show_code(self, code: str, replaced: bool) -> "RecoveryCodeDialog":
        from wellbeing_desk.ui.vault_care.recovery_dialogs import RecoveryCodeDialog

        dialog = RecoveryCodeDialog(code, replaced, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _: setattr(self, "code_dialog", None))
        self.code_dialog = dialog
        dialog.open()
        return dialog

    def remove_recovery_code(self) -> "ConfirmPassphraseDialog":
        reason = self.tr(
            "Removing the recovery code means only your passphrase opens this vault. The code "
            "you wrote down stops working. Confirm with your passphrase."
        )
        return self._with_passphrase(reason, self._remove_recovery_code)

    def _remove_recovery_code(self, passphrase: str) -> None:
        from wellbeing_desk.ops import bind
        from wellbeing_desk.ops.vault_keys import remove_recovery_code

        def removed(_: None) -> None:
            self._settled()
            self._say(self.tr("The recovery code was removed. It no longer opens this vault."))
            self.refresh()

        self.window.worker.submit(bind(remove_recovery_code, passphrase), removed, self._failed)

    def open_destroy(self) -> "DestroyVaultDialog":
        from wellbeing_desk.ui.vault_care.destroy_dialog import DestroyVaultDialog
        from wellbeing_desk.vault.wipe_limits import WIPE_LIMITS

        dialog = DestroyVaultDialog([limit.key for limit in WIPE_LIMITS], self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroy_requested.connect(self._destroy)
        dialog.finished.connect(lambda _: setattr(self, "destroy_dialog", None))
        self.destroy_dialog = dialog
        dialog.open()
        return dialog

    def _destroy(self) -> None:
        """Lock (every page emptied, the vault closed), then crypto-erase with it closed."""
        from wellbeing_desk.ops.vault_keys import destroy

        window = self.window
        root, held = window.vault_dir, window.app_lock
        window.lock()
        window.worker.without_vault(
            partial(destroy, root, held), self._destroyed, self._not_destroyed
        )

    def _destroyed(self, outcome: "DestroyOutcome") -> None:
        from wellbeing_desk.ui.vault_care.destroy_dialog import destroyed_message
        from wellbeing_desk.ui.widgets.message import MessageBox
        from wellbeing_desk.vault.wipe_limits import WIPE_LIMITS

        self.window._show_lock_screen()  # no vault now: the create screen
        text = destroyed_message(outcome, [limit.key for limit in WIPE_LIMITS])
        title = self.tr("The vault was destroyed")
        if outcome.complete:
            MessageBox.information(self.window, title, text)
        else:
            MessageBox.warning(self.window, title, text)

    def _not_destroyed(self, error: BaseException) -> None:
        from wellbeing_desk.ui.errors import describe_error
        from wellbeing_desk.ui.widgets.message import MessageBox

        self.window._show_lock_screen()
        MessageBox.warning(
            self.window, self.tr("The vault was not destroyed"), describe_error(error)
        )

    # -- after creating a vault --------------------------------------------------------------

    def _offer_after_first_step(self) -> None:
        if self._offer_connected or not self.window.services_started:
            return
        self._offer_connected = True
        # The one step after creating a vault (her people) comes first; then the offer.
        self.window.first_people_page.finished.connect(self.offer_recovery_code)

    def offer_recovery_code(self) -> "RecoveryOfferDialog | None":
        from wellbeing_desk.ui.vault_care.recovery_dialogs import RecoveryOfferDialog

        if self.window.is_locked:
            return None
        dialog = RecoveryOfferDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.add_requested.connect(self.add_recovery_code)
        dialog.finished.connect(lambda _: setattr(self, "offer_dialog", None))
        self.offer_dialog = dialog
        dialog.show()
        return dialog

    # -- the unlock screen ------------------------------------------------------------------

    def open_forgot_passphrase(self) -> "ForgotPassphraseDialog":
        from wellbeing_desk.ui.vault_care.passphrase_dialogs import ForgotPassphraseDialog

        dialog = ForgotPassphraseDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recover_requested.connect(partial(self._recover, dialog))
        dialog.finished.connect(lambda _: setattr(self, "forgot_dialog", None))
        self.forgot_dialog = dialog
        dialog.open()
        return dialog

    def _recover(self, dialog: "ForgotPassphraseDialog", code: str, new: str) -> None:
        from wellbeing_desk.ops.vault_keys import recover_with_code

        def recovered(_: None) -> None:
            dialog.finish()
            self._say_on_unlock_screen(
                self.tr("Your new passphrase is set. Unlock with it now, while it is fresh.")
            )
            self.window.unlock_page.focus_passphrase()

        def failed(error: BaseException) -> None:
            dialog.show_error(self._recovery_error(error))

        work = partial(recover_with_code, self.window.vault_dir, code, new, self.window.kdf)
        self.window.worker.without_vault(work, recovered, failed)

    def _say_on_unlock_screen(self, text: str) -> None:
        self.unlock_notice.setText(text)
        self.unlock_notice.setAccessibleName(text)
        self.unlock_notice.setVisible(bool(text))

    # -- shared -----------------------------------------------------------------------------

    def _with_passphrase(
        self, reason: str, then: Callable[[str], None]
    ) -> "ConfirmPassphraseDialog":
        """Ask her passphrase (``ConfirmPassphraseDialog``), then ``then(passphrase)``."""
        from wellbeing_desk.ui.settings.confirm import ConfirmPassphraseDialog

        dialog = ConfirmPassphraseDialog(reason, self.window)
        self.passphrase_dialog = dialog

        def finished(result: int) -> None:
            passphrase, dialog.entered = dialog.entered, ""
            dialog.deleteLater()
            self.passphrase_dialog = None
            if result == QDialog.DialogCode.Accepted.value and passphrase:
                self._busy()
                then(passphrase)

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def _busy(self) -> None:
        if self.section is not None:
            self.section.set_busy(True)
            self.section.show_result(self.tr("Working… this takes a moment."))

    def _settled(self) -> None:
        if self.section is not None:
            self.section.set_busy(False)
            self.section.show_result("")

    def _say(self, text: str) -> None:
        if self.section is not None:
            self.section.show_result(text)

    def _failed(self, error: BaseException) -> None:
        self._settled()
        self._say(
            self._key_error(error, self.tr("That is not your passphrase. Nothing was changed."))
        )

    def _key_error(self, error: BaseException, wrong: str) -> str:
        from wellbeing_desk.ui.errors import describe_error
        from wellbeing_desk.vault.errors import WrongPassphraseError

        if isinstance(error, WrongPassphraseError):
            return wrong
        return describe_error(error)

    def _recovery_error(self, error: BaseException) -> str:
        from wellbeing_desk.ops.vault_keys import NoRecoveryCodeError
        from wellbeing_desk.ui.errors import describe_error
        from wellbeing_desk.vault.recovery_code import RecoveryCodeTypoError
        from wellbeing_desk.vault.recovery_slot import WrongRecoveryCodeError

        if isinstance(error, NoRecoveryCodeError):
            return self.tr(
                "This vault has no recovery code, so a code cannot open it. Nothing was changed."
            )
        if isinstance(error, WrongRecoveryCodeError):
            return self.tr(
                "This code does not open this vault. Compare it with the code you wrote down. "
                "Nothing was changed."
            )
        if isinstance(error, RecoveryCodeTypoError):
            return self.tr("This code has a typo. Compare it with the code you wrote down.")
        return describe_error(error)
