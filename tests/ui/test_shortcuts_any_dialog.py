"""Lock, panic, quit, grounding and Reach someone work whatever dialog is open.

Qt does not deliver a shortcut to a window that a modal dialog blocks; the
application's key filter (``app_shortcuts.py``) does. Every dialog class in ``wellbeing_desk.ui``
is found by walking the package: a class this file cannot open fails
``test_every_dialog_class_has_an_opener``, so a new dialog is covered here
or the suite says so. For each one: open it over an unlocked window, press
the real keys on the widget that has the focus in it, and after one turn of
the event loop the lock screen shows and no dialog is left.
"""

import importlib
import inspect
import pkgutil
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

import wellbeing_desk.ui
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock, visible_dialogs
from tests.ui.sync.team_openers import TEAM_OPENERS
from wellbeing_desk.ui import app_shortcuts
from wellbeing_desk.ui.common_reactions import CommonReactionsDialog
from wellbeing_desk.ui.debrief.export_dialog import DebriefExportDialog
from wellbeing_desk.ui.debrief.templates.editor import TemplateEditor
from wellbeing_desk.ui.debrief.templates.manager import TemplateManagerDialog
from wellbeing_desk.ui.directory.export_dialog import DirectoryExportDialog
from wellbeing_desk.ui.directory.import_dialog import ImportDialog
from wellbeing_desk.ui.directory.share_dialog import ShareTarget, ShareWithTeamDialog
from wellbeing_desk.ui.export.save_file import ask_open_path, ask_save_path
from wellbeing_desk.ui.grounding import GroundingDialog
from wellbeing_desk.ui.help_dialog import HelpDialog
from wellbeing_desk.ui.journal.counsellor_export import ExportDialog
from wellbeing_desk.ui.journal.lists_dialog import CareListsDialog
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.notes.contexts_dialog import NoteContextsDialog
from wellbeing_desk.ui.plan.entry_picker import EntryPickerDialog
from wellbeing_desk.ui.plan.person_dialog import PersonDialog
from wellbeing_desk.ui.reach import PublicLinesDialog, ReachSomeoneDialog
from wellbeing_desk.ui.reach.window import ReachWindow
from wellbeing_desk.ui.search import SearchPalette
from wellbeing_desk.ui.settings.confirm import ConfirmPassphraseDialog, confirm_passphrase
from wellbeing_desk.ui.sync.review_dialog import SyncReviewDialog
from wellbeing_desk.ui.vault_care.destroy_dialog import DestroyVaultDialog
from wellbeing_desk.ui.vault_care.passphrase_dialogs import (
    ChangePassphraseDialog,
    ForgotPassphraseDialog,
    KeyFormDialog,
)
from wellbeing_desk.ui.vault_care.recovery_dialogs import RecoveryCodeDialog, RecoveryOfferDialog
from wellbeing_desk.ui.vault_care.restore_dialog import RestoreDialog
from wellbeing_desk.ui.vault_care.vault_keys import keys_of
from wellbeing_desk.ui.widgets.message import Button, MessageBox

pytestmark = [
    pytest.mark.usefixtures("existing_vault"),
    # What the offscreen plugin cannot do: fix a message box's size, raise a window, grab
    # the keyboard for a popup.
    pytest.mark.qt_log_ignore(
        "does not support propagateSizeHints",
        "does not support raise",
        "does not support grabbing the keyboard",
    ),
]

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


# -- every dialog the app can open --------------------------------------------------------


def app_dialog_classes() -> set[type[QWidget]]:
    """Every QDialog subclass in ``wellbeing_desk.ui``, plus Qt's own dialogs the app opens."""
    found: set[type[QWidget]] = {QMessageBox, QFileDialog}  # MessageBox, save_file.py
    package = wellbeing_desk.ui
    for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                inspect.isclass(value)
                and issubclass(value, QDialog)
                and value.__module__.startswith("wellbeing_desk.")
            ):
                found.add(value)
    return found


Opener = Callable[[MainWindow], QWidget | None]
# An opener for a dialog that runs its own event loop (exec) cannot return it: it
# returns None, and the dialog is found as the active modal widget.
MODAL_LOOP: set[type[QWidget]] = {QMessageBox}


