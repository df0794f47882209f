"""Help: every keyboard shortcut (lock, panic, quit, each page's keys) and a few words.

``shortcut_rows`` is the one list of the keys the app binds; a test finds
every QAction and QShortcut the app makes and fails for one not listed here.
"""

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk import __version__
from wellbeing_desk.ui.common_reactions import reactions_button
from wellbeing_desk.ui.titles import help_title
from wellbeing_desk.ui.widgets.text import heading, paragraph

NATIVE = QKeySequence.SequenceFormat.NativeText
SECTION_KEYS = 7  # Ctrl+1 … Ctrl+7: the side bar's sections
MIN_KEYS_HEIGHT = 180  # the keys and the words below scroll; at least this much shows
OTHER_HEIGHT = 200  # the dialog's title bar, heading, button and margins


class ShortcutRow(NamedTuple):
    description: str
    sequences: tuple[QKeySequence, ...]  # every key that does it (a standard key's alternatives)
    shown: str  # how Help writes them


def _keys(*names: str) -> tuple[QKeySequence, ...]:
    return tuple(QKeySequence(name) for name in names)


def _standard(key: QKeySequence.StandardKey) -> tuple[QKeySequence, ...]:
    return tuple(QKeySequence.keyBindings(key))


def _row(description: str, sequences: Sequence[QKeySequence], joined: bool = False) -> ShortcutRow:
    """A row showing its first key (a standard key's alternatives stay unwritten), or all."""
    texts = [keys.toString(NATIVE) for keys in sequences]
    shown = ", ".join(texts) if joined else texts[0] if texts else ""
    return ShortcutRow(description, tuple(sequences), shown)


def shortcut_rows(actions: Mapping[str, QAction]) -> list[ShortcutRow]:
    """Every key the app binds, in the order Help shows them.

    ``actions``: the main window's actions by name (``lock``, ``panic``, ``quit``,
    ``grounding``, ``reach``, ``search``, ``find``, ``help``); their keys are read
    from them, so Help cannot say one thing while the key does another.
    """

    def action(name: str) -> tuple[QKeySequence, ...]:
        return tuple(actions[name].shortcuts())

    sections = _keys(*(f"Ctrl+{number}" for number in range(1, SECTION_KEYS + 1)))
    StandardKey = QKeySequence.StandardKey
    return [
        _row(QCoreApplication.translate("HelpDialog", "Lock now"), action("lock")),
        _row(
            QCoreApplication.translate("HelpDialog", "Lock and minimise (panic)"), action("panic")
        ),
        _row(QCoreApplication.translate("HelpDialog", "Quit: locks first"), action("quit")),
        _row(
            QCoreApplication.translate(
                "HelpDialog", "Take a moment: breathing and grounding (also while locked)"
            ),
            action("grounding"),
        ),
        _row(
            QCoreApplication.translate(
                "HelpDialog", "Reach someone now: your people for an emergency, then support"
            ),
            action("reach"),
        ),
        ShortcutRow(
            QCoreApplication.translate("HelpDialog", "Go to a section"),
            sections,
            QCoreApplication.translate("HelpDialog", "{first} to {last}").format(
                first=sections[0].toString(NATIVE), last=sections[-1].toString(NATIVE)
            ),
        ),
        _row(
            QCoreApplication.translate(
                "HelpDialog", "Search everywhere: journal, debriefs, directory and notes"
            ),
            action("search"),
        ),
        _row(
            QCoreApplication.translate(
                "HelpDialog",
                "Search the list on Journal, Directory and Notes; search everywhere elsewhere",
            ),
            action("find"),
        ),
        _row(
            QCoreApplication.translate(
                "HelpDialog", "New journal entry, note or directory entry (on Today: a full entry)"
            ),
            _standard(StandardKey.New),
        ),
        _row(
            QCoreApplication.translate(
                "HelpDialog", "Save what you are writing (editors and forms)"
            ),
            _standard(StandardKey.Save),
        ),
        _row(
            QCoreApplication.translate(
                "HelpDialog", "Close the editor, keeping what you wrote as a draft; leave the trash"
            ),
            _standard(StandardKey.Cancel),
        ),
        _row(
            QCoreApplication.translate(
                "HelpDialog", "Press the focused button; on Today, save the check-in"
            ),
            _keys("Return", "Enter"),
        ),
        _row(
            QCoreApplication.translate("HelpDialog", "Next step of a debrief"),
            _keys("Ctrl+Return", "Ctrl+Enter"),
        ),
        _row(
            QCoreApplication.translate(
                "HelpDialog", "Move the chosen entry or note to the trash (lists)"
            ),
            _keys("Del"),
        ),
        _row(
            QCoreApplication.translate("HelpDialog", "Undo moving to the trash (lists)"),
            _standard(StandardKey.Undo),
        ),
        _row(
            QCoreApplication.translate(
                "HelpDialog", "Mark or unmark the chosen entry as a favourite (Directory)"
            ),
            _keys("Ctrl+D"),
        ),
        _row(
            QCoreApplication.translate(
                "HelpDialog", "Copy the chosen entry's first number or address (Directory list)"
            ),
            _standard(StandardKey.Copy),
        ),
        _row(
            QCoreApplication.translate(
                "HelpDialog", "Move the chosen item up or down (your lists, template steps)"
            ),
            _keys("Ctrl+Up", "Ctrl+Down"),
            joined=True,
        ),
        _row(
            QCoreApplication.translate("HelpDialog", "Sync now (on Sync, once it is set up)"),
            _keys("F5"),
        ),
        _row(QCoreApplication.translate("HelpDialog", "This help"), action("help")),
    ]


