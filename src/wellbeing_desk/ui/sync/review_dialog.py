"""What sync kept for her to look at, one thing at a time, and her decision on each.

Two things wait here after a sync: something changed on two devices before
they synced (both versions were kept: she chooses one, or keeps both) and
something deleted on one device while it was changed on another (it was
kept: she keeps it or moves it to the trash). The list says what each is and
when it was noted; the chosen one shows beside it (``review_panes``). Every
read and write goes through the worker (``ops.sync``); a decision refreshes
the list, and so does a change to the vault made elsewhere (a sync on the
Sync page). Locking closes the dialog, which then empties every view and is
deleted.
"""

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QSize, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import sync as sync_ops
from wellbeing_desk.sync.vault_review import BROUGHT_BACK, CONFLICT_COPY, ReviewItem
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.section_page import made_here
from wellbeing_desk.ui.sync.review_panes import BroughtBackPane, VersionsPane
from wellbeing_desk.ui.widgets.dates import short_date_time
from wellbeing_desk.ui.widgets.page_style import PAGE_STYLE, comfortable
from wellbeing_desk.ui.widgets.screen_fit import fit_to_screen
from wellbeing_desk.ui.widgets.text import heading, paragraph
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault import change_feed as kinds
from wellbeing_desk.vault.change_feed import VaultChanges

ItemRole = Qt.ItemDataRole.UserRole + 1
WANTED_SIZE = QSize(860, 560)  # roomy; shrunk to the screen on a 900×600 laptop
LIST_WIDTH = 230


def noted_when(stamp: str) -> str:
    """A stored UTC time stamp as a short date and time in her locale and time zone."""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return short_date_time(
        QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    )


