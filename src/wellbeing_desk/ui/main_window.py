"""The main window: wires the lock screens, the workspace, the worker and locking.

It holds no feature logic: pages live in their feature folders, the vault in
the database worker, locking rules in ``locking.py`` and ``autolock.py``.

Only the lock screen is built before the first paint. The window's services
(the database worker, auto-lock, the screen-lock watcher, the clipboard guard,
the app's actions and key filters) are made in the loop turn after it, or at
once when something asks for one of them; the workspace (every section page)
is imported and built when the vault first opens, and the dialogs when first
opened (see "Start-up" in docs/ARCHITECTURE.md).
"""

import errno
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton, QStackedWidget, QWidget

from wellbeing_desk.ui import shortcut_keys
from wellbeing_desk.ui.autolock import Clock
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.icons import app_icon
from wellbeing_desk.ui.locking import clear_text_inputs, close_dialogs
from wellbeing_desk.ui.settings_store import (
    KEY_AUTOLOCK_MINUTES,
    KEY_GEOMETRY,
    KEY_LOCK_ON_MINIMISE,
    KEY_NEUTRAL_TITLE,
    SettingsStore,
)
from wellbeing_desk.ui.titles import app_title, locked_title, read_only_title, set_neutral
from wellbeing_desk.ui.unlock.unlock_page import UnlockPage
from wellbeing_desk.ui.widgets.screen_fit import fit_to_screen
from wellbeing_desk.ui.window_actions import make_action, page_has_own_find, retire
from wellbeing_desk.vault.errors import VaultReadOnlyError
from wellbeing_desk.vault.layout import VaultLayout

if TYPE_CHECKING:  # imported where first used, so the lock screen shows sooner
    from wellbeing_desk.ui.autolock import InactivityTimer
    from wellbeing_desk.ui.common_reactions import CommonReactionsDialog
    from wellbeing_desk.ui.focus_return import FocusMemory
    from wellbeing_desk.ui.grounding import GroundingDialog
    from wellbeing_desk.ui.help_dialog import ShortcutRow
    from wellbeing_desk.ui.reach import PublicLinesDialog, ReachSomeoneDialog
    from wellbeing_desk.ui.reach.first_people import FirstPeoplePage
    from wellbeing_desk.ui.screen_lock import ScreenLockWatcher
    from wellbeing_desk.ui.search import SearchPalette
    from wellbeing_desk.ui.settings.page import SettingsPage
    from wellbeing_desk.ui.unlock.create_page import CreatePage
    from wellbeing_desk.ui.widgets.clipboard_guard import ClipboardGuard
    from wellbeing_desk.ui.worker import DatabaseWorker
    from wellbeing_desk.ui.workspace import Workspace
    from wellbeing_desk.vault import IntegrityReport, KdfParams
    from wellbeing_desk.vault.instance_lock import InstanceLock

CREATE, LOCKED, UNLOCKED = "create", "locked", "unlocked"
# What a native window receives as it first paints (the widgets paint inside its handling).
_FIRST_PAINT = (QEvent.Type.Expose, QEvent.Type.Paint, QEvent.Type.UpdateRequest)
# Made by ``_start_services`` after the first paint, or at once on first use.
_SERVICES = frozenset(
    {
        "worker",
        "focus_memory",
        "inactivity",
        "screen_lock",
        "clipboard",
        "lock_action",
        "panic_action",
        "quit_action",
        "help_action",
        "grounding_action",
        "search_action",
        "reach_action",
        "find_action",
    }
)


