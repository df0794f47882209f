"""Creating or joining a team space, and showing her member key.

Creating asks the team's name, the name the team will know her by, and the
place (a folder, or a WebDAV server through the same ``PlaceForm`` as her own
sync); joining asks the place, the team space id and the fingerprint the
team's creator reads to her. Both run on the database worker (the place may
be a slow USB stick or a server) and close with the team once it is made;
what went wrong is said in the dialog, in one sentence. The server password
is emptied when the dialog closes: the backend keeps it in the vault.
"""

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ops import bind
from wellbeing_desk.ops import sync as sync_ops
from wellbeing_desk.ops import team as team_ops
from wellbeing_desk.ops.sync import ServerDetails
from wellbeing_desk.sync.team_sync import TeamRow
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.sync import team_words
from wellbeing_desk.ui.sync.code_view import grouped
from wellbeing_desk.ui.sync.folder_chooser import ask_folder
from wellbeing_desk.ui.sync.server_form import PlaceForm
from wellbeing_desk.ui.widgets.clipboard_guard import ClipboardGuard
from wellbeing_desk.ui.widgets.code_label import code_label
from wellbeing_desk.ui.widgets.page_scroll import scroll_page
from wellbeing_desk.ui.widgets.page_style import PAGE_STYLE, comfortable
from wellbeing_desk.ui.widgets.text import heading, paragraph
from wellbeing_desk.ui.worker import DatabaseWorker, Op

DIALOG_WIDTH = 600


def field(parent: QWidget, text: str, edit: QWidget, hint: str = "") -> QVBoxLayout:
    """A bold label (with its mnemonic) over its field, and a muted hint under it."""
    column = QVBoxLayout()
    column.setSpacing(4)
    label = QLabel(text, parent)
    label.setObjectName("fieldLabel")
    label.setBuddy(edit)
    column.addWidget(label)
    column.addWidget(edit)
    if hint:
        note = paragraph(hint, parent)
        note.setObjectName("muted")
        column.addWidget(note)
    return column


