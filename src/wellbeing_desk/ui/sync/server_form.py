"""Where sync goes through: a folder, or a WebDAV server and how to sign in to it.

A card on the Sync page, shown while sync is off, used by both ways in
(setting up, joining). For a server: its address, her user name, her
password or app token (never shown, never kept here: the backend keeps it
in the vault), and, for a self-hosted server, the certificate authority
file its owner gave her. "Test the server" runs the self-check; the page
runs it on the database worker and hands back the result or the error,
which this card says in one calm sentence per kind of trouble.
"""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ops.sync import ServerAddressError, ServerDetails
from wellbeing_desk.sync.self_check import SelfCheckResult
from wellbeing_desk.sync.target_errors import (
    CertificateUntrustedError,
    MoveNotSupportedError,
    RedirectRefusedError,
    ServerFailedError,
    ServerFullError,
    TargetAuthError,
    TargetFolderMissingError,
    TargetLockedError,
    TargetTimeoutError,
    TargetUnreachableError,
)
from wellbeing_desk.sync.vault_sync import PlaceNotUsableError
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.sync.ca_file_chooser import ask_ca_file
from wellbeing_desk.ui.sync.join_form import CARD_WIDTH
from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.text import paragraph

ADDRESS_EXAMPLE = "https://cloud.example.org/remote.php/dav/files/you/"