class MainWindow(QMainWindow):
    """``MainWindow(vault_dir, settings, kdf=..., clock=..., watch_screen_lock=...)``.

    ``kdf`` is used when creating a vault (``None`` calibrates, about a
    second; tests pass ``KdfParams.fast_for_tests()``). ``clock`` drives
    auto-lock (monotonic seconds). ``starter`` loads the shipped starter
    directory into the vault after unlocking, once per app version.
    """

    unlocked = Signal()
    locked = Signal()
    vault_created = Signal()

    _services_started = True  # until __init__ says otherwise: events during construction
    worker: "DatabaseWorker"
    focus_memory: "FocusMemory"
    inactivity: "InactivityTimer"
    screen_lock: "ScreenLockWatcher | None"
    clipboard: "ClipboardGuard"
    lock_action: QAction
    panic_action: QAction
    quit_action: QAction
    help_action: QAction
    grounding_action: QAction
    search_action: QAction
    reach_action: QAction
    find_action: QAction

    def __init__(
        self,
        vault_dir: Path,
        settings: SettingsStore,
        *,
        kdf: "KdfParams | None" = None,
        clock: Clock = time.monotonic,
        watch_screen_lock: bool = True,
        starter: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_dir = Path(vault_dir)
        self.settings = settings
        self._kdf = kdf
        # The app's own lock on this vault (``app.py``); destroying the vault passes it on.
        self.app_lock: InstanceLock | None = None
        self._starter = starter  # load the shipped starter directory (tests turn it off)
        self._state = CREATE
        self._title = app_title  # what the title says now; redone when the neutral choice changes
        set_neutral(bool(settings.get(KEY_NEUTRAL_TITLE)))
        self.setWindowIcon(app_icon())
        self.setMinimumSize(720, 560)
        self._clock = clock
        self._watch_screen_lock = watch_screen_lock
        self._services_started = False

        # Built when first needed (``create_page``, ``workspace``, ``first_people_page``).
        self._create_page: CreatePage | None = None
        self._workspace: Workspace | None = None
        self._settings_page: SettingsPage | None = None
        self._first_people_page: FirstPeoplePage | None = None
        self.stack = QStackedWidget(self)
        self.unlock_page = UnlockPage(self)
        self.stack.addWidget(self.unlock_page)
        self.setCentralWidget(self.stack)

        self.unlock_page.unlock_requested.connect(self._unlock)
        self.unlock_page.help_requested.connect(self.open_public_lines)

        geometry = settings.get(KEY_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            fit_to_screen(self, QSize(1040, 720))  # a 900×600 laptop: no part off screen
        self._show_lock_screen()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if not self._services_started and handle is not None:
            # Its native window's first expose paints the lock screen: services come next.
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.windowHandle() and event.type() in _FIRST_PAINT:
            watched.removeEventFilter(self)
            if not self._services_started:
                QTimer.singleShot(0, self._start_services)  # the loop turn after that paint
        return False

    # -- services, made after the first paint -------------------------------------------

    if not TYPE_CHECKING:  # mypy keeps checking every other name

        def __getattr__(self, name: str) -> object:
            # Only reached for a name not set yet: a service asked for before its loop turn.
            if name in _SERVICES and not self._services_started:
                self._start_services()
                return object.__getattribute__(self, name)
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def services_started(self) -> bool:
        """Whether the worker, auto-lock, watchers and the app's keys exist yet."""
        return self._services_started

    def _start_services(self) -> None:
        """The worker, auto-lock, watchers, the app's actions and key filters. Idempotent."""
        if self._services_started:
            return
        self._services_started = True
        from wellbeing_desk.ui import enter_key, focus_ring
        from wellbeing_desk.ui.autolock import InactivityTimer
        from wellbeing_desk.ui.focus_return import FocusMemory
        from wellbeing_desk.ui.screen_lock import ScreenLockWatcher
        from wellbeing_desk.ui.widgets.clipboard_guard import ClipboardGuard
        from wellbeing_desk.ui.worker import DatabaseWorker
        from wellbeing_desk.vault.access import DAMAGED

        enter_key.install()  # Enter presses the focused button, in every window
        focus_ring.install()  # and every focused button, list or tab shows a ring
        self.worker = DatabaseWorker(self)
        self.focus_memory = FocusMemory(self.worker, self)  # where she was, back after unlock
        self.inactivity = InactivityTimer(self._clock, self)
        self.inactivity.inactive.connect(self.lock)
        self.inactivity.set_timeout(int(self.settings.get(KEY_AUTOLOCK_MINUTES)) * 60)
        self.screen_lock = ScreenLockWatcher(self) if self._watch_screen_lock else None
        if self.screen_lock is not None:
            self.screen_lock.lock_requested.connect(self.lock)
        # What "Reach someone now" and "Need help now?" copy; emptied on lock if still ours.
        self.clipboard = ClipboardGuard(self)
        self.worker.damage_found.connect(lambda: self._show_read_only(DAMAGED))
        self._make_actions()
        self._enable_actions()
        from wellbeing_desk.ui.vault_care import install_on_unlock_screen

        install_on_unlock_screen(self)  # after the first paint: start-up stays quick

    def _make_actions(self) -> None:
        # app_wide=True: the key works whatever dialog is open (``app_shortcuts.py``).
        self.lock_action = make_action(
            self, self.tr("Lock"), QKeySequence("Ctrl+L"), self.lock, app_wide=True
        )
        self.panic_action = make_action(
            self,
            self.tr("Lock and minimise"),
            QKeySequence("Ctrl+Shift+L"),
            self.panic,
            app_wide=True,
        )
        self.quit_action = make_action(
            self, self.tr("Quit"), QKeySequence("Ctrl+Q"), self.quit, app_wide=True
        )
        self.help_action = make_action(
            self,
            self.tr("Help"),
            QKeySequence(QKeySequence.StandardKey.HelpContents),
            self.show_help,
        )
        self.grounding_action = make_action(
            self,
            self.tr("Take a moment: breathing and grounding"),
            QKeySequence(shortcut_keys.GROUNDING),
            self.open_grounding,
            app_wide=True,
        )
        self.search_action = make_action(
            self, self.tr("Search everywhere"), QKeySequence(shortcut_keys.SEARCH), self.open_search
        )
        self.reach_action = make_action(
            self,
            self.tr("Reach someone now"),
            QKeySequence(shortcut_keys.REACH),
            self.open_reach_someone,
            app_wide=True,
        )
        # Ctrl+F opens the same search on pages that have no search field of their own
        # (Journal and Directory keep it for theirs); decided as the key arrives (``event``).
        self.find_action = make_action(
            self,
            self.tr("Search everywhere"),
            QKeySequence(QKeySequence.StandardKey.Find),
            self.open_search,
        )
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def _enable_actions(self) -> None:
        """Ctrl+K, Ctrl+F and Ctrl+R only while unlocked; Ctrl+G (reads no vault) always."""
        if not self._services_started:
            return  # made enabled as the state says when the services start
        unlocked = not self.is_locked
        for action in (self.search_action, self.reach_action):
            action.setEnabled(unlocked)
        self.grounding_action.setEnabled(True)
        self._update_find_action()

    # -- state -----------------------------------------------------------------------

    @property
    def state(self) -> str:
        """``"create"``, ``"locked"`` or ``"unlocked"``."""
        return self._state

    @property
    def is_locked(self) -> bool:
        return self._state != UNLOCKED

    @property
    def kdf(self) -> "KdfParams | None":
        """The key-derivation cost for new passphrases (``None``: calibrated)."""
        return self._kdf

    # -- pages built when first needed ---------------------------------------------------

    @property
    def create_page(self) -> "CreatePage":
        """The new-vault screen (it imports the passphrase meter: zxcvbn, word lists)."""
        if self._create_page is None:
            from wellbeing_desk.ui.unlock.create_page import CreatePage

            self._create_page = CreatePage(self)
            self._create_page.create_requested.connect(self._create)
            self._create_page.restore_requested.connect(self._open_restore)
            self.stack.addWidget(self._create_page)
        return self._create_page

    @property
    def workspace(self) -> "Workspace":
        """The side bar and every section page, imported and built on first use."""
        if self._workspace is None:
            self._workspace = self._build_workspace()
        return self._workspace

    @property
    def settings_page(self) -> "SettingsPage":
        self.workspace  # noqa: B018  (builds it)
        assert self._settings_page is not None
        return self._settings_page

    @property
    def first_people_page(self) -> "FirstPeoplePage":
        """The one step after creating a vault: who she would reach in a hard moment."""
        if self._first_people_page is None:
            from wellbeing_desk.ui.reach.first_people import FirstPeoplePage

            self._first_people_page = FirstPeoplePage(self.worker, self)
            self._first_people_page.finished.connect(self._show_workspace)
            self.stack.addWidget(self._first_people_page)
        return self._first_people_page

    def _build_workspace(self) -> "Workspace":
        from wellbeing_desk.ui.sections import build_section_pages
        from wellbeing_desk.ui.settings.page import SettingsPage
        from wellbeing_desk.ui.workspace import Workspace

        settings_page = SettingsPage(self.settings, self, confirm=self._confirm_passphrase)
        self._settings_page = settings_page
        workspace = Workspace(
            settings_page, self, section_pages=build_section_pages(self.worker, self)
        )
        self.stack.addWidget(workspace)
        workspace.lock_requested.connect(self.lock)
        workspace.help_requested.connect(self.show_help)
        workspace.banner.check_requested.connect(self._check_vault)
        settings_page.autolock_changed.connect(lambda m: self.inactivity.set_timeout(m * 60))
        settings_page.neutral_title_changed.connect(self._on_neutral_title)
        from wellbeing_desk.ui.vault_care import install_on_settings

        install_on_settings(self, settings_page)
        workspace.nav.currentRowChanged.connect(lambda _: self._update_find_action())
        return workspace

    # -- locking -----------------------------------------------------------------------

    def lock(self) -> None:
        """Close dialogs, clear every page, close the vault, show the unlock screen."""
        workspace = self._workspace
        if (
            self._state == UNLOCKED
            and workspace is not None
            and self.stack.currentWidget() is workspace
        ):
            # Before anything closes: the window's focus widget, even under a dialog.
            self.focus_memory.remember(workspace.current_section(), self.focusWidget(), workspace)
        close_dialogs()
        self.clipboard.clear_if_ours()
        self.inactivity.stop()
        if workspace is not None:
            workspace.clear_content()
        clear_text_inputs(self)
        if self.worker.running:
            self.worker.lock(on_done=lambda _: self._after_lock())
        was_unlocked = self._state == UNLOCKED
        self._show_lock_screen()
        if was_unlocked:
            self.locked.emit()

    def panic(self) -> None:
        """Lock and get out of sight at once."""
        self.lock()
        self.showMinimized()

    def help_shortcuts(self) -> "list[ShortcutRow]":
        """Every key the app binds, as Help (F1) lists them."""
        from wellbeing_desk.ui.help_dialog import shortcut_rows

        return shortcut_rows(self._actions_by_name())

    def _actions_by_name(self) -> dict[str, QAction]:
        return {
            "lock": self.lock_action,
            "panic": self.panic_action,
            "quit": self.quit_action,
            "grounding": self.grounding_action,
            "reach": self.reach_action,
            "search": self.search_action,
            "find": self.find_action,
            "help": self.help_action,
        }

    def show_help(self) -> None:
        from wellbeing_desk.ui.help_dialog import HelpDialog

        rows = [(row.description, row.shown) for row in self.help_shortcuts()]
        dialog = HelpDialog(rows, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reactions_requested.connect(self.open_common_reactions)
        dialog.open()

    def quit(self) -> None:
        """Ctrl+Q: lock first (dialogs closed, pages emptied, vault closed), then close."""
        self.lock()
        self.close()

    def open_grounding(self) -> "GroundingDialog | None":
        """Breathing and 5-4-3-2-1 over the window (Ctrl+G), locked or not: it reads no vault.

        With a modal dialog open it opens over that dialog, which would block it
        over the main window; one left open under the dialog is closed first.
        """
        from wellbeing_desk.ui.grounding import open_dialog, open_grounding

        over = QApplication.activeModalWidget() or self
        current = open_dialog()
        if over is not self and current is not None and current.parentWidget() is not over:
            current.reject()
        return open_grounding(over, self.settings)

    def open_common_reactions(self) -> "CommonReactionsDialog | None":
        """The page on common reactions, over the dialog on top (Help) or the window.

        Its buttons do what Ctrl+G and Ctrl+R do; unlocked only, as Reach someone is.
        """
        if self.is_locked:
            return None
        from wellbeing_desk.ui.common_reactions import open_common_reactions

        over = QApplication.activeModalWidget() or self
        return open_common_reactions(over, self.open_grounding, self.open_reach_someone)

    def open_reach_someone(self) -> "ReachSomeoneDialog | None":
        """Her emergency people, favourites and support, Enter to copy (Ctrl+R); unlocked only."""
        if self.is_locked:
            return None
        from wellbeing_desk.ui.reach import open_reach_someone

        dialog = open_reach_someone(self, self.worker, self.clipboard)
        dialog.entry_requested.connect(lambda entry_id: self.open_record("directory", entry_id))
        dialog.edit_people_requested.connect(self.open_emergency_plan)
        dialog.grounding_requested.connect(self.open_grounding)
        return dialog

    def open_public_lines(self) -> "PublicLinesDialog":
        """The lock screen's "Need help now?": public 24/7 lines and grounding, no vault."""
        from wellbeing_desk.ui.reach import open_public_lines

        dialog = open_public_lines(self, self.clipboard)
        dialog.grounding_requested.connect(self.open_grounding)
        return dialog

    def open_emergency_plan(self) -> None:
        """The "In an emergency" part of her self-care plan."""
        self._open_plan_at("emergency")

    def open_dependants_plan(self) -> None:
        """Her plan at who looks after the people who depend on her (from a debrief)."""
        self._open_plan_at("dependants")

    def _open_plan_at(self, part: str) -> None:
        if self.is_locked:
            return
        from wellbeing_desk.ui.journal.section import JournalSection

        journal = self.workspace.pages.get("journal")
        if isinstance(journal, JournalSection):
            self.workspace.show_section("journal")
            journal.show_tab("plan")
            if part == "dependants":
                journal.plan.focus_dependants()
            else:
                journal.plan.focus_emergency()

    def open_search(self) -> "SearchPalette | None":
        """Search everywhere over the window (Ctrl+K); only while unlocked."""
        if self.is_locked:
            return None
        from wellbeing_desk.ui.search import open_search

        return open_search(self, self.worker, self.open_record)

    def open_record(self, section: str, record_id: str) -> None:
        """Show a section and one record in it (a result of Search everywhere)."""
        if self.is_locked or section not in self.workspace.pages:
            return
        self.workspace.show_section(section)
        page = self.workspace.pages[section]
        opener = getattr(page, "open_record", None)
        if callable(opener):
            opener(record_id)

    def shutdown(self) -> None:
        """Lock and stop the worker thread (waits for it). Safe to call twice."""
        if not self._services_started:
            return  # closed before its first loop turn: no worker, timer or key was made
        self.inactivity.stop()
        retire(list(self._actions_by_name().values()))
        if self.worker.running:
            self.lock()
            self.worker.shutdown()

    # -- unlocking and creating ---------------------------------------------------------

    def _create(self, passphrase: str) -> None:
        self.worker.create_vault(
            self.vault_dir,
            passphrase,
            self._kdf,
            on_success=self._on_created,
            on_failure=self._on_create_failed,
        )

    def _on_created(self, _: object) -> None:
        self.vault_created.emit()
        self._on_unlocked(None)
        # One gentle, skippable step before Today: who would she reach in a hard moment?
        self.first_people_page.reset()
        self.stack.setCurrentWidget(self.first_people_page)
        self.first_people_page.focus_first()

    def _show_workspace(self) -> None:
        if self.is_locked:
            return
        from wellbeing_desk.ui.journal.section import JournalSection

        journal = self.workspace.pages.get("journal")
        if isinstance(journal, JournalSection):
            journal.plan.emergency.load()  # the people she may just have added
        self.stack.setCurrentWidget(self.workspace)  # Today reads its reminder when shown
        self.workspace.focus_current_page()

    def _on_create_failed(self, error: BaseException) -> None:
        if isinstance(error, VaultReadOnlyError):  # no vault yet: the folder refused
            error = PermissionError(errno.EACCES, "the folder cannot be written")
        if VaultLayout(self.vault_dir).exists():  # e.g. another window created it meanwhile
            self._show_lock_screen()
            self.unlock_page.show_error(describe_error(error))
            return
        self.create_page.show_error(describe_error(error))

    def _unlock(self, passphrase: str) -> None:
        self.worker.open_vault(
            self.vault_dir,
            passphrase,
            on_success=self._on_unlocked,
            on_failure=self._on_unlock_failed,
        )

    def _on_unlocked(self, read_only: object) -> None:
        """``read_only``: why the vault opened read-only (``vault.access``), or ``None``."""
        self._state = UNLOCKED
        if self._create_page is not None:
            self._create_page.reset()
        self.unlock_page.reset()
        self.workspace.show_section("today")
        reason = read_only if isinstance(read_only, str) else None
        if self._starter and reason is None:  # queued before the pages load, so they see it
            from wellbeing_desk.directory.starter import ensure_starter

            self.worker.submit(ensure_starter)
        self.workspace.vault_opened()
        self.stack.setCurrentWidget(self.workspace)
        self._show_read_only(reason)
        self.inactivity.start()
        self._enable_actions()
        # Back to the section and the field she was in (Today's check-in by default).
        self.focus_memory.restore(self.workspace.show_section, self.workspace.focus_current_page)
        self.unlocked.emit()

    def _on_unlock_failed(self, error: BaseException) -> None:
        self.unlock_page.show_error(describe_error(error))

    def _show_read_only(self, reason: str | None) -> None:
        """The banner and the title say why nothing can be saved (``None``: all is normal)."""
        if self.is_locked:
            return
        self.workspace.banner.show_reason(reason)
        self._set_title(app_title if reason is None else read_only_title)

    def _check_vault(self) -> None:
        """The banner's "Check the vault": the full check on the worker, remembered beside it."""
        from wellbeing_desk.vault.vault import check_open_vault

        banner = self.workspace.banner

        def done(report: "IntegrityReport") -> None:
            banner.show_check_result(report.sound)

        self.worker.submit(
            check_open_vault, done, lambda error: banner.show_check_failed(describe_error(error))
        )

    # -- internals --------------------------------------------------------------------

    def _confirm_passphrase(self, reason: str, on_done: Callable[[bool], None]) -> None:
        from wellbeing_desk.ui.settings.confirm import confirm_passphrase

        confirm_passphrase(self.worker, self, reason, on_done)

    def _show_lock_screen(self) -> None:
        vault_exists = VaultLayout(self.vault_dir).exists()
        self._state = LOCKED if vault_exists else CREATE
        self._enable_actions()
        for built in (self._create_page, self.unlock_page, self._first_people_page):
            if built is not None:
                built.reset()
        page = self.unlock_page if vault_exists else self.create_page
        self.stack.setCurrentWidget(page)
        self._set_title(locked_title if vault_exists else app_title)
        page.focus_passphrase()

    def _open_restore(self) -> None:
        """The create screen's "Restore it…": the unlock screen's restore, made with the
        services (after the first paint); a restored vault here then shows that screen."""
        self._start_services()
        link = self.unlock_page.findChild(QPushButton, "restoreBackupLink")
        if link is not None:
            link.click()

    def _set_title(self, title: Callable[[], str]) -> None:
        self._title = title
        self.setWindowTitle(title())

    def _on_neutral_title(self, neutral: bool) -> None:
        """ "Notes" or "Wellbeing Desk" in the title bar at once (``ui/titles.py``)."""
        set_neutral(neutral)
        self._set_title(self._title)

    def _after_lock(self) -> None:
        # A vault created while locking was under way: offer to unlock it, not to create one.
        if self._state == CREATE and VaultLayout(self.vault_dir).exists():
            self.vault_created.emit()
            self._show_lock_screen()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Find)
        ):
            self._update_find_action()  # just before Qt looks for the shortcut
        return super().event(event)

    def _update_find_action(self) -> None:
        # Ctrl+F belongs to the page when it has a search of its own; else it searches everywhere.
        self.find_action.setEnabled(not self.is_locked and not page_has_own_find(self._workspace))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self.isMinimized()
            and self._state == UNLOCKED
            and self.settings.get(KEY_LOCK_ON_MINIMISE)
        ):
            self.lock()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(KEY_GEOMETRY, self.saveGeometry())
        self.shutdown()
        event.accept()