class TeamPlaceDialog(QDialog):
    """What creating and joining share: a place, some fields, one button, one problem line.

    ``made(row)`` once the team is created or joined (the dialog then closes)."""

    made = Signal(object)

    def __init__(self, worker: DatabaseWorker, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setStyleSheet(PAGE_STYLE)
        self.setMinimumWidth(DIALOG_WIDTH)
        self._request = Request(worker, self)
        self._server_test = Request(worker, self)
        self.title = heading(title, self, level=2)
        self.place = PlaceForm(self)
        self.place.setMaximumWidth(16_777_215)  # the dialog's width, not a page card's
        self.problem = paragraph("", self)
        self.problem.setObjectName("error")
        self.problem.hide()
        self.action_button = QPushButton(self)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.cancel_button = box.button(QDialogButtonBox.StandardButton.Cancel)
        box.addButton(self.action_button, QDialogButtonBox.ButtonRole.AcceptRole)
        for button in (self.action_button, self.cancel_button):
            button.setAutoDefault(False)
            comfortable(button)
        self.action_button.setDefault(True)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(24, 8, 24, 20)
        self.buttons.addWidget(box)
        # The fields scroll (a server's fields make it tall): never squashed on a small screen.
        self.content = QWidget()
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(24, 20, 24, 8)
        self.body.setSpacing(12)
        self.body.addWidget(self.title)
        holder = QWidget(self)
        scroll_page(holder, self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(holder, 1)
        outer.addLayout(self.buttons)
        box.accepted.connect(self.go)  # the dialog closes once the team is made
        box.rejected.connect(self.reject)
        self.place.test_requested.connect(self._test_server)
        self.place.server_choice.toggled.connect(lambda _: QTimer.singleShot(0, self.fit))

    def finish_layout(self) -> None:
        """Subclasses add their fields first; the place and the problem close it."""
        self.body.addWidget(self.place)
        self.body.addWidget(self.problem)
        self.body.addStretch(1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.fit)

    def fit(self) -> None:
        """As tall as the fields need at this width, within the screen (then it scrolls)."""
        width = self.content.width()
        needed = self.content.heightForWidth(width) if self.content.hasHeightForWidth() else 0
        needed = max(needed, self.content.sizeHint().height())
        needed += self.buttons.sizeHint().height()
        screen = self.screen()
        room = screen.availableGeometry().height() * 9 // 10 if screen is not None else needed
        self.resize(self.width(), max(self.minimumSizeHint().height(), min(needed, room)))

    # -- for subclasses ------------------------------------------------------------------

    def missing(self) -> QLineEdit | None:
        """The first field she left empty, if any."""
        raise NotImplementedError

    def folder_op(self, folder: Path) -> Op[TeamRow]:
        raise NotImplementedError

    def server_op(self, server: ServerDetails) -> Op[TeamRow]:
        raise NotImplementedError

    def folder_title(self) -> str:
        raise NotImplementedError

    # -- running -------------------------------------------------------------------------

    def go(self) -> None:
        empty = self.missing()
        if empty is not None:
            self.say(self.tr("Fill in “{field}” first.").format(field=empty.accessibleName()))
            empty.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not self.place.uses_server:
            ask_folder(self, self.folder_title(), self._in_folder)
            return
        server = self.place.details()
        if server is None:
            self.say(self.tr("Fill in the server address, the user name and the password first."))
            return
        self._run(self.server_op(server))

    def _in_folder(self, folder: Path) -> None:
        self._run(self.folder_op(folder))

    def _run(self, op: Op[TeamRow]) -> None:
        self.say("")
        self.set_busy(True)
        self._request.run(op, self._made, self._failed)

    def _made(self, row: TeamRow) -> None:
        self.set_busy(False)
        self.place.clear()
        self.made.emit(row)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.set_busy(False)
        self.say(team_words.problem(error, self.place if self.place.uses_server else None))

    def _test_server(self, server: ServerDetails) -> None:
        self._server_test.run(
            bind(sync_ops.test_server, server), self.place.show_tested, self.place.show_test_failed
        )

    def set_busy(self, busy: bool) -> None:
        self.action_button.setEnabled(not busy)
        self.place.set_busy(busy)

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setAccessibleName(text)
        self.problem.setVisible(bool(text))

    def done(self, result: int) -> None:
        self._request.cancel()
        self._server_test.cancel()
        self.place.clear()  # the password first of all
        super().done(result)


class CreateTeamDialog(TeamPlaceDialog):
    """The team's name, her name in it, and where it syncs."""

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, self.tr("Create a team space"), parent)
        intro = paragraph(
            self.tr(
                "A team space keeps the directory entries you share with your team. You "
                "create it, then add each person with their member key."
            ),
            self,
        )
        self.team_name = QLineEdit(self)
        self.team_name.setAccessibleName(self.tr("Team name"))
        self.my_name = QLineEdit(self)
        self.my_name.setAccessibleName(self.tr("Your name in the team"))
        self.body.addWidget(intro)
        self.body.addLayout(field(self, self.tr("Team &name"), self.team_name))
        self.body.addLayout(
            field(
                self,
                self.tr("&Your name in the team"),
                self.my_name,
                self.tr("How the others in the team know you: they see it in the list of members."),
            )
        )
        self.action_button.setText(self.tr("&Create the team space"))
        self.action_button.setAccessibleName(self.tr("Create the team space"))
        self.finish_layout()

    def missing(self) -> QLineEdit | None:
        return next((e for e in (self.team_name, self.my_name) if not e.text().strip()), None)

    def folder_title(self) -> str:
        return self.tr("Choose the folder the team shares")

    def folder_op(self, folder: Path) -> Op[TeamRow]:
        return bind(team_ops.create_folder, folder, self.team_name.text(), self.my_name.text())

    def server_op(self, server: ServerDetails) -> Op[TeamRow]:
        return bind(team_ops.create_webdav, server, self.team_name.text(), self.my_name.text())


class JoinTeamDialog(TeamPlaceDialog):
    """The place, the team space id, and the creator's fingerprint, read aloud."""

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, self.tr("Join a team space"), parent)
        intro = paragraph(
            self.tr(
                "Join once the person who created the team has added you with your member key."
            ),
            self,
        )
        self.space = QLineEdit(self)
        self.space.setAccessibleName(self.tr("Team space id"))
        self.fingerprint = QLineEdit(self)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint of the person who created it"))
        self.fingerprint.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.body.addWidget(intro)
        self.body.addLayout(
            field(
                self,
                self.tr("Team space &id"),
                self.space,
                self.tr("The person who created the team sees it under Members."),
            )
        )
        self.body.addLayout(
            field(
                self,
                self.tr("Fin&gerprint of the person who created it"),
                self.fingerprint,
                self.tr("The person who created the team reads it to you, in person or on a call."),
            )
        )
        self.action_button.setText(self.tr("&Join the team space"))
        self.action_button.setAccessibleName(self.tr("Join the team space"))
        self.finish_layout()

    def missing(self) -> QLineEdit | None:
        return next((e for e in (self.space, self.fingerprint) if not e.text().strip()), None)

    def folder_title(self) -> str:
        return self.tr("Choose the folder the team shares")

    def folder_op(self, folder: Path) -> Op[TeamRow]:
        return bind(team_ops.join_folder, folder, self.space.text(), self.fingerprint.text())

    def server_op(self, server: ServerDetails) -> Op[TeamRow]:
        return bind(team_ops.join_webdav, server, self.space.text(), self.fingerprint.text())