class HelpDialog(QDialog):
    """Lists the shortcuts; closed like every dialog when the app locks."""

    reactions_requested = Signal()  # "What many people feel afterwards"

    def __init__(self, shortcuts: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(help_title())  # "Help" with the neutral title choice
        self.setAccessibleName(help_title())
        self.setMinimumWidth(480)

        keys_view = QWidget(self)
        # A grid, not a form: a form's label column squashes wrapped lines to one.
        content = QVBoxLayout(keys_view)  # the keys, then a few words: all of it scrolls
        content.setContentsMargins(0, 0, 12, 0)
        content.setSpacing(14)
        form = QGridLayout()
        content.addLayout(form)
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(10)
        form.setColumnStretch(0, 1)
        for row, (description, key_text) in enumerate(shortcuts):
            keys = QLabel(key_text, keys_view)
            keys.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            keys.setAccessibleName(description)
            what = QLabel(description, keys_view)
            what.setWordWrap(True)
            form.addWidget(what, row, 0)
            form.addWidget(keys, row, 1, Qt.AlignmentFlag.AlignTop)
        # Many keys: they scroll, so the dialog fits a small screen.
        scroll = QScrollArea(self)
        scroll.setWidget(keys_view)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("Keyboard shortcuts"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleName(self.tr("Close help"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Keyboard shortcuts"), self, level=2))
        layout.addWidget(scroll, 1)
        content.addWidget(
            paragraph(
                self.tr(
                    "Lock and minimise is the quick way out: the vault closes and the "
                    "window gets out of sight at once. Nothing you wrote stays on screen."
                ),
                keys_view,
            )
        )
        content.addSpacing(6)
        content.addWidget(heading(self.tr("After something hard"), keys_view, level=2))
        content.addWidget(
            paragraph(
                self.tr(
                    "Many people notice changes in the days and weeks after an incident. "
                    "A short page says which ones are common, what helps, and when talking "
                    "with someone trained is worth it."
                ),
                keys_view,
            )
        )
        self.reactions_button = reactions_button(keys_view)
        self.reactions_button.clicked.connect(self.reactions_requested)
        content.addWidget(self.reactions_button, 0, Qt.AlignmentFlag.AlignLeading)
        content.addSpacing(6)
        content.addWidget(heading(self.tr("About Wellbeing Desk"), keys_view, level=2))
        content.addWidget(
            paragraph(
                self.tr(
                    "Version {version}. An encrypted, offline-first companion for human "
                    "rights defenders. It is not therapy and does not replace professional care. "
                    "Free software under the GNU GPL, version 3 or later."
                ).format(version=__version__),
                keys_view,
            )
        )
        scroll.setMinimumHeight(self._keys_height(keys_view, parent))
        layout.addWidget(buttons)
        # Settle the size limits before the native window exists (some platform
        # plugins cannot change them afterwards and say so).
        layout.activate()

    @staticmethod
    def _keys_height(keys: QWidget, parent: QWidget | None) -> int:
        """All of it, or as much as the screen has room for beside the rest of the dialog."""
        screen = (
            parent.screen() if parent is not None else None
        ) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().height() - OTHER_HEIGHT if screen is not None else 0
        return max(MIN_KEYS_HEIGHT, min(keys.sizeHint().height(), room))