class SyncReviewDialog(QDialog):
    """``SyncReviewDialog(worker, parent).open()``: reads what waits, and asks about each."""

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[ReviewItem] = []
        self._listing = Request(worker, self, self._failed)  # the newest list wins
        self._reading = Request(worker, self, self._failed)  # the chosen one's texts
        self._deciding = Request(worker, self, self._failed)
        self._closed = False
        title = self.tr("Changes to look at")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setStyleSheet(PAGE_STYLE)
        self.setMinimumSize(640, 440)

        self.intro = paragraph(
            self.tr(
                "When sync could not tell which change you wanted, it kept everything and "
                "put it here. Take your time: nothing is lost while it waits."
            ),
            self,
        )
        self.intro.setObjectName("muted")
        self.count = QLabel(self)
        self.count.setObjectName("muted")
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Changes to look at"))
        self.list.setWordWrap(True)  # wraps to the list's width, never scrolls sideways
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setStyleSheet("QListWidget::item { padding: 6px 6px; }")
        self.list.setFixedWidth(LIST_WIDTH)
        list_label = QLabel(self.tr("&To look at"), self)
        list_label.setObjectName("fieldLabel")
        list_label.setBuddy(self.list)

        self.versions = VersionsPane(self)
        self.brought_back = BroughtBackPane(self)
        self.detail = QStackedWidget(self)
        self.detail.addWidget(self.versions)
        self.detail.addWidget(self.brought_back)

        self.review = QWidget(self)  # the list and the chosen one, while anything waits
        list_column = QVBoxLayout()
        list_column.setSpacing(6)
        list_column.addWidget(list_label)
        list_column.addWidget(self.list, 1)
        list_column.addWidget(self.count)
        review_layout = QHBoxLayout(self.review)
        review_layout.setContentsMargins(0, 0, 0, 0)
        review_layout.setSpacing(18)
        review_layout.addLayout(list_column)
        review_layout.addWidget(self.detail, 1)

        self.all_done = QWidget(self)  # nothing waits: a calm word, and Close
        self.all_done_title = heading(self.tr("Nothing needs your attention"), self.all_done, 2)
        done_note = paragraph(
            self.tr("Everything sync kept for you to look at has been taken care of."),
            self.all_done,
        )
        done_note.setObjectName("muted")
        done_layout = QVBoxLayout(self.all_done)
        done_layout.setContentsMargins(0, 24, 0, 0)
        done_layout.addWidget(self.all_done_title)
        done_layout.addWidget(done_note)
        done_layout.addStretch(1)
        self.all_done.hide()

        self.error = paragraph("", self)  # one calm sentence, never a traceback
        self.error.setObjectName("error")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close the changes to look at"))
        self.close_button.setDefault(True)
        comfortable(self.close_button)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading(title, self, 1))
        layout.addWidget(self.intro)
        layout.addWidget(self.review, 1)
        layout.addWidget(self.all_done, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemActivated.connect(self._go_to_choices)
        self.versions.chosen.connect(self.decide)
        self.brought_back.chosen.connect(self.decide)
        worker.vault_changed.connect(self._vault_changed)
        self.finished.connect(self._forget)
        QWidget.setTabOrder(self.list, self.versions.in_place)
        QWidget.setTabOrder(self.versions.keep_both, self.brought_back.text)
        QWidget.setTabOrder(self.brought_back.remove, self.close_button)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_to_screen(self, WANTED_SIZE)
        self.refresh()

    # -- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read what waits (on the worker); the chosen one stays chosen if it still waits."""
        if not self._closed and self._listing.available:
            self._listing.run(sync_ops.items_to_review, self._show_items)

    def _show_items(self, items: list[ReviewItem]) -> None:
        chosen = self.current_item()
        row = max(self.list.currentRow(), 0)
        had_focus = self.focusWidget()
        self.items = list(items)
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for index, item in enumerate(self.items):
            entry = QListWidgetItem(self._list_text(item), self.list)
            entry.setData(ItemRole, index)
            entry.setData(Qt.ItemDataRole.AccessibleTextRole, self._spoken(item))
        if chosen is not None:
            row = next((i for i, item in enumerate(self.items) if item.id == chosen.id), row)
        if self.items:
            self.list.setCurrentRow(min(row, len(self.items) - 1))
        self.list.blockSignals(blocked)
        self.count.setText(self.tr("%n to look at", "", len(self.items)))
        waiting = bool(self.items)
        self.intro.setVisible(waiting)
        self.review.setVisible(waiting)
        self.all_done.setVisible(not waiting)
        if waiting:
            self._show_current()
            if had_focus is None or not had_focus.isEnabled() or not had_focus.isVisible():
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)  # her decision is done
        else:
            self._clear_panes()
            self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_item(self) -> ReviewItem | None:
        entry = self.list.currentItem()
        index = None if entry is None else entry.data(ItemRole)
        if isinstance(index, int) and 0 <= index < len(self.items):
            return self.items[index]
        return None

    def _current_changed(self, *_: object) -> None:
        self._show_current()

    def _show_current(self) -> None:
        item = self.current_item()
        self._clear_panes()
        if item is None:
            return
        pane = self.versions if item.reason == CONFLICT_COPY else self.brought_back
        # Its title may be the start of either version's text: the list shows it, the
        # pane says what it is, so neither version reads as the one in place.
        pane.show_item(self.kind_name(item.kind), self._about(item))
        pane.set_deciding(False)
        self.detail.setCurrentWidget(pane)
        self._reading.run(bind(sync_ops.side_by_side, item), self._show_texts)

    def _show_texts(self, pair: sync_ops.SideBySide) -> None:
        item = self.current_item()
        if item is None or item.id != pair.item.id:
            return
        if item.reason == CONFLICT_COPY:
            self.versions.show_texts(pair.record_text, pair.copy_text)
        else:
            self.brought_back.show_text(pair.copy_text)  # the item's own text

    def _go_to_choices(self, *_: object) -> None:
        """Enter on the list: on to the choices for the chosen one."""
        pane = self.detail.currentWidget()
        if isinstance(pane, VersionsPane | BroughtBackPane) and self.current_item() is not None:
            pane.first_choice().setFocus(Qt.FocusReason.OtherFocusReason)

    def _vault_changed(self, changes: VaultChanges, origin: object) -> None:
        """A sync (or anything else) wrote: what waits may have changed under her."""
        if changes and self.isVisible() and not made_here(self, origin):
            self.refresh()

    # -- deciding ------------------------------------------------------------------------

    def decide(self, choice: sync_ops.Choice) -> None:
        """Carry out her choice on the chosen one, then read what still waits."""
        item = self.current_item()
        if item is None or self._closed:
            return
        self._say_error("")
        for pane in (self.versions, self.brought_back):
            pane.set_deciding(True)
        self._deciding.run(bind(sync_ops.resolve, item.id, choice), self._decided)

    def _decided(self, _result: None) -> None:
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        for pane in (self.versions, self.brought_back):
            pane.set_deciding(False)
        if isinstance(error, KeyError):  # settled already, on another device: it is gone
            self._say_error(self.tr("That one was already taken care of."))
            self.refresh()
            return
        self._say_error(describe_error(error))

    def _say_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)
        self.error.setVisible(bool(text))

    # -- words ---------------------------------------------------------------------------

    def _title(self, item: ReviewItem) -> str:
        return " ".join(item.title.split()) or self.tr("Untitled")

    def _about(self, item: ReviewItem) -> str:
        return self.tr("Noted {when}").format(when=noted_when(item.noted_at))

    def _reason(self, item: ReviewItem) -> str:
        if item.reason == BROUGHT_BACK:
            return self.tr("kept after a deletion")
        return self.tr("two versions")

    def _list_text(self, item: ReviewItem) -> str:
        detail = self.tr("{kind} · {reason} · {when}").format(
            kind=self.kind_name(item.kind),
            reason=self._reason(item),
            when=noted_when(item.noted_at),
        )
        return f"{self._title(item)}\n{detail}"

    def _spoken(self, item: ReviewItem) -> str:
        return self.tr("{title}: {kind}, {reason}, noted {when}").format(
            title=self._title(item),
            kind=self.kind_name(item.kind),
            reason=self._reason(item),
            when=noted_when(item.noted_at),
        )

    def kind_name(self, kind: str) -> str:
        """What it is, in plain words ("Journal entry")."""
        names = {
            kinds.JOURNAL: self.tr("Journal entry"),
            kinds.CARE_ITEM: self.tr("Self-care list item"),
            kinds.CARE_PLAN: self.tr("Self-care plan section"),
            kinds.DIRECTORY: self.tr("Directory entry"),
            kinds.DEBRIEF: self.tr("Debrief"),
            kinds.DEBRIEF_TEMPLATE: self.tr("Debrief template"),
            kinds.FOLLOW_UP: self.tr("Follow-up"),
            kinds.NOTE: self.tr("Dialogue note"),
            kinds.NOTE_CONTEXT: self.tr("Note context"),
            kinds.EMERGENCY_CONTACT: self.tr("Emergency contact"),
            kinds.SETTING: self.tr("Setting"),
        }
        return names.get(kind, kind)

    # -- closing -------------------------------------------------------------------------

    def _clear_panes(self) -> None:
        self._reading.cancel()
        self.versions.clear()
        self.brought_back.clear()

    def _forget(self, _result: int) -> None:
        """Closed (by her or by locking): drop every word shown, ignore answers, go away."""
        self._closed = True
        for request in (self._listing, self._reading, self._deciding):
            request.cancel()
        self.items = []
        self.list.clear()
        self._clear_panes()
        self._say_error("")
        self.deleteLater()