class MemberKeyDialog(QDialog):
    """Her member key to send, and its fingerprint to read aloud."""

    def __init__(
        self,
        key_text: str,
        fingerprint: str,
        clipboard: ClipboardGuard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title = self.tr("Your member key")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setStyleSheet(PAGE_STYLE)
        self.setMinimumWidth(DIALOG_WIDTH)
        self._clipboard = clipboard
        self._key_text = key_text
        advice = paragraph(
            self.tr(
                "Send this key to the person who created the team (by any channel: it is "
                "not secret). When they add you, read each other the fingerprint: add or "
                "join only if every group matches."
            ),
            self,
        )
        self.key = QPlainTextEdit(grouped(key_text), self)
        self.key.setReadOnly(True)
        self.key.setAccessibleName(self.tr("Your member key"))
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setFixedHeight(self.key.fontMetrics().lineSpacing() * 3 + 16)
        fingerprint_title = QLabel(self.tr("Its fingerprint"), self)
        fingerprint_title.setObjectName("fieldLabel")
        self.fingerprint = code_label(self, selectable=True)
        self.fingerprint.setText(fingerprint)
        self.fingerprint.setAccessibleName(
            self.tr("Fingerprint: {fingerprint}").format(fingerprint=grouped(fingerprint))
        )
        self.copied = paragraph("", self)
        self.copied.setObjectName("muted")
        self.copied.hide()
        self.copy_button = QPushButton(self.tr("&Copy the key"), self)
        self.copy_button.setAccessibleName(self.tr("Copy your member key"))
        self.close_button = QPushButton(self.tr("C&lose"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        for button in (self.copy_button, self.close_button):
            button.setAutoDefault(False)
            comfortable(button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(title, self, level=2))
        layout.addWidget(advice)
        layout.addWidget(self.key)
        layout.addWidget(fingerprint_title)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.copied)
        layout.addLayout(buttons)
        self.copy_button.clicked.connect(self.copy)
        self.close_button.clicked.connect(self.accept)

    def copy(self) -> None:
        self._clipboard.copy(self._key_text)
        seconds = max(1, self._clipboard.clear_after_ms // 1000)
        text = self.tr("Copied. The clipboard is emptied in %n seconds.", "", seconds)
        self.copied.setText(text)
        self.copied.setAccessibleName(text)
        self.copied.show()
