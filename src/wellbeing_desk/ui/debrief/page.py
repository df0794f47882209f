"""The Debrief section: the start page, the wizard and the summary, one at a time.

Signals for the main window's wiring (``ui/sections.py``):

- ``grounding_requested``: open the breathing and grounding exercises;
- ``support_directory_requested(language)``: show the directory's counselling
  entries, in that language when it is not "";
- ``directory_entry_requested(entry_id)``: show one directory entry;
- ``plan_section_requested(section)``: show a section of her self-care plan;
- ``reactions_requested``: show "What many people feel afterwards";
- ``show_requested``: bring this section forward (``open_record`` from elsewhere).

The trash (debriefs she moved there) is a view of its own, reached from the
start page while it holds any: restore one, or empty it after a question.

Hooks: ``vault_opened`` loads the templates and her debriefs; ``clear_content``
(on lock) first has the wizard save at once, then empties every view. After
unlocking she finds the debrief she was in at the top of the list, with a
note offering to continue it.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from wellbeing_desk.debrief import record
from wellbeing_desk.debrief.flow import DebriefFlow
from wellbeing_desk.debrief.record import TemplateChoice
from wellbeing_desk.debrief.templates import TemplateError
from wellbeing_desk.ops import bind
from wellbeing_desk.ops import debrief as debrief_ops
from wellbeing_desk.ops.debrief import HomeData, OpenedDebrief, RecordSlot
from wellbeing_desk.ui.debrief.common import DEBRIEF_STYLE, debrief_language
from wellbeing_desk.ui.debrief.export_dialog import DebriefExportDialog
from wellbeing_desk.ui.debrief.home import DebriefHome
from wellbeing_desk.ui.debrief.session import DebriefSession
from wellbeing_desk.ui.debrief.summary_view import SummaryView
from wellbeing_desk.ui.debrief.trash_view import TrashView
from wellbeing_desk.ui.debrief.wizard import DebriefWizard
from wellbeing_desk.ui.delays import UNDO_TIMEOUT_MS
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.section_page import made_here
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.ui.widgets.notice_bar import NoticeBar
from wellbeing_desk.ui.widgets.page_style import PAGE_STYLE
from wellbeing_desk.ui.widgets.trash_undo import TrashUndo, TrashWords
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.change_feed import DEBRIEF, DEBRIEF_TEMPLATE, VaultChanges
from wellbeing_desk.vault.debriefs import DebriefSummary

if TYPE_CHECKING:  # the template manager loads when she first opens it
    from wellbeing_desk.ui.debrief.templates.manager import TemplateManagerDialog


class DebriefPage(QWidget):
    grounding_requested = Signal()
    support_directory_requested = Signal(str)  # a language code, or ""
    directory_entry_requested = Signal(str)  # a directory entry id
    plan_section_requested = Signal(str)  # a section of her self-care plan
    reactions_requested = Signal()  # "What many people feel afterwards"
    show_requested = Signal()  # bring the Debrief section forward (a debrief was asked for)

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._active = False
        self.views = Request(worker, self, self._failed)  # the start page's and the trash's lists
        self.opening = Request(worker, self, self._failed)  # a stored debrief being opened
        worker.vault_changed.connect(self._vault_changed)
        self._resume_slot: RecordSlot | None = None  # the debrief she was in when it locked
        self._resume_id: str | None = None
        self.session: DebriefSession | None = None
        self._summary_record: str | None = None  # the record the summary on screen shows
        self.template_manager: TemplateManagerDialog | None = None
        self.setStyleSheet(PAGE_STYLE + DEBRIEF_STYLE)

        self.notice = NoticeBar(self, timeout_ms=UNDO_TIMEOUT_MS)
        self.resume_bar = NoticeBar(self)  # stays until she acts on it or closes it
        self.home = DebriefHome(self)
        self.wizard = DebriefWizard(worker, self)
        self.summary = SummaryView(self)
        self.trash = TrashView(self)
        self.export_dialog: DebriefExportDialog | None = None
        self.stack = QStackedWidget(self)
        for view in (self.home, self.wizard, self.summary, self.trash):
            self.stack.addWidget(view)
        notice_row = QVBoxLayout()
        notice_row.setContentsMargins(32, 12, 32, 0)
        notice_row.setSpacing(8)
        notice_row.addWidget(self.resume_bar)
        notice_row.addWidget(self.notice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(notice_row)
        layout.addWidget(self.stack, 1)

        self.home.start_requested.connect(self.start)
        self.home.open_requested.connect(self.open_debrief)
        self.home.delete_requested.connect(self.delete)
        self.home.help_requested.connect(self.request_support_directory)
        self.home.grounding_requested.connect(self.grounding_requested)
        self.home.reactions_requested.connect(self.reactions_requested)
        self.home.manage_requested.connect(self.manage_templates)
        self.home.trash_requested.connect(self.show_trash)
        self.trash.back_requested.connect(self._back_from_trash)
        self.trash.restore_requested.connect(self.restore_from_trash)
        self.trash.empty_requested.connect(self.empty_trash)
        self.wizard.grounding_requested.connect(self.grounding_requested)
        self.wizard.reactions_requested.connect(self.reactions_requested)
        self.wizard.paused.connect(self._paused)
        self.wizard.finished.connect(self._finished)
        self.wizard.entry_requested.connect(self.directory_entry_requested)
        self.wizard.directory_requested.connect(self.request_support_directory)
        self.wizard.plan_section_requested.connect(self.plan_section_requested)
        self.summary.keep_requested.connect(lambda: self.show_home(then=self.home.focus_first))
        self.summary.export_requested.connect(self.open_export_dialog)
        self.summary.change_requested.connect(self.change_answers)
        self.resume_bar.action_triggered.connect(self._resume)
        # Ctrl+Z while the start page shows (the shortcut lives on it).
        self.trash_undo = TrashUndo(
            worker,
            self.home,
            self.notice,
            trash=debrief_ops.trash_debrief,
            restore=debrief_ops.restore_debrief,
            on_trashed=self._trashed,
            on_restored=lambda _ids: self.reload(),
            on_failure=self._failed,
        )

    # -- hooks -------------------------------------------------------------------------------

    def vault_opened(self) -> None:
        self._active = True
        self.show_home()
        slot, self._resume_slot = self._resume_slot, None
        if slot is not None and slot.id is not None:
            self._resume_id = slot.id
            self.resume_bar.show_notice(
                self.tr("Your debrief was kept when Wellbeing Desk locked."),
                self.tr("Continue it"),
                self.tr("Continue the debrief you were in"),
            )

    def clear_content(self) -> None:
        """Lock: what she wrote is submitted for saving first, then every view is emptied."""
        self._active = False
        self.views.cancel()
        self.opening.cancel()
        if self.session is not None and self.stack.currentWidget() is self.wizard:
            self._resume_slot = self.session.slot
        self.wizard.close_session()
        self.session = None
        self._summary_record = None
        if self.export_dialog is not None:
            self.export_dialog.clear_content()
        if self.template_manager is not None:
            self.template_manager.clear_content()
        self.summary.clear_content()
        self.trash.clear_content()
        self.home.clear_content()
        self.notice.clear()
        self.resume_bar.clear()
        self.trash_undo.forget()
        self.stack.setCurrentWidget(self.home)

    def focus_first(self) -> None:
        current = self.stack.currentWidget()
        if current is self.wizard:
            self.wizard.focus_first()
        elif current is self.summary:
            self.summary.focus_first()
        elif current is self.trash:
            self.trash.focus_first()
        else:
            self.home.focus_first()

    def _vault_changed(self, changes: VaultChanges, origin: object) -> None:
        """Debriefs or templates changed elsewhere (later: sync) while she looks at a list:
        it is read again. The wizard and a summary are left as they are; going back home
        reads the list anyway."""
        if not self._active or made_here(self, origin):
            return
        if not changes.touches(DEBRIEF, DEBRIEF_TEMPLATE):
            return
        if self.stack.currentWidget() is self.home:
            self.reload()
        elif self.stack.currentWidget() is self.trash:
            self._load_trash()

    # -- the start page ----------------------------------------------------------------------

    def show_home(self, then: Callable[[], None] | None = None) -> None:
        self.wizard.close_session()
        self.session = None
        self.summary.clear_content()
        self.trash.clear_content()
        self.stack.setCurrentWidget(self.home)
        self.home.scroll_to_top()

        def shown() -> None:
            # From the heading, whatever had the focus or was scrolled before (the
            # cards are made again, and a focus moving into them scrolls the page).
            self.home.scroll_to_top()
            if then is not None:
                then()

        self.reload(shown)

    def reload(self, then: Callable[[], None] | None = None) -> None:
        if not self._active:
            return
        language = debrief_language()

        def show(data: HomeData) -> None:
            if self._active:
                self.home.set_templates(data.templates, language)
                self.home.set_debriefs(data.debriefs)
                self.home.set_trash_count(data.trashed)
                if then is not None:
                    then()

        self.views.run(debrief_ops.home_data, show)

    def request_support_directory(self) -> None:
        self.support_directory_requested.emit(debrief_language())

    def manage_templates(self) -> None:
        if not self._active:
            return
        # Imported here: the manager and its editor load when she first opens them.
        from wellbeing_desk.ui.debrief.templates.manager import TemplateManagerDialog

        dialog = TemplateManagerDialog(self.worker, self)
        self.template_manager = dialog
        dialog.finished.connect(lambda _: self._template_manager_closed(dialog))
        dialog.templates_changed.connect(self.reload)
        dialog.open()

    def _template_manager_closed(self, dialog: "TemplateManagerDialog") -> None:
        if self.template_manager is dialog:
            self.template_manager = None
        dialog.deleteLater()
        self.reload()

    # -- starting, continuing, finishing -----------------------------------------------------

    def start(self, choice: TemplateChoice, include_event_steps: bool) -> None:
        if not self._active:
            return
        flow = record.start(choice.template, include_event_steps=include_event_steps)
        session = DebriefSession(self.worker, flow, debrief_language(), parent=self)
        session.save_now()  # the record exists from the first moment
        self._open_wizard(session)

    def open_debrief(self, debrief_id: str, status: str = "") -> None:
        if not self._active:
            return
        self.notice.clear()
        self.resume_bar.clear()

        def opened(result: OpenedDebrief) -> None:
            if not self._active:
                return
            found, flow = result.debrief, result.flow
            language = debrief_language()
            if flow.finished:
                self._summary_record = found.id
                self._show_summary(flow, language, found.created_at, found.finished_at)
                return
            session = DebriefSession(self.worker, flow, language, found.id, parent=self)
            session.created_at = found.created_at
            self._open_wizard(session)

        self.opening.run(bind(debrief_ops.load_debrief, debrief_id), opened)

    def _open_wizard(self, session: DebriefSession) -> None:
        self.notice.clear()
        self.resume_bar.clear()
        self.session = session
        self.stack.setCurrentWidget(self.wizard)
        self.wizard.open(session)

    def _paused(self) -> None:
        self.show_home()
        self.say(self.tr("Your debrief is kept. Continue it here whenever you like."))

    def _finished(self) -> None:
        session = self.session
        if session is None:
            return
        started, flow, language = session.created_at, session.flow, session.language
        self.wizard.close_session()  # saves the finished state at once
        self.session = None
        self._summary_record = session.slot.id
        self._show_summary(flow, language, started, None)

    def change_answers(self) -> None:
        """A finished debrief opened again in the wizard; it is finished again at its end."""
        flow, record_id = self.summary.flow, self._summary_record
        if flow is None or record_id is None or not self._active:
            return
        started = self.summary.dates[0]
        flow.reopen()
        flow.go_to(0)
        session = DebriefSession(self.worker, flow, self.summary.language, record_id, parent=self)
        session.created_at = started
        self.summary.clear_content()
        self._open_wizard(session)

    def _show_summary(
        self, flow: DebriefFlow, language: str, started: str | None, finished: str | None
    ) -> None:
        self.summary.show_flow(flow, language, started, finished)
        self.stack.setCurrentWidget(self.summary)
        self.summary.focus_first()

    def open_export_dialog(self) -> None:
        flow = self.summary.flow
        if flow is None or not self._active:
            return
        if self.export_dialog is None:
            self.export_dialog = DebriefExportDialog(self.worker, self)
            self.export_dialog.exported.connect(
                lambda path: self.say(
                    self.tr("Exported to {file}. The file is not encrypted.").format(file=path.name)
                )
            )
        started, finished = self.summary.dates
        self.export_dialog.start(flow, self.summary.language, started, finished)

    # -- trash and undo ----------------------------------------------------------------------

    def delete(self, debrief_id: str) -> None:
        if not self._active:
            return
        words = TrashWords(
            self.tr("Debrief moved to the trash."),
            self.tr("Undo"),
            self.tr("Undo: bring the debrief back"),
        )
        self.trash_undo.trash(debrief_id, words)

    def _trashed(self, _debrief_id: str) -> None:
        self.reload(then=self.home.focus_first)
        self.notice.action.setToolTip(self.tr("Bring it back (Ctrl+Z)"))

    def undo(self) -> None:
        """Bring back the debrief just moved to the trash (the notice's Undo, or Ctrl+Z)."""
        if self._active:
            self.trash_undo.undo()

    def show_trash(self) -> None:
        """The debriefs in the trash, each to restore, and a way to empty it."""
        if not self._active:
            return
        # The trash itself is the way back now: the undo bar would only repeat it.
        self.notice.clear()
        self.trash_undo.forget()
        self._load_trash(then=self._trash_shown)

    def _trash_shown(self, summaries: list[DebriefSummary]) -> None:
        self.stack.setCurrentWidget(self.trash)
        self.trash.focus_first()

    def _load_trash(self, then: Callable[[list[DebriefSummary]], None] | None = None) -> None:
        def show(summaries: list[DebriefSummary]) -> None:
            if self._active:
                self.trash.set_summaries(summaries)
                if then is not None:
                    then(summaries)

        self.views.run(debrief_ops.trashed_debriefs, show)

    def restore_from_trash(self, debrief_id: str) -> None:
        if not self._active:
            return
        row = self.trash.row(debrief_id)
        title = row.summary.title if row is not None else ""
        index = self.trash.rows.index(row) if row is not None else 0

        def restored(_: object) -> None:
            self.say(self.tr("“{title}” is back with your debriefs.").format(title=title))
            if self.stack.currentWidget() is self.trash:
                self._load_trash(then=lambda left: self._after_restore(left, index))
            else:
                self.reload()  # she went back meanwhile

        self.worker.submit(
            bind(debrief_ops.restore_debrief, debrief_id), restored, self._failed, origin=self
        )

    def _after_restore(self, left: list[DebriefSummary], index: int) -> None:
        if not left:
            self._back_from_trash()  # nothing more here: her debriefs, with this one back
            return
        rows = self.trash.rows
        rows[min(index, len(rows) - 1)].restore_button.setFocus()

    def empty_trash(self) -> None:
        """Remove every debrief in the trash for good, after a question."""
        if not self._active or not self.trash.rows:
            return
        answer = MessageBox.question(
            self,
            self.tr("Empty the trash?"),
            self.tr(
                "Remove every debrief in the trash for good? This cannot be undone: "
                "their answers and follow-up actions are deleted."
            ),
        )
        if answer != Button.Yes or not self._active:
            return

        def emptied(_: object) -> None:
            if not self._active:
                return
            self.show_home(then=self.home.focus_first)
            self.say(self.tr("The trash was emptied."))

        self.worker.submit(debrief_ops.empty_trash, emptied, self._failed, origin=self)

    def _back_from_trash(self) -> None:
        def focus() -> None:
            if self.home.trash_count:
                self.home.trash_button.setFocus()  # back where she left
            else:
                self.home.focus_first()

        self.show_home(then=focus)

    # -- messages ----------------------------------------------------------------------------

    def say(self, message: str) -> None:
        if self._active:
            self.trash_undo.forget()
            self.notice.show_notice(message, "")

    def _resume(self) -> None:
        resume_id, self._resume_id = self._resume_id, None
        self.resume_bar.clear()
        if resume_id:
            self.open_debrief(resume_id)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, KeyError):
            self.say(self.tr("This debrief no longer exists."))
        elif isinstance(error, TemplateError):
            self.say(self.tr("This debrief could not be opened: its saved copy is damaged."))
        else:
            self.say(describe_error(error))

    def open_record(self, record_id: str) -> None:
        """A debrief asked for from elsewhere (Search everywhere, Today): shown, then opened."""
        self.show_requested.emit()
        self.open_debrief(record_id)