def _open(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _only_visible(kind: type[QWidget]) -> QWidget:
    (dialog,) = [w for w in visible_dialogs() if isinstance(w, kind)]
    assert isinstance(dialog, QWidget)
    return dialog


def open_help(window: MainWindow) -> QWidget:
    window.show_help()
    return _only_visible(HelpDialog)


def open_manager(window: MainWindow) -> QWidget:
    return _open(TemplateManagerDialog(window.worker, window))


def open_editor(window: MainWindow) -> QWidget:
    manager = open_manager(window)  # as in the app: the editor over the manager
    return _open(TemplateEditor(None, set(), manager))


def open_confirm(window: MainWindow) -> QWidget:
    return confirm_passphrase(window.worker, window, "A test asks", lambda _ok: None)


def open_export(kind: type[QDialog]) -> Opener:
    def opener(window: MainWindow) -> QWidget:
        dialog = kind(window.worker, window)  # type: ignore[call-arg]
        start = getattr(dialog, "start", None)
        if kind is not DebriefExportDialog and callable(start):
            start()  # the app's own way to open it (focus included)
        else:
            dialog.open()
        return dialog

    return opener


def open_message_box(window: MainWindow) -> None:
    MessageBox.question(window, "A question", "Keep going?")


def open_recovery_offer(window: MainWindow) -> QWidget:
    dialog = RecoveryOfferDialog(window)  # shown beside the window; here she turns to it
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.activateWindow()
    return dialog


def open_file(save: bool) -> Opener:
    def opener(window: MainWindow) -> QWidget:
        if save:
            return ask_save_path(window, "Save", "file.txt", "Text (*.txt)", "txt", print)
        return ask_open_path(window, "Open", "Text (*.txt)", print)

    return opener


OPENERS: dict[type[QWidget], tuple[Opener, ...]] = {
    HelpDialog: (open_help,),
    GroundingDialog: (lambda window: window.open_grounding(),),
    SearchPalette: (lambda window: window.open_search(),),
    ReachSomeoneDialog: (lambda window: window.open_reach_someone(),),
    PublicLinesDialog: (lambda window: window.open_public_lines(),),
    CommonReactionsDialog: (lambda window: window.open_common_reactions(),),
    # The frame both reach windows share, opened as it is.
    ReachWindow: (
        lambda window: _open(ReachWindow(window.clipboard, ("T", "I", "L", "C"), window)),
    ),
    CareListsDialog: (lambda window: _open(CareListsDialog(window.worker, window)),),
    NoteContextsDialog: (lambda window: _open(NoteContextsDialog(window.worker, window)),),
    EntryPickerDialog: (lambda window: _open(EntryPickerDialog(window.worker, window)),),
    PersonDialog: (lambda window: _open(PersonDialog(window)),),
    ConfirmPassphraseDialog: (open_confirm,),
    TemplateManagerDialog: (open_manager,),
    TemplateEditor: (open_editor,),
    ExportDialog: (open_export(ExportDialog),),
    DebriefExportDialog: (open_export(DebriefExportDialog),),
    DirectoryExportDialog: (open_export(DirectoryExportDialog),),
    ImportDialog: (lambda window: _open(ImportDialog(window.worker, window)),),
    ShareWithTeamDialog: (
        lambda window: _open(
            ShareWithTeamDialog("Ana", (ShareTarget("a", "Red"), ShareTarget("b", "Norte")), window)
        ),
    ),
    SyncReviewDialog: (lambda window: _open(SyncReviewDialog(window.worker, window)),),
    KeyFormDialog: (lambda window: keys_of(window).open_change_passphrase(),),
    ChangePassphraseDialog: (lambda window: keys_of(window).open_change_passphrase(),),
    ForgotPassphraseDialog: (lambda window: keys_of(window).open_forgot_passphrase(),),
    RecoveryCodeDialog: (
        lambda window: _open(
            RecoveryCodeDialog("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-234", False, window)
        ),
    ),
    RecoveryOfferDialog: (open_recovery_offer,),
    DestroyVaultDialog: (lambda window: keys_of(window).open_destroy(),),
    RestoreDialog: (lambda window: _open(RestoreDialog(window.worker, window.vault_dir, window)),),
    QMessageBox: (open_message_box,),
    QFileDialog: (open_file(save=True), open_file(save=False)),
    **TEAM_OPENERS,
}
DIALOGS = sorted(app_dialog_classes(), key=lambda kind: kind.__name__)
CASES = [
    pytest.param(kind, index, id=f"{kind.__name__}-{index}")
    for kind in DIALOGS
    for index in range(max(1, len(OPENERS.get(kind, ()))))
]


def test_every_dialog_class_has_an_opener() -> None:
    """A dialog class added to the app must be opened by this file (add it to OPENERS)."""
    unknown = {kind.__qualname__ for kind in DIALOGS if kind not in OPENERS}
    assert not unknown, f"no opener for {sorted(unknown)}: add them to OPENERS"
    assert {QMessageBox, QFileDialog, HelpDialog, GroundingDialog, SearchPalette} <= set(DIALOGS)


# -- opening one and pressing keys in it -----------------------------------------------------


def focus_target(dialog: QWidget) -> QWidget:
    """Where her key goes: an open popup, else the dialog's focus widget, else the dialog."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup
    return dialog.focusWidget() or dialog


def open_and(qtbot, window: MainWindow, kind: type[QWidget], index: int, then) -> None:
    """Open the dialog, wait until it shows, then ``then(dialog)`` while it is open.

    A dialog in its own event loop (``exec``) is reached from inside that loop;
    should ``then`` leave it open, it is closed so the test cannot hang.
    """
    if kind not in OPENERS:
        pytest.fail(f"no opener for {kind.__qualname__}: add it to OPENERS")
    opener = OPENERS[kind][index]
    if kind in MODAL_LOOP:
        calls: list[QWidget] = []

        def inside() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, kind) or not box.isVisible():
                QTimer.singleShot(10, inside)
                return
            calls.append(box)
            then(box)
            if box.isVisible():
                box.reject()

        QTimer.singleShot(0, inside)
        opener(window)  # returns once the box is closed
        assert calls, f"{kind.__name__} never showed"
        return
    dialog = opener(window)
    assert isinstance(dialog, kind), f"the opener of {kind.__name__} gave {dialog!r}"
    qtbot.waitUntil(dialog.isVisible, timeout=WORKER_TIMEOUT_MS)
    qtbot.waitActive(dialog, timeout=WORKER_TIMEOUT_MS)
    then(dialog)


def what_shows(window: MainWindow) -> dict[str, object]:
    return {
        "state": window.state,
        "lock screen": window.stack.currentWidget() is window.unlock_page,
        "title": window.windowTitle(),
        "dialogs": [type(w).__name__ for w in visible_dialogs()],
        "popup": QApplication.activePopupWidget(),
        "minimised": window.isMinimized(),
    }


def locked_view(minimised: bool) -> dict[str, object]:
    return {
        "state": "locked",
        "lock screen": True,
        "title": "Wellbeing Desk — Locked",
        "dialogs": [],
        "popup": None,
        "minimised": minimised,
    }


@pytest.mark.parametrize(("kind", "index"), CASES)
@pytest.mark.parametrize(
    ("modifiers", "minimised"), [(CTRL, False), (CTRL_SHIFT, True)], ids=["lock", "panic"]
)
def test_lock_keys_work_in_every_dialog(qtbot, window, kind, index, modifiers, minimised) -> None:
    unlock(qtbot, window)
    seen: dict[str, object] = {}

    def press(dialog: QWidget) -> None:
        QTest.keyClick(focus_target(dialog), Qt.Key.Key_L, modifiers)
        QApplication.processEvents()  # one turn of the event loop
        seen.update(what_shows(window))

    open_and(qtbot, window, kind, index, press)
    assert seen == locked_view(minimised)
    assert window.worker.running  # the worker goes on; only the vault is closed
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    assert visible_dialogs() == []


@pytest.mark.parametrize(("kind", "index"), CASES)
def test_quit_key_locks_and_quits_in_every_dialog(qtbot, window, kind, index) -> None:
    """Ctrl+Q: the vault is locked first (every dialog closed), then the window closes."""
    unlock(qtbot, window)
    seen: dict[str, object] = {}
    window.locked.connect(lambda: seen.setdefault("locked while shown", window.isVisible()))

    def press(dialog: QWidget) -> None:
        QTest.keyClick(focus_target(dialog), Qt.Key.Key_Q, CTRL)
        QApplication.processEvents()
        seen.update(what_shows(window))
        seen["window shown"] = window.isVisible()

    open_and(qtbot, window, kind, index, press)
    assert seen == {
        **locked_view(False),
        "locked while shown": True,
        "window shown": False,
    }
    assert not window.worker.running  # closing stopped the worker: the vault is closed


def click_as_the_window_system(widget: QWidget) -> None:
    """A click through the window, as the window system gives it: dropped if a modal blocks it.

    (``QTest.mouseClick`` on a widget hands the click to the widget directly, blocked or not.)
    """
    window = widget.window().windowHandle()
    assert window is not None
    where = widget.mapTo(widget.window(), widget.rect().center())
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)


@pytest.mark.parametrize(("kind", "index"), CASES)
def test_grounding_key_opens_grounding_over_every_dialog(qtbot, window, kind, index) -> None:
    """Ctrl+G opens a grounding window she can use (not blocked), then Ctrl+L still locks."""
    unlock(qtbot, window)
    seen: dict[str, object] = {}

    def press(dialog: QWidget) -> None:
        QTest.keyClick(focus_target(dialog), Qt.Key.Key_G, CTRL)
        QApplication.processEvents()
        grounding = [w for w in visible_dialogs() if isinstance(w, GroundingDialog)]
        seen["grounding windows"] = len(grounding)
        if grounding:
            click_as_the_window_system(grounding[0].breathing.toggle)  # nothing blocks it
            seen["breathing"] = grounding[0].breathing.session.running
            QTest.keyClick(focus_target(grounding[0]), Qt.Key.Key_L, CTRL)
            QApplication.processEvents()
        seen.update(what_shows(window))

    open_and(qtbot, window, kind, index, press)
    assert seen == {"grounding windows": 1, "breathing": True, **locked_view(False)}


@pytest.mark.parametrize(("kind", "index"), CASES)
def test_reach_someone_key_opens_over_every_dialog(qtbot, window, kind, index) -> None:
    """Ctrl+R opens "Reach someone now" on top, where nothing blocks it."""
    unlock(qtbot, window)
    seen: dict[str, object] = {}

    def press(dialog: QWidget) -> None:
        keys = window.reach_action.shortcut()[0]
        QTest.keyClick(focus_target(dialog), keys.key(), keys.keyboardModifiers())
        QApplication.processEvents()
        reach = [w for w in visible_dialogs() if isinstance(w, ReachSomeoneDialog)]
        seen["reach windows"] = len(reach)
        seen["on top"] = bool(reach) and QApplication.activeModalWidget() is reach[0]
        if reach:
            QTest.keyClick(focus_target(reach[0]), Qt.Key.Key_L, CTRL)
            QApplication.processEvents()
        seen.update(what_shows(window))

    open_and(qtbot, window, kind, index, press)
    assert seen == {"reach windows": 1, "on top": True, **locked_view(False)}


# -- one trigger per key, nothing else gets it ----------------------------------------------


def count_triggers(action: QAction) -> list[bool]:
    triggered: list[bool] = []
    action.triggered.connect(lambda *_: triggered.append(True))
    return triggered


def test_one_key_triggers_once_with_or_without_a_dialog(qtbot, window) -> None:
    unlock(qtbot, window)
    triggered = count_triggers(window.lock_action)
    QTest.keyClick(window.workspace.nav, Qt.Key.Key_L, CTRL)
    assert len(triggered) == 1
    unlock(qtbot, window)
    dialog = open_help(window)
    qtbot.waitActive(dialog)
    QTest.keyClick(focus_target(dialog), Qt.Key.Key_L, CTRL)
    QApplication.processEvents()
    assert len(triggered) == 2
    assert window.state == "locked"


def send_key(receiver: QObject, kind: QEvent.Type, key: Qt.Key, modifiers) -> bool:
    event = QKeyEvent(kind, key, modifiers)
    QApplication.sendEvent(receiver, event)
    return event.isAccepted()


def test_events_sent_by_code_trigger_once(qtbot, window) -> None:
    """ShortcutOverride then KeyPress, as Qt sends them; or a lone KeyPress."""
    unlock(qtbot, window)
    triggered = count_triggers(window.lock_action)
    dialog = open_help(window)
    qtbot.waitActive(dialog)
    target = focus_target(dialog)
    assert send_key(target, QEvent.Type.ShortcutOverride, Qt.Key.Key_L, CTRL)
    send_key(target, QEvent.Type.KeyPress, Qt.Key.Key_L, CTRL)
    assert len(triggered) == 1
    assert window.state == "locked"
    assert visible_dialogs() == []
    unlock(qtbot, window)
    dialog = open_help(window)
    qtbot.waitActive(dialog)
    send_key(focus_target(dialog), QEvent.Type.KeyPress, Qt.Key.Key_L, CTRL)
    assert len(triggered) == 2
    assert visible_dialogs() == []


class ClaimingEdit(QLineEdit):
    """A field that wants every key for itself (as a key-sequence editor does)."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)


def test_safety_keys_win_over_a_field_that_claims_them(qtbot, window) -> None:
    unlock(qtbot, window)
    dialog = QDialog(window)
    edit = ClaimingEdit(dialog)
    edit.setAccessibleName("claims every key")
    QVBoxLayout(dialog).addWidget(edit)
    dialog.open()
    qtbot.waitActive(dialog)
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_L, CTRL)
    assert window.state == "locked"
    assert not dialog.isVisible()


