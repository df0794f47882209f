"""Backups in the window: one automatic backup after unlocking when due, "Back up now",
the Settings section, Today's notice while backups fail, and restore on the unlock screen.

``BackupController`` (one per window, its child) runs every backup on the
database worker (``ops.backups``), never on the GUI thread, and tells the
Settings section and Today's notice how things stand. Everything it knows
comes from the vault's own settings and is forgotten on lock. A failed backup
never opens a dialog: Today shows a small notice until one succeeds.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QVBoxLayout

from wellbeing_desk.ui.worker import Op

if TYPE_CHECKING:  # the vault stack loads with the first unlock, not with the lock screen
    from wellbeing_desk.ops.backups import BackupOutcome, BackupSettings
    from wellbeing_desk.ui.main_window import MainWindow
    from wellbeing_desk.ui.settings.page import SettingsPage
    from wellbeing_desk.ui.vault_care.backup_notice import BackupNotice
    from wellbeing_desk.ui.vault_care.backup_section import BackupSection


class BackupController(QObject):
    """Asks the worker for backups and their settings; says what it learns by signal."""

    status_changed = Signal(object)  # BackupSettings, or None once locked
    running_changed = Signal(bool)
    failed = Signal(object)  # an error saving a setting (e.g. a read-only vault)
    backup_finished = Signal(object)  # BackupOutcome (a backup was tried)

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.setObjectName("backupController")
        self._window = window
        self.status: BackupSettings | None = None
        self.running = False
        self.section: BackupSection | None = None
        self._notice: BackupNotice | None = None
        window.unlocked.connect(self._after_unlock)
        window.locked.connect(self._forget)

    # -- asking --------------------------------------------------------------------

    def back_up_now(self) -> None:
        if self.running or self._window.is_locked:
            return
        from wellbeing_desk.ops.backups import back_up_now

        self._run_backup(back_up_now)

    def save(self, op: "Op[BackupSettings]") -> None:
        """Store one setting (``bind(backup_ops.set_keep, 3)``), then show them all."""
        if self._window.is_locked:
            return

        def failed(error: BaseException) -> None:
            self.status_changed.emit(self.status)  # her change was not kept: show what is
            self.failed.emit(error)

        self._window.worker.submit(op, self._show_status, failed)

    def open_settings(self) -> None:
        """Today's "Open settings": the Settings page, its Backups section in view."""
        if self._window.is_locked:
            return
        self._window.workspace.show_section("settings")
        if self.section is not None:
            self.section.reveal()

    # -- after unlocking, on lock ----------------------------------------------------

    def _after_unlock(self) -> None:
        from wellbeing_desk.ops.backups import back_up_if_due

        self._attach_notice()
        self._run_backup(back_up_if_due)

    def _forget(self) -> None:
        self.status = None
        self._set_running(False)
        if self._notice is not None:
            self._notice.clear()
        self.status_changed.emit(None)

    # -- internals -------------------------------------------------------------------

    def _run_backup(self, op: "Op[BackupOutcome | None]") -> None:
        from wellbeing_desk.ops.backups import backup_settings

        self._set_running(True)

        def done(outcome: "BackupOutcome | None") -> None:
            self._set_running(False)
            if outcome is None:  # none was due: show how things stand
                self._window.worker.submit(backup_settings, self._show_status)
                return
            self._show_status(outcome.settings)
            self.backup_finished.emit(outcome)

        def failed(error: BaseException) -> None:
            self._set_running(False)
            self.failed.emit(error)

        self._window.worker.submit(op, done, failed)

    def _show_status(self, settings: "BackupSettings") -> None:
        self.status = settings
        if self._notice is not None:
            if settings.failing:
                self._notice.show_failure(settings)
            else:
                self._notice.clear()
        self.status_changed.emit(settings)

    def _set_running(self, running: bool) -> None:
        if running != self.running:
            self.running = running
            self.running_changed.emit(running)

    def _attach_notice(self) -> None:
        """Today's notice, under its reminder (Today is built with the workspace)."""
        if self._notice is not None:
            return
        from wellbeing_desk.ui.today.page import TodayPage
        from wellbeing_desk.ui.vault_care.backup_notice import BackupNotice

        today = self._window.workspace.pages.get("today")
        if not isinstance(today, TodayPage):
            return
        holder = today.reminder.parentWidget()
        layout = holder.layout() if holder is not None else None
        if not isinstance(layout, QVBoxLayout):
            return
        self._notice = BackupNotice(holder)
        layout.insertWidget(layout.indexOf(today.reminder) + 1, self._notice)
        self._notice.back_up_requested.connect(self.back_up_now)
        self._notice.settings_requested.connect(self.open_settings)
        self.running_changed.connect(self._notice.set_running)

    @property
    def notice(self) -> "BackupNotice | None":
        return self._notice


def controller_of(window: "MainWindow") -> BackupController:
    """The window's one controller, made when first asked for."""
    found = window.findChild(BackupController, "backupController")
    return found if isinstance(found, BackupController) else BackupController(window)


def install_on_unlock_screen(window: "MainWindow") -> None:
    """ "Restore a backup…" under the unlock form."""
    from wellbeing_desk.ui.vault_care.restore_dialog import install_restore_link

    install_restore_link(window)


def install_on_settings(window: "MainWindow", page: "SettingsPage") -> None:
    """Settings' Backups section; automatic backups after each unlock from now on.

    Called while the workspace is built, before the first ``unlocked``: the
    first unlock's backup is not missed.
    """
    from wellbeing_desk.ui.vault_care.backup_section import BackupSection

    controller = controller_of(window)
    section = BackupSection(controller, page)
    controller.section = section
    page.add_section(section.title(), section)
