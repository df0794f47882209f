"""The breathing and grounding window, and the one way to open it from anywhere.

``open_grounding(parent)`` opens it (or brings the open one forward) from
any widget: the Today page, the main window's Ctrl+G, a debrief step. It is
not modal, so Lock (Ctrl+L) and panic (Ctrl+Shift+L) keep working while it is
open. Esc or Close closes it; the focus then goes back to exactly the widget
that had it before. Locking closes it like every dialog (``locking.py``),
which stops the guide and empties the senses fields. Nothing here is saved.
"""

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.grounding.breathing import BreathingPage, Clock
from wellbeing_desk.ui.grounding.senses import SensesPage
from wellbeing_desk.ui.motion import reduce_motion
from wellbeing_desk.ui.settings_store import SettingsStore
from wellbeing_desk.ui.shortcut_keys import GROUNDING
from wellbeing_desk.ui.widgets.floating import give_focus_back, open_window
from wellbeing_desk.ui.widgets.text import heading, paragraph

BREATHING, SENSES = "breathing", "senses"
SHORTCUT = GROUNDING

QUIET_STYLE = """
QPushButton#quiet {
    background: transparent;
    border: 1px solid palette(mid);
    border-radius: 8px;
    padding: 6px 16px;
}
QPushButton#quiet:hover { background: palette(midlight); }
QPushButton#quiet:focus { border: 2px solid palette(highlight); }
"""


BREATHING_TAB, SENSES_TAB = 0, 1
ROOMY_HEIGHT, SMALLEST_HEIGHT, TITLE_BAR_ROOM = 660, 440, 60


def fitting_height(available: int) -> int:
    """The window's first height: roomy, but never taller than the screen leaves room for."""
    return max(SMALLEST_HEIGHT, min(ROOMY_HEIGHT, available - TITLE_BAR_ROOM))


def _scrolling(page: QWidget, parent: QWidget) -> QScrollArea:
    scroll = QScrollArea(parent)
    scroll.setWidget(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the exercise's own controls take focus
    return scroll


class GroundingDialog(QDialog):
    """Paced breathing and 5-4-3-2-1, as two tabs."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        reduce_motion: bool = False,
        clock: Clock = time.monotonic,
        return_focus_to: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._return_focus = return_focus_to
        self.setWindowTitle(self.tr("Breathing and grounding"))
        self.setAccessibleName(self.tr("Breathing and grounding"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Fits a 900×600 screen with its title bar; taller screens get the roomier size.
        self.setMinimumSize(480, SMALLEST_HEIGHT)
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        available = screen.availableGeometry().height() if screen is not None else 800
        self.resize(580, fitting_height(available))

        note = paragraph(
            self.tr("Nothing here is saved. Go at your own pace, and stop whenever you like."),
            self,
        )
        note.setObjectName("muted")
        self.breathing = BreathingPage(self, reduce_motion=reduce_motion, clock=clock)
        self.senses = SensesPage(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Exercises"))
        self.tabs.setDocumentMode(True)
        # Each exercise scrolls inside its tab on a short screen rather than being cut off.
        self._breathing_scroll = _scrolling(self.breathing, self)
        self.tabs.addTab(self._breathing_scroll, self.tr("Paced breathing"))
        self.tabs.addTab(_scrolling(self.senses, self), self.tr("5-4-3-2-1 senses"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleName(self.tr("Close breathing and grounding"))
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)  # Enter in a field never closes the window

        layout = QVBoxLayout(self)
        # A fixed minimum instead of one that follows the content: the cue changes every second.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Take a moment"), self))
        layout.addWidget(note)
        layout.addSpacing(8)
        layout.addWidget(self.tabs, 1)
        layout.addSpacing(4)
        layout.addWidget(buttons)
        self.tabs.currentChanged.connect(self._on_tab)

    @property
    def exercise(self) -> str:
        return SENSES if self.tabs.currentIndex() == SENSES_TAB else BREATHING

    def show_exercise(self, exercise: str) -> None:
        self.tabs.setCurrentIndex(SENSES_TAB if exercise == SENSES else BREATHING_TAB)

    def focus_start(self) -> None:
        """The keyboard starts on the exercise: Start for breathing, the first field for senses."""
        if self.exercise == SENSES:
            self.senses.focus_first()
        else:
            self.breathing.toggle.setFocus(Qt.FocusReason.OtherFocusReason)
            # On a short screen the page scrolls: Start must be in sight, not below the fold.
            self._breathing_scroll.ensureWidgetVisible(self.breathing.toggle)

    def done(self, result: int) -> None:
        """Closed by her, by Esc or by locking: stop, forget every word, give the focus back."""
        self.breathing.stop()
        self.senses.clear()
        super().done(result)
        self._give_focus_back()

    def _on_tab(self, _index: int) -> None:
        if self.exercise == SENSES:
            self.breathing.session.pause()  # no moving circle behind another tab

    def _give_focus_back(self) -> None:
        target, self._return_focus = self._return_focus, None
        give_focus_back(target)


def open_dialog() -> GroundingDialog | None:
    """The grounding window if one is open."""
    return open_window(GroundingDialog)


def open_grounding(
    parent: QWidget,
    settings: SettingsStore | None = None,
    *,
    exercise: str = BREATHING,
    clock: Clock = time.monotonic,
) -> GroundingDialog:
    """Open the breathing and grounding window over ``parent``'s window, or bring it forward.

    ``settings`` decides reduced motion (``None`` reads the app's settings
    file). The widget that has the focus now gets it back on closing.
    """
    dialog = open_dialog()
    if dialog is None:
        dialog = GroundingDialog(
            parent.window(),
            reduce_motion=reduce_motion(settings),
            clock=clock,
            return_focus_to=QApplication.focusWidget(),
        )
        dialog.show_exercise(exercise)
        dialog.show()
    else:
        dialog.raise_()  # already open, perhaps behind the main window
    dialog.activateWindow()
    dialog.focus_start()
    return dialog


class GroundingButton(QPushButton):
    """A quiet button that opens the breathing and grounding window."""

    def __init__(
        self, parent: QWidget | None = None, settings: SettingsStore | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setText(self.tr("&Breathe and ground yourself"))
        self.setAccessibleName(self.tr("Open the breathing and grounding exercises"))
        self.setToolTip(self.tr("Paced breathing and the 5-4-3-2-1 exercise (Ctrl+G)"))
        self.setObjectName("quiet")
        self.setStyleSheet(QUIET_STYLE)
        self.setAutoDefault(False)
        self.setMinimumHeight(34)
        self.clicked.connect(lambda: open_grounding(self, self._settings))