class PlaceForm(QFrame):
    """``test_requested(server)`` when she asks to test the server she typed."""

    test_requested = Signal(ServerDetails)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setMaximumWidth(CARD_WIDTH)
        self._ca_file: Path | None = None
        self.question = QLabel(self.tr("Sync through"), self)
        self.question.setObjectName("fieldLabel")
        self.folder_choice = QRadioButton(
            self.tr("A f&older (a USB stick or a synced folder)"), self
        )
        self.server_choice = QRadioButton(
            self.tr("A &WebDAV server (Nextcloud, ownCloud, Synology…)"), self
        )
        self._choices = QButtonGroup(self)
        self._choices.addButton(self.folder_choice)
        self._choices.addButton(self.server_choice)
        self.folder_choice.setChecked(True)

        self.server = QWidget(self)  # the server's fields, shown when she chooses one
        self.address = QLineEdit(self.server)
        self.address.setAccessibleName(self.tr("Server address"))
        self.address.setPlaceholderText(ADDRESS_EXAMPLE)
        self.user = QLineEdit(self.server)
        self.user.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(self.server)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password or app token"))
        self.password.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhHiddenText
        )
        self.ca_file = QLineEdit(self.server)  # read-only: a long path scrolls inside it
        self.ca_file.setReadOnly(True)
        self.ca_file.setAccessibleName(self.tr("Certificate authority file (advanced)"))
        self.ca_file.setPlaceholderText(self.tr("None: the usual authorities are trusted"))
        self.ca_button = QPushButton(self.tr("&Browse…"), self.server)
        self.ca_button.setAccessibleName(self.tr("Choose a certificate authority file"))
        self.ca_clear_button = QPushButton(self.tr("Forget the fil&e"), self.server)
        self.ca_clear_button.setAccessibleName(self.tr("Forget the certificate authority file"))
        ca_note = paragraph(
            self.tr(
                "Only for a server whose owner gave you their certificate authority file; "
                "leave it empty otherwise."
            ),
            self.server,
        )
        ca_note.setObjectName("muted")
        self.test_button = QPushButton(self.tr("&Test the server"), self.server)
        self.test_button.setAccessibleName(self.tr("Test the server"))
        self.result = paragraph("", self.server)  # what the test found, in plain words
        self.result.hide()
        for button in (self.ca_button, self.ca_clear_button, self.test_button):
            button.setAutoDefault(False)
            comfortable(button)

        fields = QGridLayout()
        fields.setHorizontalSpacing(12)
        fields.setVerticalSpacing(8)
        row = 0
        for text, field in (
            (self.tr("Server &address"), self.address),
            (self.tr("User na&me"), self.user),
            (self.tr("Passwor&d or app token"), self.password),
        ):
            label = QLabel(text, self.server)
            label.setObjectName("fieldLabel")
            label.setBuddy(field)
            fields.addWidget(label, row, 0, 1, 3)
            fields.addWidget(field, row + 1, 0, 1, 3)
            row += 2
        ca_label = QLabel(self.tr("Certificate authority file (advanced)"), self.server)
        ca_label.setObjectName("fieldLabel")
        fields.addWidget(ca_label, row, 0, 1, 3)
        fields.addWidget(self.ca_file, row + 1, 0)
        fields.addWidget(self.ca_button, row + 1, 1)
        fields.addWidget(self.ca_clear_button, row + 1, 2)
        fields.setColumnStretch(0, 1)
        # The wrapped sentences sit outside the grid, whose rows would not grow for them.
        server_layout = QVBoxLayout(self.server)
        server_layout.setContentsMargins(0, 0, 0, 0)
        server_layout.setSpacing(8)
        server_layout.addLayout(fields)
        server_layout.addWidget(ca_note)
        server_layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeading)
        server_layout.addWidget(self.result)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(8)
        layout.addWidget(self.question)
        choices = QVBoxLayout()
        choices.setSpacing(4)
        choices.addWidget(self.folder_choice)
        choices.addWidget(self.server_choice)
        layout.addLayout(choices)
        layout.addWidget(self.server)

        self.server_choice.toggled.connect(self._chosen)
        for line in (self.address, self.user, self.password):
            line.textChanged.connect(self._update)
        self.ca_button.clicked.connect(self.choose_ca_file)
        self.ca_clear_button.clicked.connect(self.forget_ca_file)
        self.test_button.clicked.connect(self._ask_to_test)
        self._chosen(False)

    # -- what she chose ----------------------------------------------------------------

    @property
    def uses_server(self) -> bool:
        return self.server_choice.isChecked()

    def details(self) -> ServerDetails | None:
        """The server as typed, or None while a field is empty."""
        if not self._ready():
            return None
        return ServerDetails(
            self.address.text().strip(),
            self.user.text().strip(),
            self.password.text(),
            self._ca_file,
        )

    def choose_server(self) -> None:
        self.server_choice.setChecked(True)

    def choose_ca_file(self) -> None:
        filters = [self.tr("Certificates (*.pem *.crt *.cer)"), self.tr("All files (*)")]
        ask_ca_file(
            self.window(),
            self.tr("Choose the certificate authority file"),
            filters,
            self.set_ca_file,
        )

    def set_ca_file(self, path: Path) -> None:
        self._ca_file = path
        self.ca_file.setText(str(path))
        self.ca_file.setCursorPosition(0)
        self._update()

    def forget_ca_file(self) -> None:
        self._ca_file = None
        self.ca_file.setText("")
        self._update()

    def set_busy(self, busy: bool) -> None:
        for widget in (
            self.folder_choice,
            self.server_choice,
            self.address,
            self.user,
            self.password,
            self.ca_button,
            self.ca_clear_button,
        ):
            widget.setEnabled(not busy)
        self.test_button.setEnabled(not busy and self._ready())

    def clear(self) -> None:
        """Empty it (the vault locks, the form closes, sync was set up): the password is
        a secret, and everything else says where her sync goes."""
        self.password.clear()
        self.address.clear()
        self.user.clear()
        self.forget_ca_file()
        self.show_result("")
        self.folder_choice.setChecked(True)
        self.set_busy(False)

    def forget_password(self) -> None:
        self.password.clear()

    # -- what the test found -----------------------------------------------------------

    def show_result(self, text: str, problem: bool = False) -> None:
        self.result.setObjectName("error" if problem else "")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.result.setText(text)
        self.result.setAccessibleName(text)
        self.result.setVisible(bool(text))

    def show_tested(self, result: SelfCheckResult) -> None:
        self.set_busy(False)
        if result.ok:
            self.show_result(
                self.tr(
                    "The server works: files can be written, read back and listed there, "
                    "and it never replaces one. You can use it for sync."
                )
            )
        else:
            self.show_result(
                self.problem_text(PlaceNotUsableError(result.failed_step or "", "")), True
            )

    def show_test_failed(self, error: BaseException) -> None:
        self.set_busy(False)
        self.show_result(self.problem_text(error), True)

    def problem_text(self, error: BaseException) -> str:
        """One calm sentence for each kind of trouble with a server."""
        if isinstance(error, TargetAuthError):
            return self.tr(
                "The server did not accept that user name and password (or app token). "
                "Check both and try again."
            )
        if isinstance(error, TargetFolderMissingError):
            return self.tr(
                "There is no such folder on the server. Check the address: it ends with "
                "the folder that holds your files."
            )
        if isinstance(error, MoveNotSupportedError):
            return self.tr(
                "This server cannot rename a file without replacing another (WebDAV MOVE), "
                "so it cannot be used safely for sync."
            )
        if isinstance(error, CertificateUntrustedError):
            return self.tr(
                "The server's certificate is not trusted, so nothing was sent. Ask whoever "
                "runs the server, or choose their certificate authority file."
            )
        if isinstance(error, TargetTimeoutError):
            return self.tr("The server did not answer in time. Try again a little later.")
        if isinstance(error, TargetUnreachableError):
            return self.tr(
                "The server cannot be reached. Check the address and your connection to "
                "the internet."
            )
        if isinstance(error, RedirectRefusedError):
            return self.tr(
                "The server sent the connection on to another server, which is refused. "
                "Check the address with whoever runs the server."
            )
        if isinstance(error, ServerFullError):
            return self.tr("The server is full: it has no room for new files.")
        if isinstance(error, TargetLockedError):
            return self.tr(
                "A file on the server is locked by another program. Try again a little later."
            )
        if isinstance(error, ServerFailedError):
            return self.tr(
                "The server failed to answer properly. Try again later, or ask whoever runs it."
            )
        if isinstance(error, ServerAddressError):
            return self.tr(
                "That address cannot be used. It starts with https:// and names the server, "
                "with no user name or password in it."
            )
        if isinstance(error, PlaceNotUsableError):
            return self.tr(
                "That server cannot be used for sync: files could not be written and read "
                "back there safely. Nothing was changed."
            )
        return describe_error(error)

    # -- inside ------------------------------------------------------------------------

    def _ready(self) -> bool:
        return all(line.text().strip() for line in (self.address, self.user, self.password))

    def _chosen(self, server: bool) -> None:
        self.server.setVisible(server)
        self._update()

    def _update(self) -> None:
        self.test_button.setEnabled(self._ready())
        if self.result.isVisible():
            self.show_result("")  # she is changing what was tested

    def _ask_to_test(self) -> None:
        server = self.details()
        if server is not None:
            self.show_result(self.tr("Testing the server…"))
            self.set_busy(True)
            self.test_requested.emit(server)