def test_a_key_the_filter_cannot_name_still_locks_through_qt(qtbot, window, monkeypatch) -> None:
    """On a non-Latin layout Qt matches Ctrl+L itself: the dialogs carry the actions for it."""
    unlock(qtbot, window)
    monkeypatch.setattr(app_shortcuts, "key_combination", lambda _event: None)
    dialog = open_help(window)
    qtbot.waitActive(dialog)
    assert window.lock_action in dialog.actions()
    QTest.keyClick(focus_target(dialog), Qt.Key.Key_L, CTRL)
    assert window.state == "locked"
    assert visible_dialogs() == []


def test_a_disabled_action_is_not_triggered_and_its_key_goes_on(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    edit = QLineEdit(widget)
    edit.setAccessibleName("field")
    action = QAction("test", widget)
    action.setShortcut(QKeySequence("Ctrl+J"))
    widget.addAction(action)
    triggered = count_triggers(action)
    app_shortcuts.register(action)
    try:
        widget.show()
        qtbot.waitActive(widget)
        action.setEnabled(False)
        assert not send_key(edit, QEvent.Type.ShortcutOverride, Qt.Key.Key_J, CTRL)
        QTest.keyClick(edit, Qt.Key.Key_J, CTRL)
        assert triggered == []
        action.setEnabled(True)
        QTest.keyClick(edit, Qt.Key.Key_J, CTRL)
        assert len(triggered) == 1
        QTest.keyClick(edit, Qt.Key.Key_J, CTRL | Qt.KeyboardModifier.ShiftModifier)
        assert len(triggered) == 1  # another combination
    finally:
        app_shortcuts.unregister(action)


def test_the_filter_leaves_the_application_with_the_window(qtbot, window) -> None:
    shortcuts = app_shortcuts.instance()
    assert shortcuts.installed
    assert {window.lock_action, window.panic_action, window.grounding_action} <= set(
        shortcuts.actions
    )
    window.close()
    assert not shortcuts.installed
    assert shortcuts.actions == []


# -- dialogs in their own event loop, popups ------------------------------------------------


def test_locking_a_box_in_its_own_loop_over_a_dialog_leaves_nothing(qtbot, window, capsys) -> None:
    """The directory export asks in a message box (exec); Ctrl+L there ends both."""
    unlock(qtbot, window)
    export = DirectoryExportDialog(window.worker, window)
    export.start()
    qtbot.waitActive(export)
    seen: dict[str, object] = {}

    def inside() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(10, inside)
            return
        QTest.keyClick(focus_target(box), Qt.Key.Key_L, CTRL)
        QApplication.processEvents()
        seen.update(what_shows(window))
        if box.isVisible():
            box.reject()

    QTimer.singleShot(0, inside)
    export.export()  # asks "Export without encryption?", returns once the box is gone
    assert seen == locked_view(False)
    assert visible_dialogs() == []
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    assert capsys.readouterr().err == ""


def test_the_answer_of_a_box_closed_by_locking_is_cancel(qtbot, window) -> None:
    unlock(qtbot, window)

    def inside() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, inside)
            return
        QTest.keyClick(focus_target(box), Qt.Key.Key_L, CTRL_SHIFT)
        if box.isVisible():
            box.reject()  # never hang: the assertions below say what went wrong

    QTimer.singleShot(0, inside)
    assert MessageBox.question(window, "A question", "Go on?") == Button.Cancel
    assert window.state == "locked"
    assert window.isMinimized()


def test_lock_keys_close_an_open_popup(qtbot, window) -> None:
    unlock(qtbot, window)
    export = ExportDialog(window.worker, window)
    export.start()
    qtbot.waitActive(export)
    export.format_combo.showPopup()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    QTest.keyClick(focus_target(export), Qt.Key.Key_L, CTRL)
    QApplication.processEvents()
    assert what_shows(window) == locked_view(False)


def test_panic_on_the_lock_screen_closes_need_help_now(qtbot, window) -> None:
    """Locked, with "Need help now?" open: panic still gets the window out of sight."""
    dialog = window.open_public_lines()
    qtbot.waitActive(dialog)
    QTest.keyClick(focus_target(dialog), Qt.Key.Key_L, CTRL_SHIFT)
    QApplication.processEvents()
    assert what_shows(window) == locked_view(True)
